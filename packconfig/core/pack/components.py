"""The component table: sourced defaults for every part of a module and a pack.

The shipped table is ``resources/components.toml`` (each part with mass, volume, cost,
source and confidence; each model parameter with its source). Overrides come in as
data (the commercial settings' ``components`` key, see
:mod:`packconfig.core.commerce.settings`), so this layer never reads settings itself::

    table = component_table({"parts": {"main_contactor": {"mass_kg": 0.43}},
                             "params": {"module_wall": "0.5 mm"}})

Parameters are plain SI floats (``table.p["rho_cu"]`` in kg/m³); costs are Decimal in
``table.currency``.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from packconfig.core.errors import DataFileError, InputError
from packconfig.core.fs.resources import resource_path
from packconfig.core.money import to_decimal

_NUMBER_FIELDS = ("mass_kg", "volume_l")
_MONEY_FIELDS = ("cost_usd", "material_cost_usd_per_kg", "cost_usd_per_series",
                 "cost_usd_per_amp", "cost_usd_per_m2")
_TEXT_FIELDS = ("label", "label_zh", "level", "source", "confidence")
LEVELS = ("module", "pack", "junction_box")


@dataclass(frozen=True)
class Part:
    """One kind of part: per-unit mass (kg) and volume (L) where fixed (NaN when the
    mass is computed from a formula), costs in the table currency."""

    key: str
    label: str
    label_zh: str
    level: str
    mass_kg: float = math.nan
    volume_l: float = math.nan
    cost_usd: Decimal = Decimal(0)
    material_cost_usd_per_kg: Decimal = Decimal(0)
    cost_usd_per_series: Decimal = Decimal(0)
    cost_usd_per_amp: Decimal = Decimal(0)
    cost_usd_per_m2: Decimal = Decimal(0)
    source: str = ""
    confidence: str = ""


@dataclass(frozen=True)
class Contactor:
    name: str
    current_a: float
    voltage_v: float
    mass_kg: float
    source: str


@dataclass(frozen=True)
class Board:
    name: str
    max_cells: int
    min_cells: int
    source: str


@dataclass(frozen=True)
class ComponentTable:
    currency: str
    cost_basis: str
    parts: dict[str, Part]
    p: dict[str, float]  # parameters in SI units
    param_sources: dict[str, str]
    contactors: tuple[Contactor, ...]
    boards: dict[str, Board]
    cost_basis_zh: str = ""  # the same basis in Chinese (windows and files in Chinese)

    def part(self, key: str) -> Part:
        return self.parts[key]

    def __hash__(self) -> int:
        return id(self)


_SI_BASE = {"[mass]": "kg", "[length]": "m", "[time]": "s", "[current]": "A",
            "[temperature]": "K", "[substance]": "mol"}


def _si_unit(dimensionality: Mapping[str, float]) -> str:
    """The SI unit of a dimensionality (kg, m, s, A, K; "dimensionless" for none)."""
    parts = [f"{_SI_BASE[d]}**{e:g}" for d, e in dimensionality.items()]
    return " * ".join(parts) or "dimensionless"


def _si(text: object, where: str) -> float:
    from packconfig.core.units import Q_

    if isinstance(text, bool):
        raise InputError(f"{where} must be a number or a quantity, got {text!r}")
    if isinstance(text, (int, float)):
        value = float(text)
    else:
        if not isinstance(text, str) or len(text) > 60:
            raise InputError(f"{where} must be a quantity as text, e.g. \"0.3 mm\"")
        try:
            q = Q_(text)
            value = float(q.to(_si_unit(q.dimensionality)).magnitude)
        except Exception as exc:  # pint raises assorted types for bad text
            raise InputError(f"{where}: {text!r} is not a quantity ({exc})").coded(
                "component_bad_value", where=where, got=text) from None
    if not math.isfinite(value) or value < 0:
        raise InputError(f"{where} must be a finite number >= 0, got {text!r}").coded(
            "component_bad_value", where=where, got=str(text))
    return value


def _part(key: str, raw: Mapping[str, Any], where: str) -> Part:
    kwargs: dict[str, Any] = {"key": key}
    for name, value in raw.items():
        if name in _NUMBER_FIELDS:
            kwargs[name] = _si(value, f"{where}.{name}")
        elif name in _MONEY_FIELDS:
            kwargs[name] = Decimal(0) if value == "" else to_decimal(value, f"{where}.{name}")
            if kwargs[name] < 0:
                raise InputError(f"{where}.{name} must not be negative")
        elif name in _TEXT_FIELDS:
            if not isinstance(value, str):
                raise InputError(f"{where}.{name} must be text")
            kwargs[name] = value
        else:
            raise InputError(f"{where}: unknown field {name!r}").coded(
                "component_unknown", where=where, name=name)
    if kwargs.get("level", "pack") not in LEVELS:
        raise InputError(f"{where}.level must be one of {', '.join(LEVELS)}")
    return Part(**kwargs)


def _build(data: Mapping[str, Any]) -> ComponentTable:
    parts = {k: _part(k, v, f"parts.{k}") for k, v in data["parts"].items()}
    params = {k: _si(v["value"], f"params.{k}") for k, v in data["params"].items()}
    sources = {k: str(v.get("source", "")) for k, v in data["params"].items()}
    contactors = tuple(sorted((Contactor(c["name"], float(c["current_a"]), float(c["voltage_v"]),
                                         float(c["mass_kg"]), c["source"])
                               for c in data.get("contactors", [])),
                              key=lambda c: (c.current_a, c.voltage_v)))
    boards = {k: Board(k, int(v["max_cells"]), int(v["min_cells"]), v["source"])
              for k, v in data.get("boards", {}).items()}
    return ComponentTable(str(data.get("currency", "USD")), str(data.get("cost_basis", "")),
                          parts, params, sources, contactors, boards,
                          str(data.get("cost_basis_zh", "")))


@lru_cache(maxsize=1)
def _shipped_raw() -> dict[str, Any]:
    path = resource_path("components.toml")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(path, f"cannot read the component table ({exc})") from None


@lru_cache(maxsize=1)
def default_table() -> ComponentTable:
    """The shipped component table (parsed once)."""
    return _build(_shipped_raw())


#: The table in force when a caller passes none: the shipped one, or the one built from
#: the user's settings (``components`` overrides) when the settings were last loaded.
_active: list[ComponentTable] = []


def use_table(table: ComponentTable | None) -> None:
    """Make ``table`` the one every pack evaluation uses when it is given none (None: the
    shipped table). Loading the commercial settings calls this with their table, so a
    part overridden in ``settings.json`` sizes, weighs and prices every design."""
    _active[:] = [] if table is None or table is default_table() else [table]


def active_table() -> ComponentTable:
    """The table in force (see :func:`use_table`)."""
    return _active[0] if _active else default_table()


def component_table(overrides: Mapping[str, Any] | None = None) -> ComponentTable:
    """The shipped table with ``overrides`` applied: ``{"parts": {key: {field: value}},
    "params": {key: "quantity text"}, "board": name}``. Unknown parts, parameters or
    fields raise :class:`InputError` naming them."""
    base = default_table()
    if not overrides:
        return base
    if not isinstance(overrides, Mapping):
        raise InputError("components overrides must be an object")
    unknown = set(overrides) - {"parts", "params"}
    if unknown:
        raise InputError(f"components: unknown sections {sorted(unknown)}").coded(
            "component_unknown", where="components", name=", ".join(sorted(unknown)))
    parts = dict(base.parts)
    for key, fields in (overrides.get("parts") or {}).items():
        if key not in parts or not isinstance(fields, Mapping):
            raise InputError(f"components.parts: unknown part {key!r}").coded(
                "component_unknown", where="components.parts", name=str(key))
        changed = _part(key, {**_raw_fields(parts[key]), **fields}, f"parts.{key}")
        parts[key] = replace(changed)
    params = dict(base.p)
    for key, value in (overrides.get("params") or {}).items():
        if key not in params:
            raise InputError(f"components.params: unknown parameter {key!r}").coded(
                "component_unknown", where="components.params", name=str(key))
        params[key] = _si(value, f"params.{key}")
    return replace(base, parts=parts, p=params)


def _raw_fields(part: Part) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        out[name] = getattr(part, name)
    for name in _NUMBER_FIELDS:
        value = getattr(part, name)
        if not math.isnan(value):
            out[name] = value
    for name in _MONEY_FIELDS:
        out[name] = str(getattr(part, name))
    return out
