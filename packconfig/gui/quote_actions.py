"""Issue a quote, issue a new revision, open the register browser (:mod:`.register_browser`)
and open a revision from it; the revision diff."""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from packconfig.core import messages
from packconfig.core.commerce.quote import Quote, diff_quotes
from packconfig.core.errors import PackconfigError
from packconfig.gui.i18n import current_language
from packconfig.gui.pricing_bridge import draft_quote, revision_of, with_lifetime
from packconfig.gui.register_browser import RegisterDialog  # noqa: F401 - its old home

if TYPE_CHECKING:
    from packconfig.gui.main_window import MainWindow


#: Diff kinds/fields as shown (the core's values are keys).
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
    from packconfig.gui import register_link

    try:
        draft = make_draft()
        picked = win.quote.picked_customer if win.quote is not None else None
        issued = register_link.register(win).issue(draft, customer=picked)
    except PackconfigError as exc:
        QMessageBox.critical(win, failure_title, messages.text(exc, current_language()))
        register_link.refused(win, exc)
        return None
    _record(win, issued)
    return issued


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
    """The register browser over the window's register; "Open" loads a revision."""
    from packconfig.gui import register_link

    currency = win.quote.currency.currentText() if win.quote is not None else "CNY"
    try:
        reg = register_link.register(win)
    except PackconfigError as exc:  # e.g. a bad register URL in settings.json
        QMessageBox.critical(win, QCoreApplication.translate("MainWindow", "Quote register"),
                             messages.text(exc, current_language()))
        return
    dlg = RegisterDialog(win, reg, currency)
    dlg.opened.connect(lambda quote: open_quote(win, quote, dlg))
    dlg.exec()
    dlg.deleteLater()


def open_quote(win: MainWindow, quote: Quote, dialog: QDialog | None = None) -> bool:
    """Show an issued revision in the window: its design and its terms (after the
    unsaved-changes question), as File → Open does with a quote PDF."""
    from packconfig.core.store.project import Project
    from packconfig.gui.window_files import maybe_save

    if not maybe_save(win):
        return False
    d = quote.design
    win.doc.reset(Project(d.cell, d.series, d.parallel, d.options, quote=quote), None)
    win.last_quote = quote
    if win.quote is not None:
        win.quote.show_quote_inputs(quote)
        win.quote.show_issued(quote)
    win.update_title()
    win.statusBar().showMessage(QCoreApplication.translate(
        "MainWindow", "Opened %1 from the register").replace("%1", quote.label), 5000)
    if dialog is not None:
        dialog.accept()
    return True
