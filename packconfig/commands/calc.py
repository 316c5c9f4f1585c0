"""``packconfig calc``: the figures of one pack design."""

from __future__ import annotations

import argparse
import json

from packconfig import display
from packconfig.commands.common import (
    add_design_arguments,
    options_from_args,
    resolve_cell,
    user_parts,
)
from packconfig.core.pack.engine import RESULTS
from packconfig.core.pack.physics import compute_pack
from packconfig.core.pack.warnings import pack_warnings
from packconfig.display import RESULT_LABELS as LABELS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("calc", help="compute the figures of S×P cells")
    add_design_arguments(p)
    p.add_argument("--json", action="store_true", help="print a JSON object")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    cell = resolve_cell(args)
    user_parts()
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
    _print_modules(result)
    for warning in warnings:
        print(f"{warning.severity}: {warning.message}")
    for note in result.notes:
        print(f"note: {note}")
    print(f"source: {cell.source}")
    return 0


def _print_modules(result) -> None:
    mods = result.modules
    if mods is None:
        return
    if mods.cell_to_pack:
        print("cell-to-pack: no modules")
    else:
        rows, cols, layers = mods.arrangement
        print(f"{mods.module_count} modules of {mods.configuration} ({mods.strings} string"
              f"{'s' if mods.strings > 1 else ''}), arrangement {rows}x{cols}x{layers}")
        print(f"  module  {display.quantity(mods['module_voltage_nominal'], 'voltage')}, "
              f"{display.quantity(mods['module_mass'], 'mass')}, " + display.dimensions(
                  (mods["module_length"], mods["module_width"], mods["module_height"])))
    jb = mods.junction_box
    contactor = jb["contactor"] or "no contactor class fits"
    print(f"  junction box  {jb['main_contactors']} x {contactor}, fuse "
          f"{display.quantity(jb['fuse_current'], 'current')} "
          f"(>= {display.quantity(jb['fuse_voltage_min'], 'voltage')}), "
          f"{display.quantity(jb['mass'], 'mass')}")
