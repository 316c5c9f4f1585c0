"""The quote's address and terms: customer address, e-mail, phone and tax ID, sales
engineer, Incoterm and named place, payment terms, lead time, warranty text and the
discount approver — everything else the PDF prints. Defaults come from the settings;
an opened quote or a customer picked from the book fills them.

The warranty: the Lifetime page proposes one (``warrantyEdit``, stored as
``Quote.warranty``); while the user has not typed in ``warrantyTextEdit`` it follows
that proposal (:meth:`TermsForm.follow_warranty`), and the issued quote prints this one
text in both places (:func:`packconfig.gui.pricing_bridge.with_lifetime`), so a PDF
never carries two different warranties."""

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
    email: str = ""
    phone: str = ""
    tax_id: str = ""
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
        self.email = QLineEdit(objectName="customerEmailEdit")
        self.phone = QLineEdit(objectName="customerPhoneEdit")
        self.tax_id = QLineEdit(objectName="customerTaxIdEdit")
        self.engineer = QLineEdit(objectName="salesEngineerEdit")
        self.incoterm = QComboBox(objectName="incotermCombo", editable=True)
        self.incoterm.addItems(["", *INCOTERMS])
        self.place = QLineEdit(objectName="incotermPlaceEdit")
        self.payment = QLineEdit(objectName="paymentTermsEdit")
        self.lead_time = QLineEdit(objectName="leadTimeEdit")
        self.warranty = QLineEdit(objectName="warrantyTextEdit")
        self.approver = QLineEdit(objectName="approverEdit")
        self._followed = ""  # the Lifetime page's text the warranty field shows
        self.labels = {k: QLabel() for k in ("address", "email", "phone", "tax_id",
                                             "engineer", "incoterm", "payment",
                                             "lead_time", "warranty", "approver")}
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.addRow(self.labels["address"], self.address)
        contact = QHBoxLayout()
        contact.addWidget(self.email, 3)
        contact.addWidget(self.labels["phone"])
        contact.addWidget(self.phone, 2)
        form.addRow(self.labels["email"], contact)
        form.addRow(self.labels["tax_id"], self.tax_id)
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
        for sig in (self.address.textChanged, self.email.textChanged,
                    self.phone.textChanged, self.tax_id.textChanged, self.engineer.textChanged,
                    self.incoterm.currentTextChanged, self.place.textChanged,
                    self.payment.textChanged, self.lead_time.textChanged,
                    self.warranty.textChanged, self.approver.textChanged):
            sig.connect(self.changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for key, text in (("address", self.tr("Address")),
                          ("email", self.tr("E-mail")), ("phone", self.tr("Phone")),
                          ("tax_id", self.tr("Tax ID")),
                          ("engineer", self.tr("Sales engineer")),
                          ("incoterm", self.tr("Incoterm, place")),
                          ("payment", self.tr("Payment terms")),
                          ("lead_time", self.tr("Lead time")),
                          ("warranty", self.tr("Warranty")),
                          ("approver", self.tr("Discount approved by"))):
            self.labels[key].setText(text)
        self.address.setPlaceholderText(self.tr("Customer address as printed on the quote"))
        self.email.setToolTip(self.tr("Customer e-mail printed on the quote"))
        self.phone.setToolTip(self.tr("Customer phone printed on the quote"))
        self.tax_id.setToolTip(self.tr("Customer tax ID printed on the quote"))
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
                              (self.warranty, self._followed or settings.terms.warranty_text)):
            if not widget.isModified():
                widget.setText(value)
        if not self.incoterm.currentText().strip() or not self.place.isModified():
            self.incoterm.setCurrentText(settings.incoterm.code if settings.incoterm else "")

    def follow_warranty(self, proposal: str) -> None:
        """The Lifetime page's warranty text (its proposal, or the user's edit of it):
        shown here as the default while this field has not been typed in; ``""`` (no
        projection) goes back to the settings' text."""
        self._followed = proposal.strip()
        if not self.warranty.isModified():
            self.warranty.setText(self._followed or self._defaults.terms.warranty_text)

    def set_contact(self, address: str, email: str, phone: str, tax_id: str) -> None:
        """The customer's details (a customer picked from the book)."""
        self.address.setPlainText(address)
        for widget, value in ((self.email, email), (self.phone, phone),
                              (self.tax_id, tax_id)):
            widget.setText(value)

    def values(self) -> TermsValues:
        return TermsValues(self.address.toPlainText().strip(), self.email.text().strip(),
                           self.phone.text().strip(), self.tax_id.text().strip(),
                           self.engineer.text().strip(),
                           self.incoterm.currentText().strip().upper(),
                           self.place.text().strip(), self.payment.text().strip(),
                           self.lead_time.text().strip(), self.warranty.text().strip(),
                           self.approver.text().strip())

    def show_quote(self, quote: Quote) -> None:
        c = quote.customer
        self.set_contact(c.address, c.email, c.phone, c.tax_id)
        self.engineer.setText(quote.sales_engineer)
        inc = quote.pricing.incoterm
        self.incoterm.setCurrentText(inc.code if inc else "")
        self.place.setText(inc.place if inc else "")
        t = quote.commercial_terms
        self.payment.setText(t.payment_terms)
        self.lead_time.setText(t.lead_time)
        self.warranty.setText(t.warranty_text)
        self.warranty.setModified(bool(t.warranty_text))  # the quote's own text stays
        self.approver.setText(quote.approved_by)


def follow_lifetime(form: TermsForm, page: QWidget) -> None:
    """Keep ``form``'s warranty default in step with the Lifetime page ``page``: after
    each projection and on each edit of its proposal (``warrantyEdit``)."""

    def sync(*_args: object) -> None:
        form.follow_warranty(page.terms()[0])

    def hook() -> None:  # the page builds its widgets when first shown
        edit = getattr(page, "warranty", None)
        if edit is not None and not getattr(form, "_follows_edits", False):
            edit.textChanged.connect(sync)
            form._follows_edits = True

    page.computed.connect(hook)
    page.computed.connect(sync)
