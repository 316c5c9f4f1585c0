"""Warnings when a quote is priced from placeholder data (issue 14, item 11)."""

from __future__ import annotations

import json

from pypdf import PdfReader

from packconfig.cli import main
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.commerce.placeholders import placeholder_notices, quote_notices
from packconfig.core.commerce.quote import Party, make_quote
from packconfig.core.commerce.settings import load_settings


def notices(cell_id: str, currency: str = "CNY"):
    settings = load_settings()
    quote = make_quote(load_catalog().get(cell_id), 16, 1, 10, currency, settings,
                       Party(company="ACME"))
    return quote_notices(quote)


def test_shipped_defaults_warn_about_the_seller_and_the_eur_rate(packconfig_home):
    found = notices("CBAK-32140FS")  # a catalog price in EUR, quoted in CNY
    assert [n.code for n in found] == ["seller_not_set", "fx_placeholder"]
    assert "Your Company Co., Ltd." in found[0].text("en")
    assert "1 EUR = 7.75 CNY" in found[1].text("en") and "2024-07-24" in found[1].text("en")
    assert "卖方信息未设置" in found[0].text("zh") and "占位" in found[1].text("zh")


def test_estimated_cell_price_is_named(packconfig_home):
    found = notices("TOB-NA18650-1300", "USD")  # no catalog price
    assert [n.code for n in found] == ["seller_not_set", "cell_price_estimated"]
    assert "TOB-NA18650-1300" in found[-1].text("en")
    assert "TOB-NA18650-1300" in found[-1].text("zh") and "估算" in found[-1].text("zh")


def test_real_settings_give_no_warning(packconfig_home):
    (packconfig_home / "settings.json").write_text(json.dumps({
        "seller": {"company": "Ningbo Cells Co., Ltd."},
        "fx": [{"currency": "USD", "date": "2025-06-30", "cny_per_unit": "7.159",
                "source": "PBOC"},
               {"currency": "EUR", "date": "2025-06-30", "cny_per_unit": "8.39",
                "source": "PBOC central parity 2025-06-30"}]}), encoding="utf-8")
    assert notices("CBAK-32140FS") == []
    assert notices("CBAK-32140FS", "USD") == []


def test_an_empty_seller_also_warns(packconfig_home):
    settings = load_settings()
    quote = make_quote(load_catalog().get("MOLICEL-P42A"), 4, 1, 10, "CNY", settings,
                       Party(company="ACME"))
    codes = [n.code for n in placeholder_notices(quote.cost, "  ")]
    assert codes[0] == "seller_not_set"


def test_cli_warns_on_stderr_each_time_and_never_on_the_pdf(packconfig_home, tmp_path,
                                                            capsys):
    for name in ("a.pdf", "b.pdf"):
        code = main(["quote", "--cell", "CBAK-32140FS", "-s", "16", "-p", "1", "-n", "10",
                     "--customer", "ACME", "-o", str(tmp_path / name)])
        captured = capsys.readouterr()
        assert code == 0, captured.err
        assert "packconfig: warning: the seller is not set" in captured.err
        assert "unsourced placeholder" in captured.err
        assert "warning" not in captured.out
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "a.pdf").pages)
    for words in ("not set", "placeholder", "settings.json", "estimated from"):
        assert words not in text
