"""GUI test harness (in the style of Dangerzone's tests/gui/conftest.py).

Environment:

* ``QT_QPA_PLATFORM=offscreen`` is set at import time, so GUI tests run without a
  display. Set ``PACKCONFIG_TEST_ONSCREEN=1`` to keep the platform you have (e.g. to
  watch a test under a real X server or Xvfb: ``PACKCONFIG_TEST_ONSCREEN=1 pytest tests/gui``).
* ``PACKCONFIG_HOME`` is a per-test temporary folder (autouse fixture in
  tests/conftest.py, repeated here so this folder also works on its own).

No test can block on a modal dialog: the autouse ``dialogs`` fixture replaces
``QMessageBox.exec/question/warning/critical/information/about``,
``QFileDialog.getOpenFileName/getOpenFileNames/getSaveFileName/getExistingDirectory``
and ``QDialog.exec`` with recorders. Use it in a test to choose answers and inspect calls::

    def test_delete_asks(qtbot, dialogs):
        dialogs.question_answer = QMessageBox.StandardButton.No
        dialogs.open_file = "/tmp/pack.json"        # what getOpenFileName returns
        ...
        assert dialogs.calls_of("question")[0].args[1] == "Delete pack?"

Defaults: ``question`` answers Yes, ``QMessageBox.exec`` returns Ok, the other message
boxes return Ok, ``QDialog.exec`` returns Rejected, file dialogs return "" (cancelled).
``dialogs.dialog_result`` may be a value or a callable ``(dialog) -> int`` that can fill
in the dialog's widgets before "accepting" it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

if os.environ.get("PACKCONFIG_TEST_ONSCREEN") != "1":
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox  # noqa: E402

SB = QMessageBox.StandardButton


@dataclass
class DialogCall:
    """One intercepted dialog call: which function, on what object, with which arguments."""

    kind: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    obj: Any = None  # the dialog instance for exec() calls


@dataclass
class DialogRecorder:
    """Records every modal dialog a test triggers and supplies the answers."""

    calls: list[DialogCall] = field(default_factory=list)
    question_answer: Any = SB.Yes
    message_answer: Any = SB.Ok  # warning / critical / information
    messagebox_exec_result: Any = SB.Ok
    dialog_result: Any = QDialog.DialogCode.Rejected  # or a callable (dialog) -> result
    open_file: str = ""
    open_files: list[str] = field(default_factory=list)
    save_file: str = ""
    directory: str = ""
    file_filter: str = ""  # the "selected filter" returned by the file dialogs

    def record(self, kind: str, args: tuple, kwargs: dict, obj: Any = None) -> None:
        self.calls.append(DialogCall(kind, args, kwargs, obj))

    def calls_of(self, kind: str) -> list[DialogCall]:
        return [c for c in self.calls if c.kind == kind]

    @property
    def kinds(self) -> list[str]:
        return [c.kind for c in self.calls]


def _static(recorder: DialogRecorder, kind: str, answer: Callable[[], Any]):
    def fake(*args: Any, **kwargs: Any) -> Any:
        recorder.record(kind, args, kwargs)
        return answer()

    return staticmethod(fake)


@pytest.fixture(autouse=True)
def packconfig_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """A private, empty user data folder for each GUI test (``PACKCONFIG_HOME``)."""
    home = tmp_path_factory.mktemp("packconfig-home")
    monkeypatch.setenv("PACKCONFIG_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    """Patch every modal dialog so no GUI test can block; see the module docstring."""
    rec = DialogRecorder()

    for kind in ("question",):
        monkeypatch.setattr(QMessageBox, kind, _static(rec, kind, lambda: rec.question_answer))
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, _static(rec, kind, lambda: rec.message_answer))
    monkeypatch.setattr(QMessageBox, "about", _static(rec, "about", lambda: None))
    monkeypatch.setattr(QMessageBox, "aboutQt", _static(rec, "aboutQt", lambda: None))

    def messagebox_exec(self: QMessageBox, *args: Any, **kwargs: Any) -> Any:
        rec.record("QMessageBox.exec", args, kwargs, self)
        return rec.messagebox_exec_result

    def dialog_exec(self: QDialog, *args: Any, **kwargs: Any) -> Any:
        rec.record("QDialog.exec", args, kwargs, self)
        result = rec.dialog_result(self) if callable(rec.dialog_result) else rec.dialog_result
        code = int(getattr(result, "value", result))
        self.setResult(code)
        if code == QDialog.DialogCode.Accepted.value:
            self.accepted.emit()
        elif code == QDialog.DialogCode.Rejected.value:
            self.rejected.emit()
        self.finished.emit(code)
        return result

    monkeypatch.setattr(QMessageBox, "exec", messagebox_exec)
    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    # Some code still calls the Qt5-style name.
    if hasattr(QDialog, "exec_"):
        monkeypatch.setattr(QDialog, "exec_", dialog_exec)
        monkeypatch.setattr(QMessageBox, "exec_", messagebox_exec)

    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        _static(rec, "getOpenFileName", lambda: (rec.open_file, rec.file_filter)),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        _static(rec, "getOpenFileNames", lambda: (list(rec.open_files), rec.file_filter)),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        _static(rec, "getSaveFileName", lambda: (rec.save_file, rec.file_filter)),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        _static(rec, "getExistingDirectory", lambda: rec.directory),
    )
    return rec
