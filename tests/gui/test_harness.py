"""The GUI test harness itself: dialogs never block, answers are configurable."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

SB = QMessageBox.StandardButton


class _Confirm(QWidget):
    """A tiny widget with the usual 'ask, then act' pattern."""

    def __init__(self) -> None:
        super().__init__()
        self.deleted = False
        self.opened: str | None = None
        self.button = QPushButton("Delete", self)
        self.button.clicked.connect(self._delete)
        QVBoxLayout(self).addWidget(self.button)

    def _delete(self) -> None:
        answer = QMessageBox.question(self, "Delete pack?", "Really delete it?")
        self.deleted = answer == SB.Yes

    def open_pack(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open pack", "", "Packs (*.json)")
        self.opened = path or None


def test_offscreen_and_private_home(packconfig_home: Path) -> None:
    if os.environ.get("PACKCONFIG_TEST_ONSCREEN") != "1":
        assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    assert os.environ["PACKCONFIG_HOME"] == str(packconfig_home)
    from packconfig.core.fs.paths import user_data_dir

    assert user_data_dir() == packconfig_home


def test_question_returns_configured_answer_without_blocking(qtbot, dialogs) -> None:
    w = _Confirm()
    qtbot.addWidget(w)

    dialogs.question_answer = SB.No
    qtbot.mouseClick(w.button, Qt.MouseButton.LeftButton)
    assert w.deleted is False

    dialogs.question_answer = SB.Yes
    w.button.click()
    assert w.deleted is True

    asked = dialogs.calls_of("question")
    assert len(asked) == 2
    assert asked[0].args[1] == "Delete pack?"


def test_file_dialogs_return_configured_paths(qtbot, dialogs, tmp_path: Path) -> None:
    w = _Confirm()
    qtbot.addWidget(w)
    w.open_pack()
    assert w.opened is None  # default: cancelled

    dialogs.open_file = str(tmp_path / "pack.json")
    w.open_pack()
    assert w.opened == str(tmp_path / "pack.json")

    dialogs.save_file = str(tmp_path / "quote.pdf")
    dialogs.directory = str(tmp_path)
    assert QFileDialog.getSaveFileName(w, "Save quote")[0] == str(tmp_path / "quote.pdf")
    assert QFileDialog.getExistingDirectory(w, "Folder") == str(tmp_path)
    assert dialogs.kinds == [
        "getOpenFileName",
        "getOpenFileName",
        "getSaveFileName",
        "getExistingDirectory",
    ]


def test_message_boxes_are_recorded(qtbot, dialogs) -> None:
    w = QWidget()
    qtbot.addWidget(w)
    assert QMessageBox.warning(w, "Check", "Over voltage") == SB.Ok
    QMessageBox.critical(w, "Error", "Boom")
    QMessageBox.information(w, "Info", "Saved")
    QMessageBox.about(w, "About", "packconfig")
    box = QMessageBox(QMessageBox.Icon.Warning, "Title", "Body", parent=w)
    assert box.exec() == SB.Ok
    assert dialogs.kinds == ["warning", "critical", "information", "about", "QMessageBox.exec"]
    assert dialogs.calls[-1].obj is box


def test_dialog_exec_rejected_by_default_and_configurable(qtbot, dialogs) -> None:
    dlg = QDialog()
    qtbot.addWidget(dlg)
    edit = QLineEdit(dlg)
    assert dlg.exec() == QDialog.DialogCode.Rejected
    assert dlg.result() == QDialog.DialogCode.Rejected.value

    def fill_and_accept(d: QDialog) -> QDialog.DialogCode:
        d.findChild(QLineEdit).setText("96S2P")
        return QDialog.DialogCode.Accepted

    dialogs.dialog_result = fill_and_accept
    with qtbot.waitSignal(dlg.accepted, timeout=1000):
        assert dlg.exec() == QDialog.DialogCode.Accepted
    assert edit.text() == "96S2P"
    assert [c.obj for c in dialogs.calls_of("QDialog.exec")] == [dlg, dlg]
