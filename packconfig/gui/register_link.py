"""The window's link to the quote register: is it reachable, may this user write, the
customer book for the quote panel, and the customer dialogs.

When the quote panel is first shown, a worker opens the register (a team server may be
down or slow: never on the GUI thread) and reports:

* reachable and writable: quoting on, the customer book loaded into ``customerCombo``;
* unreachable: the window works (engineering, pricing), but issuing is off; the
  reason is in ``registerStatusLabel`` with ``registerRetryButton``;
* read-only (a PostgreSQL role without write grants, a read-only file): browsing,
  reprinting and exporting work; issuing is off and the label says "not permitted".

Until the first check reports, quoting stays on (an issue then meets the same errors
and says so). The GUI thread's own :class:`Register` (for issuing, browsing and the
book) is kept on the window, so a retried issue after a lost connection reuses its
issue key and never issues twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from packconfig.core import messages
from packconfig.core.errors import PackconfigError
from packconfig.gui import gc_guard
from packconfig.gui.i18n import current_language

if TYPE_CHECKING:
    from packconfig.core.store.customers import Customer
    from packconfig.core.store.register import Register
    from packconfig.gui.main_window import MainWindow
    from packconfig.gui.quote_panel import QuotePanel

#: Codes meaning "the register cannot be reached now" (a retry may help).
UNREACHABLE = {"register_unreachable", "register_timeout_hit", "register_connection_lost",
               "register_busy", "register_login"}


class CheckSignals(QObject):
    done = Signal(object)  # RegisterState


class RegisterState:
    """What a check found: ``block`` "" (quoting on), "unreachable" or "read-only";
    ``error`` the coded error behind it; ``customers`` the book."""

    def __init__(self, block: str = "", error: PackconfigError | None = None,
                 customers: list | None = None) -> None:
        self.block, self.error, self.customers = block, error, customers or []

    def message(self, language: str) -> str:
        return messages.text(self.error, language) if self.error is not None else ""


def not_permitted_error(url: str) -> PackconfigError:
    from packconfig.core.errors import StorageError

    return StorageError(f"not permitted: your database role may read the team register "
                        f"{url} but not change it; ask its administrator for the writer "
                        "role").coded("register_not_permitted", url=url)


def check_register(reg: Register) -> RegisterState:
    """Open ``reg`` (bounded by its timeout) and read what the window needs."""
    if not reg.available():
        return RegisterState("unreachable", reg.reason)
    try:
        writable = reg.can_write()
        customers = reg.customers(limit=5000)
    except PackconfigError as exc:
        return RegisterState("unreachable", exc)
    if not writable:
        return RegisterState("read-only", not_permitted_error(reg.url), customers)
    return RegisterState("", None, customers)


class CheckJob(QRunnable):
    """:func:`check_register` on a register of the worker's own (one per thread)."""

    def __init__(self) -> None:
        super().__init__()
        self.signals = CheckSignals()

    def run(self) -> None:
        try:
            from packconfig.core.store.register import Register

            reg = Register(lazy=True)
        except PackconfigError as exc:  # a bad URL in settings.json
            self.signals.done.emit(RegisterState("unreachable", exc))
            return
        try:
            state = check_register(reg)
        except Exception as exc:  # never let a worker die silently
            from packconfig.core.errors import StorageError

            state = RegisterState("unreachable", StorageError(f"{type(exc).__name__}: {exc}"))
        finally:
            reg.close()
        self.signals.done.emit(state)


def register(win: MainWindow) -> Register:
    """The GUI thread's register (opened when first used)."""
    reg = getattr(win, "_register", None)
    if reg is None:
        from packconfig.core.store.register import Register

        reg = Register(lazy=True)
        win._register = reg
    return reg


