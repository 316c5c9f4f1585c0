"""Where quantities, money and dates become text — the only place.

The CLI, the PDF and the window all call these functions; no widget or report step
picks units or decimals itself. Each result key has a *kind*; each kind has a rule
that picks the unit (e.g. Wh below 1 kWh, kWh above) and the precision.

Languages: ``"en"`` and ``"zh"``. Digit grouping and the decimal point are the same in
both (1,234.5); dates and currency symbols differ.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from packconfig.core.money import CURRENCIES, Money
from packconfig.core.pack.engine import RESULTS
from packconfig.core.units import Q_, Quantity

NOT_AVAILABLE = {"en": "not available", "zh": "无数据"}
UNIT_TEXT = {"A*h": "A·h", "mohm": "mΩ", "ohm": "Ω", "1/h": "C", "degC": "°C"}


def _number(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


@lru_cache(maxsize=512)
def _factor(units: object, unit: str) -> float:
    """Multiplier from ``units`` (a pint unit) to ``unit``: formatting converts many
    values between the same few units, and pint's conversion is the slow part."""
    return float(Q_(1.0, units).to(unit).magnitude)


def _in(q: Quantity, unit: str) -> float:
    return float(q.magnitude) * _factor(q.units, unit)


def _pick(q: Quantity, steps: list[tuple[float, str, int]]) -> str:
    """``steps`` = (upper bound in the first unit, unit, decimals), ascending."""
    size = abs(_in(q, steps[0][1]))
    for bound, unit, decimals in steps:
        if size < bound:
            return f"{_number(_in(q, unit), decimals)} {UNIT_TEXT.get(unit, unit)}"
    _bound, unit, decimals = steps[-1]
    return f"{_number(_in(q, unit), decimals)} {UNIT_TEXT.get(unit, unit)}"


INF = float("inf")
_KIND_RULES: dict[str, Callable[[Quantity], str]] = {
    "voltage": lambda q: _pick(q, [(INF, "V", 1)]),
    "charge": lambda q: _pick(q, [(INF, "A*h", 1)]),
    "energy": lambda q: _pick(q, [(1000, "Wh", 1), (INF, "kWh", 2)]),
    "power": lambda q: _pick(q, [(1000, "W", 1), (INF, "kW", 2)]),
    "current": lambda q: _pick(q, [(INF, "A", 1)]),
    "mass": lambda q: _pick(q, [(1, "kg", 0), (100, "kg", 2), (INF, "kg", 1)])
    if _in(q, "kg") >= 1 else _pick(q, [(INF, "g", 0)]),
    "length": lambda q: _pick(q, [(100, "mm", 1), (INF, "mm", 0)]),
    "volume": lambda q: _pick(q, [(10, "L", 2), (INF, "L", 1)]),
    "resistance": lambda q: _pick(q, [(10, "mohm", 2), (1000, "mohm", 1), (INF, "ohm", 2)])
    if _in(q, "mohm") < 1000 else _pick(q, [(INF, "ohm", 2)]),
    "time": lambda q: _pick(q, [(INF, "h", 1)]) if _in(q, "h") >= 1
    else _pick(q, [(INF, "min", 0)]),
    "gravimetric": lambda q: _pick(q, [(INF, "Wh/kg", 0)]),
    "volumetric": lambda q: _pick(q, [(INF, "Wh/L", 0)]),
    "rate": lambda q: _pick(q, [(INF, "1/h", 2)]),
    # simulation (core/sim, docs/simulation.md)
    "temperature": lambda q: f"{_number(float(q.to('degC').magnitude), 1)} °C",
    "specific_heat": lambda q: f"{_number(_in(q, 'J/kg/K'), 0)} J/(kg·K)",
    "molar_energy": lambda q: f"{_number(_in(q, 'kJ/mol'), 1)} kJ/mol",
    "heat_transfer": lambda q: f"{_number(_in(q, 'W/m**2/K'), 1)} W/(m²·K)",
    "thermal_conductance": lambda q: f"{_number(_in(q, 'W/K'), 3)} W/K",
    "capacitance": lambda q: f"{_number(_in(q, 'F'), 0)} F",
    "area": lambda q: f"{_number(_in(q, 'm**2'), 4)} m²",
    "speed": lambda q: f"{_number(_in(q, 'km/h'), 1)} km/h",
    "distance": lambda q: _pick(q, [(10, "km", 2), (INF, "km", 1)]),
    "consumption": lambda q: f"{_number(_in(q, 'kWh/km') * 100, 1)} kWh/100 km",
}


def quantity(q: Quantity | None, kind: str, language: str = "en") -> str:
    """``q`` as text with the unit and precision chosen for ``kind``."""
    if q is None:
        return NOT_AVAILABLE.get(language, NOT_AVAILABLE["en"])
    return _KIND_RULES[kind](q)


def result(key: str, q: Quantity | None, language: str = "en") -> str:
    """A pack result (a key of ``engine.RESULTS``) as text."""
    return quantity(q, RESULTS[key][0], language)


