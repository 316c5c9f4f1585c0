"""CC-CV charging of packs: :func:`charge`.

Per step (the scheme of :mod:`packconfig.core.sim.solver`, stepped sequentially because
the constant-voltage phase feeds back on itself) the charging current is the smallest
of: the charger's power limit (DC power into the pack, shared by the S·P cells), the
cell's charge-current limit × the temperature derating of its chemistry (zero outside
the cell's charge temperature window), and the current that holds the cell at its
maximum voltage (the CV phase). The run ends at the target SOC, when the CV current
falls below the cut-off current (resources/ecm.toml, 0.05C), or when no current can
flow (outside the temperature window). Energy from the grid = energy into the pack /
charger efficiency. See docs/simulation.md.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from packconfig.core.errors import InputError, NotAvailable
from packconfig.core.sim import solver
from packconfig.core.sim.model import CellModel, cooling_h, kelvin
from packconfig.core.sim.params import ecm_data
from packconfig.core.units import Quantity

CHARGE_DT = 5.0  # s
MAX_CHARGE_TIME = 12 * 3600.0
CHARGE_END = {"target": "target SOC reached", "taper": "CV current below the cut-off",
              "temperature_window": "outside the charge temperature window",
              "time_limit": "time limit reached"}


@dataclass
class ChargeResult:
    """Charge curves (rows, NaN after ``length``) and per-design figures (SI)."""

    models: tuple[CellModel, ...]
    series: np.ndarray
    parallel: np.ndarray
    soc_from: float
    soc_to: float
    charger_power: float  # W (inf = no charger limit)
    charger_efficiency: float
    ambient: float  # K
    thermal: str
    length: np.ndarray
    end_reason: list[str]
    data: dict[str, np.ndarray]  # time, current (charging > 0), voltage, power, soc, temp
    charge_time: np.ndarray  # s to the target (NaN if not reached)
    energy_in: np.ndarray  # J into the pack
    energy_from_grid: np.ndarray  # J
    max_temperature: np.ndarray  # K

    def row(self, i: int, name: str) -> np.ndarray:
        return self.data[name][i, :self.length[i]]


def _temperature(value: float | Quantity, name: str) -> float:
    k = kelvin(value, name) if isinstance(value, Quantity) else float(value)
    if not 213.15 <= k <= 373.15:
        raise InputError(f"{name} must be between -60 °C and 100 °C").coded(
            "sim_temperature_range", name=name, got=f"{k - 273.15:.1f} °C")
    return k


def charge(models: CellModel | Sequence[CellModel], series: int | Sequence[int],
           parallel: int | Sequence[int], soc_from: float, soc_to: float, *,
           charger_power: float | None = None, ambient: float | Quantity = 298.15,
           thermal: str = "air", charger_efficiency: float | None = None,
           dt: float = CHARGE_DT, max_time: float = MAX_CHARGE_TIME) -> ChargeResult:
    """Charge every design from ``soc_from`` to ``soc_to`` (fractions), starting rested
    at ambient. ``charger_power``: DC power limit in W (``None`` = none)."""
    models = (models,) if isinstance(models, CellModel) else tuple(models)
    n = len(models)
    s = np.broadcast_to(np.asarray(series, dtype=np.int64), (n,)).astype(float)
    p = np.broadcast_to(np.asarray(parallel, dtype=np.int64), (n,)).astype(float)
    for name, frac in (("--from", soc_from), ("--to", soc_to)):
        if isinstance(frac, bool) or not 0.0 <= float(frac) <= 1.0:
            raise InputError(f"{name} must be a SOC fraction 0..1, got {frac!r}").coded(
                "sim_fraction", name=name, got=frac)
    if not soc_from < soc_to:
        raise InputError(f"--from {soc_from} must be below --to {soc_to}").coded(
            "sim_charge_order", low=soc_from, high=soc_to)
    power = math.inf if charger_power is None else float(charger_power)
    if not power > 0:
        raise InputError("the charger power must be greater than zero").coded(
            "sim_positive", name="charger power")
    eff = ecm_data().charger_efficiency.value if charger_efficiency is None else float(
        charger_efficiency)
    if not 0 < eff <= 1:
        raise InputError(f"charger efficiency must be in (0, 1], got {eff}").coded(
            "sim_fraction", name="charger efficiency", got=eff)
    amb = _temperature(ambient, "ambient")
    st = solver.stack(list(models))
    if math.isinf(power) and np.isnan(st.i_charge).any():
        raise NotAvailable("the cell has no charge-current figure: give a charger power"
                           ).coded("sim_no_charge_current")
    ha = np.array([m.area for m in models]) * cooling_h(thermal)
    steps = int(math.ceil(max_time / dt))
    if math.isinf(power):  # no charger limit: ask for any current; the cell limits cap it
        kind, cell_load = np.zeros(n, dtype=np.int64), np.full((n, steps), -1e30)
    else:
        kind = np.ones(n, dtype=np.int64)
        cell_load = np.full((n, steps), -power) / (s * p)[:, None]
    cutoff = ecm_data().cutoff_c_rate.value * st.capacity / 3600.0
    grid = np.full(steps, dt)
    z0, v0, t0 = np.full(n, soc_from), np.zeros((st.rc_r.shape[0], n)), np.full(n, amb)
    kind2 = np.broadcast_to(kind[:, None], (n, steps))
    # constant-current part in one vectorised run, the CV part step by step from there
    cc = solver.picard(st, kind2, cell_load, grid, z0, v0, t0, np.full(n, amb), ha,
                       cv=False)
    reasons, finish = [""] * n, np.full(n, -1)
    split = 0
    if cc is not None:
        split, _target = _cc_phase(st, cc, soc_to, reasons, finish)
    state = {"reason": reasons, "finish": finish, "offset": split}

    def stop(j: int, z: np.ndarray, i: np.ndarray, v: np.ndarray, ze: np.ndarray):
        reason = state["reason"]
        done = np.zeros(n, dtype=bool)
        for d in range(n):
            if not reason[d]:
                if z[d] >= soc_to - 1e-12:
                    reason[d] = "target"
                elif i[d] >= -1e-12:
                    reason[d] = "temperature_window"
                elif v[d] >= st.v_max[d] - 1e-6 and -i[d] < cutoff[d]:
                    reason[d] = "taper"
                if reason[d]:
                    state["finish"][d] = state["offset"] + j
            done[d] = bool(reason[d])
        return done

    if split < steps and not all(reasons):
        start = (cc.z[:, split], cc.v[:, :, split], cc.temp[:, split]) if split else (
            z0, v0, t0)
        seq = solver.sequential(st, kind, cell_load[:, split:], grid[split:], *start,
                                np.full(n, amb), ha, stop=stop)
        traj = _splice(cc, seq, split) if split else seq
    else:
        traj = cc
    return _result(models, s, p, soc_from, soc_to, power, eff, amb, thermal, st, traj,
                   reasons, finish, dt)


def _cc_phase(st: solver.Stack, cc: solver.Trajectory, soc_to: float, reasons: list[str],
              finish: np.ndarray) -> tuple[int, np.ndarray]:
    """Where the constant-current run stays valid: designs reaching the target before any
    design needs the voltage limit are finished; the rest continue step by step from
    the first step at which some design would exceed v_max (or no current flows)."""
    k = st.rc_r.shape[0]
    e = cc.look.ocv - (cc.v[:, :, :-1].sum(axis=0) if k else 0.0)
    volt = e - cc.look.r0 * cc.current
    steps = volt.shape[1]

    def first(mask: np.ndarray) -> np.ndarray:
        return np.where(mask.any(axis=1), mask.argmax(axis=1), steps)

    need_cv = first((volt > st.v_max[:, None] + 1e-9) | (cc.current >= -1e-12))
    target = first(cc.z[:, 1:] >= soc_to - 1e-12)
    split = int(need_cv.min())
    for d in np.flatnonzero(target < split):
        reasons[d], finish[d] = "target", target[d]
    return split, target


def _splice(cc: solver.Trajectory, seq: solver.Trajectory, j: int) -> solver.Trajectory:
    """The CC trajectory up to step ``j`` followed by the step-by-step one."""
    def cat(a: np.ndarray, b: np.ndarray, axis: int = -1) -> np.ndarray:
        return np.concatenate([a[..., :j], b], axis=axis)

    look = solver.Lookup(cat(cc.look.ze, seq.look.ze), cat(cc.look.ocv, seq.look.ocv),
                         cat(cc.look.r0, seq.look.r0), cat(cc.look.rc_r, seq.look.rc_r),
                         cat(cc.look.rc_c, seq.look.rc_c))
    return solver.Trajectory(cat(cc.current, seq.current), cat(cc.z, seq.z),
                             cat(cc.temp, seq.temp), cat(cc.v, seq.v), look,
                             cat(cc.short, seq.short), cat(cc.heat, seq.heat),
                             cat(cc.v_int, seq.v_int))


def _result(models, s, p, soc_from, soc_to, power, eff, amb, thermal, st, traj, reasons,
            finish, dt) -> ChargeResult:
    n = len(models)
    steps = traj.current.shape[1]
    ended = np.where(finish >= 0, finish + 1, steps)  # steps each design ran
    after = np.arange(steps)[None, :] >= ended[:, None]
    cur = np.where(after, np.nan, traj.current)
    k = st.rc_r.shape[0]
    e = traj.look.ocv - (traj.v[:, :, :-1].sum(axis=0) if k else 0.0)
    volt = e - traj.look.r0 * cur
    valid = ~np.isnan(cur)
    length = valid.sum(axis=1)
    time = np.arange(cur.shape[1]) * dt
    data = {
        "time": np.where(valid, time[None, :], np.nan),
        "current": -cur * p[:, None],
        "voltage": volt * s[:, None],
        "power": -cur * volt * (s * p)[:, None],
        "soc": np.where(after, np.nan, traj.z[:, :-1]),
        "temperature": np.where(after, np.nan, traj.temp[:, :-1]),
    }
    width = int(length.max()) if n else 0
    data = {key: arr[:, :width] for key, arr in data.items()}
    energy_in = np.nansum(data["power"], axis=1) * dt
    reached = np.array([r == "target" for r in reasons])
    return ChargeResult(
        tuple(models), s, p, soc_from, soc_to, power, eff, amb, thermal, length,
        [r or "time_limit" for r in reasons], data,
        np.where(reached, length * dt, np.nan), energy_in, energy_in / eff,
        np.nanmax(data["temperature"], axis=1))
