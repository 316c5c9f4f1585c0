"""The quote's user lines (``quoteLinesTable``): a table model over the lines as typed,
with Add / Remove / Propose UN38.3 samples.

The model keeps each row as the text the user typed; :meth:`LinesModel.to_lines` turns
the rows into core :class:`~packconfig.core.commerce.lines.QuoteLine` values, raising
the core's coded errors (naming the line) for anything wrong. The unit price column
takes an amount (``1250.00``) or a cost-plus rule (``cost 1000 + 15%``).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packconfig.core.commerce.lines import (
    LINE_KINDS,
    TAX_CLASSES,
    UNITS,
    QuoteLine,
    line_from_fields,
)

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("description", "quantity", "unit", "price", "discount", "amount", "kind",
           "tax_class")
HEADERS = {
    "description": QT_TRANSLATE_NOOP("QuoteLines", "Description"),
    "quantity": QT_TRANSLATE_NOOP("QuoteLines", "Qty"),
    "unit": QT_TRANSLATE_NOOP("QuoteLines", "Unit"),
    "price": QT_TRANSLATE_NOOP("QuoteLines", "Unit price / rule"),
    "discount": QT_TRANSLATE_NOOP("QuoteLines", "Disc. %"),
    "kind": QT_TRANSLATE_NOOP("QuoteLines", "Kind"),
    "tax_class": QT_TRANSLATE_NOOP("QuoteLines", "Tax"),
    "amount": QT_TRANSLATE_NOOP("QuoteLines", "Amount"),
}
CHOICES = {
    "unit": {"pcs": QT_TRANSLATE_NOOP("QuoteLines", "pcs"),
             "set": QT_TRANSLATE_NOOP("QuoteLines", "set"),
             "lot": QT_TRANSLATE_NOOP("QuoteLines", "lot"),
             "pack": QT_TRANSLATE_NOOP("QuoteLines", "pack"),
             "module": QT_TRANSLATE_NOOP("QuoteLines", "module"),
             "h": QT_TRANSLATE_NOOP("QuoteLines", "h"),
             "kg": QT_TRANSLATE_NOOP("QuoteLines", "kg"),
             "m": QT_TRANSLATE_NOOP("QuoteLines", "m")},
    "kind": {"option": QT_TRANSLATE_NOOP("QuoteLines", "option"),
             "nre": QT_TRANSLATE_NOOP("QuoteLines", "NRE"),
             "tooling": QT_TRANSLATE_NOOP("QuoteLines", "tooling"),
             "samples": QT_TRANSLATE_NOOP("QuoteLines", "samples"),
             "spares": QT_TRANSLATE_NOOP("QuoteLines", "spare modules"),
             "charger": QT_TRANSLATE_NOOP("QuoteLines", "charger"),
             "freight": QT_TRANSLATE_NOOP("QuoteLines", "freight"),
             "other": QT_TRANSLATE_NOOP("QuoteLines", "other")},
    "tax_class": {"standard": QT_TRANSLATE_NOOP("QuoteLines", "standard"),
                  "zero": QT_TRANSLATE_NOOP("QuoteLines", "zero-rated"),
                  "exempt": QT_TRANSLATE_NOOP("QuoteLines", "exempt")},
}
assert set(CHOICES["unit"]) == set(UNITS) and set(CHOICES["kind"]) == set(LINE_KINDS)
assert set(CHOICES["tax_class"]) == set(TAX_CLASSES)


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuoteLines", text)


def price_text(line: QuoteLine) -> str:
    if line.cost_plus is not None:
        return (f"cost {line.cost_plus.cost.amount.normalize():f} + "
                f"{line.cost_plus.markup_pct.normalize():f}%")
    return f"{line.unit_price.amount:f}" if line.unit_price is not None else ""


class LinesModel(QAbstractTableModel):
    """Rows as typed: ``{column: text}``; ``amounts`` are set by the panel after pricing."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, str]] = []
        self.amounts: list[str] = []
        self.showing_amounts = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(HEADERS[COLUMNS[section]])
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        col = COLUMNS[index.column()]
        if col == "amount":
            if role == Qt.ItemDataRole.DisplayRole:
                return self.amounts[index.row()] if index.row() < len(self.amounts) else ""
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        value = self.rows[index.row()].get(col, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(CHOICES[col].get(value, value)) if col in CHOICES else value
        if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.UserRole):
            return value
        if role == Qt.ItemDataRole.ToolTipRole and col == "price":
            return _tr("An amount in the quote currency (1250.00) or a cost-plus rule "
                       "(cost 1000 + 15%)")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and COLUMNS[index.column()] != "amount":
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: object,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.rows[index.row()][COLUMNS[index.column()]] = str(value).strip()
        self.dataChanged.emit(index, index)
        return True

    # -------------------------------------------------------------------- rows
    def set_lines(self, lines: tuple[QuoteLine, ...]) -> None:
        self.beginResetModel()
        self.rows = [self.row_of(line) for line in lines]
        self.amounts = []
        self.endResetModel()

    @staticmethod
    def row_of(line: QuoteLine) -> dict[str, str]:
        return {"description": line.description, "quantity": str(line.quantity),
                "unit": line.unit, "price": price_text(line),
                "discount": f"{line.discount_pct.normalize():f}" if line.discount_pct else "",
                "kind": line.kind, "tax_class": line.tax_class}

    def append(self, row: dict[str, str]) -> int:
        at = len(self.rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.append(row)
        self.endInsertRows()
        return at

    def remove(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def set_amounts(self, amounts: list[str]) -> None:
        """Show the priced amounts (not an edit: ``showing_amounts`` is set meanwhile,
        so the editor does not reprice again)."""
        if amounts == self.amounts:
            return
        self.amounts = amounts
        if self.rows:
            col = COLUMNS.index("amount")
            self.showing_amounts = True
            try:
                self.dataChanged.emit(self.index(0, col), self.index(len(self.rows) - 1, col))
            finally:
                self.showing_amounts = False

    def to_lines(self, currency: str) -> tuple[QuoteLine, ...]:
        """The rows as core lines in ``currency`` (InputError naming the line)."""
        return tuple(line_from_fields(row, no, currency)
                     for no, row in enumerate(self.rows, start=1))


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of the core's keys (unit, kind, tax class), shown translated."""

    def __init__(self, column: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column

    def createEditor(self, parent: QWidget, option: object, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for key, text in CHOICES[self.column].items():
            combo.addItem(_tr(text), key)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        pos = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(pos, 0))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel,  # noqa: N802
                     index: Index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class LinesEditor(QWidget):
    """``quoteLinesTable`` with ``addLineButton``, ``removeLineButton`` and
    ``proposeSamplesButton``; ``changed`` fires on any edit."""

    changed = Signal()
    samplesRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LinesModel()
        self.table = QTableView(objectName="quoteLinesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setWordWrap(True)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        head.resizeSection(0, 200)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self._delegates = [ChoiceDelegate(c, self.table) for c in CHOICES]
        for delegate in self._delegates:
            self.table.setItemDelegateForColumn(COLUMNS.index(delegate.column), delegate)
        self.add = QPushButton(objectName="addLineButton")
        self.remove = QPushButton(objectName="removeLineButton")
        self.samples = QPushButton(objectName="proposeSamplesButton")
        self.add.clicked.connect(self.add_blank)
        self.remove.clicked.connect(self.remove_selected)
        self.samples.clicked.connect(self.samplesRequested)
        for sig in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                    self.model.modelReset):
            sig.connect(self._changed)
        buttons = QGridLayout()  # two rows: the panel stays as narrow as before
        buttons.addWidget(self.add, 0, 0)
        buttons.addWidget(self.remove, 0, 1)
        buttons.addWidget(self.samples, 1, 0, 1, 2)
        buttons.setColumnStretch(2, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self.retranslate_ui()

    def _changed(self, *args: object) -> None:
        if not self.model.showing_amounts:  # amounts shown after pricing are no edit
            self.changed.emit()

    def retranslate_ui(self) -> None:
        self.add.setText(self.tr("Add line"))
        self.add.setToolTip(self.tr("Add a line: options, NRE and tooling, spare modules, "
                                    "chargers, freight"))
        self.remove.setText(self.tr("Remove line"))
        self.samples.setText(self.tr("Propose UN38.3 samples"))
        self.samples.setToolTip(self.tr("Add the UN38.3 test samples for this pack: 16 packs "
                                        "up to 12 kg, 8 above (UN Manual of Tests and "
                                        "Criteria 38.3.3)"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def add_blank(self) -> None:
        row = self.model.append({"description": "", "quantity": "1", "unit": "pcs",
                                 "price": "", "discount": "", "kind": "other",
                                 "tax_class": "standard"})
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def add_line(self, line: QuoteLine) -> None:
        self.model.append(LinesModel.row_of(line))

    def remove_selected(self) -> None:
        rows = [i.row() for i in self.table.selectionModel().selectedRows()]
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        self.model.remove(rows)
