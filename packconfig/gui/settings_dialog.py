"""Edit → Settings… (``settingsDialog``): the seller profile, quoting defaults, tax and
exchange rates, the cell price list.

A thin view over :mod:`packconfig.core.commerce.settings`: the dialog turns its widgets
into the settings sections, the core checks every field
(:func:`~packconfig.core.commerce.settings.problems`) and each problem is shown next to
its field in the interface language. Save writes ``settings.json`` atomically, and only
when every field is valid: nothing is ever saved half-way.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from packconfig.core import messages
from packconfig.core.commerce.pricing import INCOTERMS
from packconfig.core.commerce.settings import (
    Settings,
    load_user_overrides,
    problems,
    save_settings,
    with_defaults,
)
from packconfig.core.commerce.settings_fields import MAX_LOGO_BYTES, field_of
from packconfig.core.errors import PackconfigError
from packconfig.gui.i18n import current_language
from packconfig.gui.settings_tables import FxTable, PriceListTable, TaxTable, TierTable

#: Seller fields: (settings key, objectName, multi-line).
SELLER_FIELDS = (
    ("company", "sellerNameEdit", False), ("company_zh", "sellerNameZhEdit", False),
    ("contact", "sellerContactEdit", False), ("address", "sellerAddressEdit", True),
    ("tax_id", "sellerTaxIdEdit", False), ("bank", "sellerBankEdit", True),
    ("phone", "sellerPhoneEdit", False), ("email", "sellerEmailEdit", False),
    ("website", "sellerWebsiteEdit", False),
)
#: Quoting text fields: (commercial key, objectName, multi-line).
TERMS_FIELDS = (
    ("payment_terms", "defaultPaymentTermsEdit", True),
    ("lead_time", "defaultLeadTimeEdit", False),
    ("warranty_text", "defaultWarrantyEdit", True),
)


def _text(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


class SettingsDialog(QDialog):
    """Tabs Seller, Quoting, Tax & FX, Price list; Save / Cancel."""

    def __init__(self, settings: Settings, catalog: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="settingsDialog")
        self.settings = settings
        self.saved: Settings | None = None
        self.language = current_language()
        screen = (parent.screen() if parent is not None else None) or self.screen()
        room = screen.availableGeometry() if screen is not None else None
        # fits a 1024 × 600 screen: every tab scrolls or shrinks
        self.resize(min(820, room.width() - 40) if room else 820,
                    min(640, room.height() - 60) if room else 640)
        self.fields: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self.tabs = QTabWidget(objectName="settingsTabs")
        raw = settings.raw
        self.tabs.addTab(self._seller_tab(settings), "")
        self.tabs.addTab(self._quoting_tab(settings, raw.get("commercial", {})), "")
        self.tax = TaxTable(raw.get("tax", {}))
        self.fx = FxTable(raw.get("fx", []))
        self.prices = PriceListTable(catalog, raw.get("cell_prices", {}))
        self.tabs.addTab(self._tax_fx_tab(), "")
        self.tabs.addTab(self._prices_tab(), "")
        self.summary = QLabel(objectName="settingsErrorSummary", wordWrap=True)
        self.summary.setStyleSheet("color: #b42318;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName(
            "settingsSaveButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.summary)
        lay.addWidget(self.buttons)
        self.retranslate_ui()

    # ------------------------------------------------------------------ building
    def _field(self, path: str, widget: QLineEdit | QPlainTextEdit | QComboBox) -> QWidget:
        """``widget`` with its error label below it (shown when the field is invalid)."""
        self.fields[path] = widget
        error = QLabel(objectName=widget.objectName() + "Error", wordWrap=True)
        error.setStyleSheet("color: #b42318;")
        error.hide()
        self.errors[path] = error
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(1)
        col.addWidget(widget)
        col.addWidget(error)
        if isinstance(widget, QLineEdit):
            widget.editingFinished.connect(self.check)
        return box

    def _seller_tab(self, settings: Settings) -> QWidget:
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, name, multi in SELLER_FIELDS:
            widget = QPlainTextEdit(objectName=name) if multi else QLineEdit(objectName=name)
            if multi:
                widget.setPlainText(settings.seller.get(key, ""))
                widget.setMaximumHeight(64)
            else:
                widget.setText(settings.seller.get(key, ""))
            self.labels[key] = QLabel()
            form.addRow(self.labels[key], self._field(f"seller.{key}", widget))
        self.logo_edit = QLineEdit(settings.seller.get("logo", ""), objectName="logoPathEdit")
        self.logo_browse = QPushButton(objectName="logoBrowseButton")
        self.logo_browse.clicked.connect(self._browse_logo)
        self.logo_preview = QLabel(objectName="logoPreview")
        self.logo_preview.setFixedHeight(48)
        row = QHBoxLayout()
        row.addWidget(self._field("seller.logo", self.logo_edit), 1)
        row.addWidget(self.logo_browse)
        self.labels["logo"] = QLabel()
        form.addRow(self.labels["logo"], row)
        form.addRow("", self.logo_preview)
        self.engineer = QLineEdit(settings.sales_engineer, objectName="defaultEngineerEdit")
        self.labels["engineer"] = QLabel()
        form.addRow(self.labels["engineer"], self._field("sales_engineer", self.engineer))
        self.logo_edit.textChanged.connect(self._show_logo)
        self._show_logo()
        return _scrolled(form)

    def _quoting_tab(self, settings: Settings, com: dict[str, Any]) -> QWidget:
        form = QFormLayout()
        self.validity = QSpinBox(objectName="validityDaysSpin")
        self.validity.setRange(1, 366)
        self.validity.setValue(settings.validity_days)
        self.margin = QDoubleSpinBox(objectName="settingsMarginSpin")
        self.margin.setRange(0, 95)
        self.margin.setDecimals(1)
        self.margin.setValue(float(settings.policy.margin_pct))
        self.approval = QDoubleSpinBox(objectName="approvalThresholdSpin")
        self.approval.setRange(0, 100)
        self.approval.setDecimals(1)
        self.approval.setValue(float(settings.discount_approval_pct))
        self.warranty_margin = QDoubleSpinBox(objectName="warrantyMarginSpin")
        self.warranty_margin.setRange(0, 90)  # the bounds core.life.outputs accepts
        self.warranty_margin.setDecimals(0)
        self.warranty_margin.setValue(_warranty_margin_pct(settings.raw))
        self.convention = QComboBox(objectName="tierConventionCombo")
        self.convention.addItem("range", "range")
        self.convention.addItem("slab", "slab")
        self.convention.setCurrentIndex(self.convention.findData(settings.tiers.convention))
        self.tiers = TierTable(settings.tiers)
        self.incoterm = QComboBox(objectName="defaultIncotermCombo", editable=True)
        self.incoterm.addItems(["", *INCOTERMS])
        self.incoterm.setCurrentText(str(com.get("incoterm", "")))
        self.place = QLineEdit(str(com.get("incoterm_place", "")),
                               objectName="defaultIncotermPlaceEdit")
        for key in ("validity", "margin", "approval", "convention", "tiers", "incoterm",
                    "place", "warranty_margin"):
            self.labels[key] = QLabel()
        form.addRow(self.labels["validity"], self.validity)
        form.addRow(self.labels["margin"], self.margin)
        form.addRow(self.labels["convention"], self.convention)
        form.addRow(self.labels["tiers"], self.tiers)
        inc = QHBoxLayout()
        inc.addWidget(self._field("commercial.incoterm", self.incoterm), 1)
        inc.addWidget(self._field("commercial.incoterm_place", self.place), 2)
        form.addRow(self.labels["incoterm"], inc)
        for key, name, multi in TERMS_FIELDS:
            widget = QPlainTextEdit(objectName=name) if multi else QLineEdit(objectName=name)
            value = getattr(settings.terms, key)
            if multi:
                widget.setPlainText(value)
                widget.setMaximumHeight(64)
            else:
                widget.setText(value)
            self.labels[key] = QLabel()
            form.addRow(self.labels[key], self._field(f"commercial.{key}", widget))
        form.addRow(self.labels["approval"], self.approval)
        form.addRow(self.labels["warranty_margin"], self.warranty_margin)
        return _scrolled(form)

    def _tax_fx_tab(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.tax_title, self.fx_title = QLabel(), QLabel()
        lay.addWidget(self.tax_title)
        lay.addWidget(self.tax)
        lay.addWidget(self.fx_title)
        lay.addWidget(self.fx, 1)
        self.fx_note = QLabel(objectName="fxNote", wordWrap=True)
        lay.addWidget(self.fx_note)
        self.table_errors = QLabel(objectName="taxFxErrorLabel", wordWrap=True)
        self.table_errors.setStyleSheet("color: #b42318;")
        lay.addWidget(self.table_errors)
        return page

    def _prices_tab(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.prices_note = QLabel(objectName="priceListNote", wordWrap=True)
        lay.addWidget(self.prices_note)
        lay.addWidget(self.prices, 1)
        self.price_errors = QLabel(objectName="priceListErrorLabel", wordWrap=True)
        self.price_errors.setStyleSheet("color: #b42318;")
        lay.addWidget(self.price_errors)
        return page

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for i, text in enumerate((self.tr("Seller"), self.tr("Quoting"), self.tr("Tax && FX"),
                                  self.tr("Price list"))):
            self.tabs.setTabText(i, text)
        for key, text in (
                ("company", self.tr("Legal name (English)")),
                ("company_zh", self.tr("Legal name (Chinese)")), ("contact", self.tr("Contact")),
                ("address", self.tr("Address")), ("tax_id", self.tr("Tax ID")),
                ("bank", self.tr("Bank details")), ("phone", self.tr("Phone")),
                ("email", self.tr("E-mail")), ("website", self.tr("Website")),
                ("logo", self.tr("Logo image")), ("engineer", self.tr("Sales engineer (you)")),
                ("validity", self.tr("Quote validity")), ("margin", self.tr("Margin on price")),
                ("convention", self.tr("Tier convention")), ("tiers", self.tr("Volume tiers")),
                ("incoterm", self.tr("Incoterm and named place")),
                ("payment_terms", self.tr("Payment terms")), ("lead_time", self.tr("Lead time")),
                ("warranty_text", self.tr("Warranty text")),
                ("approval", self.tr("Discounts above this need an approver")),
                ("warranty_margin", self.tr("Warranty confidence margin")),
                ("place", "")):
            self.labels[key].setText(text)
        self.validity.setSuffix(self.tr(" days"))
        # (item data: the core's convention keys)
        self.convention.setItemText(0, self.tr("Whole quantity at the tier it reaches (range)"))
        self.convention.setItemText(1, self.tr("Each unit at its own tier (slab)"))
        self.margin.setSuffix(" %")
        self.approval.setSuffix(" %")
        self.warranty_margin.setSuffix(" %")
        self.warranty_margin.setToolTip(self.tr(
            "The Lifetime page proposes a warranty the ageing model meets with this margin: "
            "20 % promises 80 % of the projected years and cycles"))
        self.logo_browse.setText(self.tr("Browse…"))
        self.logo_edit.setPlaceholderText(self.tr("PNG or JPEG, at most 1 MB"))
        self.place.setPlaceholderText(self.tr("Named place, e.g. Ningbo"))
        for path, text in (("commercial.payment_terms", self.tr(
                "Empty: the standard wording (30 % advance, 70 % before shipment by T/T)")),
                ("commercial.lead_time", self.tr("Empty: confirmed with the order")),
                ("commercial.warranty_text", self.tr(
                    "Empty: per the product specification and warranty agreement"))):
            self.fields[path].setPlaceholderText(text)
        self.tax_title.setText(self.tr("Tax rate per quote currency"))
        self.fx_title.setText(self.tr("Exchange rates (CNY per unit, dated; the latest rate on "
                                      "or before a quote's date is used)"))
        self.fx_note.setText(self.tr("Rates marked ⚠ are placeholders or have no source: add "
                                     "today's rate with its source before quoting in them."))
        self.prices_note.setText(self.tr("Your own cell prices replace the catalog price. Cells "
                                         "marked ⚠ have no price at all: their cost is an "
                                         "estimate per kWh."))
        self.tax.retranslate()
        self.fx.retranslate()
        self.prices.retranslate()
        self.tiers.retranslate()

    # ----------------------------------------------------------------- behaviour
    def _browse_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the logo image"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo_edit.setText(path)
            self.check()

    def _show_logo(self) -> None:
        from pathlib import Path

        path = Path(self.logo_edit.text().strip()).expanduser()
        pix = QPixmap()
        try:
            small = path.is_file() and path.stat().st_size <= MAX_LOGO_BYTES
        except OSError:
            small = False
        if small and pix.load(str(path)):
            self.logo_preview.setPixmap(pix.scaledToHeight(
                44, Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.clear()

    def overrides(self) -> dict[str, Any]:
        """The user's settings file with the dialog's sections in place of its own."""
        data = load_user_overrides()
        seller = {key: _text(self.fields[f"seller.{key}"]).strip()
                  for key, _n, _m in SELLER_FIELDS}
        seller["logo"] = self.logo_edit.text().strip()
        com = dict(data.get("commercial", {}))
        com.update(validity_days=self.validity.value(),
                   margin_pct=f"{self.margin.value():.1f}",
                   discount_approval_pct=f"{self.approval.value():.1f}",
                   tier_convention=self.convention.currentData(), tiers=self.tiers.records(),
                   incoterm=self.incoterm.currentText().strip().upper(),
                   incoterm_place=self.place.text().strip())
        for key, _n, _m in TERMS_FIELDS:
            com[key] = _text(self.fields[f"commercial.{key}"]).strip()
        life = dict(data.get("life", {}))
        life["warranty_margin_pct"] = round(self.warranty_margin.value())
        data.update(seller=seller, commercial=com, life=life,
                    sales_engineer=self.engineer.text().strip(),
                    tax=self.tax.records(), fx=self.fx.records(),
                    cell_prices=self.prices.records())
        return data

    def check(self) -> list[PackconfigError]:
        """Check every field; show each problem next to its field. Returns them."""
        found = problems(with_defaults(self.overrides()))
        for label in self.errors.values():
            label.hide()
        table_msgs, price_msgs = [], []
        for exc in found:
            text = messages.text(exc, self.language)
            path = field_of(exc)
            if path in self.errors:
                self.errors[path].setText(text)
                self.errors[path].show()
            elif path.startswith("cell_prices"):
                price_msgs.append(text)
            else:
                table_msgs.append(text)
        self.table_errors.setText("\n".join(table_msgs))
        self.price_errors.setText("\n".join(price_msgs))
        self.summary.setText(self.tr("%n field(s) need attention; nothing was saved.", "",
                                     len(found)) if found else "")
        return found

    def accept(self) -> None:
        """Save when every field is valid (atomically); otherwise show why and stay."""
        found = self.check()
        if found:
            first = field_of(found[0])
            for index, prefix in ((0, "seller"), (0, "sales_engineer"), (1, "commercial"),
                                  (2, "tax"), (2, "fx"), (3, "cell_prices")):
                if first.startswith(prefix):
                    self.tabs.setCurrentIndex(index)
                    break
            return
        from packconfig.core.commerce.settings import load_settings

        try:
            save_settings(self.overrides())
            self.saved = load_settings()
        except PackconfigError as exc:
            QMessageBox.critical(self, self.tr("Cannot save the settings"),
                                 messages.text(exc, self.language))
            return
        super().accept()


def _warranty_margin_pct(raw: dict[str, Any]) -> float:
    """The settings' warranty confidence margin in percent (the shipped default when
    the file's value is missing or unusable; saving the dialog then writes a good one)."""
    from packconfig.core.life.outputs import warranty_margin

    try:
        return 100 * warranty_margin(raw)
    except PackconfigError:
        return 100 * warranty_margin(None)


def _scrolled(form: QFormLayout) -> QWidget:
    inner = QWidget()
    col = QVBoxLayout(inner)
    col.addLayout(form)
    col.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    return area
