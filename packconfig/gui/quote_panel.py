"""Quote panel: customer and commercial inputs, live price labels
(``result_price_unit``, ``result_price_total``), the price lines, Issue quote / New
revision and the register browser."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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
from packconfig.core.costing import PackCost
from packconfig.core.money import CURRENCIES
from packconfig.core.pricing import PriceBreakdown
from packconfig.core.quote import Quote
from packconfig.core.settings import Settings
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
        tr = self.tr
        self.company = QLineEdit(objectName="customerEdit")
        self.company.setToolTip(tr("Customer company name as printed on the quote"))
        self.company.setPlaceholderText(tr("Customer company"))
        self.contact = QLineEdit(objectName="contactEdit")
        self.contact.setToolTip(tr("Customer contact person"))
        self.quantity = QSpinBox(objectName="quantitySpin")
        self.quantity.setRange(1, 10_000_000)
        self.quantity.setValue(100)
        self.quantity.setGroupSeparatorShown(True)
        self.quantity.setSuffix(tr(" packs"))
        self.quantity.setToolTip(tr("Number of packs quoted; volume tiers apply"))
        self.currency = QComboBox(objectName="currencyCombo")
        self.currency.addItems(sorted(CURRENCIES))
        self.currency.setCurrentText(settings.base_currency if settings.base_currency
                                     in CURRENCIES else "CNY")
        self.currency.setToolTip(tr("Quote currency; catalog prices are converted at the "
                                    "dated exchange rate"))
        self.margin = QDoubleSpinBox(objectName="marginSpin")
        self.margin.setRange(0, 95)
        self.margin.setDecimals(1)
        self.margin.setSuffix(" %")
        self.margin.setValue(float(settings.policy.margin_pct))
        self.margin.setToolTip(tr("Margin on price, in percent: price = cost / (1 − margin)"))
        self.validity = QSpinBox(objectName="validitySpin")
        self.validity.setRange(1, 365)
        self.validity.setValue(settings.validity_days)
        self.validity.setSuffix(tr(" days"))
        self.validity.setToolTip(tr("How long the quote is valid, in days from its date"))
        self.notes = QPlainTextEdit(objectName="notesEdit")
        self.notes.setPlaceholderText(tr("Notes printed on the quote"))
        self.notes.setToolTip(tr("Free-text notes printed on the quote"))
        self.notes.setMaximumHeight(54)
        tiers = settings.tiers
        self.tiers = QLabel("\n".join(tiers.label(t) for t in tiers.tiers),
                            objectName="tiersLabel")
        self.tiers.setToolTip(tr("Volume tiers from the commercial settings "
                                 "(%1 convention)").replace("%1", tiers.convention))

        self.price_labels: dict[str, QLabel] = {}
        prices = QGroupBox(tr("Price"))
        grid = QGridLayout(prices)
        grid.setVerticalSpacing(2)
        for row, (key, name) in enumerate((
                ("price_cost", tr("Unit cost")), ("price_unit", tr("List unit price")),
                ("price_tier_unit", tr("Unit price at this quantity")),
                ("price_total_excl_tax", tr("Total excl. tax")), ("price_tax", tr("Tax")),
                ("price_total", tr("Total incl. tax")))):
            label = QLabel(objectName=f"result_{key}")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key in ("price_unit", "price_total"):
                label.setStyleSheet("font-weight: 600;")
            caption = QLabel(name)
            caption.setStyleSheet("color: #555;")
            grid.addWidget(caption, row, 0)
            grid.addWidget(label, row, 1)
            self.price_labels[key] = label
        self.price_note = QLabel(objectName="priceNote")
        self.price_note.setWordWrap(True)
        self.price_note.setStyleSheet("color: #8a5a00;")
        grid.addWidget(self.price_note, 6, 0, 1, 2)

        self.issue = QPushButton(tr("Issue quote"), objectName="issueQuoteButton")
        self.issue.setToolTip(tr("Number this quote and record it in the quote register"))
        self.revise = QPushButton(tr("New revision"), objectName="newRevisionButton")
        self.revise.setToolTip(tr("Issue the next revision of the last issued quote with the "
                                  "current design and terms"))
        self.revise.setEnabled(False)
        self.language = QComboBox(objectName="pdfLanguageCombo")
        self.language.addItem("English", "en")
        self.language.addItem("中文", "zh")
        self.language.setToolTip(tr("Language of the exported PDF quote"))
        self.export = QPushButton(tr("Export PDF…"), objectName="exportPdfButton")
        self.export.setToolTip(tr("Write the last issued quote as a PDF for the customer"))
        self.export.setEnabled(False)
        self.browse = QPushButton(tr("Quote register…"), objectName="registerButton")
        self.browse.setToolTip(tr("Browse issued quotes and compare revisions"))
        self.last_label = QLabel(objectName="lastQuoteLabel")
        self.last_label.setStyleSheet("color: #2e7d32;")

        form = QFormLayout()
        form.addRow(tr("Customer"), self.company)
        form.addRow(tr("Contact"), self.contact)
        qty = QHBoxLayout()
        qty.addWidget(self.quantity, 2)
        qty.addWidget(self.currency, 1)
        form.addRow(tr("Quantity"), qty)
        mv = QHBoxLayout()
        mv.addWidget(self.margin)
        mv.addWidget(QLabel(tr("valid")))
        mv.addWidget(self.validity)
        form.addRow(tr("Margin"), mv)
        form.addRow(tr("Tiers"), self.tiers)
        form.addRow(tr("Notes"), self.notes)
        buttons = QHBoxLayout()
        for b in (self.issue, self.revise, self.browse):
            buttons.addWidget(b)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.language)
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

        for sig in (self.company.textChanged, self.contact.textChanged,
                    self.quantity.valueChanged, self.currency.currentIndexChanged,
                    self.margin.valueChanged, self.validity.valueChanged,
                    self.notes.textChanged):
            sig.connect(self.inputsChanged)
        self.issue.clicked.connect(self.issueRequested)
        self.revise.clicked.connect(self.reviseRequested)
        self.browse.clicked.connect(self.browseRequested)
        self.export.clicked.connect(self.exportRequested)

    def inputs(self) -> QuoteInputs:
        return QuoteInputs(
            company=self.company.text().strip(), contact=self.contact.text().strip(),
            quantity=self.quantity.value(), currency=self.currency.currentText(),
            margin_pct=Decimal(str(round(self.margin.value(), 1))),
            validity_days=self.validity.value(), notes=self.notes.toPlainText().strip())

    def show_price(self, cost: PackCost | None, pb: PriceBreakdown | None,
                   message: str = "") -> None:
        if cost is None or pb is None:
            for label in self.price_labels.values():
                label.setText(display.NOT_AVAILABLE["en"])
            self.price_note.setText(message)
            return
        tier_unit = pb.lines[0].unit_price if pb.lines else pb.list_unit_price
        for key, money in (("price_cost", cost.cost), ("price_unit", cost.price),
                           ("price_tier_unit", tier_unit),
                           ("price_total_excl_tax", pb.total_excl_tax),
                           ("price_tax", pb.tax), ("price_total", pb.total_incl_tax)):
            self.price_labels[key].setText(display.money(money))
        self.price_labels["price_tax"].setToolTip(pb.tax_label)
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
        issued = quote is not None and bool(quote.number)
        self.revise.setEnabled(issued)
        self.export.setEnabled(issued)
        self.last_label.setText(
            self.tr("Last issued: %1 · %2").replace("%1", quote.label).replace(
                "%2", display.money(quote.pricing.total_incl_tax)) if quote else "")
