"""The Performance page, driven like a user: pick, click Simulate, read the summary."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox

from packconfig.gui.main_window import MainWindow


@pytest.fixture
def page(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.use_design("CBAK-32140FS", 96, 20)
    w.pages.setCurrentIndex(2)
    yield w, w.performance
    if w.performance.busy():
        w.performance._worker.wait(60_000)
    w.doc.stack.setClean()


def _run(qtbot, tab, signal="finished"):
    with qtbot.waitSignal(getattr(tab, signal), timeout=60_000) as blocker:
        qtbot.mouseClick(tab.findChild(QPushButton, "simulateButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy(), timeout=60_000)
    return blocker.args[0]


def test_object_names_exist(page):
    w, tab = page
    for cls, name in ((QComboBox, "profileCombo"), (QComboBox, "vehicleCombo"),
                      (QLineEdit, "ambientEdit"), (QPushButton, "simulateButton"),
                      (QLabel, "simSummary"), (QSpinBox, "chargeFromSpin"),
                      (QSpinBox, "chargeToSpin"), (QLineEdit, "chargerPowerEdit"),
                      (QComboBox, "simThermalCombo")):
        assert w.findChild(cls, name) is not None, name


def test_wltc_range_and_charge(page, qtbot):
    w, tab = page
    # before a run the charts show no axes (no ticks of an empty 0..1 range)
    assert not tab.voltage_chart.x_axis.isVisible()
    out = _run(qtbot, tab)
    assert tab.voltage_chart.x_axis.isVisible() and tab.charge_chart.y_axis.isVisible()
    summary = tab.findChild(QLabel, "simSummary").text()
    assert "km" in summary and "kWh/100 km" in summary
    assert out.run.end_reason[0] in ("empty", "cutoff_voltage")
    assert out.run.summary["range"][0] > 300e3
    assert out.charge.end_reason == ["target"]
    assert tab.voltage_chart.points() > 100 and tab.charge_chart.points() > 10
    assert out.job.series == 96 and out.job.parallel == 20


def test_hot_ambient_is_refused_and_the_window_stays(page, qtbot):
    w, tab = page
    edit = tab.findChild(QLineEdit, "ambientEdit")
    edit.clear()
    qtbot.keyClicks(edit, "500 degC")
    with qtbot.waitSignal(tab.failed, timeout=5000) as blocker:
        qtbot.mouseClick(tab.findChild(QPushButton, "simulateButton"),
                         Qt.MouseButton.LeftButton)
    assert "ambient" in blocker.args[0] and "500" in blocker.args[0]
    assert tab.findChild(QPushButton, "simulateButton").isEnabled()
    assert w.isVisible()


def test_cltc_p_says_why_it_is_missing(page, qtbot):
    w, tab = page
    combo = tab.findChild(QComboBox, "profileCombo")
    combo.setCurrentIndex(3)
    message = _run(qtbot, tab, "failed")
    assert "GB/T 38146.1-2019" in message
    assert "GB/T 38146.1-2019" in tab.findChild(QLabel, "simSummary").text()


def test_charge_window_must_rise(page, qtbot):
    w, tab = page
    tab.findChild(QSpinBox, "chargeFromSpin").setValue(90)
    tab.findChild(QSpinBox, "chargeToSpin").setValue(50)
    with qtbot.waitSignal(tab.failed, timeout=5000) as blocker:
        qtbot.mouseClick(tab.findChild(QPushButton, "simulateButton"),
                         Qt.MouseButton.LeftButton)
    assert "0.9" in blocker.args[0]


def test_bad_profile_csv_names_the_row(page, qtbot, dialogs, tmp_path):
    w, tab = page
    bad = tmp_path / "load.csv"
    bad.write_text("time (s),power (kW)\n0,10\n1,nan\n2,10\n", encoding="utf-8")
    dialogs.open_file = str(bad)
    combo = tab.findChild(QComboBox, "profileCombo")
    combo.setCurrentIndex(4)
    combo.activated.emit(4)
    assert "load.csv" in combo.currentText()
    message = _run(qtbot, tab, "failed")
    assert "row 3" in message and "power" in message
    assert w.isVisible() and tab.findChild(QPushButton, "simulateButton").isEnabled()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_form_fits_a_1024_px_window_without_a_sideways_scroll(qtbot, language):
    """At 1024 × 600 the longest vehicle name pushed the form past its column (a
    horizontal scroll bar, the conditions line cut off)."""
    from PySide6.QtWidgets import QScrollArea

    from packconfig.gui import i18n

    i18n.set_language(language)
    try:
        w = MainWindow()
        qtbot.addWidget(w)
        w.resize(1024, 600)
        w.show()
        qtbot.waitExposed(w)
        w.pages.setCurrentIndex(2)
        tab = w.performance
        _run(qtbot, tab)
        qtbot.wait(50)
        form = tab.findChild(QLabel, "simSummary").parentWidget()
        scroll = next(s for s in tab.findChildren(QScrollArea) if s.widget() is form)
        assert not scroll.horizontalScrollBar().isVisible()
        assert "(0 min)" not in tab.findChild(QLabel, "simSummary").text()
        w.doc.stack.setClean()
    finally:
        i18n.set_language("en")
