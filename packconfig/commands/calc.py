"""``packconfig calc``: the figures of one pack design."""

from __future__ import annotations

import argparse
import json

from packconfig import display
from packconfig.commands.common import add_design_arguments, options_from_args, resolve_cell
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
