"""Quote panel: customer and commercial inputs, live price labels
(``result_price_unit``, ``result_price_total``), Issue quote / New revision and the
register browser.

The inputs are on three tabs (``quoteInputTabs``): Quote (customer, quantity, margin,
validity, tiers, notes), Lines (:mod:`.quote_lines`: ``quoteLinesTable``) and Terms
(:mod:`.quote_terms`: address, sales engineer, Incoterm and place, payment terms, lead
time, warranty, approver) — everything the PDF prints."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from packconfig import display
from packconfig.core.commerce.costing import PackCost
from packconfig.core.commerce.pricing import PriceBreakdown
from packconfig.core.commerce.quote import Quote
from packconfig.core.commerce.settings import Settings
from packconfig.core.money import CURRENCIES
from packconfig.gui.customers import CustomerCombo
from packconfig.gui.i18n import current_language
from packconfig.gui.pricing_bridge import QuoteInputs
from packconfig.gui.quote_lines import LinesEditor
from packconfig.gui.quote_terms import TermsForm
from packconfig.gui.signing_ui import ElidedLabel

if TYPE_CHECKING:  # the store (SQLAlchemy) loads with the register, not at start-up
    from packconfig.core.store.customers import Customer


class QuotePanel(QWidget):
    """``inputsChanged`` fires on any commercial input change; the window reprices."""

    inputsChanged = Signal()  # noqa: N815
    issueRequested = Signal()  # noqa: N815
    reviseRequested = Signal()  # noqa: N815
    browseRequested = Signal()  # noqa: N815
    exportRequested = Signal()  # noqa: N815
    samplesRequested = Signal()  # noqa: N815
    editCustomerRequested = Signal()  # noqa: N815
    newCustomerRequested = Signal()  # noqa: N815
    registerRetryRequested = Signal()  # noqa: N815

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = current_language()
        self._issued: Quote | None = None
        self._price_state: tuple = (None, None, "")
        # the customer: typed, or picked from the book (customerCombo; its line edit
        # keeps the name customerEdit); the book's buttons; the register's state
        self.customer_combo = CustomerCombo()
        self.company = self.customer_combo.lineEdit()
        self.picked_customer: Customer | None = None
        self.edit_customer = QToolButton(objectName="editCustomerButton")  # narrow: the
        self.edit_customer.setEnabled(False)  # combo keeps the room at 1024 x 600
        self.new_customer = QToolButton(objectName="newCustomerButton")
        self.register_status = QLabel(objectName="registerStatusLabel")
        self.register_status.setWordWrap(True)
        self.register_status.setStyleSheet("color: #b42318;")
        self.register_status.hide()
        self.register_retry = QPushButton(objectName="registerRetryButton")
        self.register_retry.hide()
        self._register_block = ""  # why quoting is off ("" = it is on)
        self.contact = QLineEdit(objectName="contactEdit")
        self.quantity = QSpinBox(objectName="quantitySpin")
        self.quantity.setRange(1, 10_000_000)
        self.quantity.setValue(100)
        self.quantity.setGroupSeparatorShown(True)
        self.currency = QComboBox(objectName="currencyCombo")
        self.currency.addItems(sorted(CURRENCIES))
        self.currency.setCurrentText(settings.base_currency if settings.base_currency
                                     in CURRENCIES else "CNY")
        self.margin = QDoubleSpinBox(objectName="marginSpin")
        self.margin.setRange(0, 95)
        self.margin.setDecimals(1)
        self.margin.setSuffix(" %")
        self.margin.setValue(float(settings.policy.margin_pct))
        self.validity = QSpinBox(objectName="validitySpin")
        self.validity.setRange(1, 365)
        self.validity.setValue(settings.validity_days)
        self.notes = QPlainTextEdit(objectName="notesEdit")
        self.notes.setMaximumHeight(54)
        self._tier_table = settings.tiers
        self.tiers = QLabel(objectName="tiersLabel")

        self.price_labels: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        self.prices = prices = QGroupBox()
        grid = QGridLayout(prices)
        grid.setVerticalSpacing(2)
        for row, key in enumerate(("price_cost", "price_unit", "price_tier_unit",
                                   "price_total_excl_tax", "price_tax", "price_total")):
            label = QLabel(objectName=f"result_{key}")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key in ("price_unit", "price_total"):
                label.setStyleSheet("font-weight: 600;")
            caption = QLabel()
            caption.setStyleSheet("color: #555;")
            grid.addWidget(caption, row, 0)
            grid.addWidget(label, row, 1)
            self.price_labels[key] = label
            self._captions[key] = caption
        self.price_note = QLabel(objectName="priceNote")
        self.price_note.setWordWrap(True)
        self.price_note.setStyleSheet("color: #8a5a00;")
        grid.addWidget(self.price_note, 6, 0, 1, 2)
        # placeholder data behind this price (default seller, unsourced rate, estimated
        # cell price): for the sales engineer only, never printed on the PDF
        self.warnings_label = QLabel(objectName="quoteWarningsLabel")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #8a5a00;")
        self.warnings_label.hide()

        self.issue = QPushButton(objectName="issueQuoteButton")
        self.revise = QPushButton(objectName="newRevisionButton")
        self.revise.setEnabled(False)
        self.language = QComboBox(objectName="pdfLanguageCombo")
        self.language.addItem("English", "en")
        self.language.addItem("中文", "zh")
        self.bom_summary = QCheckBox(objectName="bomSummaryCheck")  # issue 15
        self.bom_summary.setChecked(True)
        self.export = QPushButton(objectName="exportPdfButton")
        self.export.setEnabled(False)
        self.export_sheet = QPushButton(objectName="exportSheetButton")
        self.export_sheet.setEnabled(False)
        self.browse = QPushButton(objectName="registerButton")
        self.last_label = QLabel(objectName="lastQuoteLabel")
        self.last_label.setStyleSheet("color: #2e7d32;")
        self.last_label.setWordWrap(True)
        # signed quotes (issue 20): who signs exports; the verdict of an opened quote PDF
        self._settings_raw, self._signer, self._verdict = settings.raw, None, False
        self.signature_status = QLabel(objectName="signatureStatusLabel")
        self.signature_verdict = ElidedLabel(objectName="signatureVerdict")
        self.signature_verdict.hide()

        self._form_labels = {k: QLabel() for k in (
            "customer", "contact", "quantity", "margin", "valid", "tiers", "notes")}
        fl = self._form_labels
        form = QFormLayout()
        who = QHBoxLayout()
        who.addWidget(self.customer_combo, 1)
        who.addWidget(self.edit_customer)
        who.addWidget(self.new_customer)
        form.addRow(fl["customer"], who)
        form.addRow(fl["contact"], self.contact)
        qty = QHBoxLayout()
        qty.addWidget(self.quantity, 2)
        qty.addWidget(self.currency, 1)
        form.addRow(fl["quantity"], qty)
        mv = QHBoxLayout()
        mv.addWidget(self.margin)
        mv.addWidget(fl["valid"])
        mv.addWidget(self.validity)
        form.addRow(fl["margin"], mv)
        form.addRow(fl["tiers"], self.tiers)
        form.addRow(fl["notes"], self.notes)
        buttons = QHBoxLayout()
        for b in (self.issue, self.revise, self.browse):
            buttons.addWidget(b)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.language)
        pdf_row.addWidget(self.bom_summary)
        pdf_row.addWidget(self.export, 1)
        pdf_row.addWidget(self.export_sheet, 1)
        main = QWidget()
        left = QVBoxLayout(main)
        left.addLayout(form)
        left.addWidget(self.signature_status)
        left.addWidget(self.signature_verdict)
        left.addStretch(1)
        self.lines = LinesEditor()
        self.terms = TermsForm(settings)
        self.input_tabs = QTabWidget(objectName="quoteInputTabs")
        self.input_tabs.addTab(main, "")
        self.input_tabs.addTab(self.lines, "")
        terms_area = QScrollArea()  # scrolls rather than making the window taller
        terms_area.setWidgetResizable(True)
        terms_area.setFrameShape(QFrame.Shape.NoFrame)
        terms_area.setWidget(self.terms)
        self.input_tabs.addTab(terms_area, "")
        right = QVBoxLayout()
        right.addWidget(prices)
        # the placeholder warnings ("honest prices": seller not set, unsourced rate,
        # estimated cell price) go here, under the prices: quoteWarningsLabel
        self.warnings_slot = QVBoxLayout()
        right.addLayout(self.warnings_slot)
        self.warnings_slot.addWidget(self.warnings_label)
        status_row = QHBoxLayout()
        status_row.addWidget(self.register_status, 1)
        status_row.addWidget(self.register_retry)
        right.addLayout(status_row)
        right.addLayout(buttons)
        right.addLayout(pdf_row)
        right.addWidget(self.last_label)
        right.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addWidget(self.input_tabs, 3)
        outer.addLayout(right, 2)
        self.set_pdf_language(self._language)
        self.retranslate_ui()

        for sig in (self.company.textChanged, self.contact.textChanged,
                    self.quantity.valueChanged, self.currency.currentIndexChanged,
                    self.margin.valueChanged, self.validity.valueChanged,
                    self.notes.textChanged, self.lines.changed, self.terms.changed):
            sig.connect(self.inputsChanged)
        self.lines.samplesRequested.connect(self.samplesRequested)
        self.issue.clicked.connect(self.issueRequested)
        self.revise.clicked.connect(self.reviseRequested)
        self.browse.clicked.connect(self.browseRequested)
        self.export.clicked.connect(self.exportRequested)
        self.export_sheet.clicked.connect(self._export_sheet)
        self.customer_combo.picked.connect(self.pick_customer)
        self.company.textChanged.connect(self._customer_typed)  # typed or set
        self.edit_customer.clicked.connect(self.editCustomerRequested)
        self.new_customer.clicked.connect(self.newCustomerRequested)
        self.register_retry.clicked.connect(self.registerRetryRequested)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.lines.retranslate_ui()
            self.terms.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every text of the panel in the current language."""
        self._language = current_language()
        self.company.setToolTip(self.tr("Customer company name as printed on the quote"))
        self.company.setPlaceholderText(self.tr("Customer company"))
        self.contact.setToolTip(self.tr("Customer contact person"))
        self.contact.setPlaceholderText(self.tr("Contact person"))
        self.quantity.setSuffix(self.tr(" packs"))
        self.quantity.setToolTip(self.tr("Number of packs quoted; volume tiers apply"))
        self.currency.setToolTip(self.tr("Quote currency; catalog prices are converted at "
                                         "the dated exchange rate"))
        self.margin.setToolTip(self.tr("Margin on price, in percent: price = cost / "
                                       "(1 − margin)"))
        self.validity.setSuffix(self.tr(" days"))
        self.validity.setToolTip(self.tr("How long the quote is valid, in days from its date"))
        self.notes.setPlaceholderText(self.tr("Notes printed on the quote"))
        self.notes.setToolTip(self.tr("Free-text notes printed on the quote"))
        self.tiers.setToolTip(self.tr("Volume tiers from the commercial settings "
                                      "(%1 convention)").replace("%1",
                                                                 self._tier_table.convention))
        self.tiers.setText(self._tiers_text())
        self.prices.setTitle(self.tr("Price"))
        for key, name in (
                ("price_cost", self.tr("Unit cost")), ("price_unit", self.tr("List unit price")),
                ("price_tier_unit", self.tr("Unit price at this quantity")),
                ("price_total_excl_tax", self.tr("Total excl. tax")),
                ("price_tax", self.tr("Tax")), ("price_total", self.tr("Total incl. tax"))):
            self._captions[key].setText(name)
        self.issue.setText(self.tr("Issue quote"))
        self.issue.setToolTip(self.tr("Number this quote and record it in the quote register"))
        self.revise.setText(self.tr("New revision"))
        self.revise.setToolTip(self.tr("Issue the next revision of the last issued quote with "
                                       "the current design and terms"))
        self.language.setToolTip(self.tr("Language of the exported PDF quote (defaults to the "
                                         "interface language)"))
        self.bom_summary.setText(self.tr("BOM summary"))
        self.bom_summary.setToolTip(self.tr("Include the bill-of-materials summary in the "
                                            "quotes issued from now on"))
        self.export.setText(self.tr("Export PDF…"))
        self.export.setToolTip(self.tr("Write the last issued quote as a PDF for the customer"))
        for i, text in enumerate((self.tr("Quote"), self.tr("Lines"), self.tr("Terms"))):
            self.input_tabs.setTabText(i, text)
        self.export_sheet.setText(self.tr("Export XLSX/CSV…"))
        self.export_sheet.setToolTip(self.tr("Write the last issued quote as a spreadsheet: "
                                             "XLSX (amounts as numbers, totals as formulas) "
                                             "or CSV (UTF-8)"))
        self.edit_customer.setText(self.tr("Edit…"))
        self.edit_customer.setToolTip(self.tr("Edit this customer in the customer book"))
        self.new_customer.setText(self.tr("New…"))
        self.new_customer.setToolTip(self.tr("Add a customer to the customer book (starts "
                                             "from the details typed here)"))
        self.customer_combo.setToolTip(self.tr(
            "Customer company as printed on the quote: type it, or pick a customer from the "
            "book (either name, English or Chinese) to fill in contact, address, tax ID, "
            "e-mail, phone, currency and language"))
        self.register_retry.setText(self.tr("Retry"))
        self.register_retry.setToolTip(self.tr("Try to reach the quote register again"))
        self.browse.setText(self.tr("Quote register…"))
        self.browse.setToolTip(self.tr("Browse issued quotes and compare revisions"))
        fl = self._form_labels
        for key, text in (("customer", self.tr("Customer")), ("contact", self.tr("Contact")),
                          ("quantity", self.tr("Quantity")), ("margin", self.tr("Margin")),
                          ("valid", self.tr("valid")), ("tiers", self.tr("Tiers")),
                          ("notes", self.tr("Notes"))):
            fl[key].setText(text)
        self.show_issued(self._issued)
        self.show_signing_status()
        if self._verdict is not False:
            self.show_verdict(self._verdict)

    def show_signing_status(self, signer: object = None) -> None:
        """``signatureStatusLabel``: who signs exported PDFs, or that they are unsigned
        (``signer``: the certificate loaded for an export, once known)."""
        from packconfig.gui.signing_ui import is_configured, status_text

        self._signer = signer or self._signer
        self.signature_status.setText(status_text(self._settings_raw, self._signer))
        self.signature_status.setToolTip(self.tr(
            "Exported quote PDFs are signed with the seller's certificate when one is set "
            "(signing.pkcs12 in settings.json or PACKCONFIG_SIGNING_PKCS12); check a quote "
            "with File > Open or packconfig verify"))
        unsigned = not is_configured(self._settings_raw)
        self.signature_status.setStyleSheet("color: #8a5a00;" if unsigned else "color: #555;")

    def show_verdict(self, verdict: object) -> None:
        """``signatureVerdict``: the check of the quote PDF opened last (None: running)."""
        self._verdict = verdict
        self.signature_verdict.show()
        if verdict is None:
            self.signature_verdict.setStyleSheet("color: #555;")
            self.signature_verdict.setText(self.tr("Checking the quote PDF's signature…"))
            return
        lang = self._language
        color = "#2e7d32" if verdict.ok else ("#8a5a00" if not verdict.signed else "#b42318")
        self.signature_verdict.setStyleSheet(f"color: {color};")
        # the headline (room is short at 1024 x 600); every check's line in the tooltip,
        # and a signed quote that is not intact also gets them in a warning dialog
        self.signature_verdict.setText(verdict.headline(lang))
        self.signature_verdict.setToolTip("\n".join(verdict.lines(lang)))

    def _tiers_text(self) -> str:
        """One line per volume tier, e.g. ``100–499: 3 % off`` / ``100–499 套：优惠 3%``."""
        table = self._tier_table
        lines = []
        for i, tier in enumerate(table.tiers):
            nxt = table.tiers[i + 1].min_qty - 1 if i + 1 < len(table.tiers) else None
            low = display.count(tier.min_qty, self._language)
            if nxt is None:
                text = self.tr("%1 and more: %2 off").replace("%1", low)
            else:
                text = self.tr("%1–%2: %3 off").replace("%1", low).replace(
                    "%2", display.count(nxt, self._language))
            pct = display.percent_points(tier.discount_pct, self._language)
            lines.append(text.replace("%3" if nxt is not None else "%2", pct))
        return "\n".join(lines)

    def set_pdf_language(self, language: str) -> None:
        """The default language of the PDF: follows the interface language (the user may
        still pick the other one for a quote)."""
        self._language = language
        index = self.language.findData(language)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def inputs(self) -> QuoteInputs:
        t = self.terms.values()
        book = self.picked_customer  # the typed name is this entry's (either script)
        company = book.company if book else self.company.text().strip()
        return QuoteInputs(
            company=company, company_zh=book.company_zh if book else "",
            contact=self.contact.text().strip(),
            email=t.email, phone=t.phone, tax_id=t.tax_id,
            quantity=self.quantity.value(), currency=self.currency.currentText(),
            margin_pct=Decimal(str(round(self.margin.value(), 1))),
            validity_days=self.validity.value(), notes=self.notes.toPlainText().strip(),
            address=t.address, engineer=t.engineer, incoterm=t.incoterm, place=t.place,
            payment_terms=t.payment_terms, lead_time=t.lead_time,
            warranty_text=t.warranty_text, approver=t.approver,
            line_rows=tuple(dict(row) for row in self.lines.model.rows),
            include_bom=self.bom_summary.isChecked())

    def apply_settings(self, settings: Settings) -> None:
        """New settings (Edit → Settings…): the defaults of fields not typed in yet."""
        self._tier_table = settings.tiers
        self.tiers.setText(self._tiers_text())
        self.terms.apply_settings(settings)

    def show_price(self, cost: PackCost | None, pb: PriceBreakdown | None,
                   message: str = "", language: str | None = None) -> None:
        lang = self._language = language or self._language
        if cost is None or pb is None:
            for label in self.price_labels.values():
                label.setText(display.NOT_AVAILABLE.get(lang, display.NOT_AVAILABLE["en"]))
            self.price_note.setText(message)
            self.lines.model.set_amounts([])
            return
        tier_unit = pb.lines[0].unit_price if pb.lines else pb.list_unit_price
        for key, money in (("price_cost", cost.cost), ("price_unit", cost.price),
                           ("price_tier_unit", tier_unit),
                           ("price_total_excl_tax", pb.total_excl_tax),
                           ("price_tax", pb.tax), ("price_total", pb.total_incl_tax)):
            self.price_labels[key].setText(display.money(money, lang))
        self.price_labels["price_tax"].setToolTip(
            pb.tax_label_zh or pb.tax_label if lang == "zh" else pb.tax_label)
        self.lines.model.set_amounts([display.money(ln.amount, lang) for ln in pb.lines
                                      if ln.category])
        self.price_note.setText(self.tr("* Estimated cell price: no catalog price for this "
                                        "cell") if cost.estimated else "")

    def _export_sheet(self) -> None:
        from packconfig.gui.commerce_actions import export_sheet

        if self._issued is not None:
            export_sheet(self, self._issued, self.pdf_language())

    def show_warnings(self, texts: list[str]) -> None:
        """The placeholder warnings of the current price (already in the interface
        language), one per line; hidden when there are none."""
        self.warnings_label.setText("\n".join(f"⚠ {text[:1].upper()}{text[1:]}"
                                              for text in texts))
        self.warnings_label.setVisible(bool(texts))

    def pdf_language(self) -> str:
        return str(self.language.currentData())

    def show_quote_inputs(self, quote: Quote) -> None:
        """Fill the commercial fields from an opened quote."""
        self.company.setText(quote.customer.name(quote.print_language))
        self.contact.setText(quote.customer.contact)
        self.quantity.setValue(quote.quantity)
        self.currency.setCurrentText(quote.currency)
        self.margin.setValue(float(quote.cost.policy.margin_pct))
        self.validity.setValue(max(1, (quote.valid_until - quote.date).days))
        self.notes.setPlainText(quote.notes)
        self.lines.model.set_lines(quote.lines)
        self.terms.show_quote(quote)
        index = self.language.findData(quote.language)  # the quote's own language
        if quote.language and index >= 0:
            self.language.setCurrentIndex(index)

    # ------------------------------------------------------------ the customer book
    def set_customers(self, customers: list[Customer]) -> None:
        self.customer_combo.set_customers(customers)
        self._customer_typed(self.company.text())

    def pick_customer(self, customer: Customer) -> None:
        """Fill the quote from a book entry: the name in the quote's language (the
        customer's own language when the book has one), contact, address, tax ID,
        e-mail, phone and currency."""
        self.picked_customer = customer
        if customer.language:
            self.set_pdf_language(customer.language)
        language = self.pdf_language()
        name = customer.company_zh if language == "zh" and customer.company_zh \
            else customer.company
        self.company.setText(name)
        self.contact.setText(customer.contact)
        self.terms.set_contact(customer.address, customer.email, customer.phone,
                               customer.tax_id)
        if customer.currency in CURRENCIES:
            self.currency.setCurrentText(customer.currency)
        self.edit_customer.setEnabled(True)

    def _customer_typed(self, text: str) -> None:
        """Typing a name: the book entry it names (either script), if any."""
        found = self.customer_combo.matching(text)
        if found is None or self.picked_customer is None \
                or found.id != self.picked_customer.id:
            self.picked_customer = found
        self.edit_customer.setEnabled(self.picked_customer is not None
                                      and self._register_block == "")

    def show_register_state(self, block: str, message: str = "") -> None:
        """Quoting on (``block`` ""), or off with the reason shown in
        ``registerStatusLabel`` (``registerRetryButton`` beside it when ``block`` is
        "unreachable"); ``message`` alone (read-only access) informs only."""
        self._register_block = block
        text = message[:1].upper() + message[1:]
        self.register_status.setText(text)
        self.register_status.setVisible(bool(text))
        self.register_status.setStyleSheet("color: #b42318;" if block else "color: #8a5a00;")
        self.register_retry.setVisible(block == "unreachable")
        for widget in (self.issue, self.new_customer):
            widget.setEnabled(block == "")
        self._customer_typed(self.company.text())
        self.show_issued(self._issued)

    def show_issued(self, quote: Quote | None) -> None:
        self._issued = quote
        issued = quote is not None and bool(quote.number)
        self.revise.setEnabled(issued and self._register_block == "")
        self.export.setEnabled(issued)
        self.export_sheet.setEnabled(issued)
        self.last_label.setText(
            self.tr("Last issued: %1 · %2").replace("%1", quote.label).replace(
                "%2", display.money(quote.pricing.total_incl_tax, self._language))
            if quote else "")
