"""The Lifetime page (issue 17) through its objectNames (docs/gui.md)."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTabWidget,
)

from packconfig import display
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.life.in_use import project_in_use
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


def test_the_chart_has_no_axes_until_a_projection(win, qtbot):
    """Before the first projection the chart showed ticks '0 0 0 0 1' on empty axes."""
    pages = win.findChild(QTabWidget, "mainPages")
    with qtbot.waitSignal(win.lifetime.computed, timeout=10000):
        pages.setCurrentIndex(pages.indexOf(win.lifetime))
        assert not win.lifetime.chart.has_axes()
    assert win.lifetime.chart.has_axes()
    win.lifetime.chart.clear()
    assert not win.lifetime.chart.has_axes()


def test_projection_shows_the_core_figures(win, qtbot):
    page = open_page(win, qtbot)
    cost_label = win.findChild(QLabel, "lifetimeCostLabel")
    chart = win.findChild(QChartView, "lifeChart")
    assert chart is not None and page.chart.capacity.count() == 181
    # the rise comes from the thermal model with the design's cooling (liquid)
    core = project_in_use(load_catalog().get("CBAK-32140FS"), 16, 1, make_usage(),
                          thermal="liquid", price=win.cost.price)
    assert cost_label.text() == display.cost_per_kwh(core.cost_per_kwh)
    rise = win.findChild(QDoubleSpinBox, "temperatureRiseSpin")
    assert not rise.isEnabled() and rise.value() == core.usage.temperature_rise
    assert page.usage.thermal == "liquid"
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


def test_typed_rise_replaces_the_thermal_model(win, qtbot):
    page = open_page(win, qtbot)
    check = win.findChild(QCheckBox, "riseFromModelCheck")
    rise = win.findChild(QDoubleSpinBox, "temperatureRiseSpin")
    assert check.isChecked()
    with qtbot.waitSignal(page.computed, timeout=10000):
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert rise.isEnabled() and page.usage.thermal == ""
    with qtbot.waitSignal(page.computed, timeout=10000):
        rise.setValue(12)
    assert page.usage.temperature_rise == 12.0


def test_drive_cycle_usage_and_end_of_warranty_range(win, qtbot, dialogs):
    page = open_page(win, qtbot)
    with qtbot.waitSignal(page.computed, timeout=10000):
        win.findChild(QSpinBox, "seriesSpin").setValue(96)
    with qtbot.waitSignal(page.computed, timeout=10000):
        win.findChild(QSpinBox, "parallelSpin").setValue(16)  # 74 kWh: a traction pack
    table = win.findChild(QTableWidget, "lifeFiguresTable")
    assert table.rowCount() == 8 and "Range" in table.verticalHeaderItem(7).text()
    assert page.summary.ranges.end_typical < page.summary.ranges.new_typical
    source = win.findChild(QComboBox, "usageSourceCombo")
    with qtbot.waitSignal(page.computed, timeout=10000):
        source.setCurrentIndex(1)  # drive cycle (WLTC, the first vehicle preset)
    dod = win.findChild(QDoubleSpinBox, "dodSpin")
    assert not dod.isEnabled() and page.usage.profile.startswith("WLTC")
    assert dod.value() == pytest.approx(page.usage.dod * 100, abs=0.5)
    assert "rainflow" in win.findChild(QLabel, "lifeModelLabel").text()
    win.quote.company.setText("ACME")
    qtbot.mouseClick(win.quote.issue, Qt.MouseButton.LeftButton)
    assert not dialogs.calls_of("critical")
    life = win.last_quote.life
    assert life.range_cycle == "wltc3b" and life.vehicle
    assert life.usage.profile.startswith("WLTC")
