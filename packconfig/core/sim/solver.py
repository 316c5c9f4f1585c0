"""The time-domain solver: one discrete ECM + lumped-thermal scheme, two engines.

Per step j of length dt (load held constant over the step, parameters taken at the
state at the start of the step), per cell and for every design at once:

* lookups at (z_eff, T): κ = capacity_factor(T), z_eff = 1 − (1 − z)/κ, OCV(z_eff),
  R0, Rk, Ck (linear in SOC and temperature, clamped at the table ends);
* E = OCV − Σ v_k; the current I: given (current mode), or the root of R0·I² − E·I + P = 0
  nearer zero (power mode; no root = the power is not deliverable);
  a charging current (I < 0) is limited by the cell's charge current × derating(T), by
  V ≤ v_max, and is zero outside the charge temperature window;
* terminal voltage V = E − R0·I;
* exact updates: z ← z − I·dt/Q; v_k ← a·v_k + Rk·(1 − a)·I with a = exp(−dt/(Rk·Ck));
  T ← T + (q/(m·cp) − β·(T − T_amb))·(1 − e^{−β·dt})/β with β = h·A/(m·cp), q the step's
  mean heat: I²·R0 plus the RC branches' exact resistive loss.

:func:`picard` solves the whole trajectory at once (arrays designs × time): given a
guess of the currents and temperatures it evaluates every step's algebra in one go,
updates the linear states with an exact closed-form scan and repeats until nothing
changes (a fixed point of exactly the scheme above). :func:`sequential` steps the same
scheme one step at a time (numpy across designs), for charging and as the fallback when
the fixed point does not settle. See docs/simulation.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from packconfig.core.errors import InputError
from packconfig.core.sim.model import CellModel

MAX_PICARD = 40
TOL_CURRENT = 1e-8  # relative change of every step's current between sweeps
TOL_TEMPERATURE = 1e-6  # K
SCAN_SPAN = 400.0  # largest exponent span inside one scan block (e^400 fits a float64)


@dataclass(frozen=True)
class Stack:
    """Cell models of n designs as arrays (tables share one grid)."""

    n: int
    soc0: float
    dsoc: float
    nz: int
    t0: float
    dt_grid: float
    nt: int
    ocv: np.ndarray  # (n, nz)
    r0: np.ndarray  # (n, nz*nT)
    rc_r: np.ndarray  # (K, n, nz*nT)
    rc_c: np.ndarray  # (K, n, nz*nT)
    capf: np.ndarray  # (n, nT)
    capacity: np.ndarray  # (n,) C
    heat_capacity: np.ndarray  # (n,) J/K
    v_min: np.ndarray
    v_max: np.ndarray
    i_charge: np.ndarray  # (n,) A, NaN unknown
    t_charge: np.ndarray  # (2, n) K
    t_discharge: np.ndarray  # (2, n) K
    derate: tuple[np.ndarray, np.ndarray, np.ndarray]  # (m, n) each: from K, to K, factor


def _uniform(grid: np.ndarray, name: str) -> tuple[float, float]:
    step = np.diff(grid)
    if not np.allclose(step, step[0], rtol=1e-9, atol=1e-12):
        raise InputError(f"the {name} grid of the cell model must be uniform")
    return float(grid[0]), float(step[0])


def stack(models: list[CellModel] | tuple[CellModel, ...]) -> Stack:
    """Arrays over designs from their cell models (RC pairs padded with R = 0)."""
    first = models[0]
    for m in models[1:]:
        if not (np.array_equal(m.soc, first.soc) and np.array_equal(m.temperature,
                                                                    first.temperature)):
            raise InputError("all cell models of one run must share the SOC/temperature grid")
    soc0, dsoc = _uniform(first.soc, "SOC")
    t0, dtg = _uniform(first.temperature, "temperature")
    nz, nt, n = first.soc.size, first.temperature.size, len(models)
    k = max(m.rc_r.shape[0] for m in models)
    rc_r = np.zeros((k, n, nz * nt))
    rc_c = np.ones((k, n, nz * nt))
    for d, m in enumerate(models):
        for j in range(m.rc_r.shape[0]):
            rc_r[j, d] = m.rc_r[j].ravel()
            rc_c[j, d] = m.rc_c[j].ravel()
    width = max((m.charge_derating[0].size for m in models if m.charge_derating), default=0)
    der = [np.zeros((width, n)), np.zeros((width, n)), np.ones((width, n))]
    for d, m in enumerate(models):
        if m.charge_derating is not None:
            w = m.charge_derating[0].size
            for arr, src in zip(der, m.charge_derating, strict=True):
                arr[:w, d] = src
            der[0][w:, d], der[1][w:, d] = 1e9, 1e9  # unused rows never match
        else:
            der[0][:, d], der[1][:, d] = 1e9, 1e9

    def col(name: str) -> np.ndarray:
        return np.array([getattr(m, name) for m in models], dtype=float)

    return Stack(
        n=n, soc0=soc0, dsoc=dsoc, nz=nz, t0=t0, dt_grid=dtg, nt=nt,
        ocv=np.array([m.ocv for m in models]), r0=np.array([m.r0.ravel() for m in models]),
        rc_r=rc_r, rc_c=rc_c, capf=np.array([m.capacity_factor for m in models]),
        capacity=col("capacity"), heat_capacity=np.array([m.heat_capacity for m in models]),
        v_min=col("v_min"), v_max=col("v_max"), i_charge=col("charge_current"),
        t_charge=np.array([m.t_charge for m in models]).T,
        t_discharge=np.array([m.t_discharge for m in models]).T,
        derate=(der[0], der[1], der[2]),
    )


def _expand(a: np.ndarray, like: np.ndarray) -> np.ndarray:
    """A per-design (n,) array broadcast against (n,) or (n, N)."""
    return a if like.ndim == 1 else a[:, None]


@dataclass
class Lookup:
    ze: np.ndarray
    ocv: np.ndarray
    r0: np.ndarray
    rc_r: np.ndarray  # (K, ...)
    rc_c: np.ndarray


def _shifted(flat: np.ndarray, step: int) -> np.ndarray:
    """f[i + step] for every i (zero past the end; never read there)."""
    out = np.zeros(flat.size)
    out[:-step] = flat[step:]
    return out


def _packed(s: Stack) -> tuple:
    """Tables arranged for plain 1-D gathers (the fastest numpy indexing): capacity
    factor and OCV with their right neighbours, and the four corners of R0, Rk, Ck.
    Cached on the stack."""
    cached = s.__dict__.get("_packed")
    if cached is not None:
        return cached
    capf, ocv = s.capf.ravel(), s.ocv.ravel()
    tables = [s.r0] + [s.rc_r[k] for k in range(s.rc_r.shape[0])] + \
        [s.rc_c[k] for k in range(s.rc_c.shape[0])]
    corners = []
    for table in tables:
        f = np.ascontiguousarray(table.ravel())
        corners.append((f, _shifted(f, 1), _shifted(f, s.nt), _shifted(f, s.nt + 1)))
    packed = ((capf, _shifted(capf, 1)), (ocv, _shifted(ocv, 1)), corners)
    object.__setattr__(s, "_packed", packed)
    return packed


def lookup(s: Stack, z: np.ndarray, temp: np.ndarray) -> Lookup:
    """Table values at SOC ``z`` and temperature ``temp`` (arrays (n,) or (n, N))."""
    (c0, c1), (o0, o1), corners = _packed(s)
    rows = np.arange(s.n) if z.ndim == 1 else np.arange(s.n)[:, None]
    xt = np.minimum(np.maximum((temp - s.t0) * (1.0 / s.dt_grid), 0.0), s.nt - 1.0)
    it = np.minimum(xt.astype(np.intp), s.nt - 2)
    wt = xt - it
    i = rows * s.nt + it
    a = c0[i]
    kap = a + (c1[i] - a) * wt
    ze = np.minimum(np.maximum(1.0 - (1.0 - z) / kap, 0.0), 1.0)
    xz = np.minimum(np.maximum((ze - s.soc0) * (1.0 / s.dsoc), 0.0), s.nz - 1.0)
    iz = np.minimum(xz.astype(np.intp), s.nz - 2)
    wz = xz - iz
    i = rows * s.nz + iz
    a = o0[i]
    ocv = a + (o1[i] - a) * wz
    i = (rows * s.nz + iz) * s.nt + it
    vals = []
    for f00, f01, f10, f11 in corners:
        a, b = f00[i], f10[i]
        lo = a + (f01[i] - a) * wt
        vals.append(lo + (b + (f11[i] - b) * wt - lo) * wz)
    k = s.rc_r.shape[0]
    shape = (0,) + z.shape
    rc_r = np.array(vals[1:1 + k]) if k else np.zeros(shape)
    rc_c = np.array(vals[1 + k:]) if k else np.zeros(shape)
    return Lookup(ze, ocv, vals[0], rc_r, rc_c)


def charge_limit(s: Stack, temp: np.ndarray) -> np.ndarray:
    """Largest charging current magnitude per cell (A) at ``temp``: the cell's limit ×
    the derating factor of the interval holding ``temp``; 0 outside the charge window;
    unknown limit = no current limit (the voltage limit still applies)."""
    lo, hi = _expand(s.t_charge[0], temp), _expand(s.t_charge[1], temp)
    limit = np.where(np.isnan(s.i_charge), np.inf, s.i_charge)
    out = _expand(limit, temp) * np.ones_like(temp)
    f_lo, f_hi, fac = s.derate
    for row in range(f_lo.shape[0]):
        inside = (temp >= _expand(f_lo[row], temp)) & (temp < _expand(f_hi[row], temp))
        out = np.where(inside, out * _expand(fac[row], temp), out)
    return np.where((temp < lo) | (temp > hi), 0.0, out)


def currents(s: Stack, kind: np.ndarray, load: np.ndarray, e: np.ndarray, r0: np.ndarray,
             temp: np.ndarray, extra_charge_limit: np.ndarray | None = None,
             cv: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Cell current per step for ``load`` (A where ``kind`` is 0, W where 1) and whether
    the power was not deliverable. Charging currents are limited (module docstring);
    ``cv=False`` leaves out the V ≤ v_max limit (the caller checks it)."""
    disc = e * e - 4.0 * r0 * load
    short = disc < 0
    root = np.sqrt(np.where(short, 0.0, disc))
    i_pow = np.where(short, e / (2.0 * r0), 2.0 * load / (e + root))
    current = np.where(kind == 1, i_pow, load)
    if not (current < 0).any():
        return current, short & (kind == 1)
    lim = charge_limit(s, temp)
    if extra_charge_limit is not None:
        lim = np.minimum(lim, extra_charge_limit)
    floor = np.maximum(-lim, (e - _expand(s.v_max, e)) / r0) if cv else -lim
    current = np.where(current < 0, np.maximum(current, np.minimum(floor, 0.0)), current)
    return current, short & (kind == 1)


