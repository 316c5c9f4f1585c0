"""Options of a pack design that are not the cell, S or P: SOC window, currents, layout
and the mass/size overhead model. Defaults are documented in ``docs/physics.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

from packconfig.core.constants import LAYOUTS, THERMAL
from packconfig.core.errors import InputError
from packconfig.core.pack.modules import Architecture
from packconfig.core.units import Q_, Quantity, require, require_optional, to_si

__all__ = ["LAYOUTS", "THERMAL", "Architecture", "Overhead", "PackOptions"]


@dataclass(frozen=True)
class Overhead:
    """Which pack hardware a design has: a BMS (master, slaves and junction box), an
    enclosure, and thermal management ("none", "air", "liquid"). The masses come from
    the bottom-up component model (docs/physics.md, "Modules and components").

    The fraction and mass fields (``bms_base_mass``, ``bms_mass_per_series``,
    ``enclosure_fraction``, ``busbar_fraction``, ``thermal_fractions``, ``wall``,
    ``top_clearance``) belong to the overhead-percentage model used before the
    component model; they are kept so that project files and quotes written then
    still open, and no longer change any figure.
    """

    bms: bool = True
    bms_base_mass: Quantity = field(default_factory=lambda: Q_(0.5, "kg"))
    bms_mass_per_series: Quantity = field(default_factory=lambda: Q_(20, "g"))
    enclosure: bool = True
    enclosure_fraction: float = 0.35
    busbar_fraction: float = 0.05
    thermal: str = "liquid"
    thermal_fractions: tuple[float, float, float] = (0.0, 0.03, 0.08)
    wall: Quantity = field(default_factory=lambda: Q_(10, "mm"))
    top_clearance: Quantity = field(default_factory=lambda: Q_(25, "mm"))

    def __post_init__(self) -> None:
        require(self.bms_base_mass, "mass", "bms_base_mass")
        require(self.bms_mass_per_series, "mass", "bms_mass_per_series")
        require(self.wall, "length", "wall")
        require(self.top_clearance, "length", "top_clearance")
        for name in ("enclosure_fraction", "busbar_fraction"):
            value = getattr(self, name)
            if not 0 <= value <= 5:
                raise InputError(f"{name} must be between 0 and 5, got {value}")
        if self.thermal not in THERMAL:
            raise InputError(f"thermal must be one of {', '.join(THERMAL)}, got {self.thermal!r}")

    @property
    def thermal_fraction(self) -> float:
        return self.thermal_fractions[THERMAL.index(self.thermal)]


@dataclass(frozen=True)
class PackOptions:
    """Design options. ``None`` means "use the documented default":

    * ``soc_min``/``soc_max``: the chemistry's usable window (resources/chemistries.toml);
    * ``operating_current`` (for sag and heat): 1C, i.e. the pack capacity over one hour;
    * ``charge_current``: P × the cell's standard charge current, else P × its maximum
      continuous charge current, else not available.
    """

    soc_min: float | None = None
    soc_max: float | None = None
    operating_current: Quantity | None = None
    charge_current: Quantity | None = None
    layout: str = "square"
    gap: Quantity = field(default_factory=lambda: Q_(1.0, "mm"))
    overhead: Overhead = field(default_factory=Overhead)
    architecture: Architecture = field(default_factory=Architecture)

    def __post_init__(self) -> None:
        for name in ("soc_min", "soc_max"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not 0 <= value <= 1):
                raise InputError(f"{name} must be a fraction between 0 and 1, got {value!r}")
        if self.soc_min is not None and self.soc_max is not None and self.soc_min >= self.soc_max:
            raise InputError(
                f"the usable SOC window is empty: soc_min {self.soc_min} >= soc_max {self.soc_max}"
            )
        require_optional(self.operating_current, "current", "operating_current")
        require_optional(self.charge_current, "current", "charge_current")
        for name in ("operating_current", "charge_current"):
            value = getattr(self, name)
            if value is not None and not value.magnitude > 0:
                raise InputError(f"{name} must be greater than zero, got {value:~P}")
        if self.layout not in LAYOUTS:
            raise InputError(f"layout must be one of {', '.join(LAYOUTS)}, got {self.layout!r}")
        require(self.gap, "length", "gap")
        if self.gap.magnitude < 0 or self.gap > Q_(100, "mm"):
            raise InputError(f"gap must be between 0 and 100 mm, got {self.gap:~P}")

    def with_(self, **changes: object) -> PackOptions:
        return replace(self, **changes)

    @cached_property
    def si(self) -> dict[str, float]:
        """The options' quantities as plain floats in SI units (NaN when unset), for
        the vectorised engine; computed once per options object."""
        ov = self.overhead
        return {
            "operating_current": to_si(self.operating_current, "current"),
            "charge_current": to_si(self.charge_current, "current"),
            "gap": to_si(self.gap, "length"),
            "bms_base_mass": to_si(ov.bms_base_mass, "mass"),
            "bms_mass_per_series": to_si(ov.bms_mass_per_series, "mass"),
            "wall": to_si(ov.wall, "length"),
            "top_clearance": to_si(ov.top_clearance, "length"),
        }


def migrate_options_v1(data: object) -> object:
    """Encoded options from schema 1 (before modules) as schema 2: a design saved then
    was cells S×P with no module split; it opens with ``architecture`` = the suggested
    split (the default), so the cell, S, P and every option keep their meaning."""
    if isinstance(data, dict) and "architecture" not in data:
        return {**data, "architecture": {}}
    return data
