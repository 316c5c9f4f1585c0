"""``packconfig quote``: issue a quote and write its PDF, or print an issued one again.

    packconfig quote (--cell ID | --cell-file FILE | PROJECT.json) --series S --parallel P
                     --customer NAME --quantity N [--currency CNY|USD|EUR]
                     [--language en|zh] -o OUT.pdf
    packconfig quote --reprint NUMBER [--revision R] [--language en|zh] -o OUT.pdf
    packconfig quote --from-pdf QUOTE.pdf [--language en|zh] -o OUT.pdf

The quote is issued (numbered, stored in the register) BEFORE the PDF is written: if
the PDF cannot be written the quote stays issued, and ``--reprint`` prints it again.
"""

from __future__ import annotations

import argparse
import dataclasses
from decimal import Decimal
from pathlib import Path

from packconfig.commands.common import (
    add_design_arguments,
    options_from_args,
    parse_date,
    resolve_cell,
    whole_number,
)
from packconfig.core.errors import InputError, StorageError
from packconfig.core.money import CURRENCIES, to_decimal
from packconfig.report.labels import LANGUAGES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quote", help="issue a quote and write the customer's PDF")
    p.add_argument("project", nargs="?", metavar="PROJECT.json",
                   help="a project file (instead of --cell/--cell-file, --series, --parallel)")
    add_design_arguments(p, required=False)
    p.add_argument("--customer", metavar="NAME", help="customer company name")
    p.add_argument("--contact", default="", help="customer contact person")
    p.add_argument("--address", default="", help="customer address (\\n for a new line)")
    p.add_argument("--email", default="", help="customer e-mail")
    p.add_argument("--phone", default="", help="customer phone")
    p.add_argument("--customer-tax-id", default="", help="customer tax ID")
    p.add_argument("--quantity", "-n", metavar="N", help="number of packs")
    p.add_argument("--currency", default="CNY", type=str.upper, choices=sorted(CURRENCIES))
    p.add_argument("--language", default="en", choices=LANGUAGES, help="language of the PDF")
    p.add_argument("--sales-engineer", default="", metavar="NAME")
    p.add_argument("--date", help="quote date YYYY-MM-DD (default today)")
    p.add_argument("--incoterm", help='e.g. "FOB Ningbo"')
    p.add_argument("--extra-discount", default="0", metavar="PCT",
                   help="extra discount in percent on the pack lines")
    p.add_argument("--notes", default="", help="notes printed on the quote")
    p.add_argument("--reprint", metavar="NUMBER", help="print an issued quote again")
    p.add_argument("--revision", type=int, help="with --reprint: which revision (default latest)")
    p.add_argument("--from-pdf", metavar="PDF", help="print the quote stored in a quote PDF")
    p.add_argument("--output", "-o", required=True, metavar="OUT.pdf", help="PDF to write")
    p.add_argument("--json", metavar="OUT.json", help="also write the quote's JSON")
    p.add_argument("--no-bom-summary", action="store_true",
                   help="leave the bill-of-materials summary out of the PDF")
    p.set_defaults(func=run)






def _design(args: argparse.Namespace):
    from packconfig.core.pack.validate import series_parallel

    if args.project:
        if args.cell or args.cell_file:
            raise InputError("give either a PROJECT.json or --cell/--cell-file, not both")
        from packconfig.core.store.project import load_project

        project = load_project(args.project)
        series = args.series if args.series is not None else project.series
        parallel = args.parallel if args.parallel is not None else project.parallel
        s, p = series_parallel(series, parallel)
        return project.cell, s, p, project.options
    if not (args.cell or args.cell_file):
        raise InputError("give the cell: --cell ID, --cell-file FILE or a PROJECT.json")
    if args.series is None or args.parallel is None:
        raise InputError("--series and --parallel are required with --cell/--cell-file")
    s, p = series_parallel(args.series, args.parallel)
    return resolve_cell(args), s, p, options_from_args(args)


def _issue(args: argparse.Namespace, settings):
    from packconfig.core.commerce.pricing import Incoterm
    from packconfig.core.commerce.quote import Party, make_quote
    from packconfig.core.store.register import Register

    if not args.customer or not args.customer.strip():
        raise InputError("--customer is required to issue a quote")
    quantity = whole_number(args.quantity, "--quantity")
    cell, series, parallel, options = _design(args)
    customer = Party(company=args.customer.strip(), contact=args.contact,
                     address=args.address.replace("\\n", "\n"), email=args.email,
                     phone=args.phone, tax_id=args.customer_tax_id)
    draft = make_quote(
        cell, series, parallel, quantity, args.currency, settings, customer,
        date=parse_date(args.date), sales_engineer=args.sales_engineer, options=options,
        incoterm=Incoterm.parse(args.incoterm) if args.incoterm else None,
        extra_discount_pct=to_decimal(args.extra_discount, "--extra-discount")
        if args.extra_discount else Decimal(0), notes=args.notes)
    if getattr(args, "no_bom_summary", False):
        draft = dataclasses.replace(draft, include_bom=False)
    with Register() as reg:
        return reg.issue(draft)


def run(args: argparse.Namespace) -> int:
    from packconfig.core.commerce.settings import load_settings
    from packconfig.report.pdf import export_quote_json, open_quote_pdf, render_quote_pdf

    settings = load_settings()
    issued_now = False
    if args.reprint and args.from_pdf:
        raise InputError("give either --reprint or --from-pdf, not both")
    if args.reprint:
        from packconfig.core.store.register import Register

        with Register() as reg:
            quote = reg.get(args.reprint.strip(), args.revision)
    elif args.from_pdf:
        quote = open_quote_pdf(args.from_pdf)
    else:
        quote = _issue(args, settings)
        issued_now = True
    out = Path(args.output)
    try:
        path = render_quote_pdf(quote, out, args.language, settings.tiers)
        if args.json:
            export_quote_json(quote, args.json)
    except StorageError as exc:
        if issued_now:
            raise StorageError(f"{exc}. Quote {quote.label} was issued and is kept in the "
                               f"register; print it with: packconfig quote --reprint "
                               f"{quote.number} -o FILE.pdf") from None
        raise
    print(f"{quote.label}\t{path.resolve()}")
    return 0
