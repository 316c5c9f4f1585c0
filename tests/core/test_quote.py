import dataclasses
import datetime as dt
import json

import pytest

from packconfig.core.commerce.quote import (
    SCHEMA_VERSION,
    Party,
    diff_quotes,
    make_quote,
    quote_from_json,
    quote_to_json,
    revise,
)
from packconfig.core.commerce.settings import load_settings
from packconfig.core.errors import DataFileError, InputError
from packconfig.core.money import Money
from packconfig.core.store.register import Register

CUSTOMER = Party(company="浙江康迪车业有限公司", contact="王工", address="浙江省金华市",
                 email="wang@example.cn")


@pytest.fixture
def quote(cbak):
    return make_quote(cbak, 96, 2, 500, "CNY", load_settings(), CUSTOMER,
                      date=dt.date(2026, 1, 15), sales_engineer="Li Na")


def test_quote_figures_and_validity(quote):
    assert quote.status == "draft" and quote.number == ""
    assert quote.valid_until == dt.date(2026, 2, 14)
    assert quote.cost.price == Money("14792.68", "CNY")  # hardware from the BOM (issue 15)
    assert quote.pricing.total_excl_tax == Money("7174450.00", "CNY")
    assert quote.pricing.total_incl_tax == Money("8107128.50", "CNY")


def test_json_roundtrip_is_lossless_and_keeps_cell_copy(quote):
    text = quote_to_json(quote)
    again = quote_from_json(text, source="q.json")
    assert again == quote
    assert again.design.cell.price == Money("3.85", "EUR")
    assert "浙江康迪车业有限公司" in text
    assert json.loads(text)["schema_version"] == SCHEMA_VERSION == 2


@pytest.mark.parametrize("mutate,match", [
    (lambda d: d.update(schema_version=99), "newer"),
    (lambda d: d["quote"].update(quantity="500"), "quantity"),
    (lambda d: d["quote"]["cost"].update(price={"amount": "1e", "currency": "CNY"}), "price"),
    (lambda d: d["quote"]["design"]["cell"].update(capacity={"value": 3, "unit": "V"}),
     "capacity"),
    (lambda d: d["quote"].update(extra=1), "unknown fields"),
    (lambda d: d["quote"].pop("currency"), "currency"),
])
def test_bad_quote_json_raises_data_file_error(quote, mutate, match):
    data = json.loads(quote_to_json(quote))
    mutate(data)
    with pytest.raises(DataFileError, match=match):
        quote_from_json(json.dumps(data), source="bad.json")


def test_refuses_huge_deep_truncated(quote):
    with pytest.raises(DataFileError, match="too large"):
        quote_from_json("x" * 5_000_000)
    with pytest.raises(DataFileError, match="nested"):
        quote_from_json("[" * 100_000 + "]" * 100_000)
    with pytest.raises(DataFileError, match="truncated"):
        quote_from_json(quote_to_json(quote)[:500], source="cut.json")


def test_issued_quotes_are_immutable_and_revisions_diff(quote, tmp_path):
    with Register(tmp_path / "q.db") as reg:
        r0 = reg.issue(quote)
        assert (r0.number, r0.revision, r0.status) == ("Q-2026-0001", 0, "issued")
        with pytest.raises(dataclasses.FrozenInstanceError):
            r0.quantity = 10  # type: ignore[misc]
        with pytest.raises(InputError, match="already issued"):
            reg.issue(r0)
        r1 = reg.issue(revise(r0, load_settings(), quantity=1000))
        assert r1.revision == 1 and r1.revised_from == 0
        assert reg.get(r0.number, 0).status == "superseded"
        assert reg.get(r0.number, 0).quantity == 500  # body never edited
        changes = {c.field: c for c in diff_quotes(reg.get(r0.number, 0), r1)}
        assert changes["quantity"].old == "500" and changes["quantity"].new == "1000"
        assert changes["total excl. tax"].new == "13905120.00 CNY"  # 1000 x 13905.12 (6 % off)
        # the customer goes back to R0: R2 is a copy of R0's content
        r2 = reg.issue(revise(reg.get(r0.number, 0)))
        assert r2.revision == 2 and r2.revised_from == 0 and r2.quantity == 500
        assert diff_quotes(reg.get(r0.number, 0), r2) == []
        assert [e.status for e in reg.revisions(r0.number)] == ["superseded", "superseded",
                                                               "issued"]


def test_revise_draft_refused_and_reprice_needs_settings(quote, tmp_path):
    with pytest.raises(InputError):
        revise(quote)
    with Register(tmp_path / "q.db") as reg:
        r0 = reg.issue(quote)
    with pytest.raises(InputError, match="settings"):
        revise(r0, series=100)
    r1 = revise(r0, notes="price valid for LFP only")
    assert r1.pricing == r0.pricing and r1.notes == "price valid for LFP only"
