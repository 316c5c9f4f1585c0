"""File → Issue Quote and Export PDF…: number the quote and write its PDF in one step,
both or neither (issue 14, item 3; the same path as ``packconfig quote -o``).

The worker (QThreadPool) runs :func:`packconfig.report.issue.issue_with_pdf`: the PDF's
folder is checked first, the quote is numbered in one register transaction, rendered
and written, and the transaction commits only once the file is written. A missing or
read-only folder, a full disk or a render failure issues nothing and writes nothing;
the dialog says so. (**Issue quote** in the quote panel records a quote without a file;
**Export PDF…** writes an issued quote again.)
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar

from packconfig.core import messages
from packconfig.core.commerce.pricing import TierTable
from packconfig.core.commerce.quote import Quote
from packconfig.core.errors import PackconfigError
from packconfig.gui import gc_guard
from packconfig.gui.i18n import current_language

if TYPE_CHECKING:
    from packconfig.gui.main_window import MainWindow


class IssueExportSignals(QObject):
    finished = Signal(object, str)  # the issued quote, the PDF written
    failed = Signal(str)  # message for the user; nothing was issued or written


class IssueExportJob(QRunnable):
    """Issue ``draft`` and write its PDF to ``path`` (in a worker thread)."""

    def __init__(self, draft: Quote, path: str, language: str, tiers: TierTable | None,
                 ui_language: str | None = None, signer: object = "auto") -> None:
        super().__init__()
        self.draft, self.path, self.language, self.tiers = draft, path, language, tiers
        self.ui_language = ui_language or current_language()
        self.signer = signer  # see report.signing.sign_if_configured
        self.signals = IssueExportSignals()

    def run(self) -> None:
        try:
            from packconfig.report.issue import issue_with_pdf

            issued, written = issue_with_pdf(self.draft, self.path, self.language, self.tiers,
                                             signer=self.signer)
        except PackconfigError as exc:
            self.signals.failed.emit(messages.text(exc, self.ui_language))
        except Exception as exc:  # reportlab/pypdf/sqlite failures: report, never crash
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(issued, str(written))


def _draft(win: MainWindow) -> Quote | None:
    """The draft of the current design and quote inputs, or ``None`` (explained)."""
    from packconfig.gui.pricing_bridge import draft_quote, with_lifetime

    assert win.quote is not None and win.commercial is not None
    inputs = win.quote.inputs()
    if not inputs.company:
        QMessageBox.warning(
            win, QCoreApplication.translate("MainWindow", "Customer missing"),
            QCoreApplication.translate("MainWindow",
                                       "Enter the customer company before issuing a quote."))
        win.quote.company.setFocus()
        return None
    try:
        return dataclasses.replace(with_lifetime(
            draft_quote(win.doc.project, inputs, win.commercial), win.lifetime.terms()),
            language=win.quote.pdf_language())
    except PackconfigError as exc:
        QMessageBox.critical(win, QCoreApplication.translate("MainWindow",
                                                             "Cannot issue quote"),
                             messages.text(exc, current_language()))
        return None


def issue_and_export(win: MainWindow) -> IssueExportJob | None:
    """Ask for the PDF's name, then issue and write it in a worker thread."""
    if win.quote is None or win.commercial is None:
        return None
    draft = _draft(win)
    if draft is None:
        return None
    language = draft.language or "en"
    path, _ = QFileDialog.getSaveFileName(
        win, QCoreApplication.translate("MainWindow", "Issue quote and export PDF"),
        f"quote-{draft.date.isoformat()}-{language}.pdf",
        QCoreApplication.translate("MainWindow", "PDF files (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    from packconfig.gui.signing_ui import CANCELLED, signer_for_export

    signer = signer_for_export(win)  # on the GUI thread: it may ask for the password
    if signer is CANCELLED:
        return None
    job = IssueExportJob(draft, path, language, win.commercial.tiers, win.language(),
                         signer=signer)
    bar = QProgressBar(objectName="exportProgress")
    bar.setRange(0, 0)  # busy
    bar.setMaximumWidth(160)
    win.statusBar().addPermanentWidget(bar)
    busy = [win.actions.export_pdf, win.actions.issue_export_pdf, win.quote.issue,
            win.quote.export]
    for widget in busy:
        if widget is not None:
            widget.setEnabled(False)

    def done() -> None:
        win.statusBar().removeWidget(bar)
        bar.deleteLater()
        for widget in busy:
            if widget is not None:
                widget.setEnabled(True)
        if win.quote is not None:  # Export needs an issued quote
            win.quote.show_issued(win.last_quote)

    def finished(issued: Quote, written: str) -> None:
        from packconfig.gui.quote_actions import record_issued

        record_issued(win, issued)
        done()
        win.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Issued %1 and exported %2")
            .replace("%1", issued.label).replace("%2", written), 8000)
        win.pdfExported.emit(written)

    def failed(message: str) -> None:
        done()
        QMessageBox.critical(
            win, QCoreApplication.translate("MainWindow", "Cannot issue and export"),
            QCoreApplication.translate("MainWindow", "Nothing was issued and no PDF was "
                                       "written; the quote number is still free.\n\n%1")
            .replace("%1", message))
        win.pdfExportFailed.emit(message)

    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    win._export_job = job  # keep the signals object alive until it reports
    gc_guard.start_job(job)  # the worker runs Python: no collection may start in it
    return job
