"""A quote as XLSX and CSV (issue 18), read back with openpyxl and csv: values, number
formats and formula results are the app's figures exactly; texts keep leading zeros."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from packconfig import display
from packconfig.cli import main
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.commerce.lines import CostPlus, QuoteLine
from packconfig.core.commerce.quote import Party, make_quote
from packconfig.core.commerce.settings import load_settings
from packconfig.core.money import Money
from packconfig.report.spreadsheet import quote_csv_text, quote_xlsx_bytes, write_quote_sheet


def cny(text: str) -> Money:
    return Money(text, "CNY")


@pytest.fixture
def quote():
    lines = (QuoteLine("007", 3, cny("12.345"), unit="set", kind="spares"),
             QuoteLine("NRE 标定与软件适配", 1, cny("120000"), unit="lot", kind="nre",
                       discount_pct=Decimal("7.5")),
             QuoteLine("Charger", 10, None, CostPlus(cny("2333.33"), Decimal("17.5")),
                       kind="charger"),
             QuoteLine("Freight", 1, cny("8000"), kind="freight", tax_class="zero"))
    return make_quote(load_catalog().get("CBAK-32140FS"), 96, 2, 500, "CNY", load_settings(),
                      Party(company="浙江康迪车业有限公司"), date=dt.date(2026, 7, 1),
                      lines=lines, extra_discount_pct=Decimal(2))


def dec(value: object) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


@pytest.mark.parametrize("language", ["en", "zh"])
def test_xlsx_values_formats_and_formulas(quote, language):
    data = quote_xlsx_bytes(quote, language)
    formulas = load_workbook(io.BytesIO(data))["Quote"]
    values = load_workbook(io.BytesIO(data), data_only=True)["Quote"]
    pb = quote.pricing
    rows = [r for r in range(1, formulas.max_row + 1)
            if isinstance(formulas.cell(r, 1).value, int)]
    assert len(rows) == len(pb.lines)
    fmt = display.spreadsheet_money_format("CNY", language)
    for r, line in zip(rows, pb.lines, strict=True):
        amount = formulas.cell(r, 7)
        assert isinstance(amount.value, (int, float)) and dec(amount.value) == line.amount.amount
        assert amount.number_format == fmt
        assert dec(formulas.cell(r, 5).value) == line.unit_price.amount
        assert formulas.cell(r, 3).value == line.quantity
    assert formulas.cell(rows[2], 2).value == "007"  # text stays text
    assert formulas.cell(rows[3], 6).value == pytest.approx(0.075)
    totals = [r for r in range(1, formulas.max_row + 1)
              if isinstance(formulas.cell(r, 7).value, str)
              and formulas.cell(r, 7).value.startswith("=")]
    excl, incl = totals
    assert formulas.cell(excl, 7).value == f"=ROUND(SUM(G{rows[0]}:G{rows[-1]}),2)"
    # the formulas' results (computed here from the cells) and their cached values are the
    # app's totals
    line_sum = sum(Decimal(str(formulas.cell(r, 7).value)) for r in rows).quantize(
        Decimal("0.01"))
    assert line_sum == pb.total_excl_tax.amount == dec(values.cell(excl, 7).value)
    taxes = [Decimal(str(formulas.cell(r, 7).value)) for r in range(excl + 1, incl)]
    assert sum(taxes) == pb.tax.amount
    assert (line_sum + sum(taxes)).quantize(Decimal("0.01")) == pb.total_incl_tax.amount
    assert dec(values.cell(incl, 7).value) == pb.total_incl_tax.amount
    assert formulas.cell(incl, 7).number_format == fmt
    assert formulas["A1"].value == quote.seller.company


def test_csv_utf8_bom_leading_zeros_and_exact_amounts(quote, tmp_path):
    path = write_quote_sheet(quote, tmp_path / "q.csv", "zh")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    lines = [r for r in rows if r["line_no"]]
    assert [r["description"] for r in lines][2:4] == ["007", "NRE 标定与软件适配"]
    assert [Decimal(r["amount"]) for r in lines] == [ln.amount.amount
                                                     for ln in quote.pricing.lines]
    by_kind = {r["kind"]: r for r in rows if not r["line_no"]}
    assert Decimal(by_kind["total_incl_tax"]["amount"]) == quote.pricing.total_incl_tax.amount
    assert Decimal(by_kind["tax_zero"]["amount"]) == 0
    assert quote_csv_text(quote).count("\r\n") == len(rows) + 1


def test_cli_writes_the_sheet_next_to_the_pdf(tmp_path, capsys):
    xlsx = tmp_path / "q.xlsx"
    code = main(["quote", "--cell", "CBAK-32140FS", "-s", "96", "-p", "2", "--customer", "K",
                 "-n", "10", "--line", "Freight;1;800 CNY", "-o", str(tmp_path / "q.pdf"),
                 "--sheet", str(xlsx)])
    assert code == 0, capsys.readouterr().err
    sheet = load_workbook(xlsx)["Quote"]
    assert any(sheet.cell(r, 2).value == "Freight" for r in range(1, sheet.max_row + 1))
