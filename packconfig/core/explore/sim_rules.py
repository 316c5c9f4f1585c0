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
  ``range_profile``, once) ≤ the limit at ``ambient``, the profile run to its end —
  N ≥ N_min;
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


def _margin(res, duration: float) -> np.ndarray:
    """How far a run is from failing, continuous and rising with N: for a finished run
    the smallest relative headroom to the cut-off voltage and to the temperature limit
    (per 50 K); for a stopped one the share of the profile it did not run, negated."""
    sm = res.summary
    done = np.array(res.end_reason) == "profile_complete"
    volt = (sm["min_voltage"] - sm["cutoff_voltage"]) / sm["cutoff_voltage"]
    temp = (sm["temperature_limit"] - sm["max_temperature"]) / 50.0
    return np.where(done, np.minimum(volt, temp), sm["duration"] / duration - 1.0)


def _search(g, lo: np.ndarray, hi: np.ndarray, at_least: bool, continuous: bool
            ) -> np.ndarray:
    """Per cell, the boundary of a requirement over N in [lo, hi] (arrays).

    ``g(k, N) -> margin`` evaluates cells ``k`` (indices, repeated for several N per
    cell) at cell counts ``N``, all in one vectorised run; ok ⇔ margin ≥ 0, monotone in
    N (rising if ``at_least``, else falling). Returns the smallest passing N
    (``at_least``; hi + 1 if none) or the largest (else; lo − 1 if none). Both ends are
    tried first (often deciding a cell at once); then regula falsi (Illinois) for a
    continuous margin, bisection otherwise; the bracket always holds the exact integer.
    """
    n = lo.size
    # oriented so that a is the end that fails first and b the end that passes first
    a, b = (lo.copy(), hi.copy()) if at_least else (hi.copy(), lo.copy())
    ga = g(np.arange(n), a)  # the common case: even this end passes, the cell is decided
    gb = np.full(n, np.inf)
    rest = np.flatnonzero(ga < 0)
    if rest.size:
        gb[rest] = g(rest, b[rest])
    none = (hi + 1) if at_least else (lo - 1)
    out = np.where(ga >= 0, a, none)  # all candidates pass when even the bad end passes
    todo = (ga < 0) & (gb >= 0)
    side = np.zeros(n, dtype=np.int8)
    while True:
        live = todo & (np.abs(b - a) > 1)
        if not live.any():
            break
        k = np.flatnonzero(live)
        la, lb = np.log(a[k]), np.log(b[k])  # cell counts span decades: work in log N
        w = np.full(k.size, 0.5)  # bisection in log N ...
        if continuous:  # ... unless both margins say where the boundary lies
            informative = gb[k] > 1e-2 * -ga[k]  # a capped (censored) pass says little
            w = np.where(informative, ga[k] / (ga[k] - gb[k]), w)
        guess = np.rint(np.exp(la + (lb - la) * w)).astype(np.int64)
        guess = np.clip(guess, np.minimum(a[k], b[k]) + 1, np.maximum(a[k], b[k]) - 1)
        val = g(k, guess)
        good = val >= 0
        keep_a, keep_b = good & (side[k] == 1), ~good & (side[k] == -1)
        ga[k] = np.where(good, np.where(keep_a, ga[k] / 2, ga[k]), val)
        gb[k] = np.where(good, val, np.where(keep_b, gb[k] / 2, gb[k]))
        b[k] = np.where(good, guess, b[k])
        a[k] = np.where(good, a[k], guess)
        side[k] = np.where(good, 1, -1)
    return np.where(todo, b, out)


