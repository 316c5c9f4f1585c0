"""Stress factors per model family, as power laws in days and full equivalent cycles.

Every family is brought to the same four laws (plain float64 arrays, one row per design
and one column per month of the year, or one column when the year is uniform):

* calendar capacity loss  ``Q_cal = kc · t^zc``   (t in days, loss as a fraction);
* cycle capacity loss     ``Q_cyc = m · kq · N^zq`` (N = full equivalent cycles, FEC);
* calendar resistance     ``R_cal = rc · t^zrc``   (relative increase);
* cycle resistance        ``R_cyc = m · rq · N^zrq``.

``m`` is the per-cell scaling to the datasheet rating (:mod:`.rating`). The day is split
into cycling time (cell at ``T_amb + rise``, mean window SOC) and rest (``T_amb``, rest
SOC); the calendar rate of the day is the rate-average at a fixed state,
``k = (f·k_cyc^(1/z) + (1−f)·k_rest^(1/z))^z`` (docs/life.md §3), which is exact for the
power law. The equations and their sources are in docs/life.md §2.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from packconfig.core.cells import chemistry
from packconfig.core.life.data import Family, ageing_data
from packconfig.core.life.usage import Usage

SECONDS_PER_DAY = 86400.0


@dataclass(frozen=True)
class Stress:
    """The duty per design (arrays broadcastable to (designs, months))."""

    t_cycle: np.ndarray  # K, cell temperature while cycling
    t_rest: np.ndarray  # K, cell temperature at rest
    soc_low: np.ndarray  # cycling window, fractions
    soc_high: np.ndarray
    rest_soc: np.ndarray
    charge_rate: np.ndarray  # 1/h
    discharge_rate: np.ndarray  # 1/h
    cycling_fraction: np.ndarray  # share of the day spent cycling, 0..1

    @property
    def dod(self) -> np.ndarray:
        return self.soc_high - self.soc_low

    @property
    def soc_cycle(self) -> np.ndarray:
        return 0.5 * (self.soc_high + self.soc_low)

    @property
    def mean_rate(self) -> np.ndarray:
        return 0.5 * (self.charge_rate + self.discharge_rate)


@dataclass(frozen=True)
class Rates:
    kc: np.ndarray
    zc: float
    kq: np.ndarray
    zq: float
    rc: np.ndarray
    zrc: float
    rq: np.ndarray
    zrq: float


def stress_of(usages: Sequence[Usage]) -> Stress:
    """Stress arrays of shape (designs, months) for ``usages`` (months = 12 if any usage
    has a monthly ambient profile, else 1)."""
    months = 12 if any(len(u.ambient) == 12 for u in usages) else 1
    amb = np.array([u.ambient * (months if len(u.ambient) == 1 else 1) for u in usages])

    def col(values):
        return np.array(values, dtype=float)[:, None]

    low = col([u.soc_window[0] for u in usages])
    high = col([u.soc_window[1] for u in usages])
    rise = col([u.temperature_rise for u in usages])
    frac = col([min(1.0, u.cycling_hours / 24.0) for u in usages])
    return Stress(t_cycle=amb + rise, t_rest=amb, soc_low=low, soc_high=high,
                  rest_soc=col([u.rest_soc for u in usages]),
                  charge_rate=col([u.charge_rate for u in usages]),
                  discharge_rate=col([u.discharge_rate for u in usages]),
                  cycling_fraction=frac)


def _blend(f: np.ndarray, k_cyc: np.ndarray, k_rest: np.ndarray, z: float) -> np.ndarray:
    """Rate-average of two power-law coefficients over the day (exact at a fixed state)."""
    return (f * k_cyc ** (1.0 / z) + (1.0 - f) * k_rest ** (1.0 / z)) ** z


def _arrhenius(ea: float, t: np.ndarray) -> np.ndarray:
    g = ageing_data().general
    t_ref = g["reference_temperature"].value
    return np.exp(-ea / g["gas_constant"].value * (1.0 / t - 1.0 / t_ref))


def lfp_naumann(fam: Family, s: Stress, chem: str = "LFP") -> Rates:
    c = fam.c
    z = c("cal_exponent")

    def k_cal(t, soc):
        return (c("cal_k_ref") * _arrhenius(c("cal_ea"), t)
                * (c("cal_soc_c") * (soc - 0.5) ** 3 + c("cal_soc_d"))
                * SECONDS_PER_DAY ** z)

    def r_cal(t, soc):
        return (c("res_cal_k_ref") * _arrhenius(c("res_cal_ea"), t)
                * (c("res_cal_soc_c") * np.abs(soc - 0.5) ** c("res_cal_soc_power")
                   + c("res_cal_soc_d")) * SECONDS_PER_DAY)

    f = s.cycling_fraction
    kc = _blend(f, k_cal(s.t_cycle, s.soc_cycle), k_cal(s.t_rest, s.rest_soc), z)
    rc = _blend(f, r_cal(s.t_cycle, s.soc_cycle), r_cal(s.t_rest, s.rest_soc), 1.0)
    dod, rate = s.dod, s.mean_rate
    kq = ((c("cyc_a") * rate + c("cyc_b")) * (c("cyc_dod_c") * (dod - 0.6) ** 3
                                              + c("cyc_dod_d")) / 100.0
          * _arrhenius(c("cyc_ea"), s.t_cycle))
    rq = np.maximum(0.0, (c("res_cyc_a") * rate + c("res_cyc_b"))
                    * (c("res_cyc_dod_c") * (dod - 0.5) ** 3 + c("res_cyc_dod_d")) / 100.0)
    return Rates(kc, z, kq, c("cyc_exponent"), rc, 1.0, rq, 1.0)


def _window_ocv(chem: str, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Mean open-circuit voltage over the cycling window (11-point average)."""
    curve = chemistry.get(chem)
    grid = np.linspace(0.0, 1.0, 11)
    socs = low[..., None] + (high - low)[..., None] * grid
    return curve.ocv(socs).mean(axis=-1)