def scan(lna: np.ndarray, b: np.ndarray, x0: np.ndarray) -> np.ndarray:
    """x[0] = x0, x[j+1] = exp(lna[j])·x[j] + b[j] along the last axis, in closed form
    (blocks keep the exponentials inside float range). Returns x[0..N] (n, N+1)."""
    n, steps = b.shape
    c = np.zeros((n, steps + 1))
    np.cumsum(-np.maximum(lna, -40.0), axis=1, out=c[:, 1:])
    out = np.empty((n, steps + 1))
    out[:, 0] = x0
    cmax = c.max(axis=0)
    start = 0
    while start < steps:
        stop = int(np.searchsorted(cmax, cmax[start] + SCAN_SPAN, side="right")) - 1
        stop = min(max(stop, start + 1), steps)
        rel = c[:, start + 1:stop + 1] - c[:, start:start + 1]
        acc = np.cumsum(b[:, start:stop] * np.exp(rel), axis=1)
        out[:, start + 1:stop + 1] = np.exp(-rel) * (out[:, start:start + 1] + acc)
        start = stop
    return out


def rc_loss(i: np.ndarray, v0: np.ndarray, v1: np.ndarray, r: np.ndarray, c: np.ndarray,
            a: np.ndarray, dt: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(∫v dt, resistive loss in J) of one RC branch over a step with constant current
    ``i`` (power into the branch minus the change of the capacitor's energy)."""
    tau = r * c
    v_inf = r * i
    integral = v_inf * dt + (v0 - v_inf) * tau * (1.0 - a)
    return integral, i * integral - 0.5 * c * (v1 * v1 - v0 * v0)


@dataclass
class Trajectory:
    """States at step starts (and the final state) and the step quantities, per cell."""

    current: np.ndarray  # (n, N) A
    z: np.ndarray  # (n, N+1)
    temp: np.ndarray  # (n, N+1) K
    v: np.ndarray  # (K, n, N+1) V
    look: Lookup  # at step starts (n, N)
    short: np.ndarray  # (n, N) power not deliverable
    heat: np.ndarray  # (n, N) J (resistive, per step)
    v_int: np.ndarray  # (n, N) V·s (Σ ∫v_k dt per step)


def _thermal(s: Stack, q_joule: np.ndarray, dt: np.ndarray, t0: np.ndarray,
             ambient: np.ndarray, ha: np.ndarray) -> np.ndarray:
    beta = ha / s.heat_capacity
    bd = beta[:, None] * dt[None, :]
    g = np.where(bd > 0, -np.expm1(-bd) / np.where(beta > 0, beta, 1.0)[:, None], dt[None, :])
    b = (q_joule / dt[None, :] / s.heat_capacity[:, None] + (beta * ambient)[:, None]) * g
    return scan(-bd, b, t0)


def _branches(s: Stack, look: Lookup, current: np.ndarray, dt: np.ndarray, v0: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """RC states (K, n, N+1), Σ∫v dt and Σ branch losses (n, N)."""
    k = look.rc_r.shape[0]
    v = np.zeros((k,) + (current.shape[0], current.shape[1] + 1))
    v_int = np.zeros_like(current)
    loss = np.zeros_like(current)
    for j in range(k):
        r, c = look.rc_r[j], look.rc_c[j]
        tau = r * c
        lna = np.where(tau > 0, -dt / np.where(tau > 0, tau, 1.0), -np.inf)
        a = np.exp(lna)
        v[j] = scan(lna, r * (1.0 - a) * current, v0[j])
        integ, lo = rc_loss(current, v[j][:, :-1], v[j][:, 1:], r, c, a, dt)
        v_int += integ
        loss += lo
    return v, v_int, loss


def picard(s: Stack, kind: np.ndarray, load: np.ndarray, dt: np.ndarray, z0: np.ndarray,
           v0: np.ndarray, t0: np.ndarray, ambient: np.ndarray, ha: np.ndarray,
           guess: tuple[np.ndarray, np.ndarray] | None = None, cv: bool = True
           ) -> Trajectory | None:
    """The whole trajectory by fixed-point iteration (module docstring); ``None`` if it
    does not settle in :data:`MAX_PICARD` sweeps (the caller then steps sequentially).
    ``guess`` = (currents (n, N), temperatures (n, N+1)) to start from; ``cv=False``
    drops the V ≤ v_max limit of charging currents (constant-current charging)."""
    n, steps = load.shape
    dt2 = dt[None, :]
    k = s.rc_r.shape[0]
    v = np.repeat(v0[:, :, None], steps + 1, axis=2) if k else np.zeros((0, n, steps + 1))
    if guess is not None:
        current, temp = guess
        z = np.empty((n, steps + 1))
        z[:, 0] = z0
        np.cumsum(-current * dt2 / s.capacity[:, None], axis=1, out=z[:, 1:])
        z[:, 1:] += z0[:, None]
        look = lookup(s, z[:, :-1], temp[:, :-1])
        v = _branches(s, look, current, dt2, v0)[0]
    else:
        temp = np.repeat(t0[:, None], steps + 1, axis=1)
        current = np.where(kind == 1, load / np.maximum(s.ocv[:, -1:], 1e-3), load)
    last: tuple[float, float] | None = None
    for _sweep in range(MAX_PICARD):
        z = np.empty((n, steps + 1))
        z[:, 0] = z0
        np.cumsum(-current * dt2 / s.capacity[:, None], axis=1, out=z[:, 1:])
        z[:, 1:] += z0[:, None]
        look = lookup(s, z[:, :-1], temp[:, :-1])
        e = look.ocv - v[:, :, :-1].sum(axis=0) if k else look.ocv
        new, short = currents(s, kind, load, e, look.r0, temp[:, :-1], cv=cv)
        v, v_int, loss = _branches(s, look, new, dt2, v0)
        heat = new * new * look.r0 * dt2 + loss
        new_temp = _thermal(s, heat, dt, t0, ambient, ha)
        d_i = np.abs(new - current) / (np.abs(new) + 1e-6)
        d_t = np.abs(new_temp[:, :-1] - temp[:, :-1])
        current, temp = new, new_temp
        if d_i.max() > TOL_CURRENT or d_t.max() > TOL_TEMPERATURE:
            # steps after a design's first event need not settle
            end = first_event(s, new, e - look.r0 * new, look.ze, temp[:, :-1], short)
            after = np.arange(steps)[None, :] >= end[:, None]
            d_i, d_t = np.where(after, 0.0, d_i), np.where(after, 0.0, d_t)
        change = (float(d_i.max(initial=0.0)), float(d_t.max(initial=0.0)))
        # the sweeps contract geometrically: the error left after this sweep is about
        # change × ratio (ratio = this change / the previous one)
        done = change[0] <= TOL_CURRENT and change[1] <= TOL_TEMPERATURE
        if not done and last is not None and change[0] < last[0] and change[1] <= last[1]:
            done = (change[0] ** 2 / max(last[0], 1e-300) <= 0.1 * TOL_CURRENT
                    and change[1] ** 2 / max(last[1], 1e-300) <= 0.1 * TOL_TEMPERATURE)
        last = change
        if done:
            return Trajectory(current, z, temp, v, look, short, heat, v_int)
    return None


def first_event(s: Stack, current: np.ndarray, volt: np.ndarray, ze: np.ndarray,
                temp: np.ndarray, short: np.ndarray) -> np.ndarray:
    """Index of the first step whose start violates a hard cell limit (N if none)."""
    bad = hard_events(s, current, volt, ze, temp, short).any(axis=0)
    hit = bad.any(axis=1)
    return np.where(hit, bad.argmax(axis=1), bad.shape[1])


EVENTS = ("cutoff_voltage", "power_limit", "over_temperature", "under_temperature",
          "empty", "full")


def hard_events(s: Stack, current: np.ndarray, volt: np.ndarray, ze: np.ndarray,
                temp: np.ndarray, short: np.ndarray) -> np.ndarray:
    """(len(EVENTS), n, N) booleans, in the order of :data:`EVENTS`."""
    dis = current > 0
    return np.array([
        (volt < _expand(s.v_min, volt) - 1e-9) & ~short,
        short,
        temp > _expand(s.t_discharge[1], temp),
        dis & (temp < _expand(s.t_discharge[0], temp)),
        dis & (ze <= 1e-9),
        (current < 0) & (ze >= 1 - 1e-9),
    ])


def sequential(s: Stack, kind: np.ndarray, load: np.ndarray, dt: np.ndarray, z0: np.ndarray,
               v0: np.ndarray, t0: np.ndarray, ambient: np.ndarray, ha: np.ndarray,
               extra_charge_limit: np.ndarray | None = None,
               stop: object = None) -> Trajectory:
    """The same scheme one step at a time (numpy across designs). ``stop(j, z, I, V,
    ze)`` may return a boolean (n,) of designs that are done; the loop ends when all are
    (the remaining steps are NaN)."""
    n, steps = load.shape
    k = s.rc_r.shape[0]
    z = np.full((n, steps + 1), np.nan)
    temp = np.full((n, steps + 1), np.nan)
    v = np.full((k, n, steps + 1), np.nan)
    cur, heat, v_int = (np.full((n, steps), np.nan) for _ in range(3))
    short = np.zeros((n, steps), dtype=bool)
    looks = {name: np.full((n, steps), np.nan) for name in ("ze", "ocv", "r0")}
    rc_r, rc_c = np.full((k, n, steps), np.nan), np.full((k, n, steps), np.nan)
    z[:, 0], temp[:, 0], v[:, :, 0] = z0, t0, v0
    beta = ha / s.heat_capacity
    done = np.zeros(n, dtype=bool)
    for j in range(steps):
        h = dt[j]
        lk = lookup(s, z[:, j], temp[:, j])
        e = lk.ocv - v[:, :, j].sum(axis=0) if k else lk.ocv
        lim = None if extra_charge_limit is None else extra_charge_limit[:, j]
        i, sh = currents(s, kind[:, j] if kind.ndim == 2 else kind, load[:, j], e, lk.r0,
                         temp[:, j], lim)
        cur[:, j], short[:, j] = i, sh
        for name in looks:
            looks[name][:, j] = getattr(lk, name)
        rc_r[:, :, j], rc_c[:, :, j] = lk.rc_r, lk.rc_c
        z[:, j + 1] = z[:, j] - i * h / s.capacity
        q = i * i * lk.r0 * h
        vi = np.zeros(n)
        for m in range(k):
            tau = lk.rc_r[m] * lk.rc_c[m]
            a = np.where(tau > 0, np.exp(-h / np.where(tau > 0, tau, 1.0)), 0.0)
            v[m, :, j + 1] = a * v[m, :, j] + lk.rc_r[m] * (1 - a) * i
            integ, loss = rc_loss(i, v[m, :, j], v[m, :, j + 1], lk.rc_r[m], lk.rc_c[m], a, h)
            q, vi = q + loss, vi + integ
        heat[:, j], v_int[:, j] = q, vi
        g = np.where(beta > 0, -np.expm1(-beta * h) / np.where(beta > 0, beta, 1.0), h)
        temp[:, j + 1] = temp[:, j] + (q / h / s.heat_capacity - beta * (temp[:, j] - ambient)
                                       ) * g
        if stop is not None:
            done |= stop(j, z[:, j + 1], i, e - lk.r0 * i, lk.ze)
            if done.all():
                break
    look = Lookup(looks["ze"], looks["ocv"], looks["r0"], rc_r, rc_c)
    return Trajectory(cur, z, temp, v, look, short, heat, v_int)
