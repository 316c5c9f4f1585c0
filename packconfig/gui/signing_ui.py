"""Signed quotes in the window: the signing status line, the certificate password
prompt before an export, and the verdict shown when File → Open loads a quote PDF.

* :func:`status_text` — the quote panel's ``signatureStatusLabel``: who signs exported
  PDFs, or that they are exported unsigned (no certificate configured).
* :func:`signer_for_export` — the seller's signer for the export worker: the one loaded
  earlier in this session, else loaded with the password from the environment or the
  system keyring, else asked in a password dialog (``signingPasswordDialog``). The
  password is only held in memory.
* :func:`start_verify` — checks an opened quote PDF in a worker thread
  (:func:`packconfig.report.verify.verify_quote_pdf`) and shows the verdict in the quote
  panel's ``signatureVerdict``; a signed PDF that fails also gets a warning dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit, QMessageBox

from packconfig.core import messages
from packconfig.core.errors import PackconfigError
from packconfig.gui import gc_guard

if TYPE_CHECKING:
    from packconfig.gui.main_window import MainWindow

translate = QCoreApplication.translate
#: signer_for_export's answer when the user cancels the password prompt.
CANCELLED = object()
MAX_ATTEMPTS = 3


def _setup(raw: dict[str, Any] | None):
    from packconfig.report.signing import signing_setup

    return signing_setup(raw or {})


def is_configured(raw: dict[str, Any] | None) -> bool:
    """Whether a signing certificate is configured (environment or settings)."""
    return _setup(raw).pkcs12 is not None


def status_text(raw: dict[str, Any] | None, signer: Any = None) -> str:
    """The signing status line for settings data ``raw`` (cheap: reads no file)."""
    if signer is not None:
        return translate("QuotePanel", "PDFs signed by %1").replace("%1", signer.common_name)
    setup = _setup(raw)
    if setup.pkcs12 is None:
        return translate("QuotePanel", "Not signed: no signing certificate set")
    return translate("QuotePanel", "PDFs signed with %1").replace("%1", setup.pkcs12.name)


def ask_password(win: MainWindow, path: Path, problem: str = "") -> str | None:
    """A password dialog (``signingPasswordDialog``); None when cancelled."""
    dialog = QInputDialog(win, objectName="signingPasswordDialog")
    dialog.setWindowTitle(translate("MainWindow", "Sign the quote"))
    text = translate("MainWindow", "Password of the signing certificate %1:").replace(
        "%1", str(path))
    dialog.setLabelText(f"{problem}\n\n{text}" if problem else text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return value if accepted else None


def signer_for_export(win: MainWindow) -> Any:
    """The signer to pass to the export job: a QuoteSigner, None (no certificate
    configured) or :data:`CANCELLED`. Errors are shown in a dialog and cancel."""
    from packconfig.report.signing import load_signer, stored_password

    raw = win.commercial.raw if win.commercial is not None else {}
    setup = _setup(raw)
    if setup.pkcs12 is None:
        return None
    cached = getattr(win, "_quote_signer", None)
    if cached is not None and cached.path == setup.pkcs12:
        return cached
    password = stored_password(setup.pkcs12)
    problem = ""
    for _attempt in range(MAX_ATTEMPTS):
        if password is None:
            password = ask_password(win, setup.pkcs12, problem)
            if password is None:
                win.statusBar().showMessage(translate(
                    "MainWindow", "Export cancelled: the quote was not signed"), 8000)
                return CANCELLED
        try:
            signer = load_signer(setup.pkcs12, password)
        except PackconfigError as exc:
            problem = messages.text(exc, win.language())
            if getattr(exc, "code", "") != "signing_pkcs12":
                break  # a missing file or an expired certificate: asking again won't help
            password = None
            continue
        win._quote_signer = signer
        if win.quote is not None:
            win.quote.show_signing_status(signer)
        return signer
    QMessageBox.critical(win, translate("MainWindow", "Cannot sign the quote"),
                         translate("MainWindow", "The PDF was not exported.\n\n%1").replace(
                             "%1", problem))
    return CANCELLED


class ElidedLabel(QLabel):
    """One line, cut with "…" where the panel is narrow; ``text()`` stays whole (the
    verdict's headline; its tooltip has every line)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(0, super().sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             rect.width())
        self.style().drawItemText(painter, rect, int(Qt.AlignmentFlag.AlignLeft
                                                     | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(), text,
                                  self.foregroundRole())


# ------------------------------------------------------------------- verifying
class VerifySignals(QObject):
    finished = Signal(object)  # Verdict


class VerifyJob(QRunnable):
    """Runs :func:`verify_quote_pdf` on ``path`` off the GUI thread."""

    def __init__(self, path: str, trust: tuple[Path, ...]) -> None:
        super().__init__()
        self.path, self.trust = path, trust
        self.signals = VerifySignals()

    def run(self) -> None:
        from packconfig.report.verify import Check, Verdict, verify_quote_pdf

        try:
            verdict = verify_quote_pdf(self.path, trust=self.trust)
        except Exception as exc:  # never crash the window: a failed check instead
            verdict = Verdict(self.path, (Check("signed", False, "unreadable",
                                                {"error": type(exc).__name__}),))
        self.signals.finished.emit(verdict)


def start_verify(win: MainWindow, path: str, warn: bool = True) -> VerifyJob | None:
    """Check the quote PDF just opened; the verdict lands in ``signatureVerdict``, and
    (``warn``) a signed PDF that is not intact also gets a warning dialog."""
    if win.quote is None:
        return None
    raw = win.commercial.raw if win.commercial is not None else {}
    job = VerifyJob(path, _setup(raw).trust)
    win.quote.show_verdict(None)  # "checking…"
    sink = VerdictSink(win, warn)
    # a slot of a child of the panel: if the window closes first, Qt drops the delivery
    job.signals.finished.connect(sink.take)
    win._verify_job = job  # keep the signals object alive until it reports
    gc_guard.start_job(job)  # the worker runs Python: no collection may start in it
    return job


class VerdictSink(QObject):
    """Receives one verdict for the window (parented to its quote panel)."""

    def __init__(self, win: MainWindow, warn: bool) -> None:
        super().__init__(win.quote)
        self.win, self.warn = win, warn

    @Slot(object)
    def take(self, verdict: Any) -> None:
        win = self.win
        self.deleteLater()
        win.quote.show_verdict(verdict)
        win.statusBar().showMessage(verdict.headline(win.language()), 15000)
        win.signatureVerified.emit(verdict)
        broken = [c for c in verdict.failures if c.key != "trust"]
        if self.warn and broken and (verdict.signed or broken[0].code == "field_empty"):
            lang = win.language()
            QMessageBox.warning(
                win, translate("MainWindow", "This quote PDF is not intact"),
                "\n".join([verdict.headline(lang), ""] + [
                    c.line(lang) for c in verdict.failures]))
