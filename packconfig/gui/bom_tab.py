"""The bill-of-materials tab: the BOM of the current design as a table (a thin model
over :func:`packconfig.bom_export.rows`) and Export (``actionExportBom``): CSV or XLSX.

The BOM is built only when the tab is shown (not on the edit path); an export writes
atomically and reports a failure in the interface language without losing anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from packconfig.bom_export import Row

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("item", "part_no", "description", "total_quantity", "rating", "unit_mass",
           "total_mass", "unit_cost", "currency", "source")


class BomModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.language = "en"

    def set_rows(self, rows: list[Row], language: str) -> None:
        self.beginResetModel()
        self.rows, self.language = rows, language
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal \
                or not self.rows:  # (no core import before a BOM is shown: first paint)
            return None
        from packconfig.bom_export import HEADERS

        head = HEADERS.get(self.language, HEADERS["en"])
        return (head[0], head[2], head[3], head[5], head[6], head[7], head[8], head[9],
                head[11], head[12])[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.FontRole and row.assembly:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.assembly:
            return QColor("#eef3f8")
        if role == Qt.ItemDataRole.TextAlignmentRole and key in (
                "total_quantity", "unit_mass", "total_mass", "unit_cost"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("description", "source"):
            return f"{row.description}\n{row.source}\n{row.confidence}".strip()
        return None

    def _text(self, row: Row, key: str) -> str:
        from packconfig import display
        from packconfig.core.money import Money
        from packconfig.core.units import Q_

        if key == "description":
            return ("    " * row.depth) + row.description
        if key == "total_quantity":
            return display.count(int(row.total_quantity), self.language) \
                if float(row.total_quantity).is_integer() else f"{row.total_quantity:g}"
        if key in ("unit_mass", "total_mass"):
            value = row.unit_mass if key == "unit_mass" else row.total_mass
            return "" if value is None else display.quantity(Q_(value, "kg"), "mass",
                                                             self.language)
        if key == "unit_cost":
            return "" if row.unit_cost is None else display.money(
                Money(row.unit_cost, row.currency), self.language)
        return str(getattr(row, key))


class BomTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="bomTab")
        self.model = BomModel(self)
        self.table = QTableView(objectName="bomTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.summary = QLabel(objectName="bomSummaryLabel")
        self.summary.setWordWrap(True)
        self.export_button = QPushButton(objectName="exportBomButton")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addLayout(top)
        outer.addWidget(self.table, 1)
        self.bom = None
        self.key: object = None
        self._retranslate()

    def _retranslate(self) -> None:
        self.export_button.setText(self.tr("Export BOM…"))
        self.export_button.setToolTip(self.tr("Save the bill of materials as CSV or XLSX"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.bom is not None:
                from packconfig.gui import i18n

                self.show_bom(self.bom, i18n.current_language())
        super().changeEvent(event)

    def show_bom(self, bom, language: str) -> None:
        """Show ``bom`` (a :class:`packconfig.core.pack.bom.Bom`) or nothing."""
        from packconfig import bom_export, display
        from packconfig.core.money import Money
        from packconfig.core.units import Q_

        self.bom = bom
        if bom is None:
            self.model.set_rows([], language)
            self.summary.setText("")
            return
        self.model.set_rows(bom_export.rows(bom, language), language)
        self.table.resizeColumnsToContents()
        for col, most in ((2, 360), (4, 220), (9, 260)):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), most))
        ratio = bom.ratios.get("cell_to_pack_mass")
        self.summary.setText(self.tr("%1 lines · parts total %2 · hardware %3 · "
                                     "cell-to-pack %4 by mass · %5").replace(
            "%1", display.count(len(bom.lines), language)).replace(
            "%2", display.quantity(Q_(bom.mass_total, "kg"), "mass", language)).replace(
            "%3", display.money(Money(bom.hardware_cost(), bom.currency), language)).replace(
            "%4", display.percent(ratio, language) if ratio == ratio and ratio else "–"
        ).replace("%5", bom.basis(language)))
