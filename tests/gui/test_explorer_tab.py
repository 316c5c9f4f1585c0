"""The Explorer tab, driven like a user: fill the form, search off the UI thread, sort,
pick a design, compare."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from packconfig import display
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.pack.physics import compute_pack
from packconfig.gui.explorer import ExplorerTab
from packconfig.gui.explorer.form import EXAMPLE, FIELDS
from packconfig.gui.explorer.model import COLUMNS

REQS = {"min_voltage": "350 V", "max_voltage": "420 V", "min_energy_usable": "60 kWh",
        "min_power": "150 kW", "max_mass": "500 kg"}


@pytest.fixture
def tab(qtbot):
    w = ExplorerTab()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.shutdown()


def _search(tab, qtbot, values):
    tab.form.set_values(values)
    with qtbot.waitSignal(tab.searchFinished, timeout=30_000) as blocker:
        qtbot.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.worker is None, timeout=5000)
    return blocker.args[0]


def test_search_pick_and_use_design(tab, qtbot):
    result = _search(tab, qtbot, REQS)
    assert result.feasible > 0
    assert tab.proxy.rowCount() == len(result)
    assert tab.progress.value() == 100
    assert "meet every requirement" in tab.summary.toPlainText()
    assert tab.chart.designs.count() == len(result)
    assert tab.chart.front.count() == result.pareto_count >= 1
    # sort by mass (descending) through the proxy, pick the third row
    mass_col = [k for _h, k in COLUMNS].index("mass_pack")
    tab.table.sortByColumn(mass_col, Qt.SortOrder.DescendingOrder)
    masses = [tab.proxy.index(r, mass_col).data(Qt.ItemDataRole.UserRole)
              for r in range(tab.proxy.rowCount())]
    assert masses == sorted(masses, reverse=True)
    tab.select_row(2)
    source_row = tab.proxy.mapToSource(tab.proxy.index(2, 0)).row()
    want = result.design(source_row)
    assert tab.use_button.isEnabled() and not tab.compare_button.isEnabled()
    with qtbot.waitSignal(tab.designChosen, timeout=1000) as chosen:
        qtbot.mouseClick(tab.use_button, Qt.MouseButton.LeftButton)
    assert tuple(chosen.args) == want
    cell_id, s, p = want
    shown = tab.proxy.index(2, mass_col).data()
    assert shown == display.result("mass_pack",
                                   compute_pack(load_catalog().get(cell_id), s, p)["mass_pack"])


def test_starts_empty_with_placeholders_and_an_empty_chart(tab, qtbot):
    """Before any search: no field holds a value (the examples are placeholders, which
    are not requirements), and the chart shows a message, not axes ticking "0 0 1 1"."""
    assert all(text == "" for text in tab.form.values().values())
    for name, _label, _example in FIELDS:
        hint = tab.form.edits[name].placeholderText()
        assert hint.startswith(("e.g.", "any")) or "(default)" in hint, (name, hint)
    assert tab.form.requirements() == tab.form.requirements().__class__()  # no limits
    chart = tab.chart
    assert chart.is_empty() and chart.empty.isVisible()
    assert "No search yet" in chart.empty.text()
    assert not chart.ax.isVisible() and not chart.ay.isVisible()
    assert not chart.chart_.legend().isVisible() and chart.designs.count() == 0


def test_example_button_fills_the_example_and_search_plots_it(tab, qtbot):
    tab.form.edits["max_volume"].setText("300 L")  # replaced: the example is the whole form
    qtbot.mouseClick(tab.example_button, Qt.MouseButton.LeftButton)
    assert {k: v for k, v in tab.form.values().items() if v} == EXAMPLE == REQS
    with qtbot.waitSignal(tab.searchFinished, timeout=30_000) as blocker:
        qtbot.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.worker is None, timeout=5000)
    result = blocker.args[0]
    assert result.feasible > 0 and not tab.chart.is_empty()
    assert not tab.chart.empty.isVisible() and tab.chart.ax.isVisible()
    assert tab.chart.designs.count() == len(result)
    assert tab.chart.ax.min() < tab.chart.ax.max() and tab.chart.ay.min() < tab.chart.ay.max()
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert all(text == "" for text in tab.form.values().values())


def test_compare_two_designs(tab, qtbot):
    result = _search(tab, qtbot, REQS)
    tab.select_row(0)
    tab.select_row(1, extend=True)
    assert tab.compare_button.isEnabled() and not tab.use_button.isEnabled()
    qtbot.mouseClick(tab.compare_button, Qt.MouseButton.LeftButton)
    dlg = tab.compare_dialog
    assert dlg is not None and dlg.table.columnCount() == 2
    rows = tab.selected_rows()
    for col, row in enumerate(rows):
        cell_id, s, p = result.design(row)
        pack = compute_pack(load_catalog().get(cell_id), s, p)
        texts = dlg.column_texts(col)
        assert display.result("energy_usable", pack["energy_usable"]) in texts
        assert display.money(result.price(row)) in texts
    dlg.close()


def test_invalid_field_marked_and_search_refused(tab, qtbot):
    qtbot.keyClicks(tab.form.edits["max_mass"], "450 V")
    assert tab.form.edits["max_mass"].property("invalid") is True
    assert "Max mass must be a mass" in tab.form.edits["max_mass"].toolTip()
    assert not tab.search_button.isEnabled()
    tab.form.edits["max_mass"].setText("450 kg")
    assert tab.form.edits["max_mass"].property("invalid") is False
    assert tab.search_button.isEnabled()
    # a window error only visible on the whole form
    tab.form.set_values({"min_voltage": "420 V", "max_voltage": "350 V"})
    with qtbot.waitSignal(tab.searchFailed, timeout=1000) as failed:
        assert tab.start_search() is False
    assert "above" in failed.args[0]


def test_impossible_requirements_explained(tab, qtbot):
    result = _search(tab, qtbot, {**REQS, "max_mass": "200 kg"})
    assert result.feasible == 0 and tab.proxy.rowCount() == 0
    assert tab.chart.is_empty() and "No design meets" in tab.chart.empty.text()
    text = tab.summary.toPlainText()
    assert "over mass" in text and "To get designs:" in text


def test_cancel(qtbot):
    cells = list(load_catalog())
    w = ExplorerTab(cells=cells * 4)  # a bigger space so the search is still running
    qtbot.addWidget(w)
    w.form.set_values({"series": "1-1000", "parallel": "1-1000"})
    assert w.start_search()
    w.cancel_search()
    qtbot.waitUntil(lambda: w.worker is None, timeout=30_000)
    assert w.status.text() == "Search cancelled." and w.result is None


def test_embeds_in_a_tab_widget(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    explorer = ExplorerTab(cells=lambda: list(load_catalog()), parent=tabs)
    tabs.addTab(explorer, "Explorer")
    got = []
    explorer.designChosen.connect(lambda *a: got.append(a))
    tabs.show()
    tabs.setCurrentWidget(explorer)
    assert tabs.currentWidget() is explorer and got == []
