"""The customer book in the window: ``customerCombo`` (pick a customer, completion over
both scripts) and ``customerDialog`` (add or edit a book entry, checked by the
register's own rules, messages in the interface language).

The book lives in the register (:mod:`packconfig.core.store.customers`); the window
keeps a copy of its entries for the combo, loaded off the GUI thread at start
(:mod:`.register_link`) and again after every save here."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packconfig.core import messages
from packconfig.core.errors import PackconfigError
from packconfig.core.money import CURRENCIES
from packconfig.gui.i18n import current_language
from packconfig.gui.validation import mark_invalid, sentence

if TYPE_CHECKING:  # the store (SQLAlchemy) loads with the register, not at start-up
    from packconfig.core.store.customers import Customer

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomerCombo(QComboBox):
    """Editable: type a company (printed as typed) or pick a book entry. The drop-down
    lists each entry once ("ACME Motors · 艾克米汽车"); the completer matches either
    name anywhere in it, any case. ``picked`` fires with the chosen entry."""

    picked = Signal(object)  # Customer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="customerCombo", editable=True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(4)
        self.lineEdit().setObjectName("customerEdit")
        self.customers: list[Customer] = []
        self._names = QStandardItemModel(self)
        self._completer = QCompleter(self._names, self, objectName="customerCompleter")
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        # on the line edit itself: the combo's own completer handling would look the
        # completion up among its items (whose labels hold both names) and clear the text
        self.lineEdit().setCompleter(self._completer)
        self._completer.activated[QModelIndex].connect(self._completed)
        self.activated.connect(self._chosen)

    def set_customers(self, customers: list[Customer]) -> None:
        """Replace the entries (the typed text stays)."""
        text = self.lineEdit().text()
        self.customers = list(customers)
        self.blockSignals(True)
        self.clear()
        self._names.clear()
        for c in self.customers:
            label = f"{c.company} · {c.company_zh}" if c.company_zh else c.company
            self.addItem(label, c.id)
            for name in dict.fromkeys(n for n in (c.company, c.company_zh) if n):
                item = QStandardItem(name)
                item.setData(c.id, ID_ROLE)
                self._names.appendRow(item)
        self.setCurrentIndex(-1)
        self.lineEdit().setText(text)
        self.blockSignals(False)

    def entry(self, ident: int | None) -> Customer | None:
        return next((c for c in self.customers if c.id == ident), None)

    def matching(self, text: str) -> Customer | None:
        """The book entry whose name (either script) is ``text``, if any."""
        if not self.customers:
            return None
        from packconfig.core.store.customers import company_key

        key = company_key(text)
        if not key:
            return None
        return next((c for c in self.customers if key in (company_key(c.company),
                                                          company_key(c.company_zh))), None)

    def _completed(self, index: QModelIndex) -> None:
        ident = index.data(ID_ROLE)
        found = self.entry(ident) if ident is not None else self.matching(
            str(index.data() or ""))
        if found is not None:  # after the completer has put its text in the field
            QTimer.singleShot(0, self, lambda: self.picked.emit(found))

    def _chosen(self, row: int) -> None:
        found = self.entry(self.itemData(row))
        if found is not None:  # after the combo has put the item's label in the field
            QTimer.singleShot(0, self, lambda: self.picked.emit(found))


class CustomerDialog(QDialog):
    """Add (``customer`` None) or edit a customer-book entry. Save checks every field
    with the register's rules and writes the entry; ``saved`` is then the entry as
    stored. Problems show in ``customerErrorLabel`` and on the field; nothing is
    written until they are fixed."""

    FIELDS = ("company", "company_zh", "contact", "address", "tax_id", "email", "phone")

    def __init__(self, register: object, customer: Customer | None = None,
                 parent: QWidget | None = None, *, prefill: Customer | None = None) -> None:
        super().__init__(parent, objectName="customerDialog")
        from packconfig.core.store.customers import Customer

        self.register, self.original, self.saved = register, customer, None
        start = customer or prefill or Customer(company="")
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        names = {"company": "custCompanyEdit", "company_zh": "custCompanyZhEdit",
                 "contact": "custContactEdit", "address": "custAddressEdit",
                 "tax_id": "custTaxIdEdit", "email": "custEmailEdit",
                 "phone": "custPhoneEdit"}
        for key, name in names.items():
            widget = QPlainTextEdit(objectName=name) if key == "address" else QLineEdit(
                objectName=name)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(getattr(start, key))
                widget.setMaximumHeight(64)
            else:
                widget.setText(getattr(start, key))
            self.edits[key] = widget
        self.currency = QComboBox(objectName="custCurrencyCombo")
        self.currency.addItem("", "")
        for code in sorted(CURRENCIES):
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(max(0, self.currency.findData(start.currency)))
        self.language = QComboBox(objectName="custLanguageCombo")
        for code in ("", "en", "zh"):
            self.language.addItem("", code)
        self.language.setCurrentIndex(max(0, self.language.findData(start.language)))
        self.error = QLabel(objectName="customerErrorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b42318;")
        self.labels = {k: QLabel() for k in (*self.FIELDS, "currency", "language")}
        form = QFormLayout()
        for key in self.FIELDS:
            form.addRow(self.labels[key], self.edits[key])
        form.addRow(self.labels["currency"], self.currency)
        form.addRow(self.labels["language"], self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(objectName="customerSaveButton")
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New customer") if self.original is None
                            else self.tr("Edit customer"))
        for key, text in (("company", self.tr("Company")),
                          ("company_zh", self.tr("Company (Chinese)")),
                          ("contact", self.tr("Contact")), ("address", self.tr("Address")),
                          ("tax_id", self.tr("Tax ID")), ("email", self.tr("E-mail")),
                          ("phone", self.tr("Phone")),
                          ("currency", self.tr("Default currency")),
                          ("language", self.tr("Default language"))):
            self.labels[key].setText(text)
        self.edits["company"].setPlaceholderText(self.tr("Legal name as printed on quotes"))
        self.edits["company_zh"].setPlaceholderText(self.tr("Printed on Chinese quotes"))
        self.currency.setItemText(0, self.tr("(settings default)"))
        for i, text in enumerate((self.tr("(interface language)"), "English", "中文")):
            self.language.setItemText(i, text)
        self.save_button.setText(self.tr("Save to customer book"))

    def value(self) -> Customer:
        from packconfig.core.store.customers import Customer

        def text(key: str) -> str:
            w = self.edits[key]
            return w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()

        base = self.original or Customer(company="")
        return dataclasses.replace(base, **{k: text(k) for k in self.FIELDS},
                                   currency=str(self.currency.currentData() or ""),
                                   language=str(self.language.currentData() or ""))

    def accept(self) -> None:
        for widget in (*self.edits.values(), self.currency, self.language):
            mark_invalid(widget, None)
        from packconfig.core.store.customers import validated

        language = current_language()
        try:
            entry = validated(self.value())
            if self.original is None:
                self.saved = self.register.add_customer(entry)
            else:
                changes = {k: getattr(entry, k) for k in (*self.FIELDS, "currency",
                                                           "language")}
                self.saved = self.register.edit_customer(self.original.id, **changes)
        except PackconfigError as exc:
            text = sentence(messages.text(exc, language))
            self.error.setText(text)
            widget = self._widget_for(exc)
            if widget is not None:
                mark_invalid(widget, text)
                widget.setFocus()
            return
        self.error.setText("")
        super().accept()

    def _widget_for(self, exc: PackconfigError) -> QWidget | None:
        field = {"customer_no_company": "company", "customer_exists": "company",
                 "customer_email": "email", "customer_language": "language",
                 "unknown_currency": "currency"}.get(exc.code or "")
        field = field or str((exc.params or {}).get("field", ""))
        if field in self.edits:
            return self.edits[field]
        return {"currency": self.currency, "language": self.language}.get(field)
