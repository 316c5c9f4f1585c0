"""Explorer requirements decided by the pack simulation (core/sim).

A uniform pack is its cell scaled, and for a pack-level power load every cell of an
N = S·P pack carries P/N: whether a design meets a simulated requirement depends on the
cell and N only, monotonically. So each requirement is decided per cell as a threshold
on N, found by bisection with all cells of the catalog in one vectorised run per round,
and every S × P candidate is then decided by comparing S·P with its cell's threshold:

* ``profile``: runs the pack-level profile (a drive cycle through a vehicle, or any
  :class:`~packconfig.core.sim.Profile`) to its end without a cell limit — feasible for
  N ≥ N_min;
* ``min_range``: range on ``range_profile`` repeated ≥ the distance — N ≥ N_min;
* ``max_peak_temperature``: highest cell temperature on ``profile`` (else
  ``range_profile``) ≤ the limit at ``ambient`` — N ≥ N_min;
* ``max_charge_time``: 10→80 % on a charger of ``charger_power`` within the time — the
  time grows with N at a fixed charger power, so N ≤ N_max.

Cells whose model cannot be built (no mass or dimensions) fail these requirements.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from packconfig.core.cells.model import Cell
from packconfig.core.errors import PackconfigError
from packconfig.core.pack.validate import MAX_CELLS
from packconfig.core.sim import CellModel, Profile, cell_model, charge, simulate

SIM_REASONS: dict[str, str] = {
    "sim_profile": "does not run the load profile (a cell limit is reached)",
    "sim_range": "range on the cycle too short",
    "sim_peak_temperature": "peak cell temperature too high",
    "sim_charge_time": "10-80 % charge too slow",
}


@dataclass(frozen=True)
class SimRequirements:
    """Simulated requirements (SI: m, K, W, s). ``None`` = no requirement."""

    profile: Profile | None = None
    range_profile: Profile | None = None
    min_range: float | None = None
    max_peak_temperature: float | None = None
    max_charge_time: float | None = None
    charger_power: float | None = None
    ambient: float = 298.15
    thermal: str = "air"

    def __post_init__(self) -> None:
        from packconfig.core.errors import InputError
        from packconfig.core.sim.profiles import C_RATE, CURRENT

        for prof in (self.profile, self.range_profile):
            if prof is not None and any(np.isin(seg.kind, (CURRENT, C_RATE)).any()
                                        for seg in prof.segments):
                raise InputError("explorer load profiles must be power profiles (a pack "
                                 "current does not scale with S x P)").coded(
                    "sim_explore_power_only")

    def active(self) -> list[str]:
        out = []
        if self.profile is not None:
            out.append("sim_profile")
        if self.min_range is not None and self.range_profile is not None:
            out.append("sim_range")
        if self.max_peak_temperature is not None and (self.profile or self.range_profile):
            out.append("sim_peak_temperature")
        if self.max_charge_time is not None:
            out.append("sim_charge_time")
        return out


def _models(cells: Sequence[Cell]) -> list[CellModel | None]:
    out: list[CellModel | None] = []
    for cell in cells:
        try:
            out.append(cell_model(cell))
        except PackconfigError:
            out.append(None)
    return out


def _bisect(ok, n: int, increasing: bool) -> np.ndarray:
    """Per cell, the smallest N with ok (increasing) / the largest N with ok (decreasing),
    over 1..MAX_CELLS; ``ok(N array) -> bool array`` is evaluated for all cells at once.
    No such N: MAX_CELLS + 1 (increasing) or 0 (decreasing)."""
    lo, hi = np.zeros(n, dtype=np.int64), np.full(n, MAX_CELLS + 1, dtype=np.int64)
    # increasing: ok(lo) false, ok(hi) true; decreasing: ok(lo) true, ok(hi) false
    if not increasing:
        lo[:] = 0
    while np.any(hi - lo > 1):
        mid = (lo + hi) // 2
        good = ok(np.maximum(mid, 1))
        if increasing:
            hi, lo = np.where(good, mid, hi), np.where(good, lo, mid)
        else:
            lo, hi = np.where(good, mid, lo), np.where(good, hi, mid)
    return hi if increasing else lo


def thresholds(cells: Sequence[Cell], reqs: SimRequirements
               ) -> dict[str, tuple[np.ndarray, bool]]:
    """Per active requirement: (N threshold per cell, True if N must be ≥ it else ≤)."""
    active = reqs.active()
    if not active:
        return {}
    models = _models(cells)
    usable = [i for i, m in enumerate(models) if m is not None]
    out: dict[str, tuple[np.ndarray, bool]] = {}
    todo = [m for m in models if m is not None]

    def run(profile: Profile, until_empty: bool, max_time: float | None = None):
        def fn(n_cells: np.ndarray):
            return simulate(todo, n_cells, 1, profile, thermal=reqs.thermal,
                            ambient=reqs.ambient, until_empty=until_empty,
                            keep_series=False,
                            **({"max_time": max_time} if max_time else {}))
        return fn

    def spread(values: np.ndarray, fail: int) -> np.ndarray:
        full = np.full(len(cells), fail, dtype=np.int64)
        full[usable] = values
        return full

    if not todo:
        return {key: (np.full(len(cells), MAX_CELLS + 1), key != "sim_charge_time")
                for key in active}
    if "sim_profile" in active:
        sim_fn = run(reqs.profile, False)
        n = _bisect(lambda k: np.array([r == "profile_complete"
                                        for r in sim_fn(k).end_reason]), len(todo), True)
        out["sim_profile"] = (spread(n, MAX_CELLS + 1), True)
    if "sim_range" in active:
        prof = reqs.range_profile
        per_pass = prof.duration
        dist = sum(float(s.distance.sum()) for s in prof.segments if s.distance is not None)
        t_need = per_pass * reqs.min_range / dist if dist > 0 else per_pass
        sim_fn = run(Profile(prof.name, prof.segments, True, prof.source), True,
                     t_need + 1.0)
        n = _bisect(lambda k: sim_fn(k).summary["distance"] >= reqs.min_range - 1e-6,
                    len(todo), True)
        out["sim_range"] = (spread(n, MAX_CELLS + 1), True)
    if "sim_peak_temperature" in active:
        sim_fn = run(reqs.profile or reqs.range_profile, False)
        n = _bisect(lambda k: sim_fn(k).summary["max_temperature"]
                    <= reqs.max_peak_temperature, len(todo), True)
        out["sim_peak_temperature"] = (spread(n, MAX_CELLS + 1), True)
    if "sim_charge_time" in active:
        def ok(k: np.ndarray) -> np.ndarray:
            res = charge(todo, k, 1, 0.1, 0.8, charger_power=reqs.charger_power,
                         ambient=reqs.ambient, thermal=reqs.thermal,
                         max_time=reqs.max_charge_time + 10.0)
            t = res.charge_time
            return np.where(np.isnan(t), False, t <= reqs.max_charge_time)
        n = _bisect(ok, len(todo), False)
        out["sim_charge_time"] = (spread(n, 0), False)
    return out


def feasible(n_cells: np.ndarray, idx: np.ndarray, limit: tuple[np.ndarray, bool]
             ) -> np.ndarray:
    """Whether candidates (cell index ``idx``, N = S·P) meet one requirement."""
    bound, at_least = limit
    return n_cells >= bound[idx] if at_least else n_cells <= bound[idx]


def describe(reqs: SimRequirements) -> list[str]:
    """The simulated requirements as ``name value`` texts."""
    out = []
    if reqs.profile is not None:
        out.append(f"runs {reqs.profile.name}")
    if reqs.min_range is not None and reqs.range_profile is not None:
        out.append(f"range on {reqs.range_profile.name} >= {reqs.min_range / 1e3:g} km")
    if reqs.max_peak_temperature is not None:
        out.append(f"peak temperature <= {reqs.max_peak_temperature - 273.15:g} degC at "
                   f"{reqs.ambient - 273.15:g} degC")
    if reqs.max_charge_time is not None:
        power = "unlimited" if reqs.charger_power is None or math.isinf(
            reqs.charger_power) else f"{reqs.charger_power / 1e3:g} kW"
        out.append(f"10-80 % in <= {reqs.max_charge_time / 60:g} min on {power}")
    return out
