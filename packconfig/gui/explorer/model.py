"""Table model over a :class:`SearchResult` (sort with a QSortFilterProxyModel on
``SORT_ROLE``) and the side-by-side comparison dialog."""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packconfig import display
from packconfig.commands.calc import LABELS
from packconfig.core.engine import RESULTS
from packconfig.core.explorer_result import SearchResult
from packconfig.core.money import Money
from packconfig.core.options import PackOptions
from packconfig.core.physics import compute_pack

SORT_ROLE = Qt.ItemDataRole.UserRole
DESIGN_ROLE = Qt.ItemDataRole.UserRole + 1  # (cell id, S, P) of the row

#: (header, result key or special column)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("Cell", "cell"), ("Config", "config"), ("Price", "price"),
    ("Usable energy", "energy_usable"), ("Nominal V", "voltage_nominal"),
    ("Cont. power", "power_continuous_max"), ("Mass", "mass_pack"),
    ("Volume", "volume_pack"), ("Wh/kg", "energy_density_gravimetric_pack"),
    ("Price/kWh", "price_per_kwh"), ("Pareto", "pareto"),
)


class ResultsModel(QAbstractTableModel):
    """Read-only rows of a search result; ``SORT_ROLE`` gives sortable numbers."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.result: SearchResult | None = None

    def set_result(self, result: SearchResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.result is None else len(self.result)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return COLUMNS[section][0]
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role=Qt.ItemDataRole.DisplayRole):
        res = self.result
        if res is None or not index.isValid():
            return None
        row, key = index.row(), COLUMNS[index.column()][1]
        if role == DESIGN_ROLE:
            return res.design(row)
        a = res.arrays
        if role == SORT_ROLE:
            if key == "cell":
                return res.design(row)[0]
            if key == "config":
                return int(a["series"][row]) * 10_000 + int(a["parallel"][row])
            if key == "price":
                return int(a["price_minor"][row])
            if key == "pareto":
                return int(a["pareto"][row])
            value = float(a[key][row])
            return value if math.isfinite(value) else float("inf")
        if role == Qt.ItemDataRole.DisplayRole:
            cid, s, p = res.design(row)
            if key == "cell":
                return cid
            if key == "config":
                return f"{s}S{p}P"
            if key == "price":
                return display.money(res.price(row))
            if key == "pareto":
                return "★" if a["pareto"][row] else ""
            if key == "price_per_kwh":
                v = float(a[key][row])
                if not math.isfinite(v) or res.currency is None:
                    return display.NOT_AVAILABLE["en"]
                return display.money(Money(f"{v:.2f}", res.currency))
            return display.result(key, res.quantity(key, row))
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("cell", "config"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CompareDialog(QDialog):
    """2–4 designs side by side with every figure (physics.compute_pack + display)."""

    def __init__(self, result: SearchResult, rows: list[int], options: PackOptions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Compare designs")
        self.table = QTableWidget(len(RESULTS) + 4, len(rows), self)
        headers, by_id = [], {c.id: c for c in result.cells}
        labels = ["Cell", "Chemistry / format", "Cells", "Unit price"] + [
            LABELS.get(k, k) for k in RESULTS]
        self.table.setVerticalHeaderLabels(labels)
        for col, row in enumerate(rows):
            cid, s, p = result.design(row)
            cell = by_id[cid]
            pack = compute_pack(cell, s, p, options)
            headers.append(pack.configuration)
            texts = [f"{cell.manufacturer} {cell.model} ({cid})",
                     f"{cell.chemistry}, {cell.format_label}", str(pack.cell_count),
                     display.money(result.price(row))]
            texts += [display.result(k, pack[k]) for k in RESULTS]
            for r, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, col, item)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 640)

    def column_texts(self, col: int) -> list[str]:
        return [self.table.item(r, col).text() for r in range(self.table.rowCount())]
