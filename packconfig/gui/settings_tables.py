"""The table parts of the settings dialog: volume tiers, tax per currency, the dated
exchange rates (``fxTable``) and the cell price list (``priceListTable``).

Each table shows settings records as text cells and gives them back as records
(``records()``) for the core to check; it never judges a value itself.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packconfig.core.commerce.pricing import TierTable as CoreTierTable
from packconfig.core.money import CURRENCIES

FLAG = "⚠"


def _item(text: object, editable: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _cell(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text().strip() if item is not None else ""


class TierTable(QTableWidget):
    """Volume tiers: first quantity, discount %."""

    def __init__(self, tiers: CoreTierTable) -> None:
        super().__init__(len(tiers.tiers), 2, objectName="settingsTierTable")
        for row, tier in enumerate(tiers.tiers):
            self.setItem(row, 0, _item(tier.min_qty))
            self.setItem(row, 1, _item(f"{tier.discount_pct.normalize():f}"))
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setMaximumHeight(130)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([
            QCoreApplication.translate("SettingsTables", "From quantity"),
            QCoreApplication.translate("SettingsTables", "Discount %")])

    def records(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.rowCount()):
            qty = _cell(self, row, 0)
            out.append({"min_qty": int(qty) if qty.isdigit() else qty,
                        "discount_pct": _cell(self, row, 1) or "0"})
        return out


class TaxTable(QTableWidget):
    """One row per quote currency: rate %, label, Chinese label."""

    def __init__(self, raw: dict[str, Any]) -> None:
        codes = sorted(CURRENCIES)
        super().__init__(len(codes), 4, objectName="taxTable")
        for row, code in enumerate(codes):
            rec = raw.get(code, {}) if isinstance(raw.get(code), dict) else {}
            self.setItem(row, 0, _item(code, editable=False))
            self.setItem(row, 1, _item(rec.get("rate_pct", "0")))
            self.setItem(row, 2, _item(rec.get("label", "")))
            self.setItem(row, 3, _item(rec.get("label_zh", "")))
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setMaximumHeight(130)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([
            QCoreApplication.translate("SettingsTables", "Currency"),
            QCoreApplication.translate("SettingsTables", "Rate %"),
            QCoreApplication.translate("SettingsTables", "Label"),
            QCoreApplication.translate("SettingsTables", "Label (Chinese)")])

    def records(self) -> dict[str, dict[str, str]]:
        return {_cell(self, r, 0): {"rate_pct": _cell(self, r, 1) or "0",
                                    "label": _cell(self, r, 2), "label_zh": _cell(self, r, 3)}
                for r in range(self.rowCount())}


class FxTable(QWidget):
    """The dated rates (``fxTable``) with Add today's rate / Remove."""

    COLS = 5  # currency, date, CNY per unit, source, status

    def __init__(self, raw: list[Any]) -> None:
        super().__init__()
        self.table = QTableWidget(0, self.COLS, objectName="fxTable")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._flags: list[bool] = []
        for rec in raw if isinstance(raw, list) else []:
            if isinstance(rec, dict):
                self._append(rec)
        self.add = QPushButton(objectName="addRateButton")
        self.remove = QPushButton(objectName="removeRateButton")
        self.add.clicked.connect(self.add_today)
        self.remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)

    def _append(self, rec: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, key in enumerate(("currency", "date", "cny_per_unit", "source")):
            self.table.setItem(row, col, _item(rec.get(key, "")))
        self._flags.append(bool(rec.get("placeholder", False)))
        self.table.setItem(row, 4, _item("", editable=False))
        self._status(row)
        return row

    def _status(self, row: int) -> None:
        item = self.table.item(row, 4)
        if item is None:
            return
        if self._flags[row]:
            item.setText(FLAG + " " + QCoreApplication.translate("SettingsTables",
                                                                  "placeholder"))
        elif not _cell(self.table, row, 3):
            item.setText(FLAG + " " + QCoreApplication.translate("SettingsTables",
                                                                  "no source"))
        else:
            item.setText("")

    def add_today(self) -> None:
        """A new row dated today (currency and rate to fill in, with their source)."""
        row = self._append({"currency": "USD", "date": dt.date.today().isoformat()})
        self.table.setCurrentCell(row, 2)
        self.table.editItem(self.table.item(row, 2))

    def remove_selected(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)
            del self._flags[index]

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("SettingsTables", "Currency"),
            QCoreApplication.translate("SettingsTables", "Date"),
            QCoreApplication.translate("SettingsTables", "CNY per unit"),
            QCoreApplication.translate("SettingsTables", "Source"),
            QCoreApplication.translate("SettingsTables", "Status")])
        self.add.setText(QCoreApplication.translate("SettingsTables", "Add today's rate"))
        self.remove.setText(QCoreApplication.translate("SettingsTables", "Remove rate"))
        for row in range(self.table.rowCount()):
            self._status(row)

    def records(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.table.rowCount()):
            rec: dict[str, Any] = {"currency": _cell(self.table, row, 0).upper(),
                                   "date": _cell(self.table, row, 1),
                                   "cny_per_unit": _cell(self.table, row, 2),
                                   "source": _cell(self.table, row, 3)}
            if self._flags[row]:
                rec["placeholder"] = True
            out.append(rec)
        return out


