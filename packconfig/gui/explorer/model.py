"""Table model over a :class:`SearchResult` (sort with a QSortFilterProxyModel on
``SORT_ROLE``) and the side-by-side comparison dialog."""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packconfig import display
from packconfig.core.explore.results import SearchResult
from packconfig.core.money import Money
from packconfig.core.pack.engine import RESULTS
from packconfig.core.pack.options import PackOptions
from packconfig.core.pack.physics import compute_pack
from packconfig.display import RESULT_LABELS as LABELS

SORT_ROLE = Qt.ItemDataRole.UserRole
DESIGN_ROLE = Qt.ItemDataRole.UserRole + 1  # (cell id, S, P) of the row

#: (header, result key or special column)
COLUMNS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("ResultsModel", "Cell"), "cell"),
    (QT_TRANSLATE_NOOP("ResultsModel", "Config"), "config"),
    (QT_TRANSLATE_NOOP("ResultsModel", "Price"), "price"),
    (QT_TRANSLATE_NOOP("ResultsModel", "Usable energy"), "energy_usable"),
    (QT_TRANSLATE_NOOP("ResultsModel", "Nominal V"), "voltage_nominal"),
    (QT_TRANSLATE_NOOP("ResultsModel", "Cont. power"), "power_continuous_max"),
    (QT_TRANSLATE_NOOP("ResultsModel", "Mass"), "mass_pack"),
    (QT_TRANSLATE_NOOP("ResultsModel", "Volume"), "volume_pack"),
    (QT_TRANSLATE_NOOP("ResultsModel", "Wh/kg"), "energy_density_gravimetric_pack"),
    (QT_TRANSLATE_NOOP("ResultsModel", "Price/kWh"), "price_per_kwh"),
    (QT_TRANSLATE_NOOP("ResultsModel", "Pareto"), "pareto"),
)


def _lang() -> str:
    from packconfig.gui.i18n import current_language

    return current_language()


class ResultsModel(QAbstractTableModel):
    """Read-only rows of a search result; ``SORT_ROLE`` gives sortable numbers."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.result: SearchResult | None = None

    def retranslate(self) -> None:
        """Headers and figures again, in the current language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(COLUMNS) - 1))

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
                return QCoreApplication.translate("ResultsModel", COLUMNS[section][0])
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
            lang = _lang()
            if key == "price":
                return display.money(res.price(row), lang)
            if key == "pareto":
                return "★" if a["pareto"][row] else ""
            if key == "price_per_kwh":
                v = float(a[key][row])
                if not math.isfinite(v) or res.currency is None:
                    return display.NOT_AVAILABLE[lang]
                return display.money(Money(f"{v:.2f}", res.currency), lang)
            return display.result(key, res.quantity(key, row), lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("cell", "config"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _result_label(key: str, language: str) -> str:
    """A result's row name: the CLI's wording in English, the window's translation
    otherwise."""
    if language == "en":
        return LABELS.get(key, key)
    from packconfig.gui.results_panel import LABELS as PANEL_LABELS

    return QCoreApplication.translate("ResultsPanel", PANEL_LABELS.get(key, key))


class CompareDialog(QDialog):
    """2–4 designs side by side with every figure (physics.compute_pack + display)."""

    def __init__(self, result: SearchResult, rows: list[int], options: PackOptions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare designs"))
        self.table = QTableWidget(len(RESULTS) + 4, len(rows), self)
        headers, by_id = [], {c.id: c for c in result.cells}
        lang = _lang()
        labels = [self.tr("Cell"), self.tr("Chemistry / format"), self.tr("Cells"),
                  self.tr("Unit price")] + [_result_label(k, lang) for k in RESULTS]
        self.table.setVerticalHeaderLabels(labels)
        for col, row in enumerate(rows):
            cid, s, p = result.design(row)
            cell = by_id[cid]
            pack = compute_pack(cell, s, p, options)
            headers.append(pack.configuration)
            texts = [f"{cell.manufacturer} {cell.model} ({cid})",
                     f"{cell.chemistry}, {display.cell_format(cell.format, lang)}",
                     str(pack.cell_count),
                     display.money(result.price(row), lang)]
            texts += [display.result(k, pack[k], lang) for k in RESULTS]
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
