"""The Design explorer's Modules, In use and Lifetime groups, typed into like a user:
the requirement reaches the core search, its rejections are named in the summary, and
a bad value shows the coded message in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QToolButton

from packconfig.core.explore.requirements import REASONS
from packconfig.gui import i18n
from packconfig.gui.explorer import ExplorerTab

BASE = {"min_voltage": "350 V", "max_voltage": "420 V", "min_energy_usable": "60 kWh",
        "min_power": "150 kW", "max_mass": "500 kg"}


@pytest.fixture
def tab(qtbot):
    w = ExplorerTab()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.shutdown()


def open_group(tab, qtbot, name: str):
    button = tab.findChild(QToolButton, f"{name}Button")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.isChecked()


def type_into(tab, qtbot, name: str, text: str) -> QLineEdit:
    edit = tab.findChild(QLineEdit, name)
    assert edit.isVisible()
    edit.clear()
    qtbot.keyClicks(edit, text)
    return edit


def search(tab, qtbot):
    with qtbot.waitSignal(tab.searchFinished, timeout=60_000) as blocker:
        qtbot.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.worker is None, timeout=5000)
    return blocker.args[0]


def test_groups_start_closed_and_count_what_is_set(tab, qtbot):
    for name in ("modulesGroup", "inUseGroup", "lifetimeGroup"):
        assert not tab.findChild(QToolButton, f"{name}Button").isChecked()
    assert not tab.findChild(QLineEdit, "max_module_voltage").isVisible()
    open_group(tab, qtbot, "modulesGroup")
    type_into(tab, qtbot, "max_module_voltage", "60 V")
    assert tab.findChild(QToolButton, "modulesGroupButton").text() == "Modules (1 set)"


def test_module_voltage_requirement(tab, qtbot):
    tab.form.set_values(BASE)
    open_group(tab, qtbot, "modulesGroup")
    type_into(tab, qtbot, "max_module_voltage", "30 V")
    result = search(tab, qtbot)
    assert result.requirements.max_module_voltage.to("V").magnitude == 30
    assert result.feasible > 0
    a = result.arrays
    assert (a["module_voltage_max"] <= 30).all()


def test_in_use_peak_temperature_requirement_names_its_rejections(tab, qtbot):
    tab.form.set_values(BASE)
    open_group(tab, qtbot, "inUseGroup")
    type_into(tab, qtbot, "sim_max_peak_temperature", "25.3 °C")
    type_into(tab, qtbot, "sim_ambient", "25 °C")
    tab.findChild(QComboBox, "explorerThermalCombo").setCurrentIndex(0)  # no cooling
    result = search(tab, qtbot)
    assert result.rejections.get("sim_peak_temperature", 0) > 0
    assert REASONS["sim_peak_temperature"] in tab.summary.toPlainText()


def test_lifetime_requirement_names_its_rejections(tab, qtbot):
    tab.form.set_values(BASE)
    open_group(tab, qtbot, "lifetimeGroup")
    type_into(tab, qtbot, "life_min_years", "14")
    type_into(tab, qtbot, "life_cycles_per_day", "2")
    result = search(tab, qtbot)
    req = result.requirements.life
    assert req.min_years == 14 and req.usage.cycles_per_day == 2 and req.thermal == "air"
    assert result.rejections.get("life_short", 0) > 0
    assert REASONS["life_short"] in tab.summary.toPlainText()


@pytest.mark.parametrize("language,words", [
    ("en", "Max peak cell temperature must be between -60 °C and 100 °C"),
    ("zh", "必须在 -60 °C 到 100 °C 之间"),
])
def test_bad_value_shows_the_coded_message_in_the_interface_language(tab, qtbot, language,
                                                                     words):
    i18n.set_language(language)
    try:
        open_group(tab, qtbot, "inUseGroup")
        edit = type_into(tab, qtbot, "sim_max_peak_temperature", "500 °C")
        assert words in edit.toolTip() and words in tab.status.text()
        assert not tab.search_button.isEnabled()
        open_group(tab, qtbot, "lifetimeGroup")
        dod = type_into(tab, qtbot, "life_dod", "120 %")
        assert dod.property("invalid")
        edit.clear()
        dod.clear()
        assert tab.search_button.isEnabled()
    finally:
        i18n.set_language("en")


def test_explanation_follows_the_interface_language(tab, qtbot):
    tab.form.set_values(BASE)
    search(tab, qtbot)
    assert "candidate designs" in tab.summary.toPlainText()
    i18n.set_language("zh")
    try:
        qtbot.waitUntil(lambda: "个候选方案" in tab.summary.toPlainText(), timeout=3000)
        text = tab.summary.toPlainText()
        assert "被排除" in text and "candidate" not in text
    finally:
        i18n.set_language("en")
    qtbot.waitUntil(lambda: "candidate designs" in tab.summary.toPlainText(), timeout=3000)
