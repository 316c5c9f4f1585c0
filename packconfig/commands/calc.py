"""``packconfig calc``: the figures of one pack design."""

from __future__ import annotations

import argparse
import json

from packconfig import display
from packconfig.commands.common import add_design_arguments, options_from_args, resolve_cell
from packconfig.core.engine import RESULTS
from packconfig.core.physics import compute_pack
from packconfig.core.warnings import pack_warnings

LABELS = {
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


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("calc", help="compute the figures of S×P cells")
    add_design_arguments(p)
    p.add_argument("--json", action="store_true", help="print a JSON object")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    cell = resolve_cell(args)
    result = compute_pack(cell, args.series, args.parallel, options_from_args(args))
    warnings = pack_warnings(result)
    if args.json:
        data = result.to_json()
        data["warnings"] = [{"code": w.code, "severity": w.severity, "message": w.message}
                            for w in warnings]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"{cell.manufacturer} {cell.model} ({cell.id}), {cell.chemistry}, "
          f"{cell.format_label}")
    print(f"{result.configuration}, {result.cell_count} cells")
    width = max(len(v) for v in LABELS.values())
    for key in RESULTS:
        print(f"  {LABELS[key].ljust(width)}  {display.result(key, result[key])}")
    for warning in warnings:
        print(f"{warning.severity}: {warning.message}")
    print(f"source: {cell.source}")
    return 0
