"""One quote as a spreadsheet: XLSX (XlsxWriter) and CSV.

XLSX: the quote's header (seller, number, date, customer, currency), every price line
with amounts as NUMBERS in the currency's format (:func:`display.spreadsheet_money_format`,
so the cell looks as the PDF prints it and still adds up), then the totals: the total
excluding tax and the total including tax are formulas (``=ROUND(SUM(...),2)``) whose
cached results are the app's own figures; the tax of each class is the app's rounded
figure (its rounding rule is the quote's, not the spreadsheet's). Texts are written as
text, so a part number ``007`` keeps its zeros.

CSV: UTF-8 with a byte-order mark (Excel opens it in the right encoding), one row per
price line then one per total, amounts as plain decimals (``1234.50``) and every text
as written.

XlsxWriter writes well-formed, formatted workbooks with formulas and their cached
results; hand-writing SpreadsheetML would be hundreds of lines to get the same.
"""

from __future__ import annotations

import csv
import io
import os
from decimal import Decimal
from pathlib import Path

from packconfig import display
from packconfig.core.commerce.quote import Quote
from packconfig.core.fs.atomic import atomic_write_bytes
from packconfig.report.data import build_report_data

#: XLSX column letters of the line table.
COLS = ("no", "description", "quantity", "unit", "unit_price", "discount", "amount",
        "tax_class")


def _lines(quote: Quote, language: str) -> list[dict[str, object]]:
    """Each price line with its printed description and its raw figures."""
    data = build_report_data(quote, language)
    out = []
    for row, line in zip(data.price_rows, quote.pricing.lines, strict=True):
        out.append({"no": int(row.no), "kind": line.category or line.kind,
                    "description": row.description, "quantity": line.quantity,
                    "unit": row.unit, "unit_price": line.unit_price.amount,
                    "discount": line.discount_pct, "amount": line.amount.amount,
                    "tax_class": line.tax_class})
    return out


def new_workbook(buf: io.BytesIO):  # -> xlsxwriter.Workbook
    """An in-memory workbook that writes every text as text (no number, formula or URL
    guessing: ``007`` stays ``007``, ``=1+1`` stays a text)."""
    import xlsxwriter

    return xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_numbers": False,
                                     "strings_to_formulas": False, "strings_to_urls": False})


def write_sheet_file(path: str | os.PathLike[str], csv_text: str, xlsx: bytes | None
                     ) -> Path:
    """Write a CSV (UTF-8 with a byte-order mark) or the XLSX bytes atomically."""
    target = Path(path)
    data = ("\ufeff" + csv_text).encode("utf-8") if xlsx is None else xlsx
    return atomic_write_bytes(target, data)


