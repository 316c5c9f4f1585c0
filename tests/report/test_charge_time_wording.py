"""The PDF says which current the charge time assumes, and its safety note agrees
(issue 14, item 15)."""

from __future__ import annotations

import dataclasses

from packconfig.core.cells.catalog import load_catalog
from packconfig.core.commerce.quote import Party, make_quote
from packconfig.core.commerce.settings import load_settings
from packconfig.core.pack.options import PackOptions
from packconfig.core.units import Q_
from packconfig.report.data import build_report_data


def quote_of(cell, options=None):
    return make_quote(cell, 96, 2, 10, "CNY", load_settings(), Party(company="ACME"),
                      options=options)


def spec_and_notes(quote, lang):
    data = build_report_data(quote, lang)
    spec = {f.key: f.text for f in data.spec}
    return spec["charge_time"], [w.text for w in data.warnings]


def test_standard_charge_current_is_named_and_the_note_agrees():
    cell = load_catalog().get("CBAK-32140FS")  # 7.5 A standard charge, no maximum given
    assert cell.known("standard_charge") and not cell.known("max_continuous_charge")
    charge, notes = spec_and_notes(quote_of(cell), "en")
    assert charge == "1.8 h at 15.0 A, the datasheet's standard charge current (2 × 7.5 A)"
    joined = " ".join(notes)
    assert "charge at no more than its standard charge current, 15.0 A for this pack" in joined
    assert "charge time assumes" in joined
    assert "maximum continuous charge current." not in joined  # no bare "unknown" note
    charge_zh, notes_zh = spec_and_notes(quote_of(cell), "zh")
    assert "标准充电电流" in charge_zh and "15.0 A" in charge_zh
    assert any("标准充电电流" in n and "15.0 A" in n for n in notes_zh)


def test_maximum_charge_current_is_named_when_it_is_the_basis():
    cell = dataclasses.replace(load_catalog().get("CBAK-32140FS"), standard_charge=None,
                               max_continuous_charge=Q_(15, "A"))
    charge, notes = spec_and_notes(quote_of(cell), "en")
    assert charge == "54 min at 30.0 A, the maximum continuous charge current (2 × 15.0 A)"
    assert not any("standard charge current" in n for n in notes)


def test_a_requested_charge_current_is_named():
    cell = load_catalog().get("CBAK-32140FS")
    charge, _ = spec_and_notes(quote_of(cell, PackOptions(charge_current=Q_(10, "A"))), "en")
    assert charge.endswith("at 10.0 A, the charge current requested")
