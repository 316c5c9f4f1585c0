"""The commercial settings of issue 18: seller profile, quoting defaults, tax, dated
rates with sources, the cell price list and the sales engineer; validated field by
field, saved atomically."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from decimal import Decimal

import pytest
from PIL import Image

from packconfig.core import messages
from packconfig.core.commerce.costing import cost_pack
from packconfig.core.commerce.pricing import Incoterm
from packconfig.core.commerce.settings import (
    load_settings,
    problems,
    save_settings,
    shipped_defaults,
)
from packconfig.core.commerce.settings_fields import MAX_LOGO_BYTES, field_of
from packconfig.core.commerce.settings_keys import KNOWN, NESTED_LISTS, RECORD_LISTS, RECORD_TABLES
from packconfig.core.errors import InputError
from packconfig.core.fs.resources import resource_path
from packconfig.core.money import Money


@pytest.fixture
def logo(tmp_path):
    path = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (31, 58, 95)).save(path)
    return path


def full_profile(logo) -> dict:
    return {
        "sales_engineer": "Zhang Min",
        "seller": {"company": "Hangzhou Cell Works Co., Ltd.", "company_zh": "杭州电芯科技有限公司",
                   "contact": "Chen Jie", "address": "88 Binjiang Road\nHangzhou 310051",
                   "tax_id": "91330100MA2B3C4D5E", "bank": "Bank of China Hangzhou\n"
                   "Account 1234 5678 9012\nSWIFT BKCHCNBJ910", "phone": "+86 571 8888 0000",
                   "email": "sales@cellworks.example.cn", "website": "www.cellworks.example.cn",
                   "logo": str(logo)},
        "commercial": {"validity_days": 45, "margin_pct": "22", "payment_terms": "50 % T/T "
                       "advance, 50 % before shipment", "incoterm": "FOB",
                       "incoterm_place": "Ningbo", "lead_time": "10 weeks after order",
                       "warranty_text": "8 years or 3,000 cycles", "discount_approval_pct": "5"},
        "tax": {"CNY": {"rate_pct": "13", "label": "VAT 13%", "label_zh": "增值税 13%"}},
        "fx": [{"currency": "EUR", "date": "2026-06-30", "cny_per_unit": "7.8312",
                "source": "PBOC central parity 2026-06-30"},
               {"currency": "USD", "date": "2026-06-30", "cny_per_unit": "7.1420",
                "source": "PBOC central parity 2026-06-30"}],
        "cell_prices": {"CBAK-32140FS": {"price": "3.20", "currency": "EUR",
                                         "date": "2026-06-01", "source": "supplier quote 17"}},
    }


def test_shipped_defaults_hold_only_known_keys():
    """One list of keys (settings_keys.KNOWN) covers everything the shipped file has."""
    data = tomllib.loads(resource_path("costs.toml").read_text(encoding="utf-8"))
    for key, value in data.items():
        assert key in KNOWN, key
        sub = KNOWN[key]
        if key in RECORD_LISTS:
            assert all(set(rec) <= set(sub) for rec in value), key
        elif key in RECORD_TABLES:
            assert all(set(rec) <= set(sub) for rec in value.values()), key
        elif sub is not None:
            assert set(value) <= set(sub), (key, set(value) - set(sub))
            for nested, keys in NESTED_LISTS.items():
                for rec in value.get(nested, []) if key == "commercial" else []:
                    assert set(rec) <= set(keys)


def test_defaults_flag_the_placeholder_eur_rate_until_replaced(tmp_path):
    s = load_settings(tmp_path / "none.json")
    flagged = [r for r in s.rates.in_effect(dt.date(2026, 7, 1)) if r.needs_attention]
    assert [r.currency for r in flagged] == ["EUR"] and flagged[0].placeholder
    assert s.incoterm is None and s.discount_approval_pct == Decimal(10)
    path = tmp_path / "settings.json"
    fx = shipped_defaults()["fx"] + [{"currency": "EUR", "date": "2026-06-30",
                                      "cny_per_unit": "7.83", "source": "bank rate"}]
    save_settings({"fx": fx}, path)
    s = load_settings(path)
    assert not [r for r in s.rates.in_effect(dt.date(2026, 7, 1)) if r.needs_attention]
    # the placeholder still prices quotes dated before the new rate, flagged
    assert [r.currency for r in s.rates.in_effect(dt.date(2025, 1, 1))
            if r.needs_attention] == ["EUR"]


def test_full_profile_saves_atomically_and_loads_back(tmp_path, logo):
    path = tmp_path / "settings.json"
    save_settings(full_profile(logo), path)
    s = load_settings(path)
    assert s.seller["company_zh"] == "杭州电芯科技有限公司"
    assert s.seller["bank"].endswith("SWIFT BKCHCNBJ910")
    assert s.sales_engineer == "Zhang Min" and s.validity_days == 45
    assert s.incoterm == Incoterm("FOB", "Ningbo")
    assert s.terms.lead_time == "10 weeks after order"
    assert s.discount_approval_pct == Decimal(5)
    assert s.logo().media_type == "image/png"
    entry = s.cell_price("CBAK-32140FS")
    assert entry.price == Money("3.20", "EUR") and entry.date == dt.date(2026, 6, 1)
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 1


def test_price_list_replaces_the_catalog_price_in_costing(tmp_path, logo, cbak):
    path = tmp_path / "settings.json"
    save_settings(full_profile(logo), path)
    s = load_settings(path)
    cost = cost_pack(cbak, 10, 1, s.context("EUR", dt.date(2026, 7, 1)))
    cells = cost.lines[0]
    assert cells.amount == Money("32.00", "EUR")
    assert "price list" in cells.source and "supplier quote 17" in cells.source
    assert s.priced_cell(cbak).price == Money("3.20", "EUR")


def test_cells_without_a_price_are_listed(tmp_path, cbak):
    import dataclasses

    s = load_settings(tmp_path / "none.json")
    bare = dataclasses.replace(cbak, id="NO-PRICE", price=None)
    assert [c.id for c in s.unpriced([cbak, bare])] == ["NO-PRICE"]


BAD_FIELDS = [
    ({"tax": {"EUR": {"rate_pct": "150"}}}, "tax.EUR.rate_pct", "percent_range", "EUR 税率"),
    ({"commercial": {"incoterm": "FOX", "incoterm_place": "Ningbo"}}, "commercial.incoterm",
     "incoterm_unknown", "贸易术语"),
    ({"commercial": {"incoterm": "FOB", "incoterm_place": ""}}, "commercial.incoterm_place",
     "incoterm_place", "指定地点"),
    ({"seller": {"email": "sales@"}}, "seller.email", "email_invalid", "电子邮箱"),
    ({"seller": {"phone": "call me"}}, "seller.phone", "phone_invalid", "电话"),
    ({"seller": {"website": "not a site"}}, "seller.website", "website_invalid", "网址"),
    ({"seller": {"tax_id": "91#33"}}, "seller.tax_id", "tax_id_invalid", "税号"),
    ({"seller": {"company": "x" * 201}}, "seller.company", "field_too_long", "过长"),
    ({"cell_prices": {"C1": {"price": "-1", "currency": "EUR", "date": "2026-01-01",
                             "source": "s"}}}, "cell_prices.C1.price", "price_not_positive_at",
     "电芯“C1”的价格"),
    ({"cell_prices": {"C1": {"price": "1", "currency": "EUR", "date": "2026-01-01"}}},
     "cell_prices.C1.source", "source_missing", "价格来源"),
]


@pytest.mark.parametrize("override,field,code,zh", BAD_FIELDS, ids=[b[1] for b in BAD_FIELDS])
def test_bad_field_is_refused_by_name_and_nothing_is_written(tmp_path, override, field, code,
                                                             zh):
    path = tmp_path / "settings.json"
    path.write_text('{"seller": {"company": "Kept Co."}}\n', encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(InputError) as info:
        save_settings(override, path)
    assert info.value.code == code and field_of(info.value) == field
    assert zh in messages.text(info.value, "zh")
    assert path.read_bytes() == before


def test_bad_logos_are_refused(tmp_path):
    text = tmp_path / "logo.png"
    text.write_text("not an image")
    huge = tmp_path / "huge.png"
    with huge.open("wb") as handle:  # 200 MB, sparse: never read
        handle.truncate(200 * 1024 * 1024)
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)  # a PNG header, no image
    for path, code in ((text, "logo_not_image"), (huge, "logo_too_large"),
                       (fake, "logo_not_image"), (tmp_path / "gone.png", "logo_missing")):
        with pytest.raises(InputError) as info:
            save_settings({"seller": {"logo": str(path)}}, tmp_path / "s.json")
        assert info.value.code == code, path
        assert "徽标" in messages.text(info.value, "zh")
    assert huge.stat().st_size > MAX_LOGO_BYTES
    assert not (tmp_path / "s.json").exists()


def test_problems_lists_every_bad_field_at_once(tmp_path):
    data = shipped_defaults()
    data["seller"] = dict(data["seller"], email="x@", phone="?")
    data["tax"] = dict(data["tax"], CNY={"rate_pct": "150"})
    fields = sorted(field_of(p) for p in problems(data))
    assert fields == ["seller.email", "seller.phone", "tax.CNY.rate_pct"]
    assert problems(shipped_defaults()) == []
