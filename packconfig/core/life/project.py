"""The ageing state stepped over time, vectorised across designs.

Four loss states per design (calendar and cycle capacity loss, calendar and cycle
resistance increase) each follow a power law ``y = k·x^z`` whose ``k`` may change from
step to step (monthly ambient temperatures). Each step advances every state from where
it is with the virtual-variable update (docs/life.md §3)::

    x_v = (y / k)^(1/z);   y ← k·(x_v + Δx)^z

which is exact for a constant ``k`` within the step, so monthly, weekly and daily steps
give the same answer (a naive ``Σ k·Δx^z`` does not). Capacity is
``1 − Q_cal − Q_cyc`` and the resistance factor ``1 + R_cal + R_cyc``.

:func:`project_cells` works on arrays of designs (a cell and a usage each) and never
raises for a design it cannot project: that design's rows are NaN and
:attr:`Projection.refused` says why. :func:`project` is the one-design path (the same
code with one row) and raises the coded refusal.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from packconfig.core.cells.model import Cell
from packconfig.core.errors import NotAvailable, PackconfigError
from packconfig.core.life.data import Family, ageing_data
from packconfig.core.life.rates import rates_for, stress_of
from packconfig.core.life.rating import Rating, rating_of, scale_factor
from packconfig.core.life.usage import ZERO_C, Usage
from packconfig.core.life.warnings import LifeWarning

DAYS_PER_YEAR = 365.25
STEPS = {"month": DAYS_PER_YEAR / 12, "week": 7.0, "day": 1.0}


@dataclass(frozen=True)
class Projection:
    """State of health over time for ``n`` designs (rows) at ``steps + 1`` times."""

    days: np.ndarray  # (steps + 1,)
    capacity: np.ndarray  # (n, steps + 1) fraction of initial capacity
    resistance: np.ndarray  # (n, steps + 1) factor on initial resistance
    fec: np.ndarray  # (n, steps + 1) full equivalent cycles so far
    scale: np.ndarray  # (n,) cycle prefactor multiplier m
    ratings: tuple[Rating | None, ...]
    families: tuple[Family | None, ...]
    warnings: tuple[tuple[LifeWarning, ...], ...]
    refused: dict[int, PackconfigError] = field(default_factory=dict)
    # the stepping itself, for exact crossings inside a step (see time_to)
    states: np.ndarray = field(default=None, repr=False)  # (steps + 1, 4, n)
    rate_k: np.ndarray = field(default=None, repr=False)  # (steps, 4, n)
    rate_z: np.ndarray = field(default=None, repr=False)  # (4, n)
    step_dx: np.ndarray = field(default=None, repr=False)  # (steps, 4, n)

    @property
    def years(self) -> np.ndarray:
        return self.days / DAYS_PER_YEAR

    def time_to(self, level: float) -> tuple[np.ndarray, np.ndarray]:
        """(days, FEC) at which each design's capacity first falls to ``level``; NaN
        where it does not within the horizon. Exact inside a step: the state is
        re-advanced from the step start by a bisected fraction of the step."""
        n = self.capacity.shape[0]
        days, fec = np.full(n, np.nan), np.full(n, np.nan)
        below = self.capacity <= level
        for i in range(n):
            hits = np.flatnonzero(below[i, 1:])
            if i in self.refused or not hits.size:
                continue
            s = int(hits[0])
            lo, hi = 0.0, 1.0
            for _ in range(40):
                mid = 0.5 * (lo + hi)
                y = _advance(self.states[s, :, i], self.rate_k[s, :, i], self.rate_z[:, i],
                             self.step_dx[s, :, i] * mid)
                lo, hi = (mid, hi) if 1.0 - y[0] - y[1] > level else (lo, mid)
            frac = 0.5 * (lo + hi)
            days[i] = self.days[s] + frac * (self.days[s + 1] - self.days[s])
            fec[i] = self.fec[i, s] + frac * (self.fec[i, s + 1] - self.fec[i, s])
        return days, fec


def _family_of(cell: Cell) -> Family:
    data = ageing_data()
    family = data.family_for(cell.chemistry)
    if family is None:
        reason = data.refused.get(cell.chemistry, "no ageing model is shipped for it")
        raise NotAvailable(f"{cell.id}: no lifetime projection for {cell.chemistry} cells. "
                           f"{reason}").coded("life_refused", cell=cell.id,
                                              chemistry=cell.chemistry)
    return family


def _range_warnings(family: Family, usage: Usage, chemistry: str) -> list[LifeWarning]:
    out = []
    temps = [t - ZERO_C for t in usage.ambient]
    if usage.cycles_per_day > 0:
        temps += [t + usage.temperature_rise for t in temps]
    tr = family.temperature_c
    bad = [t for t in temps if not tr.low <= t <= tr.high]
    if bad:
        worst = max(bad, key=lambda t: abs(t - (tr.low + tr.high) / 2))
        out.append(LifeWarning("range_temperature", {
            "value": f"{worst:g} °C", "model": chemistry, "low": f"{tr.low:g} °C",
            "high": f"{tr.high:g} °C"}))
    if usage.cycles_per_day > 0:
        checks = (("range_dod", usage.dod, family.dod, "{:.0%}"),
                  ("range_charge_rate", usage.charge_rate, family.charge_rate, "{:g}C"),
                  ("range_discharge_rate", usage.discharge_rate, family.discharge_rate,
                   "{:g}C"))
        for code, value, rng, fmt in checks:
            if not rng.low - 1e-9 <= value <= rng.high + 1e-9:
                out.append(LifeWarning(code, {"value": fmt.format(value),
                                              "low": fmt.format(rng.low),
                                              "high": fmt.format(rng.high)}))
    return out


def design_warnings(cell: Cell, family: Family, rating: Rating, usage: Usage
                    ) -> tuple[LifeWarning, ...]:
    """Validity-range, assumption and model-coverage warnings for one design."""
    out = _range_warnings(family, usage, cell.chemistry)
    if "temperature" in rating.assumed:
        out.append(LifeWarning("assumed_temperature",
                               {"value": f"{rating.temperature - ZERO_C:g} °C"}))
    if "dod" in rating.assumed:
        out.append(LifeWarning("assumed_dod", {"value": f"{rating.dod:.0%}"}))
    if family.key == "lto_bank":
        out.append(LifeWarning("no_calendar", {"chemistry": cell.chemistry}))
    if family.key in ("lto_bank", "nca_panasonic"):
        out.append(LifeWarning("no_resistance", {"chemistry": cell.chemistry}))
    detail = cell.chemistry_detail.lower()
    if family.key == "nmc_schmalstieg" and any(
            k in detail for k in ("nickel-rich", "811", "712", "622", "532")):
        out.append(LifeWarning("shape_borrowed", {"detail": cell.chemistry_detail}))
    return tuple(out)


def _advance(y: np.ndarray, k: np.ndarray, z: np.ndarray, dx: np.ndarray) -> np.ndarray:
    """Virtual-variable update of ``y = k·x^z`` by ``dx`` (all arrays, same shape)."""
    positive = k > 0
    safe_k = np.where(positive, k, 1.0)
    x_virtual = (y / safe_k) ** (1.0 / z)
    return np.where(positive, safe_k * (x_virtual + dx) ** z, y)


def project_cells(cells: Sequence[Cell], usages: Usage | Sequence[Usage],
                  step: str = "month") -> Projection:
    """Project every (cell, usage) design; designs that cannot be projected are NaN
    rows listed in ``refused``."""
    n = len(cells)
    usage_list = [usages] * n if isinstance(usages, Usage) else list(usages)
    if len(usage_list) != n:
        raise ValueError("one usage per cell, or one usage for all")
    dt = STEPS[step]
    horizon = max((u.years for u in usage_list), default=0.0) * DAYS_PER_YEAR
    steps = max(1, math.ceil(horizon / dt - 1e-9))
    stress = stress_of(usage_list) if n else None
    months = stress.t_rest.shape[1] if n else 1
    k = np.zeros((4, n, months))
    z = np.ones((4, n))
    scale = np.full(n, np.nan)
    refused: dict[int, PackconfigError] = {}
    ratings: list[Rating | None] = [None] * n
    families: list[Family | None] = [None] * n
    warns: list[tuple[LifeWarning, ...]] = [()] * n
    for i, cell in enumerate(cells):
        try:
            family = _family_of(cell)
            rating = rating_of(cell)
            m = scale_factor(family.key, cell.chemistry, rating)
        except PackconfigError as exc:
            refused[i] = exc
            continue
        row = _row(stress, i)
        r = rates_for(family, row, cell.chemistry)
        laws = np.broadcast_arrays(r.kc, m * r.kq, r.rc, m * r.rq, np.zeros((1, months)))
        k[:, i, :] = np.stack(laws[:4])[:, 0, :]
        z[:, i] = (r.zc, r.zq, r.zrc, r.zrq)
        scale[i], ratings[i], families[i] = m, rating, family
        warns[i] = design_warnings(cell, family, rating, usage_list[i])
    fec_day = np.array([u.fec_per_day for u in usage_list])
    dx = np.stack([np.full(n, dt), fec_day * dt, np.full(n, dt), fec_day * dt])
    days = np.minimum(np.arange(steps + 1) * dt, max(horizon, dt))
    state = np.zeros((4, n))
    history = np.zeros((steps + 1, 4, n))
    month_of = (((np.arange(steps) + 0.5) * dt % DAYS_PER_YEAR) // (DAYS_PER_YEAR / 12)
                ).astype(int) % months
    step_k = np.moveaxis(k[:, :, month_of], 2, 0)  # (steps, 4, n)
    step_dx = dx[None] * (np.diff(days) / dt)[:, None, None]
    for s in range(steps):
        state = _advance(state, step_k[s], z, step_dx[s])
        history[s + 1] = state
    capacity = np.clip(1.0 - history[:, 0] - history[:, 1], 0.0, 1.0).T
    resistance = (1.0 + history[:, 2] + history[:, 3]).T
    fec = np.outer(fec_day, days)
    for i in refused:
        capacity[i], resistance[i], fec[i] = np.nan, np.nan, np.nan
    return Projection(days, capacity, resistance, fec, scale, tuple(ratings), tuple(families),
                      tuple(warns), refused, history, step_k, z, step_dx)


def _row(stress, i: int):
    from dataclasses import fields, replace

    return replace(stress, **{f.name: getattr(stress, f.name)[i:i + 1]
                              for f in fields(stress)})


def project(cell: Cell, usage: Usage, step: str = "month") -> Projection:
    """One design; raises the coded :class:`NotAvailable` if it cannot be projected."""
    result = project_cells([cell], usage, step)
    if result.refused:
        raise result.refused[0]
    return result
