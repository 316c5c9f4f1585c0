"""The Lifetime page (issue 17) through its objectNames (docs/gui.md)."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QLineEdit, QSpinBox, QTabWidget

from packconfig import display
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.life.outputs import summarise
from packconfig.core.life.usage import make_usage
from packconfig.gui.main_window import MainWindow


@pytest.fixture
def win(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.stack.setClean()


def open_page(win, qtbot):
    pages = win.findChild(QTabWidget, "mainPages")
    index = pages.indexOf(win.lifetime)
    assert pages.tabText(index) == "Lifetime"
    with qtbot.waitSignal(win.lifetime.computed, timeout=10000):
        pages.setCurrentIndex(index)
    return win.lifetime


def test_page_is_built_on_first_show_only(win):
    assert not win.lifetime.built
    assert win.findChild(QDoubleSpinBox, "cyclesPerDaySpin") is None


def test_projection_shows_the_core_figures(win, qtbot):
    page = open_page(win, qtbot)
    cost_label = win.findChild(QLabel, "lifetimeCostLabel")
    chart = win.findChild(QChartView, "lifeChart")
    assert chart is not None and page.chart.capacity.count() == 181
    core = summarise(load_catalog().get("CBAK-32140FS"), 16, 1, make_usage(),
                     price=win.cost.price)
    assert cost_label.text() == display.cost_per_kwh(core.cost_per_kwh)
    warranty = win.findChild(QLineEdit, "warrantyEdit")
    assert warranty.text() == display.warranty(core.warranty)
    assert win.findChild(QLabel, "lifeErrorLabel").text() == ""


def test_usage_inputs_recompute_and_hotter_is_shorter(win, qtbot):
    page = open_page(win, qtbot)
    before = page.summary.years_to[0.8]
    temp = win.findChild(QLineEdit, "lifeTemperatureEdit")
    temp.clear()
    qtbot.keyClicks(temp, "40 °C")
    with qtbot.waitSignal(page.computed, timeout=10000):
        qtbot.keyClick(temp, Qt.Key.Key_Return)
    assert page.summary.years_to[0.8] < before
    assert page.usage.ambient == (313.15,)
    with qtbot.waitSignal(page.computed, timeout=10000):
        win.findChild(QDoubleSpinBox, "cyclesPerDaySpin").setValue(3)
    assert page.summary.usage.cycles_per_day == 3


def test_bad_temperature_is_explained_and_nothing_breaks(win, qtbot):
    page = open_page(win, qtbot)
    temp = win.findChild(QLineEdit, "lifeTemperatureEdit")
    temp.setText("-300 °C")
    with qtbot.waitSignal(page.computed, timeout=10000):
        temp.editingFinished.emit()
    assert "below absolute zero" in win.findChild(QLabel, "lifeErrorLabel").text()
    assert page.summary is None and page.terms() == ("", None)
    temp.setText("25")
    with qtbot.waitSignal(page.computed, timeout=10000):
        temp.editingFinished.emit()
    assert page.summary is not None


def test_refused_chemistry_says_why(win, qtbot):
    page = open_page(win, qtbot)
    with qtbot.waitSignal(page.computed, timeout=10000):
        win.doc.edit("cell", cell=load_catalog().get("TOB-NA18650-1300"))
    assert "no lifetime projection" in win.findChild(QLabel, "lifeErrorLabel").text()


def test_edited_warranty_is_stored_on_the_issued_quote(win, qtbot, dialogs):
    open_page(win, qtbot)
    warranty = win.findChild(QLineEdit, "warrantyEdit")
    warranty.selectAll()
    qtbot.keyClicks(warranty, "5 years or 1,500 cycles to 70 % SOH")
    win.quote.company.setText("ACME")
    qtbot.mouseClick(win.quote.issue, Qt.MouseButton.LeftButton)
    assert not dialogs.calls_of("critical")
    quote = win.last_quote
    assert quote.warranty == "5 years or 1,500 cycles to 70 % SOH"
    assert quote.life.usage == win.lifetime.usage and quote.life.soh == 0.7
    # the design changes: the proposal is kept as edited until "Use proposal"
    with qtbot.waitSignal(win.lifetime.computed, timeout=10000):
        win.findChild(QSpinBox, "parallelSpin").setValue(2)
    assert warranty.text() == "5 years or 1,500 cycles to 70 % SOH"
    win.lifetime.reset.click()
    assert warranty.text() == display.warranty(win.lifetime.summary.warranty)
