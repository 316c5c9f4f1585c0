"""Design-space explorer: a customer's requirements, checked and converted to SI.

:class:`Requirements` holds every requirement of a search. Every one is optional
(``None`` or empty = no requirement); physical ones are pint quantities checked with
:func:`packconfig.core.units.require` under the requirement's name, so a wrong unit is
refused with a message naming it (``max_mass must be a mass (kg), got 450 V``).
:func:`requirements_from_text` builds one from user text (CLI flags, GUI fields) with
:func:`packconfig.core.units.parse_quantity`.

The search itself is :func:`packconfig.core.explore.engine.search`; its result is a
:class:`packconfig.core.explore.results.SearchResult`. See docs/explorer.md.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields

from packconfig.core.cells import chemistry
from packconfig.core.cells.model import CYLINDRICAL_RE, Cell
from packconfig.core.errors import InputError
from packconfig.core.explore.life_rules import REASONS as LIFE_REASONS
from packconfig.core.explore.life_rules import LifeRequirement
from packconfig.core.explore.module_rules import MODULE_LIMIT_ARGS
from packconfig.core.explore.sim_rules import SIM_REASONS
from packconfig.core.money import Money
from packconfig.core.pack.validate import MAX_PARALLEL, MAX_SERIES
from packconfig.core.units import Quantity, parse_quantity, require, to_si

DEFAULT_SERIES = (1, 400)
DEFAULT_PARALLEL = (1, 200)


@dataclass(frozen=True)
class Limit:
    """One numeric requirement: ``engine key  op  limit`` (op is ">=" or "<=")."""

    field: str  # Requirements field name
    key: str  # engine.RESULTS key, or "price"
    op: str  # ">=" (a minimum) or "<=" (a maximum)
    kind: str  # units.KINDS key
    label: str  # what the requirement is, for messages ("max mass")
    reason: str  # rejection reason key, e.g. "over_mass"
    reason_text: str  # e.g. "over mass"
    best_text: str  # "the lightest design", for suggestions
    figure: str = ""  # cell figure it needs ("mass", "geometry", ...), "" if always known
    s_only: bool = False  # depends on S only (voltage): pruned per cell before P grids


#: Numeric requirements in the fixed order in which candidates are checked (the first
#: one a candidate fails is its rejection reason). S-only checks come first.
LIMITS: tuple[Limit, ...] = (
    Limit("min_voltage", "voltage_nominal", ">=", "voltage", "min nominal voltage",
          "voltage_low", "nominal voltage too low", "the highest nominal voltage", s_only=True),
    Limit("max_voltage", "voltage_nominal", "<=", "voltage", "max nominal voltage",
          "voltage_high", "nominal voltage too high", "the lowest nominal voltage", s_only=True),
    Limit("max_charge_voltage", "voltage_max", "<=", "voltage", "max charge voltage",
          "charge_voltage_high", "max (charge) voltage too high",
          "the lowest max voltage", s_only=True),
    Limit("min_cutoff_voltage", "voltage_min", ">=", "voltage", "min cut-off voltage",
          "cutoff_voltage_low", "min (cut-off) voltage too low",
          "the highest min voltage", s_only=True),
    Limit("min_capacity", "capacity", ">=", "charge", "min capacity", "capacity_low",
          "capacity too low", "the largest capacity"),
    Limit("min_energy", "energy_nominal", ">=", "energy", "min nominal energy",
          "energy_low", "nominal energy too low", "the most energy"),
    Limit("min_energy_usable", "energy_usable", ">=", "energy", "min usable energy",
          "usable_energy_low", "usable energy too low", "the most usable energy"),
    Limit("min_current", "current_continuous_max", ">=", "current",
          "min continuous current", "current_low", "continuous current too low",
          "the highest continuous current", "max_continuous_discharge"),
    Limit("min_power", "power_continuous_max", ">=", "power", "min continuous power",
          "power_low", "continuous power too low", "the most continuous power",
          "max_continuous_discharge"),
    Limit("min_charge_power", "power_charge_max", ">=", "power", "min charge power",
          "charge_power_low", "charge power too low", "the most charge power",
          "max_continuous_charge"),
    Limit("max_mass", "mass_pack", "<=", "mass", "max mass", "over_mass", "over mass",
          "the lightest design", "mass"),
    Limit("max_volume", "volume_pack", "<=", "volume", "max volume", "over_volume",
          "over volume", "the smallest design", "geometry"),
    Limit("max_length", "envelope_length", "<=", "length", "max length", "too_long",
          "too long", "the shortest design", "geometry"),
    Limit("max_width", "envelope_width", "<=", "length", "max width", "too_wide",
          "too wide", "the narrowest design", "geometry"),
    Limit("max_height", "envelope_height", "<=", "length", "max height", "too_tall",
          "too tall", "the lowest design", "geometry"),
)
LIMITS += tuple(Limit(*args) for args in MODULE_LIMIT_ARGS)  # module splits (module_rules)
LIMITS_BY_FIELD = {lim.field: lim for lim in LIMITS}
PRICE_LIMIT = Limit("max_price", "price", "<=", "", "max price", "over_price", "over price",
                    "the cheapest design", "price")

#: Cell-level reasons (whole cells excluded), in checking order, before the limits.
CELL_REASONS: dict[str, str] = {
    "chemistry": "chemistry not allowed",
    "format": "format not allowed",
    "manufacturer": "manufacturer not allowed",
    "no_max_continuous_discharge": "no continuous discharge current figure",
    "no_max_continuous_charge": "no continuous charge current figure",
    "no_mass": "no mass figure",
    "no_geometry": "no dimensions",
    "no_price": "cannot be priced (no price and no default)",
    **LIFE_REASONS,  # the lifetime requirement (life_rules.py), after the figures
}
FIGURES = ("max_continuous_discharge", "max_continuous_charge", "mass", "geometry", "price")

#: Every rejection reason key -> text, in the fixed checking order.
REASONS: dict[str, str] = {**CELL_REASONS,
                           **{lim.reason: lim.reason_text for lim in LIMITS},
                           PRICE_LIMIT.reason: PRICE_LIMIT.reason_text}

REASONS.update(SIM_REASONS)  # simulated requirements (sim_rules), checked after the limits

#: Sort objectives: key -> (label, engine key or "price"/"price_per_kwh", descending).
OBJECTIVES: dict[str, tuple[str, str, bool]] = {
    "price": ("unit price", "price", False),
    "mass": ("pack mass", "mass_pack", False),
    "volume": ("pack volume", "volume_pack", False),
    "gravimetric": ("pack energy density (mass)", "energy_density_gravimetric_pack", True),
    "volumetric": ("pack energy density (volume)", "energy_density_volumetric_pack", True),
    "price_per_kwh": ("price per usable kWh", "price_per_kwh", False),
}


def _range(value: object, name: str, maximum: int) -> tuple[int, int]:
    try:
        lo, hi = value  # type: ignore[misc]
    except (TypeError, ValueError):
        raise InputError(f"{name} must be a (min, max) pair of whole numbers, got {value!r}"
                         ) from None
    for v in (lo, hi):
        if isinstance(v, bool) or not isinstance(v, int):
            raise InputError(f"{name} must be whole numbers, got {value!r}")
    if not 1 <= lo <= hi <= maximum:
        raise InputError(f"{name} must satisfy 1 <= min <= max <= {maximum}, got {lo}..{hi}")
    return lo, hi


def _names(values: Iterable[str], name: str) -> tuple[str, ...]:
    if isinstance(values, str):
        values = [values]
    out = []
    for v in values:
        if not isinstance(v, str) or not v.strip():
            raise InputError(f"{name} must be a list of names, got {v!r}")
        out.append(v.strip())
    return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class Requirements:
    """A customer's requirements. ``None`` / empty means "no requirement"."""

    min_voltage: Quantity | None = None  # nominal pack voltage
    max_voltage: Quantity | None = None
    max_charge_voltage: Quantity | None = None  # pack maximum (charge) voltage
    min_cutoff_voltage: Quantity | None = None  # pack minimum (cut-off) voltage
    min_capacity: Quantity | None = None
    min_energy: Quantity | None = None  # nominal
    min_energy_usable: Quantity | None = None
    min_current: Quantity | None = None  # continuous discharge
    min_power: Quantity | None = None  # continuous discharge
    min_charge_power: Quantity | None = None
    max_mass: Quantity | None = None
    max_volume: Quantity | None = None
    max_length: Quantity | None = None
    max_width: Quantity | None = None
    max_height: Quantity | None = None
    max_module_voltage: Quantity | None = None  # module split (explore/module_rules.py)
    max_module_mass: Quantity | None = None
    max_price: Money | None = None
    chemistries: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()
    manufacturers: tuple[str, ...] = ()
    series: tuple[int, int] = DEFAULT_SERIES
    parallel: tuple[int, int] = DEFAULT_PARALLEL
    life: LifeRequirement | None = None  # lifetime at a duty (issue 17)

    def __post_init__(self) -> None:
        for lim in LIMITS:
            value = getattr(self, lim.field)
            if value is not None:
                require(value, lim.kind, lim.field)
                if not value.magnitude > 0:
                    raise InputError(f"{lim.field} must be greater than zero, got {value:~P}")
        if self.max_price is not None:
            if not isinstance(self.max_price, Money):
                raise InputError(f"max_price must be an amount of money such as "
                                 f"'80000 CNY', got {self.max_price!r}")
            if self.max_price.amount <= 0:
                raise InputError("max_price must be greater than zero")
        chems = []
        for name in _names(self.chemistries, "chemistries"):
            key = chemistry.normalise(name)
            if key is None:
                known = ", ".join(chemistry.chemistries())
                raise InputError(f"chemistries: unknown chemistry {name!r}; known: {known}")
            chems.append(key)
        object.__setattr__(self, "chemistries", tuple(dict.fromkeys(chems)))
        fmts = _names(self.formats, "formats")
        for f in fmts:
            if f.lower() not in ("cylindrical", "prismatic", "pouch") and not \
                    CYLINDRICAL_RE.match(f):
                raise InputError(f"formats: unknown format {f!r}; use cylindrical, prismatic, "
                                 "pouch or a size code such as 21700")
        object.__setattr__(self, "formats", tuple(f.lower() for f in fmts))
        object.__setattr__(self, "manufacturers", _names(self.manufacturers, "manufacturers"))
        object.__setattr__(self, "series", _range(self.series, "series range", MAX_SERIES))
        object.__setattr__(self, "parallel", _range(self.parallel, "parallel range",
                                                    MAX_PARALLEL))
        self._check_windows()

    def _check_windows(self) -> None:
        for lo, hi in (("min_voltage", "max_voltage"),
                       ("min_cutoff_voltage", "max_charge_voltage")):
            a, b = getattr(self, lo), getattr(self, hi)
            if a is not None and b is not None and a > b:
                raise InputError(f"{lo} {a:~P} is above {hi} {b:~P}: no pack can meet both")

    # -- helpers for the engine -------------------------------------------------------
    def active_limits(self) -> list[tuple[Limit, float]]:
        """(limit, SI value) for every numeric requirement given, in checking order."""
        return [(lim, to_si(getattr(self, lim.field), lim.kind)) for lim in LIMITS
                if getattr(self, lim.field) is not None]

    def allows_cell(self, cell: Cell) -> str | None:
        """``None`` if the cell passes the chemistry/format/manufacturer filters, else
        the reason key."""
        if self.chemistries and cell.chemistry not in self.chemistries:
            return "chemistry"
        if self.formats:
            fmt = cell.format.lower()
            ok = fmt in self.formats or (cell.is_cylindrical and "cylindrical" in self.formats)
            if not ok:
                return "format"
        if self.manufacturers:
            maker = cell.manufacturer.casefold()
            if not any(m.casefold() in maker for m in self.manufacturers):
                return "manufacturer"
        return None

    def check_manufacturers(self, cells: Sequence[Cell]) -> None:
        """Refuse a manufacturer that matches no cell at all (likely a typo)."""
        makers = sorted({c.manufacturer for c in cells})
        for m in self.manufacturers:
            if not any(m.casefold() in x.casefold() for x in makers):
                close = difflib.get_close_matches(m, makers, n=3, cutoff=0.4)
                hint = f"; did you mean {', '.join(close)}?" if close else ""
                raise InputError(f"manufacturers: no cell in the catalog is made by {m!r}{hint}")

    def describe(self) -> list[str]:
        """The requirements given, as ``name value`` texts (for reports)."""
        out = []
        for f in fields(self):
            value = getattr(self, f.name)
            if value in (None, ()) or (f.name == "series" and value == DEFAULT_SERIES) or (
                    f.name == "parallel" and value == DEFAULT_PARALLEL):
                continue
            if isinstance(value, Quantity):
                value = f"{value:~P}"
            elif isinstance(value, tuple):
                value = (f"{value[0]}..{value[1]}" if f.name in ("series", "parallel")
                         else ", ".join(value))
            out.append(f"{f.name} {value}")
        return out


