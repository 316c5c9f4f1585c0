"""Lifetime meets the pack simulation: usage counted from a simulated profile, and the
range on a drive cycle at the end of the warranty (docs/life.md §4b, §6a).

* :func:`simulated_usage`: the day's driving — ``k = ceil(runs per day)`` runs of a
  profile (a drive cycle through a vehicle, or a user CSV) back to back, then a
  constant-C-rate recharge to the starting SOC — is simulated on the pack (core/sim,
  with its thermal model) and counted by rainflow (:mod:`packconfig.core.life.profile`)
  into equivalent full cycles, DoD and C-rates; the block repeats ``runs per day / k``
  times a day. The pack's rise is the time-mean cell temperature over the block minus
  the ambient.
* :func:`scaled_model`: a cell model aged to a capacity fraction and a resistance
  factor (capacity × f; R0 and every RC resistance × r, RC time constants kept, so
  each capacitance ÷ r). f = r = 1 returns the same model, so the end-of-life run
  reproduces the begin-of-life run exactly.
* :func:`warranty_ranges`: range on a repeated cycle, new and at the end of the
  warranty, typical and guaranteed, in one vectorised run of four aged models.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from packconfig.core.errors import InputError
from packconfig.core.life.outputs import Figure, LifeSummary
from packconfig.core.life.profile import profile_usage
from packconfig.core.life.project import DAYS_PER_YEAR
from packconfig.core.life.usage import Usage
from packconfig.core.sim import END_TEXT, CellModel, simulate
from packconfig.core.sim.profiles import C_RATE, Profile, Segment, StepLimits
from packconfig.core.units import Q_

CHARGE_DT = 10.0  # s, the recharge's steps
CHARGE_SLACK = 2.0  # the recharge may last this much longer than at its C-rate (CV, cold)
MAX_RUNS = 50
#: Why a run stopped, in Chinese (the coded refusal's ``reason_zh``).
END_ZH = {"cutoff_voltage": "达到截止电压", "power_limit": "功率无法输出（电压崩溃）",
          "over_temperature": "达到电芯最高温度", "under_temperature": "低于最低放电温度",
          "empty": "电量耗尽", "full": "已充满", "time_limit": "达到时间上限"}


def day_profile(profile: Profile, runs: int, charge_rate: float, top_soc: float,
                v_max_pack: float) -> Profile:
    """``runs`` of ``profile`` back to back, then a recharge at ``charge_rate`` (1/h) up
    to ``top_soc`` or to just below the pack's maximum voltage."""
    hours = CHARGE_SLACK / charge_rate + 0.5
    n = math.ceil(hours * 3600.0 / CHARGE_DT)
    charge = Segment(np.full(n, C_RATE), np.full(n, -charge_rate), np.full(n, CHARGE_DT),
                     limits=StepLimits(soc_above=top_soc, voltage_above=v_max_pack),
                     label="recharge")
    return Profile(f"{profile.name} × {runs}", tuple(profile.segments) * runs + (charge,),
                   source=profile.source)


def simulated_usage(model: CellModel, series: int, parallel: int, profile: Profile, *,
                    runs_per_day: float, charge_rate: float = 0.5, ambient: float = 298.15,
                    thermal: str = "air", initial_soc: float = 1.0, years: float = 15.0,
                    description: str = "") -> Usage:
    """The daily duty of driving ``profile`` ``runs_per_day`` times a day (see the module
    docstring). Raises a coded error when the pack cannot complete the day's runs."""
    if isinstance(runs_per_day, bool) or not (0 < float(runs_per_day) <= MAX_RUNS):
        raise InputError(f"runs per day must be above 0 and at most {MAX_RUNS}, got "
                         f"{runs_per_day!r}").coded("life_range", name="cycles per day",
                                                    low="0", high=str(MAX_RUNS),
                                                    got=str(runs_per_day))
    if not 0 < charge_rate <= 20:
        raise InputError(f"charge C-rate must be between 0 and 20 C, got {charge_rate:g}"
                         ).coded("life_range", name="charge C-rate", low="0 C",
                                 high="20 C", got=f"{charge_rate:g} C")
    runs = math.ceil(float(runs_per_day) - 1e-9)
    top = min(float(initial_soc), 0.99)
    drive = sum(seg.steps for seg in profile.segments) * runs
    day = day_profile(profile, runs, charge_rate, top, series * (model.v_max - 0.01))
    res = simulate(model, series, parallel, day, thermal=thermal, ambient=ambient,
                   initial_soc=initial_soc)
    t, soc = res.row(0, "time"), res.row(0, "soc")
    if res.end_reason[0] != "profile_complete" and t.size <= drive:
        raise InputError(
            f"the pack does not complete {runs} run(s) of {profile.name}: "
            f"{END_TEXT[res.end_reason[0]]} after {t[-1] / 60:.0f} min").coded(
            "life_profile_stopped", runs=runs, profile=profile.name,
            reason=res.end_reason[0], reason_zh=END_ZH.get(res.end_reason[0], "停止"),
            minutes=f"{t[-1] / 60:.0f}")
    current, temp = res.row(0, "current"), res.row(0, "temperature")
    if abs(soc[-1] - soc[0]) > 1e-9:  # close the loop (rainflow counts the residue whole)
        t, current = np.append(t, t[-1] + 1.0), np.append(current, 0.0)
        soc, temp = np.append(soc, soc[0]), np.append(temp, temp[-1])
    text = description or f"{profile.name}, {float(runs_per_day):g} per day"
    return profile_usage(t, current, soc, temp, parallel * model.capacity / 3600.0,
                         repeats_per_day=float(runs_per_day) / runs, years=years,
                         ambient_k=ambient, thermal=thermal, description=text)


