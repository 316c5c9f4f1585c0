"""The cell browser's catalog table: :class:`CellTableModel` (one row per cell, texts
from :mod:`packconfig.display`, formatted on first use) and :class:`CellFilterProxy`
(the catalog's own filter decides which rows show)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
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
        self._wh_kg: Sequence[float] | None = None  # computed with the first row shown
        # rows are formatted on first use (only visible rows at start-up)
        self._rows: list[list[tuple[str, object]] | None] = [None] * len(self.cells)

    def _energy_densities(self) -> Sequence[float]:
        """Wh/kg of every cell in one vectorised core call (one per cell: ~3 ms each)."""
        if self._wh_kg is None:
            import numpy as np

            from packconfig.core.pack.engine import CellTable, evaluate

            n = len(self.cells)
            one = np.ones(n, dtype=np.int64)
            self._wh_kg = evaluate(CellTable.from_cells(self.cells), np.arange(n), one, one,
                                   keys=["energy_density_gravimetric_cell"])[
                "energy_density_gravimetric_cell"]
        return self._wh_kg

    def set_cells(self, cells: Sequence[Cell]) -> None:
        """Show ``cells`` (replacing any preview). When the preview shows exactly these
        cells (the stored first paint of the same catalog) the rows stay in place: the
        data changes under the same texts, without a model reset that would make the
        views lay out and measure again."""
        cells = list(cells)
        if self._preview and [row[0] for row in self._preview] == [c.id for c in cells]:
            self._preview = []
            self._fill(cells)
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(cells) - 1, len(COLUMNS) - 1))
            return
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
            row = self._rows[i] = self._build_row(
                self.cells[i], float(self._energy_densities()[i]), self.language)
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
            return QCoreApplication.translate("CellBrowser", COLUMNS[section][0])
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
