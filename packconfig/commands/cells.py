"""``packconfig cells``: list the catalog."""

from __future__ import annotations

import argparse
import json
import sys

from packconfig import display
from packconfig.commands import table
from packconfig.commands.common import catalog as load_catalog


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("cells", help="list the cell catalog")
    p.add_argument("--chemistry", help="only this chemistry (LFP, NMC, NCA, LMO, LTO, LCO, NaIon)")
    p.add_argument("--format", dest="fmt", help="only this format (e.g. 32140, prismatic)")
    p.add_argument("--json", action="store_true", help="print JSON records")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from packconfig.core.cells import chemistry

    catalog = load_catalog()  # problems and notices go to stderr
    chem = None
    if args.chemistry:
        chem = chemistry.normalise(args.chemistry)
        if chem is None:
            known = ", ".join(chemistry.chemistries())
            print(f"packconfig: error: unknown chemistry {args.chemistry!r}; known: {known}",
                  file=sys.stderr)
            return 2
    cells = catalog.filter(chem, args.fmt)
    if args.json:
        print(json.dumps([c.to_record() for c in cells], ensure_ascii=False, indent=1))
        return 0
    header = ("ID", "Manufacturer", "Model", "Format", "Chem", "V", "Capacity", "Mass")
    rows = [header] + [
        (c.id, c.manufacturer, c.model, c.format, c.chemistry,
         display.quantity(c.nominal_voltage, "voltage").replace(" V", ""),
         display.quantity(c.capacity, "charge"), display.quantity(c.mass, "mass"))
        for c in cells
    ]
    # long names are cut with an ellipsis (never mid-word when a word boundary is near)
    for line in table.render(rows, "<<<<<>>>", max_widths=(None, 22, 24)):
        print(line)
    print(f"{len(cells)} cell(s)")
    return 0
