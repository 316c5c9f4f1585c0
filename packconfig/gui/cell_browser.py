"""Cell browser: a sortable, filterable table of the catalog (:mod:`.cell_table`) and a
detail pane (:mod:`.cell_details`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from packconfig.gui.cell_details import DETAIL_LABELS, cell_details_html
from packconfig.gui.cell_table import COLUMNS, SORT_ROLE, CellFilterProxy, CellTableModel

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from packconfig.core.cells.catalog import Catalog
    from packconfig.core.cells.model import Cell

__all__ = ["COLUMNS", "DETAIL_LABELS", "SORT_ROLE", "CellBrowser", "CellFilterProxy",
           "CellTableModel", "cell_details_html"]


class CellBrowser(QWidget):
    """Filter row, catalog table (``cellTable``) and detail pane."""

    cellActivated = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, catalog: Catalog | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.model = CellTableModel((), self)
        self.proxy = CellFilterProxy(None, self)
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit(objectName="cellFilter")
        self.filter.setClearButtonEnabled(True)
        self.chemistry = QComboBox(objectName="chemistryFilter")
        self.format = QComboBox(objectName="formatFilter")
        self._cell: Cell | None = None
        self._shown_once = False
        self._from_state = False  # showing a stored first paint's rows (show_state)
        self._details_of = ""  # the cell whose details a stored first paint shows

        self.table = QTableView(objectName="cellTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._natural: list[int] = []  # column widths as measured (before fitting)
        self._fitting = False
        self._user_resized = False
        self.table.horizontalHeader().sectionResized.connect(self._section_resized)
        self.details = QTextBrowser(objectName="cellDetails")
        self.details.setOpenExternalLinks(True)

        # the search field on its own row: side by side with the two filters it shrank
        # to "S…" when the window is at its narrowest (1280-px screens)
        filters = QHBoxLayout()
        filters.addWidget(self.chemistry, 1)
        filters.addWidget(self.format, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.filter)
        lay.addLayout(filters)
        lay.addWidget(split)

        self.filter.textChanged.connect(self._refilter)
        self.chemistry.currentIndexChanged.connect(self._refilter)
        self.format.currentIndexChanged.connect(self._refilter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self._set_choices([], [])
        if catalog is not None:
            self.set_catalog(catalog)

    def _set_choices(self, chemistries: Sequence[str], formats: Sequence[str]) -> None:
        """The filter combos' items: "All …" then each value."""
        for combo, values in ((self.chemistry, chemistries), (self.format, formats)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("", None)
            for value in values:
                combo.addItem(value, value)
            combo.blockSignals(False)
        self.retranslate_ui()

    def _fit_columns(self) -> None:
        self._fitting = True
        for col in range(5):  # text columns: cheap to measure
            self.table.resizeColumnToContents(col)
        for col, width in enumerate((110, 90, 80, 70, 80, 90, 110), start=5):
            self.table.setColumnWidth(col, width)
        self._fitting = False
        self._natural = [self.table.columnWidth(c) for c in range(len(COLUMNS))]
        self._user_resized = False
        self._fit_manufacturer()

    def _fit_manufacturer(self) -> None:
        """Keep the Manufacturer column inside the visible table: at its natural width
        when the table is wide enough, else ending at the table's edge (longer names are
        cut with "…" and shown whole in the tooltip and the detail pane), never narrower
        than its header. Not after the user has resized a column."""
        if self._user_resized or not self._natural:
            return
        header = self.table.horizontalHeader()
        bar = self.table.verticalScrollBar().sizeHint().width()  # (QStyle: slow to bind)
        room = (self.table.width() - 2 * self.table.frameWidth() - bar
                - self.table.columnWidth(0))
        head = header.sectionSizeFromContents(1).width()
        width = max(head, min(self._natural[1], room))
        if width != self.table.columnWidth(1):
            self._fitting = True
            self.table.setColumnWidth(1, width)
            self._fitting = False

    def _section_resized(self, *_args: object) -> None:
        if not self._fitting:
            self._user_resized = True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_manufacturer()

    def set_catalog(self, catalog: Catalog) -> None:
        """Show ``catalog`` (replacing a first-paint preview). After a stored first paint
        of this catalog the filter choices and column widths shown are already its own
        (measured on the same texts), so they are kept rather than measured again."""
        self.catalog = catalog
        self.proxy.set_catalog(catalog)
        from_state = self._from_state
        self._from_state = False
        self.model.set_cells(list(catalog))
        choices = (sorted({c.chemistry for c in catalog}), sorted({c.format for c in catalog}))
        if not from_state or choices != self._choices():
            self._set_choices(*choices)
            self._fit_columns()
        if not from_state or self.filter.text() or self.chemistry.currentIndex() > 0 \
                or self.format.currentIndex() > 0:
            self._refilter()
        if self._cell is not None:
            self.show_cell(self._cell)

    def _choices(self) -> tuple[list[str], list[str]]:
        """The chemistries and formats the filter combos offer."""
        return tuple([combo.itemData(i) for i in range(1, combo.count())]  # type: ignore
                     for combo in (self.chemistry, self.format))

    # ------------------------------------------------------------ first paint
    def state(self) -> dict[str, Any]:
        """What the browser shows, as plain data (see :mod:`packconfig.gui.first_paint`)."""
        return {"rows": self.model.display_rows(),
                "chemistries": [self.chemistry.itemData(i) for i in
                                range(1, self.chemistry.count())],
                "formats": [self.format.itemData(i) for i in range(1, self.format.count())],
                "widths": [self.table.columnWidth(c) for c in range(len(COLUMNS))],
                "natural": list(self._natural),
                "selected": self._cell.id if self._cell is not None else "",
                "details": (cell_details_html(self._cell, self.model.language)
                            if self._cell is not None else "")}

    def show_state(self, state: dict[str, Any]) -> None:
        """Show stored rows, filter choices, selection and details (first paint)."""
        def strings(value: object) -> list[str]:
            return [str(v) for v in value] if isinstance(value, list) else []

        rows = state.get("rows")
        self.model.set_preview([strings(r) for r in rows if isinstance(r, list)]
                               if isinstance(rows, list) else [])
        self._set_choices(strings(state.get("chemistries")), strings(state.get("formats")))
        widths = state.get("widths")
        if isinstance(widths, list) and len(widths) == len(COLUMNS) and all(
                isinstance(w, int) and 0 < w < 2000 for w in widths):
            self._fitting = True
            for col, width in enumerate(widths):  # measured when stored: same texts
                self.table.setColumnWidth(col, width)
            self._fitting = False
            natural = state.get("natural")
            self._natural = (list(natural) if isinstance(natural, list) and len(natural)
                             == len(COLUMNS) and all(isinstance(w, int) for w in natural)
                             else list(widths))
            self._user_resized = False
        else:
            self._fit_columns()
        self.details.setHtml(str(state.get("details", "")))
        self._details_of = str(state.get("selected", "")) if state.get("details") else ""
        self._from_state = True
        row = self.model.row_of(str(state.get("selected", "")))
        if row >= 0:
            self._select(self.proxy.mapFromSource(self.model.index(row, 0)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Texts, headers and figures in the current language."""
        from packconfig.gui.i18n import current_language

        self.filter.setPlaceholderText(self.tr("Search cells…"))
        self.filter.setToolTip(self.tr("Show only cells whose id, manufacturer, model, format "
                                       "or chemistry contains this text"))
        self.chemistry.setItemText(0, self.tr("All chemistries"))
        self.chemistry.setToolTip(self.tr("Show only cells of this chemistry"))
        self.format.setItemText(0, self.tr("All formats"))
        self.format.setToolTip(self.tr("Show only cells of this format (cylindrical size, "
                                       "prismatic or pouch)"))
        self.table.setToolTip(self.tr("The cell catalog; click a row to use that cell"))
        language = current_language()
        if language != self.model.language:
            self.model.set_language(language)
            if self._cell is not None:
                self.details.setHtml(cell_details_html(self._cell, language))

    def _refilter(self) -> None:
        self.proxy.set_filter(self.filter.text(), self.chemistry.currentData(),
                              self.format.currentData())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or not self.model.cells:  # no choosing from a preview
            return
        cell = self.model.cells[self.proxy.mapToSource(current).row()]
        self.cellActivated.emit(cell.id)

    def show_cell(self, cell: Cell) -> None:
        """Select ``cell``'s row (without emitting) and show its details."""
        self._cell = cell
        if cell.id != self._details_of:  # (a stored first paint shows this cell's already)
            self.details.setHtml(cell_details_html(cell, self.model.language))
        self._details_of = ""
        row = self.model.row_of(cell.id)
        if row >= 0:
            self._select(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _select(self, index: QModelIndex) -> None:
        """Make ``index`` (a proxy index) current, without emitting, and show it."""
        if index.isValid() and self.table.currentIndex().row() != index.row():
            sel = self.table.selectionModel()
            sel.blockSignals(True)
            self.table.setCurrentIndex(index)
            sel.blockSignals(False)
            if self.table.isVisible():  # (not before the first paint: viewport()'s first
                self.table.viewport().update()  # call costs ~15 ms of type set-up)
            self.table.scrollTo(index)  # (hidden: no effect yet; again in showEvent)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            current = self.table.currentIndex()
            if current.isValid():
                self.table.scrollTo(current)  # now that the view has its size
