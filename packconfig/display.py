"""Where quantities, money and dates become text — the only place.

The CLI, the PDF and the window all call these functions; no widget or report step
picks units or decimals itself. Each result key has a *kind*; each kind has a rule
that picks the unit (e.g. Wh below 1 kWh, kWh above) and the precision.

Languages: ``"en"`` and ``"zh"``. Digit grouping and the decimal point are the same in
both (1,234.5); dates and currency symbols differ.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from packconfig.core.money import CURRENCIES, Money
from packconfig.core.pack.engine import RESULTS
from packconfig.core.units import Q_, Quantity

NOT_AVAILABLE = {"en": "not available", "zh": "无数据"}
UNIT_TEXT = {"A*h": "A·h", "mohm": "mΩ", "ohm": "Ω", "1/h": "C", "degC": "°C",
             "mm**2": "mm²", "uF": "µF"}


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
    else _pick(q, [(INF, "min", 0)]) if _in(q, "min") >= 1 else _pick(q, [(INF, "s", 0)]),
    "gravimetric": lambda q: _pick(q, [(INF, "Wh/kg", 0)]),
    "volumetric": lambda q: _pick(q, [(INF, "Wh/L", 0)]),
    "rate": lambda q: _pick(q, [(INF, "1/h", 2)]),
    # an RC pair's time constant (cell details, simulation): seconds
    "time_constant": lambda q: _pick(q, [(10, "s", 1), (INF, "s", 0)]),
    # a DC-link capacitance in µF (pre-charge sizing), an RC pair's in F (simulation)
    "capacitance": lambda q: _pick(q, [(10_000, "uF", 0), (INF, "F", 0)]),
    # a busbar cross-section in mm², a cell's cooled surface in m²
    "area": lambda q: _pick(q, [(100, "mm**2", 1), (10_000, "mm**2", 0), (INF, "m**2", 4)]),
    # simulation (core/sim, docs/simulation.md)
    "temperature": lambda q: f"{_number(float(q.to('degC').magnitude), 1)} °C",
    "specific_heat": lambda q: f"{_number(_in(q, 'J/kg/K'), 0)} J/(kg·K)",
    "molar_energy": lambda q: f"{_number(_in(q, 'kJ/mol'), 1)} kJ/mol",
    "heat_transfer": lambda q: f"{_number(_in(q, 'W/m**2/K'), 1)} W/(m²·K)",
    "thermal_conductance": lambda q: f"{_number(_in(q, 'W/K'), 3)} W/K",
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


def spreadsheet_money_format(currency: str, language: str = "en") -> str:
    """The spreadsheet number format showing amounts of ``currency`` as :func:`money`
    does (``"¥"#,##0.00``), so an exported cell holds the number and looks the same."""
    places = CURRENCIES[currency]
    digits = "#,##0" + ("." + "0" * places if places else "")
    symbol = CURRENCY_SYMBOLS[language][currency]
    return f'"{symbol}"{digits};-"{symbol}"{digits}'


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


# ------------------------------------------------------------------ lifetime (issue 17)
_KIND_RULES["throughput"] = lambda q: _pick(q, [(1, "MWh", 2), (INF, "MWh", 1)])
_KIND_RULES["dimensionless"] = lambda q: f"{float(q.to('').magnitude) * 100:,.0f} %"

LIFE_FIGURE_LABELS = {
    "en": {"capacity_new": "Capacity, new", "energy_usable_new": "Usable energy, new",
           "soh_end": "State of health at end of warranty",
           "energy_usable_end": "Usable energy at end of warranty",
           "resistance_end": "Resistance at end of warranty (× new)",
           "power_end": "Power at end-of-warranty resistance",
           "range_new": "Range on the cycle, new",
           "range_end": "Range on the cycle at end of warranty"},
    "zh": {"capacity_new": "容量（新品）", "energy_usable_new": "可用能量（新品）",
           "soh_end": "质保期末健康度 (SOH)", "energy_usable_end": "质保期末可用能量",
           "resistance_end": "质保期末内阻（相对新品倍数）",
           "power_end": "质保期末内阻下的功率",
           "range_new": "工况续驶里程（新品）", "range_end": "质保期末工况续驶里程"},
}


def temperature(kelvin: float, language: str = "en") -> str:
    """A temperature given in kelvin as ``25 °C``."""
    return f"{kelvin - 273.15:,.0f} °C" if float(kelvin - 273.15).is_integer() else (
        f"{kelvin - 273.15:,.1f} °C")


def years(value: float | None, language: str = "en", beyond: float | None = None) -> str:
    """``7.3 years`` / ``7.3 年``; ``None`` reads "beyond N years" when ``beyond`` is set."""
    if value is None:
        if beyond is None:
            return NOT_AVAILABLE.get(language, NOT_AVAILABLE["en"])
        return f"> {beyond:g} 年" if language == "zh" else f"beyond {beyond:g} years"
    return f"{value:,.1f} 年" if language == "zh" else f"{value:,.1f} years"


def cycles(value: float | None, language: str = "en") -> str:
    """Full equivalent cycles, whole and grouped: ``2,696``."""
    if value is None:
        return NOT_AVAILABLE.get(language, NOT_AVAILABLE["en"])
    return f"{value:,.0f}"


def fraction(value: float | None, language: str = "en", decimals: int = 1) -> str:
    """A plain fraction as a percentage: ``0.739`` -> ``73.9 %``."""
    if value is None:
        return NOT_AVAILABLE.get(language, NOT_AVAILABLE["en"])
    return f"{value * 100:.{decimals}f} %"


def factor(value: float | None, language: str = "en") -> str:
    """A multiplier: ``1.17`` -> ``× 1.17``."""
    if value is None:
        return NOT_AVAILABLE.get(language, NOT_AVAILABLE["en"])
    return f"× {value:.2f}"


def cost_per_kwh(m: Money | None, language: str = "en") -> str:
    """Lifetime cost per kWh delivered, at a tenth of the minor unit: ``¥0.647/kWh``."""
    if m is None:
        return NOT_AVAILABLE.get(language, NOT_AVAILABLE["en"])
    exp = Decimal(1).scaleb(-CURRENCIES[m.currency] - 1)
    amount = m.amount.quantize(exp, rounding=ROUND_HALF_UP)
    return f"{CURRENCY_SYMBOLS[language][m.currency]}{amount:,}/kWh"


def life_figure(q: Quantity | None, kind: str, language: str = "en") -> str:
    """A guaranteed-vs-typical figure: ``fraction`` (73.9 %), ``factor`` (× 1.17) or a
    quantity kind."""
    if q is None:
        return NOT_AVAILABLE.get(language, NOT_AVAILABLE["en"])
    if kind == "fraction":
        return fraction(float(q.magnitude), language)
    if kind == "factor":
        return factor(float(q.magnitude), language)
    return quantity(q, kind, language)


def rating(r, language: str = "en") -> str:
    """A datasheet cycle-life rating: ``6000 cycles to 70 %, 25 °C, 0.5C/0.5C, 80 % DoD``."""
    t = temperature(r.temperature, language)
    rates = f"{r.charge_rate:g}C/{r.discharge_rate:g}C"
    if language == "zh":
        return (f"{r.cycles:,} 次循环至 {r.end_capacity * 100:.0f}%，{t}，{rates}，"
                f"放电深度 {r.dod * 100:.0f}%")
    return (f"{r.cycles:,} cycles to {r.end_capacity * 100:.0f} %, {t}, {rates}, "
            f"{r.dod * 100:.0f} % DoD")


def cycles_beyond(value: float | None, at_horizon: float, language: str = "en") -> str:
    """Cycles to a level, or ``> N`` (the cycles at the horizon) if not reached."""
    if value is None:
        return f"> {at_horizon:,.0f}"
    return cycles(value, language)


def warranty(w, language: str = "en") -> str:
    """``7 years or 2,100 cycles (or 25.3 MWh) to 70 % SOH, whichever comes first``
    (months below two years); a sentence saying why when no term can be proposed."""
    soh = f"{w.soh * 100:.0f} %"
    if w.months == 0 or w.cycles == 0:
        if language == "zh":
            return (f"此工况下无法提出质保期：约 {w.typical_years:.1f} 年即降至 {soh} 健康度"
                    f"（裕量 {w.margin * 100:.0f}%）")
        return (f"No warranty term can be proposed at this usage: {soh} SOH is reached in "
                f"about {w.typical_years:.1f} years (margin {w.margin * 100:.0f} %)")
    e = w.energy_mwh
    energy = f"{e:,} MWh" if e >= 1 else f"{e * 1000:,.0f} kWh"
    if language == "zh":
        term = f"{w.months // 12} 年" if w.months >= 24 else f"{w.months} 个月"
        return (f"{term}或 {w.cycles:,} 次等效全循环（或 {energy}），"
                f"以先到者为准，健康度 (SOH) 不低于 {soh}")
    if w.months >= 24:
        term = f"{w.months // 12} years"
    else:
        term = f"{w.months} month" + ("s" if w.months != 1 else "")
    return (f"{term} or {w.cycles:,} equivalent full cycles (or {energy}) "
            f"to {soh} SOH, whichever comes first")


_WARRANTY_FORMS = {
    "en": re.compile(r"(?P<n>\d+) (?P<unit>years|months?) or (?P<cycles>[\d,]+) equivalent "
                     r"full cycles \(or (?P<energy>[\d.,]+ [kM]Wh)\) to (?P<soh>\d+ %) SOH, "
                     r"whichever comes first"),
    "zh": re.compile(r"(?P<n>\d+) (?P<unit>年|个月)或 (?P<cycles>[\d,]+) 次等效全循环（或 "
                     r"(?P<energy>[\d.,]+ [kM]Wh)），以先到者为准，健康度 \(SOH\) 不低于 "
                     r"(?P<soh>\d+ %)"),
}


def restate_warranty(text: str, language: str) -> str:
    """``text`` in ``language`` when it is exactly a :func:`warranty` proposal worded in
    the other language (same figures, nothing recomputed); any other text as it is.
    A quote reprinted in the other language then states its warranty in that language."""
    other = "zh" if language == "en" else "en"
    m = _WARRANTY_FORMS[other].fullmatch(text.strip())
    if m is None or language not in _WARRANTY_FORMS:
        return text
    n, years = int(m["n"]), m["unit"] in ("years", "年")
    if language == "zh":
        term = f"{n} 年" if years else f"{n} 个月"
        return (f"{term}或 {m['cycles']} 次等效全循环（或 {m['energy']}），"
                f"以先到者为准，健康度 (SOH) 不低于 {m['soh']}")
    term = f"{n} years" if years else f"{n} month" + ("s" if n != 1 else "")
    return (f"{term} or {m['cycles']} equivalent full cycles (or {m['energy']}) "
            f"to {m['soh']} SOH, whichever comes first")