CURRENCY_SYMBOLS = {
    "en": {"CNY": "¥", "USD": "US$", "EUR": "€"},
    "zh": {"CNY": "¥", "USD": "US$", "EUR": "€"},
}


def money(m: Money | None, language: str = "en", code: bool = False) -> str:
    """``¥1,234.56`` / ``US$1,234.56``; with ``code=True`` ``1,234.56 CNY``. Amounts are
    shown at the currency's minor unit (half-up) without changing the stored value."""
    if m is None:
        return NOT_AVAILABLE.get(language, NOT_AVAILABLE["en"])
    exp = Decimal(1).scaleb(-CURRENCIES[m.currency])
    amount = m.amount.quantize(exp, rounding=ROUND_HALF_UP)
    sign = "-" if amount < 0 else ""
    digits = f"{abs(amount):,.{CURRENCIES[m.currency]}f}"
    if code:
        return f"{sign}{digits} {m.currency}"
    return f"{sign}{CURRENCY_SYMBOLS[language][m.currency]}{digits}"


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")


_FORMATS = {
    "en": {"cylindrical": "cylindrical {size}", "prismatic": "prismatic", "pouch": "pouch"},
    "zh": {"cylindrical": "圆柱 {size}", "prismatic": "方形", "pouch": "软包"},
}


def cell_format(fmt: str, language: str = "en") -> str:
    """A cell format for people: ``"32140"`` -> ``cylindrical 32140`` / ``圆柱 32140``;
    ``"prismatic"`` -> ``prismatic`` / ``方形``; ``"pouch"`` -> ``pouch`` / ``软包``."""
    names = _FORMATS.get(language, _FORMATS["en"])
    if fmt.isdigit():
        return names["cylindrical"].format(size=fmt)
    return names.get(fmt, fmt)


def date(value: _dt.date, language: str = "en") -> str:
    """``21 Nov 2026`` / ``2026年11月21日``. Month names are fixed, not taken from the C
    library's locale (which Qt sets from the environment, e.g. ``11月`` under zh_CN)."""
    if language == "zh":
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"


def percent(value: Decimal | float, language: str = "en", decimals: int = 1) -> str:
    return f"{Decimal(str(value)) * 100:.{decimals}f}%"


def count(n: int, language: str = "en") -> str:
    """A whole number with digit grouping: ``1,000`` (same in both languages)."""
    return f"{int(n):,}"


def percent_points(value: Decimal, language: str = "en") -> str:
    """A percentage given in points (``Decimal("13")`` -> ``13%``, ``2.5`` -> ``2.5%``)."""
    text = f"{Decimal(value).normalize():f}"
    return f"{text}%"


def dimensions(values: tuple[Quantity | None, ...], language: str = "en") -> str:
    """An envelope ``L × W × H`` in mm, e.g. ``498 × 498 × 185 mm``; not available if any
    dimension is unknown."""
    if any(v is None for v in values):
        return NOT_AVAILABLE.get(language, NOT_AVAILABLE["en"])
    return " × ".join(_number(v.to("mm").magnitude, 0) for v in values) + " mm"


def exchange_rate(base: str, quote: str, rate: Decimal, language: str = "en") -> str:
    """``1 USD = 7.159 CNY`` (at most 4 decimals, trailing zeros dropped)."""
    shown = Decimal(rate).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP).normalize()
    return f"1 {base} = {shown:f} {quote}"


#: English names of the pack figures (``engine.RESULTS`` keys), for the CLI and tables.
RESULT_LABELS = {
    "voltage_min": "Voltage, minimum", "voltage_nominal": "Voltage, nominal",
    "voltage_max": "Voltage, maximum", "capacity": "Capacity",
    "energy_nominal": "Energy, nominal", "energy_usable": "Energy, usable",
    "resistance_pack": "Resistance (DC, cells)", "operating_current": "Operating current",
    "voltage_sag": "Voltage sag at operating current", "heat_loss": "Heat at operating current",
    "current_continuous_max": "Max continuous discharge", "power_continuous_max":
    "Max continuous power", "c_rate_discharge_max": "Max discharge C-rate",
    "current_charge_max": "Max continuous charge", "power_charge_max": "Max charge power",
    "c_rate_charge_max": "Max charge C-rate", "charge_current": "Charge current",
    "charge_time": "Charge time (CC estimate)", "mass_cells": "Mass, cells",
    "mass_pack": "Mass, pack", "envelope_length": "Envelope length",
    "envelope_width": "Envelope width", "envelope_height": "Envelope height",
    "volume_pack": "Volume, pack", "volume_cells": "Volume, cells",
    "energy_density_gravimetric_cell": "Energy density, cell (mass)",
    "energy_density_volumetric_cell": "Energy density, cell (volume)",
    "energy_density_gravimetric_pack": "Energy density, pack (mass)",
    "energy_density_volumetric_pack": "Energy density, pack (volume)",
}
