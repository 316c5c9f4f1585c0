"""Signed quotes in the window: the status line, the password prompt on export, and
the verdict when File → Open loads a quote PDF (intact, unsigned, tampered)."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel

from packconfig.gui.main_window import MainWindow
from packconfig.report.testkeys import make_test_identity
from packconfig.report.verify import verify_quote_pdf

sys.path.insert(0, str(Path(__file__).parent.parent / "report"))
import tamper  # noqa: E402


@pytest.fixture(scope="module")
def ident(tmp_path_factory):
    return make_test_identity(tmp_path_factory.mktemp("gui-keys"))


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setitem(sys.modules, "keyring", None)
    for name in ("PACKCONFIG_SIGNING_PKCS12", "PACKCONFIG_SIGNING_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


def configure(home: Path, ident) -> None:
    (home / "settings.json").write_text(json.dumps({
        "schema_version": 1, "signing": {"pkcs12": str(ident.pkcs12),
                                         "trust": [str(ident.ca_pem)]}}), encoding="utf-8")


def make_window(qtbot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def answer_password(password: str):
    def fill(dialog: QDialog):
        assert isinstance(dialog, QInputDialog)
        assert dialog.objectName() == "signingPasswordDialog"
        dialog.setTextValue(password)
        return QDialog.DialogCode.Accepted
    return fill


def export(win, qtbot, dialogs, path: Path) -> Path:
    win.quote.company.setText("宁波储能科技有限公司")
    qtbot.mouseClick(win.quote.issue, Qt.MouseButton.LeftButton)
    dialogs.save_file = str(path)
    with qtbot.waitSignal(win.pdfExported, timeout=120000) as blocker:
        qtbot.mouseClick(win.quote.export, Qt.MouseButton.LeftButton)
    return Path(blocker.args[0])


def open_and_wait(win, qtbot, dialogs, path: Path):
    dialogs.open_file = str(path)
    with qtbot.waitSignal(win.signatureVerified, timeout=120000) as blocker:
        win.actions.open.trigger()
    return blocker.args[0]


def test_unsigned_without_certificate_and_the_panel_says_so(qtbot, dialogs, tmp_path):
    win = make_window(qtbot)
    label = win.findChild(QLabel, "signatureStatusLabel")
    assert label.text() == "Not signed: no signing certificate set"
    written = export(win, qtbot, dialogs, tmp_path / "q.pdf")
    assert b"/ByteRange" not in written.read_bytes()
    assert not dialogs.calls_of("QDialog.exec")  # no password asked
    verdict = open_and_wait(win, qtbot, dialogs, written)  # opens and reprints as today
    assert not dialogs.calls_of("critical") and not dialogs.calls_of("warning")
    assert [c.code for c in verdict.failures] == ["not_signed"]
    shown = win.findChild(QLabel, "signatureVerdict")
    assert not shown.isHidden() and shown.text().endswith("not signed; the seller's "
                                                         "signature cannot be checked")
    assert "not signed" in win.statusBar().currentMessage()
    again = tmp_path / "again.pdf"
    dialogs.save_file = str(again)
    with qtbot.waitSignal(win.pdfExported, timeout=120000):
        qtbot.mouseClick(win.quote.export, Qt.MouseButton.LeftButton)
    assert again.read_bytes().startswith(b"%PDF")
    win.doc.stack.setClean()


def test_export_asks_the_password_once_and_signs(qtbot, dialogs, tmp_path, packconfig_home,
                                                 ident):
    configure(packconfig_home, ident)
    win = make_window(qtbot)
    label = win.findChild(QLabel, "signatureStatusLabel")
    assert label.text() == "PDFs signed with seller.p12"
    dialogs.dialog_result = answer_password(ident.password)
    written = export(win, qtbot, dialogs, tmp_path / "signed.pdf")
    assert len(dialogs.calls_of("QDialog.exec")) == 1
    assert label.text() == f"PDFs signed by {ident.common_name}"
    verdict = verify_quote_pdf(written, trust=[ident.ca_pem], register=None)
    assert verdict.ok, verdict.lines()
    dialogs.save_file = str(tmp_path / "second.pdf")
    with qtbot.waitSignal(win.pdfExported, timeout=120000):
        qtbot.mouseClick(win.quote.export, Qt.MouseButton.LeftButton)
    assert len(dialogs.calls_of("QDialog.exec")) == 1  # kept for the session, in memory
    shown = open_and_wait(win, qtbot, dialogs, written)
    assert shown.ok and not dialogs.calls_of("warning")
    label = win.findChild(QLabel, "signatureVerdict")
    assert "valid, unchanged and trusted" in label.text()
    assert "OK register:" in label.toolTip() and "OK trust:" in label.toolTip()
    win.doc.stack.setClean()


def test_wrong_password_asks_again_and_cancel_exports_nothing(qtbot, dialogs, tmp_path,
                                                              packconfig_home, ident):
    configure(packconfig_home, ident)
    win = make_window(qtbot)
    seen = []

    def wrong_then_cancel(dialog):
        seen.append(dialog.labelText())
        if len(seen) == 1:
            dialog.setTextValue("wrong")
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    dialogs.dialog_result = wrong_then_cancel
    win.quote.company.setText("ACME")
    qtbot.mouseClick(win.quote.issue, Qt.MouseButton.LeftButton)
    dialogs.save_file = str(tmp_path / "q.pdf")
    qtbot.mouseClick(win.quote.export, Qt.MouseButton.LeftButton)
    assert len(seen) == 2 and "wrong password" in seen[1]
    assert not (tmp_path / "q.pdf").exists() and win.quote.export.isEnabled()
    assert "not signed" in win.statusBar().currentMessage()
    win.doc.stack.setClean()


def test_tampered_quotes_show_the_verdict_and_never_crash(qtbot, dialogs, tmp_path,
                                                          packconfig_home, ident):
    configure(packconfig_home, ident)
    win = make_window(qtbot)
    dialogs.dialog_result = answer_password(ident.password)
    signed = export(win, qtbot, dialogs, tmp_path / "signed.pdf").read_bytes()
    win.quote.company.setText("Other customer")
    qtbot.mouseClick(win.quote.revise, Qt.MouseButton.LeftButton)
    other = export(win, qtbot, dialogs, tmp_path / "other.pdf").read_bytes()
    for kind in tamper.KINDS:
        path = tmp_path / f"{kind}.pdf"
        path.write_bytes(tamper.variant(kind, signed, random.Random(3), other=other))
        before = len(dialogs.calls)
        verdict = open_and_wait(win, qtbot, dialogs, path)
        assert not verdict.ok, kind
        shown = win.findChild(QLabel, "signatureVerdict")
        assert shown.text() == verdict.headline() and "FAIL" in shown.toolTip(), kind
        text = shown.toolTip()
        new = [c.kind for c in dialogs.calls[before:]]
        if verdict.signed or "field_empty" in {c.code for c in verdict.failures}:
            assert "warning" in new or "critical" in new, (kind, new)  # the user is told
        else:  # the signing revision cut off: exactly an unsigned quote, which opens
            assert "FAIL signed: not signed" in text and not {"warning", "critical"} & set(new)
    assert win.isVisible()
    win.doc.stack.setClean()
