"""Cost build-up and unit price of ONE pack, in Decimal.

Lines: cells; for a design (``evaluator=``), its hardware from the bill of materials
(module hardware, junction box, pack hardware: :func:`bom_hardware`) instead of the
flat BMS / enclosure / busbar / thermal components; then the other configured
components (assembly labour, end-of-line test, packaging). Then overhead % and
warranty % on the direct cost, then a MARGIN ON PRICE: ``price = cost / (1 - margin)``.

Rounding points (all half-up to the minor unit of the quote currency):
1. each converted unit rate (cell unit price, fixed, per-series, per-parallel,
   per-cell amount of a component; a per-kWh rate is turned into a per-cell amount
   ``rate x cell kWh`` and rounded once per cell);
2. each line (a line is then an exact integer combination of rounded unit rates);
3. overhead, warranty and the unit price.

:mod:`packconfig.core.commerce.costing_arrays` reproduces the same figures exactly on numpy
int64 minor units. See docs/costing.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal, localcontext
from typing import Any

from packconfig.core.commerce.fx import AppliedRate, RateTable
from packconfig.core.errors import InputError
from packconfig.core.money import (
    PRECISION,
    Money,
    check_currency,
    from_minor,
    significant,
    to_decimal,
    to_minor,
)
from packconfig.core.units import Quantity

CATEGORIES = ("purchased", "labour")
_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class CostComponent:
    """A pack-level cost item: ``fixed + per_series*S + per_parallel*P + (per_cell +
    per_kwh*cell_kWh)*S*P``, amounts in ``currency``."""

    key: str
    label: str
    category: str
    currency: str
    fixed: Decimal = Decimal(0)
    per_series: Decimal = Decimal(0)
    per_parallel: Decimal = Decimal(0)
    per_cell: Decimal = Decimal(0)
    per_kwh: Decimal = Decimal(0)
    source: str = "engineering estimate"

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise InputError(f"component {self.key!r}: category must be one of {CATEGORIES}")
        object.__setattr__(self, "currency", check_currency(self.currency))
        for name in ("fixed", "per_series", "per_parallel", "per_cell", "per_kwh"):
            value = to_decimal(getattr(self, name), f"component {self.key!r} {name}")
            if value < 0:
                raise InputError(f"component {self.key!r}: {name} must not be negative")
            object.__setattr__(self, name, value)


#: Share of the (liquid-cooling) thermal line kept for forced-air cooling: fans, ducts
#: and sensors instead of cold plates. Engineering estimate (docs/costing.md).
AIR_COOLING_SHARE = Decimal("0.4")


def components_for(components: tuple[CostComponent, ...], overhead: Any
                   ) -> tuple[CostComponent, ...]:
    """The cost components a design with these overhead options needs: no BMS line
    without a BMS, no enclosure line without an enclosure, no thermal line with
    ``thermal="none"`` and :data:`AIR_COOLING_SHARE` of it for ``"air"``. The same list
    feeds the Decimal and the array cost paths, so both follow the options."""
    out = []
    for comp in components:
        if comp.key == "bms" and not overhead.bms:
            continue
        if comp.key == "enclosure" and not overhead.enclosure:
            continue
        if comp.key == "thermal":
            if overhead.thermal == "none":
                continue
            if overhead.thermal == "air":
                comp = replace(comp, label=comp.label + " (air)", **{
                    name: getattr(comp, name) * AIR_COOLING_SHARE for name in
                    ("fixed", "per_series", "per_parallel", "per_cell", "per_kwh")})
        out.append(comp)
    return tuple(out)


@dataclass(frozen=True)
class CellPriceDefault:
    """Default cell price per kWh for a chemistry, used when a cell has no price."""

    chemistry: str
    per_kwh: Money
    source: str


@dataclass(frozen=True)
class CostPolicy:
    """Percentages from cost to price. ``margin_pct`` is a margin ON PRICE."""

    overhead_pct: Decimal
    warranty_pct: Decimal
    margin_pct: Decimal

    def __post_init__(self) -> None:
        for name in ("overhead_pct", "warranty_pct", "margin_pct"):
            value = to_decimal(getattr(self, name), name)
            if value < 0:
                raise InputError(f"{name} must not be negative, got {value}").coded(
                    "negative", name=name, got=str(value))
            object.__setattr__(self, name, value)
        if self.margin_pct >= _HUNDRED:
            raise InputError(f"margin_pct is a margin on price and must be below 100, "
                             f"got {self.margin_pct}").coded("margin_too_high",
                                                             got=str(self.margin_pct))


@dataclass(frozen=True)
class CostContext:
    """Everything needed to cost packs in one currency on one date."""

    currency: str
    date: dt.date
    rates: RateTable
    components: tuple[CostComponent, ...]
    cell_defaults: dict[str, CellPriceDefault]
    policy: CostPolicy
    #: The seller's own cell prices by cell id (``settings_fields.CellPrice``): they
    #: replace the catalog price of those cells.
    price_list: dict[str, Any] | None = None

    def convert_rounded(self, money: Money) -> tuple[Money, AppliedRate]:
        """``money`` in the context currency, rounded half-up (a unit-rate rounding)."""
        converted, applied = self.rates.convert(money, self.currency, self.date)
        return converted.rounded(), applied

    def convert(self, money: Money) -> tuple[Money, AppliedRate]:
        return self.rates.convert(money, self.currency, self.date)


@dataclass(frozen=True)
class CellUnitPrice:
    """A cell's unit price in the quote currency (rounded) and how it was obtained."""

    unit: Money
    estimated: bool
    basis: str
    rate: AppliedRate | None = None


