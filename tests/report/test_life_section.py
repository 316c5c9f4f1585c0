"""The PDF's lifetime section (issue 17): data first, then the rendered text."""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader

from packconfig import display
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.commerce.quote import Party, make_quote
from packconfig.core.commerce.settings import load_settings
from packconfig.core.life.outputs import summarise
from packconfig.core.life.usage import LifeTerms, make_usage
from packconfig.report.data import build_report_data
from packconfig.report.pdf import quote_pdf_bytes
from packconfig.report.sections_life import LIFE_LABELS

USAGE = make_usage(cycles_per_day=1.5, dod=0.9, temperature=30)


def quote_with_life(cell_id: str = "CBAK-32140FS", warranty: str = ""):
    cell = load_catalog().get(cell_id)
    q = make_quote(cell, 96, 2, 500, "CNY", load_settings(), Party(company="ACME 电池"))
    return dataclasses.replace(q, number="Q-2026-0042", status="issued", warranty=warranty,
                               life=LifeTerms(USAGE, 0.7, 0.2))


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_labels_have_the_same_keys():
    assert set(LIFE_LABELS["en"]) == set(LIFE_LABELS["zh"])


def test_no_lifetime_terms_no_section():
    q = make_quote(load_catalog().get("CBAK-32140FS"), 16, 1, 10, "CNY", load_settings(),
                   Party(company="ACME"))
    assert build_report_data(q, "en").life is None


@pytest.mark.parametrize("language", ["en", "zh"])
def test_section_data_matches_the_core(language):
    q = quote_with_life(warranty="7 years or 3,000 cycles to 70 % SOH")
    life = build_report_data(q, language).life
    s = summarise(q.design.cell, 96, 2, USAGE, price=q.pricing.average_unit_price)
    assert life.warranty == "7 years or 3,000 cycles to 70 % SOH"
    assert (LIFE_LABELS[language]["cost"], display.cost_per_kwh(s.cost_per_kwh, language)
            ) in life.outcomes
    assert len(life.figures) == 6 and len(life.years) == 181
    guaranteed = dict((a, c) for a, _b, c in life.figures)
    assert guaranteed[display.LIFE_FIGURE_LABELS[language]["capacity_new"]] == "29.0 A·h"
    assert life.notes[0].startswith("Ageing model" if language == "en" else "老化模型")


def test_pdf_shows_the_section_in_both_languages():
    q = quote_with_life(warranty="8 years or 3,000 cycles (or 20 MWh) to 70 % SOH")
    en = text_of(quote_pdf_bytes(q, "en"))
    assert "Lifetime and warranty" in en and "8 years or 3,000 cycles" in en
    assert "Guaranteed" in en and "29.0 A·h" in en
    zh = text_of(quote_pdf_bytes(q, "zh"))
    assert "寿命与质保" in zh and "保证值" in zh


def test_refused_chemistry_is_said_in_the_pdf():
    q = quote_with_life("AESC-LEAF24-CELL")
    life = build_report_data(q, "en").life
    assert life.error.startswith("No lifetime projection for this cell")
    assert "No lifetime projection" in text_of(quote_pdf_bytes(q, "en"))


@pytest.mark.parametrize(("language", "said"), [("en", "Warranty: 8 years or 3,000 cycles"),
                                                ("zh", "质保：8 years or 3,000 cycles")])
def test_terms_state_the_lifetime_warranty_rather_than_a_vague_one(language, said):
    """The lifetime section promised '8 years or ...' while term 7 said 'Warranty
    according to the product specification and the warranty agreement'."""
    from packconfig.report.labels import EN

    q = quote_with_life(warranty="8 years or 3,000 cycles (or 20 MWh) to 70 % SOH")
    terms = build_report_data(q, language).terms
    assert any(t.startswith(said) for t in terms), terms
    assert not any("warranty agreement" in t for t in terms)
    vague = build_report_data(quote_with_life(), "en").terms  # no proposal: the standard
    assert EN["default_terms"].split("\n")[-1] in vague


