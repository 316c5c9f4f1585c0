"""What the hardware of a design costs: the BOM's parts priced from the component table,
in integer minor units of ONE currency, for arrays of designs.

One rule serves the bill of materials (in the table's currency), the quote's cost
build-up (in the quote's currency, :func:`packconfig.core.commerce.costing.cost_pack`)
and the explorer's vectorised prices, so the three agree to the minor unit:

1. each money field of a part (``cost_usd``, ``material_cost_usd_per_kg``,
   ``cost_usd_per_series``, ``cost_usd_per_amp``, ``cost_usd_per_m2``) is turned into
   the target currency ONCE, per 1,000 units of what it is charged on (per 1,000
   pieces, per tonne, per 1,000 series groups, per kA, per 1,000 m²), and rounded
   half-up to the minor unit (a unit-rate rounding, as for the quote's other lines);
2. the physical drivers are taken to a millionth of their unit (``np.rint``): mass to
   the milligram, current above 50 A to the µA, series groups per slave board and the
   module footprint (m²) to 10⁻⁶; the sense harness is charged per wire;
3. a part's unit cost is ``round_half_up(sum(rate × driver) / 10⁹)`` in minor units
   (one rounding per part), and a line is unit cost × whole count.

See docs/costing.md "Hardware from the bill of materials".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from packconfig.core.pack.components import ComponentTable
from packconfig.core.pack.hardware import JUNCTION_PARTS, MODULE_PARTS, PACK_PARTS

#: Rates are per 1,000 units and drivers in millionths: a term is rate x driver / SCALE.
SCALE = 1_000_000_000
_MICRO = 1e6
#: An unknown cost (a driver is not a number).
UNKNOWN = np.int64(-1)
#: The cost levels of a design, in the order the quote lists them.
LEVELS = ("module_hardware", "junction_box", "pack_hardware")


@dataclass(frozen=True)
class PartRates:
    """Minor units of the target currency per 1,000 units of each driver (``one``: per
    1,000 pieces)."""

    one: int
    per_kg: int
    per_series: int
    per_amp: int
    per_m2: int


def part_rates(table: ComponentTable, convert: Callable[[Decimal], int]
               ) -> dict[str, PartRates]:
    """Every part's rates; ``convert(amount)`` turns an amount in ``table.currency`` into
    rounded integer minor units of the target currency."""
    out = {}
    for key in (*MODULE_PARTS, *JUNCTION_PARTS, *PACK_PARTS):
        part = table.part(key)
        out[key] = PartRates(*(convert(value * 1000) for value in (
            part.cost_usd, part.material_cost_usd_per_kg, part.cost_usd_per_series,
            part.cost_usd_per_amp, part.cost_usd_per_m2)))
    return out


def _micro(values) -> np.ndarray:
    """``values`` in millionths of their unit, as int64 (NaN and ±inf count as 0)."""
    v = np.asarray(values, dtype=float)
    out = np.where(np.isfinite(v), v, 0.0)
    out *= _MICRO
    return np.rint(out, out=out).astype(np.int64)


_MATRICES: dict[tuple[int, tuple[str, ...]], tuple[dict, np.ndarray]] = {}


def _rate_matrix(rates: dict[str, PartRates], keys: tuple[str, ...]) -> np.ndarray:
    """(parts, 5) int64: one, per kg, per series, per amp, per m² (cached per rates
    dict, which the callers cache; the entry holds it, so its id is not reused)."""
    hit = _MATRICES.get((id(rates), keys))
    if hit is None:
        if len(_MATRICES) >= 48:
            _MATRICES.pop(next(iter(_MATRICES)))
        matrix = np.array([[r.one, r.per_kg, r.per_series, r.per_amp, r.per_m2]
                           for r in (rates[k] for k in keys)], dtype=np.int64).reshape(-1, 5)
        hit = _MATRICES[(id(rates), keys)] = (rates, matrix)
    return hit[1]


#: A part's unit cost: an int64 array per design, or one int when it is the same for
#: every design (a part charged per piece only).
Unit = np.ndarray | int


def _unit(rate: np.ndarray, mass: Callable[[], np.ndarray], one,
          shared: dict[int, np.ndarray]) -> Unit:
    """One part's unit cost in minor units: ``rate`` its row of :func:`_rate_matrix`,
    ``mass()`` its unit mass per design in kg (read only when the part is charged per
    kg), ``one`` the pieces in millionths (an int or per design), ``shared`` drivers per
    design by rate column (2 series groups per board, 3 current above 50 A, 4 module
    footprint). :data:`UNKNOWN` where a driver the part is charged on is not a number
    (a cell without mass or dimensions). Only the columns the part is charged on are
    computed: a zero rate adds nothing and cannot make the cost unknown."""
    total = int(rate[0]) * one
    bad = None
    drivers = [(1, mass)] if rate[1] else []
    drivers += [(col, value) for col, value in shared.items() if rate[col]]
    for col, value in drivers:
        value = np.asarray(value() if callable(value) else value, dtype=float)
        total = total + int(rate[col]) * _micro(value)
        miss = ~np.isfinite(value)
        bad = miss if bad is None else bad | miss
    unit = (2 * total + SCALE) // (2 * SCALE)
    if bad is None or not bad.any():
        return unit
    return np.where(bad, UNKNOWN, unit)


def _units(rates: np.ndarray, mass: list[Callable[[], np.ndarray]], one: list,
           shared: dict[int, np.ndarray]) -> list[Unit]:
    """:func:`_unit` for every part (row of ``rates``)."""
    return [_unit(rates[k], mass[k], one[k], shared) for k in range(len(rates))]


def _level(units: list[Unit], counts: list[np.ndarray]) -> np.ndarray:
    """Sum over parts of unit x count per design; :data:`UNKNOWN` when a counted part's
    unit cost is unknown (or a line comes out negative)."""
    total = np.zeros(len(counts[0]), dtype=np.int64)
    bad = np.zeros(len(counts[0]), dtype=bool)
    for unit, count in zip(units, counts, strict=True):
        if isinstance(unit, np.ndarray):
            line = np.maximum(unit, 0) * count
            bad |= (unit < 0) & (count > 0)
        else:
            line = max(unit, 0) * count
            if unit < 0:
                bad |= count > 0
        bad |= line < 0
        total += line
    return np.where(bad, UNKNOWN, total)


def _count(values) -> np.ndarray:
    """Whole part counts as int64 (they are whole numbers already; NaN counts 0)."""
    values = np.asarray(values, dtype=float)
    if np.isfinite(values).all():  # the usual case: no copy to clean first
        return values.astype(np.int64)
    return np.nan_to_num(values).astype(np.int64)


def _full(unit: Unit, n: int) -> np.ndarray:
    return unit if isinstance(unit, np.ndarray) else np.full(n, unit, dtype=np.int64)


def _column(arrays, key: str, rows=None) -> Callable[[], np.ndarray]:
    def read() -> np.ndarray:
        values = np.asarray(arrays[key], dtype=float)
        return values if rows is None else values[rows]
    return read


def _module_units(mod, rates: dict[str, PartRates]) -> list[Unit]:
    boards = np.maximum(np.asarray(mod["slave_board:count"], dtype=float), 1.0)
    wires = np.asarray(mod["cell_interconnects:count"], dtype=float)  # S_module + 1
    one: list = [1_000_000] * len(MODULE_PARTS)
    one[MODULE_PARTS.index("sense_harness")] = _micro(wires)  # charged per sense wire
    mass = [_column(mod, f"{k}:unit") for k in MODULE_PARTS]
    return _units(_rate_matrix(rates, MODULE_PARTS), mass, one, {2: (wires - 1.0) / boards})


def module_unit_costs(mod, rates: dict[str, PartRates]) -> dict[str, np.ndarray]:
    """Per module part: unit cost per module design of the arrays ``mod``
    (:func:`hardware.module_arrays` output, or its unique rows)."""
    n = len(np.asarray(mod["slave_board:count"]))
    return {k: _full(u, n) for k, u in zip(MODULE_PARTS, _module_units(mod, rates),
                                           strict=True)}


def _pack_units(pack, rates: dict[str, PartRates], rows) -> tuple[list[Unit], list[Unit]]:
    col = {key: _column(pack, key, rows) for key in ("current", "module_footprint")}
    shared = {3: lambda: np.maximum(col["current"]() - 50.0, 0.0),
              4: col["module_footprint"]}
    junction = _units(_rate_matrix(rates, JUNCTION_PARTS),
                      [_column(pack, f"{k}:unit", rows) for k in JUNCTION_PARTS],
                      [1_000_000] * len(JUNCTION_PARTS), {})
    parts = _units(_rate_matrix(rates, PACK_PARTS),
                   [_column(pack, f"{k}:unit", rows) for k in PACK_PARTS],
                   [1_000_000] * len(PACK_PARTS), shared)
    return junction, parts


def pack_unit_costs(pack, rates: dict[str, PartRates], rows=None) -> dict[str, np.ndarray]:
    """Per junction-box and pack part: unit cost per design of ``pack`` (optionally
    only ``rows``)."""
    junction, parts = _pack_units(pack, rates, rows)
    n = len(_column(pack, "current", rows)())
    return {k: _full(u, n) for k, u in zip((*JUNCTION_PARTS, *PACK_PARTS),
                                           (*junction, *parts), strict=True)}


def _module_level(mod, rates: dict[str, PartRates], rows) -> np.ndarray:
    """Hardware cost of ONE module per design, computed on the distinct modules."""
    arrays = getattr(mod, "_arrays", mod)
    inverse = getattr(mod, "_inverse", None)
    counts = [_count(arrays[f"{k}:count"]) for k in MODULE_PARTS]
    per_module = _level(_module_units(arrays, rates), counts)
    if inverse is not None:
        per_module = per_module[inverse] if rows is None else per_module[inverse[rows]]
        return per_module
    return per_module if rows is None else per_module[rows]


def level_costs(ev, rates: dict[str, PartRates], rows=None) -> dict[str, np.ndarray]:
    """Hardware cost per design of the :class:`engine.Evaluator` ``ev`` (or of its
    ``rows``), int64 minor units per :data:`LEVELS` key: all modules' hardware, the
    junction box, the pack-level parts."""
    pack = ev.get("pack")

    def count(key):
        values = np.asarray(pack[key])
        return _count(values if rows is None else values[rows])
    modules = count("module_count")
    if ev.o.architecture.cell_to_pack:
        modules = np.ones_like(modules)
    per_module = _module_level(ev.get("module"), rates, rows)
    junction, parts = _pack_units(pack, rates, rows)
    module_total = np.where((per_module < 0) & (modules > 0), UNKNOWN,
                            np.maximum(per_module, 0) * modules)
    return {"module_hardware": module_total,
            "junction_box": _level(junction, [count(f"{k}:count") for k in JUNCTION_PARTS]),
            "pack_hardware": _level(parts, [count(f"{k}:count") for k in PACK_PARTS])}


def hardware_total(ev, rates: dict[str, PartRates], rows=None) -> np.ndarray:
    """Sum of :func:`level_costs` (int64 minor units per design, :data:`UNKNOWN` where
    any level is unknown)."""
    levels = list(level_costs(ev, rates, rows).values())
    bad = levels[0] < 0
    total = levels[0].copy()
    for level in levels[1:]:
        bad |= level < 0
        total += level
    return np.where(bad, UNKNOWN, total)