@dataclass(frozen=True)
class CostLine:
    key: str
    label: str
    category: str
    amount: Money
    detail: str
    source: str
    estimated: bool = False


@dataclass(frozen=True)
class PackCost:
    """The cost build-up and unit price (before volume tiers) of one pack."""

    currency: str
    series: int
    parallel: int
    lines: tuple[CostLine, ...]
    direct: Money
    overhead: Money
    warranty: Money
    cost: Money
    price: Money
    policy: CostPolicy
    energy_nominal_kwh: Decimal | None
    energy_usable_kwh: Decimal | None
    rates: tuple[AppliedRate, ...] = field(default=())

    @property
    def estimated(self) -> bool:
        return any(line.estimated for line in self.lines)

    def per_kwh(self, which: str) -> dict[str, Money | None]:
        """Cost and price per kWh (``which`` is "nominal" or "usable"), rounded."""
        energy = self.energy_nominal_kwh if which == "nominal" else self.energy_usable_kwh
        if energy is None or energy <= 0:
            return {"cost": None, "price": None}
        return {"cost": self.cost.divided(energy).rounded(),
                "price": self.price.divided(energy).rounded()}


def _dec(value: Quantity | None, unit: str) -> Decimal | None:
    if value is None:
        return None
    magnitude = value.to(unit).magnitude
    return Decimal(str(float(magnitude))) if not isinstance(magnitude, int) else Decimal(
        magnitude)


def cell_energy_kwh(cell: Any) -> Decimal | None:
    """Nominal energy of one cell in kWh as an exact Decimal (V x A·h / 1000)."""
    volts = _dec(getattr(cell, "nominal_voltage", None), "V")
    amp_hours = _dec(getattr(cell, "capacity", None), "A*h")
    if volts is None or amp_hours is None:
        return None
    return volts * amp_hours / 1000


def cell_unit_price(cell: Any, ctx: CostContext) -> CellUnitPrice:
    """The catalog price of ``cell`` converted and rounded, or a $/kWh estimate."""
    price = getattr(cell, "price", None)
    source = getattr(cell, "price_source", "")
    kind = "catalog price"
    listed = (ctx.price_list or {}).get(getattr(cell, "id", None))
    if listed is not None:
        price, kind = listed.price, "price list"
        source = f"{listed.date.isoformat()}: {listed.source}"
    if price is not None:
        unit, applied = ctx.convert_rounded(price)
        basis = f"{kind} {price.to_text()}"
        if applied.base != applied.quote:
            # 6 significant digits in the text; the exact rate is in ``applied``
            basis += f" at {significant(applied.rate)} {applied.quote}/{applied.base}"
        if source:
            basis += f" ({source})"
        return CellUnitPrice(unit, False, basis, applied)
    energy = cell_energy_kwh(cell)
    if energy is None:
        raise InputError(f"cell {getattr(cell, 'id', '?')!r} has no price and no nominal "
                         "voltage/capacity, so its cost cannot be estimated")
    chem = str(getattr(cell, "chemistry", "") or "")
    default = ctx.cell_defaults.get(chem) or ctx.cell_defaults.get("default")
    if default is None:
        raise InputError(f"cell {getattr(cell, 'id', '?')!r} has no price and no default "
                         f"$/kWh is set for chemistry {chem!r}").coded(
            "no_price_no_default", cell=str(getattr(cell, "id", "?")), chemistry=chem)
    rate, applied = ctx.convert(default.per_kwh)
    unit = (rate * energy).rounded()
    basis = (f"ESTIMATED: no catalog price; default {default.per_kwh.to_text()}/kWh "
             f"({default.source}) x {energy.normalize()} kWh")
    return CellUnitPrice(unit, True, basis, applied)


