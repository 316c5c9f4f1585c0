"""Quotes with lines (issue 18): user lines, cost-plus, line discounts, tax per class,
UN38.3 samples, discount approval, the CLI's line text and CSV, the schema-1 migration
and the frozen snapshot."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from packconfig.core import messages
from packconfig.core.commerce.lines import (
    CostPlus,
    QuoteLine,
    parse_line_text,
    propose_samples_line,
    samples_count,
)
from packconfig.core.commerce.lines_csv import parse_lines_csv
from packconfig.core.commerce.quote import Party, make_quote, quote_from_json, quote_to_json
from packconfig.core.commerce.settings import load_settings
from packconfig.core.errors import InputError
from packconfig.core.money import Money

DATA = Path(__file__).parent.parent / "data"
DAY = dt.date(2026, 7, 1)


def cny(text: str) -> Money:
    return Money(text, "CNY")


LINES = (
    QuoteLine("NRE: BMS software adaptation", 1, cny("120000"), unit="lot", kind="nre"),
    QuoteLine("Tooling: module end plates", 1, cny("45000.005"), kind="tooling",
              discount_pct=Decimal("5")),
    QuoteLine("Charger 6.6 kW", 10, None, CostPlus(cny("2333.33"), Decimal("17.5")),
              kind="charger"),
    QuoteLine("Freight Ningbo port", 1, cny("8000"), unit="lot", kind="freight",
              tax_class="zero"),
    QuoteLine("Customs brokerage", 1, cny("1500"), kind="other", tax_class="exempt"),
)


@pytest.fixture
def quote(cbak):
    return make_quote(cbak, 96, 2, 500, "CNY", load_settings(), Party(company="Kandi"),
                      date=DAY, lines=LINES)


def test_lines_are_priced_rounded_and_taxed_per_class(quote):
    pb = quote.pricing
    user = [ln for ln in pb.lines if ln.category]
    assert [ln.amount for ln in user] == [
        cny("120000.00"),
        cny("42750.01"),  # 45000.01 - round(45000.01 x 5 %) = 45000.01 - 2250.00
        cny("27416.60"),  # 10 x round(2333.33 x 1.175) = 10 x 2741.66
        cny("8000.00"), cny("1500.00")]
    assert user[1].unit_price == cny("45000.01") and user[1].discount_pct == 5
    assert user[0].unit == "lot" and user[3].tax_class == "zero"
    taxes = {t.tax_class: t for t in pb.tax_lines}
    standard_base = sum((ln.amount for ln in pb.lines if ln.tax_class == "standard"),
                        cny("0"))
    assert taxes["standard"].base == standard_base
    assert taxes["standard"].tax == (standard_base * Decimal("0.13")).rounded()
    assert taxes["zero"].tax == cny("0.00") and taxes["exempt"].base == cny("1500.00")
    assert pb.tax == taxes["standard"].tax
    assert pb.total_incl_tax == pb.total_excl_tax + pb.tax
    assert pb.total_excl_tax == sum((ln.amount for ln in pb.lines), cny("0"))


def test_a_quote_without_lines_prices_as_before(cbak):
    q = make_quote(cbak, 96, 2, 500, "CNY", load_settings(), Party(company="K"),
                   date=dt.date(2026, 1, 15))
    assert q.pricing.total_incl_tax == cny("8107128.50")  # as `packconfig price` (no lines)
    assert [t.tax_class for t in q.pricing.tax_lines] == ["standard"]


@pytest.mark.parametrize("line,code", [
    (QuoteLine("Spare module", -2, cny("10")), "line_quantity"),
    (QuoteLine("Spare module", 0, cny("10")), "line_quantity"),
    (QuoteLine("Spare module", 1, Money("10", "USD")), "line_currency"),
    (QuoteLine("  ", 1, cny("10")), "line_description"),
    (QuoteLine("x", 1, cny("-10")), "line_negative_price"),
    (QuoteLine("x", 1, cny("10"), discount_pct=Decimal(101)), "percent_range"),
    (QuoteLine("x", 1, None), "line_price_missing"),
    (QuoteLine("x", 1, cny("1"), unit="barrel"), "line_unit"),
    (QuoteLine("x", 1, cny("1"), kind="bribe"), "line_kind"),
    (QuoteLine("x", 1, cny("1"), tax_class="half"), "line_tax_class"),
])
def test_bad_lines_are_refused_in_both_languages(cbak, line, code):
    with pytest.raises(InputError) as info:
        make_quote(cbak, 96, 2, 500, "CNY", load_settings(), Party(company="K"),
                   lines=(LINES[0], line))
    assert info.value.code == code
    zh = messages.text(info.value, "zh")
    assert zh != str(info.value) and ("第 2 行" in zh or code == "percent_range")


def test_discount_above_the_threshold_needs_an_approver(cbak):
    big = QuoteLine("Spare modules", 4, cny("9000"), kind="spares", discount_pct=Decimal(15))
    with pytest.raises(InputError) as info:
        make_quote(cbak, 96, 2, 500, "CNY", load_settings(), Party(company="K"), lines=(big,))
    assert info.value.code == "discount_needs_approval"
    assert "审批人" in messages.text(info.value, "zh")
    with pytest.raises(InputError):
        make_quote(cbak, 96, 2, 500, "CNY", load_settings(), Party(company="K"),
                   extra_discount_pct=Decimal(12))
    q = make_quote(cbak, 96, 2, 500, "CNY", load_settings(), Party(company="K"), lines=(big,),
                   approved_by="  Liu Yang, sales director ")
    assert q.approved_by == "Liu Yang, sales director" and q.max_discount_pct == 15
    assert q.discount_approval_pct == 10
    small = make_quote(cbak, 96, 2, 500, "CNY", load_settings(), Party(company="K"),
                       extra_discount_pct=Decimal(10))
    assert small.approved_by == ""  # at the threshold: no approval needed


@pytest.mark.parametrize("mass,count", [("11.9", 16), ("12", 16), ("12.01", 8), ("480", 8)])
def test_un383_sample_count_follows_the_mass_class(mass, count):
    assert samples_count(Decimal(mass)) == count
    line = propose_samples_line(Decimal(mass), cny("13969.804"), "en")
    assert line.quantity == count and line.kind == "samples" and line.unit == "pack"
    assert line.unit_price == cny("13969.80") and "38.3.3" in line.description
    zh = propose_samples_line(Decimal(mass), cny("1"), "zh")
    assert "试验和标准手册" in zh.description


def test_line_text_of_the_cli():
    line = parse_line_text("NRE tooling;1;25000 CNY;5%")
    assert line == QuoteLine("NRE tooling", 1, cny("25000"), discount_pct=Decimal(5))
    assert parse_line_text("Freight; 2 ; 800.50 USD").unit_price == Money("800.50", "USD")
    for text, code in (("NRE;1", "line_text_format"), ("NRE;-1;5 CNY", None),
                       ("NRE;one;5 CNY", "line_quantity"), ("NRE;1;5", "money_format"),
                       ("NRE;1;5 GBP", "unknown_currency")):
        if code is None:
            line = parse_line_text(text)
            with pytest.raises(InputError):
                from packconfig.core.commerce.lines import check_line
                check_line(line, 1, "CNY")
            continue
        with pytest.raises(InputError) as info:
            parse_line_text(text)
        assert info.value.code == code, text


CSV_OK = ("description,quantity,unit_price,currency,discount_pct,unit,kind,tax_class\n"
          "NRE 标定,1,120000,CNY,,lot,nre,standard\n"
          "\"Spare module, 12S\",4,9000.00,CNY,5,module,spares,\n")


def test_csv_lines_strict():
    lines = parse_lines_csv(("\ufeff" + CSV_OK).encode("utf-8"), "CNY")
    assert [ln.description for ln in lines] == ["NRE 标定", "Spare module, 12S"]
    assert lines[1].discount_pct == 5 and lines[1].unit == "module"
    cost = parse_lines_csv(b"description,quantity,cost,markup_pct,currency\nHarness,3,100,25,"
                           b"CNY\n", "CNY")
    assert cost[0].price() == cny("125.00")
    bad = {
        "csv_not_utf8": CSV_OK.encode("gbk"),
        "line_currency": CSV_OK.replace("9000.00,CNY", "9000.00,USD").encode(),
        "line_quantity": CSV_OK.replace(",4,", ",-4,").encode(),
        "csv_header": b"desc,qty\nx,1\n",
        "csv_empty": b"description,quantity,unit_price,currency\n",
        "csv_row": CSV_OK.replace(",lot,nre,standard", ",lot").encode(),
    }
    for code, data in bad.items():
        with pytest.raises(InputError) as info:
            parse_lines_csv(data, "CNY", "lines.csv")
        assert info.value.code == code, (code, str(info.value))
        assert "lines.csv" in str(info.value) and "lines.csv" in messages.text(info.value, "zh")


def test_schema1_quote_still_loads():
    """A quote saved by the version before quote lines (tests/data/quote-schema1.json)."""
    text = (DATA / "quote-schema1.json").read_text(encoding="utf-8")
    q = quote_from_json(text, "quote-schema1.json")
    assert q.label == "Q-2026-0001 R0" and q.lines == () and q.approved_by == ""
    assert q.pricing.total_incl_tax == cny("7531278.13")
    assert [ln.kind for ln in q.pricing.lines] == ["pack", "discount", "extra"]
    assert q.seller_logo is None and q.fx_snapshot == ()
    assert quote_from_json(quote_to_json(q), "again") == q


def test_quote_snapshots_rates_seller_and_terms(quote):
    assert {r.currency for r in quote.fx_snapshot} == {"EUR", "USD"}
    assert quote.seller.company == "Your Company Co., Ltd."
    assert quote_from_json(quote_to_json(quote), "q") == quote
