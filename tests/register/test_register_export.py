"""``packconfig quotes export``: the filtered register as XLSX (read back with openpyxl:
values, number formats, formulas and their cached results equal the register's own
totals) and CSV (UTF-8 with BOM, leading zeros kept), on both backends."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest

from packconfig import display
from packconfig.cli import main
from packconfig.core.commerce.quote import Party, make_quote, revise
from packconfig.core.store.browse import QuoteFilter
from packconfig.core.store.register import Register


@pytest.fixture
def book(register_url, cell, settings):
    """ACME twice (one revised: R0 superseded), 007 Motors, and a USD quote."""
    def quote(customer: str, qty: int, currency: str = "CNY", day: int = 1):
        return make_quote(cell, 4, 1, qty, currency, settings, Party(company=customer),
                          date=dt.date(2026, 3, day))

    with Register(register_url) as reg:
        a = reg.issue(quote("ACME 电池", 10))
        reg.issue(revise(a, settings, quantity=12))
        reg.issue(quote("ACME 电池", 20, day=5))
        z = reg.issue(quote("007 Motors", 7, day=9))
        reg.set_status(z.number, "sent")
        reg.issue(quote("Gamma Cells", 5, "USD", day=12))
        entries = reg.browse(QuoteFilter())
        pipe = reg.pipeline(QuoteFilter())
    return entries, pipe


def test_xlsx_values_formats_and_totals(register_url, book, tmp_path, capsys):
    entries, pipe = book
    out = tmp_path / "register.xlsx"
    assert main(["quotes", "export", "-o", str(out), "--register", register_url]) == 0
    assert capsys.readouterr().out.strip().endswith("5 revisions")
    sheet = openpyxl.load_workbook(out)["Register"]
    values = openpyxl.load_workbook(out, data_only=True)["Register"]
    rows = [r for r in sheet.iter_rows(min_row=5) if r[0].value]
    assert [r[0].value for r in rows] == [e.number for e in entries]
    for row, e in zip(rows, entries, strict=True):
        assert row[1].value == e.revision and row[2].value == e.lifecycle
        assert row[3].value.date() == e.date and row[3].number_format == "yyyy-mm-dd"
        assert row[5].value == e.customer and row[7].value == e.total_excl_tax.currency
        assert Decimal(str(row[8].value)) == e.total_excl_tax.amount  # a number
        assert row[8].number_format == display.spreadsheet_money_format(
            e.total_excl_tax.currency)
    totals = {}
    for row in sheet.iter_rows(min_row=len(rows) + 5):
        if isinstance(row[8].value, str) and row[8].value.startswith("=ROUND(SUMIFS("):
            cached = values.cell(row=row[8].row, column=9).value
            totals[row[7].value] = (row[8].value, Decimal(str(cached)))
    assert set(totals) == {"CNY", "USD"}
    for currency, (formula, cached) in totals.items():
        app = sum((m.amount for stage in pipe.by_status.values()
                   for cur, m in stage.items() if cur == currency), Decimal(0))
        assert cached == app  # the formula's cached result is the register's total
        latest = sum((e.total_excl_tax.amount for e in entries if e.status == "issued"
                      and e.total_excl_tax.currency == currency), Decimal(0))
        assert cached == latest  # = what the formula sums: latest revisions only
        assert f'"{currency}"' in formula and '"<>superseded"' in formula
    pipeline = openpyxl.load_workbook(out, data_only=True)["Pipeline"]
    assert any(r[0] == "sent" and r[2] == "CNY" for r in pipeline.iter_rows(values_only=True))


def test_xlsx_in_chinese_and_filters(register_url, book, tmp_path):
    out = tmp_path / "acme.xlsx"
    assert main(["quotes", "export", "-o", str(out), "--customer", "acme", "--language",
                 "zh", "--register", register_url]) == 0
    sheet = openpyxl.load_workbook(out)["Register"]
    assert sheet["A1"].value == "报价登记簿" and sheet["A4"].value == "编号"
    rows = [r for r in sheet.iter_rows(min_row=5, values_only=True) if r[0]]
    assert {r[5] for r in rows} == {"ACME 电池"} and len(rows) == 3
    assert {r[2] for r in rows} == {"草稿", "已被取代"}
    formula = next(r[8] for r in sheet.iter_rows(values_only=True)
                   if isinstance(r[8], str) and r[8].startswith("="))
    assert '"<>已被取代"' in formula
    out = tmp_path / "sent.xlsx"
    assert main(["quotes", "export", "-o", str(out), "--status", "sent", "--register",
                 register_url]) == 0
    rows = [r for r in openpyxl.load_workbook(out)["Register"].iter_rows(
        min_row=5, values_only=True) if r[0]]
    assert [r[5] for r in rows] == ["007 Motors"]


def test_csv_bom_leading_zeros_and_refusals(register_url, book, tmp_path, capsys):
    entries, _pipe = book
    out = tmp_path / "register.csv"
    assert main(["quotes", "export", "-o", str(out), "--register", register_url]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["number"] for r in rows] == [e.number for e in entries]
    assert "007 Motors" in {r["customer"] for r in rows}  # the zeros are kept
    for row, e in zip(rows, entries, strict=True):
        assert Decimal(row["total_excl_tax"]) == e.total_excl_tax.amount
        assert row["status"] == e.lifecycle and row["date"] == e.date.isoformat()
    capsys.readouterr()
    assert main(["quotes", "export", "-o", str(tmp_path / "x.txt"), "--register",
                 register_url]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ".xlsx or .csv" in err
    assert not (tmp_path / "x.txt").exists()


def test_empty_view_writes_headers_only(register_url, book, tmp_path):
    out = tmp_path / "none.xlsx"
    assert main(["quotes", "export", "-o", str(out), "--customer", "nobody", "--register",
                 register_url]) == 0
    rows = list(openpyxl.load_workbook(out)["Register"].iter_rows(values_only=True))
    assert rows[3][0] == "Number" and not any(r[0] for r in rows[4:])
    assert not any(isinstance(r[8], str) and r[8].startswith("=") for r in rows)  # no totals
