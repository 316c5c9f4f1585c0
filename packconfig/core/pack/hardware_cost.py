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


def _micro(values: np.ndarray) -> np.ndarray:
    """``values`` in millionths of their unit, as int64 (NaN counts as 0)."""
    v = np.nan_to_num(np.asarray(values, dtype=float), nan=0.0, posinf=0.0, neginf=0.0)
    return np.rint(v * _MICRO).astype(np.int64)


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


def _units(rates: np.ndarray, mass, one, shared: dict[int, np.ndarray]) -> np.ndarray:
    """Unit costs in minor units, (parts, designs) int64, for all parts at once:
    ``rates`` from :func:`_rate_matrix`, ``mass`` (parts, designs) in kg, ``one`` the
    pieces in millionths, ``shared`` drivers per design by rate column (2 series groups
    per board, 3 current above 50 A, 4 module footprint). :data:`UNKNOWN` where a driver
    the part is charged on is not a number (a cell without mass or dimensions)."""
    mass = np.asarray(mass, dtype=float)
    total = rates[:, :1] * one + rates[:, 1:2] * _micro(mass)
    bad = (rates[:, 1:2] != 0) & ~np.isfinite(mass)
    for col, value in shared.items():
        value = np.asarray(value, dtype=float)[None, :]
        total = total + rates[:, col:col + 1] * _micro(value)
        bad = bad | ((rates[:, col:col + 1] != 0) & ~np.isfinite(value))
    return np.where(bad, UNKNOWN, (2 * total + SCALE) // (2 * SCALE))


def _level(units: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Sum over parts of unit x count per design; :data:`UNKNOWN` when a counted part's
    unit cost is unknown."""
    lines = np.where((units < 0) & (counts > 0), UNKNOWN, np.maximum(units, 0) * counts)
    return np.where((lines < 0).any(axis=0), UNKNOWN, lines.sum(axis=0))


def _count(values) -> np.ndarray:
    """Whole part counts as int64 (they are whole numbers already; NaN counts 0)."""
    return np.nan_to_num(np.asarray(values, dtype=float)).astype(np.int64)


def _module_matrix(mod, rates: dict[str, PartRates]) -> np.ndarray:
    boards = np.maximum(np.asarray(mod["slave_board:count"], dtype=float), 1.0)
    wires = np.asarray(mod["cell_interconnects:count"], dtype=float)  # S_module + 1
    mass = np.stack([np.asarray(mod[f"{k}:unit"], dtype=float) for k in MODULE_PARTS])
    one = np.full(mass.shape, 1_000_000, dtype=np.int64)
    one[MODULE_PARTS.index("sense_harness")] = _micro(wires)  # charged per sense wire
    return _units(_rate_matrix(rates, MODULE_PARTS), mass, one, {2: (wires - 1.0) / boards})


def module_unit_costs(mod, rates: dict[str, PartRates]) -> dict[str, np.ndarray]:
    """Per module part: unit cost per module design of the arrays ``mod``
    (:func:`hardware.module_arrays` output, or its unique rows)."""
    return dict(zip(MODULE_PARTS, _module_matrix(mod, rates), strict=True))


def _pack_matrices(pack, rates: dict[str, PartRates], rows) -> tuple[np.ndarray, np.ndarray]:
    def col(key):
        values = np.asarray(pack[key], dtype=float)
        return values if rows is None else values[rows]
    junction = np.stack([col(f"{k}:unit") for k in JUNCTION_PARTS])
    parts = np.stack([col(f"{k}:unit") for k in PACK_PARTS])
    shared = {3: np.maximum(col("current") - 50.0, 0.0), 4: col("module_footprint")}
    return (_units(_rate_matrix(rates, JUNCTION_PARTS), junction, 1_000_000, {}),
            _units(_rate_matrix(rates, PACK_PARTS), parts, 1_000_000, shared))


def pack_unit_costs(pack, rates: dict[str, PartRates], rows=None) -> dict[str, np.ndarray]:
    """Per junction-box and pack part: unit cost per design of ``pack`` (optionally
    only ``rows``)."""
    junction, parts = _pack_matrices(pack, rates, rows)
    return {**dict(zip(JUNCTION_PARTS, junction, strict=True)),
            **dict(zip(PACK_PARTS, parts, strict=True))}


def _module_level(mod, rates: dict[str, PartRates], rows) -> np.ndarray:
    """Hardware cost of ONE module per design, computed on the distinct modules."""
    arrays = getattr(mod, "_arrays", mod)
    inverse = getattr(mod, "_inverse", None)
    counts = np.stack([_count(arrays[f"{k}:count"]) for k in MODULE_PARTS])
    per_module = _level(_module_matrix(arrays, rates), counts)
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
    junction, parts = _pack_matrices(pack, rates, rows)
    module_total = np.where((per_module < 0) & (modules > 0), UNKNOWN,
                            np.maximum(per_module, 0) * modules)
    return {"module_hardware": module_total,
            "junction_box": _level(junction, np.stack([count(f"{k}:count")
                                                       for k in JUNCTION_PARTS])),
            "pack_hardware": _level(parts, np.stack([count(f"{k}:count")
                                                     for k in PACK_PARTS]))}


def hardware_total(ev, rates: dict[str, PartRates], rows=None) -> np.ndarray:
    """Sum of :func:`level_costs` (int64 minor units per design, :data:`UNKNOWN` where
    any level is unknown)."""
    levels = np.stack(list(level_costs(ev, rates, rows).values()))
    return np.where((levels < 0).any(axis=0), UNKNOWN, levels.sum(axis=0))
