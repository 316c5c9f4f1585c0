"""The pack's own temperature rise at a daily duty, from core/sim's lumped thermal model.

A uniform pack's cells all carry the same C-rate, so the rise depends on the cell, the
duty (C-rates, depth of discharge, cycles per day), the cooling option and the ambient
only — not on S or P. :func:`duty_rise` simulates, for every cell model at once, the
day's cycling block: ``k = min(ceil(cycles per day), 3)`` cycles back to back, each a
constant-C-rate discharge from the top of the SOC window (``0.5 + DoD/2``) to its bottom
and a constant-C-rate charge back, starting at ambient. The rise is the time-mean cell
temperature over the cycling time minus the ambient; when the day has more cycles than
were simulated, the rest are taken at the last simulated cycle's mean (the block is then
close to periodic). See docs/life.md §4a.

The simulated window stays 2 % inside 0..1 (SOC 0 and 1 are run-ending events). Time
step 30 s, shorter at high C-rates (at most 0.5 % SOC per step): the scheme is exact
per step for the RC states and the lumped temperature at a constant load
(docs/simulation.md), and a cell's thermal time constant m·cp/(h·A) is many minutes.
A run a cell limit stops early (cut-off at the bottom of a deep window,
over-temperature) is averaged over what ran.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from packconfig.core.life.usage import MAX_RISE, Usage
from packconfig.core.sim import CellModel, simulate
from packconfig.core.sim.profiles import C_RATE, Profile, Segment, StepLimits

DT = 30.0  # s
MAX_SIMULATED_CYCLES = 3
SLACK = 1.5  # a segment may run this much longer than its nominal C-rate time
V_MARGIN_LOW, V_MARGIN_HIGH = 0.1, 0.01  # V inside the cell's voltage limits
SOC_EDGE = 0.02  # the simulated window stays this far inside 0..1 (SOC 0 / 1 are events)
SOC_PER_STEP = 0.005


def soc_limits(usage: Usage) -> tuple[float, float]:
    low, high = usage.soc_window
    return max(low, SOC_EDGE), min(high, 1.0 - SOC_EDGE)


def _segment(rate: float, hours: float, limits: StepLimits, dt: float) -> Segment:
    n = max(1, math.ceil(hours * 3600.0 * SLACK / dt))
    return Segment(np.full(n, C_RATE), np.full(n, rate), np.full(n, dt), limits=limits)


def time_step(usage: Usage) -> float:
    """30 s, shorter at high C-rates so that one step moves the SOC by at most 0.5 %."""
    return min(DT, 3600.0 * SOC_PER_STEP / max(usage.charge_rate, usage.discharge_rate))


def duty_profile(usage: Usage, cycles: int, v_min: float = 0.0, v_max: float = math.inf
                 ) -> Profile:
    """``cycles`` full duty cycles (discharge, then charge) in C-rate steps of one cell.

    Each half cycle ends at the SOC window's edge or just inside the cell's voltage
    limits (``v_min`` + 0.1 V, ``v_max`` − 10 mV), whichever comes first, as a
    datasheet test between the voltage limits does, so a 100 % window does not stop the
    run at the cut-off event."""
    low, high = soc_limits(usage)
    dt = time_step(usage)
    down = _segment(usage.discharge_rate, usage.dod / usage.discharge_rate,
                    StepLimits(soc_below=low, voltage_below=v_min + V_MARGIN_LOW), dt)
    up = _segment(-usage.charge_rate, usage.dod / usage.charge_rate,
                  StepLimits(soc_above=high, voltage_above=v_max - V_MARGIN_HIGH), dt)
    return Profile("daily duty", (down, up) * cycles)


def simulated_cycles(usage: Usage) -> int:
    return int(min(math.ceil(usage.cycles_per_day - 1e-9), MAX_SIMULATED_CYCLES))


def duty_rise(models: Sequence[CellModel], usage: Usage, thermal: str,
              ambient: float | None = None) -> np.ndarray:
    """Mean cell temperature rise (K) while cycling at ``usage``'s duty, per model.

    ``ambient`` (K) defaults to the mean of the usage's ambient values. Zero for a duty
    without cycling. Capped at the usage's largest allowed rise (60 K)."""
    n = len(models)
    if n == 0:
        return np.zeros(0)
    if usage.cycles_per_day <= 0 or usage.dod <= 0:
        return np.zeros(n)
    amb = float(np.mean(usage.ambient)) if ambient is None else float(ambient)
    k = simulated_cycles(usage)
    groups: dict[tuple[float, float], list[int]] = {}
    for i, m in enumerate(models):  # one run per pair of voltage limits (a few)
        groups.setdefault((m.v_min, m.v_max), []).append(i)
    rows: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    for (v_min, v_max), members in groups.items():
        res = simulate([models[i] for i in members], 1, 1,
                       duty_profile(usage, k, v_min, v_max), thermal=thermal, ambient=amb,
                       initial_soc=soc_limits(usage)[1], keep_series=True)
        for j, i in enumerate(members):
            rows[i] = (res.row(j, "time"), res.row(j, "temperature"))
    rise = np.zeros(n)
    for i in range(n):
        t, temp = rows[i]
        if t.size < 2 or t[-1] <= t[0]:
            continue
        dt = np.diff(t)
        excess = temp[:-1] - amb
        mean_all = float(np.sum(excess * dt) / np.sum(dt))
        if usage.cycles_per_day <= k:
            rise[i] = mean_all
            continue
        last = t[:-1] >= t[0] + (t[-1] - t[0]) * (k - 1) / k  # the last cycle, about
        mean_last = float(np.sum(excess[last] * dt[last]) / np.sum(dt[last]))
        rise[i] = (k * mean_all + (usage.cycles_per_day - k) * mean_last) / \
            usage.cycles_per_day
    return np.clip(rise, 0.0, MAX_RISE)


def with_thermal_rise(usage: Usage, rise: float, thermal: str) -> Usage:
    """``usage`` with the rise from the thermal model (rounded to 0.1 K, the
    simulation's stated resolution) and its cooling option recorded."""
    return replace(usage, temperature_rise=round(float(rise), 1), thermal=thermal)


def thermal_usage(model: CellModel, usage: Usage, thermal: str) -> Usage:
    """One design's usage with the rise from the thermal model."""
    return with_thermal_rise(usage, float(duty_rise([model], usage, thermal)[0]), thermal)
