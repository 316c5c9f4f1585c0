"""A plain-Python, one-design, step-by-step implementation of the solver's scheme.

No numpy in the loop: scalar ``math`` only. It is the baseline the benchmark prints next
to the vectorised engines (benchmarks/bench_sim.py) and the independent re-statement
of the scheme the tests compare :func:`packconfig.core.sim.solver.picard` against.
Discharge profiles only (current or power per step, regen limited as in the solver).
"""

from __future__ import annotations

import math

from packconfig.core.sim.model import CellModel


class _Table:
    def __init__(self, m: CellModel):
        self.z0, self.dz, self.nz = float(m.soc[0]), float(m.soc[1] - m.soc[0]), m.soc.size
        self.t0 = float(m.temperature[0])
        self.dtg = float(m.temperature[1] - m.temperature[0])
        self.nt = m.temperature.size
        self.ocv = m.ocv.tolist()
        self.capf = m.capacity_factor.tolist()
        self.r0 = m.r0.tolist()
        self.rc = [(m.rc_r[k].tolist(), m.rc_c[k].tolist()) for k in range(m.rc_r.shape[0])]

    def index(self, x: float, x0: float, dx: float, size: int) -> tuple[int, float]:
        pos = min(max((x - x0) / dx, 0.0), size - 1.0)
        i = min(int(pos), size - 2)
        return i, pos - i

    def bilinear(self, tab: list, iz: int, wz: float, it: int, wt: float) -> float:
        lo = tab[iz][it] + (tab[iz][it + 1] - tab[iz][it]) * wt
        hi = tab[iz + 1][it] + (tab[iz + 1][it + 1] - tab[iz + 1][it]) * wt
        return lo + (hi - lo) * wz


def run(m: CellModel, kind: list[int], load: list[float], dt: list[float], z: float,
        temp: float, ambient: float, ha: float) -> dict[str, list[float] | int]:
    """Step the scheme; ``kind`` 0 = current (A), 1 = power (W), per cell. Stops at the
    first step whose start breaks a hard cell limit (as the solver's events)."""
    tb = _Table(m)
    cap, mcp = m.capacity, m.heat_capacity
    beta = ha / mcp
    v = [0.0] * len(tb.rc)
    out: dict[str, list[float] | int] = {"current": [], "voltage": [], "soc": [],
                                         "temperature": []}
    ilim = m.charge_current if not math.isnan(m.charge_current) else math.inf
    end = len(load)
    for j in range(len(load)):
        it, wt = tb.index(temp, tb.t0, tb.dtg, tb.nt)
        kap = tb.capf[it] + (tb.capf[it + 1] - tb.capf[it]) * wt
        ze = min(max(1.0 - (1.0 - z) / kap, 0.0), 1.0)
        iz, wz = tb.index(ze, tb.z0, tb.dz, tb.nz)
        ocv = tb.ocv[iz] + (tb.ocv[iz + 1] - tb.ocv[iz]) * wz
        r0 = tb.bilinear(tb.r0, iz, wz, it, wt)
        rcs = [(tb.bilinear(r, iz, wz, it, wt), tb.bilinear(c, iz, wz, it, wt))
               for r, c in tb.rc]
        e = ocv - sum(v)
        short = False
        if kind[j] == 1:
            disc = e * e - 4.0 * r0 * load[j]
            if disc < 0:
                i, short = e / (2.0 * r0), True
            else:
                i = 2.0 * load[j] / (e + math.sqrt(disc))
        else:
            i = load[j]
        if i < 0:
            lim = ilim if m.t_charge[0] <= temp <= m.t_charge[1] else 0.0
            if m.charge_derating is not None:
                for lo, hi, f in zip(*m.charge_derating, strict=True):
                    if lo <= temp < hi:
                        lim *= f
            i = max(i, min(max(-lim, (e - m.v_max) / r0), 0.0))
        volt = e - r0 * i
        if ((volt < m.v_min - 1e-9 and not short) or short or temp > m.t_discharge[1]
                or (i > 0 and temp < m.t_discharge[0]) or (i > 0 and ze <= 1e-9)
                or (i < 0 and ze >= 1 - 1e-9)):
            end = j
            break
        for name, value in (("current", i), ("voltage", volt), ("soc", z),
                            ("temperature", temp)):
            out[name].append(value)  # type: ignore[union-attr]
        h = dt[j]
        q = i * i * r0 * h
        for k, (r, c) in enumerate(rcs):
            tau = r * c
            a = math.exp(-h / tau) if tau > 0 else 0.0
            v_new = a * v[k] + r * (1.0 - a) * i
            v_inf = r * i
            integral = v_inf * h + (v[k] - v_inf) * tau * (1.0 - a)
            q += i * integral - 0.5 * c * (v_new * v_new - v[k] * v[k])
            v[k] = v_new
        g = -math.expm1(-beta * h) / beta if beta > 0 else h
        temp = temp + (q / h / mcp - beta * (temp - ambient)) * g
        z = z - i * h / cap
    out["end"] = end
    return out
