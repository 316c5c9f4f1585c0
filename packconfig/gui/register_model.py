"""The register browser's table model: lazily paged over
:meth:`packconfig.core.store.register.Register.browse`.

The row count comes from :meth:`Register.count` (one ``COUNT(*)``); rows are read a
page (100 entries, no quote bodies) at a time, only when the view asks for them, and
a bounded number of pages is kept. A 10,000-quote register therefore opens by reading
one page. A read that fails (the team server went away) is reported once through
``failed`` and the cells stay empty; :meth:`RegisterModel.reload` tries again."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from packconfig import display
from packconfig.core import messages
from packconfig.core.errors import PackconfigError
from packconfig.gui.i18n import current_language

if TYPE_CHECKING:
    from packconfig.core.store.browse import QuoteFilter
    from packconfig.core.store.register import Register, RegisterEntry

PAGE = 100
#: Pages kept in memory (the rest are read again when scrolled back to).
KEEP_PAGES = 40

#: Lifecycle words as shown (the register's values are the keys).
STAGES = {
    "draft": QT_TRANSLATE_NOOP("RegisterDialog", "draft"),
    "sent": QT_TRANSLATE_NOOP("RegisterDialog", "sent"),
    "accepted": QT_TRANSLATE_NOOP("RegisterDialog", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("RegisterDialog", "rejected"),
    "expired": QT_TRANSLATE_NOOP("RegisterDialog", "expired"),
    "superseded": QT_TRANSLATE_NOOP("RegisterDialog", "superseded"),
    "issued": QT_TRANSLATE_NOOP("RegisterDialog", "issued"),
}
COLORS = {"accepted": "#2e7d32", "rejected": "#b42318", "expired": "#8a5a00",
          "superseded": "#888888", "sent": "#1f3a5f"}

HEADERS = (QT_TRANSLATE_NOOP("RegisterDialog", "Number"),
           QT_TRANSLATE_NOOP("RegisterDialog", "Rev"),
           QT_TRANSLATE_NOOP("RegisterDialog", "Status"),
           QT_TRANSLATE_NOOP("RegisterDialog", "Date"),
           QT_TRANSLATE_NOOP("RegisterDialog", "Valid until"),
           QT_TRANSLATE_NOOP("RegisterDialog", "Customer"),
           QT_TRANSLATE_NOOP("RegisterDialog", "Sales engineer"),
           QT_TRANSLATE_NOOP("RegisterDialog", "Total excl. tax"),
           QT_TRANSLATE_NOOP("RegisterDialog", "Issued by"))
VALUE_COLUMN = 7
#: The register's orders by column, ascending and descending.
ORDERS = {0: ("number", "-number"), 3: ("date", "-date"), VALUE_COLUMN: ("value", "-value")}


def stage_text(word: str) -> str:
    return QCoreApplication.translate("RegisterDialog", STAGES.get(word, word))


class RegisterModel(QAbstractTableModel):
    failed = Signal(str)  # a read failed: the message in the interface language

    def __init__(self, register: Register, parent: Any = None) -> None:
        super().__init__(parent)
        self.register = register
        self.filter: QuoteFilter | None = None
        self.order = "-number"
        self._count = 0
        self._pages: OrderedDict[int, list[RegisterEntry]] = OrderedDict()
        self._error = ""

    # ------------------------------------------------------------------ loading
    def set_filter(self, flt: QuoteFilter, order: str | None = None) -> None:
        """Show the entries matching ``flt`` (reads the count and the first page)."""
        self.beginResetModel()
        self.filter, self.order = flt, order or self.order
        self._pages.clear()
        self._error = ""
        try:
            self._count = self.register.count(flt)
            if self._count:
                self._page(0)
        except PackconfigError as exc:
            self._count = 0
            self._fail(exc)
        self.endResetModel()

    def reload(self) -> None:
        if self.filter is not None:
            self.set_filter(self.filter)

    @property
    def error(self) -> str:
        return self._error

    def _fail(self, exc: PackconfigError) -> None:
        self._error = messages.text(exc, current_language())
        self.failed.emit(self._error)

    def _page(self, number: int) -> list[RegisterEntry]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = self.register.browse(self.filter, offset=number * PAGE, limit=PAGE,
                                    order=self.order)
        self._pages[number] = page
        while len(self._pages) > KEEP_PAGES:
            self._pages.popitem(last=False)
        return page

    def entry(self, row: int) -> RegisterEntry | None:
        if not 0 <= row < self._count or self._error:
            return None
        try:
            page = self._page(row // PAGE)
        except PackconfigError as exc:
            self._fail(exc)
            return None
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    def loaded_pages(self) -> list[int]:
        return sorted(self._pages)

    # --------------------------------------------------------------- Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008, N802
                 ) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008, N802
                    ) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RegisterDialog", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = index.column() in (1, VALUE_COLUMN)
            return int((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.entry(index.row())
        if e is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            color = COLORS.get(e.lifecycle) if index.column() == 2 else None
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return e.customer if index.column() == 5 else None
        return self._text(e, index.column())

    def _text(self, e: RegisterEntry, column: int) -> str:
        lang = current_language()
        if column == 0:
            return e.number
        if column == 1:
            return f"R{e.revision}"
        if column == 2:
            return stage_text(e.lifecycle)
        if column == 3:
            return display.date(e.date, lang)
        if column == 4:
            return display.date(e.valid_until, lang)
        if column == 5:
            return e.customer
        if column == 6:
            return e.sales_engineer
        if column == VALUE_COLUMN:
            return display.money(e.total_excl_tax, lang)
        role = f" ({e.issued_role})" if e.issued_role and e.issued_role != e.issued_by else ""
        return e.issued_by + role

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by number, date or value (the register sorts; other columns keep the
        current order)."""
        if column not in ORDERS or self.filter is None:
            return
        up, down = ORDERS[column]
        self.set_filter(self.filter, up if order == Qt.SortOrder.AscendingOrder else down)
