"""``packconfig bom``: the bill of materials of one design, printed or exported as CSV
(UTF-8 with BOM) or XLSX."""

from __future__ import annotations

import argparse

from packconfig import bom_export
from packconfig.commands.common import (
    add_design_arguments,
    options_from_args,
    resolve_cell,
    user_parts,
)
from packconfig.core.pack.physics import compute_pack


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bom", help="bill of materials of S×P cells in modules "
                                   "(print, or -o FILE.csv|FILE.xlsx)")
    add_design_arguments(p)
    p.add_argument("-o", "--output", metavar="FILE", help="write FILE.csv or FILE.xlsx")
    p.add_argument("--bom-language", choices=("en", "zh"), default=None,
                   help="language of the descriptions and headers (default: --language, "
                        "else en)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    cell = resolve_cell(args)
    user_parts()
    result = compute_pack(cell, args.series, args.parallel, options_from_args(args))
    language = args.bom_language or getattr(args, "language", None) or "en"
    bom = result.bom
    if args.output:
        title = f"{result.configuration} {cell.id}, {result.modules.module_count} x " \
                f"{result.modules.configuration}"
        path = bom_export.export(bom, args.output, language, title)
        print(f"wrote {path} ({len(bom.lines)} lines)")
        return 0
    for row in bom_export.rows(bom, language):
        mass = "" if row.total_mass is None else f"{row.total_mass:10.3f} kg"
        print(f"{row.item:8s} {row.part_no} {'  ' * row.depth}{row.description[:48]:50s} "
              f"{row.total_quantity:8g}  {mass:>13s}  {row.rating}")
    print(f"total {bom.mass_total:.3f} kg; ratios: " + ", ".join(
        f"{k} {v:.3f}" for k, v in bom.ratios.items()))
    for note in result.notes:
        print(f"note: {note}")
    return 0
