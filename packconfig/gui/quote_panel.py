"""Quote panel: customer and commercial inputs, live price labels
(``result_price_unit``, ``result_price_total``), the price lines, Issue quote / New
revision and the register browser."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from packconfig import display
from packconfig.core.commerce.costing import PackCost
from packconfig.core.commerce.pricing import PriceBreakdown
from packconfig.core.commerce.quote import Quote
from packconfig.core.commerce.settings import Settings
from packconfig.core.money import CURRENCIES
from packconfig.gui.i18n import current_language
from packconfig.gui.pricing_bridge import QuoteInputs


class QuotePanel(QWidget):
    """``inputsChanged`` fires on any commercial input change; the window reprices."""

    inputsChanged = Signal()  # noqa: N815
    issueRequested = Signal()  # noqa: N815
    reviseRequested = Signal()  # noqa: N815
    browseRequested = Signal()  # noqa: N815
    exportRequested = Signal()  # noqa: N815

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = current_language()
        self._issued: Quote | None = None
        self._price_state: tuple = (None, None, "")
        self.company = QLineEdit(objectName="customerEdit")
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
        self.browse = QPushButton(objectName="registerButton")
        self.last_label = QLabel(objectName="lastQuoteLabel")
        self.last_label.setStyleSheet("color: #2e7d32;")
        self.last_label.setWordWrap(True)

        self._form_labels = {k: QLabel() for k in (
            "customer", "contact", "quantity", "margin", "valid", "tiers", "notes")}
        fl = self._form_labels
        form = QFormLayout()
        form.addRow(fl["customer"], self.company)
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
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(prices)
        right.addLayout(buttons)
        right.addLayout(pdf_row)
        right.addWidget(self.last_label)
        right.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addLayout(left, 3)
        outer.addLayout(right, 2)
        self.set_pdf_language(self._language)
        self.retranslate_ui()

        for sig in (self.company.textChanged, self.contact.textChanged,
                    self.quantity.valueChanged, self.currency.currentIndexChanged,
                    self.margin.valueChanged, self.validity.valueChanged,
                    self.notes.textChanged):
            sig.connect(self.inputsChanged)
        self.issue.clicked.connect(self.issueRequested)
        self.revise.clicked.connect(self.reviseRequested)
        self.browse.clicked.connect(self.browseRequested)
        self.export.clicked.connect(self.exportRequested)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
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
        self.browse.setText(self.tr("Quote register…"))
        self.browse.setToolTip(self.tr("Browse issued quotes and compare revisions"))
        fl = self._form_labels
        for key, text in (("customer", self.tr("Customer")), ("contact", self.tr("Contact")),
                          ("quantity", self.tr("Quantity")), ("margin", self.tr("Margin")),
                          ("valid", self.tr("valid")), ("tiers", self.tr("Tiers")),
                          ("notes", self.tr("Notes"))):
            fl[key].setText(text)
        self.show_issued(self._issued)

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
        return QuoteInputs(
            company=self.company.text().strip(), contact=self.contact.text().strip(),
            quantity=self.quantity.value(), currency=self.currency.currentText(),
            margin_pct=Decimal(str(round(self.margin.value(), 1))),
            validity_days=self.validity.value(), notes=self.notes.toPlainText().strip(),
            include_bom=self.bom_summary.isChecked())

    def show_price(self, cost: PackCost | None, pb: PriceBreakdown | None,
                   message: str = "", language: str | None = None) -> None:
        lang = self._language = language or self._language
        if cost is None or pb is None:
            for label in self.price_labels.values():
                label.setText(display.NOT_AVAILABLE.get(lang, display.NOT_AVAILABLE["en"]))
            self.price_note.setText(message)
            return
        tier_unit = pb.lines[0].unit_price if pb.lines else pb.list_unit_price
        for key, money in (("price_cost", cost.cost), ("price_unit", cost.price),
                           ("price_tier_unit", tier_unit),
                           ("price_total_excl_tax", pb.total_excl_tax),
                           ("price_tax", pb.tax), ("price_total", pb.total_incl_tax)):
            self.price_labels[key].setText(display.money(money, lang))
        self.price_labels["price_tax"].setToolTip(
            pb.tax_label_zh or pb.tax_label if lang == "zh" else pb.tax_label)
        self.price_note.setText(self.tr("* Estimated cell price: no catalog price for this "
                                        "cell") if cost.estimated else "")

    def pdf_language(self) -> str:
        return str(self.language.currentData())

    def show_quote_inputs(self, quote: Quote) -> None:
        """Fill the commercial fields from an opened quote."""
        self.company.setText(quote.customer.company)
        self.contact.setText(quote.customer.contact)
        self.quantity.setValue(quote.quantity)
        self.currency.setCurrentText(quote.currency)
        self.margin.setValue(float(quote.cost.policy.margin_pct))
        self.validity.setValue(max(1, (quote.valid_until - quote.date).days))
        self.notes.setPlainText(quote.notes)

    def show_issued(self, quote: Quote | None) -> None:
        self._issued = quote
        issued = quote is not None and bool(quote.number)
        self.revise.setEnabled(issued)
        self.export.setEnabled(issued)
        self.last_label.setText(
            self.tr("Last issued: %1 · %2").replace("%1", quote.label).replace(
                "%2", display.money(quote.pricing.total_incl_tax, self._language))
            if quote else "")
