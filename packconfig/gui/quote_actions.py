"""Issue a quote, issue a new revision, and the register browser with a revision diff."""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
from packconfig.core import messages
from packconfig.core.commerce.quote import Quote, diff_quotes
from packconfig.core.errors import PackconfigError
from packconfig.core.store.register import Register, RegisterEntry
from packconfig.gui.i18n import current_language
from packconfig.gui.pricing_bridge import draft_quote, revision_of, with_lifetime

if TYPE_CHECKING:
    from packconfig.gui.main_window import MainWindow


#: Register statuses and diff kinds/fields as shown (the core's values are keys).
_STATUS = {
    "issued": QT_TRANSLATE_NOOP("RegisterDialog", "issued"),
    "superseded": QT_TRANSLATE_NOOP("RegisterDialog", "superseded"),
    "draft": QT_TRANSLATE_NOOP("RegisterDialog", "draft"),
}
_KINDS = {
    "engineering": QT_TRANSLATE_NOOP("RegisterDialog", "engineering"),
    "price": QT_TRANSLATE_NOOP("RegisterDialog", "price"),
    "commercial": QT_TRANSLATE_NOOP("RegisterDialog", "commercial"),
}
_FIELDS = {
    "cell": QT_TRANSLATE_NOOP("RegisterDialog", "cell"),
    "series": QT_TRANSLATE_NOOP("RegisterDialog", "series"),
    "parallel": QT_TRANSLATE_NOOP("RegisterDialog", "parallel"),
    "cell_count": QT_TRANSLATE_NOOP("RegisterDialog", "cell_count"),
    "cell price": QT_TRANSLATE_NOOP("RegisterDialog", "cell price"),
    "quantity": QT_TRANSLATE_NOOP("RegisterDialog", "quantity"),
    "currency": QT_TRANSLATE_NOOP("RegisterDialog", "currency"),
    "incoterm": QT_TRANSLATE_NOOP("RegisterDialog", "incoterm"),
    "valid_until": QT_TRANSLATE_NOOP("RegisterDialog", "valid_until"),
    "customer": QT_TRANSLATE_NOOP("RegisterDialog", "customer"),
    "notes": QT_TRANSLATE_NOOP("RegisterDialog", "notes"),
    "terms": QT_TRANSLATE_NOOP("RegisterDialog", "terms"),
    "unit cost": QT_TRANSLATE_NOOP("RegisterDialog", "unit cost"),
    "list unit price": QT_TRANSLATE_NOOP("RegisterDialog", "list unit price"),
    "tier convention": QT_TRANSLATE_NOOP("RegisterDialog", "tier convention"),
    "total excl. tax": QT_TRANSLATE_NOOP("RegisterDialog", "total excl. tax"),
    "tax": QT_TRANSLATE_NOOP("RegisterDialog", "tax"),
    "total incl. tax": QT_TRANSLATE_NOOP("RegisterDialog", "total incl. tax"),
    "approved by": QT_TRANSLATE_NOOP("RegisterDialog", "approved by"),
    "payment terms": QT_TRANSLATE_NOOP("RegisterDialog", "payment terms"),
    "lead time": QT_TRANSLATE_NOOP("RegisterDialog", "lead time"),
    "warranty": QT_TRANSLATE_NOOP("RegisterDialog", "warranty"),
    "seller": QT_TRANSLATE_NOOP("RegisterDialog", "seller"),
}


def _field(key: str) -> str:
    """A diff field's name: a pack result's label, a known quote field, else the key."""
    from packconfig.gui.results_panel import LABELS

    if key in LABELS:
        return QCoreApplication.translate("ResultsPanel", LABELS[key])
    if key in _FIELDS:
        return QCoreApplication.translate("RegisterDialog", _FIELDS[key])
    return key


def _record(win: MainWindow, issued: Quote) -> None:
    win.last_quote = issued
    win.doc.edit(QCoreApplication.translate("MainWindow", "Issue quote %1").replace(
        "%1", issued.label), quote=issued)
    if win.quote is not None:
        win.quote.show_issued(issued)
    win.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Issued %1").replace("%1", issued.label), 8000)


#: Record a quote issued elsewhere (File → Issue Quote and Export PDF…) like Issue quote.
record_issued = _record


def issue(win: MainWindow) -> Quote | None:
    """Issue the current design and inputs as a new numbered quote."""
    if win.quote is None or win.commercial is None:
        return None
    inputs = win.quote.inputs()
    if not inputs.company:
        QMessageBox.warning(
            win, QCoreApplication.translate("MainWindow", "Customer missing"),
            QCoreApplication.translate("MainWindow",
                                       "Enter the customer company before issuing a quote."))
        win.quote.company.setFocus()
        return None
    language = win.quote.pdf_language()  # the quote remembers its customer's language
    return _issue(win, lambda: dataclasses.replace(with_lifetime(
        draft_quote(win.doc.project, inputs, win.commercial), win.lifetime.terms()),
        language=language),
                  QCoreApplication.translate("MainWindow", "Cannot issue quote"))


