"""``packconfig quotes``: the quote register."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from packconfig.commands import table
from packconfig.core.errors import InputError
from packconfig.core.store.register import Register


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quotes", help="the quote register")
    qsub = p.add_subparsers(dest="quotes_command", metavar="ACTION", required=True,
                            parser_class=type(p))
    lst = qsub.add_parser("list", help="list issued quotes")
    lst.add_argument("--customer", metavar="TEXT", help="customer name contains TEXT")
    lst.add_argument("--number", metavar="TEXT", help="quote number contains TEXT")
    lst.add_argument("--status", choices=("issued", "superseded"))
    lst.add_argument("--from", dest="date_from", metavar="DATE", help="quote date >= DATE")
    lst.add_argument("--to", dest="date_to", metavar="DATE", help="quote date <= DATE")
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.set_defaults(func=run_list)


def _date(text: str | None, name: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{name} must be YYYY-MM-DD, got {text!r}") from None


def run_list(args: argparse.Namespace) -> int:
    with Register() as reg:
        entries = reg.search(number=args.number, customer=args.customer,
                             date_from=_date(args.date_from, "--from"),
                             date_to=_date(args.date_to, "--to"), status=args.status)
    if args.json:
        print(json.dumps([{
            "number": e.number, "revision": e.revision, "status": e.status,
            "date": e.date.isoformat(), "valid_until": e.valid_until.isoformat(),
            "customer": e.customer, "sales_engineer": e.sales_engineer,
            "total_excl_tax": {"amount": str(e.total_excl_tax.amount),
                               "currency": e.total_excl_tax.currency},
            "issued_at": e.issued_at} for e in entries], ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print("no quotes match")
        return 0
    rows = [("Quote", "Status", "Date", "Customer", "Total excl. tax", "")] + [
        (e.label, e.status, e.date.isoformat(), e.customer, f"{e.total_excl_tax.amount:,}",
         e.total_excl_tax.currency) for e in entries]
    for line in table.render(rows, "<<<<><", max_widths=(None, None, None, 40)):
        print(line)
    return 0
