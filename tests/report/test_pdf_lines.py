"""The PDF of a quote with lines (issue 18): seller profile and logo, every line with
its unit and discount, tax per class, approver, terms; 60 lines over several pages;
frozen figures (change every setting, reprint, same document)."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from PIL import Image
from pypdf import PdfReader

from packconfig.core.cells.catalog import load_catalog
from packconfig.core.commerce.lines import QuoteLine
from packconfig.core.commerce.quote import Party, make_quote
from packconfig.core.commerce.settings import load_settings, save_settings
from packconfig.core.money import Money
from packconfig.core.store.register import Register
from packconfig.report.data import build_report_data
from packconfig.report.pdf import quote_pdf_bytes

LONG = ("Custom high-voltage junction box with pre-charge circuit, main contactors, 400 A fuse, "
        "current sensor and service disconnect, designed to the customer's drawing and "
        "validated on the customer's test bench; includes two design reviews, the DFMEA, the "
        "PPAP level 3 documents and the first-article inspection report.")


def cny(text: str) -> Money:
    return Money(text, "CNY")


def write_logo(path, colour) -> None:
    Image.new("RGB", (300, 120), colour).save(path)


def profile(tmp_path, tag: str, colour=(31, 58, 95)) -> dict:
    logo = tmp_path / f"logo-{tag}.png"
    write_logo(logo, colour)
    return {
        "sales_engineer": f"Engineer {tag}",
        "seller": {"company": f"Seller {tag} Co., Ltd.", "company_zh": f"卖方{tag}有限公司",
                   "contact": f"Contact {tag}", "address": f"{tag} Road 1\nHangzhou",
                   "tax_id": f"TAX-{tag}", "bank": f"Bank {tag}\nAccount 0001", "phone":
                   "+86 571 0000 0000", "email": f"{tag.lower()}@example.cn",
                   "website": f"www.{tag.lower()}.example.cn", "logo": str(logo)},
        "commercial": {"payment_terms": f"Pay {tag}", "incoterm": "FOB",
                       "incoterm_place": f"Port {tag}", "lead_time": f"{tag} weeks",
                       "warranty_text": f"Warranty {tag}", "discount_approval_pct": "5",
                       "margin_pct": "20", "validity_days": 30},
        "fx": [{"currency": "EUR", "date": "2026-01-01", "cny_per_unit": "7.80",
                "source": f"rate {tag}"},
               {"currency": "USD", "date": "2026-01-01", "cny_per_unit": "7.10",
                "source": f"rate {tag}"}],
        "tax": {"CNY": {"rate_pct": "13", "label": f"VAT {tag}", "label_zh": f"增值税{tag}"}},
        "cell_prices": {"CBAK-32140FS": {"price": "3.10", "currency": "EUR",
                                         "date": "2026-01-01", "source": f"list {tag}"}},
    }


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def issued(tmp_path):
    save_settings(profile(tmp_path, "A"))
    settings = load_settings()
    lines = (QuoteLine("NRE: BMS software", 1, cny("120000"), unit="lot", kind="nre"),
             QuoteLine("Spare module 12S", 4, cny("9000"), unit="module", kind="spares",
                       discount_pct=Decimal(8)),
             QuoteLine("Freight to Ningbo port", 1, cny("8000"), kind="freight",
                       tax_class="zero"))
    draft = make_quote(load_catalog().get("CBAK-32140FS"), 96, 2, 500, "CNY", settings,
                       Party(company="Kandi"), date=dt.date(2026, 7, 1), lines=lines,
                       approved_by="Liu Yang")
    with Register() as reg:
        return reg.issue(draft), settings


def test_report_data_carries_profile_lines_taxes_and_terms(issued):
    quote, settings = issued
    data = build_report_data(quote, "en", settings.tiers)
    assert data.seller.company == "Seller A Co., Ltd."
    assert data.seller.company_alt == "卖方A有限公司"
    assert {f.key for f in data.seller.lines} >= {"website", "tax_id", "email", "address"}
    assert build_report_data(quote, "zh").seller.company == "卖方A有限公司"
    assert data.logo is not None and Image.open(io.BytesIO(data.logo)).size == (300, 120)
    rows = {r.description: r for r in data.price_rows}
    assert rows["Spare module 12S"].unit == "module" and rows["Spare module 12S"].discount == "8%"
    assert rows["Spare module 12S"].amount == "¥33,120.00"  # 4 x 9000 less 8 %
    keys = [f.key for f in data.totals]
    assert keys == ["total_excl_tax", "tax_standard", "tax_zero", "total_incl_tax"]
    commercial = {f.key: f.text for f in data.commercial}
    assert commercial["approved_by"] == "Liu Yang" and commercial["incoterm"] == "FOB Port A"
    assert commercial["bank"] == "Bank A\nAccount 0001"
    assert "Payment: Pay A." in data.terms and "Lead time: A weeks." in data.terms
    assert "Warranty: Warranty A." in data.terms
    assert "付款方式：Pay A。" in build_report_data(quote, "zh").terms


def test_pdf_prints_seller_lines_totals_and_approver(issued):
    quote, settings = issued
    for lang, needles in (("en", ["Seller A Co., Ltd.", "卖方A有限公司", "www.a.example.cn",
                                  "Bank A", "Discount approved by", "Liu Yang",
                                  "FOB Port A", "Zero-rated lines", "Payment: Pay A."]),
                          ("zh", ["卖方A有限公司", "Seller A Co., Ltd.", "折扣审批人",
                                  "零税率项目", "交货期：A weeks。"])):
        text = pdf_text(quote_pdf_bytes(quote, lang, settings.tiers))
        data = build_report_data(quote, lang, settings.tiers)
        for row in data.price_rows:
            assert row.description.split()[0] in text and row.amount in text
        for f in data.totals:
            assert f.text in text
        for needle in needles:
            assert needle in text, (lang, needle)


def test_frozen_figures_survive_every_settings_change(issued, tmp_path):
    """Change every setting (profile, logo image, rates, tax, terms, price list,
    threshold, engineer, margin, tiers) and reprint: the same document."""
    quote, settings = issued
    before = {lang: (pdf_text(quote_pdf_bytes(quote, lang, settings.tiers)),
                     build_report_data(quote, lang, settings.tiers)) for lang in ("en", "zh")}
    changed = profile(tmp_path, "B", colour=(200, 30, 30))
    changed["commercial"].update(margin_pct="35", validity_days=90,
                                 tiers=[{"min_qty": 1, "discount_pct": "0"},
                                        {"min_qty": 10, "discount_pct": "9"}])
    changed["tax"]["CNY"]["rate_pct"] = "6"
    save_settings(changed)
    # the very same logo path now holds another image
    write_logo(tmp_path / "logo-A.png", (0, 200, 0))
    now = load_settings()
    assert now.seller["company"] == "Seller B Co., Ltd." and now.tax_for("CNY").rate_pct == 6
    with Register() as reg:
        again = reg.get(quote.number)
    for lang, (text, data) in before.items():
        new_data = build_report_data(again, lang, now.tiers)
        assert pdf_text(quote_pdf_bytes(again, lang, now.tiers)) == text
        for name in ("seller", "header", "price_rows", "totals", "commercial", "tiers",
                     "terms", "logo", "customer", "spec"):
            assert getattr(new_data, name) == getattr(data, name), name


def test_sixty_lines_with_a_long_description_flow_over_pages(issued):
    quote, settings = issued
    lines = tuple(QuoteLine(LONG if i == 3 else f"Option {i:02d} heating film", 1 + i % 4,
                            cny(f"{1000 + 37 * i}.50"), unit="set") for i in range(60))
    big = make_quote(quote.design.cell, 96, 2, 500, "CNY", settings, Party(company="Kandi"),
                     date=dt.date(2026, 7, 1), lines=lines)
    pdf = quote_pdf_bytes(big, "en", settings.tiers)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) >= 4
    text = " ".join(pages)
    for i in range(60):
        if i != 3:
            assert f"Option {i:02d} heating film" in text
    assert "first-article inspection report." in text
    price_pages = [p for p in pages if "Option " in p]
    assert len(price_pages) >= 2 and all("Unit price" in p for p in price_pages)
    last = [p for p in pages if "Total incl. tax" in p]
    assert len(last) == 1 and "Total excl. tax" in last[0]
