"""Running a profile on packs: :func:`simulate` and its :class:`SimResult`.

A design is (cell model, S, P); a uniform pack is its cell scaled: the cell carries
I/P (current loads), P_pack/(S·P) (power loads) or rate × capacity (C-rate loads), pack
voltage is S × the cell's. Busbar and contact resistances are not modelled. All arrays
are designs × time, SI (s, A, V, W, K, J, m); see docs/simulation.md for the API.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from packconfig.core.errors import InputError
from packconfig.core.sim import solver
from packconfig.core.sim.model import CellModel, cooling_h, kelvin
from packconfig.core.sim.profiles import C_RATE, CURRENT, POWER, Profile, Segment
from packconfig.core.units import Quantity

MAX_TIME = 100 * 3600.0  # a repeating run stops after this (s)
MAX_BLOCK_STEPS = 400_000
BLOCK_PASSES = 8  # passes per solver call: short horizons settle in fewer sweeps
SERIES = ("time", "current", "voltage", "power", "soc", "temperature", "heat")
END_TEXT = {
    "cutoff_voltage": "cut-off voltage reached",
    "power_limit": "power not deliverable (voltage collapse)",
    "over_temperature": "maximum cell temperature reached",
    "under_temperature": "below the minimum discharge temperature",
    "empty": "empty (SOC 0)",
    "full": "full (SOC 100 %)",
    "step_limit": "step limit reached",
    "profile_complete": "profile complete",
    "time_limit": "time limit reached (the load does not empty the pack)",
}


@dataclass(frozen=True)
class Conditions:
    thermal: str
    h: float  # W/(m²·K)
    ambient: float  # K
    initial_soc: float
    initial_temperature: float  # K
    dt: float  # s


@dataclass
class SimResult:
    """Time series per design (rows, NaN after ``length``) and summary arrays (n,)."""

    models: tuple[CellModel, ...]
    series: np.ndarray  # (n,) S
    parallel: np.ndarray  # (n,) P
    profile: str
    conditions: Conditions
    heat_transfer: np.ndarray  # (n,) W/K per cell (h·A)
    length: np.ndarray  # (n,) valid samples per row
    end_reason: list[str]
    data: dict[str, np.ndarray] = field(default_factory=dict)  # SERIES keys, pack level
    summary: dict[str, np.ndarray] = field(default_factory=dict)

    def __getattr__(self, name: str) -> np.ndarray:
        if name in SERIES:
            return self.__dict__["data"][name]
        raise AttributeError(name)

    def row(self, i: int, name: str) -> np.ndarray:
        """Series ``name`` of design ``i`` without the padding."""
        return self.data[name][i, :self.length[i]]


def _per_design(value: int | Sequence[int] | np.ndarray, n: int, name: str) -> np.ndarray:
    arr = np.broadcast_to(np.asarray(value, dtype=np.int64), (n,)).copy()
    if np.any(arr < 1):
        raise InputError(f"{name} must be at least 1").coded("too_small", name=name, got=0)
    return arr


def _cell_load(seg: Segment, reps: int, st: solver.Stack, s: np.ndarray, p: np.ndarray
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    kind = np.tile(seg.kind, reps)
    value = np.tile(seg.value, reps)
    cell = np.empty((st.n, kind.size))
    scale_i = 1.0 / p
    scale_p = 1.0 / (s * p)
    scale_c = st.capacity / 3600.0
    for code, scale in ((CURRENT, scale_i), (POWER, scale_p), (C_RATE, scale_c)):
        mask = kind == code
        if mask.any():
            cell[:, mask] = value[mask][None, :] * scale[:, None]
    solver_kind = np.where(kind == POWER, 1, 0)[None, :]
    return solver_kind, cell, np.tile(seg.dt, reps)


@dataclass
class _State:
    z: np.ndarray
    v: np.ndarray  # (K, n)
    temp: np.ndarray
    time: np.ndarray
    active: np.ndarray
    reason: list[str]
    guess: tuple[np.ndarray, np.ndarray] | None = None


class _Collector:
    """Per design: chunks of series and running sums."""

    def __init__(self, n: int):
        self.chunks: list[list[tuple[np.ndarray, ...]]] = [[] for _ in range(n)]
        names = ("delivered", "regen", "losses", "chemical", "distance", "peak_power",
                 "peak_current")
        self.sums = {k: np.zeros(n) for k in names}
        self.sums["min_voltage"] = np.full(n, np.inf)
        self.sums["max_temperature"] = np.full(n, -np.inf)
        self.final: list[tuple[float, ...] | None] = [None] * n


def _advance(st: solver.Stack, seg: Segment, reps: int, state: _State, s: np.ndarray,
             p: np.ndarray, ha: np.ndarray, ambient: np.ndarray, out: _Collector,
             keep_series: bool) -> np.ndarray:
    """Run one (tiled) segment for the active designs; returns step-limit hits (n,)."""
    kind, load, dt = _cell_load(seg, reps, st, s, p)
    guess = None
    if state.guess is not None and state.guess[0].shape[1] == seg.steps:
        cur0, temp0 = state.guess  # the previous pass of the same segment, tiled
        drift = temp0[:, -1:] - temp0[:, :1]
        temps = np.concatenate([temp0[:, :-1] + drift * r for r in range(reps)]
                               + [temp0[:, -1:] + drift * (reps - 1)], axis=1)
        guess = (np.tile(cur0, reps), temps - temp0[:, :1] + state.temp[:, None])
    traj = solver.picard(st, kind, load, dt, state.z, state.v, state.temp, ambient, ha,
                         guess)
    if traj is None:
        traj = solver.sequential(st, kind, load, dt, state.z, state.v, state.temp, ambient, ha)
    look, cur = traj.look, traj.current
    if len(profile_segments := [seg]) == 1:
        n_seg = profile_segments[0].steps
        state.guess = (cur[:, -n_seg:].copy(), traj.temp[:, -n_seg - 1:].copy())
    k = st.rc_r.shape[0]
    e = look.ocv - traj.v[:, :, :-1].sum(axis=0) if k else look.ocv
    volt = e - look.r0 * cur
    hard = solver.hard_events(st, cur, volt, look.ze, traj.temp[:, :-1], traj.short)
    steps = cur.shape[1]
    lim = seg.limits
    step_hit = np.zeros_like(cur, dtype=bool)
    if lim.voltage_below is not None:
        step_hit |= volt * s[:, None] < lim.voltage_below
    if lim.voltage_above is not None:
        step_hit |= volt * s[:, None] > lim.voltage_above
    if lim.soc_below is not None:
        step_hit |= look.ze <= lim.soc_below
    if lim.soc_above is not None:
        step_hit |= look.ze >= lim.soc_above
    any_hard = hard.any(axis=0)
    first_hard = np.where(any_hard.any(axis=1), any_hard.argmax(axis=1), steps)
    first_step = np.where(step_hit.any(axis=1), step_hit.argmax(axis=1), steps)
    end = np.minimum(first_hard, first_step)
    # OCV at each step's end = at the next step's start; only the last one is new
    last = solver.lookup(st, traj.z[:, -1], traj.temp[:, -1]).ocv
    ocv_end = np.concatenate([look.ocv[:, 1:], last[:, None]], axis=1)
    dt2 = dt[None, :]
    ocv_mid = 0.5 * (look.ocv + ocv_end)
    chem = cur * dt2 * ocv_mid
    delivered = chem - cur * cur * look.r0 * dt2 - cur * traj.v_int
    dist = np.tile(seg.distance, reps)[None, :] if seg.distance is not None else None
    live = np.arange(steps)[None, :] < end[:, None]
    pack_power = volt * cur * (s * p)[:, None]
    for key, arr in (("delivered", np.where(delivered > 0, delivered, 0.0)),
                     ("regen", np.where(delivered < 0, -delivered, 0.0)),
                     ("losses", traj.heat), ("chemical", chem)):
        out.sums[key] += np.where(live & state.active[:, None], arr, 0.0).sum(axis=1) * s * p
    if dist is not None:
        out.sums["distance"] += np.where(live & state.active[:, None], dist, 0.0).sum(axis=1)
    live_a = live & state.active[:, None]
    out.sums["peak_power"] = np.maximum(out.sums["peak_power"],
                                        np.where(live_a, pack_power, 0.0).max(axis=1))
    out.sums["peak_current"] = np.maximum(out.sums["peak_current"],
                                          np.where(live_a, cur * p[:, None], 0.0).max(axis=1))
    out.sums["min_voltage"] = np.minimum(out.sums["min_voltage"], np.where(
        live_a, volt * s[:, None], np.inf).min(axis=1))
    out.sums["max_temperature"] = np.maximum(out.sums["max_temperature"], np.where(
        live_a, traj.temp[:, :-1], -np.inf).max(axis=1))
    times = state.time[:, None] + np.concatenate([np.zeros((1, 1)), np.cumsum(dt2, axis=1)],
                                                 axis=1)
    for d in np.flatnonzero(state.active):
        j = int(end[d])
        if keep_series and j:
            out.chunks[d].append((times[d, :j], cur[d, :j] * p[d], volt[d, :j] * s[d],
                                  pack_power[d, :j], traj.z[d, :j], traj.temp[d, :j],
                                  traj.heat[d, :j] / dt[:j] * s[d] * p[d]))
        state.z[d], state.temp[d], state.time[d] = traj.z[d, j], traj.temp[d, j], times[d, j]
        state.v[:, d] = traj.v[:, d, j]
        if first_hard[d] <= j and j < steps:
            reason = solver.EVENTS[int(hard[:, d, j].argmax())]
            state.reason[d], state.active[d] = reason, False
            out.final[d] = (times[d, j], cur[d, j] * p[d], volt[d, j] * s[d],
                            pack_power[d, j], traj.z[d, j], traj.temp[d, j], 0.0)
    return (first_step < first_hard) & (first_step < steps)


def _rest_sample(st: solver.Stack, state: _State, d: int, s: np.ndarray) -> tuple:
    lk = solver.lookup(st, state.z[[d]] * np.ones(st.n), state.temp[[d]] * np.ones(st.n))
    e = lk.ocv[d] - state.v[:, d].sum()
    return (state.time[d], 0.0, e * s[d], 0.0, state.z[d], state.temp[d], 0.0)


def simulate(models: CellModel | Sequence[CellModel], series: int | Sequence[int],
             parallel: int | Sequence[int], profile: Profile, *, thermal: str = "air",
             ambient: float | Quantity = 298.15, initial_soc: float = 1.0,
             initial_temperature: float | Quantity | None = None,
             heat_transfer_coefficient: float | None = None,
             until_empty: bool = False, keep_series: bool = True,
             max_time: float = MAX_TIME) -> SimResult:
    """Run ``profile`` on every design (``models[i]``, ``series[i]``, ``parallel[i]``).

    ``ambient``/``initial_temperature``: kelvin floats or temperature quantities (the
    cells start at ambient by default). ``thermal``: none, air or liquid (h from
    resources/ecm.toml) unless ``heat_transfer_coefficient`` (W/(m²·K)) is given.
    ``until_empty`` repeats the profile until a cell limit ends the run (range).
    """
    models = (models,) if isinstance(models, CellModel) else tuple(models)
    if not models:
        raise InputError("simulate needs at least one design")
    n = len(models)
    s, p = _per_design(series, n, "series"), _per_design(parallel, n, "parallel")
    amb = kelvin(ambient, "ambient") if isinstance(ambient, Quantity) else float(ambient)
    if not 213.15 <= amb <= 373.15:
        raise InputError(f"ambient must be between -60 °C and 100 °C, got {amb - 273.15:.1f} "
                         "°C").coded("sim_temperature_range", name="ambient",
                                     got=f"{amb - 273.15:.1f} °C")
    t_init = amb if initial_temperature is None else (
        kelvin(initial_temperature, "initial_temperature")
        if isinstance(initial_temperature, Quantity) else float(initial_temperature))
    if isinstance(initial_soc, bool) or not 0.0 <= float(initial_soc) <= 1.0:
        raise InputError(f"initial SOC must be a fraction 0..1, got {initial_soc!r}").coded(
            "sim_fraction", name="initial SOC", got=initial_soc)
    h = cooling_h(thermal) if heat_transfer_coefficient is None else float(
        heat_transfer_coefficient)
    if not (math.isfinite(h) and h >= 0):
        raise InputError("the heat-transfer coefficient must be >= 0").coded(
            "sim_positive", name="heat-transfer coefficient")
    st = solver.stack(list(models))
    ha = np.array([m.area for m in models]) * h
    state = _State(np.full(n, float(initial_soc)), np.zeros((st.rc_r.shape[0], n)),
                   np.full(n, t_init), np.zeros(n), np.ones(n, dtype=bool),
                   ["profile_complete"] * n)
    out = _Collector(n)
    ambient_arr = np.full(n, amb)
    repeat = until_empty or profile.repeat
    z_start = state.z.copy()
    passes = 0
    while state.active.any():
        reps = 1
        if repeat and passes:
            drop = np.maximum(z_start - state.z, 1e-12) / passes
            need = np.ceil(state.z / drop).max(where=state.active, initial=1.0) + 1
            per_pass = sum(seg.steps for seg in profile.segments)
            left = (max_time - state.time.min(where=state.active, initial=max_time)
                    ) / max(profile.duration, 1e-9)  # passes until the time limit
            reps = int(max(1, min(need, np.ceil(left), BLOCK_PASSES,
                                  MAX_BLOCK_STEPS // max(per_pass, 1))))
        for seg in profile.segments:
            if not state.active.any():
                break
            _advance(st, seg, reps, state, s, p, ha, ambient_arr, out, keep_series)
        passes += reps
        if not repeat:
            break
        over = state.active & (state.time >= max_time)
        for d in np.flatnonzero(over):
            state.reason[d], state.active[d] = "time_limit", False
    for d in range(n):
        if out.final[d] is None:
            out.final[d] = _rest_sample(st, state, d, s)
    return _assemble(models, s, p, profile, Conditions(thermal, h, amb, float(initial_soc),
                                                       t_init, float(np.mean(
                                                           profile.segments[0].dt))),
                     ha, state, out, keep_series, st)


def _assemble(models, s, p, profile, cond, ha, state, out, keep_series, st) -> SimResult:
    n = len(models)
    rows = []
    for d in range(n):
        parts = out.chunks[d]
        cols = [np.concatenate([c[i] for c in parts] + [np.array([out.final[d][i]])])
                for i in range(len(SERIES))] if keep_series else [
            np.array([v]) for v in out.final[d]]
        rows.append(cols)
    length = np.array([r[0].size for r in rows])
    width = int(length.max())
    data = {}
    for i, name in enumerate(SERIES):
        arr = np.full((n, width), np.nan)
        for d in range(n):
            arr[d, :length[d]] = rows[d][i]
        data[name] = arr
    sums = out.sums
    net = sums["delivered"] - sums["regen"]
    dist = sums["distance"]
    empty = np.array([r in ("cutoff_voltage", "power_limit", "empty") for r in state.reason])
    summary = {
        "energy_delivered": net,
        "energy_discharged": sums["delivered"],
        "energy_regenerated": sums["regen"],
        "losses": sums["losses"],
        "efficiency": np.divide(net, sums["chemical"], out=np.full(n, np.nan),
                                where=np.abs(sums["chemical"]) > 0),
        "distance": dist,
        "range": np.where(empty & (dist > 0), dist, np.nan),
        "consumption": np.divide(net, dist, out=np.full(n, np.nan), where=dist > 0),
        "min_voltage": np.minimum(sums["min_voltage"], np.array([f[2] for f in out.final])),
        "cutoff_voltage": st.v_min * s,
        "max_temperature": np.maximum(sums["max_temperature"],
                                      np.array([f[5] for f in out.final])),
        "temperature_limit": st.t_discharge[1].copy(),
        "final_soc": state.z.copy(),
        "duration": state.time.copy(),
        "peak_power": sums["peak_power"],
        "peak_current": sums["peak_current"],
        "rated_current": np.array([m.discharge_current for m in models]) * p,
    }
    return SimResult(tuple(models), s, p, profile.name, cond, ha, length, list(state.reason),
                     data, summary)
