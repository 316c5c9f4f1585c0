"""Issue a quote, issue a new revision, and the register browser with a revision diff."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from packconfig import display
from packconfig.core.errors import PackconfigError
from packconfig.core.quote import Quote, diff_quotes
from packconfig.core.register import Register, RegisterEntry
from packconfig.gui.pricing_bridge import draft_quote, revision_of

if TYPE_CHECKING:
    from packconfig.gui.main_window import MainWindow


def _record(win: MainWindow, issued: Quote) -> None:
    win.last_quote = issued
    win.doc.edit(win.tr("Issue quote %1").replace("%1", issued.label), quote=issued)
    if win.quote is not None:
        win.quote.show_issued(issued)
    win.statusBar().showMessage(win.tr("Issued %1").replace("%1", issued.label), 8000)


def issue(win: MainWindow) -> Quote | None:
    """Issue the current design and inputs as a new numbered quote."""
    if win.quote is None or win.commercial is None:
        return None
    inputs = win.quote.inputs()
    if not inputs.company:
        QMessageBox.warning(win, win.tr("Customer missing"),
                            win.tr("Enter the customer company before issuing a quote."))
        win.quote.company.setFocus()
        return None
    try:
        draft = draft_quote(win.doc.project, inputs, win.commercial)
        with Register() as reg:
            issued = reg.issue(draft)
    except PackconfigError as exc:
        QMessageBox.critical(win, win.tr("Cannot issue quote"), str(exc))
        return None
    _record(win, issued)
    return issued


def issue_revision(win: MainWindow) -> Quote | None:
    """Issue the next revision of the last issued quote."""
    base = win.last_quote or win.doc.project.quote
    if win.quote is None or win.commercial is None or base is None:
        return None
    try:
        draft = revision_of(base, win.doc.project, win.quote.inputs(), win.commercial)
        with Register() as reg:
            issued = reg.issue(draft)
    except PackconfigError as exc:
        QMessageBox.critical(win, win.tr("Cannot issue revision"), str(exc))
        return None
    _record(win, issued)
    return issued


class RegisterDialog(QDialog):
    """Issued quotes (filter by number or customer) and, for the selected revision, its
    differences from the previous revision."""

    HEADERS = ("Number", "Rev", "Status", "Date", "Customer", "Total excl. tax")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quote register"))
        self.resize(900, 560)
        self.filter = QLineEdit(objectName="registerFilter")
        self.filter.setPlaceholderText(self.tr("Filter by quote number or customer"))
        self.filter.setToolTip(self.tr("Text contained in the quote number or customer"))
        self.table = QTableWidget(0, len(self.HEADERS), objectName="registerTable")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.diff = QTextBrowser(objectName="revisionDiff")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.diff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.filter)
        lay.addWidget(split)
        lay.addWidget(buttons)
        self.entries: list[RegisterEntry] = []
        self.filter.textChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._show_diff)
        self.refresh()

    def refresh(self) -> None:
        text = self.filter.text().strip()
        try:
            with Register() as reg:
                found = reg.search()
        except PackconfigError as exc:
            self.diff.setPlainText(str(exc))
            return
        low = text.lower()
        self.entries = [e for e in found if not low or low in e.number.lower()
                        or low in e.customer.lower()]
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            for col, value in enumerate((e.number, f"R{e.revision}", e.status,
                                         display.date(e.date), e.customer,
                                         display.money(e.total_excl_tax))):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _show_diff(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        e = self.entries[rows[0].row()]
        try:
            with Register() as reg:
                new = reg.get(e.number, e.revision)
                old = reg.get(e.number, e.revision - 1) if e.revision > 0 else None
        except PackconfigError as exc:
            self.diff.setPlainText(str(exc))
            return
        self.diff.setHtml(diff_html(old, new))


def diff_html(old: Quote | None, new: Quote) -> str:
    esc = html.escape
    head = f"<h3>{esc(new.label)} — {esc(new.customer.company)}</h3>"
    if old is None:
        return head + "<p>First revision.</p>"
    changes = diff_quotes(old, new)
    if not changes:
        return head + f"<p>No differences from {esc(old.label)}.</p>"
    rows = "".join(f"<tr><td>{esc(c.kind)}</td><td>{esc(c.field)}</td>"
                   f"<td style='color:#b71c1c'>{esc(c.old)}</td>"
                   f"<td style='color:#2e7d32'>{esc(c.new)}</td></tr>" for c in changes)
    return (head + f"<p>Changes from {esc(old.label)}:</p><table cellpadding='3'>"
            "<tr><th>Kind</th><th>Field</th><th>Before</th><th>After</th></tr>"
            f"{rows}</table>")


def browse(win: MainWindow) -> None:
    dlg = RegisterDialog(win)
    dlg.exec()
