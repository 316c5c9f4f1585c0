"""The quote register (a filtered view) as a spreadsheet: XLSX (XlsxWriter) and CSV.

XLSX, sheet "Register": one row per revision in the view (number, revision, status,
dates as dates, customer, sales engineer, currency, total excl. tax as a NUMBER in its
currency's format, issuer, role, approver), then per currency the total of the latest
revisions as a formula (``=ROUND(SUMIFS(...),2)`` over the rows of that currency whose
status is not "superseded") whose cached result is the register's own pipeline total
(:meth:`~packconfig.core.store.register.Register.pipeline`, exact Decimal sums), so the
sheet and the app agree to the cent. Sheet "Pipeline": the same totals by status and by
month, as numbers.

CSV: UTF-8 with a byte-order mark, one row per revision, amounts as plain decimals and
every text as written (a customer ``007 Motors`` or tax ID ``0012345`` keeps its
zeros); status words are the register's keys (``accepted``), not translated.
"""

from __future__ import annotations

import csv
import io
import os
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from packconfig import display
from packconfig.core.messages import STAGE_ZH
from packconfig.core.money import CURRENCIES
from packconfig.report.spreadsheet import new_workbook, write_sheet_file

if TYPE_CHECKING:
    from packconfig.core.store.browse import Pipeline, QuoteFilter
    from packconfig.core.store.register import Register, RegisterEntry

COLUMNS = ("number", "revision", "status", "date", "valid_until", "customer",
           "sales_engineer", "currency", "total_excl_tax", "issued_by", "issued_role",
           "approved_by")
LABELS = {
    "en": {"title": "Quote register", "number": "Number", "revision": "Rev",
           "status": "Status", "date": "Date", "valid_until": "Valid until",
           "customer": "Customer", "sales_engineer": "Sales engineer",
           "currency": "Currency", "total_excl_tax": "Total excl. tax",
           "issued_by": "Issued by", "issued_role": "Database role",
           "approved_by": "Discount approved by", "quotes": "{n} revisions",
           "total": "Total excl. tax of the latest revisions ({currency})",
           "by_status": "Pipeline by status", "by_month": "Pipeline by month",
           "count": "Quotes", "month": "Month", "pipeline": "Pipeline"},
    "zh": {"title": "报价登记簿", "number": "编号", "revision": "版本", "status": "状态",
           "date": "日期", "valid_until": "有效期至", "customer": "客户",
           "sales_engineer": "销售工程师", "currency": "货币", "total_excl_tax": "不含税总额",
           "issued_by": "签发人", "issued_role": "数据库角色", "approved_by": "折扣审批人",
           "quotes": "共 {n} 个版本", "total": "最新版本不含税合计（{currency}）",
           "by_status": "按状态统计", "by_month": "按月份统计", "count": "报价数",
           "month": "月份", "pipeline": "销售管道"},
}


def status_word(word: str, language: str) -> str:
    return STAGE_ZH.get(word, word) if language == "zh" else word


