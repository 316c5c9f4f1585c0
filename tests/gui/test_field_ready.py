"""The window's side of issue 14 ("Field-ready"): the quote's language, placeholder
warnings in the quote panel, load warnings in the status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from packconfig.core.store.register import Register
from packconfig.gui.main_window import MainWindow


@pytest.fixture
def win(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.stack.setClean()


def test_issued_quote_remembers_the_pdf_language(win, dialogs, qtbot):
    panel = win.quote
    panel.company.setText("宁波储能科技有限公司")
    panel.language.setCurrentIndex(panel.language.findData("zh"))
    qtbot.mouseClick(panel.issue, Qt.MouseButton.LeftButton)
    issued = win.last_quote
    assert issued is not None and issued.language == "zh"
    with Register() as reg:
        assert reg.get(issued.number).language == "zh"
    panel.language.setCurrentIndex(panel.language.findData("en"))
    panel.show_quote_inputs(issued)  # opening the quote again selects its language
    assert panel.pdf_language() == "zh"


def test_status_bar_names_a_shadowing_user_cell_and_unknown_settings_keys(packconfig_home,
                                                                         qtbot):
    import shutil
    from pathlib import Path

    folder = packconfig_home / "cells"
    folder.mkdir()
    cell_file = folder / "mine.toml"
    shutil.copy(Path(__file__).parents[1] / "data" / "cbak-32140fs.toml", cell_file)
    (packconfig_home / "settings.json").write_text('{"seller": {"compnay": "ACME"}}',
                                                   encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    message = w.statusBar().currentMessage()
    assert str(cell_file) in message and "cells.toml" in message
    assert "seller.compnay" in message and "'company'" in message
    w.doc.stack.setClean()


def test_quote_panel_warns_about_placeholder_data_in_the_interface_language(win, qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLabel

    from packconfig.gui import i18n

    label = win.findChild(QLabel, "quoteWarningsLabel")
    assert label is not None and not label.isHidden()
    text = label.text()
    assert "Your Company Co., Ltd." in text and "1 EUR = 7.75 CNY" in text
    try:
        i18n.set_language("zh")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        qtbot.waitUntil(lambda: "卖方信息未设置" in label.text(), timeout=3000)
        assert "占位" in label.text()
    finally:
        i18n.set_language("en")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def test_quote_panel_has_no_warning_with_real_settings(packconfig_home, qtbot):
    import json

    from PySide6.QtWidgets import QLabel

    (packconfig_home / "settings.json").write_text(json.dumps({
        "seller": {"company": "Ningbo Cells Co., Ltd."},
        "fx": [{"currency": "USD", "date": "2025-06-30", "cny_per_unit": "7.159",
                "source": "PBOC"},
               {"currency": "EUR", "date": "2025-06-30", "cny_per_unit": "8.39",
                "source": "PBOC central parity"}]}), encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    label = w.findChild(QLabel, "quoteWarningsLabel")
    assert label.isHidden() and label.text() == ""
    w.doc.stack.setClean()


def test_issue_and_export_writes_the_pdf_and_issues_once(win, dialogs, qtbot, tmp_path):
    from PySide6.QtGui import QAction

    from packconfig.report import open_quote_pdf

    win.quote.company.setText("浙江康迪车业有限公司")
    win.quote.language.setCurrentIndex(win.quote.language.findData("zh"))
    dialogs.save_file = str(tmp_path / "q.pdf")
    action = win.findChild(QAction, "actionIssueExportPdf")
    with qtbot.waitSignal(win.pdfExported, timeout=30000) as blocker:
        action.trigger()
    assert blocker.args == [str(tmp_path / "q.pdf")]
    issued = win.last_quote
    assert issued is not None and issued.number and issued.language == "zh"
    assert open_quote_pdf(tmp_path / "q.pdf").number == issued.number
    with Register() as reg:
        assert [e.number for e in reg.search()] == [issued.number]
    assert win.quote.export.isEnabled() and action.isEnabled()
    assert not dialogs.calls_of("critical")


def test_issue_and_export_to_a_missing_folder_issues_nothing(win, dialogs, qtbot, tmp_path):
    from PySide6.QtGui import QAction

    win.quote.company.setText("ACME")
    dialogs.save_file = str(tmp_path / "no-such-folder" / "q.pdf")
    with qtbot.waitSignal(win.pdfExportFailed, timeout=30000) as blocker:
        win.findChild(QAction, "actionIssueExportPdf").trigger()
    assert "folder does not exist" in blocker.args[0]
    (call,) = dialogs.calls_of("critical")
    assert "Nothing was issued" in call.args[2]
    assert win.last_quote is None and not win.quote.export.isEnabled()
    with Register() as reg:
        assert reg.search() == []