def test_the_terms_tabs_own_warranty_text_still_wins():
    q = quote_with_life(warranty="8 years or 3,000 cycles to 70 % SOH")
    q = dataclasses.replace(q, commercial_terms=dataclasses.replace(
        q.commercial_terms, warranty_text="5 years, see agreement W-12"))
    terms = build_report_data(q, "en").terms
    assert "Warranty: 5 years, see agreement W-12." in terms
@pytest.mark.parametrize("language", ["en", "zh"])
def test_thermal_rise_and_end_of_warranty_range_in_the_section(language):
    from packconfig.core import sim
    from packconfig.core.life.in_use import Drive, project_in_use

    cell = load_catalog().get("CBAK-32140FS")
    wltc = sim.cycle_profile("wltc3b", sim.presets()["id3-pro-58"])
    core = project_in_use(cell, 96, 16, make_usage(), thermal="air",
                          range_drive=Drive(wltc, "WLTC", "id3"))
    q = make_quote(cell, 96, 16, 50, "CNY", load_settings(), Party(company="ACME"))
    q = dataclasses.replace(q, life=LifeTerms(core.usage, 0.7, 0.2, "wltc3b", "id3-pro-58"))
    life = build_report_data(q, language).life
    L, labels = LIFE_LABELS[language], display.LIFE_FIGURE_LABELS[language]
    usage = dict(life.usage)
    assert usage[L["rise"]].startswith(f"{core.usage.temperature_rise:g} K")
    assert L["air"] in usage[L["rise"]] and L["range_cycle"] in usage
    # the cycle and the vehicle in the quote's language (a Chinese quote said
    # 'WLTC class 3b, Compact car: VW ID.3 ...')
    said = usage[L["range_cycle"]]
    assert sim.vehicle.cycle_label("wltc3b", language) in said
    assert sim.presets()["id3-pro-58"].label(language) in said
    assert ("WLTC class 3b" in said) == (language == "en")
    rows = {a: (b, c) for a, b, c in life.figures}
    r = core.ranges
    assert rows[labels["range_end"]] == (
        display.quantity(sim_km(r.end_typical), "distance", language),
        display.quantity(sim_km(r.end_guaranteed), "distance", language))
    assert rows[labels["range_new"]][0] == display.quantity(sim_km(r.new_typical),
                                                              "distance", language)
    pdf = text_of(quote_pdf_bytes(q, language))
    assert labels["range_end"] in pdf


def sim_km(metres: float):
    from packconfig.core.units import Q_

    return Q_(metres / 1e3, "km")


def _proposal(months: int, cycles: int, mwh: str):
    from decimal import Decimal

    from packconfig.core.life.outputs import Warranty

    return Warranty(months, cycles, Decimal(mwh), 0.7, 0.2, 9.0)


@pytest.mark.parametrize("w", [_proposal(96, 2400, "18.6"), _proposal(18, 540, "0.4"),
                               _proposal(1, 30, "0.02"), _proposal(120, 12000, "1250")])
def test_a_proposal_is_restated_in_the_other_language_with_the_same_figures(w):
    for src, dst in (("en", "zh"), ("zh", "en")):
        text = display.warranty(w, src)
        assert display.restate_warranty(text, dst) == display.warranty(w, dst)
        assert display.restate_warranty(text, src) == text  # already in that language
    for own in ("5 years, see agreement W-12", "8 years or 3,000 cycles to 70 % SOH", ""):
        assert display.restate_warranty(own, "zh") == own  # the user's words stay


@pytest.mark.parametrize(("issued", "printed"), [("zh", "en"), ("en", "zh")])
def test_a_reprint_in_the_other_language_states_the_warranty_in_it(issued, printed):
    """A Chinese quote reprinted in English (and vice versa) said its warranty in the
    language it was issued in, in the terms and in the lifetime section."""
    w = _proposal(96, 2400, "18.6")
    q = dataclasses.replace(quote_with_life(warranty=display.warranty(w, issued)),
                            language=issued)
    data = build_report_data(q, printed)
    assert data.life.warranty == display.warranty(w, printed)
    assert any(display.warranty(w, printed) in t for t in data.terms), data.terms
    same = build_report_data(q, issued)  # in its own language: exactly as issued
    assert same.life.warranty == display.warranty(w, issued)
