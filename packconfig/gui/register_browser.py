"""The quote register browser (``Quote register…``): a lazily paged table of every
revision (:mod:`.register_model`), filters, the pipeline summary, and the lifecycle:
mark sent / accepted / rejected, amend an accepted quote, the status history, open or
reprint any revision, export the filtered view (:mod:`.register_export`).

The rules (an accepted quote is locked, a superseded revision is never accepted,
expiry never overwrites accepted or rejected) are the register's; a button is enabled
when the register's rules allow its step from the selected revision's stage, and a
refusal (another user changed the quote meanwhile, a read-only role) is shown as the
register's message in the interface language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from packconfig.core import messages
from packconfig.core.errors import PackconfigError
from packconfig.gui.i18n import current_language
from packconfig.gui.register_model import PAGE, RegisterModel, stage_text

if TYPE_CHECKING:
    from packconfig.core.store.browse import QuoteFilter
    from packconfig.core.store.register import Register, RegisterEntry

#: statusFilter entries: (register status or None for all, caption key).
STATUS_CHOICES = (None, "issued", "draft", "sent", "accepted", "rejected", "expired",
                  "superseded")
NO_DATE = QDate(2000, 1, 1)
#: Button objectName -> the stage it moves the selected revision to.
MARKS = {"markSentButton": "sent", "markAcceptedButton": "accepted",
         "markRejectedButton": "rejected"}


class RegisterDialog(QDialog):
    """``registerDialog``. ``register``: the window's GUI-thread register (else one of
    its own, closed with the dialog); ``currency``: the currency of a value filter
    typed without one."""

    changed = Signal()  # a status change or an amend was written
    opened = Signal(object)  # the Quote the user asked to open in the window
    exported = Signal(str)  # a file written by export or reprint ("" = it failed)

    def __init__(self, parent: QWidget | None = None, register: Register | None = None,
                 currency: str = "CNY") -> None:
        super().__init__(parent, objectName="registerDialog")
        from packconfig.core.store.register import Register

        self._own = register is None
        self.register = register if register is not None else Register(lazy=True)
        self.currency = currency
        self.language = current_language()
        self.can_write = True
        self._build()
        self._fit_screen()
        self.retranslate_ui()
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh)
        for edit in (self.filter, self.customer_filter, self.value_min, self.value_max):
            edit.textChanged.connect(self._timer.start)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        for date in (self.date_from, self.date_to):
            date.dateChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(self.open_selected)
        self.finished.connect(self._closed)
        self.start()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.filter = QLineEdit(objectName="registerFilter")
        self.customer_filter = QLineEdit(objectName="customerFilterEdit")
        self.status_filter = QComboBox(objectName="statusFilter")
        for _ in STATUS_CHOICES:
            self.status_filter.addItem("")
        self.date_from = self._date_edit("dateFromEdit")
        self.date_to = self._date_edit("dateToEdit")
        self.value_min = QLineEdit(objectName="valueMinEdit")
        self.value_max = QLineEdit(objectName="valueMaxEdit")
        self.labels = {k: QLabel() for k in ("number", "customer", "status", "dates",
                                             "values")}
        grid = QGridLayout()
        for col, (key, widgets) in enumerate((
                ("number", (self.filter,)), ("customer", (self.customer_filter,)),
                ("status", (self.status_filter,)), ("dates", (self.date_from, self.date_to)),
                ("values", (self.value_min, self.value_max)))):
            grid.addWidget(self.labels[key], 0, col)
            row = QHBoxLayout()
            for w in widgets:
                row.addWidget(w)
            grid.addLayout(row, 1, col)
        grid.setColumnStretch(1, 2)
        self.problem = QLabel(objectName="registerMessageLabel")
        self.problem.setWordWrap(True)
        self.model = RegisterModel(self.register, self)
        self.model.failed.connect(self._show_problem)
        self.table = QTableView(objectName="registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(5, head.ResizeMode.Stretch)  # the customer takes the rest
        head.setMinimumSectionSize(36)
        head.setResizeContentsPrecision(PAGE)  # never measure beyond one page
        self._sized = False  # the other columns fit the first page once it is shown
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for name in ("markSentButton", "markAcceptedButton", "markRejectedButton",
                     "amendButton", "historyButton", "openRevisionButton", "reprintButton",
                     None, "exportRegisterButton"):
            if name is None:
                actions.addStretch(1)
                continue
            self.buttons[name] = button = QPushButton(objectName=name)
            actions.addWidget(button)
            if name in MARKS:
                button.clicked.connect(lambda _c=False, s=MARKS[name]: self.mark(s))
        self.buttons["amendButton"].clicked.connect(self.amend)
        self.buttons["historyButton"].clicked.connect(self.show_history)
        self.buttons["openRevisionButton"].clicked.connect(self.open_selected)
        self.buttons["reprintButton"].clicked.connect(self.reprint)
        self.buttons["exportRegisterButton"].clicked.connect(self.export)
        self.diff = QTextBrowser(objectName="revisionDiff")
        self.history = QTextBrowser(objectName="statusHistoryView")
        self.pipeline = QTextBrowser(objectName="pipelineSummary")
        self.details = QTabWidget(objectName="registerDetailTabs")
        for page in (self.pipeline, self.diff, self.history):
            self.details.addTab(page, "")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setSizes([380, 200])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addWidget(self.problem)
        lay.addWidget(split, 1)
        lay.addLayout(actions)
        lay.addWidget(close)

    def _size_columns(self) -> None:
        """Fit the columns to the rows in view, once (a hidden view would measure, and
        so read, a thousand rows: wait until it is shown)."""
        if self._sized or not self.table.isVisible() or not self.model.rowCount():
            return
        for col in (0, 1, 2, 3, 4, 6, 7, 8):
            self.table.resizeColumnToContents(col)
        self._sized = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._size_columns()

    def _fit_screen(self) -> None:
        """1100 x 640, or less on a small screen (1024 x 600 netbooks)."""
        from PySide6.QtGui import QGuiApplication

        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = 1100, 640
        if room is not None:
            width, height = min(width, room.width() - 24), min(height, room.height() - 48)
        self.resize(width, height)

    @staticmethod
    def _date_edit(name: str) -> QDateEdit:
        edit = QDateEdit(objectName=name, calendarPopup=True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)  # the minimum shows as "any"
        return edit

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        from packconfig.gui.register_texts import retranslate

        retranslate(self)

    # ------------------------------------------------------------------ data
    def start(self) -> None:
        """First look: may this user write, then the first page."""
        if not self.register.available():
            self._show_problem(messages.text(self.register.reason, self.language))
            self._selected()
            return
        try:
            self.can_write = self.register.can_write()
        except PackconfigError as exc:
            self._show_problem(messages.text(exc, self.language))
            return
        if not self.can_write:
            from packconfig.gui.register_link import not_permitted_error

            self._show_problem(messages.text(not_permitted_error(self.register.url),
                                             self.language), error=False)
        self.refresh()

    def quote_filter(self) -> QuoteFilter:
        """The filters as the register's :class:`QuoteFilter` (InputError if a value
        limit is not an amount)."""
        from packconfig.core.store.browse import QuoteFilter

        def day(edit: QDateEdit):
            return None if edit.date() == NO_DATE else edit.date().toPython()

        status = STATUS_CHOICES[max(0, self.status_filter.currentIndex())]
        return QuoteFilter(number=self.filter.text().strip() or None,
                           customer=self.customer_filter.text().strip() or None,
                           status=status, date_from=day(self.date_from),
                           date_to=day(self.date_to), value_min=self._value(self.value_min),
                           value_max=self._value(self.value_max))

    def _value(self, edit: QLineEdit):
        from packconfig.core.money import Money

        text = edit.text().strip().replace(",", "").replace("，", "")
        if not text:
            return None
        parts = text.split()
        if not any(ch.isalpha() for ch in text):
            parts.append(self.currency)  # a bare amount: the quote panel's currency
        elif len(parts) == 2 and parts[1].isalpha():
            parts[1] = parts[1].upper()  # "10000 usd"
        return Money.parse(" ".join(parts), edit.accessibleName() or "value")

    def refresh(self) -> None:
        """Apply the filters: the table (count and first page) and the pipeline."""
        from packconfig.gui.validation import mark_invalid

        for edit in (self.value_min, self.value_max):
            mark_invalid(edit, None)
        try:
            flt = self.quote_filter()
        except PackconfigError as exc:
            text = messages.text(exc, self.language)
            bad = self.value_max if self.value_min.text() and self._ok(self.value_min) \
                else self.value_min
            mark_invalid(bad, text)
            self._show_problem(text)
            return
        if self.model.error or self.problem.property("error"):
            self._show_problem("")
        keep = self.selected()
        self.model.set_filter(flt)
        if not self.model.error:
            self._show_pipeline(flt)
            self._size_columns()
        self._reselect(keep)
        self._selected()

    def _ok(self, edit: QLineEdit) -> bool:
        try:
            self._value(edit)
        except PackconfigError:
            return False
        return True

    def _show_problem(self, text: str, error: bool = True) -> None:
        self.problem.setText(text[:1].upper() + text[1:])
        self.problem.setProperty("error", bool(text) and error)
        self.problem.setStyleSheet("color: #b42318;" if error else "color: #8a5a00;")
        self.problem.setVisible(bool(text))

    def _show_pipeline(self, flt: QuoteFilter) -> None:
        from packconfig.gui.register_texts import pipeline_html

        try:
            pipe = self.register.pipeline(flt)
        except PackconfigError as exc:
            self._show_problem(messages.text(exc, self.language))
            return
        self.pipeline.setHtml(pipeline_html(pipe, self.language))

    # ------------------------------------------------------------------ selection
    def selected(self) -> RegisterEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _reselect(self, keep: RegisterEntry | None) -> None:
        if keep is None:
            return
        for row in range(min(self.model.rowCount(), 100)):  # the first page is loaded
            e = self.model.entry(row)
            if e is not None and (e.number, e.revision) == (keep.number, keep.revision):
                self.table.selectRow(row)
                return

    def _selected(self, *_args: object) -> None:
        from packconfig.core.store.lifecycle import ALLOWED

        e = self.selected()
        live = e is not None and e.status == "issued"
        allowed = ALLOWED.get(e.stage, frozenset()) if live else frozenset()
        for name, stage in MARKS.items():
            self.buttons[name].setEnabled(self.can_write and stage in allowed)
        self.buttons["amendButton"].setEnabled(self.can_write and live
                                               and e.stage == "accepted")
        for name in ("historyButton", "openRevisionButton", "reprintButton"):
            self.buttons[name].setEnabled(e is not None)
        self.buttons["exportRegisterButton"].setEnabled(not self.model.error)
        if e is not None:
            self._show_diff(e)

    def _show_diff(self, e: RegisterEntry) -> None:
        from packconfig.gui.quote_actions import diff_html

        try:
            new = self.register.get(e.number, e.revision)
            old = self.register.get(e.number, e.revision - 1) if e.revision > 0 else None
        except PackconfigError as exc:
            self.diff.setPlainText(messages.text(exc, self.language))
            return
        self.diff.setHtml(diff_html(old, new, self.language))
        if self.details.currentWidget() is self.history:
            self.show_history()

    # ------------------------------------------------------------------ actions
    def _refused(self, title: str, exc: PackconfigError) -> None:
        QMessageBox.warning(self, title, messages.text(exc, current_language()))
        self.refresh()

    def mark(self, stage: str) -> bool:
        """Move the selected revision to ``stage`` (the register checks the rules)."""
        e = self.selected()
        if e is None:
            return False
        try:
            self.register.set_status(e.number, stage, revision=e.revision)
        except PackconfigError as exc:
            self._refused(self.tr("Status not changed"), exc)
            return False
        self._done(self.tr("%1 is now %2").replace("%1", e.label).replace(
            "%2", stage_text(stage)))
        return True

    def amend(self) -> bool:
        """A new revision of the selected accepted quote (the explicit way past the
        lock; the accepted revision stays accepted in the history)."""
        e = self.selected()
        if e is None:
            return False
        try:
            quote = self.register.amend(e.number)
        except PackconfigError as exc:
            self._refused(self.tr("Not amended"), exc)
            return False
        self._done(self.tr("Amended: %1 is a new draft revision").replace("%1", quote.label))
        return True

    def _done(self, text: str) -> None:
        self.refresh()
        self._show_problem(text, error=False)
        self.changed.emit()
        if self.details.currentWidget() is self.history:
            self.show_history()

    def show_history(self) -> None:
        """The selected quote's status changes: who (OS user, database role), when."""
        from packconfig.gui.register_texts import history_html

        e = self.selected()
        if e is None:
            return
        try:
            changes = self.register.history(e.number)
        except PackconfigError as exc:
            self.history.setPlainText(messages.text(exc, self.language))
        else:
            self.history.setHtml(history_html(e.number, changes, self.language))
        self.details.setCurrentWidget(self.history)

    def selected_quote(self):
        e = self.selected()
        if e is None:
            return None
        try:
            return self.register.get(e.number, e.revision)
        except PackconfigError as exc:
            self._refused(self.tr("Cannot read the quote"), exc)
            return None

    def open_selected(self, *_args: object) -> None:
        """Open the selected revision (its design and terms) in the window."""
        quote = self.selected_quote()
        if quote is not None:
            self.opened.emit(quote)

    def reprint(self) -> None:
        from packconfig.gui.register_export import reprint

        quote = self.selected_quote()
        if quote is not None:
            reprint(self, quote)

    def export(self) -> None:
        from packconfig.gui.register_export import export_view

        try:
            flt = self.quote_filter()
        except PackconfigError as exc:
            self._show_problem(messages.text(exc, self.language))
            return
        export_view(self, flt)

    def _closed(self, *_args: object) -> None:
        if self._own:
            self.register.close()

