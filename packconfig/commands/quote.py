"""``packconfig quote``: issue a quote and write its PDF, or print an issued one again.

    packconfig quote (--cell ID | --cell-file FILE | PROJECT.json) --series S --parallel P
                     --customer NAME --quantity N [--currency CNY|USD|EUR]
                     [--line "DESCRIPTION;QTY;UNIT_PRICE CURRENCY[;DISCOUNT%]"]...
                     [--lines FILE.csv] [--samples] [--approved-by NAME]
                     [--language en|zh] -o OUT.pdf
    packconfig quote --reprint NUMBER [--revision R] [--language en|zh] -o OUT.pdf
    packconfig quote --from-pdf QUOTE.pdf [--language en|zh] -o OUT.pdf

Issuing and writing the PDF (and ``--json``) succeed or fail together
(:func:`packconfig.report.issue.issue_with_pdf`): a missing or read-only folder, an
output path that is a folder or a full disk issues nothing and writes nothing.
``--reprint`` prints an issued quote again, in the quote's own language unless
``--language`` is given.
When a signing certificate is configured the PDF is signed (docs/pdf.md, "Signed
quotes"); its password is checked before anything is issued.
Every line (``--line``, ``--lines``) is checked before anything is issued: a broken
CSV, a negative quantity or a price in another currency than the quote's issues nothing.
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
from packconfig.core.errors import InputError
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
    p.add_argument("--language", choices=LANGUAGES,
                   help="language of the PDF (default: en for a new quote; the quote's own "
                        "language for --reprint and --from-pdf)")
    p.add_argument("--sales-engineer", default="", metavar="NAME")
    p.add_argument("--date", help="quote date YYYY-MM-DD (default today)")
    p.add_argument("--incoterm", help='e.g. "FOB Ningbo"')
    p.add_argument("--extra-discount", default="0", metavar="PCT",
                   help="extra discount in percent on the pack lines")
    p.add_argument("--notes", default="", help="notes printed on the quote")
    p.add_argument("--line", action="append", default=[], metavar="TEXT",
                   help='a quote line "DESCRIPTION;QTY;UNIT_PRICE CURRENCY[;DISCOUNT%%]" '
                        "(repeatable), e.g. \"NRE tooling;1;25000 CNY\"")
    p.add_argument("--lines", metavar="FILE.csv",
                   help="quote lines from a UTF-8 CSV (description, quantity, unit_price, "
                        "currency[, discount_pct, unit, kind, tax_class]); see docs/costing.md")
    p.add_argument("--samples", action="store_true",
                   help="add the UN38.3 test samples line for this pack (16 packs up to "
                        "12 kg, 8 above; UN Manual of Tests and Criteria 38.3.3)")
    p.add_argument("--approved-by", default="", metavar="NAME",
                   help="who approved a discount above the settings' threshold")
    p.add_argument("--payment-terms", metavar="TEXT", help="payment terms (default: settings)")
    p.add_argument("--lead-time", metavar="TEXT", help="lead time (default: settings)")
    p.add_argument("--warranty", metavar="TEXT", help="warranty text (default: settings)")
    p.add_argument("--reprint", metavar="NUMBER", help="print an issued quote again")
    p.add_argument("--revision", type=int, help="with --reprint: which revision (default latest)")
    p.add_argument("--from-pdf", metavar="PDF", help="print the quote stored in a quote PDF")
    p.add_argument("--output", "-o", required=True, metavar="OUT.pdf", help="PDF to write")
    p.add_argument("--json", metavar="OUT.json", help="also write the quote's JSON")
    p.add_argument("--sheet", metavar="OUT.xlsx|OUT.csv",
                   help="also write the quote as a spreadsheet (XLSX, or CSV UTF-8 with BOM)")
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


def _lines(args: argparse.Namespace, settings, cell, series: int, parallel: int, options,
           quantity: int, day) -> tuple:
    """The user lines from ``--line``, ``--lines`` and ``--samples``, in that order."""
    from packconfig.core.commerce.lines import parse_line_text
    from packconfig.core.commerce.lines_csv import read_lines_csv

    lines = [parse_line_text(text, no) for no, text in enumerate(args.line, start=1)]
    if args.lines:
        lines.extend(read_lines_csv(args.lines, args.currency))
    if args.samples:
        from packconfig.core.commerce.lines import propose_samples_line
        from packconfig.core.commerce.quote import Party, make_quote
        from packconfig.core.errors import NotAvailable

        probe = make_quote(cell, series, parallel, quantity, args.currency, settings,
                           Party(company="-"), date=day, options=options)
        mass = probe.design.figures.get("mass_pack")
        if mass is None:
            raise NotAvailable("--samples: the pack mass is unknown, so the UN38.3 sample "
                               "count cannot be chosen; add the line with --line")
        lines.append(propose_samples_line(Decimal(str(mass.to("kg").magnitude)),
                                          probe.cost.price, args.language))
    return tuple(lines)


def _draft(args: argparse.Namespace, settings):
    from packconfig.core.commerce.pricing import Incoterm
    from packconfig.core.commerce.quote import Party, make_quote
    from packconfig.core.commerce.settings_fields import Terms, check_text

    if not args.customer or not args.customer.strip():
        raise InputError("--customer is required to issue a quote")
    quantity = whole_number(args.quantity, "--quantity")
    cell, series, parallel, options = _design(args)
    day = parse_date(args.date)
    lines = _lines(args, settings, cell, series, parallel, options, quantity, day)
    base = settings.terms
    terms = Terms(*(check_text(given, f"commercial.{key}") if given is not None else
                    getattr(base, key) for key, given in (
                        ("payment_terms", args.payment_terms), ("lead_time", args.lead_time),
                        ("warranty_text", args.warranty))))
    customer = Party(company=args.customer.strip(), contact=args.contact,
                     address=args.address.replace("\\n", "\n"), email=args.email,
                     phone=args.phone, tax_id=args.customer_tax_id)
    draft = make_quote(
        cell, series, parallel, quantity, args.currency, settings, customer,
        date=day, sales_engineer=args.sales_engineer, options=options,
        incoterm=Incoterm.parse(args.incoterm) if args.incoterm else None,
        extra_discount_pct=to_decimal(args.extra_discount, "--extra-discount")
        if args.extra_discount else Decimal(0), notes=args.notes, lines=lines,
        approved_by=args.approved_by, commercial_terms=terms)
    if getattr(args, "no_bom_summary", False):
        draft = dataclasses.replace(draft, include_bom=False)
    return draft


def _signer(settings):
    """The seller's signer when a certificate is configured (password from the
    environment or keyring, else asked on a terminal; a coded error without one)."""
    from packconfig.report.signing import resolve_signer, signing_setup, terminal_prompt

    return resolve_signer(signing_setup(settings.raw), ask=terminal_prompt)


def _stored(args: argparse.Namespace, open_quote_pdf):
    """The quote ``--reprint`` (from the register) or ``--from-pdf`` names."""
    if args.from_pdf:
        return open_quote_pdf(args.from_pdf)
    from packconfig.core.store.register import Register

    with Register() as reg:
        return reg.get(args.reprint.strip(), args.revision)


def run(args: argparse.Namespace) -> int:
    from packconfig.commands.common import settings as load_settings
    from packconfig.report.pdf import export_quote_json, open_quote_pdf, render_quote_pdf

    settings = load_settings()
    signer = _signer(settings)  # before issuing: a missing password must not leave a quote
    if args.reprint and args.from_pdf:
        raise InputError("give either --reprint or --from-pdf, not both")
    if args.reprint or args.from_pdf:
        quote = _stored(args, open_quote_pdf)
        path = render_quote_pdf(quote, Path(args.output),
                                args.language or quote.print_language, settings.tiers,
                                signer=signer)
        if args.json:
            export_quote_json(quote, args.json)
    else:
        from packconfig.commands.common import warn
        from packconfig.core.commerce.placeholders import quote_notices
        from packconfig.report.issue import issue_with_pdf

        draft = _draft(args, settings)
        warn(quote_notices(draft))  # placeholder data: stderr each time, never on the PDF
        quote, path = issue_with_pdf(draft, Path(args.output), args.language or "en",
                                     settings.tiers, json_path=args.json, signer=signer)
    if args.sheet:
        from packconfig.report.spreadsheet import write_quote_sheet

        write_quote_sheet(quote, args.sheet, args.language or quote.print_language)
    print(f"{quote.label}\t{path.resolve()}")
    return 0
