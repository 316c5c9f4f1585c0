"""File → Import cells…: a datasheet CSV in the layout of the shared reference
``cells.csv`` into the user's cells folder, row by row, then a report of every row —
imported, or refused and why (:func:`packconfig.core.cells.user_cells.import_csv_rows`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packconfig.core import messages
from packconfig.core.cells import user_cells as uc
from packconfig.core.errors import PackconfigError
from packconfig.gui.cell_editor import label_of, problem_text
from packconfig.gui.i18n import current_language

if TYPE_CHECKING:
    from packconfig.gui.main_window import MainWindow


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("CellImport", text)


def reason_text(outcome: uc.RowOutcome, language: str) -> str:
    """Why a row was refused (or where it was written), in the interface language."""
    reason = outcome.reason
    if reason == "imported":
        return str(outcome.path or "")
    if reason == "no_figures":
        names = [label_of(str(k)) for k in outcome.params.get("missing", [])]  # type: ignore[union-attr]
        return translate("CellImport", "missing %1: no pack can be computed without it").replace(
            "%1", translate("CellImport", " or ").join(names))
    if reason == "bad_id":
        return translate("CellImport",
            "the id is empty or holds characters other than letters, digits and "
                   ". _ + -")
    if reason == "duplicate":
        return translate("CellImport", "an earlier row has the same id")
    if reason == "shipped_id":
        return translate("CellImport",
            "a shipped catalog cell has this id (change the id to import the row "
                   "as your own cell)")
    if reason == "user_id":
        return translate("CellImport",
            "one of your cells already has this id (edit that cell instead)")
    if reason == "file_exists":
        return translate("CellImport",
            "a file for this id is already in your cells folder: %1").replace(
            "%1", str(outcome.params.get("file", "")))
    if outcome.problem is not None:
        if isinstance(outcome.problem, PackconfigError) and reason == "invalid":
            exc = outcome.problem
            field = getattr(exc, "field", None)
            text = problem_text(exc, language)
            return f"{label_of(field)}: {text}" if field else text
        return messages.text(outcome.problem, language)
    return reason


class ImportReport(QDialog):
    """One row per CSV row: line, cell id, imported / refused, and why."""

    def __init__(self, outcomes: list[uc.RowOutcome], source: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="cellImportReport")
        self.outcomes = outcomes
        language = current_language()
        done = sum(o.imported for o in outcomes)
        self.setWindowTitle(translate("CellImport", "Import cells"))
        self.summary = QLabel(objectName="cellImportSummary")
        self.summary.setWordWrap(True)
        self.summary.setText(translate("CellImport",
            "%1: %2 of %3 rows imported into your cells folder, %4 "
                                 "refused.").replace("%1", source)
                             .replace("%2", str(done)).replace("%3", str(len(outcomes)))
                             .replace("%4", str(len(outcomes) - done)))
        self.table = QTableWidget(len(outcomes), 4, objectName="cellImportTable")
        self.table.setHorizontalHeaderLabels(
            [translate("CellImport", "Line"), translate("CellImport", "Cell id"),
             translate("CellImport", "Result"), translate("CellImport", "Reason")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, outcome in enumerate(outcomes):
            texts = (str(outcome.line), outcome.cell_id,
                     translate("CellImport",
                         "imported") if outcome.imported else translate("CellImport", "refused"),
                     reason_text(outcome, language))
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 2:
                    item.setForeground(QColor("#2e7d32" if outcome.imported else "#b00020"))
                if col == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def row_texts(self, row: int) -> list[str]:
        return [self.table.item(row, c).text() for c in range(self.table.columnCount())]


def import_cells(win: MainWindow, path: str | None = None) -> ImportReport | None:
    """Ask for a CSV (unless ``path``), import it, reload the catalog and show the
    report. A file that is not a cell CSV at all gets a message and changes nothing."""
    if not path:
        path, _ = QFileDialog.getOpenFileName(
            win, translate("CellImport", "Import cells"), "",
            translate("CellImport", "Datasheet CSV (*.csv);;All files (*)"))
    if not path or win.catalog is None:
        return None
    language = current_language()
    user = set(win.catalog.user_ids)
    shipped = set(win.catalog.cells) - user
    try:
        outcomes = uc.import_csv_rows(uc.read_csv_text(path), path, shipped, user)
    except PackconfigError as exc:
        QMessageBox.warning(win, translate("CellImport",
            "Import cells"), messages.text(exc, language))
        return None
    if any(o.imported for o in outcomes):
        win.reload_catalog()
    report = ImportReport(outcomes, path, win)
    report.resize(min(1000, max(win.width() - 60, 600)), min(600, max(win.height() - 60, 360)))
    report.finished.connect(report.deleteLater)
    win.import_report = report
    report.open()
    return report