def attach(win: MainWindow) -> None:
    """Connect the quote panel's register controls and start the first check."""
    panel = win.quote
    if panel is None:
        return
    panel.registerRetryRequested.connect(lambda: check(win))
    panel.newCustomerRequested.connect(lambda: customer_dialog(win, new=True))
    panel.editCustomerRequested.connect(lambda: customer_dialog(win, new=False))
    # when the quote panel is first shown: a user who only designs packs never loads
    # the register's libraries (SQLAlchemy, a driver: ~40 MB) nor waits for a server
    def shown(*_args: object) -> None:
        if win.tabs.currentWidget() is panel and getattr(win, "_register_check", None) is None:
            check(win)

    win.tabs.currentChanged.connect(shown)
    QTimer.singleShot(0, win, shown)  # the quote tab may be the one restored


def check(win: MainWindow) -> CheckJob:
    """Check the register in a worker; the panel shows the outcome."""
    job = CheckJob()
    win._register_check = job  # keep the signals alive until it reports
    job.signals.done.connect(lambda state: _report(win, state))
    if win.quote is not None:
        win.quote.register_retry.setEnabled(False)
    gc_guard.install()  # the worker runs Python: no collection may start in it
    QThreadPool.globalInstance().start(job)
    return job


def _report(win: MainWindow, state: RegisterState) -> None:
    import shiboken6

    if shiboken6.isValid(win) and win.quote is not None and shiboken6.isValid(win.quote):
        apply(win, state)
        win.registerChecked.emit(state)


def apply(win: MainWindow, state: RegisterState) -> None:
    """Show ``state``: quoting on or off with the reason; the customer book."""
    win.register_state = state
    panel = win.quote
    if panel is None:
        return
    panel.register_retry.setEnabled(True)
    if state.block == "unreachable":
        stale = getattr(win, "_register", None)
        if stale is not None:  # its engine points at a server that went away
            stale.close()
    else:
        panel.set_customers(state.customers)
    panel.show_register_state(state.block, state.message(current_language()))
    action = getattr(win.actions, "issue_export_pdf", None)
    if action is not None:
        action.setEnabled(state.block == "")


def refused(win: MainWindow, exc: PackconfigError) -> None:
    """After a register error while quoting: an unreachable register turns quoting off
    (with the retry); a refusal for a read-only user says so in the panel too."""
    from packconfig.core.store.register import not_permitted

    if exc.code in UNREACHABLE - {"register_connection_lost"}:
        apply(win, RegisterState("unreachable", exc))
    elif not_permitted(exc):
        apply(win, RegisterState("read-only", exc, getattr(
            getattr(win, "register_state", None), "customers", None)
            or (win.quote.customer_combo.customers if win.quote else [])))


def customer_dialog(win: MainWindow, *, new: bool) -> None:
    """``customerDialog`` for a new entry (starting from the panel's details) or the
    picked one; after a save the book is reloaded and the entry picked."""
    from packconfig.gui.customers import CustomerDialog

    panel = win.quote
    if panel is None:
        return
    current = None if new else panel.picked_customer
    try:
        reg = register(win)
    except PackconfigError as exc:  # e.g. a bad register URL in settings.json
        QMessageBox.warning(win, QCoreApplication.translate("MainWindow", "Customer book"),
                            messages.text(exc, current_language()))
        return
    dlg = CustomerDialog(reg, current, win, prefill=typed_customer(panel) if new else None)
    dlg.exec()
    saved = dlg.saved
    dlg.deleteLater()
    if saved is None:
        return
    try:
        panel.set_customers(reg.customers(limit=5000))
    except PackconfigError as exc:
        QMessageBox.warning(win, QCoreApplication.translate("MainWindow", "Customer book"),
                            messages.text(exc, current_language()))
    panel.pick_customer(saved)
    win.statusBar().showMessage(QCoreApplication.translate(
        "MainWindow", "Customer %1 saved in the customer book").replace("%1", saved.company),
        5000)


def typed_customer(panel: QuotePanel) -> Customer:
    """The customer details as typed in the quote panel (a new book entry starts from
    them; a name in Chinese characters also fills the Chinese name)."""
    from packconfig.core.store.customers import Customer

    t = panel.terms.values()
    name = panel.company.text().strip()
    return Customer(company=name, company_zh="" if name.isascii() else name,
                    contact=panel.contact.text().strip(), address=t.address,
                    tax_id=t.tax_id, email=t.email, phone=t.phone,
                    currency=panel.currency.currentText(), language=panel.pdf_language())
