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


def _unit(rate: PartRates, mass, *, series=None, wires=None, amps=None, area=None):
    """Unit cost in minor units (int64 array) from the drivers that apply; :data:`UNKNOWN`
    where a driver the part is charged on is not a number (a cell without mass or
    dimensions)."""
    drivers = [(rate.per_kg, mass), (rate.per_series, series), (rate.per_m2, area),
               (rate.per_amp, None if amps is None else np.maximum(amps - 50.0, 0.0))]
    one = 1_000_000 if wires is None else _micro(wires)
    total = rate.one * one + np.zeros(np.shape(mass), dtype=np.int64)
    bad = np.zeros(np.shape(mass), dtype=bool)
    for per, value in drivers:
        if per and value is not None:
            value = np.asarray(value, dtype=float)
            bad |= ~np.isfinite(value)
            total = total + per * _micro(value)
    return np.where(bad, UNKNOWN, (2 * total + SCALE) // (2 * SCALE))


def _line(unit: np.ndarray, count: np.ndarray) -> np.ndarray:
    """unit x count, :data:`UNKNOWN` when a counted part's unit cost is unknown."""
    return np.where((unit < 0) & (count > 0), UNKNOWN, np.maximum(unit, 0) * count)


def _sum(lines: list[np.ndarray]) -> np.ndarray:
    total = sum(lines)
    unknown = np.zeros(np.shape(total), dtype=bool)
    for line in lines:
        unknown |= line < 0
    return np.where(unknown, UNKNOWN, total)


def _count(values) -> np.ndarray:
    """Whole part counts as int64 (they are whole numbers already; NaN counts 0)."""
    return np.nan_to_num(np.asarray(values, dtype=float)).astype(np.int64)


def module_unit_costs(mod, rates: dict[str, PartRates]) -> dict[str, np.ndarray]:
    """Per module part: unit cost per module design of the arrays ``mod``
    (:func:`hardware.module_arrays` output, or its unique rows)."""
    boards = np.maximum(np.asarray(mod["slave_board:count"], dtype=float), 1.0)
    wires = np.asarray(mod["cell_interconnects:count"], dtype=float)  # S_module + 1
    series = (wires - 1.0) / boards
    out = {}
    for key in MODULE_PARTS:
        out[key] = _unit(rates[key], mod[f"{key}:unit"], series=series,
                         wires=wires if key == "sense_harness" else None)
    return out


def pack_unit_costs(pack, rates: dict[str, PartRates], rows=None) -> dict[str, np.ndarray]:
    """Per junction-box and pack part: unit cost per design of ``pack`` (optionally
    only ``rows``)."""
    def col(key):
        values = np.asarray(pack[key])
        return values if rows is None else values[rows]
    out = {key: _unit(rates[key], col(f"{key}:unit")) for key in JUNCTION_PARTS}
    current, area = col("current"), col("module_footprint")
    for key in PACK_PARTS:
        out[key] = _unit(rates[key], col(f"{key}:unit"), amps=current, area=area)
    return out


def _module_level(mod, rates: dict[str, PartRates], rows) -> np.ndarray:
    """Hardware cost of ONE module per design, computed on the distinct modules."""
    arrays = getattr(mod, "_arrays", mod)
    inverse = getattr(mod, "_inverse", None)
    units = module_unit_costs(arrays, rates)
    per_module = _sum([_line(units[key], _count(arrays[f"{key}:count"]))
                       for key in MODULE_PARTS])
    if inverse is not None:
        per_module = per_module[inverse]
    return per_module if rows is None else per_module[rows]


def level_costs(ev, rates: dict[str, PartRates], rows=None) -> dict[str, np.ndarray]:
    """Hardware cost per design of the :class:`engine.Evaluator` ``ev`` (or of its
    ``rows``), int64 minor units per :data:`LEVELS` key: all modules' hardware, the
    junction box, the pack-level parts."""
    pack = ev.get("pack")
    modules = _count(pack["module_count"] if rows is None else pack["module_count"][rows])
    if ev.o.architecture.cell_to_pack:
        modules = np.ones_like(modules)
    per_module = _module_level(ev.get("module"), rates, rows)
    units = pack_unit_costs(pack, rates, rows)

    def count(key):
        values = np.asarray(pack[f"{key}:count"])
        return _count(values if rows is None else values[rows])
    junction = _sum([_line(units[key], count(key)) for key in JUNCTION_PARTS])
    pack_parts = _sum([_line(units[key], count(key)) for key in PACK_PARTS])
    return {"module_hardware": _line(per_module, modules), "junction_box": junction,
            "pack_hardware": pack_parts}


def hardware_total(ev, rates: dict[str, PartRates], rows=None) -> np.ndarray:
    """Sum of :func:`level_costs` (int64 minor units per design, :data:`UNKNOWN` where
    any level is unknown)."""
    return _sum(list(level_costs(ev, rates, rows).values()))