def nmc_schmalstieg(fam: Family, s: Stress, chem: str = "NMC") -> Rates:
    c = fam.c
    ocv = chemistry.get(chem).ocv
    z, zr = c("cal_exponent"), 0.75

    def k_cal(t, soc):
        v = np.maximum(ocv(soc), c("cal_v_floor"))
        return (c("cal_v_slope") * v - c("cal_v_offset")) * c("cal_scale") * np.exp(
            -c("cal_t_coeff") / t)

    def r_cal(t, soc):
        v = np.maximum(ocv(soc), c("res_cal_v_floor"))
        return (c("res_cal_v_slope") * v - c("res_cal_v_offset")) * c("res_cal_scale") * np.exp(
            -c("res_cal_t_coeff") / t)

    f = s.cycling_fraction
    kc = _blend(f, k_cal(s.t_cycle, s.soc_cycle), k_cal(s.t_rest, s.rest_soc), z)
    rc = _blend(f, r_cal(s.t_cycle, s.soc_cycle), r_cal(s.t_rest, s.rest_soc), zr)
    v_avg = _window_ocv(chem, s.soc_low, s.soc_high)
    ah_per_fec = c("cyc_throughput_factor") * c("cyc_reference_capacity")
    beta = (c("cyc_v_coeff") * (v_avg - c("cyc_v_centre")) ** 2 + c("cyc_base")
            + c("cyc_dod") * s.dod)
    kq = beta * ah_per_fec ** c("cyc_exponent")
    beta_r = np.maximum(0.0, c("res_cyc_v_coeff") * (v_avg - c("res_cyc_v_centre")) ** 2
                        + c("res_cyc_base") + c("res_cyc_dod") * s.dod)
    rq = beta_r * ah_per_fec
    return Rates(kc, z, kq, c("cyc_exponent"), rc, zr, rq, 1.0)


def nca_panasonic(fam: Family, s: Stress, chem: str = "NCA") -> Rates:
    c = fam.c
    z = c("cal_exponent")

    def k_cal(t, soc):
        return c("cal_scale") * np.exp(-c("cal_t_coeff") / t) * np.exp(c("cal_soc_coeff") * soc / t)

    kc = _blend(s.cycling_fraction, k_cal(s.t_cycle, s.soc_cycle), k_cal(s.t_rest, s.rest_soc), z)
    kq = (c("cyc_base") + c("cyc_c") * s.mean_rate + c("cyc_dod") * s.dod) * c("cyc_t_factor")
    zero = np.zeros_like(kc)
    return Rates(kc, z, kq + zero, c("cyc_exponent"), zero, 1.0, zero, 1.0)


def lto_bank(fam: Family, s: Stress, chem: str = "LTO") -> Rates:
    c = fam.c
    t_n = s.t_cycle / c("cyc_t_norm")
    kq = (c("cyc_base") + c("cyc_c") * s.mean_rate + c("cyc_dod") * s.dod ** 3) * np.exp(
        -c("cyc_t_coeff") / t_n)
    zero = np.zeros_like(kq + s.t_rest)
    return Rates(zero, 0.5, kq + zero, c("cyc_exponent"), zero, 1.0, zero, 1.0)


FAMILIES = {
    "lfp_naumann": lfp_naumann,
    "nmc_schmalstieg": nmc_schmalstieg,
    "nca_panasonic": nca_panasonic,
    "lto_bank": lto_bank,
}


def rates_for(family: Family, stress: Stress, chemistry_key: str) -> Rates:
    """The four power laws of ``family`` under ``stress`` for a cell of
    ``chemistry_key`` (its OCV curve enters the NMC model)."""
    return FAMILIES[family.key](family, stress, chemistry_key)
