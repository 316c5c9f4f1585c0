"""The configurator window, driven like a user: real clicks and key presses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QMessageBox, QSpinBox, QTableView

from packconfig import display
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.pack.engine import RESULTS
from packconfig.core.pack.physics import compute_pack
from packconfig.core.store.project import load_project
from packconfig.gui.main_window import MainWindow

SB = QMessageBox.StandardButton


@pytest.fixture
def win(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.stack.setClean()  # let the fixture close it without asking


def labels(w: MainWindow) -> dict[str, str]:
    return {k: w.findChild(QLabel, f"result_{k}").text() for k in RESULTS}


def expected(cell_id: str, s: int, p: int, options=None) -> dict[str, str]:
    r = compute_pack(load_catalog().get(cell_id), s, p, options)
    return {k: display.result(k, r[k]) for k in RESULTS}


def test_opens_on_default_design_with_results(win):
    assert win.doc.project.cell.id == "CBAK-32140FS"
    assert labels(win) == expected("CBAK-32140FS", 16, 1)
    assert win.findChild(QLabel, "result_voltage_nominal").text() == "51.2 V"
    assert win.findChild(QListWidget, "warningsList").count() >= 1


def test_filter_and_pick_a_cell(win, qtbot):
    table = win.findChild(QTableView, "cellTable")
    qtbot.keyClicks(win.findChild(QLineEdit, "cellFilter"), "P42A")
    assert table.model().rowCount() == 1
    cell_id = table.model().index(0, 0).data()
    assert cell_id == "MOLICEL-P42A"
    rect = table.visualRect(table.model().index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.doc.project.cell.id == "MOLICEL-P42A"
    assert labels(win) == expected("MOLICEL-P42A", 16, 1)
    assert "MOLICEL-P42A" in win.browser.details.toPlainText()


def test_chemistry_filter_and_sorting(win):
    table = win.findChild(QTableView, "cellTable")
    combo = win.browser.chemistry
    combo.setCurrentIndex(combo.findData("LFP"))
    ids = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    cat = load_catalog()
    assert ids and all(cat.get(i).chemistry == "LFP" for i in ids)
    table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # capacity
    caps = [cat.get(table.model().index(r, 0).data()).capacity.to("A*h").magnitude
            for r in range(table.model().rowCount())]
    assert caps == sorted(caps, reverse=True)


def test_series_and_parallel_update_every_label(win, qtbot):
    s = win.findChild(QSpinBox, "seriesSpin")
    p = win.findChild(QSpinBox, "parallelSpin")
    s.setValue(96)
    p.setValue(2)
    assert labels(win) == expected("CBAK-32140FS", 96, 2)
    assert win.findChild(QLabel, "result_voltage_nominal").text() == "307.2 V"
    codes = [win.warnings.item(i).text() for i in range(win.warnings.count())]
    assert any("60 V DC" in t for t in codes)
    s.setFocus()
    qtbot.keyClick(s, Qt.Key.Key_Up)
    assert win.doc.project.series == 97
    assert labels(win) == expected("CBAK-32140FS", 97, 2)


def test_price_labels_follow_the_design(win):
    unit = win.findChild(QLabel, "result_price_unit")
    total = win.findChild(QLabel, "result_price_total")
    before = (unit.text(), total.text())
    assert unit.text().startswith("¥") and total.text().startswith("¥")
    win.findChild(QSpinBox, "parallelSpin").setValue(3)
    assert (unit.text(), total.text()) != before
    win.quote.quantity.setValue(1000)
    win.quote.currency.setCurrentText("USD")
    assert total.text().startswith("US$")


def test_undo_redo_every_kind_of_change(win, qtbot):
    s = win.findChild(QSpinBox, "seriesSpin")
    s.setFocus()
    for _ in range(4):
        qtbot.keyClick(s, Qt.Key.Key_Up)  # 16 -> 20: merged into one step
    win.config.layout_combo.setCurrentIndex(1)
    win.config.bms.setChecked(False)
    win.config.thermal.setCurrentIndex(0)
    win.config.gap.setValue(2.0)
    assert win.doc.stack.count() == 5
    win.actions.undo.trigger()
    assert win.doc.project.options.gap.magnitude == 1.0
    assert win.config.gap.value() == 1.0
    for _ in range(3):
        win.actions.undo.trigger()
    assert win.doc.project.series == 20 and win.config.layout_combo.currentIndex() == 0
    win.actions.undo.trigger()
    assert win.doc.project.series == 16 and s.value() == 16
    assert labels(win) == expected("CBAK-32140FS", 16, 1)
    for _ in range(5):
        win.actions.redo.trigger()
    proj = win.doc.project
    assert (proj.series, proj.options.layout, proj.options.overhead.bms) == (20, "honeycomb",
                                                                             False)
    assert labels(win) == expected("CBAK-32140FS", 20, 1, proj.options)


def test_cell_change_is_undoable(win):
    win.browser.cellActivated.emit("MOLICEL-P42A")
    assert win.doc.project.cell.id == "MOLICEL-P42A"
    win.actions.undo.trigger()
    assert win.doc.project.cell.id == "CBAK-32140FS"
    assert labels(win) == expected("CBAK-32140FS", 16, 1)


def test_save_reopen_same_state(win, qtbot, dialogs, tmp_path):
    win.findChild(QSpinBox, "seriesSpin").setValue(24)
    win.findChild(QSpinBox, "parallelSpin").setValue(3)
    win.config.layout_combo.setCurrentIndex(1)
    target = tmp_path / "pack.pcproj.json"
    dialogs.save_file = str(target)
    assert win.actions.save_as.trigger() is None
    assert target.exists() and win.doc.stack.isClean()
    saved = win.doc.project
    assert load_project(target) == saved
    before = labels(win)
    win.actions.new.trigger()
    assert win.doc.project.series == 16
    dialogs.open_file = str(target)
    win.actions.open.trigger()
    assert win.doc.project == saved
    assert labels(win) == before
    assert win.findChild(QSpinBox, "seriesSpin").value() == 24


def test_unsaved_prompt_cancel_keeps_window_discard_proceeds(win, dialogs):
    win.findChild(QSpinBox, "seriesSpin").setValue(20)
    dialogs.question_answer = SB.Cancel
    assert not win.close()
    assert win.isVisible() and win.doc.project.series == 20
    win.actions.new.trigger()
    assert win.doc.project.series == 20
    assert len(dialogs.calls_of("question")) == 2
    dialogs.question_answer = SB.Discard
    win.actions.new.trigger()
    assert win.doc.project.series == 16
    win.findChild(QSpinBox, "seriesSpin").setValue(30)
    assert win.close()


def test_close_remembers_last_design(qtbot, dialogs):
    w = MainWindow()
    qtbot.addWidget(w)
    w.findChild(QSpinBox, "seriesSpin").setValue(48)
    dialogs.question_answer = SB.Discard
    assert w.close()
    w2 = MainWindow()
    qtbot.addWidget(w2)
    assert w2.doc.project.series == 48
    assert w2.findChild(QLabel, "result_voltage_nominal").text() == "153.6 V"


@pytest.mark.parametrize("content", [
    b"", b"not json", b'{"schema_version": 99, "kind": "packconfig-project"}',
    b'{"schema_version": 1, "kind": "packconfig-project", "configuration": {"series": -1}}',
    b"\xff\xfe\x00garbage", b"[1, 2, 3]",
])
def test_invalid_project_file_shows_error_and_changes_nothing(win, dialogs, tmp_path,
                                                              content):
    bad = tmp_path / "bad.pcproj.json"
    bad.write_bytes(content)
    before = win.doc.project
    dialogs.open_file = str(bad)
    win.actions.open.trigger()
    assert dialogs.calls_of("critical")
    assert win.doc.project is before and win.doc.path is None


def test_missing_project_file_shows_error(win, dialogs, tmp_path):
    assert win.open_file(str(tmp_path / "nope.json")) is False
    assert "not found" in dialogs.calls_of("critical")[0].args[2]


def test_failed_save_keeps_design_and_says_so(win, dialogs, tmp_path):
    win.findChild(QSpinBox, "seriesSpin").setValue(20)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    dialogs.save_file = str(folder / "sub" / "x" / ".." / "..")  # a folder, not a file
    assert win.save_as() is False
    assert dialogs.calls_of("critical")
    assert not win.doc.stack.isClean() and win.doc.project.series == 20


def test_bad_text_in_fields_is_marked_and_ignored(win, qtbot):
    before = win.doc.project
    cur = win.findChild(QLineEdit, "currentEdit")
    for text in ("12 V", "abc", "-5 A", "1e999 A", "((", "0 A"):
        cur.setText(text)
        cur.editingFinished.emit()
        assert cur.property("invalid") is True, text
        assert win.doc.project == before
    assert "current" in win.statusBar().currentMessage()
    cur.setText("20 A")
    cur.editingFinished.emit()
    assert cur.property("invalid") is False
    assert win.findChild(QLabel, "result_operating_current").text() == "20.0 A"
    win.config.soc_custom.setChecked(True)
    win.config.soc_min.setValue(90)
    win.config.soc_max.setValue(10)
    assert win.config.soc_max.property("invalid") is True
    assert win.doc.project.options.soc_max != 0.10


def test_spin_boxes_reject_pasted_garbage(win, qtbot):
    s = win.findChild(QSpinBox, "seriesSpin")
    s.lineEdit().selectAll()
    qtbot.keyClicks(s, "-3x")
    s.interpretText()
    assert s.value() >= 1 and win.doc.project.series >= 1


def test_sizing_helpers_in_the_window(win, qtbot):
    qtbot.keyClicks(win.findChild(QLineEdit, "targetVoltageEdit"), "48 V")
    qtbot.mouseClick(win.config.suggest_s, Qt.MouseButton.LeftButton)
    assert win.doc.project.series == 15
    edit = win.findChild(QLineEdit, "targetParallelEdit")
    qtbot.keyClicks(edit, "5 kWh")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert win.doc.project.parallel == 7  # 15 x 3.2 V x 15 Ah = 720 Wh per string
    edit.clear()
    qtbot.keyClicks(edit, "12 V")
    qtbot.mouseClick(win.config.suggest_p, Qt.MouseButton.LeftButton)
    assert edit.property("invalid") is True and win.doc.project.parallel == 7
    assert "12 V" in edit.toolTip()
    # a power tower pint would evaluate for minutes (found by the GUI fuzzer): refused
    edit.clear()
    qtbot.keyClicks(edit, "9**9**9 Ah")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.property("invalid") is True and win.doc.project.parallel == 7


def test_unexpected_exception_dialog_and_log(win, dialogs, packconfig_home: Path):
    import sys

    from packconfig.gui.app import handle_exception

    try:
        raise RuntimeError("boom")
    except RuntimeError:
        handle_exception(*sys.exc_info())
    assert "boom" in dialogs.calls_of("critical")[0].args[2]
    logs = list((packconfig_home / "logs").glob("crash-*.log"))
    assert len(logs) == 1 and "RuntimeError: boom" in logs[0].read_text()


def test_issue_quote_and_revision_in_register(win, dialogs, qtbot):
    from packconfig.core.store.register import Register

    win.quote.company.setText("宁波储能科技有限公司")
    qtbot.mouseClick(win.quote.issue, Qt.MouseButton.LeftButton)
    first = win.last_quote
    assert first is not None and first.number.startswith("Q-") and first.revision == 0
    assert win.quote.revise.isEnabled()
    win.findChild(QSpinBox, "parallelSpin").setValue(2)
    qtbot.mouseClick(win.quote.revise, Qt.MouseButton.LeftButton)
    second = win.last_quote
    assert not dialogs.calls_of("critical"), dialogs.calls_of("critical")
    assert (second.number, second.revision) == (first.number, 1)
    with Register() as reg:
        revs = reg.revisions(first.number)
    assert [(e.revision, e.status) for e in revs] == [(0, "superseded"), (1, "issued")]
    assert revs[0].customer == "宁波储能科技有限公司"
    from packconfig.gui.quote_actions import RegisterDialog

    dlg = RegisterDialog(win)
    qtbot.addWidget(dlg)
    assert dlg.table.model().rowCount() == 2
    assert dlg.table.model().entry(0).revision == 1  # newest first
    dlg.table.selectRow(0)
    assert "parallel" in dlg.diff.toPlainText()


def test_issue_without_customer_asks_for_it(win, dialogs):
    win.quote.issue.click()
    assert dialogs.calls_of("warning") and win.last_quote is None


def test_about_shows_version(win, dialogs):
    from packconfig import __version__

    win.actions.about.trigger()
    assert __version__ in dialogs.calls_of("about")[0].args[2]


def test_standard_shortcuts_and_object_names(win):
    from PySide6.QtGui import QAction, QKeySequence

    for name, key in (("actionNew", QKeySequence.StandardKey.New),
                      ("actionOpen", QKeySequence.StandardKey.Open),
                      ("actionSave", QKeySequence.StandardKey.Save),
                      ("actionUndo", QKeySequence.StandardKey.Undo),
                      ("actionRedo", QKeySequence.StandardKey.Redo),
                      ("actionQuit", QKeySequence.StandardKey.Quit)):
        action = win.findChild(QAction, name)
        assert action is not None, name
        standard = QKeySequence.keyBindings(key) or [QKeySequence("Ctrl+Q")]
        assert action.shortcut() in standard, name
    for name in ("actionSaveAs", "actionExportPdf"):
        action = win.findChild(QAction, name)
        assert action is not None and not action.shortcut().isEmpty(), name


def test_charts_update_after_the_labels(win, qtbot):
    win.findChild(QSpinBox, "seriesSpin").setValue(13)
    qtbot.waitUntil(lambda: win.layout_view._layout is not None
                    and max(win.layout_view._layout.group) == 12)
    assert len(win.layout_view._layout.centres) == 13
    assert len(win.layout_view._layout.path) == 13  # the series path through 13 groups
    win.tabs.setCurrentIndex(1)  # Voltage vs SOC: built and filled when shown
    win.tabs.setCurrentIndex(3)
    win.tabs.setCurrentIndex(1)
    assert win.charts_timer.interval() == 0  # switching tabs does not slow the charts
    qtbot.waitUntil(lambda: win.ocv_chart is not None and len(win.ocv_chart._line.points()) > 0)
    pts = win.ocv_chart._line.points()
    assert len(pts) == 101 and pts[-1].y() > pts[0].y()
    chem_top = pts[-1].y()
    win.findChild(QSpinBox, "seriesSpin").setValue(26)
    qtbot.waitUntil(lambda: win.ocv_chart._line.points()[-1].y() > 1.9 * chem_top)
    win.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: bool(win.cost_chart.chart().series()))


def test_project_json_is_what_core_writes(win, dialogs, tmp_path):
    target = tmp_path / "p.json"
    dialogs.save_file = str(target)
    win.save()
    data = json.loads(target.read_text())
    assert data["kind"] == "packconfig-project"
    assert data["configuration"]["series"] == 16


def _issue(win, qtbot, customer="宁波储能科技有限公司"):
    win.quote.company.setText(customer)
    qtbot.mouseClick(win.quote.issue, Qt.MouseButton.LeftButton)
    assert win.last_quote is not None
    return win.last_quote


@pytest.mark.parametrize("language", ["en", "zh"])
def test_export_pdf_in_worker_then_reopen_it(win, qtbot, dialogs, tmp_path, language):
    win.findChild(QSpinBox, "seriesSpin").setValue(24)
    quote = _issue(win, qtbot)
    assert win.quote.export.isEnabled()
    win.quote.language.setCurrentIndex(win.quote.language.findData(language))
    target = tmp_path / "quote"
    dialogs.save_file = str(target)
    with qtbot.waitSignal(win.pdfExported, timeout=120000) as blocker:
        qtbot.mouseClick(win.quote.export, Qt.MouseButton.LeftButton)
        assert not win.quote.export.isEnabled()  # busy while the worker renders
    written = Path(blocker.args[0])
    assert written == tmp_path / "quote.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert not dialogs.calls_of("critical")
    assert win.actions.export_pdf.isEnabled()
    # File > Open accepts the quote PDF through its embedded quote.json
    win.actions.new.trigger()
    assert win.doc.project.series == 16
    dialogs.open_file = str(written)
    win.actions.open.trigger()
    assert not dialogs.calls_of("critical")
    assert win.doc.project.series == 24 and win.doc.path is None
    assert win.last_quote.number == quote.number
    assert win.quote.company.text() == "宁波储能科技有限公司"


def test_export_without_issued_quote_explains(win, dialogs):
    win.actions.export_pdf.trigger()
    assert dialogs.calls_of("information")
    assert not dialogs.calls_of("getSaveFileName")


def test_failed_export_says_so_and_keeps_everything(win, qtbot, dialogs, tmp_path):
    _issue(win, qtbot, "ACME")
    blocker_dir = tmp_path / "folder.pdf"
    blocker_dir.mkdir()  # a folder where the PDF should go: the write must fail
    dialogs.save_file = str(blocker_dir)
    with qtbot.waitSignal(win.pdfExportFailed, timeout=120000):
        win.actions.export_pdf.trigger()
    assert dialogs.calls_of("critical")
    assert blocker_dir.is_dir() and win.last_quote is not None


def test_damaged_pdf_shows_error_and_changes_nothing(win, dialogs, tmp_path):
    bad = tmp_path / "quote.pdf"
    bad.write_bytes(b"%PDF-1.7\n garbage")
    before = win.doc.project
    dialogs.open_file = str(bad)
    win.actions.open.trigger()
    assert dialogs.calls_of("critical") and win.doc.project is before


def test_explorer_tab_is_built_on_demand_and_designs_are_undoable(win, qtbot):
    assert win.explorer is None
    win.pages.setCurrentWidget(win.explorer_page)
    qtbot.waitUntil(lambda: win.explorer is not None)
    assert win.explorer.options is win.doc.project.options
    win.explorer.designChosen.emit("MOLICEL-P42A", 14, 5)
    assert win.pages.currentWidget() is win.splitter  # back on the configurator
    assert (win.doc.project.cell.id, win.doc.project.series, win.doc.project.parallel) == (
        "MOLICEL-P42A", 14, 5)
    assert labels(win) == expected("MOLICEL-P42A", 14, 5)
    win.actions.undo.trigger()
    assert win.doc.project.cell.id == "CBAK-32140FS" and win.doc.project.series == 16


def test_command_line_file_opens_in_the_window(qtbot, monkeypatch, tmp_path):
    """``packconfig FILE`` (the desktop file association) opens the window on FILE; a
    sub-command name is still a sub-command."""
    from PySide6.QtWidgets import QApplication

    from packconfig import cli
    from packconfig.core.store.project import Project, save_project

    path = tmp_path / "customer.pcproj.json"
    save_project(path, Project(load_catalog().get("LG-E63"), 96, 2))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert cli.main([str(path)]) == 0
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w.isVisible()]
    window = windows[-1]
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.doc.project.cell.id == "LG-E63")
    assert (window.doc.project.series, window.doc.project.parallel) == (96, 2)
    assert labels(window) == expected("LG-E63", 96, 2)
    window.doc.stack.setClean()
    assert cli.window_args(["cells"]) is None
    assert cli.window_args(["calc", "--cell", "X"]) is None
    assert cli.window_args(["no-such-file.json"]) is None  # goes to the parser's error
    assert cli.window_args(["--language", "zh", str(path)]).file == str(path)
    assert cli.window_args([]).file is None


def test_no_display_gives_a_message_not_an_abort(monkeypatch, capsys):
    from packconfig.commands import gui_launch

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(gui_launch.sys, "platform", "linux")
    assert gui_launch.launch(None) == 2
    err = capsys.readouterr().err
    assert "no display" in err and "packconfig calc" in err
    monkeypatch.setenv("DISPLAY", ":99")
    assert gui_launch.no_display_message() is None


def test_shipped_cjk_font_is_available_to_qt(qapp):
    from PySide6.QtGui import QFontDatabase

    from packconfig.gui.app import register_cjk_font

    assert register_cjk_font()
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()