def issue_revision(win: MainWindow) -> Quote | None:
    """Issue the next revision of the last issued quote."""
    base = win.last_quote or win.doc.project.quote
    if win.quote is None or win.commercial is None or base is None:
        return None
    language = win.quote.pdf_language()
    return _issue(win, lambda: dataclasses.replace(with_lifetime(revision_of(
        base, win.doc.project, win.quote.inputs(), win.commercial), win.lifetime.terms()),
        language=language),
                  QCoreApplication.translate("MainWindow", "Cannot issue revision"))


def _issue(win: MainWindow, make_draft: Callable[[], Quote], failure_title: str
           ) -> Quote | None:
    """Build the draft, issue it in the register and show it; a user error (or a full
    disk, a locked register) is explained in a dialog and nothing is issued."""
    try:
        draft = make_draft()
        with Register() as reg:
            issued = reg.issue(draft)
    except PackconfigError as exc:
        QMessageBox.critical(win, failure_title, messages.text(exc, current_language()))
        return None
    _record(win, issued)
    return issued


class RegisterDialog(QDialog):
    """Issued quotes (filter by number or customer) and, for the selected revision, its
    differences from the previous revision."""

    HEADERS = (QT_TRANSLATE_NOOP("RegisterDialog", "Number"),
               QT_TRANSLATE_NOOP("RegisterDialog", "Rev"),
               QT_TRANSLATE_NOOP("RegisterDialog", "Status"),
               QT_TRANSLATE_NOOP("RegisterDialog", "Date"),
               QT_TRANSLATE_NOOP("RegisterDialog", "Customer"),
               QT_TRANSLATE_NOOP("RegisterDialog", "Total excl. tax"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quote register"))
        self.resize(900, 560)
        self.filter = QLineEdit(objectName="registerFilter")
        self.filter.setPlaceholderText(self.tr("Filter by quote number or customer"))
        self.filter.setToolTip(self.tr("Text contained in the quote number or customer"))
        self.table = QTableWidget(0, len(self.HEADERS), objectName="registerTable")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("RegisterDialog", h) for h in self.HEADERS])
        self.language = current_language()
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
            self.diff.setPlainText(messages.text(exc, self.language))
            return
        low = text.lower()
        self.entries = [e for e in found if not low or low in e.number.lower()
                        or low in e.customer.lower()]
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            status = QCoreApplication.translate("RegisterDialog", _STATUS.get(e.status, e.status))
            for col, value in enumerate((e.number, f"R{e.revision}", status,
                                         display.date(e.date, self.language), e.customer,
                                         display.money(e.total_excl_tax, self.language))):
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
            self.diff.setPlainText(messages.text(exc, self.language))
            return
        self.diff.setHtml(diff_html(old, new, self.language))


def diff_html(old: Quote | None, new: Quote, language: str = "en") -> str:
    esc = html.escape

    def t(text: str) -> str:
        return esc(QCoreApplication.translate("RegisterDialog", text))

    head = f"<h3>{esc(new.label)} — {esc(new.customer.company)}</h3>"
    if old is None:
        return head + "<p>" + esc(QCoreApplication.translate(
            "RegisterDialog", "First revision.")) + "</p>"
    changes = diff_quotes(old, new)
    if not changes:
        return head + "<p>" + esc(QCoreApplication.translate(
            "RegisterDialog", "No differences from %1.").replace("%1", old.label)) + "</p>"
    rows = "".join(f"<tr><td>{t(_KINDS.get(c.kind, c.kind))}</td><td>{esc(_field(c.field))}</td>"
                   f"<td style='color:#b71c1c'>{esc(c.old)}</td>"
                   f"<td style='color:#2e7d32'>{esc(c.new)}</td></tr>" for c in changes)
    heads = [QCoreApplication.translate("RegisterDialog", "Kind"),
             QCoreApplication.translate("RegisterDialog", "Field"),
             QCoreApplication.translate("RegisterDialog", "Before"),
             QCoreApplication.translate("RegisterDialog", "After")]
    intro = QCoreApplication.translate("RegisterDialog", "Changes from %1:").replace(
        "%1", old.label)
    return (head + f"<p>{esc(intro)}</p><table cellpadding='3'><tr>"
            + "".join(f"<th>{esc(h)}</th>" for h in heads) + f"</tr>{rows}</table>")


def browse(win: MainWindow) -> None:
    dlg = RegisterDialog(win)
    dlg.exec()