class Decider:
    """Decides the simulated requirements for candidates (cell, N = S·P), searching a
    cell's threshold only where its candidates need it and remembering what is known:
    per requirement and cell the N known to pass and the N known to fail."""

    def __init__(self, cells: Sequence[Cell], reqs: SimRequirements):
        self.cells, self.reqs = tuple(cells), reqs
        self.keys = reqs.active()
        self._models: dict[int, CellModel | None] = {}
        n = len(self.cells)
        self.at_least = {key: key != "sim_charge_time" for key in self.keys}
        self.good = {key: np.full(n, MAX_CELLS + 1 if self.at_least[key] else 0,
                                  dtype=np.int64) for key in self.keys}
        self.bad = {key: np.full(n, 0 if self.at_least[key] else MAX_CELLS + 1,
                                 dtype=np.int64) for key in self.keys}
        self.margins = {"sim_profile": self._profile_margin,
                        "sim_peak_temperature": self._peak_margin,
                        "sim_range": self._range_margin,
                        "sim_charge_time": self._charge_margin}
        self.evaluated = 0  # designs simulated, for reports and benchmarks

    # ---- models and margins ----------------------------------------------------------
    def model(self, i: int) -> CellModel | None:
        if i not in self._models:
            self._models[i] = _models([self.cells[i]])[0]
        return self._models[i]

    def _run(self, profile: Profile, k: np.ndarray, n: np.ndarray, **kw):
        self.evaluated += len(k)
        return simulate([self.model(int(i)) for i in k], n, 1, profile,
                        thermal=self.reqs.thermal, ambient=self.reqs.ambient,
                        keep_series=False, **kw)

    def _profile_margin(self, k: np.ndarray, n: np.ndarray) -> np.ndarray:
        return _margin(self._run(self.reqs.profile, k, n), self.reqs.profile.duration)

    def _peak_margin(self, k: np.ndarray, n: np.ndarray) -> np.ndarray:
        prof = self.reqs.profile or self.reqs.range_profile
        res = self._run(prof, k, n)  # a run that cannot finish the profile does not count
        done = np.array(res.end_reason) == "profile_complete"
        return np.where(done, self.reqs.max_peak_temperature - res.summary["max_temperature"],
                        res.summary["duration"] / prof.duration - 1.0)

    def _range_margin(self, k: np.ndarray, n: np.ndarray) -> np.ndarray:
        prof = self.reqs.range_profile
        dist = sum(float(s.distance.sum()) for s in prof.segments if s.distance is not None)
        # a pass needs the distance only: the run stops there (its margin is then ~0)
        cap = prof.duration * 1.001 * self.reqs.min_range / dist if dist > 0 else \
            prof.duration
        res = self._run(Profile(prof.name, prof.segments, True, prof.source), k, n,
                        until_empty=True, max_time=cap)
        return res.summary["distance"] / self.reqs.min_range - 1.0

    def _charge_margin(self, k: np.ndarray, n: np.ndarray) -> np.ndarray:
        cap = self.reqs.max_charge_time * 2.0 + 60.0
        self.evaluated += len(k)
        res = charge([self.model(int(i)) for i in k], n, 1, 0.1, 0.8,
                     charger_power=self.reqs.charger_power, ambient=self.reqs.ambient,
                     thermal=self.reqs.thermal, max_time=cap)
        return self.reqs.max_charge_time - np.where(np.isnan(res.charge_time), cap,
                                                    res.charge_time)

    # ---- deciding -------------------------------------------------------------------
    def ensure(self, key: str, cell_idx: np.ndarray, nmin: np.ndarray, nmax: np.ndarray
               ) -> None:
        """Make every N in [nmin, nmax] of each cell decided for requirement ``key``."""
        good, bad, at_least = self.good[key], self.bad[key], self.at_least[key]
        if at_least:
            lo, hi = np.maximum(nmin, bad[cell_idx] + 1), np.minimum(nmax, good[cell_idx] - 1)
        else:
            lo, hi = np.maximum(nmin, good[cell_idx] + 1), np.minimum(nmax, bad[cell_idx] - 1)
        open_ = lo <= hi
        for j in np.flatnonzero(open_):  # cells with no model fail every N
            if self.model(int(cell_idx[j])) is None:
                bad[cell_idx[j]] = MAX_CELLS + 1 if at_least else 0
                open_[j] = False
        if not open_.any():
            return
        c, lo, hi = cell_idx[open_], lo[open_], hi[open_]
        found = _search(lambda k, n: self.margins[key](c[k], n), lo, hi, at_least, True)
        if at_least:  # found = smallest passing N in [lo, hi], hi + 1 if none
            some = found <= hi
            good[c[some]] = np.minimum(good[c[some]], found[some])
            known = some & (found > lo)
            bad[c[known]] = np.maximum(bad[c[known]], found[known] - 1)
            bad[c[~some]] = np.maximum(bad[c[~some]], hi[~some])
        else:  # found = largest passing N in [lo, hi], lo - 1 if none
            some = found >= lo
            good[c[some]] = np.maximum(good[c[some]], found[some])
            known = some & (found < hi)
            bad[c[known]] = np.minimum(bad[c[known]], found[known] + 1)
            bad[c[~some]] = np.minimum(bad[c[~some]], lo[~some])

    def mask(self, key: str, idx: np.ndarray, n_cells: np.ndarray) -> np.ndarray:
        """Whether candidates (cell ``idx``, N ``n_cells``) meet requirement ``key``."""
        if idx.size == 0:
            return np.zeros(0, dtype=bool)
        order = np.argsort(idx, kind="stable")
        cells, start = np.unique(idx[order], return_index=True)
        nmin = np.minimum.reduceat(n_cells[order], start)
        nmax = np.maximum.reduceat(n_cells[order], start)
        self.ensure(key, cells, nmin, nmax)
        good = self.good[key][idx]
        return n_cells >= good if self.at_least[key] else n_cells <= good


def thresholds(cells: Sequence[Cell], reqs: SimRequirements,
               ranges: dict[int, tuple[int, int]] | None = None
               ) -> dict[str, tuple[np.ndarray, bool]]:
    """Per active requirement: (N threshold per cell, True if N must be ≥ it else ≤),
    exact within each cell's ``ranges`` (cell index → smallest, largest N; default all
    of 1..MAX_CELLS)."""
    decider = Decider(cells, reqs)
    if ranges is None:
        ranges = {i: (1, MAX_CELLS) for i in range(len(cells))}
    idx = np.array(list(ranges), dtype=np.int64)
    nmin = np.array([ranges[i][0] for i in ranges], dtype=np.int64)
    nmax = np.array([ranges[i][1] for i in ranges], dtype=np.int64)
    out = {}
    for key in decider.keys:
        decider.ensure(key, idx, nmin, nmax)
        out[key] = (decider.good[key].copy(), decider.at_least[key])
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
