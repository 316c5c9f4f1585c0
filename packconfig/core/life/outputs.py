"""What a projection means for one pack: SOH over years, years and cycles to 80 % and
70 %, lifetime throughput, end-of-warranty figures, guaranteed vs typical, the warranty
proposal and the lifetime cost per kWh delivered (docs/life.md §6-§7).

Pack figures come from :func:`packconfig.core.pack.physics.compute_pack`; the price is
:class:`~packconfig.core.money.Money` and the cost per kWh is computed as a Decimal.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

import numpy as np

from packconfig.core.cells.model import Cell
from packconfig.core.errors import InputError
from packconfig.core.life.data import ageing_data
from packconfig.core.life.project import DAYS_PER_YEAR, Projection, project
from packconfig.core.life.usage import Usage
from packconfig.core.life.warnings import LifeWarning
from packconfig.core.money import Money
from packconfig.core.units import Q_, Quantity

LEVELS = (0.8, 0.7)


@dataclass(frozen=True)
class Warranty:
    """"N years (or months) or M cycles (or X MWh) to Y % SOH", whichever comes first.
    ``months`` is 0 when no term can be proposed (end of life within a month)."""

    months: int
    cycles: int
    energy_mwh: Decimal
    soh: float
    margin: float
    typical_years: float  # to ``soh`` without the margin (or the horizon)

    @property
    def years(self) -> float:
        return self.months / 12


@dataclass(frozen=True)
class Figure:
    """One row of the guaranteed-vs-typical table (None = not available)."""

    key: str
    kind: str  # a display kind ("charge", "energy", "power") or "fraction" / "factor"
    typical: Quantity | None
    guaranteed: Quantity | None


@dataclass(frozen=True)
class LifeSummary:
    cell: Cell
    series: int
    parallel: int
    usage: Usage
    projection: Projection
    years_to: dict[float, float | None]  # SOH level -> years (None beyond the horizon)
    cycles_to: dict[float, float | None]  # SOH level -> full equivalent cycles
    throughput: Quantity  # discharged energy until the warranty SOH or the horizon
    warranty: Warranty
    figures: tuple[Figure, ...]
    cost_per_kwh: Money | None
    warnings: tuple[LifeWarning, ...]
    ranges: object = None  # life.driving.WarrantyRanges when a drive cycle was given

    @property
    def years(self) -> np.ndarray:
        return self.projection.years

    @property
    def capacity(self) -> np.ndarray:
        return self.projection.capacity[0]

    @property
    def resistance(self) -> np.ndarray:
        return self.projection.resistance[0]


def warranty_margin(settings_raw: Mapping | None = None) -> float:
    """The confidence margin: ``settings.json`` ``{"life": {"warranty_margin_pct": 20}}``
    or the shipped default (resources/ageing.toml [warranty] margin)."""
    default = ageing_data().warranty["margin"].value
    life = (settings_raw or {}).get("life") if isinstance(settings_raw, Mapping) else None
    if not isinstance(life, Mapping) or "warranty_margin_pct" not in life:
        return default
    value = life["warranty_margin_pct"]
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise InputError("life.warranty_margin_pct must be a number").coded(
            "percent_range", name="life.warranty_margin_pct", top=90, got=value)
    try:
        pct = float(value)
    except ValueError:
        pct = math.nan
    if not 0 <= pct <= 90:
        raise InputError(f"life.warranty_margin_pct must be between 0 and 90 %, got {value}"
                         ).coded("percent_range", name="life.warranty_margin_pct", top=90,
                                 got=value)
    return pct / 100


def _energy_integral(p: Projection, fec_end: float) -> float:
    """∫ capacity dFEC from 0 to ``fec_end`` (trapezoid on the stepped curve)."""
    fec, cap = p.fec[0], p.capacity[0]
    if not fec_end > 0:
        return 0.0
    grid = np.concatenate([fec[fec < fec_end], [fec_end]])
    return float(np.trapezoid(np.interp(grid, fec, cap), grid))


def _floor(value: float, step: float) -> float:
    return math.floor(value / step + 1e-9) * step


def propose_warranty(p: Projection, energy_j: float, margin: float, soh: float) -> Warranty:
    """The typical time, cycles and energy to ``soh`` (or the horizon, if later), each
    times ``1 − margin`` and rounded down (months, whole years from two years on; cycles
    to 100, or to 10 below 1,000; energy to 0.1 MWh, or to 1 kWh below 10 MWh)."""
    days, fec = p.time_to(soh)
    if math.isnan(days[0]):
        days, fec = np.array([p.days[-1]]), np.array([p.fec[0, -1]])
    keep = 1.0 - margin
    months = int(_floor(days[0] / DAYS_PER_YEAR * 12 * keep, 1))
    if months >= 24:
        months = months // 12 * 12  # whole years from two years on
    cycles = int(_floor(fec[0] * keep, 100 if fec[0] * keep >= 1000 else 10))
    mwh = energy_j * _energy_integral(p, fec[0] * keep) / 3.6e9
    step = Decimal("0.1") if mwh >= 10 else Decimal("0.001")  # 0.1 MWh, or 1 kWh
    energy = Decimal(repr(mwh)).quantize(step, rounding=ROUND_FLOOR)
    return Warranty(months, cycles, energy, soh, margin, float(days[0] / DAYS_PER_YEAR))


def _max_power(v: float, r: float, i_max: float) -> float:
    """Discharge power at the terminals, ``I·(V − I·R)``, maximised for ``I ≤ I_max``."""
    if any(math.isnan(x) for x in (v, r, i_max)):
        return math.nan
    current = min(i_max, v / (2 * r)) if r > 0 else i_max
    return current * (v - current * r)


def _q(value: float, unit: str) -> Quantity | None:
    return None if value is None or math.isnan(value) else Q_(value, unit)


def summarise(cell: Cell, series: int, parallel: int, usage: Usage, *,
              price: Money | None = None, margin: float | None = None,
              soh: float | None = None, step: str = "month") -> LifeSummary:
    """Project one pack and derive every lifetime figure (raises the coded refusal)."""
    from packconfig.core.pack.physics import compute_pack

    p = project(cell, usage, step)
    margin = ageing_data().warranty["margin"].value if margin is None else margin
    soh = ageing_data().warranty["soh"].value if soh is None else soh
    pack = compute_pack(cell, series, parallel)
    e_nom = float(pack["energy_nominal"].to("J").magnitude)
    years_to, cycles_to = {}, {}
    for level in sorted({*LEVELS, soh}, reverse=True):
        d, f = p.time_to(level)
        years_to[level] = None if math.isnan(d[0]) else float(d[0] / DAYS_PER_YEAR)
        cycles_to[level] = None if math.isnan(f[0]) else float(f[0])
    end_fec = cycles_to[soh] if cycles_to[soh] is not None else float(p.fec[0, -1])
    throughput = Q_(e_nom * _energy_integral(p, end_fec) / 3.6e9, "MWh")
    warranty = propose_warranty(p, e_nom, margin, soh)
    figures = _figures(cell, pack, p, warranty, margin)
    cost = None
    if price is not None and throughput.magnitude > 0:
        kwh = Decimal(repr(float(throughput.to("kWh").magnitude)))
        cost = Money(price.amount / kwh, price.currency)
    return LifeSummary(cell, series, parallel, usage, p, years_to, cycles_to, throughput,
                       warranty, figures, cost, p.warnings[0])


def _figures(cell: Cell, pack, p: Projection, w: Warranty, margin: float
             ) -> tuple[Figure, ...]:
    """Typical and guaranteed figures: at delivery and at the end of the warranty."""
    at_end = min(w.years * DAYS_PER_YEAR, float(p.days[-1]))
    cap_end = float(np.interp(at_end, p.days, p.capacity[0]))
    res_end = float(np.interp(at_end, p.days, p.resistance[0]))
    cap, e_use = pack["capacity"], pack["energy_usable"]
    guaranteed_share = (float((cell.min_capacity / cell.capacity).to("").magnitude)
                        if cell.min_capacity is not None else math.nan)
    v = float(pack["voltage_nominal"].to("V").magnitude)
    r0 = (float(pack["resistance_pack"].to("ohm").magnitude)
          if pack["resistance_pack"] is not None else math.nan)
    i_max = (float(pack["current_continuous_max"].to("A").magnitude)
             if pack["current_continuous_max"] is not None else math.nan)
    e_u = float(e_use.to("kWh").magnitude)
    return (
        Figure("capacity_new", "charge", cap, _q(float(cap.to("A*h").magnitude)
                                                 * guaranteed_share, "A*h")),
        Figure("energy_usable_new", "energy", e_use, _q(e_u * guaranteed_share, "kWh")),
        Figure("soh_end", "fraction", Q_(cap_end, ""), Q_(w.soh, "")),
        Figure("energy_usable_end", "energy", Q_(e_u * cap_end, "kWh"),
               _q(e_u * guaranteed_share * w.soh, "kWh")),
        Figure("resistance_end", "factor", Q_(res_end, ""),
               Q_(res_end * (1 + margin), "")),
        Figure("power_end", "power", _q(_max_power(v, r0 * res_end, i_max), "W"),
               _q(_max_power(v, r0 * res_end * (1 + margin), i_max), "W")),
    )
