"""The module section, the Pack and BOM tabs and BOM export, driven like a user."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSpinBox, QTableView

from packconfig.core.cells.catalog import load_catalog
from packconfig.gui.main_window import MainWindow


@pytest.fixture
def win(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.stack.setClean()


def zoe(win, qtbot):
    win.doc.edit("cell", cell=load_catalog().get("LG-E63"))
    win.findChild(QSpinBox, "seriesSpin").setValue(96)
    win.findChild(QSpinBox, "parallelSpin").setValue(2)
    qtbot.waitUntil(lambda: win.result is not None and win.result.series == 96)


def test_split_spins_suggest_and_undo(win, qtbot):
    zoe(win, qtbot)
    summary = win.findChild(QLabel, "moduleSummaryLabel")
    assert "Modules: 12 × 8S2P" in summary.text() and "suggested" in summary.text()
    ms = win.findChild(QSpinBox, "moduleSeriesSpin")
    mp = win.findChild(QSpinBox, "moduleParallelSpin")
    assert ms.value() == 0 and ms.text() == "auto"
    ms.setFocus()
    ms.selectAll()
    qtbot.keyClicks(ms, "24")
    qtbot.keyClick(ms, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: win.result.modules.module_series == 24)
    assert win.doc.project.options.architecture.module_series == 24
    rules = win.findChild(QLabel, "moduleRulesLabel")
    assert "not met" in rules.text() and "above 60 V" in rules.toolTip()  # 24 x 4.2 V
    win.doc.stack.undo()
    qtbot.waitUntil(lambda: win.result.modules.suggested)
    assert ms.value() == 0
    win.doc.stack.redo()
    assert ms.value() == 24
    qtbot.mouseClick(win.findChild(QPushButton, "suggestModulesButton"),
                     Qt.MouseButton.LeftButton)
    assert (ms.value(), mp.value()) == (8, 2)
    assert win.doc.project.options.architecture.module_series == 8


def test_split_that_does_not_divide_is_explained_not_raised(win, qtbot):
    zoe(win, qtbot)
    win.findChild(QSpinBox, "moduleSeriesSpin").setValue(5)
    qtbot.waitUntil(lambda: win.result is None)
    assert "does not divide" in win.findChild(QLabel, "moduleRulesLabel").toolTip()
    win.doc.stack.undo()
    qtbot.waitUntil(lambda: win.result is not None)


def test_arrangement_edit(win, qtbot):
    zoe(win, qtbot)
    edit = win.findChild(QLineEdit, "moduleArrangementEdit")
    edit.setFocus()
    qtbot.keyClicks(edit, "2x6x1")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.result.modules.arrangement == (2, 6, 1))
    edit.clear()
    qtbot.keyClicks(edit, "banana")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.property("invalid")
    assert win.result.modules.arrangement == (2, 6, 1)  # nothing changed


def test_pack_tab_draws_the_modules(win, qtbot):
    zoe(win, qtbot)
    win.tabs.setCurrentWidget(win.pack_page)
    qtbot.waitUntil(lambda: win.pack_view.module_count == 12)


def test_bom_tab_and_export(win, qtbot, dialogs, tmp_path):
    zoe(win, qtbot)
    win.tabs.setCurrentWidget(win.bom_tab)
    table = win.findChild(QTableView, "bomTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == len(win.result.bom.lines))
    assert table.model().index(0, 1).data() == "00010"
    dialogs.save_file = str(tmp_path / "zoe.xlsx")
    win.findChild(QAction, "actionExportBom").trigger()
    wb = openpyxl.load_workbook(tmp_path / "zoe.xlsx", data_only=True)
    assert "Full BOM" in wb.sheetnames
    dialogs.save_file = str(tmp_path / "zoe.csv")
    qtbot.mouseClick(win.findChild(QPushButton, "exportBomButton"), Qt.MouseButton.LeftButton)
    rows = list(csv.reader(io.StringIO((tmp_path / "zoe.csv").read_text("utf-8-sig"))))
    assert rows[1][2] == "00010"


def test_export_to_an_unwritable_place_says_why(win, qtbot, dialogs, tmp_path):
    zoe(win, qtbot)
    dialogs.save_file = str(tmp_path / "missing" / "b.xlsx")
    win.findChild(QAction, "actionExportBom").trigger()
    warned = dialogs.calls_of("warning")
    assert warned and "cannot save" in str(warned[-1].args)
    assert not (tmp_path / "missing").exists()


def test_bom_summary_option_reaches_the_quote(win, qtbot):
    from PySide6.QtWidgets import QCheckBox

    from packconfig.gui.pricing_bridge import draft_quote

    check = win.findChild(QCheckBox, "bomSummaryCheck")
    assert check is not None and check.isChecked()
    assert draft_quote(win.doc.project, win.quote.inputs(), win.commercial).include_bom
    check.setChecked(False)
    assert not draft_quote(win.doc.project, win.quote.inputs(), win.commercial).include_bom