def quote_xlsx_bytes(quote: Quote, language: str = "en") -> bytes:
    """The XLSX workbook of ``quote`` (one sheet, "Quote")."""
    data = build_report_data(quote, language)
    L = data.labels
    buf = io.BytesIO()
    book = new_workbook(buf)
    sheet = book.add_worksheet("Quote")
    money = book.add_format({"num_format": display.spreadsheet_money_format(
        quote.currency, language)})
    money_bold = book.add_format({"num_format": display.spreadsheet_money_format(
        quote.currency, language), "bold": True, "top": 1})
    pct = book.add_format({"num_format": "0.##%"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    head = book.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F3A5F"})
    bold = book.add_format({"bold": True})
    title = book.add_format({"bold": True, "font_size": 14, "font_color": "#1F3A5F"})
    sheet.set_column(0, 0, 6)
    sheet.set_column(1, 1, 60)
    sheet.set_column(2, 3, 9)
    sheet.set_column(4, 4, 16)
    sheet.set_column(5, 5, 9)
    sheet.set_column(6, 6, 18)
    sheet.set_column(7, 7, 11)
    sheet.write_string(0, 0, data.seller.company, title)
    info = [(L["quote_number"], data.quote_label), (L["date"], data.header[2].text),
            (L["valid_until"], data.header[3].text), (L["customer"], data.customer.company),
            (L["currency"], quote.currency)]
    for r, (label, text) in enumerate(info, start=2):
        sheet.write_string(r, 0, label, bold)
        sheet.write_string(r, 2, text)
    top = len(info) + 3
    headers = (L["line_no"], L["description"], L["quantity"], L["unit"], L["unit_price"],
               L["discount_col"], L["amount"], L["tax"])
    for c, text in enumerate(headers):
        sheet.write_string(top, c, text, head)
    lines = _lines(quote, language)
    for i, ln in enumerate(lines, start=top + 1):
        sheet.write_number(i, 0, ln["no"])
        sheet.write_string(i, 1, str(ln["description"]), wrap)
        sheet.write_number(i, 2, ln["quantity"])
        sheet.write_string(i, 3, str(ln["unit"]))
        sheet.write_number(i, 4, float(ln["unit_price"]), money)
        if ln["discount"]:
            sheet.write_number(i, 5, float(Decimal(ln["discount"]) / 100), pct)
        sheet.write_number(i, 6, float(ln["amount"]), money)
        sheet.write_string(i, 7, str(ln["tax_class"]))
    first, last = top + 2, top + 1 + len(lines)  # 1-based rows of the line amounts
    row = top + len(lines) + 2
    pb = quote.pricing
    excl = f"G{row + 1}"
    sheet.write_string(row, 1, data.totals[0].label, bold)
    sheet.write_formula(row, 6, f"=ROUND(SUM(G{first}:G{last}),2)", money_bold,
                        float(pb.total_excl_tax.amount))
    tax_rows = [f for f in data.totals[1:-1]]
    for k, f in enumerate(tax_rows, start=1):
        sheet.write_string(row + k, 1, f.label)
        sheet.write_number(row + k, 6, float(f.raw.amount), money)
    end = row + len(tax_rows) + 1
    taxes = f"G{row + 2}:G{end}" if tax_rows else None
    formula = f"=ROUND({excl}+SUM({taxes}),2)" if taxes else f"={excl}"
    sheet.write_string(end, 1, data.totals[-1].label, bold)
    sheet.write_formula(end, 6, formula, money_bold, float(pb.total_incl_tax.amount))
    r = end + 2
    for f in data.commercial:
        sheet.write_string(r, 0, f.label, bold)
        sheet.write_string(r, 2, f.text, wrap)
        r += 1
    for no, text in enumerate(data.terms, start=1):
        sheet.write_string(r, 0, f"{no}.")
        sheet.write_string(r, 1, text, wrap)
        r += 1
    sheet.freeze_panes(top + 1, 0)
    book.set_properties({"title": data.metadata["title"], "author": data.seller.company,
                         "subject": data.metadata["subject"], "comments": "packconfig"})
    book.close()
    return buf.getvalue()


def quote_csv_text(quote: Quote, language: str = "en") -> str:
    """The CSV text of ``quote`` (without the BOM; :func:`write_quote_sheet` adds it)."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(("line_no", "kind", "description", "quantity", "unit", "unit_price",
                "discount_pct", "amount", "tax_class", "currency"))
    for ln in _lines(quote, language):
        w.writerow((ln["no"], ln["kind"], ln["description"], ln["quantity"], ln["unit"],
                    f"{ln['unit_price']:f}", f"{Decimal(ln['discount']).normalize():f}"
                    if ln["discount"] else "", f"{ln['amount']:f}", ln["tax_class"],
                    quote.currency))
    pb = quote.pricing
    w.writerow(("", "total_excl_tax", "", "", "", "", "", f"{pb.total_excl_tax.amount:f}",
                "", quote.currency))
    taxes = pb.tax_lines or ()
    if taxes:
        for t in taxes:
            w.writerow(("", f"tax_{t.tax_class}", "", "", "", "",
                        f"{t.rate_pct.normalize():f}", f"{t.tax.amount:f}", t.tax_class,
                        quote.currency))
    else:  # a quote from before tax classes: one tax line
        w.writerow(("", "tax", "", "", "", "", f"{pb.tax_rate_pct.normalize():f}",
                    f"{pb.tax.amount:f}", "", quote.currency))
    w.writerow(("", "total_incl_tax", "", "", "", "", "", f"{pb.total_incl_tax.amount:f}",
                "", quote.currency))
    return out.getvalue()


def write_quote_sheet(quote: Quote, path: str | os.PathLike[str], language: str = "en"
                      ) -> Path:
    """Write ``quote`` as XLSX or CSV (by the file's suffix) atomically."""
    if Path(path).suffix.lower() == ".csv":
        return write_sheet_file(path, quote_csv_text(quote, language), None)
    return write_sheet_file(path, "", quote_xlsx_bytes(quote, language))