def scaled_model(model: CellModel, capacity_fraction: float, resistance_factor: float
                 ) -> CellModel:
    """``model`` aged: capacity × ``capacity_fraction``, resistances × ``resistance_factor``
    (RC time constants kept)."""
    if not (capacity_fraction > 0 and resistance_factor > 0):
        raise InputError("an aged model needs a capacity fraction and a resistance factor "
                         "above 0").coded("life_profile_values")
    if capacity_fraction == 1.0 and resistance_factor == 1.0:
        return model
    return replace(model, capacity=model.capacity * capacity_fraction,
                   r0=model.r0 * resistance_factor, rc_r=model.rc_r * resistance_factor,
                   rc_c=model.rc_c / resistance_factor)


@dataclass(frozen=True)
class WarrantyRanges:
    """Range (m, NaN = the run did not end empty) on ``cycle`` with ``vehicle``."""

    cycle: str
    vehicle: str
    ambient: float  # K
    thermal: str
    new_typical: float
    new_guaranteed: float
    end_typical: float
    end_guaranteed: float


def end_of_warranty_state(s: LifeSummary) -> tuple[float, float]:
    """(capacity fraction, resistance factor) at the end of the proposed warranty."""
    p = s.projection
    at_end = min(s.warranty.years * DAYS_PER_YEAR, float(p.days[-1]))
    return (float(np.interp(at_end, p.days, p.capacity[0])),
            float(np.interp(at_end, p.days, p.resistance[0])))


def warranty_ranges(s: LifeSummary, model: CellModel, profile: Profile, vehicle: str, *,
                    thermal: str = "air", ambient: float = 298.15,
                    initial_soc: float = 1.0) -> WarrantyRanges:
    """Range on ``profile`` repeated until empty: new and at the end of the warranty,
    typical (model) and guaranteed (datasheet minimum capacity share; the warranty SOH
    and the resistance factor × (1 + margin) at the end), as in docs/life.md §7."""
    cap_end, res_end = end_of_warranty_state(s)
    cell = s.cell
    share = (float((cell.min_capacity / cell.capacity).to("").magnitude)
             if cell.min_capacity is not None else math.nan)
    cases = [(1.0, 1.0), (share, 1.0), (cap_end, res_end),
             (share * s.warranty.soh, res_end * (1 + s.warranty.margin))]
    ok = [i for i, (f, r) in enumerate(cases) if math.isfinite(f) and f > 0 and r > 0]
    out = np.full(4, math.nan)
    if ok:
        repeat = Profile(profile.name, profile.segments, True, profile.source)
        res = simulate([scaled_model(model, *cases[i]) for i in ok], s.series, s.parallel,
                       repeat, thermal=thermal, ambient=ambient, initial_soc=initial_soc,
                       until_empty=True, keep_series=False)
        out[ok] = res.summary["range"]
    return WarrantyRanges(profile.name, vehicle, ambient, thermal, *map(float, out))


def range_figures(r: WarrantyRanges) -> tuple[Figure, Figure]:
    """The two rows of the guaranteed-vs-typical table."""

    def km(v: float):
        return None if not math.isfinite(v) else Q_(v / 1e3, "km")

    return (Figure("range_new", "distance", km(r.new_typical), km(r.new_guaranteed)),
            Figure("range_end", "distance", km(r.end_typical), km(r.end_guaranteed)))


def with_ranges(s: LifeSummary, r: WarrantyRanges) -> LifeSummary:
    """``s`` with the range rows added to its figures and ``ranges`` set."""
    return replace(s, figures=s.figures + range_figures(r), ranges=r)
