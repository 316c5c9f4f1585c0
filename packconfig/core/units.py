"""The one pint unit registry, and dimension checks for public core functions.

Every module imports ``ureg`` and ``Q_`` from here (the MetPy pattern); a second
registry would make quantities from the two incompatible.

Public core functions call :func:`require` on each physical argument. It rejects a
plain number or a quantity of the wrong dimension with a message that names the
argument, e.g. ``capacity must be a charge (A·h), got 3.2 V``.

Vectorised code works in fixed SI units (V, C, J, W, A, kg, m, m³, Ω, s) on plain
numpy arrays; :func:`to_si` and
:func:`from_si` convert at the boundary.
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from packconfig.core.errors import UnitError
from packconfig.core.fs.resources import resource_path

#: Optional libraries pint probes for when it is imported (``pint.compat``) that serve
#: only pint features packconfig does not use: scipy for ``Quantity.to_preferred``,
#: uncertainties for ``Measurement``. They are installed for other reasons (the
#: simulation's solvers need scipy), and importing them costs ~20 ms of CPU at every
#: start, so pint is imported with them hidden; they stay importable afterwards
#: (``tests/core/test_units_import.py``).
PINT_UNUSED_OPTIONALS = ("scipy", "uncertainties")


def _import_pint() -> Any:
    hidden = [name for name in PINT_UNUSED_OPTIONALS if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import name" fails
    try:
        import pint
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    return pint


pint = _import_pint()

#: Built from ``resources/units.txt``, the units this product reads and writes: it loads
#: in a few ms where pint's full default file takes ~0.3 s at every start.
ureg = pint.UnitRegistry(str(resource_path("units.txt")), autoconvert_offset_to_baseunit=True)
ureg.formatter.default_format = "~P"
Q_ = ureg.Quantity
Quantity = pint.Quantity


@dataclass(frozen=True)
class Kind:
    """A physical kind: its name for messages, a reference unit and the SI unit used
    in vectorised code."""

    name: str
    label: str  # unit shown in messages, e.g. "A·h"
    si: str  # unit of the plain floats in vectorised paths

    @property
    def unit(self) -> pint.Unit:
        return ureg.Unit(self.si)


KINDS: dict[str, Kind] = {
    "voltage": Kind("a voltage", "V", "V"),
    "charge": Kind("a charge", "A·h", "C"),
    "current": Kind("a current", "A", "A"),
    "energy": Kind("an energy", "Wh", "J"),
    "power": Kind("a power", "W", "W"),
    "mass": Kind("a mass", "kg", "kg"),
    "length": Kind("a length", "mm", "m"),
    "volume": Kind("a volume", "L", "m**3"),
    "resistance": Kind("a resistance", "mΩ", "ohm"),
    "time": Kind("a time", "h", "s"),
    "gravimetric": Kind("a gravimetric energy density", "Wh/kg", "J/kg"),
    "volumetric": Kind("a volumetric energy density", "Wh/L", "J/m**3"),
    "rate": Kind("a C-rate", "1/h", "1/s"),
    "dimensionless": Kind("a plain ratio", "1", "dimensionless"),
    # offset unit: to_si refuses °C; core.life and core.sim convert with pint (.to("K"))
    "temperature": Kind("a temperature", "°C", "K"),
    "capacitance": Kind("a capacitance", "F", "F"),
    "area": Kind("an area", "m²", "m**2"),
    # simulation (packconfig.core.sim)
    "specific_heat": Kind("a specific heat", "J/(kg·K)", "J/kg/K"),
    "molar_energy": Kind("a molar energy", "kJ/mol", "J/mol"),
    "heat_transfer": Kind("a heat-transfer coefficient", "W/(m²·K)", "W/m**2/K"),
    "thermal_conductance": Kind("a thermal conductance", "W/K", "W/K"),
    "speed": Kind("a speed", "km/h", "m/s"),
    "distance": Kind("a distance", "km", "m"),
    "consumption": Kind("an energy per distance", "kWh/100 km", "J/m"),
}


def describe(value: Any) -> str:
    """``value`` as text for an error message ("3.2 V", "5 (a plain number with no unit)")."""
    if isinstance(value, Quantity):
        return f"{value:~P}"
    if isinstance(value, bool):
        return repr(value)
    if isinstance(value, (int, float)):
        return f"{value} (a plain number with no unit)"
    return repr(value)


def parse_quantity(text: str, kind: str, name: str) -> Quantity:
    """Parse user text such as ``"3.2 V"`` into a quantity of ``kind``.

    Raises :class:`UnitError` naming ``name`` if the text is not a number with a unit
    of the right dimension. A C-rate may be written as datasheets do, ``"0.5C"``
    (pint would read the ``C`` as coulomb, never a rate): it means ``0.5 1/h``.
    """
    if kind == "rate" and isinstance(text, str):
        c_rate = _C_RATE.fullmatch(text.strip())
        if c_rate:
            return Q_(float(c_rate.group(1)), "1/h")
    return require(parse_any_quantity(text, name), kind, name)


def parse_any_quantity(text: str, name: str) -> Quantity:
    """Parse user text into a quantity of whatever dimension it has (the caller checks
    which it may be). The same guards as :func:`parse_quantity`: length, a leading
    number, and no power towers pint would spend minutes on."""
    if not isinstance(text, str):
        raise UnitError(f"{name} must be text with a unit such as '3.2 V', got {text!r}")
    stripped = text.strip()
    if not stripped:
        raise UnitError(f"{name} is empty; give a value with a unit").coded("empty", name=name)
    if len(stripped) > 100:
        raise UnitError(f"{name} is too long to be a quantity ({len(stripped)} characters)"
                        ).coded("too_long", name=name)
    if not _STARTS_WITH_NUMBER.match(stripped):
        raise UnitError(f"{name}: {stripped[:40]!r} must start with a number, e.g. '3.2 V'"
                        ).coded("no_number", name=name, text=stripped[:40])
    # "25 °C" and "25 ℃" (how datasheets and Chinese keyboards write it): pint reads
    # the degree sign as "degree", which the registry does not know before a "C"
    stripped = _CELSIUS.sub("degC", stripped)
    simple = _SIMPLE.fullmatch(stripped)
    if simple:  # "3.2 V", "15 Ah": skip pint's general expression parser (5x faster)
        number, unit = simple.groups()
        try:
            return Q_(int(number) if number.lstrip("+-").isdigit() else float(number),
                      _unit(unit.strip()))
        except Exception as exc:  # pint raises many types for bad text
            folded = fold_unit_case(unit.strip(), name)  # "420 v", "60 KWh"
            if folded is None:
                raise UnitError(f"{name}: cannot read {stripped!r} as a quantity ({exc})"
                                ).coded("not_a_quantity", name=name, text=stripped) from None
            return parse_any_quantity(f"{number} {folded}", name)
    check_powers(stripped, name)
    try:
        value = ureg.Quantity(stripped)
    except Exception as exc:  # pint raises many types for bad text
        folded = fold_unit_case(stripped, name)
        if folded is None:
            raise UnitError(f"{name}: cannot read {stripped!r} as a quantity ({exc})").coded(
                "not_a_quantity", name=name, text=stripped) from None
        return parse_any_quantity(folded, name)
    if not isinstance(value, Quantity):
        value = ureg.Quantity(value)
    return value


_C_RATE = re.compile(r"([-+]?(?:\d+\.?\d*|\.\d+))\s*C")
_CELSIUS = re.compile(r"(?:°\s*C|℃)(?![A-Za-z])")

#: A plain number followed by a unit made of letters and simple operators only (no
#: powers, no parentheses): the shape of every figure in a cell file.
_SIMPLE = re.compile(r"([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d{1,3})?)\s*"
                     r"([^\W\d_][\w·⋅/* ]{0,40})", re.UNICODE)


#: Units a user may type in any case ("420 v", "60 KWh", "3 AH", "2500 mah"), each with
#: the prefixes used for it in practice. A spelling that is not a unit as typed is
#: matched case-insensitively against these; one match is taken, two are refused naming
#: both ("mv": millivolt or megavolt). Exact spellings always win ("MV" is megavolt).
_FOLDABLE: dict[str, str] = {
    "V": "m k M", "A": "m k", "Ah": "m k", "Wh": "m k M G", "W": "m k M G",
    "ohm": "µ m k M", "Ω": "µ m k M", "g": "m k", "m": "µ m c k", "s": "m M",
    "h": "", "hr": "", "min": "", "L": "m", "J": "k M", "degC": "",
}


@lru_cache(maxsize=1)
def _folded_spellings() -> dict[str, tuple[str, ...]]:
    """Lower-case spelling -> the plausible units it may stand for."""
    out: dict[str, list[str]] = {}
    for unit, prefixes in _FOLDABLE.items():
        for prefix in ["", *prefixes.split()]:
            spelling = prefix + unit
            if spelling in ureg:
                out.setdefault(spelling.lower(), []).append(spelling)
    return {key: tuple(dict.fromkeys(values)) for key, values in out.items()}


_PREFIX_ZH = {"µ": "微", "m": "毫", "c": "厘", "k": "千", "M": "兆", "G": "吉"}
_UNIT_ZH = {"V": "伏", "A": "安", "Ah": "安时", "Wh": "瓦时", "W": "瓦", "ohm": "欧", "Ω": "欧",
            "g": "克", "m": "米", "s": "秒", "L": "升", "J": "焦"}


def _name_zh(spelling: str) -> str:
    """毫伏 for mV: the Chinese name of a :data:`_FOLDABLE` spelling."""
    if spelling in _UNIT_ZH:
        return _UNIT_ZH[spelling]
    return _PREFIX_ZH.get(spelling[:1], spelling[:1]) + _UNIT_ZH.get(spelling[1:], spelling[1:])


_WORD = re.compile(r"(?<![\d.])[^\W\d_]+", re.UNICODE)


def _defined(token: str) -> bool:
    """Whether pint knows ``token`` as typed (odd text such as superscripts: no)."""
    try:
        return token in ureg
    except Exception:  # pint raises many types for text it cannot parse
        return False


def fold_unit_case(text: str, name: str) -> str | None:
    """``text`` with each unit word that is not a unit as typed replaced by the one unit
    it matches case-insensitively (:data:`_FOLDABLE`); ``None`` if a word matches none.
    Raises :class:`UnitError` (code ``ambiguous_unit``) naming both readings when a word
    matches two units that differ only in case (``mv``: mV or MV)."""
    changed = False
    parts: list[str] = []
    last = 0
    for word in _WORD.finditer(text):
        token = word.group(0)
        if _defined(token):
            continue
        readings = _folded_spellings().get(token.lower(), ())
        if not readings:
            return None
        if len(readings) > 1:
            described = [f"{r} ({ureg.parse_units(r):D})".replace("_", " ") for r in readings]
            raise UnitError(f"{name}: the unit {token!r} is ambiguous: it could be "
                            f"{' or '.join(described)}; write it with the right capitals"
                            ).coded("ambiguous_unit", name=name, unit=token,
                                    readings=described,
                                    readings_zh=[f"{r}（{_name_zh(r)}）" for r in readings])
        parts.append(text[last:word.start()] + readings[0])
        last = word.end()
        changed = True
    return "".join(parts) + text[last:] if changed else None


_STARTS_WITH_NUMBER = re.compile(r"[-+]?\(?\s*[-+]?(?:\d|\.\d)")


@lru_cache(maxsize=256)
def _unit(text: str) -> pint.Unit:
    return ureg.parse_units(text)


_NUMBER = r"([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)"
_EXPONENT = re.compile(rf"\s*(?:\(\s*{_NUMBER}\s*\)|{_NUMBER})")
MAX_POWERS = 3
MAX_EXPONENT = 12


def check_powers(text: str, name: str) -> None:
    """Refuse powers pint would spend minutes or gigabytes evaluating (``9**9**9 V``,
    ``V**9**9**9``): at most three ``**``/``^`` (superscripts count), each followed by a
    plain number no larger than 12 and not by another power. Call before handing
    untrusted text to pint as a quantity or a unit."""
    from pint.util import string_preprocessor

    expanded = string_preprocessor(text)
    if "**" not in expanded:
        return
    ok = expanded.count("**") <= MAX_POWERS
    for power in re.finditer(r"\*\*", expanded) if ok else ():
        exponent = _EXPONENT.match(expanded, power.end())
        if (exponent is None
                or not abs(float(exponent.group(1) or exponent.group(2))) <= MAX_EXPONENT
                or expanded[exponent.end():].lstrip().startswith("**")):
            ok = False
            break
    if not ok:
        raise UnitError(f"{name}: cannot read {text[:100]!r} as a quantity (powers must be "
                        f"small plain numbers, e.g. m**2)").coded("powers", name=name,
                                                                  text=text[:100])


def require(value: Any, kind: str, name: str) -> Quantity:
    """Return ``value`` if it is a finite quantity of ``kind``; raise otherwise.

    >>> require(Q_(3, "V"), "charge", "capacity")
    Traceback (most recent call last):
    ...
    packconfig.core.errors.UnitError: capacity must be a charge (A·h), got 3 V
    """
    spec = KINDS[kind]
    if not isinstance(value, Quantity):
        if kind == "dimensionless" and isinstance(value, (int, float)) and not isinstance(
            value, bool
        ):
            value = Q_(value, "dimensionless")
        else:
            raise UnitError(f"{name} must be {spec.name} ({spec.label}), got {describe(value)}"
                            ).coded("wrong_kind", name=name, kind=kind, unit=spec.label,
                                    got=describe(value))
    if not value.is_compatible_with(spec.unit):
        raise UnitError(f"{name} must be {spec.name} ({spec.label}), got {describe(value)}"
                        ).coded("wrong_kind", name=name, kind=kind, unit=spec.label,
                                got=describe(value))
    magnitude = value.magnitude
    try:
        finite = math.isfinite(float(magnitude))
    except OverflowError:  # an int beyond float range, e.g. from "10**400 V"
        finite = False
    except (TypeError, ValueError):
        finite = True  # arrays are checked by the caller
    if not finite:
        raise UnitError(f"{name} must be a finite number, got {describe(value)}").coded(
            "not_finite", name=name, got=describe(value))
    return value


def require_optional(value: Any, kind: str, name: str) -> Quantity | None:
    """Like :func:`require` but lets ``None`` (unknown) through."""
    return None if value is None else require(value, kind, name)


def to_si(value: Quantity | None, kind: str) -> float:
    """Magnitude of ``value`` in the kind's fixed SI unit; NaN for unknown (``None``)."""
    if value is None:
        return math.nan
    return float(value.magnitude) * _si_factor(value.units, kind)


@lru_cache(maxsize=512)
def _si_factor(units: pint.Unit, kind: str) -> float:
    """Multiplier from ``units`` to the kind's SI unit (pint's conversion machinery is
    slow per call; the factors are few). Offset units (°C) are not linear: refused."""
    if not ureg.Quantity(1.0, units).is_compatible_with(KINDS[kind].unit):
        raise UnitError(f"expected {KINDS[kind].name} ({KINDS[kind].label}), got {units:~P}")
    zero = ureg.Quantity(0.0, units).to(KINDS[kind].unit).magnitude
    if zero != 0:
        raise UnitError(f"{units:~P} has an offset and cannot be scaled to "
                        f"{KINDS[kind].si}")
    return float(ureg.Quantity(1.0, units).to(KINDS[kind].unit).magnitude)


def from_si(magnitude: Any, kind: str) -> Quantity:
    """Wrap a plain number or array in the kind's SI unit."""
    return Q_(magnitude, KINDS[kind].si)
