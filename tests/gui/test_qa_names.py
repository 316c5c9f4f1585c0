"""The QA contract: every objectName docs/gui.md lists exists exactly once.

The whole window is built (every page and tab that is built when first shown is opened
once), then the dialogs a QA engineer drives (cell editor, import report, settings).
A name found twice is ambiguous for ``findChild`` (``warrantyEdit`` once named both the
Lifetime page's proposal and the quote's warranty text); a name the doc lists but no
widget carries is a broken contract. Either the code or the doc is wrong.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QTabWidget, QToolButton

from packconfig.core.cells.model import ECM_FIELDS, QUANTITY_FIELDS, TEXT_FIELDS
from packconfig.core.pack.engine import RESULTS
from packconfig.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"

#: camelCase words in docs/gui.md's code spans that are not objectNames: methods,
#: signals, dynamic properties, units.
NOT_NAMES = {"changeEvent", "fillsTab", "mV", "objectName", "pdfExportFailed", "pdfExported",
             "setTextValue", "firstPainted", "coreAttached", "signatureVerified",
             "currentChanged", "sectionResized", "cellSaved", "designChosen", "inputsChanged",
             "getSaveFileName"}
#: Names that exist only while a modal dialog runs (``exec()``), covered by their own
#: tests: the certificate password prompt (tests/gui/test_signing_gui.py).
MODAL_ONLY = {"signingPasswordDialog"}

_NAME = re.compile(r"(?<![\w.])([a-z][A-Za-z0-9]*[A-Z][A-Za-z0-9_]*|result_[a-z_<>]+|"
                   r"cellField_[a-z_<>]*|life_[a-z0-9]+Label)(?![\w.(])")


def documented_names() -> set[str]:
    """Every objectName in docs/gui.md's code spans (``result_<key>`` and
    ``cellField_<key>`` expanded to every key)."""
    text = (ROOT / "docs" / "gui.md").read_text(encoding="utf-8")
    names: set[str] = set()
    for span in re.findall(r"`([^`\n]+)`", text):
        names.update(m.group(1) for m in _NAME.finditer(span))
    names -= NOT_NAMES | MODAL_ONLY | {"cellField_", "result_<key>", "cellField_<key>"}
    names |= {f"result_{key}" for key in RESULTS}
    special = {"id", "source", "confidence"}
    names |= {f"cellField_{key}" for key in (*QUANTITY_FIELDS, *ECM_FIELDS, *TEXT_FIELDS,
                                            "cycle_life", "price") if key not in special}
    return names


def visit_tabs(root: QObject) -> None:
    """Show every tab of every tab widget under ``root`` once (pages built on show)."""
    seen: set[int] = set()
    for _round in range(3):  # pages built on show may hold tab widgets of their own
        for tabs in root.findChildren(QTabWidget):
            if id(tabs) in seen:
                continue
            seen.add(id(tabs))
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
            tabs.setCurrentIndex(0)


def counts(roots: list[QObject]) -> Counter[str]:
    """How many distinct objects under ``roots`` carry each name."""
    objects: dict[int, QObject] = {}
    for root in roots:
        for obj in (root, *root.findChildren(QObject)):
            objects[id(obj)] = obj
    return Counter(o.objectName() for o in objects.values() if o.objectName())


@pytest.fixture
def whole_window(qtbot, dialogs):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    for index in range(win.pages.count()):  # Explorer, Performance, Lifetime: built now
        win.pages.setCurrentIndex(index)
        QApplication.processEvents()
    visit_tabs(win)
    win.pages.setCurrentIndex(0)
    win.actions.cells["new"].trigger()  # cellEditorDialog (window-modal, not blocking)
    dialogs.open_file = str(DATA / "cells-reference.csv")
    win.actions.cells["import"].trigger()  # cellImportReport
    yield win
    if win.cell_editor is not None:
        win.cell_editor.close()
    win.doc.stack.setClean()


def test_every_documented_name_exists_exactly_once(whole_window, dialogs, qtbot):
    win = whole_window
    seen: dict[str, Counter[str]] = {}

    def inspect(dialog: QDialog) -> int:  # Edit → Settings… runs exec(): look inside
        visit_tabs(dialog)
        tops = [w for w in QApplication.topLevelWidgets() if w is not win and w.isVisible()]
        seen["all"] = counts([win, *[t for t in tops if t.parent() is None], dialog])
        return QDialog.DialogCode.Rejected

    def inspect_only(key: str):  # a dialog made and run by exec() after the snapshot
        def run(dialog: QDialog) -> int:
            visit_tabs(dialog)
            seen[key] = counts([dialog])
            return QDialog.DialogCode.Rejected
        return run

    dialogs.dialog_result = inspect
    win.actions.settings.trigger()
    assert "all" in seen, "Edit → Settings… did not open its dialog"
    dialogs.dialog_result = inspect_only("register")  # registerButton → registerDialog
    win.findChild(QPushButton, "registerButton").click()
    new_customer = win.findChild(QToolButton, "newCustomerButton")
    qtbot.waitUntil(new_customer.isEnabled)  # once the register is checked
    dialogs.dialog_result = inspect_only("customer")  # newCustomerButton → customerDialog
    new_customer.click()
    assert {"register", "customer"} <= set(seen), f"dialogs not opened: {sorted(seen)}"
    found = seen["all"] + seen["register"] + seen["customer"]
    names = documented_names()
    missing = sorted(n for n in names if found[n] == 0)
    twice = sorted(f"{n} ×{found[n]}" for n in names if found[n] > 1)
    assert missing == [] and twice == [], f"missing: {missing}; more than once: {twice}"


def test_the_doc_lists_names_at_all():
    """The extraction finds the names of every part of the window (so the test above
    cannot pass by finding nothing)."""
    names = documented_names()
    for name in ("seriesSpin", "result_voltage_nominal", "cellField_dc_resistance",
                 "actionSettings", "settingsDialog", "lifeChart", "simulateButton",
                 "explorerSearchButton", "bomTable", "quoteLinesTable"):
        assert name in names, name
