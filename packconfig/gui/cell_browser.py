"""Cell browser: a sortable, filterable table of the catalog and a detail pane."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
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

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from packconfig.core.cells.catalog import Catalog
    from packconfig.core.cells.model import Cell

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ROLES = frozenset((_DISPLAY, _ALIGN, _TOOLTIP, SORT_ROLE))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_Index = QModelIndex | QPersistentModelIndex

#: (header, figure) — figure is a Cell attribute, "wh_kg" or "price".
COLUMNS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("CellBrowser", "ID"), "id"),
    (QT_TRANSLATE_NOOP("CellBrowser", "Manufacturer"), "manufacturer"),
    (QT_TRANSLATE_NOOP("CellBrowser", "Model"), "model"),
    (QT_TRANSLATE_NOOP("CellBrowser", "Format"), "format"),
    (QT_TRANSLATE_NOOP("CellBrowser", "Chemistry"), "chemistry"),
    (QT_TRANSLATE_NOOP("CellBrowser", "Nominal voltage"), "nominal_voltage"),
    (QT_TRANSLATE_NOOP("CellBrowser", "Capacity"), "capacity"),
    (QT_TRANSLATE_NOOP("CellBrowser", "Mass"), "mass"),
    (QT_TRANSLATE_NOOP("CellBrowser", "Wh/kg"), "wh_kg"),
    (QT_TRANSLATE_NOOP("CellBrowser", "Max current"), "max_continuous_discharge"),
    (QT_TRANSLATE_NOOP("CellBrowser", "Price"), "price"),
)

#: Detail pane names of the cell's figures (keys of ``QUANTITY_FIELDS``).
DETAIL_LABELS: dict[str, str] = {
    "nominal_voltage": QT_TRANSLATE_NOOP("CellBrowser", "Nominal voltage"),
    "max_voltage": QT_TRANSLATE_NOOP("CellBrowser", "Maximum (charge) voltage"),
    "min_voltage": QT_TRANSLATE_NOOP("CellBrowser", "Minimum (cut-off) voltage"),
    "capacity": QT_TRANSLATE_NOOP("CellBrowser", "Capacity"),
    "min_capacity": QT_TRANSLATE_NOOP("CellBrowser", "Minimum capacity"),
    "mass": QT_TRANSLATE_NOOP("CellBrowser", "Mass"),
    "diameter": QT_TRANSLATE_NOOP("CellBrowser", "Diameter"),
    "height": QT_TRANSLATE_NOOP("CellBrowser", "Height"),
    "length": QT_TRANSLATE_NOOP("CellBrowser", "Length"),
    "width": QT_TRANSLATE_NOOP("CellBrowser", "Width"),
    "thickness": QT_TRANSLATE_NOOP("CellBrowser", "Thickness"),
    "max_continuous_discharge": QT_TRANSLATE_NOOP("CellBrowser",
                                                  "Maximum continuous discharge current"),
    "max_continuous_charge": QT_TRANSLATE_NOOP("CellBrowser",
                                               "Maximum continuous charge current"),
    "standard_charge": QT_TRANSLATE_NOOP("CellBrowser", "Standard charge current"),
    "internal_resistance": QT_TRANSLATE_NOOP("CellBrowser", "Internal resistance"),
    "cycle_life_temperature": QT_TRANSLATE_NOOP("CellBrowser", "Cycle-life test temperature"),
    "cycle_life_charge_rate": QT_TRANSLATE_NOOP("CellBrowser", "Cycle-life test charge rate"),
    "cycle_life_discharge_rate": QT_TRANSLATE_NOOP("CellBrowser",
                                                   "Cycle-life test discharge rate"),
    "cycle_life_dod": QT_TRANSLATE_NOOP("CellBrowser", "Cycle-life test depth of discharge"),
    "cycle_life_end_capacity": QT_TRANSLATE_NOOP("CellBrowser", "Cycle-life end capacity"),
    "dc_resistance": QT_TRANSLATE_NOOP("CellBrowser", "DC resistance (R0)"),
    "rc1_resistance": QT_TRANSLATE_NOOP("CellBrowser", "RC pair 1 resistance"),
    "rc1_time_constant": QT_TRANSLATE_NOOP("CellBrowser", "RC pair 1 time constant"),
    "rc2_resistance": QT_TRANSLATE_NOOP("CellBrowser", "RC pair 2 resistance"),
    "rc2_time_constant": QT_TRANSLATE_NOOP("CellBrowser", "RC pair 2 time constant"),
    "specific_heat": QT_TRANSLATE_NOOP("CellBrowser", "Specific heat"),
    "activation_energy": QT_TRANSLATE_NOOP("CellBrowser", "Resistance activation energy"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CellBrowser", text)


class CellTableModel(QAbstractTableModel):
    """One row per catalog cell; display text from :mod:`packconfig.display`, numeric
    sort keys in ``SORT_ROLE`` (unknown figures sort last).

    Before the catalog is loaded the model can show stored display texts
    (:meth:`set_preview`, the window's first paint); :meth:`set_cells` replaces them."""

    def __init__(self, cells: Sequence[Cell] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self._preview: list[list[str]] = []
        self._fill(cells)

    def _fill(self, cells: Sequence[Cell]) -> None:
        self.cells = list(cells)
        n = len(self.cells)
        self._wh_kg: Sequence[float] = []
        if n:
            # Wh/kg of every cell in one vectorised core call (one per cell: ~3 ms each)
            import numpy as np

            from packconfig.core.pack.engine import CellTable, evaluate

            one = np.ones(n, dtype=np.int64)
            self._wh_kg = evaluate(CellTable.from_cells(self.cells), np.arange(n), one, one,
                                   keys=["energy_density_gravimetric_cell"])[
                "energy_density_gravimetric_cell"]
        # rows are formatted on first use (only visible rows at start-up)
        self._rows: list[list[tuple[str, object]] | None] = [None] * n

    def set_cells(self, cells: Sequence[Cell]) -> None:
        """Show ``cells`` (replacing any preview)."""
        self.beginResetModel()
        self._preview = []
        self._fill(cells)
        self.endResetModel()

    def set_preview(self, rows: list[list[str]]) -> None:
        """Show stored display texts (one list per row) until :meth:`set_cells`."""
        self.beginResetModel()
        self._fill([])
        self._preview = [[str(t) for t in row[:len(COLUMNS)]] + [""] * (len(COLUMNS) - len(row))
                         for row in rows]
        self.endResetModel()

    def display_rows(self) -> list[list[str]]:
        """Every row's display texts, in catalog order."""
        return [[str(self.data(self.index(r, c))) for c in range(len(COLUMNS))]
                for r in range(self.rowCount())]

    def set_language(self, language: str) -> None:
        """Figures and headers in ``language`` (rows are formatted again on use)."""
        self.language = language
        self._rows = [None] * len(self.cells)
        if self.cells:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.cells) - 1, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def _row(self, i: int) -> list[tuple[str, object]]:
        row = self._rows[i]
        if row is None:
            row = self._rows[i] = self._build_row(self.cells[i], float(self._wh_kg[i]),
                                                  self.language)
        return row

    @staticmethod
    def _build_row(cell: Cell, wh_kg_si: float, language: str = "en"
                   ) -> list[tuple[str, object]]:
        from packconfig import display
        from packconfig.core.cells.model import QUANTITY_FIELDS
        from packconfig.core.units import Q_, to_si

        row: list[tuple[str, object]] = []
        for _header, fig in COLUMNS:
            if fig == "wh_kg":
                v = wh_kg_si
                q = Q_(v, "J/kg") if math.isfinite(v) else None
                row.append((display.quantity(q, "gravimetric", language),
                            q.to("Wh/kg").magnitude if q is not None else math.inf))
            elif fig == "price":
                row.append((display.money(cell.price, language, code=True),
                            (cell.price.currency, float(cell.price.amount))
                            if cell.price else ("~", math.inf)))
            elif fig in QUANTITY_FIELDS:
                q = getattr(cell, fig)
                kind = QUANTITY_FIELDS[fig][0]
                row.append((display.quantity(q, kind, language),
                            to_si(q, kind) if q is not None else math.inf))
            else:
                text = str(getattr(cell, fig))
                row.append((text, text.lower()))
        return row

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.cells) or len(self._preview)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = _DISPLAY) -> object:
        # called for every visible cell and role while painting: plain int compares
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _ALIGN:
            return _RIGHT if column >= 5 else None
        if self._preview:
            return self._preview[row][column] if role == _DISPLAY else None
        if role == _DISPLAY and column < 5:
            return str(getattr(self.cells[row], COLUMNS[column][1]))
        if role == _TOOLTIP:
            cell = self.cells[row]
            if column == 0:
                return f"{cell.manufacturer} {cell.model}"
            # the text columns may be cut short (with "…") on a narrow window
            return str(getattr(cell, COLUMNS[column][1])) if column < 5 else None
        text, key = self._row(row)[column]
        if role == _DISPLAY:
            return text
        return key if not isinstance(key, tuple) else f"{key[0]}{key[1]:020.4f}"

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _DISPLAY) -> object:
        if int(role) == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return _tr(COLUMNS[section][0])
        return None

    def row_of(self, cell_id: str) -> int:
        ids = [c.id for c in self.cells] or [row[0] for row in self._preview]
        return ids.index(cell_id) if cell_id in ids else -1


class CellFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose cell the catalog's own filter accepts."""

    def __init__(self, catalog: Catalog | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._allowed: set[str] | None = None
        self.setSortRole(SORT_ROLE)

    def set_catalog(self, catalog: Catalog) -> None:
        """The catalog whose filter decides (rows are re-filtered by the next set_filter)."""
        self._catalog = catalog

    def set_filter(self, text: str, chemistry: str | None, fmt: str | None) -> None:
        modern = hasattr(self, "beginFilterChange") and hasattr(self, "endFilterChange")
        if modern:
            self.beginFilterChange()
        if self._catalog is None or (not text.strip() and not chemistry and not fmt):
            self._allowed = None
        else:
            self._allowed = {c.id for c in self._catalog.filter(chemistry, fmt, text)}
        if modern:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:  # noqa: N802
        if self._allowed is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, CellTableModel)
        return model.cells[row].id in self._allowed


def cell_details_html(cell: Cell, language: str = "en") -> str:
    """Every figure of ``cell`` (unknown ones as "not available"), its source and
    confidence, as HTML for the detail pane."""
    import html

    from packconfig import display
    from packconfig.core.cells.model import FIELD_LABELS, QUANTITY_FIELDS

    esc = html.escape
    na = display.NOT_AVAILABLE.get(language, display.NOT_AVAILABLE["en"])
    rows = [(QCoreApplication.translate("CellBrowser", "Manufacturer"), cell.manufacturer),
            (QCoreApplication.translate("CellBrowser", "Model"), cell.model),
            (QCoreApplication.translate("CellBrowser", "Format"),
             display.cell_format(cell.format, language)),
            (QCoreApplication.translate("CellBrowser", "Chemistry"),
             cell.chemistry_detail or cell.chemistry)]
    for name, (kind, _req) in QUANTITY_FIELDS.items():
        label = DETAIL_LABELS.get(name) or FIELD_LABELS.get(name, name.replace("_", " "))
        rows.append((_tr(label), display.quantity(getattr(cell, name), kind, language)))
    rows.append((QCoreApplication.translate("CellBrowser", "Energy"),
                 display.quantity(cell.energy, "energy", language)))
    rows.append((QCoreApplication.translate("CellBrowser", "Cycle life"),
                 display.count(cell.cycle_life, language) + (
                     f" ({cell.cycle_life_conditions})" if cell.cycle_life_conditions else "")
                 if cell.cycle_life else na))
    rows.append((QCoreApplication.translate("CellBrowser", "Price"),
                 display.money(cell.price, language, code=True)
                 + (f" — {cell.price_source}" if cell.price and cell.price_source else "")))
    for label, value in ((QCoreApplication.translate("CellBrowser", "Charge temperature"),
                          cell.temperature_charge),
                         (QCoreApplication.translate("CellBrowser", "Discharge temperature"),
                          cell.temperature_discharge)):
        rows.append((label, value or na))
    grey = " style='color:#999'"
    body = "".join(
        f"<tr><td style='color:#555;padding-right:10px'>{esc(k)}</td>"
        f"<td{grey if v == na else ''}>"
        f"{esc(v)}</td></tr>" for k, v in rows)
    source = esc(cell.source)
    if cell.source.startswith(("http://", "https://")):
        source = f"<a href='{source}'>{source}</a>"
    conf = esc(cell.confidence or na)
    notes = f"<p style='color:#555'>{esc(cell.notes)}</p>" if cell.notes else ""
    source_name = QCoreApplication.translate("CellBrowser", "Datasheet source")
    confidence = QCoreApplication.translate("CellBrowser", "Confidence")
    return (f"<h3 style='margin:0'>{esc(cell.id)}</h3><table>{body}</table>"
            f"<p><b>{esc(source_name)}:</b> {source}"
            f"{' (' + esc(cell.source_type) + ')' if cell.source_type else ''}<br>"
            f"<b>{esc(confidence)}:</b> {conf}</p>{notes}")


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
        """Show ``catalog`` (replacing a first-paint preview)."""
        self.catalog = catalog
        self.proxy.set_catalog(catalog)
        self.model.set_cells(list(catalog))
        self._set_choices(sorted({c.chemistry for c in catalog}),
                          sorted({c.format for c in catalog}))
        self._fit_columns()
        self._refilter()
        if self._cell is not None:
            self.show_cell(self._cell)

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
        self.details.setHtml(cell_details_html(cell, self.model.language))
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
