"""Every figure the pack engine computes: its key (the ``calc --json`` key and the
window's ``result_<key>`` label), kind, JSON unit and the cell figures it needs."""

from __future__ import annotations

#: Module figures (``calc --json`` and the window), kind and JSON unit.
MODULE_RESULTS: dict[str, tuple[str, str]] = {
    "module_voltage_nominal": ("voltage", "V"),
    "module_voltage_max": ("voltage", "V"),
    "module_mass": ("mass", "kg"),
    "module_length": ("length", "mm"),
    "module_width": ("length", "mm"),
    "module_height": ("length", "mm"),
}


#: Every result key, in display order. (kind, JSON unit, cell figures it needs)
RESULTS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "voltage_min": ("voltage", "V", ()),
    "voltage_nominal": ("voltage", "V", ()),
    "voltage_max": ("voltage", "V", ()),
    "capacity": ("charge", "A*h", ()),
    "energy_nominal": ("energy", "kWh", ()),
    "energy_usable": ("energy", "kWh", ()),
    "resistance_pack": ("resistance", "mohm", ("internal_resistance",)),
    "operating_current": ("current", "A", ()),
    "voltage_sag": ("voltage", "V", ("internal_resistance",)),
    "heat_loss": ("power", "W", ("internal_resistance",)),
    "current_continuous_max": ("current", "A", ("max_continuous_discharge",)),
    "power_continuous_max": ("power", "kW", ("max_continuous_discharge",)),
    "c_rate_discharge_max": ("rate", "1/h", ("max_continuous_discharge",)),
    "current_charge_max": ("current", "A", ("max_continuous_charge",)),
    "power_charge_max": ("power", "kW", ("max_continuous_charge",)),
    "c_rate_charge_max": ("rate", "1/h", ("max_continuous_charge",)),
    "charge_current": ("current", "A", ("standard_charge", "max_continuous_charge")),
    "charge_time": ("time", "h", ("standard_charge", "max_continuous_charge")),
    "mass_cells": ("mass", "kg", ("mass",)),
    "mass_pack": ("mass", "kg", ("mass",)),
    "envelope_length": ("length", "mm", ("geometry",)),
    "envelope_width": ("length", "mm", ("geometry",)),
    "envelope_height": ("length", "mm", ("geometry",)),
    "volume_pack": ("volume", "L", ("geometry",)),
    "volume_cells": ("volume", "L", ("geometry",)),
    "energy_density_gravimetric_cell": ("gravimetric", "Wh/kg", ("mass",)),
    "energy_density_volumetric_cell": ("volumetric", "Wh/L", ("geometry",)),
    "energy_density_gravimetric_pack": ("gravimetric", "Wh/kg", ("mass",)),
    "energy_density_volumetric_pack": ("volumetric", "Wh/L", ("geometry",)),
}
RESULT_KEYS = tuple(RESULTS)