class PriceListTable(QWidget):
    """Every catalog cell (``priceListTable``): catalog price, your price, currency,
    date, source; cells with no price at all are marked and can be shown alone."""

    def __init__(self, catalog: Any, raw: dict[str, Any]) -> None:
        super().__init__()
        cells = list(catalog) if catalog is not None else []
        raw = raw if isinstance(raw, dict) else {}
        known = {c.id for c in cells}
        self.table = QTableWidget(0, 7, objectName="priceListTable")
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.ids: list[str] = []
        self.catalog_priced: list[bool] = []
        for cell in cells:
            self._append(cell.id, cell.price.to_text() if cell.price else "",
                         raw.get(cell.id, {}))
        for cell_id, rec in raw.items():  # listed cells no longer in the catalog are kept
            if cell_id not in known:
                self._append(cell_id, "", rec)
        self.only_unpriced = QCheckBox(objectName="unpricedOnlyCheck")
        self.only_unpriced.toggled.connect(self._filter)
        self.table.itemChanged.connect(self._changed)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.only_unpriced)
        lay.addWidget(self.table, 1)

    def _append(self, cell_id: str, catalog_price: str, rec: Any) -> None:
        rec = rec if isinstance(rec, dict) else {}
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.ids.append(cell_id)
        self.catalog_priced.append(bool(catalog_price))
        values = (cell_id, catalog_price or "—", rec.get("price", ""), rec.get("currency", ""),
                  rec.get("date", ""), "", rec.get("source", ""))
        for col, value in enumerate(values):
            self.table.setItem(row, col, _item(value, editable=col in (2, 3, 4, 6)))
        self._status(row)

    def _status(self, row: int) -> None:
        item = self.table.item(row, 5)
        if item is None:
            return
        unpriced = not self.catalog_priced[row] and not _cell(self.table, row, 2)
        item.setText(FLAG + " " + QCoreApplication.translate("SettingsTables", "no price")
                     if unpriced else "")

    def _changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 2:
            self.table.blockSignals(True)
            self._status(item.row())
            self.table.blockSignals(False)

    def _filter(self, only: bool) -> None:
        for row in range(self.table.rowCount()):
            unpriced = not self.catalog_priced[row] and not _cell(self.table, row, 2)
            self.table.setRowHidden(row, only and not unpriced)

    def unpriced_ids(self) -> list[str]:
        return [self.ids[r] for r in range(self.table.rowCount())
                if not self.catalog_priced[r] and not _cell(self.table, r, 2)]

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("SettingsTables", "Cell"),
            QCoreApplication.translate("SettingsTables", "Catalog price"),
            QCoreApplication.translate("SettingsTables", "Your price"),
            QCoreApplication.translate("SettingsTables", "Currency"),
            QCoreApplication.translate("SettingsTables", "Date"),
            QCoreApplication.translate("SettingsTables", "Status"),
            QCoreApplication.translate("SettingsTables", "Source")])
        self.only_unpriced.setText(QCoreApplication.translate(
            "SettingsTables", "Show only cells without a price"))
        for row in range(self.table.rowCount()):
            self._status(row)

    def records(self) -> dict[str, dict[str, str]]:
        """The rows with a price of your own (the others follow the catalog)."""
        out = {}
        for row in range(self.table.rowCount()):
            price = _cell(self.table, row, 2)
            if price:
                out[self.ids[row]] = {"price": price,
                                      "currency": _cell(self.table, row, 3).upper(),
                                      "date": _cell(self.table, row, 4),
                                      "source": _cell(self.table, row, 6)}
        return out
