"""Export the issued quote as PDF in a worker thread (QThreadPool); the result comes
back through a signal, so the window stays responsive while reportlab works."""

from __future__ import annotations

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


class ExportSignals(QObject):
    finished = Signal(str)  # path written
    failed = Signal(str)  # message for the user


class PdfExportJob(QRunnable):
    """Render ``quote`` to ``path`` (atomic write, see report.pdf.render_quote_pdf).

    ``language`` is the PDF's; a failure is reported in ``ui_language``, the interface
    language when the export started (the interface's by default)."""

    def __init__(self, quote: Quote, path: str, language: str,
                 tiers: TierTable | None, ui_language: str | None = None,
                 signer: object = "auto") -> None:
        super().__init__()
        self.quote, self.path, self.language, self.tiers = quote, path, language, tiers
        self.signer = signer  # see report.signing.sign_if_configured
        self.ui_language = ui_language or current_language()
        self.signals = ExportSignals()

    def run(self) -> None:
        try:
            from packconfig.report import render_quote_pdf

            render_quote_pdf(self.quote, self.path, self.language, self.tiers,
                             signer=self.signer)
        except PackconfigError as exc:
            self.signals.failed.emit(messages.text(exc, self.ui_language))
        except Exception as exc:  # reportlab/pypdf failures: report, never crash
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(self.path)


def export_pdf(win: MainWindow) -> PdfExportJob | None:
    """Ask for a file name and start the export of the last issued quote."""
    quote = win.last_quote or win.doc.project.quote
    if quote is None or not quote.number:
        QMessageBox.information(
            win, QCoreApplication.translate("MainWindow", "Export PDF"),
            QCoreApplication.translate("MainWindow",
                                       "Issue the quote first: a PDF is made from an "
                                       "issued, numbered quote."))
        return None
    language = win.quote.pdf_language() if win.quote is not None else "en"
    suggested = f"{quote.number}-R{quote.revision}-{language}.pdf"
    path, _ = QFileDialog.getSaveFileName(
        win, QCoreApplication.translate("MainWindow", "Export quote PDF"), suggested,
        QCoreApplication.translate("MainWindow", "PDF files (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    tiers = win.commercial.tiers if win.commercial is not None else None
    from packconfig.gui.signing_ui import CANCELLED, signer_for_export

    signer = signer_for_export(win)  # on the GUI thread: it may ask for the password
    if signer is CANCELLED:
        return None
    job = PdfExportJob(quote, path, language, tiers, win.language(), signer=signer)
    bar = QProgressBar(objectName="exportProgress")
    bar.setRange(0, 0)  # busy
    bar.setMaximumWidth(160)
    win.statusBar().addPermanentWidget(bar)
    win.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Exporting %1…").replace("%1", path))
    win.actions.export_pdf.setEnabled(False)
    if win.quote is not None:
        win.quote.export.setEnabled(False)

    def done() -> None:
        win.statusBar().removeWidget(bar)
        bar.deleteLater()
        win.actions.export_pdf.setEnabled(True)
        if win.quote is not None:
            win.quote.export.setEnabled(True)

    def finished(written: str) -> None:
        done()
        win.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Exported %1").replace("%1", written), 8000)
        win.pdfExported.emit(written)

    def failed(message: str) -> None:
        done()
        QMessageBox.critical(win, QCoreApplication.translate("MainWindow", "Cannot export PDF"),
                             QCoreApplication.translate("MainWindow",
            "The PDF was not written; your design and quote are unchanged.\n\n%1")
            .replace("%1", message))
        win.pdfExportFailed.emit(message)

    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    win._export_job = job  # keep the signals object alive until it reports
    gc_guard.start_job(job)  # the worker runs Python: no collection may start in it
    return job
