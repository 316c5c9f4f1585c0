"""The register browser's files: the filtered view as XLSX/CSV
(``exportRegisterButton``, :mod:`packconfig.report.register_sheet`) and a revision's PDF
reprinted exactly as issued (``reprintButton``). Both are written in a worker
(QThreadPool); the worker reads the register through a register of its own (one per
thread). Read-only users may do both."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from packconfig.core import messages
from packconfig.core.errors import PackconfigError
from packconfig.gui import gc_guard
from packconfig.gui.i18n import current_language

if TYPE_CHECKING:
    from packconfig.core.commerce.quote import Quote
    from packconfig.core.store.browse import QuoteFilter
    from packconfig.gui.register_browser import RegisterDialog


translate = QCoreApplication.translate


class ExportSignals(QObject):
    finished = Signal(str, int)  # path written, rows
    failed = Signal(str)  # message in the interface language


class RegisterExportJob(QRunnable):
    def __init__(self, url: str, flt: QuoteFilter, path: str, language: str) -> None:
        super().__init__()
        self.url, self.flt, self.path, self.language = url, flt, path, language
        self.ui_language = current_language()
        self.signals = ExportSignals()

    def run(self) -> None:
        try:
            from packconfig.core.store.register import Register
            from packconfig.report.register_sheet import export_register

            with Register(self.url) as reg:
                path, rows = export_register(reg, self.flt, self.path, self.language)
        except PackconfigError as exc:
            self.signals.failed.emit(messages.text(exc, self.ui_language))
        except Exception as exc:  # xlsxwriter/OS failures: report, never crash
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(str(path), rows)


def export_view(dialog: RegisterDialog, flt: QuoteFilter) -> RegisterExportJob | None:
    """Ask where, then write the filtered view (every matching revision, not only the
    rows on screen) as XLSX or CSV in a worker."""
    xlsx, csv = (
        translate("RegisterDialog", "Excel workbook (*.xlsx)"),
        translate("RegisterDialog", "CSV, UTF-8 (*.csv)"),
    )
    path, chosen = QFileDialog.getSaveFileName(
        dialog,
        translate("RegisterDialog", "Export the quote register"),
        "quote-register.xlsx",
        f"{xlsx};;{csv}",
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_suffix(".csv" if chosen == csv else ".xlsx")
    # the worker's own register: the URL with its password, never shown
    job = RegisterExportJob(dialog.register.location.url, flt, str(target), current_language())
    button = dialog.buttons["exportRegisterButton"]
    button.setEnabled(False)

    def finished(written: str, rows: int) -> None:
        button.setEnabled(True)
        dialog._show_problem(
            translate("RegisterDialog", "Exported %1 revisions to %2")
            .replace("%1", str(rows))
            .replace("%2", written),
            error=False,
        )
        dialog.exported.emit(written)

    def failed(message: str) -> None:
        button.setEnabled(True)
        QMessageBox.critical(
            dialog,
            translate("RegisterDialog", "Cannot export the register"),
            translate("RegisterDialog", "Nothing was written.\n\n%1").replace("%1", message),
        )
        dialog.exported.emit("")

    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    dialog._job = job  # keep the signals alive until it reports
    gc_guard.install()  # the worker runs Python: no collection may start in it
    QThreadPool.globalInstance().start(job)
    return job


def reprint(dialog: RegisterDialog, quote: Quote) -> object | None:
    """Write ``quote``'s PDF again (its frozen figures, its own language) in a worker."""
    from packconfig.gui.pdf_export import PdfExportJob

    language = quote.print_language
    path, _ = QFileDialog.getSaveFileName(
        dialog,
        translate("RegisterDialog", "Reprint quote PDF"),
        f"{quote.number}-R{quote.revision}-{language}.pdf",
        translate("RegisterDialog", "PDF files (*.pdf)"),
    )
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    settings = getattr(dialog.parent(), "commercial", None)  # the window's, if any
    job = PdfExportJob(
        quote, path, language, getattr(settings, "tiers", None), current_language(), signer="auto"
    )
    button = dialog.buttons["reprintButton"]
    button.setEnabled(False)

    def finished(written: str) -> None:
        button.setEnabled(True)
        dialog._show_problem(
            translate("RegisterDialog", "Reprinted %1 to %2")
            .replace("%1", quote.label)
            .replace("%2", written),
            error=False,
        )
        dialog.exported.emit(written)

    def failed(message: str) -> None:
        button.setEnabled(True)
        QMessageBox.critical(dialog, translate("RegisterDialog", "Cannot reprint"), message)
        dialog.exported.emit("")

    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    dialog._job = job
    gc_guard.install()
    QThreadPool.globalInstance().start(job)
    return job
