"""The cell model.

A :class:`Cell` holds datasheet figures as pint quantities. A figure no source gave is
``None`` (unknown), never zero or NaN; results that depend on it are reported as not
available. Each cell keeps where its figures come from (``source``, ``source_type``)
and how far to trust them (``confidence``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, fields

from packconfig.core.money import Money
from packconfig.core.units import Quantity, require

CYLINDRICAL_RE = re.compile(r"^\d{4,5}$")
BOX_FORMATS = ("prismatic", "pouch")

#: Quantity fields of a cell: TOML key -> (kind, required). The same keys are used in
#: cell TOML files, in project files and in quote JSON.
QUANTITY_FIELDS: dict[str, tuple[str, bool]] = {
    "nominal_voltage": ("voltage", True),
    "max_voltage": ("voltage", False),
    "min_voltage": ("voltage", False),
    "capacity": ("charge", True),
    "min_capacity": ("charge", False),
    "mass": ("mass", False),
    "diameter": ("length", False),
    "height": ("length", False),
    "length": ("length", False),
    "width": ("length", False),
    "thickness": ("length", False),
    "max_continuous_discharge": ("current", False),
    "max_continuous_charge": ("current", False),
    "standard_charge": ("current", False),
    "internal_resistance": ("resistance", False),
    # the datasheet cycle-life rating's test conditions (issue 17, core/life/rating.py)
    "cycle_life_temperature": ("temperature", False),
    "cycle_life_charge_rate": ("rate", False),
    "cycle_life_discharge_rate": ("rate", False),
    "cycle_life_dod": ("dimensionless", False),
    "cycle_life_end_capacity": ("dimensionless", False),
}

#: Optional per-cell equivalent-circuit figures for the simulation (``core/sim``,
#: docs/simulation.md); when absent the chemistry's defaults in resources/ecm.toml apply.
#: ``dc_resistance`` is the 10 s pulse DC resistance at 25 °C and 50 % SOC.
ECM_FIELDS: dict[str, tuple[str, bool]] = {
    "dc_resistance": ("resistance", False),
    "rc1_resistance": ("resistance", False),
    "rc1_time_constant": ("time", False),
    "rc2_resistance": ("resistance", False),
    "rc2_time_constant": ("time", False),
    "specific_heat": ("specific_heat", False),
    "activation_energy": ("molar_energy", False),
}

#: Plain text fields: key -> required.
TEXT_FIELDS: dict[str, bool] = {
    "id": True,
    "manufacturer": True,
    "model": True,
    "format": True,
    "chemistry": True,
    "source": True,
    "chemistry_detail": False,
    "source_type": False,
    "confidence": False,
    "cycle_life_conditions": False,
    "temperature_charge": False,
    "temperature_discharge": False,
    "notes": False,
    "price_source": False,
    "cycle_life_source": False,
    "ecm_source": False,
}

#: Human names of fields, for "not available" messages.
FIELD_LABELS: dict[str, str] = {
    "nominal_voltage": "nominal voltage",
    "max_voltage": "maximum (charge) voltage",
    "min_voltage": "minimum (cut-off) voltage",
    "capacity": "capacity",
    "mass": "mass",
    "diameter": "diameter",
    "height": "height",
    "length": "length",
    "width": "width",
    "thickness": "thickness",
    "max_continuous_discharge": "maximum continuous discharge current",
    "max_continuous_charge": "maximum continuous charge current",
    "standard_charge": "standard charge current",
    "internal_resistance": "internal resistance",
    "geometry": "dimensions",
    "price": "price",
    "cycle_life": "cycle life",
    "cycle_life_temperature": "cycle-life test temperature",
    "cycle_life_charge_rate": "cycle-life test charge rate",
    "cycle_life_discharge_rate": "cycle-life test discharge rate",
    "cycle_life_dod": "cycle-life test depth of discharge",
    "cycle_life_end_capacity": "cycle-life end capacity",
}


@dataclass(frozen=True)
class Cell:
    """One cell type with its datasheet figures. Unknown figures are ``None``."""

    id: str
    manufacturer: str
    model: str
    format: str
    chemistry: str
    nominal_voltage: Quantity
    capacity: Quantity
    source: str
    max_voltage: Quantity | None = None
    min_voltage: Quantity | None = None
    min_capacity: Quantity | None = None
    mass: Quantity | None = None
    diameter: Quantity | None = None
    height: Quantity | None = None
    length: Quantity | None = None
    width: Quantity | None = None
    thickness: Quantity | None = None
    max_continuous_discharge: Quantity | None = None
    max_continuous_charge: Quantity | None = None
    standard_charge: Quantity | None = None
    internal_resistance: Quantity | None = None
    cycle_life: int | None = None
    price: Money | None = None
    chemistry_detail: str = ""
    source_type: str = ""
    confidence: str = ""
    cycle_life_conditions: str = ""
    temperature_charge: str = ""
    temperature_discharge: str = ""
    notes: str = ""
    price_source: str = ""
    cycle_life_temperature: Quantity | None = None
    cycle_life_charge_rate: Quantity | None = None
    cycle_life_discharge_rate: Quantity | None = None
    cycle_life_dod: Quantity | None = None
    cycle_life_end_capacity: Quantity | None = None
    cycle_life_source: str = ""
    dc_resistance: Quantity | None = None
    rc1_resistance: Quantity | None = None
    rc1_time_constant: Quantity | None = None
    rc2_resistance: Quantity | None = None
    rc2_time_constant: Quantity | None = None
    specific_heat: Quantity | None = None
    activation_energy: Quantity | None = None
    ecm_source: str = ""

    def check_decoded(self, where: str) -> None:
        """After JSON decoding (:mod:`packconfig.core.codec`): every figure has the
        dimension of its field, else :class:`~packconfig.core.errors.UnitError`."""
        for key, (kind, _required) in {**QUANTITY_FIELDS, **ECM_FIELDS}.items():
            value = getattr(self, key)
            if value is not None:
                require(value, kind, f"{where}.{key}")

    @property
    def is_cylindrical(self) -> bool:
        return bool(CYLINDRICAL_RE.match(self.format))

    @property
    def format_label(self) -> str:
        return f"cylindrical {self.format}" if self.is_cylindrical else self.format

    @property
    def has_geometry(self) -> bool:
        if self.is_cylindrical:
            return self.diameter is not None and self.height is not None
        return None not in (self.length, self.width, self.thickness)

    @property
    def energy(self) -> Quantity:
        """Nominal energy of one cell, ``nominal_voltage × capacity``."""
        return (self.nominal_voltage * self.capacity).to("Wh")

    @property
    def volume(self) -> Quantity | None:
        """Volume of one cell: π·d²/4·h (cylindrical) or L·W·T (prismatic, pouch)."""
        if not self.has_geometry:
            return None
        if self.is_cylindrical:
            return (math.pi / 4 * self.diameter**2 * self.height).to("L")
        return (self.length * self.width * self.thickness).to("L")

    def known(self, name: str) -> bool:
        """Whether figure ``name`` (a field, or "geometry") is known."""
        if name == "geometry":
            return self.has_geometry
        return getattr(self, name) is not None

    def to_record(self) -> dict[str, object]:
        """The cell as a TOML/JSON-ready record (quantities as unit strings)."""
        record: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or value == "":
                continue
            if isinstance(value, Quantity):
                record[f.name] = quantity_text(value)
            elif isinstance(value, Money):
                record[f.name] = f"{value.amount} {value.currency}"
            else:
                record[f.name] = value
        return record


def quantity_text(value: Quantity) -> str:
    """A quantity as text that pint parses back to the same value, e.g. ``'3.2 V'``."""
    magnitude = value.magnitude
    if isinstance(magnitude, float) and magnitude.is_integer():
        magnitude = int(magnitude)
    return f"{magnitude} {value.units:~C}"
