"""Bill of materials and the per-level roll-up of one design, as data.

The lines are built from the same arrays the engine sums into ``mass_pack``
(:mod:`.hardware`), so the BOM's mass total IS the pack mass. Hierarchy::

    1        Pack
    1.1      Module  × modules        (absent in a cell-to-pack design)
    1.1.1    Cells   × per module
    1.1.2…   module parts
    1.2      Junction box
    1.2.1…   contactors, pre-charge, fuse, current sensor, MSD
    1.3…     pack parts (interconnects, bus bars, BMS, enclosure, cooling…)

Costs are the component table's (US$, BatPaC estimates) except the cells, which carry
the catalog price in its own currency (``None`` when the catalog has none). Ratings are
data (label, kind, quantity); :mod:`packconfig.display` makes them text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

import numpy as np

from packconfig.core.money import Money, from_minor, to_minor
from packconfig.core.pack.components import ComponentTable
from packconfig.core.pack.hardware import JUNCTION_PARTS, MODULE_PARTS, PACK_PARTS
from packconfig.core.pack.hardware_cost import (
    PartRates,
    module_unit_costs,
    pack_unit_costs,
    part_rates,
)
from packconfig.core.units import Q_, Quantity

#: Part numbers: a fixed five-digit code per part kind (leading zeros are part of it).
PART_NUMBERS: dict[str, str] = {key: f"{10 * (i + 1):05d}" for i, key in enumerate(
    ("pack", "module", "cells", *MODULE_PARTS, "junction_box", *JUNCTION_PARTS, *PACK_PARTS))}
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class BomLine:
    item: str  # "1.1.2"
    depth: int  # 0 pack, 1 module / junction box / pack part, 2 their parts
    key: str
    part_no: str
    label: str
    label_zh: str
    quantity: float  # per parent
    total_quantity: float  # in one pack
    unit_mass: float  # kg
    unit_volume: float  # L, NaN when unknown
    unit_cost: Decimal | None
    currency: str
    rating: tuple[tuple[str, str, Quantity], ...] = ()
    source: str = ""
    confidence: str = ""
    assembly: bool = False  # a pack, module or junction-box line (its parts follow)

    @property
    def total_mass(self) -> float:
        """Mass of all of this line in one pack (kg)."""
        return self.total_quantity * self.unit_mass

    @property
    def total_cost(self) -> Decimal | None:
        if self.unit_cost is None:
            return None
        return (self.unit_cost * Decimal(str(round(self.total_quantity, 6)))).quantize(
            _CENT, ROUND_HALF_UP)


@dataclass(frozen=True)
class Level:
    """One level of the roll-up: mass (kg), volume (L), hardware cost (table currency)."""

    name: str  # "cell", "module", "pack"
    count: int
    mass: float
    volume: float
    hardware_cost: Decimal


@dataclass(frozen=True)
class Bom:
    lines: tuple[BomLine, ...]
    levels: tuple[Level, ...]
    ratios: dict[str, float] = field(default_factory=dict)
    currency: str = "USD"
    cost_basis: str = ""
    cost_basis_zh: str = ""

    def basis(self, language: str = "en") -> str:
        """Where the costs come from, in ``language`` (English when no Chinese text)."""
        return self.cost_basis_zh if language == "zh" and self.cost_basis_zh else \
            self.cost_basis

    def leaves(self) -> tuple[BomLine, ...]:
        return tuple(line for line in self.lines if not line.assembly)

    @property
    def mass_total(self) -> float:
        return math.fsum(line.total_mass for line in self.leaves())

    def hardware_cost(self) -> Decimal:
        """Sum of the priced non-cell lines, in ``currency``."""
        return sum((line.total_cost for line in self.leaves()
                    if line.key != "cells" and line.total_cost is not None), Decimal(0))

    def top_level(self) -> tuple[BomLine, ...]:
        """The lines directly under the pack (the quote's BOM summary)."""
        return tuple(line for line in self.lines if line.depth == 1)


def _money(value: Decimal) -> Decimal:
    return value.quantize(_CENT, ROUND_HALF_UP)


_RATES: dict[int, tuple[ComponentTable, dict[str, PartRates]]] = {}


def table_rates(table: ComponentTable) -> dict[str, PartRates]:
    """The parts' rates in the table's own currency (:mod:`.hardware_cost`), cached per
    table (the entry holds the table, so its id is not reused while cached)."""
    hit = _RATES.get(id(table))
    if hit is None:
        if len(_RATES) >= 16:
            _RATES.pop(next(iter(_RATES)))

        def convert(amount: Decimal) -> int:
            return to_minor(Money(amount, table.currency).rounded())
        hit = _RATES[id(table)] = (table, part_rates(table, convert))
    return hit[1]


def _row_units(ev, mod, pack, row: int, table: ComponentTable) -> dict[str, Decimal | None]:
    """Unit cost of every part of design ``row``, by the BOM and quote rule."""
    rates = table_rates(table)
    one = {key: np.asarray(mod[key])[[row]] for key in mod.keys()}
    units = module_unit_costs(one, rates)
    units.update(pack_unit_costs(pack, rates, np.array([row])))
    return {key: from_minor(int(value[0]), table.currency).amount if value[0] >= 0 else None
            for key, value in units.items()}


def _f(arrays: dict, key: str, row: int) -> float:
    return float(arrays[key][row])


def build_bom(ev, row: int, cell, *, language_labels: bool = True) -> Bom:
    """The BOM of design ``row`` of :class:`engine.Evaluator` ``ev`` for ``cell``."""
    table: ComponentTable = ev.components
    mod, pack = ev.get("module"), ev.get("pack")
    ms, mp, _ok = (int(a[row]) for a in ev.get("split"))
    n_mod = int(_f(pack, "module_count", row))
    ctp = ev.o.architecture.cell_to_pack
    lines: list[BomLine] = []

    def line(item, depth, key, qty, total, unit_mass, volume=math.nan, cost=None,
             currency=table.currency, rating=(), assembly=False, label=None, label_zh=None):
        part = table.parts.get(key)
        lines.append(BomLine(item, depth, key, PART_NUMBERS[key],
                             label or (part.label if part else key),
                             label_zh or (part.label_zh if part else key), qty, total,
                             unit_mass, volume, cost, currency, tuple(rating),
                             part.source if part else "", part.confidence if part else "",
                             assembly))

    mass_pack = float(ev.get("mass_pack")[row])
    line("1", 0, "pack", 1, 1, mass_pack, float(ev.get("volume_pack")[row]) * 1e3,
         assembly=True, label="Battery pack", label_zh="电池包",
         rating=(("", "voltage", Q_(float(ev.get("voltage_nominal")[row]), "V")),
                 ("", "charge", Q_(float(ev.get("capacity")[row]) / 3600, "A*h"))))
    cell_price = getattr(cell, "price", None)
    cells_per = ms * mp
    prefix, depth, per = ("1.1", 2, n_mod) if not ctp else ("1", 1, 1)
    if not ctp:
        mod_volume = _f(mod, "length", row) * _f(mod, "width", row) * _f(mod, "height", row)
        line("1.1", 1, "module", n_mod, n_mod, _f(mod, "mass", row), mod_volume * 1e3,
             assembly=True, label=f"Module {ms}S{mp}P", label_zh=f"模组 {ms}S{mp}P",
             rating=(("", "voltage", Q_(float(ev.get("module_voltage_nominal")[row]), "V")),))
    line(f"{prefix}.1", depth, "cells", cells_per, cells_per * per, float(ev.t.mass[ev.idx[row]]),
         float(ev.t.vol[ev.idx[row]]) * 1e3,
         cost=cell_price.amount if cell_price is not None else None,
         currency=cell_price.currency if cell_price is not None else table.currency,
         label=f"Cell {cell.manufacturer} {cell.model} ({cell.id})",
         label_zh=f"电芯 {cell.manufacturer} {cell.model} ({cell.id})")
    n = 2
    costs = _row_units(ev, mod, pack, row, table)
    for key in MODULE_PARTS:
        count = _f(mod, f"{key}:count", row)
        if count <= 0:
            continue
        unit = _f(mod, f"{key}:unit", row)
        line(f"{prefix}.{n}", depth, key, count, count * per, unit,
             table.part(key).volume_l, costs[key],
             rating=_module_rating(key, ev, mod, row))
        n += 1
    top = 2 if not ctp else n
    _junction(line, ev, pack, row, table, f"1.{top}", costs)
    k = top + 1
    for key in PACK_PARTS:
        count = _f(pack, f"{key}:count", row)
        if count <= 0:
            continue
        unit = _f(pack, f"{key}:unit", row)
        line(f"1.{k}", 1, key, count, count, unit, table.part(key).volume_l,
             costs[key], rating=_pack_rating(key, pack, row))
        k += 1
    built = Bom(tuple(lines), (), {}, table.currency, table.cost_basis, table.cost_basis_zh)
    levels, ratios = _rollup(ev, row, built, n_mod, ctp)
    return Bom(built.lines, levels, ratios, table.currency, table.cost_basis,
               table.cost_basis_zh)


def _junction(line, ev, pack, row, table, item, costs: dict[str, Decimal | None]) -> None:
    parts = [(key, _f(pack, f"{key}:count", row), _f(pack, f"{key}:unit", row))
             for key in JUNCTION_PARTS]
    parts = [p for p in parts if p[1] > 0]
    if not parts:
        return
    total = math.fsum(count * unit for _k, count, unit in parts)
    line(item, 1, "junction_box", 1, 1, total, assembly=True, label="Junction box",
         label_zh="高压配电盒", rating=(("", "mass", Q_(total, "kg")),))
    for i, (key, count, unit) in enumerate(parts, start=1):
        line(f"{item}.{i}", 2, key, count, count, unit, table.part(key).volume_l,
             costs[key], rating=_junction_rating(key, ev, pack, row))


def _module_rating(key, ev, mod, row) -> tuple:
    if key == "cell_interconnects":
        return (("Cu", "area", Q_(_f(mod, "a_cell", row), "m**2")),)
    if key == "module_terminals":
        return (("Cu", "area", Q_(_f(mod, "a_terminal", row), "m**2")),
                ("", "current", Q_(_f(mod, "current", row), "A")))
    return ()


def _pack_rating(key, pack, row) -> tuple:
    if key == "module_interconnects":
        return (("Cu", "area", Q_(_f(pack, "a_module_interconnect", row), "m**2")),)
    if key == "pack_busbars":
        return (("Cu", "area", Q_(_f(pack, "a_pack", row), "m**2")),
                ("", "current", Q_(_f(pack, "current", row), "A")))
    return ()


def _junction_rating(key, ev, pack, row) -> tuple:
    v_max = Q_(_f(pack, "voltage_max", row), "V")
    current = Q_(_f(pack, "current", row), "A")
    if key == "main_contactor":
        choice = int(pack["contactor_choice"][row])
        if choice >= 0:
            c = ev.components.contactors[choice]
            return ((c.name, "current", Q_(c.current_a, "A")),
                    ("", "voltage", Q_(c.voltage_v, "V")))
        return (("", "current", current), ("≥", "voltage", v_max))
    if key == "main_fuse":
        return (("", "current", Q_(_f(pack, "fuse_rating", row), "A")), ("≥", "voltage", v_max))
    if key == "precharge_resistor":
        r = precharge(ev, row)
        return tuple(item for item in (
            ("", "resistance", r["resistance"]) if r["resistance"] is not None else None,
            ("", "energy", r["energy"]) if r["energy"] is not None else None) if item)
    if key == "current_sensor":
        return (("", "current", current),)
    return ()


def precharge(ev, row: int) -> dict[str, Quantity | None]:
    """Pre-charge resistor for the design's DC-link capacitance C and time t:
    ``R = t / (5 C)`` (5 time constants, TI TIDUF73), resistor energy per event
    ``E = C V² / 2`` at the maximum pack voltage, peak current ``V / R``."""
    arch = ev.o.architecture
    v = float(ev.get("voltage_max")[row])
    out: dict[str, Quantity | None] = {"resistance": None, "energy": None, "peak_current": None}
    if arch.dc_link_capacitance is None:
        return out
    c = float(arch.dc_link_capacitance.to("F").magnitude)
    out["energy"] = Q_(0.5 * c * v * v, "J")
    if arch.precharge_time is not None:
        r = float(arch.precharge_time.to("s").magnitude) / (5 * c)
        out["resistance"] = Q_(r, "ohm")
        out["peak_current"] = Q_(v / r, "A")
    return out


def _rollup(ev, row, bom: Bom, n_mod: int, ctp: bool) -> tuple[tuple[Level, ...], dict]:
    cell_mass = float(ev.t.mass[ev.idx[row]])
    cell_vol = float(ev.t.vol[ev.idx[row]]) * 1e3
    count = int(ev.s[row] * ev.p[row])
    mass_pack = float(ev.get("mass_pack")[row])
    volume_pack = float(ev.get("volume_pack")[row]) * 1e3
    module_cost = sum((line.total_cost for line in bom.leaves() if line.item.startswith("1.1.")
                       and line.key != "cells" and line.total_cost is not None), Decimal(0))
    levels = [Level("cell", count, cell_mass, cell_vol, Decimal(0))]
    ratios: dict[str, float] = {}
    if not ctp:
        mod = ev.get("module")
        m_mod = _f(mod, "mass", row)
        v_mod = _f(mod, "length", row) * _f(mod, "width", row) * _f(mod, "height", row) * 1e3
        if ev.get("geo").estimated[row]:
            v_mod = math.nan
        per = count // max(n_mod, 1)
        levels.append(Level("module", n_mod, m_mod, v_mod,
                            _money(module_cost / max(n_mod, 1))))
        ratios["cell_to_module_mass"] = per * cell_mass / m_mod
        ratios["cell_to_module_volume"] = per * cell_vol / v_mod
        ratios["module_to_pack_mass"] = n_mod * m_mod / mass_pack
        ratios["module_to_pack_volume"] = n_mod * v_mod / volume_pack
    levels.append(Level("pack", 1, mass_pack, volume_pack, bom.hardware_cost()))
    ratios["cell_to_pack_mass"] = count * cell_mass / mass_pack
    ratios["cell_to_pack_volume"] = count * cell_vol / volume_pack
    return tuple(levels), ratios
