"""Quote lines from a CSV file (``packconfig quote --lines FILE.csv``), strictly.

Header (any order, case-insensitive): ``description, quantity, unit_price, currency``
and optionally ``discount_pct, unit, kind, tax_class``; instead of ``unit_price`` a row
may give ``cost`` and ``markup_pct`` (a cost-plus line). The file must be UTF-8 (a BOM
is fine, as Excel writes it). Any broken byte, unknown column, bad number, negative
quantity or other currency than the quote's refuses the whole file with a message
naming the row: nothing is issued from half a file.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from packconfig.core.commerce.lines import CostPlus, QuoteLine, check_line
from packconfig.core.errors import InputError, PackconfigError
from packconfig.core.fs.reading import read_limited
from packconfig.core.money import Money, check_currency, to_decimal

MAX_BYTES = 2_000_000
REQUIRED = ("description", "quantity", "currency")
OPTIONAL = ("unit_price", "cost", "markup_pct", "discount_pct", "unit", "kind", "tax_class")


def read_lines_csv(path: str | Path, currency: str) -> tuple[QuoteLine, ...]:
    """Every line of the CSV at ``path``, checked against the quote ``currency``."""
    target = Path(path)
    data = read_limited(target, MAX_BYTES, "a CSV file of quote lines")
    return parse_lines_csv(data, currency, str(target))


def parse_lines_csv(data: bytes, currency: str, name: str = "lines.csv"
                    ) -> tuple[QuoteLine, ...]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not UTF-8 text (bad byte at offset {exc.start}); save "
                         "it as 'CSV UTF-8'").coded("csv_not_utf8", path=name,
                                                    offset=exc.start) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        rows = [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        raise InputError(f"{name}: not a valid CSV file ({exc})").coded(
            "csv_row", path=name, row=reader.line_num, problem=str(exc)) from None
    if len(rows) < 2:
        raise InputError(f"{name} holds no lines").coded("csv_empty", path=name)
    header = [h.strip().lower() for h in rows[0]]
    missing = [h for h in REQUIRED if h not in header]
    unknown = [h for h in header if h not in REQUIRED + OPTIONAL]
    if missing or unknown or len(set(header)) != len(header) or not (
            "unit_price" in header or "cost" in header):
        needed = "description, quantity, unit_price (or cost + markup_pct), currency"
        raise InputError(f"{name}: the header must name {needed}; got {', '.join(header)}"
                         ).coded("csv_header", path=name, needed=needed,
                                 got=", ".join(header)[:200])
    code = check_currency(currency)
    out = []
    for index, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise InputError(f"{name}, row {index}: {len(row)} fields, the header has "
                             f"{len(header)}").coded("csv_row", path=name, row=index,
                                                     problem=f"{len(row)} ≠ {len(header)}")
        rec = {h: v.strip() for h, v in zip(header, row, strict=True)}
        try:
            out.append(check_line(_line(rec), index, code))
        except PackconfigError as exc:
            raise InputError(f"{name}, row {index}: {exc}").coded_like(
                exc, at=f"{name}:{index}") from None
    return tuple(out)


def _line(rec: dict[str, str]) -> QuoteLine:
    try:
        qty = int(rec["quantity"])
    except ValueError:
        raise InputError(f"quantity must be a whole number, got {rec['quantity']!r}").coded(
            "not_whole", name="line quantity", got=repr(rec["quantity"])[:40]) from None
    cur = check_currency(rec["currency"], "currency")
    price = cost_plus = None
    if rec.get("unit_price"):
        price = Money(to_decimal(rec["unit_price"], "line unit price"), cur)
    if rec.get("cost"):
        cost_plus = CostPlus(Money(to_decimal(rec["cost"], "line unit price"), cur),
                             to_decimal(rec.get("markup_pct") or "0", "markup"))
    return QuoteLine(rec["description"], qty, price, cost_plus,
                     to_decimal(rec.get("discount_pct") or "0", "line discount"),
                     rec.get("unit") or "pcs", rec.get("kind") or "other",
                     rec.get("tax_class") or "standard")