@dataclass(frozen=True)
class ResolvedComponent:
    """A component's unit rates in the quote currency, rounded, for one cell."""

    component: CostComponent
    fixed: Money
    per_series: Money
    per_parallel: Money
    per_cell: Money  # per_cell + per_kwh x cell kWh, each rounded separately

    def amount(self, series: int, parallel: int) -> Money:
        return (self.fixed + self.per_series * series + self.per_parallel * parallel
                + self.per_cell * (series * parallel))


def resolve_component(comp: CostComponent, energy_kwh: Decimal | None,
                      ctx: CostContext) -> ResolvedComponent:
    """Convert and round each unit rate of ``comp`` for a cell of ``energy_kwh``."""
    def conv(amount: Decimal) -> Money:
        return ctx.convert_rounded(Money(amount, comp.currency))[0]

    per_cell = conv(comp.per_cell)
    if comp.per_kwh:
        if energy_kwh is None:
            raise InputError(f"{comp.label} is priced per kWh but the cell's nominal energy "
                             "is unknown")
        per_cell = per_cell + (ctx.convert(Money(comp.per_kwh, comp.currency))[0]
                               * energy_kwh).rounded()
    return ResolvedComponent(comp, conv(comp.fixed), conv(comp.per_series),
                             conv(comp.per_parallel), per_cell)


def _detail(rc: ResolvedComponent, series: int, parallel: int) -> str:
    parts = []
    if rc.fixed.amount:
        parts.append(f"{rc.fixed.amount} fixed")
    if rc.per_series.amount:
        parts.append(f"{series} series x {rc.per_series.amount}")
    if rc.per_parallel.amount:
        parts.append(f"{parallel} parallel x {rc.per_parallel.amount}")
    if rc.per_cell.amount:
        parts.append(f"{series * parallel} cells x {rc.per_cell.amount}")
    return " + ".join(parts) or "0"


def apply_percent(amount: Money, pct: Decimal) -> Money:
    """``amount x pct / 100`` rounded half-up."""
    with localcontext() as ctx:
        ctx.prec = PRECISION
        return Money(amount.amount * pct / _HUNDRED, amount.currency).rounded()


def price_from_cost(cost: Money, margin_pct: Decimal) -> Money:
    """Unit price for a margin on price: ``cost / (1 - margin/100)`` rounded half-up."""
    with localcontext() as ctx:
        ctx.prec = PRECISION
        return Money(cost.amount / (1 - margin_pct / _HUNDRED), cost.currency).rounded()


#: The flat component lines (resources/costs.toml) that the bill of materials replaces
#: when a design is costed bottom-up: its BMS, enclosure, bus bars and cooling are BOM
#: parts. Labour, test, packaging and the user's own components stay.
BOM_COVERED = frozenset({"bms", "enclosure", "busbars", "thermal"})
#: The bottom-up hardware lines (:data:`hardware_cost.LEVELS`) and their labels.
HARDWARE_LABELS = {"module_hardware": "Module hardware", "junction_box": "Junction box",
                   "pack_hardware": "Pack hardware (BMS, bus bars, enclosure, cooling)"}


_UNSIZED = " (flat estimate: the cell's mass or dimensions are unknown, so the bill of " \
           "materials cannot size this hardware)"


_RATES_CACHE: dict[tuple, tuple[Any, Any, tuple[dict, AppliedRate | None]]] = {}


def hardware_rates(table: Any, ctx: CostContext) -> tuple[dict, AppliedRate | None]:
    """The component table's part rates in the quote currency (each rate converted and
    rounded once, :mod:`packconfig.core.pack.hardware_cost`) and the rate applied.
    Cached per table, rate table, currency and date (the window reprices on each edit);
    an entry holds its table and rates, so their ids are not reused while cached."""
    key = (id(table), id(ctx.rates), ctx.currency, ctx.date)
    hit = _RATES_CACHE.get(key)
    if hit is None:
        if len(_RATES_CACHE) >= 16:
            _RATES_CACHE.pop(next(iter(_RATES_CACHE)))
        hit = _RATES_CACHE[key] = (table, ctx.rates, _hardware_rates(table, ctx))
    return hit[2]


def _hardware_rates(table: Any, ctx: CostContext) -> tuple[dict, AppliedRate | None]:
    from packconfig.core.pack.hardware_cost import part_rates

    def convert(amount: Decimal) -> int:
        return to_minor(ctx.convert_rounded(Money(amount, table.currency))[0])
    applied = None
    if table.currency != ctx.currency:
        applied = ctx.rates.applied(table.currency, ctx.currency, ctx.date)
    return part_rates(table, convert), applied


