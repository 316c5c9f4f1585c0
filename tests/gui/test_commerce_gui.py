"""Edit → Settings… and the quote panel's lines and terms (issue 18), driven like a user."""

from __future__ import annotations

import json

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
)

from packconfig.core.commerce.settings import load_settings, settings_path
from packconfig.core.store.register import Register
from packconfig.gui import i18n
from packconfig.gui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def win(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.stack.setClean()
    i18n.set_language("en")


def type_into(qtbot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Type ``text``: key presses for plain ASCII, an input-method commit for Chinese
    and line breaks (QTest can only press ASCII keys)."""
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    else:
        widget.clear()
    if text.isascii() and "\n" not in text:
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QLineEdit):
        widget.insert(text)
    else:
        widget.insertPlainText(text)
    if isinstance(widget, QLineEdit):
        widget.editingFinished.emit()


def fill_and_save(qtbot, values: dict[str, str], tables=None):
    """A dialog_result callback: types ``values`` into the named fields, runs
    ``tables(dialog)`` and clicks Save; returns the dialog's result."""
    def answer(dialog: QDialog) -> int:
        assert dialog.objectName() == "settingsDialog"
        dialog.show()  # exec() is patched: show it so it takes key presses
        qtbot.waitExposed(dialog)
        for name, text in values.items():
            widget = dialog.findChild(QLineEdit, name) or dialog.findChild(QPlainTextEdit, name)
            type_into(qtbot, widget, text)
        if tables is not None:
            tables(dialog)
        qtbot.mouseClick(dialog.findChild(QPushButton, "settingsSaveButton"), LEFT)
        answer.dialog = dialog
        return dialog.result()
    return answer


def test_settings_action_is_in_the_edit_menu_with_the_preferences_key(win):
    action = win.actions.settings
    assert action.objectName() == "actionSettings"
    assert action in win.actions.menus["edit"].actions()
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [
        QKeySequence("Ctrl+,")]
    assert action.shortcuts() == keys


def test_seller_profile_saved_and_used_by_the_next_quote(win, qtbot, dialogs, tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (31, 58, 95)).save(logo)
    dialogs.dialog_result = fill_and_save(qtbot, {
        "sellerNameEdit": "Hangzhou Cell Works Co., Ltd.",
        "sellerNameZhEdit": "杭州电芯科技有限公司",
        "sellerAddressEdit": "88 Binjiang Road\nHangzhou",
        "sellerEmailEdit": "sales@cellworks.example.cn", "logoPathEdit": str(logo),
        "defaultEngineerEdit": "Zhang Min", "defaultIncotermPlaceEdit": "Ningbo",
        "defaultLeadTimeEdit": "10 weeks"},
        tables=lambda d: d.findChild(QComboBox, "defaultIncotermCombo").setCurrentText("FOB"))
    win.actions.settings.trigger()
    assert dialogs.dialog_result.dialog.result() == QDialog.DialogCode.Accepted
    saved = json.loads(settings_path().read_text(encoding="utf-8"))
    assert saved["seller"]["company_zh"] == "杭州电芯科技有限公司"
    assert saved["commercial"]["incoterm"] == "FOB"
    assert win.commercial.sales_engineer == "Zhang Min"
    assert win.findChild(QLineEdit, "salesEngineerEdit").text() == "Zhang Min"
    assert win.findChild(QLineEdit, "leadTimeEdit").text() == "10 weeks"
    win.quote.company.setText("Kandi")
    qtbot.mouseClick(win.quote.issue, LEFT)
    quote = win.last_quote
    assert quote.seller.company == "Hangzhou Cell Works Co., Ltd."
    assert quote.sales_engineer == "Zhang Min" and str(quote.pricing.incoterm) == "FOB Ningbo"
    assert quote.seller_logo is not None and quote.commercial_terms.lead_time == "10 weeks"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_bad_fields_are_refused_next_to_the_field_and_nothing_is_saved(win, qtbot, dialogs,
                                                                      tmp_path, language):
    i18n.set_language(language)
    not_image = tmp_path / "logo.png"
    not_image.write_text("not an image")
    huge = tmp_path / "huge.png"
    with huge.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    seen = {}

    def tables(dialog):
        tax = dialog.findChild(QTableWidget, "taxTable")
        tax.item(0, 1).setText("150")  # CNY 150 %
        dialog.findChild(QComboBox, "defaultIncotermCombo").setCurrentText("XYZ")
        dialog.findChild(QLineEdit, "defaultIncotermPlaceEdit").setText("Ningbo")

    def answer(dialog):
        result = fill_and_save(qtbot, {"logoPathEdit": str(not_image),
                                       "sellerNameEdit": "Changed Co."}, tables)(dialog)
        seen["logo"] = dialog.findChild(QLabel, "logoPathEditError").text()
        seen["incoterm"] = dialog.findChild(QLabel, "defaultIncotermComboError").text()
        seen["tax"] = dialog.findChild(QLabel, "taxFxErrorLabel").text()
        seen["summary"] = dialog.findChild(QLabel, "settingsErrorSummary").text()
        type_into(qtbot, dialog.findChild(QLineEdit, "logoPathEdit"), str(huge))
        dialog.check()
        seen["huge"] = dialog.findChild(QLabel, "logoPathEditError").text()
        return result

    dialogs.dialog_result = answer
    win.actions.settings.trigger()
    assert not settings_path().exists()  # nothing saved half-way
    assert load_settings().seller["company"] == "Your Company Co., Ltd."
    if language == "zh":
        assert "不是 PNG 或 JPEG 图片" in seen["logo"] and "字节" in seen["huge"]
        assert "贸易术语必须是" in seen["incoterm"] and "CNY 税率" in seen["tax"]
    else:
        assert "not a PNG or JPEG image" in seen["logo"] and "at most" in seen["huge"]
        assert "Incoterms 2020" in seen["incoterm"] and "tax.CNY.rate_pct" in seen["tax"]
    assert seen["summary"]


def test_today_rate_replaces_the_placeholder_and_price_list_is_saved(win, qtbot, dialogs):
    def tables(dialog):
        fx = dialog.findChild(QTableWidget, "fxTable")
        flags = [fx.item(r, 4).text() for r in range(fx.rowCount())]
        assert any("⚠" in f for f in flags)
        qtbot.mouseClick(dialog.findChild(QPushButton, "addRateButton"), LEFT)
        row = fx.rowCount() - 1
        for col, text in ((0, "EUR"), (2, "7.83"), (3, "PBOC central parity")):
            fx.item(row, col).setText(text)
        prices = dialog.findChild(QTableWidget, "priceListTable")
        row = [prices.item(r, 0).text() for r in range(prices.rowCount())].index("LG-MJ1")
        assert "⚠" in prices.item(row, 5).text()
        for col, text in ((2, "2.95"), (3, "USD"), (4, "2026-06-01"), (6, "supplier quote")):
            prices.item(row, col).setText(text)
        assert prices.item(row, 5).text() == ""

    dialogs.dialog_result = fill_and_save(qtbot, {}, tables)
    win.actions.settings.trigger()
    settings = load_settings()
    import datetime as dt

    assert not [r for r in settings.rates.in_effect(dt.date.today()) if r.needs_attention]
    assert str(settings.cell_price("LG-MJ1").price) == "2.95 USD"


def test_lines_are_priced_live_and_issued(win, qtbot, dialogs):
    win.tabs.setCurrentWidget(win.quote)
    win.quote.input_tabs.setCurrentWidget(win.quote.lines)
    table = win.findChild(QTableView, "quoteLinesTable")
    before = win.findChild(QLabel, "result_price_total").text()
    qtbot.mouseClick(win.findChild(QPushButton, "addLineButton"), LEFT)
    model = table.model()
    for col, text in ((0, "NRE: BMS adaptation"), (1, "2"), (3, "cost 1000 + 15%")):
        model.setData(model.index(0, col), text)
    assert win.findChild(QLabel, "result_price_total").text() != before
    assert model.index(0, 5).data() == "¥2,300.00"  # 2 x 1000 x 1.15
    qtbot.mouseClick(win.findChild(QPushButton, "proposeSamplesButton"), LEFT)
    assert model.rowCount() == 2 and model.index(1, 1).data() == "16"  # a 16S1P pack: 7.9 kg
    model.setData(model.index(0, 1), "-2")
    assert "line 1" in win.findChild(QLabel, "priceNote").text()
    win.quote.company.setText("Kandi")
    qtbot.mouseClick(win.quote.issue, LEFT)
    assert dialogs.calls_of("critical") and win.last_quote is None
    model.setData(model.index(0, 1), "2")
    model.setData(model.index(0, 4), "20")  # above the 10 % threshold: needs an approver
    qtbot.mouseClick(win.quote.issue, LEFT)
    assert len(dialogs.calls_of("critical")) == 2 and win.last_quote is None
    win.quote.input_tabs.setCurrentIndex(2)
    type_into(qtbot, win.findChild(QLineEdit, "approverEdit"), "Liu Yang")
    qtbot.mouseClick(win.quote.issue, LEFT)
    quote = win.last_quote
    assert quote is not None and quote.approved_by == "Liu Yang"
    assert [ln.description[:6] for ln in quote.lines] == ["NRE: B", "UN38.3"]
    with Register() as reg:
        assert reg.get(quote.number).lines == quote.lines


def test_opened_quote_fills_lines_and_terms(win, qtbot):
    qtbot.mouseClick(win.findChild(QPushButton, "addLineButton"), LEFT)
    model = win.findChild(QTableView, "quoteLinesTable").model()
    for col, text in ((0, "Freight"), (3, "800")):
        model.setData(model.index(0, col), text)
    win.findChild(QLineEdit, "incotermPlaceEdit").setText("Shanghai")
    win.findChild(QComboBox, "incotermCombo").setCurrentText("CIF")
    win.quote.company.setText("Kandi")
    qtbot.mouseClick(win.quote.issue, LEFT)
    quote = win.last_quote
    model.set_lines(())
    win.findChild(QLineEdit, "incotermPlaceEdit").setText("")
    win.quote.show_quote_inputs(quote)
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Freight"
    assert win.findChild(QLineEdit, "incotermPlaceEdit").text() == "Shanghai"
    assert QApplication.instance() is not None
    assert win.findChild(QSpinBox, "quantitySpin").value() == quote.quantity


@pytest.mark.parametrize("suffix", ["", ".csv"])
def test_export_sheet_of_the_issued_quote(win, qtbot, dialogs, tmp_path, suffix):
    from openpyxl import load_workbook

    button = win.findChild(QPushButton, "exportSheetButton")
    assert not button.isEnabled()
    win.quote.company.setText("Kandi")
    qtbot.mouseClick(win.quote.issue, LEFT)
    assert button.isEnabled()
    dialogs.save_file = str(tmp_path / f"quote{suffix}")
    qtbot.mouseClick(button, LEFT)
    assert not dialogs.calls_of("critical")
    if suffix == ".csv":
        text = (tmp_path / "quote.csv").read_text(encoding="utf-8-sig")
        assert "total_incl_tax" in text
    else:
        sheet = load_workbook(tmp_path / "quote.xlsx", data_only=True)["Quote"]
        values = [sheet.cell(r, 7).value for r in range(1, sheet.max_row + 1)]
        total = float(win.last_quote.pricing.total_incl_tax.amount)
        assert total in values