def register_csv_text(entries: list[RegisterEntry]) -> str:
    """The CSV text of ``entries`` (without the BOM; :func:`write_register_sheet` adds
    it)."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(COLUMNS)
    for e in entries:
        w.writerow((e.number, e.revision, e.lifecycle, e.date.isoformat(),
                    e.valid_until.isoformat(), e.customer, e.sales_engineer,
                    e.total_excl_tax.currency, f"{e.total_excl_tax.amount:f}", e.issued_by,
                    e.issued_role, e.approved_by))
    return out.getvalue()


def latest_totals(pipe: Pipeline) -> dict[str, Decimal]:
    """Per currency, the total excl. tax of the latest revisions (all stages)."""
    out: dict[str, Decimal] = {}
    for totals in pipe.by_status.values():
        for currency, money in totals.items():
            out[currency] = out.get(currency, Decimal(0)) + money.amount
    return dict(sorted(out.items()))


def register_xlsx_bytes(entries: list[RegisterEntry], pipe: Pipeline,
                        language: str = "en", caption: str = "") -> bytes:
    """The XLSX workbook of ``entries`` with ``pipe`` (the same filter's pipeline)."""
    L = LABELS.get(language, LABELS["en"])
    buf = io.BytesIO()
    book = new_workbook(buf)
    sheet = book.add_worksheet("Register")
    bold = book.add_format({"bold": True})
    title = book.add_format({"bold": True, "font_size": 14, "font_color": "#1F3A5F"})
    head = book.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F3A5F"})
    date = book.add_format({"num_format": "yyyy-mm-dd"})
    formats: dict[tuple[str, bool], object] = {}

    def money(currency: str, total: bool = False):
        key = (currency, total)
        if key not in formats:
            spec = {"num_format": display.spreadsheet_money_format(currency, language)}
            formats[key] = book.add_format({**spec, "bold": True, "top": 1} if total else spec)
        return formats[key]

    widths = (13, 5, 11, 11, 11, 36, 16, 8, 18, 12, 14, 16)
    for c, width in enumerate(widths):
        sheet.set_column(c, c, width)
    sheet.write_string(0, 0, L["title"], title)
    sheet.write_string(1, 0, caption or L["quotes"].format(n=len(entries)))
    top = 3
    for c, key in enumerate(COLUMNS):
        sheet.write_string(top, c, L[key], head)
    for r, e in enumerate(entries, start=top + 1):
        cur = e.total_excl_tax.currency
        sheet.write_string(r, 0, e.number)
        sheet.write_number(r, 1, e.revision)
        sheet.write_string(r, 2, status_word(e.lifecycle, language))
        sheet.write_datetime(r, 3, e.date, date)
        sheet.write_datetime(r, 4, e.valid_until, date)
        sheet.write_string(r, 5, e.customer)
        sheet.write_string(r, 6, e.sales_engineer)
        sheet.write_string(r, 7, cur)
        sheet.write_number(r, 8, float(e.total_excl_tax.amount), money(cur))
        for c, text in ((9, e.issued_by), (10, e.issued_role), (11, e.approved_by)):
            sheet.write_string(r, c, text)
    first, last = top + 2, top + 1 + max(len(entries), 1)  # 1-based rows
    row = top + len(entries) + 2
    superseded = status_word("superseded", language).replace('"', '""')
    for currency, amount in latest_totals(pipe).items():
        places = CURRENCIES[currency]
        sheet.write_string(row, 5, L["total"].format(currency=currency), bold)
        sheet.write_string(row, 7, currency)
        sheet.write_formula(
            row, 8, f'=ROUND(SUMIFS(I{first}:I{last},H{first}:H{last},"{currency}",'
            f'C{first}:C{last},"<>{superseded}"),{places})', money(currency, True),
            float(amount))
        row += 1
    sheet.freeze_panes(top + 1, 0)
    sheet.autofilter(top, 0, top + max(len(entries), 1), len(COLUMNS) - 1)
    _pipeline_sheet(book, pipe, language, money, bold, head)
    book.set_properties({"title": L["title"], "comments": "packconfig"})
    book.close()
    return buf.getvalue()


def _pipeline_sheet(book, pipe: Pipeline, language: str, money, bold, head) -> None:
    L = LABELS.get(language, LABELS["en"])
    sheet = book.add_worksheet("Pipeline")
    sheet.set_column(0, 0, 14)
    sheet.set_column(1, 3, 18)
    sheet.write_string(0, 0, L["by_status"], bold)
    for c, text in enumerate((L["status"], L["count"], L["currency"], L["total_excl_tax"])):
        sheet.write_string(1, c, text, head)
    row = 2
    for stage, totals in pipe.by_status.items():
        for currency, m in totals.items():
            sheet.write_string(row, 0, status_word(stage, language))
            sheet.write_number(row, 1, pipe.counts.get(stage, 0))
            sheet.write_string(row, 2, currency)
            sheet.write_number(row, 3, float(m.amount), money(currency))
            row += 1
    row += 1
    sheet.write_string(row, 0, L["by_month"], bold)
    row += 1
    for c, text in enumerate((L["month"], L["status"], L["currency"], L["total_excl_tax"])):
        sheet.write_string(row, c, text, head)
    for month, stages in pipe.by_month.items():
        for stage, totals in stages.items():
            for currency, m in totals.items():
                row += 1
                sheet.write_string(row, 0, month)
                sheet.write_string(row, 1, status_word(stage, language))
                sheet.write_string(row, 2, currency)
                sheet.write_number(row, 3, float(m.amount), money(currency))


def write_register_sheet(entries: list[RegisterEntry], pipe: Pipeline,
                         path: str | os.PathLike[str], language: str = "en",
                         caption: str = "") -> Path:
    """Write the view as XLSX or CSV (by the file's suffix), atomically."""
    if Path(path).suffix.lower() == ".csv":
        return write_sheet_file(path, register_csv_text(entries), None)
    return write_sheet_file(path, "", register_xlsx_bytes(entries, pipe, language, caption))


def export_register(register: Register, flt: QuoteFilter, path: str | os.PathLike[str],
                    language: str = "en") -> tuple[Path, int]:
    """Read the view ``flt`` (every matching revision, no bodies) and its pipeline from
    ``register`` and write it; returns the path and the number of rows."""
    entries = register.browse(flt, order="number")
    pipe = register.pipeline(flt)
    return write_register_sheet(entries, pipe, path, language), len(entries)