def bom_hardware(evaluator: Any, ctx: CostContext, row: int = 0
                 ) -> tuple[tuple[CostLine, ...], AppliedRate | None] | None:
    """The hardware lines of design ``row`` of a pack :class:`Evaluator` from its bill of
    materials, in the quote currency; ``None`` when the hardware cannot be sized (a cell
    without mass or dimensions)."""
    import numpy as np

    from packconfig.core.pack.hardware_cost import level_costs
    table = evaluator.components
    rates, applied = hardware_rates(table, ctx)
    levels = level_costs(evaluator, rates, np.array([row]))
    if any(int(v[0]) < 0 for v in levels.values()):
        return None
    ms, mp, _ok = (int(a[row]) for a in evaluator.get("split"))
    n_mod = int(evaluator.get("pack")["module_count"][row])
    details = {"module_hardware": f"{n_mod} modules x {ms}S{mp}P (bill of materials 1.1)",
               "junction_box": "contactors, pre-charge, fuse, current sensor, service "
                               "disconnect (bill of materials)",
               "pack_hardware": "master BMS, module interconnects, bus bars, harness, "
                                "enclosure and structure, cooling (bill of materials)"}
    if evaluator.o.architecture.cell_to_pack:
        details["module_hardware"] = "cell-to-pack: cell interconnects, holders, sense " \
                                     "wiring (bill of materials)"
    lines = tuple(CostLine(key, HARDWARE_LABELS[key], "purchased",
                           from_minor(int(levels[key][0]), ctx.currency), details[key],
                           table.cost_basis) for key in HARDWARE_LABELS)
    return lines, applied


def cost_pack(cell: Any, series: int, parallel: int, ctx: CostContext, *,
              energy_usable: Quantity | None = None, evaluator: Any = None) -> PackCost:
    """Cost build-up and unit price of a ``series`` x ``parallel`` pack of ``cell``.

    With ``evaluator`` (the pack :class:`Evaluator` of this design, e.g.
    ``compute_pack(...).evaluator``) the hardware is costed bottom-up from the bill of
    materials (:func:`bom_hardware`, replacing the :data:`BOM_COVERED` flat lines); without
    it, or when the hardware cannot be sized, the flat component lines are used."""
    for name, value in (("series", series), ("parallel", parallel)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InputError(f"{name} must be a whole number of at least 1, got {value!r}")
    count = series * parallel
    energy = cell_energy_kwh(cell)
    cup = cell_unit_price(cell, ctx)
    lines = [CostLine("cells", "Cells", "purchased", cup.unit * count,
                      f"{count} cells x {cup.unit.amount} {ctx.currency}", cup.basis,
                      cup.estimated)]
    rates = [cup.rate] if cup.rate else []
    hardware = bom_hardware(evaluator, ctx) if evaluator is not None else None
    components = ctx.components
    if hardware is not None:
        lines.extend(hardware[0])
        rates.extend([hardware[1]] if hardware[1] else [])
        components = tuple(c for c in components if c.key not in BOM_COVERED)
    unsized = evaluator is not None and hardware is None  # no cell mass or dimensions
    for comp in components:
        rc = resolve_component(comp, energy, ctx)
        flat = unsized and comp.key in BOM_COVERED
        detail = _detail(rc, series, parallel) + (_UNSIZED if flat else "")
        lines.append(CostLine(comp.key, comp.label, comp.category, rc.amount(series, parallel),
                              detail, comp.source))
        if comp.currency != ctx.currency:
            rates.append(ctx.rates.applied(comp.currency, ctx.currency, ctx.date))
    direct = sum((line.amount for line in lines), Money.zero(ctx.currency))
    overhead = apply_percent(direct, ctx.policy.overhead_pct)
    warranty = apply_percent(direct, ctx.policy.warranty_pct)
    cost = direct + overhead + warranty
    usable = _dec(energy_usable, "kWh") if energy_usable is not None else None
    return PackCost(ctx.currency, series, parallel, tuple(lines), direct, overhead, warranty,
                    cost, price_from_cost(cost, ctx.policy.margin_pct), ctx.policy,
                    energy * count if energy is not None else None, usable,
                    tuple(_unique(rates)))


def _unique(rates: list[AppliedRate]) -> list[AppliedRate]:
    seen: list[AppliedRate] = []
    for r in rates:
        if r not in seen and r.base != r.quote:
            seen.append(r)
    return seen

