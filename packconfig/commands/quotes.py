"""``packconfig quotes``: browse the quote register and move quotes through their life.

    packconfig quotes list [--status S[,S]] [--customer TEXT] [--number TEXT]
                           [--from DATE] [--to DATE] [--min-value "1000 CNY"]
                           [--max-value "5000 CNY"] [--latest] [--limit N] [--offset N]
                           [--json]
    packconfig quotes status NUMBER sent|accepted|rejected|expired [--revision R]
                             [--note TEXT]
    packconfig quotes amend NUMBER          a new revision of an accepted (locked) quote
    packconfig quotes history NUMBER        every status change: who, when
    packconfig quotes pipeline [filters] [--json]   value by status and by month
    packconfig quotes expire [--date DATE]  expire draft/sent quotes past their validity
    packconfig quotes export -o FILE.xlsx|FILE.csv [filters] [--language en|zh]
                                            the filtered view as a spreadsheet

Every action takes ``--register URL`` (else PACKCONFIG_REGISTER_URL, settings.json or
the single-user file). A read-only database role can list, but changing a quote is
refused with a one-line "not permitted" message and exit code 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json

from packconfig import display
from packconfig.commands import table
from packconfig.core.errors import InputError
from packconfig.core.money import Money
from packconfig.core.store.browse import QuoteFilter
from packconfig.core.store.lifecycle import LIFECYCLE
from packconfig.core.store.register import Register, RegisterEntry

STATUS_CHOICES = ("issued", *LIFECYCLE)


def add_register_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--register", metavar="URL", default=None,
                   help="the register: sqlite:///PATH or postgresql://USER@HOST/DB "
                        "(default: PACKCONFIG_REGISTER_URL, settings.json, else your own "
                        "register file)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quotes", help="the quote register: list, status, amend, pipeline")
    qsub = p.add_subparsers(dest="quotes_command", metavar="ACTION", required=True,
                            parser_class=type(p))
    lst = qsub.add_parser("list", help="list issued quotes")
    _filters(lst)
    lst.add_argument("--limit", type=int, default=None, metavar="N", help="at most N rows")
    lst.add_argument("--offset", type=int, default=0, metavar="N", help="skip N rows")
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.set_defaults(func=run_list)
    st = qsub.add_parser("status", help="set a quote's status (sent, accepted, ...)")
    st.add_argument("number")
    st.add_argument("stage", choices=("sent", "accepted", "rejected", "expired"))
    st.add_argument("--revision", type=int, default=None, help="default: the latest")
    st.add_argument("--note", default="", help="recorded in the status history")
    add_register_argument(st)
    st.set_defaults(func=run_status)
    am = qsub.add_parser("amend", help="new revision of an accepted (locked) quote")
    am.add_argument("number")
    add_register_argument(am)
    am.set_defaults(func=run_amend)
    hi = qsub.add_parser("history", help="status changes of a quote: who and when")
    hi.add_argument("number")
    hi.add_argument("--json", action="store_true")
    add_register_argument(hi)
    hi.set_defaults(func=run_history)
    pi = qsub.add_parser("pipeline", help="value by status and by month")
    _filters(pi)
    pi.add_argument("--json", action="store_true")
    pi.set_defaults(func=run_pipeline)
    xp = qsub.add_parser("export", help="write the filtered register as XLSX or CSV")
    xp.add_argument("-o", "--output", required=True, metavar="FILE.xlsx|FILE.csv",
                    help="XLSX (formatted, amounts as numbers, totals as formulas) or CSV "
                         "(UTF-8 with BOM), by the suffix")
    xp.add_argument("--language", choices=("en", "zh"), default="en",
                    help="headers and status words of the XLSX")
    _filters(xp)
    xp.set_defaults(func=run_export)
    ex = qsub.add_parser("expire", help="expire draft and sent quotes past their validity")
    ex.add_argument("--date", default=None, help="as of DATE (default today)")
    add_register_argument(ex)
    ex.set_defaults(func=run_expire)


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--customer", metavar="TEXT", help="customer name contains TEXT")
    p.add_argument("--number", metavar="TEXT", help="quote number contains TEXT")
    p.add_argument("--status", metavar="S[,S]",
                   help=f"one or more of {', '.join(STATUS_CHOICES)}")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="quote date >= DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="quote date <= DATE")
    p.add_argument("--min-value", metavar='"AMOUNT CUR"', help="total excl. tax >= this")
    p.add_argument("--max-value", metavar='"AMOUNT CUR"', help="total excl. tax <= this")
    p.add_argument("--latest", action="store_true", help="latest revisions only")
    add_register_argument(p)


def _date(text: str | None, name: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{name} must be YYYY-MM-DD, got {text!r}").coded(
            "bad_date", text=text) from None


def filter_from_args(args: argparse.Namespace) -> QuoteFilter:
    statuses = tuple(s.strip() for s in (args.status or "").split(",") if s.strip())
    return QuoteFilter(
        number=args.number, customer=args.customer, status=statuses or None,
        date_from=_date(args.date_from, "--from"), date_to=_date(args.date_to, "--to"),
        value_min=Money.parse(args.min_value, "--min-value") if args.min_value else None,
        value_max=Money.parse(args.max_value, "--max-value") if args.max_value else None,
        latest_only=args.latest)


def entry_dict(e: RegisterEntry) -> dict[str, object]:
    return {"number": e.number, "revision": e.revision, "status": e.status,
            "stage": e.stage, "lifecycle": e.lifecycle, "date": e.date.isoformat(),
            "valid_until": e.valid_until.isoformat(), "customer": e.customer,
            "customer_id": e.customer_id, "sales_engineer": e.sales_engineer,
            "total_excl_tax": {"amount": str(e.total_excl_tax.amount),
                               "currency": e.total_excl_tax.currency},
            "issued_at": e.issued_at, "issued_by": e.issued_by,
            "issued_role": e.issued_role, "approved_by": e.approved_by}


def run_list(args: argparse.Namespace) -> int:
    flt = filter_from_args(args)
    with Register(args.register) as reg:
        entries = reg.browse(flt, offset=args.offset, limit=args.limit)
    if args.json:
        print(json.dumps([entry_dict(e) for e in entries], ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print("no quotes match")
        return 0
    rows = [("Quote", "Status", "Date", "Customer", "Total excl. tax", "")] + [
        (e.label, e.lifecycle, e.date.isoformat(), e.customer,
         f"{e.total_excl_tax.amount:,}", e.total_excl_tax.currency) for e in entries]
    for line in table.render(rows, "<<<<><", max_widths=(None, None, None, 40)):
        print(line)
    return 0


def run_status(args: argparse.Namespace) -> int:
    with Register(args.register) as reg:
        changed = reg.set_status(args.number.strip(), args.stage, revision=args.revision,
                                 note=args.note)
        entry = reg.entry(args.number.strip(), args.revision)
    print(f"{entry.label}\t{entry.lifecycle}" + ("" if changed else "\t(unchanged)"))
    return 0


def run_amend(args: argparse.Namespace) -> int:
    with Register(args.register) as reg:
        quote = reg.amend(args.number.strip())
    print(f"{quote.label}\tdraft")
    return 0


def run_history(args: argparse.Namespace) -> int:
    with Register(args.register) as reg:
        reg.entry(args.number.strip())  # "not in the register" rather than silence
        changes = reg.history(args.number.strip())
    if args.json:
        print(json.dumps([c.__dict__ for c in changes], ensure_ascii=False, indent=2))
        return 0
    for c in changes:
        role = f" ({c.role})" if c.role else ""
        note = f"  {c.note}" if c.note else ""
        print(f"{c.number} R{c.revision}  {c.old or '-':<10} -> {c.new:<10} {c.at}  "
              f"{c.by}{role}{note}")
    return 0


def run_pipeline(args: argparse.Namespace) -> int:
    with Register(args.register) as reg:
        pipe = reg.pipeline(filter_from_args(args))
    if args.json:
        print(json.dumps({
            "by_status": {s: {c: str(m.amount) for c, m in v.items()}
                          for s, v in pipe.by_status.items()},
            "counts": pipe.counts,
            "by_month": {mon: {s: {c: str(m.amount) for c, m in v.items()}
                               for s, v in stages.items()}
                         for mon, stages in pipe.by_month.items()}},
            ensure_ascii=False, indent=2))
        return 0
    if not pipe.counts:
        print("no quotes match")
        return 0
    for stage in LIFECYCLE:
        for money in pipe.by_status.get(stage, {}).values():
            print(f"{stage:<10} {pipe.counts[stage]:>6}  {display.money(money, code=True):>20}")
    for month, stages in pipe.by_month.items():
        for stage, totals in stages.items():
            for money in totals.values():
                print(f"{month}  {stage:<10} {display.money(money, code=True):>20}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from packconfig.report.register_sheet import export_register

    if Path(args.output).suffix.lower() not in (".xlsx", ".csv"):
        raise InputError(f"the export file must end in .xlsx or .csv, got {args.output!r}"
                         ).coded("export_suffix", path=args.output)
    flt = filter_from_args(args)
    with Register(args.register) as reg:
        path, rows = export_register(reg, flt, args.output, args.language)
    print(f"{path}\t{rows} revisions")
    return 0


def run_expire(args: argparse.Namespace) -> int:
    with Register(args.register) as reg:
        done = reg.expire_due(_date(args.date, "--date"))
    print("\n".join(done) if done else "no quote to expire")
    return 0