#: Text field name -> kind, for :func:`requirements_from_text`.
TEXT_KINDS: dict[str, str] = {lim.field: lim.kind for lim in LIMITS}


def _split(text: object) -> tuple[str, ...]:
    if text is None:
        return ()
    if isinstance(text, str):
        return tuple(p.strip() for p in text.split(",") if p.strip())
    return tuple(text)  # type: ignore[arg-type]


def _int_range(text: object, name: str, default: tuple[int, int]) -> tuple[int, int]:
    if text is None or (isinstance(text, str) and not text.strip()):
        return default
    if isinstance(text, tuple):
        return text
    parts = str(text).replace("..", "-").split("-")
    try:
        nums = [int(p.strip()) for p in parts]
    except ValueError:
        raise InputError(f"{name} must be a range such as '1-400', got {text!r}") from None
    if len(nums) == 1:
        return nums[0], nums[0]
    if len(nums) != 2:
        raise InputError(f"{name} must be a range such as '1-400', got {text!r}")
    return nums[0], nums[1]


def requirements_from_text(values: Mapping[str, object], names: Mapping[str, str] | None = None,
                           ) -> Requirements:
    """Build :class:`Requirements` from text values keyed by field name.

    Empty or missing texts mean "no requirement". ``names`` maps a field to the name
    used in error messages (e.g. ``{"max_mass": "--max-mass"}``); by default the field
    name. ``max_price`` is text like ``"80000 CNY"``; ``chemistries`` etc. are
    comma-separated; ``series``/``parallel`` are ranges like ``"1-400"``.
    """
    names = dict(names or {})
    unknown = set(values) - {f.name for f in fields(Requirements)}
    if unknown:
        raise InputError(f"unknown requirement {sorted(unknown)[0]!r}")
    kwargs: dict[str, object] = {}
    for key, kind in TEXT_KINDS.items():
        text = values.get(key)
        if text is None or (isinstance(text, str) and not text.strip()):
            continue
        kwargs[key] = parse_quantity(str(text), kind, names.get(key, key)) if isinstance(
            text, str) else require(text, kind, names.get(key, key))
    price = values.get("max_price")
    if isinstance(price, Money):
        kwargs["max_price"] = price
    elif price is not None and str(price).strip():
        kwargs["max_price"] = Money.parse(str(price), names.get("max_price", "max_price"))
    for key in ("chemistries", "formats", "manufacturers"):
        kwargs[key] = _split(values.get(key))
    if isinstance(values.get("life"), LifeRequirement):
        kwargs["life"] = values["life"]
    kwargs["series"] = _int_range(values.get("series"), names.get("series", "series"),
                                  DEFAULT_SERIES)
    kwargs["parallel"] = _int_range(values.get("parallel"), names.get("parallel", "parallel"),
                                    DEFAULT_PARALLEL)
    try:
        return Requirements(**kwargs)  # type: ignore[arg-type]
    except InputError as exc:
        # Re-word core field names into the caller's names where they appear first.
        msg = str(exc)
        for key, alias in names.items():
            if msg.startswith(key + " ") or msg.startswith(key + ":"):
                msg = alias + msg[len(key):]
                break
        raise InputError(msg) from None


__all__ = ["CELL_REASONS", "LIMITS", "OBJECTIVES", "REASONS", "Limit", "Requirements",
           "requirements_from_text"]
