"""A simulated profile (plain arrays from a time-domain simulation) as a daily duty.

:func:`profile_usage` takes time (s), current (A, positive = discharge), SOC (0..1) and
cell temperature (K) arrays, counts the SOC trace with ``rainflow`` (ASTM E1049-85
§5.4.4 via the PyPI ``rainflow`` package, MIT; a maintained, tested implementation of
the counting standard beats a hand-written reversal counter) and returns the
:class:`~packconfig.core.life.usage.Usage` with the same full equivalent cycles per day:

* FEC of the profile = Σ count · range (a full cycle of range r is r FEC; a half
  cycle counts 0.5); depth = FEC-weighted mean range; cycles per day = FEC per day /
  depth;
* C-rates = Ah-weighted mean |I| / capacity over charging and over discharging;
* temperature = time-mean cell temperature; rest SOC = time-mean SOC while idle.

The profile repeats back to back unless ``repeats_per_day`` says how often it runs in a
day; the rest of the day is idle at the profile's end SOC (it counts in the rest SOC).
Without ``ambient_k`` the time-mean cell temperature is taken as the ambient (rise 0);
with it, the ambient is ``ambient_k`` and the mean excess is the pack's rise while
cycling (the thermal model's, recorded as ``thermal``).
"""

from __future__ import annotations

import numpy as np
import rainflow

from packconfig.core.errors import InputError
from packconfig.core.life.usage import MAX_RISE, Usage, make_usage

IDLE_C_RATE = 0.01  # below this |I|/C a sample counts as rest (BLAST-Lite ignores < 0.01C)


def _arrays(time_s, current_a, soc, temperature_k):
    arrays = [np.asarray(a, dtype=float) for a in (time_s, current_a, soc, temperature_k)]
    n = arrays[0].shape
    if len(n) != 1 or n[0] < 2 or any(a.shape != n for a in arrays):
        raise InputError("a profile needs time, current, SOC and temperature arrays of one "
                         "length (at least 2 samples)").coded("life_profile_shape")
    if not all(np.all(np.isfinite(a)) for a in arrays):
        raise InputError("the profile has non-finite samples").coded("life_profile_values")
    if np.any(np.diff(arrays[0]) <= 0):
        raise InputError("profile time must increase").coded("life_profile_time")
    if np.any(arrays[2] < -1e-9) or np.any(arrays[2] > 1 + 1e-9):
        raise InputError("profile SOC must lie in 0..1").coded("life_profile_values")
    return arrays


def count_fec(soc: np.ndarray) -> tuple[float, float]:
    """(full equivalent cycles, FEC-weighted depth) of an SOC trace by rainflow."""
    fec = depth_sum = 0.0
    for rng, _mean, count, _i, _j in rainflow.extract_cycles(np.asarray(soc, dtype=float)):
        fec += count * rng
        depth_sum += count * rng * rng
    return fec, (depth_sum / fec if fec > 0 else 0.0)


def profile_usage(time_s, current_a, soc, temperature_k, capacity_ah: float, *,
                  repeats_per_day: float | None = None, years: float = 15.0,
                  ambient_k: float | None = None, thermal: str = "",
                  description: str = "") -> Usage:
    """The daily duty equivalent to a simulated profile (see the module docstring)."""
    t, i, s, temp = _arrays(time_s, current_a, soc, temperature_k)
    if not capacity_ah > 0:
        raise InputError("capacity must be above 0").coded("life_profile_values")
    dt = np.diff(t)
    i_mid, s_mid, t_mid = i[:-1], s[:-1], temp[:-1]  # each sample holds until the next
    duration_days = (t[-1] - t[0]) / 86400.0
    fec, depth = count_fec(s)
    per_day = repeats_per_day if repeats_per_day is not None else 1.0 / duration_days
    rates = []
    for mask in (i_mid < 0, i_mid > 0):
        ah = np.sum(np.abs(i_mid[mask]) * dt[mask])
        rates.append(float(np.sum(i_mid[mask] ** 2 * dt[mask]) / ah / capacity_ah)
                     if ah > 0 else 0.0)
    idle = np.abs(i_mid) < IDLE_C_RATE * capacity_ah
    idle_s, idle_t = float(np.sum(s_mid[idle] * dt[idle])), float(np.sum(dt[idle]))
    spare = max(0.0, 86400.0 - duration_days * 86400.0 * per_day) / per_day \
        if repeats_per_day is not None and per_day > 0 else 0.0  # idle rest of the day
    rest = ((idle_s + spare * float(s[-1])) / (idle_t + spare)) if idle_t + spare > 0 \
        else float(s[-1])
    mean_t = float(np.average(t_mid, weights=dt))
    cycles = fec * per_day / depth if depth > 0 else 0.0
    ambient = mean_t if ambient_k is None else float(ambient_k)
    rise = min(max(mean_t - ambient, 0.0), MAX_RISE) if cycles else 0.0
    return make_usage(cycles_per_day=cycles, dod=depth,
                      charge_rate=rates[0] or (rates[1] if cycles else 0.0),
                      discharge_rate=rates[1] or (rates[0] if cycles else 0.0),
                      temperature=ambient - 273.15, temperature_rise=round(rise, 1),
                      rest_soc=min(max(rest, 0.0), 1.0), years=years,
                      thermal=thermal if ambient_k is not None else "",
                      profile=description[:200])
