"""The quote's performance page: the data (precisely) and the rendered text."""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader

from packconfig.core import sim
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.units import Q_
from packconfig.report import quote_pdf_bytes
from packconfig.report.data import build_report_data
from packconfig.report.sections_performance import performance_data


def test_figures_equal_the_simulation(cell):
    data = performance_data(cell, 96, 20, "air", "en")
    model = sim.cell_model(cell)
    run = sim.simulate(model, 96, 20, sim.constant_current(Q_(15 * 20, "A")), thermal="air",
                       ambient=313.15)
    hot = data.blocks[1]
    assert "40.0 °C" in hot.title
    rows = {r.key: r for r in hot.rows}
    assert rows["energy"].raw == pytest.approx(run.summary["energy_delivered"][0])
    assert rows["max_temperature"].raw == pytest.approx(run.summary["max_temperature"][0])
    assert rows["stopped"].raw == run.end_reason[0]
    ch = sim.charge(model, 96, 20, 0.1, 0.8, thermal="air")
    assert {r.key: r for r in data.blocks[2].rows}["charge_time"].raw == pytest.approx(
        ch.charge_time[0])
    wltc = {r.key: r for r in data.blocks[3].rows}
    assert 300e3 < wltc["range"].raw < 1000e3
    assert data.confidence_key in ("estimate", "low", "medium", "high")


def test_small_pack_has_no_drive_cycle_and_no_model_no_page():
    cells = load_catalog()
    small = performance_data(cells.get("LG-MJ1"), 14, 4, "none", "zh")
    assert len(small.blocks) == 3 and "满电状态 1C 放电" in small.blocks[0].title
    no_mass = dataclasses.replace(cells.get("LG-MJ1"), mass=None)
    assert performance_data(no_mass, 14, 4, "none", "en") is None


def test_rendered_in_both_languages(quote, settings):
    assert build_report_data(quote, "en").performance is not None
    for lang, words in (("en", ["Performance in use (simulation)", "1C discharge from full",
                                "Charge 10 → 80 %", "Model confidence"]),
                        ("zh", ["使用性能（仿真）", "满电状态 1C 放电", "模型可信度"])):
        pdf = quote_pdf_bytes(quote, lang, settings.tiers)
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
        flat = text.replace("\n", "")
        for word in words:
            assert word in flat, (lang, word)


def test_why_a_run_stopped_reads_as_a_sentence_in_both_languages(cell):
    """A customer read 'Stopped by: empty'; every reason the simulation gives is a phrase
    in the quote's language, never the internal key."""
    from packconfig.core.sim.run import END_TEXT
    from packconfig.report.sections_performance import LABELS

    for language in ("en", "zh"):
        words = LABELS[language]
        for reason in END_TEXT:
            assert reason in words and words[reason] != reason, (language, reason)
    rows = {r.key: r for r in performance_data(cell, 96, 20, "air", "en").blocks[0].rows}
    assert rows["stopped"].text != rows["stopped"].raw
    assert LABELS["en"]["empty"] == "fully discharged (SOC 0 %)"
