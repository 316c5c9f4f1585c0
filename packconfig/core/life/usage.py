"""The usage a projection assumes: a daily duty, or a simulated profile counted into one.

A :class:`Usage` holds plain floats: cycles per day, depth of discharge (fraction),
charge and discharge C-rates (1/h), the ambient temperature (K; one value, or twelve
monthly values), the pack's own temperature rise while cycling (K; given, or from the
lumped thermal model of core/sim, :mod:`packconfig.core.life.thermal`), the rest SOC
and the horizon in years. :func:`make_usage` checks
every value and refuses bad ones with coded errors (English and Chinese, see
``core/messages.py``); :func:`profile_usage` turns plain arrays from a time-domain
simulation (time, current, SOC, temperature) into the same duty with ``rainflow``.

The cycling window is centred on 50 % SOC (``[0.5 − DoD/2, 0.5 + DoD/2]``), as in the
datasheet tests between the voltage limits (docs/life.md §4).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from packconfig.core.errors import InputError
from packconfig.core.units import Quantity, require

ZERO_C = 273.15
MAX_CYCLES_PER_DAY = 50.0
MAX_RATE = 20.0  # 1/h
MIN_TEMPERATURE_C, MAX_TEMPERATURE_C = -40.0, 80.0
MAX_RISE = 60.0  # K
MAX_YEARS = 50.0
HOURS_PER_DAY = 24.0
THERMAL_SOURCES = ("", "none", "air", "liquid")  # "" = the rise was given, not modelled


@dataclass(frozen=True)
class Usage:
    """A daily duty. Temperatures in kelvin, C-rates in 1/h, fractions 0..1."""

    cycles_per_day: float = 1.0
    dod: float = 0.8
    charge_rate: float = 0.5
    discharge_rate: float = 0.5
    ambient: tuple[float, ...] = (298.15,)  # K: one value, or 12 monthly values
    temperature_rise: float = 0.0  # K while cycling
    rest_soc: float = 0.5
    years: float = 15.0
    thermal: str = ""  # "" = rise as given; none/air/liquid = from the thermal model
    profile: str = ""  # the simulated profile this duty was counted from ("" = none)

    def check_decoded(self, where: str) -> None:
        """After JSON decoding (a quote's usage): the same checks as :func:`make_usage`."""
        make_usage(cycles_per_day=self.cycles_per_day, dod=self.dod,
                   charge_rate=self.charge_rate, discharge_rate=self.discharge_rate,
                   temperature=[t - ZERO_C for t in self.ambient] if len(self.ambient) != 1
                   else self.ambient[0] - ZERO_C,
                   temperature_rise=self.temperature_rise, rest_soc=self.rest_soc,
                   years=self.years, thermal=self.thermal, profile=self.profile)

    @property
    def fec_per_day(self) -> float:
        """Full equivalent cycles per day (one FEC = one full charge and discharge)."""
        return self.cycles_per_day * self.dod

    @property
    def cycling_hours(self) -> float:
        """Hours per day spent charging or discharging (constant-current estimate)."""
        if self.cycles_per_day == 0:
            return 0.0
        return self.cycles_per_day * self.dod * (1 / self.charge_rate + 1 / self.discharge_rate)

    @property
    def soc_window(self) -> tuple[float, float]:
        return 0.5 - self.dod / 2, 0.5 + self.dod / 2

    @property
    def ambient_c(self) -> tuple[float, ...]:
        return tuple(t - ZERO_C for t in self.ambient)


def _number(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.floating, np.integer)):
        raise InputError(f"{name} must be a number, got {value!r}").coded(
            "life_not_number", name=name, got=repr(value)[:40])
    number = float(value)
    if not math.isfinite(number):
        raise InputError(f"{name} must be a finite number, got {value!r}").coded(
            "life_not_number", name=name, got=repr(value)[:40])
    return number


def _in_range(value: float, low: float, high: float, name: str, unit: str = "") -> float:
    if not low <= value <= high:
        shown = f"{value:g}{unit}"
        raise InputError(f"{name} must be between {low:g}{unit} and {high:g}{unit}, got "
                         f"{shown}").coded("life_range", name=name, low=f"{low:g}{unit}",
                                           high=f"{high:g}{unit}", got=shown)
    return value


def temperature_k(value: Quantity | float, name: str) -> float:
    """A temperature as kelvin; a plain number is read as °C. Refuses values below
    absolute zero and outside −40…80 °C with a coded error."""
    if isinstance(value, Quantity):
        if not value.is_compatible_with("K"):
            raise InputError(f"{name} must be a temperature (°C), got {value:~P}").coded(
                "wrong_kind", name=name, kind="temperature", unit="°C", got=f"{value:~P}")
        kelvin = float(value.to("K").magnitude)
    else:
        kelvin = _number(value, name) + ZERO_C
    if not math.isfinite(kelvin):
        raise InputError(f"{name} must be a finite temperature").coded(
            "life_not_number", name=name, got=str(value)[:40])
    if kelvin < 0:
        raise InputError(f"{name} {kelvin - ZERO_C:g} °C is below absolute zero (−273.15 °C)"
                         ).coded("life_below_zero", name=name, got=f"{kelvin - ZERO_C:g} °C")
    _in_range(kelvin - ZERO_C, MIN_TEMPERATURE_C, MAX_TEMPERATURE_C, name, " °C")
    return kelvin


