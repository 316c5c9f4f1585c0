"""Cell browser: a sortable, filterable table of the catalog and a detail pane."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

import numpy as np
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

from packconfig import display
from packconfig.core.catalog import Catalog
from packconfig.core.cells import FIELD_LABELS, QUANTITY_FIELDS, Cell
from packconfig.core.engine import CellTable, evaluate
from packconfig.core.units import Q_, to_si

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
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
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CellBrowser", text)


class CellTableModel(QAbstractTableModel):
    """One row per catalog cell; display text from :mod:`packconfig.display`, numeric
    sort keys in ``SORT_ROLE`` (unknown figures sort last)."""

    def __init__(self, cells: Sequence[Cell], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells = list(cells)
        self.language = "en"
        # Wh/kg of every cell in one vectorised core call (one per cell cost ~3 ms each)
        n = len(self.cells)
        one = np.ones(n, dtype=np.int64)
        self._wh_kg = evaluate(CellTable.from_cells(self.cells), np.arange(n), one, one,
                               keys=["energy_density_gravimetric_cell"])[
            "energy_density_gravimetric_cell"] if n else np.zeros(0)
        # rows are formatted on first use (only visible rows at start-up)
        self._rows: list[list[tuple[str, object]] | None] = [None] * len(self.cells)

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
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole and index.column() < 5:
            return str(getattr(self.cells[index.row()], COLUMNS[index.column()][1]))
        text, key = self._row(index.row())[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == SORT_ROLE:
            return key if not isinstance(key, tuple) else f"{key[0]}{key[1]:020.4f}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            cell = self.cells[index.row()]
            return f"{cell.manufacturer} {cell.model}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][0])
        return None

    def row_of(self, cell_id: str) -> int:
        for i, cell in enumerate(self.cells):
            if cell.id == cell_id:
                return i
        return -1


class CellFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose cell the catalog's own filter accepts."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._allowed: set[str] | None = None
        self.setSortRole(SORT_ROLE)

    def set_filter(self, text: str, chemistry: str | None, fmt: str | None) -> None:
        modern = hasattr(self, "beginFilterChange") and hasattr(self, "endFilterChange")
        if modern:
            self.beginFilterChange()
        if not text.strip() and not chemistry and not fmt:
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

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.model = CellTableModel(list(catalog), self)
        self.proxy = CellFilterProxy(catalog, self)
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit(objectName="cellFilter")
        self.filter.setClearButtonEnabled(True)
        self.chemistry = QComboBox(objectName="chemistryFilter")
        self.chemistry.addItem("", None)
        for chem in sorted({c.chemistry for c in catalog}):
            self.chemistry.addItem(chem, chem)
        self.format = QComboBox(objectName="formatFilter")
        self.format.addItem("", None)
        for fmt in sorted({c.format for c in catalog}):
            self.format.addItem(fmt, fmt)
        self._cell: Cell | None = None

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
        for col in range(5):  # text columns: cheap to measure
            self.table.resizeColumnToContents(col)
        for col, width in enumerate((110, 90, 80, 70, 80, 90, 110), start=5):
            self.table.setColumnWidth(col, width)
        self.details = QTextBrowser(objectName="cellDetails")
        self.details.setOpenExternalLinks(True)

        filters = QHBoxLayout()
        filters.addWidget(self.filter, 2)
        filters.addWidget(self.chemistry, 1)
        filters.addWidget(self.format, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(filters)
        lay.addWidget(split)

        self.filter.textChanged.connect(self._refilter)
        self.chemistry.currentIndexChanged.connect(self._refilter)
        self.format.currentIndexChanged.connect(self._refilter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.retranslate_ui()

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
        if not current.isValid():
            return
        cell = self.model.cells[self.proxy.mapToSource(current).row()]
        self.cellActivated.emit(cell.id)

    def show_cell(self, cell: Cell) -> None:
        """Select ``cell``'s row (without emitting) and show its details."""
        self._cell = cell
        self.details.setHtml(cell_details_html(cell, self.model.language))
        row = self.model.row_of(cell.id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid() and self.table.currentIndex().row() != index.row():
            sel = self.table.selectionModel()
            sel.blockSignals(True)
            self.table.setCurrentIndex(index)
            sel.blockSignals(False)
            self.table.viewport().update()
            self.table.scrollTo(index)
