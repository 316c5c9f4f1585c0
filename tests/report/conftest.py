"""Fixtures for the PDF-quote tests: a fixed cell file and fixed commercial settings, so
every figure in the tests can be checked by hand (see the comments in test_report_data).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from packconfig.core.cells.catalog import load_cell_file
from packconfig.core.commerce.pricing import ExtraLine, Incoterm
from packconfig.core.commerce.quote import Party, make_quote
from packconfig.core.commerce.settings import build_settings
from packconfig.core.money import Money

DATA = Path(__file__).parent.parent / "data"
DATE = dt.date(2026, 7, 1)

SETTINGS_DATA = {
    "base_currency": "CNY",
    "fx": [
        {"currency": "EUR", "date": "2024-07-24", "cny_per_unit": "7.75", "source": "test"},
        {"currency": "USD", "date": "2025-06-30", "cny_per_unit": "7.159", "source": "test"},
    ],
    "cell_price_per_kwh": {"default": {"amount": "78", "currency": "USD", "source": "test"}},
    "component": [{"key": "assembly", "label": "Assembly", "category": "labour",
                   "fixed": "1000", "source": "test"}],
    "commercial": {"overhead_pct": "0", "warranty_pct": "0", "margin_pct": "20",
                   "validity_days": 30, "tier_convention": "range",
                   "tiers": [{"min_qty": 1, "discount_pct": "0"},
                             {"min_qty": 100, "discount_pct": "3"},
                             {"min_qty": 1000, "discount_pct": "6"}]},
    "tax": {"CNY": {"rate_pct": "13", "label": "VAT"},
            "USD": {"rate_pct": "0", "label": "Export, VAT not charged",
                    "label_zh": "出口，不含增值税"}},
    "seller": {"company": "Hangzhou Example Battery Co., Ltd.", "contact": "Sales department",
               "address": "No. 1 Example Road, Hangzhou 310000, China",
               "email": "sales@example.com", "phone": "+86 571 0000 0000",
               "tax_id": "91330100EXAMPLE"},
}


@pytest.fixture(scope="session")
def settings():
    return build_settings(SETTINGS_DATA)


@pytest.fixture(scope="session")
def cell():
    return load_cell_file(DATA / "cbak-32140fs.toml")[0]


def issued(quote, number: str = "Q-2026-0042"):
    return dataclasses.replace(quote, number=number, revision=0, status="issued",
                               issued_at="2026-07-01T08:00:00+00:00")


@pytest.fixture(scope="session")
def make(settings, cell):
    def _make(customer: Party | str = "Acme Energy GmbH", *, quantity: int = 120,
              currency: str = "CNY", extras: int = 0, **kw):
        if isinstance(customer, str):
            customer = Party(company=customer)
        lines = tuple(ExtraLine(f"Spare part {i:03d}", 1 + i % 3, Money(Decimal("12.50"),
                                                                          currency))
                      for i in range(1, extras + 1))
        kw.setdefault("incoterm", Incoterm("FOB", "Ningbo"))
        kw.setdefault("sales_engineer", "Li Wei")
        return issued(make_quote(cell, 96, 2, quantity, currency, settings, customer,
                                 date=DATE, extras=lines, **kw))
    return _make


@pytest.fixture(scope="session")
def quote(make):
    return make()


@pytest.fixture(scope="session")
def kandi():
    return Party(company="浙江康迪车业有限公司", contact="王经理",
                 address="浙江省金华市金东区康迪路1号\n321000 中国", phone="+86 579 8888 0000")


# ------------------------------------------------------------------ signed quotes
@pytest.fixture(scope="session")
def identity(tmp_path_factory):
    """A throwaway test CA + seller certificate + PKCS#12, made for this session."""
    from packconfig.report.testkeys import make_test_identity

    return make_test_identity(tmp_path_factory.mktemp("signing-keys"))


@pytest.fixture(scope="session")
def signer(identity):
    from packconfig.report.signing import load_signer

    return load_signer(identity.pkcs12, identity.password)


@pytest.fixture(scope="session")
def signed_en(quote, settings, signer) -> bytes:
    from packconfig.report import quote_pdf_bytes

    return quote_pdf_bytes(quote, "en", settings.tiers, signer=signer)

