"""The quote's address and terms: customer address, sales engineer, Incoterm and named
place, payment terms, lead time, warranty text and the discount approver — everything
else the PDF prints. Defaults come from the settings; an opened quote fills them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from packconfig.core.commerce.pricing import INCOTERMS
from packconfig.core.commerce.quote import Quote
from packconfig.core.commerce.settings import Settings


@dataclass(frozen=True)
class TermsValues:
    address: str = ""
    engineer: str = ""
    incoterm: str = ""  # the code ("" = EXW seller's works)
    place: str = ""
    payment_terms: str = ""
    lead_time: str = ""
    warranty_text: str = ""
    approver: str = ""


class TermsForm(QWidget):
    """The form; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = QPlainTextEdit(objectName="customerAddressEdit")
        self.address.setMaximumHeight(48)
        self.engineer = QLineEdit(objectName="salesEngineerEdit")
        self.incoterm = QComboBox(objectName="incotermCombo", editable=True)
        self.incoterm.addItems(["", *INCOTERMS])
        self.place = QLineEdit(objectName="incotermPlaceEdit")
        self.payment = QLineEdit(objectName="paymentTermsEdit")
        self.lead_time = QLineEdit(objectName="leadTimeEdit")
        self.warranty = QLineEdit(objectName="warrantyTextEdit")
        self.approver = QLineEdit(objectName="approverEdit")
        self.labels = {k: QLabel() for k in ("address", "engineer", "incoterm", "payment",
                                             "lead_time", "warranty", "approver")}
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.addRow(self.labels["address"], self.address)
        form.addRow(self.labels["engineer"], self.engineer)
        inc = QHBoxLayout()
        inc.addWidget(self.incoterm, 1)
        inc.addWidget(self.place, 2)
        form.addRow(self.labels["incoterm"], inc)
        form.addRow(self.labels["payment"], self.payment)
        form.addRow(self.labels["lead_time"], self.lead_time)
        form.addRow(self.labels["warranty"], self.warranty)
        form.addRow(self.labels["approver"], self.approver)
        self.apply_settings(settings)
        for sig in (self.address.textChanged, self.engineer.textChanged,
                    self.incoterm.currentTextChanged, self.place.textChanged,
                    self.payment.textChanged, self.lead_time.textChanged,
                    self.warranty.textChanged, self.approver.textChanged):
            sig.connect(self.changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for key, text in (("address", self.tr("Address")),
                          ("engineer", self.tr("Sales engineer")),
                          ("incoterm", self.tr("Incoterm, place")),
                          ("payment", self.tr("Payment terms")),
                          ("lead_time", self.tr("Lead time")),
                          ("warranty", self.tr("Warranty")),
                          ("approver", self.tr("Discount approved by"))):
            self.labels[key].setText(text)
        self.address.setPlaceholderText(self.tr("Customer address as printed on the quote"))
        self.place.setPlaceholderText(self.tr("Named place, e.g. Ningbo"))
        self.incoterm.setToolTip(self.tr("Incoterms 2020 rule; empty: EXW seller's works"))
        self.payment.setPlaceholderText(self.tr("Standard: 30 % advance, 70 % before shipment"))
        self.lead_time.setPlaceholderText(self.tr("Standard: confirmed with the order"))
        self.warranty.setPlaceholderText(self.tr("Standard: per the product specification"))
        self.approver.setPlaceholderText(self.tr("Needed when a discount is above the "
                                                 "threshold in the settings"))

    def apply_settings(self, settings: Settings) -> None:
        """The defaults of a new quote (fields the user has not typed in yet)."""
        self._defaults = settings
        for widget, value in ((self.engineer, settings.sales_engineer),
                              (self.place, settings.incoterm.place if settings.incoterm else ""),
                              (self.payment, settings.terms.payment_terms),
                              (self.lead_time, settings.terms.lead_time),
                              (self.warranty, settings.terms.warranty_text)):
            if not widget.isModified():
                widget.setText(value)
        if not self.incoterm.currentText().strip() or not self.place.isModified():
            self.incoterm.setCurrentText(settings.incoterm.code if settings.incoterm else "")

    def values(self) -> TermsValues:
        return TermsValues(self.address.toPlainText().strip(), self.engineer.text().strip(),
                           self.incoterm.currentText().strip().upper(),
                           self.place.text().strip(), self.payment.text().strip(),
                           self.lead_time.text().strip(), self.warranty.text().strip(),
                           self.approver.text().strip())

    def show_quote(self, quote: Quote) -> None:
        self.address.setPlainText(quote.customer.address)
        self.engineer.setText(quote.sales_engineer)
        inc = quote.pricing.incoterm
        self.incoterm.setCurrentText(inc.code if inc else "")
        self.place.setText(inc.place if inc else "")
        t = quote.commercial_terms
        self.payment.setText(t.payment_terms)
        self.lead_time.setText(t.lead_time)
        self.warranty.setText(t.warranty_text)
        self.approver.setText(quote.approved_by)