def make_usage(*, cycles_per_day: float = 1.0, dod: float = 0.8,
               charge_rate: float | Quantity = 0.5, discharge_rate: float | Quantity = 0.5,
               temperature: Quantity | float | Sequence[Quantity | float] = 25.0,
               temperature_rise: float | Quantity = 0.0, rest_soc: float = 0.5,
               years: float = 15.0, thermal: str = "", profile: str = "") -> Usage:
    """A checked :class:`Usage`. C-rates are plain numbers (per hour) or quantities of
    kind rate; ``temperature`` is one temperature or twelve monthly ones (a plain
    number is °C); ``temperature_rise`` is kelvin (plain) or a temperature difference.
    ``thermal`` names the cooling option when the rise came from the thermal model
    (:mod:`packconfig.core.life.thermal`), "" when it was given; ``profile`` describes
    the simulated profile a duty was counted from (:mod:`packconfig.core.life.driving`)."""
    cpd = _in_range(_number(cycles_per_day, "cycles per day"), 0.0, MAX_CYCLES_PER_DAY,
                    "cycles per day")
    depth = _in_range(_number(dod, "depth of discharge"), 0.0, 1.0, "depth of discharge")
    rates = []
    for value, name in ((charge_rate, "charge C-rate"), (discharge_rate, "discharge C-rate")):
        if isinstance(value, Quantity):
            value = float(require(value, "rate", name).to("1/h").magnitude)
        rates.append(_in_range(_number(value, name), 0.0, MAX_RATE, name, " C"))
    if cpd > 0 and depth > 0 and min(rates) <= 0:
        raise InputError("a duty with cycles needs charge and discharge C-rates above 0"
                         ).coded("life_zero_rate")
    temps = temperature if isinstance(temperature, (list, tuple)) else (temperature,)
    if len(temps) not in (1, 12):
        raise InputError(f"give one ambient temperature or twelve monthly ones, got "
                         f"{len(temps)}").coded("life_months", got=len(temps))
    ambient = tuple(temperature_k(t, "ambient temperature") for t in temps)
    if isinstance(temperature_rise, Quantity):
        temperature_rise = float(temperature_rise.to("delta_degC").magnitude)
    rise = _in_range(_number(temperature_rise, "pack temperature rise"), 0.0, MAX_RISE,
                     "pack temperature rise", " K")
    soc = _in_range(_number(rest_soc, "rest SOC"), 0.0, 1.0, "rest SOC")
    horizon = _number(years, "years")
    if not 0 < horizon <= MAX_YEARS:
        raise InputError(f"years must be above 0 and at most {MAX_YEARS:g}, got {horizon:g}"
                         ).coded("life_years", maximum=f"{MAX_YEARS:g}", got=f"{horizon:g}")
    if thermal not in THERMAL_SOURCES:
        raise InputError(f"thermal must be one of none, air, liquid, got {thermal!r}").coded(
            "sim_thermal", got=str(thermal)[:40], known=list(THERMAL_SOURCES[1:]))
    if not isinstance(profile, str) or len(profile) > 200:
        raise InputError("the profile description must be a text of at most 200 "
                         "characters").coded("life_profile_values")
    usage = Usage(cpd, depth, rates[0], rates[1], ambient, rise, soc, horizon, thermal,
                  profile)
    if usage.cycling_hours > HOURS_PER_DAY + 1e-9:
        raise InputError(
            f"the duty does not fit in a day: {cpd:g} cycles of {depth:.0%} at these "
            f"C-rates take {usage.cycling_hours:.1f} h").coded(
            "life_day_overfull", hours=f"{usage.cycling_hours:.1f}")
    return usage


@dataclass(frozen=True)
class LifeTerms:
    """What a quote's lifetime section assumes: the usage, the warranty end-of-life SOH
    and the confidence margin of the proposal (stored on the quote, issue 17)."""

    usage: Usage
    soh: float = 0.7
    margin: float = 0.2
    range_cycle: str = ""  # drive cycle of the end-of-warranty range ("" = none)
    vehicle: str = ""  # its vehicle preset id

    def check_decoded(self, where: str) -> None:
        if self.range_cycle or self.vehicle:
            from packconfig.core.sim import CYCLES, presets

            if self.range_cycle not in CYCLES or self.vehicle not in presets():
                raise InputError(f"{where}: unknown range cycle or vehicle "
                                 f"{self.range_cycle!r}, {self.vehicle!r}").coded(
                    "sim_unknown_cycle", got=f"{self.range_cycle}, {self.vehicle}",
                    known=list(CYCLES))
        if not 0.5 <= self.soh <= 0.95:
            raise InputError(f"{where}: warranty SOH must be between 0.5 and 0.95").coded(
                "life_range", name="warranty SOH", low="0.5", high="0.95", got=self.soh)
        if not 0 <= self.margin <= 0.9:
            raise InputError(f"{where}: warranty margin must be between 0 and 0.9").coded(
                "life_range", name="warranty margin", low="0", high="0.9", got=self.margin)
