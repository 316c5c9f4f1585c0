"""The QA test of issue 18: set the seller in the settings dialog, pick the customer
from the book, issue a 12-line quote, export the PDF and find the seller, the customer,
every line and the totals in the PDF's text — in English and Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QTableView

from packconfig import display
from packconfig.core.store.register import Customer, Register
from packconfig.gui import i18n
from packconfig.gui.main_window import MainWindow
from packconfig.report.data import build_report_data

LEFT = Qt.MouseButton.LeftButton
SELLER = {"en": ("Hangzhou Cell Works Co., Ltd.", "杭州电芯科技有限公司"),
          "zh": ("Hangzhou Cell Works Co., Ltd.", "杭州电芯科技有限公司")}
LINES = {
    "en": [("NRE BMS software adaptation", "1", "lot", "120000", ""),
           ("Tooling module end plates", "1", "set", "45000", "5"),
           ("Spare module 12S", "4", "module", "9000", ""),
           ("Charger 6.6 kW on-board", "10", "pcs", "cost 2333.33 + 17.5%", ""),
           ("Freight to Ningbo port", "1", "lot", "8000", ""),
           ("Heating film option", "500", "set", "85.50", ""),
           ("Service disconnect option", "500", "pcs", "42", "3"),
           ("Cell voltage harness 007", "20", "pcs", "120", ""),
           ("Design review and DFMEA", "40", "h", "650", ""),
           ("Packaging crates returnable", "25", "pcs", "310", ""),
           ("Training on site", "2", "lot", "12000", "")],
    "zh": [("BMS 软件适配开发费", "1", "lot", "120000", ""),
           ("模组端板模具费", "1", "set", "45000", "5"),
           ("备用模组 12S", "4", "module", "9000", ""),
           ("车载充电机 6.6 kW", "10", "pcs", "成本 2333.33 + 17.5%", ""),
           ("运费至宁波港", "1", "lot", "8000", ""),
           ("加热膜选配", "500", "set", "85.50", ""),
           ("维修开关选配", "500", "pcs", "42", "3"),
           ("电压采集线束 007", "20", "pcs", "120", ""),
           ("设计评审与 DFMEA", "40", "h", "650", ""),
           ("可回收包装箱", "25", "pcs", "310", ""),
           ("现场培训", "2", "lot", "12000", "")],
}


CUSTOMER = Customer(company="Zhejiang Kandi Vehicles Co., Ltd.", company_zh="浙江康迪车业有限公司",
                    contact="Wang Fang", address="1 Kandi Road\nJinhua, Zhejiang",
                    tax_id="0913307000001", email="purchasing@kandi.example.cn",
                    phone="+86 579 8223 9856", currency="CNY")


@pytest.fixture
def win(qtbot):
    with Register() as reg:  # the customer book holds the customer
        reg.add_customer(CUSTOMER)
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.registerChecked, timeout=10000):  # on the quote tab
        w.tabs.setCurrentWidget(w.quote)
    yield w
    w.doc.stack.setClean()
    i18n.set_language("en")


def type_text(qtbot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Key presses for ASCII; an input-method style commit for Chinese (QTest presses
    ASCII keys only)."""
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text.isascii() and "\n" not in text:
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QLineEdit):
        widget.insert(text)
    else:
        widget.insertPlainText(text)


def edit_cell(qtbot, table: QTableView, row: int, col: int, text: str) -> None:
    """Open the cell's editor as a double-click would, type, press Enter."""
    index = table.model().index(row, col)
    table.setCurrentIndex(index)
    table.edit(index)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    type_text(qtbot, editors[0], text)
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)


def set_unit(table: QTableView, row: int, unit: str) -> None:
    model = table.model()
    model.setData(model.index(row, 2), unit)


def pdf_text(path: Path) -> str:
    """The PDF's text without any white space (Chinese lines break anywhere)."""
    return "".join("".join(p.extract_text().split()) for p in PdfReader(path).pages)


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("language", ["en", "zh"])
def test_seller_twelve_lines_pdf(win, qtbot, dialogs, tmp_path, language):
    i18n.set_language(language)
    en_name, zh_name = SELLER[language]

    def settings_dialog(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        for name, text in (("sellerNameEdit", en_name), ("sellerNameZhEdit", zh_name),
                           ("sellerAddressEdit", "88 Binjiang Road\nHangzhou 310051"),
                           ("sellerEmailEdit", "sales@cellworks.example.cn"),
                           ("sellerPhoneEdit", "+86 571 8888 0000")):
            widget = dialog.findChild(QLineEdit, name) or dialog.findChild(QPlainTextEdit, name)
            type_text(qtbot, widget, text)
        qtbot.mouseClick(dialog.findChild(QPushButton, "settingsSaveButton"), LEFT)
        return dialog.result()

    dialogs.dialog_result = settings_dialog
    win.actions.settings.trigger()
    assert win.commercial.seller["company"] == en_name

    win.tabs.setCurrentWidget(win.quote)
    win.quote.set_pdf_language(language)
    edit = win.quote.company  # pick the customer from the book: type, choose
    type_text(qtbot, edit, "Kandi")
    popup = edit.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(win.quote.customer_combo.picked, timeout=3000):
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    name = CUSTOMER.company_zh if language == "zh" else CUSTOMER.company
    assert win.quote.company.text() == name
    assert win.quote.terms.values().tax_id == CUSTOMER.tax_id
    win.activateWindow()  # offscreen, the closed popup leaves no window active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)
    win.quote.input_tabs.setCurrentWidget(win.quote.lines)
    table = win.findChild(QTableView, "quoteLinesTable")
    add = win.findChild(QPushButton, "addLineButton")
    for row, (desc, qty, unit, price, disc) in enumerate(LINES[language]):
        qtbot.mouseClick(add, LEFT)
        edit_cell(qtbot, table, row, 0, desc)
        edit_cell(qtbot, table, row, 1, qty)
        set_unit(table, row, unit)
        edit_cell(qtbot, table, row, 3, price)
        if disc:
            edit_cell(qtbot, table, row, 4, disc)
    qtbot.mouseClick(win.findChild(QPushButton, "proposeSamplesButton"), LEFT)
    assert table.model().rowCount() == 12
    assert not win.quote.price_note.text()

    qtbot.mouseClick(win.quote.issue, LEFT)
    assert not dialogs.calls_of("critical")
    quote = win.last_quote
    assert len(quote.lines) == 12
    assert [ln.description for ln in quote.lines[:11]] == [x[0] for x in LINES[language]]

    win.quote.language.setCurrentIndex(win.quote.language.findData(language))
    dialogs.save_file = str(tmp_path / "quote.pdf")
    with qtbot.waitSignal(win.pdfExported, timeout=120000) as blocker:
        qtbot.mouseClick(win.quote.export, LEFT)
    text = pdf_text(Path(blocker.args[0]))
    assert squash(zh_name if language == "zh" else en_name) in text
    assert squash(en_name if language == "zh" else zh_name) in text  # the other script too
    for value in (CUSTOMER.company, CUSTOMER.company_zh, CUSTOMER.contact, CUSTOMER.tax_id,
                  CUSTOMER.email, CUSTOMER.phone, "Jinhua"):
        assert squash(value) in text, value  # the customer, in both scripts
    with Register() as reg:
        assert reg.entry(quote.number).customer_id == win.quote.customer_combo.customers[0].id
    data = build_report_data(quote, language)
    for row in data.price_rows:
        assert squash(row.description) in text, row.description
        assert row.amount in text, (row.description, row.amount)
    for field in data.totals:
        assert field.text in text and squash(field.label) in text
    assert display.money(quote.pricing.total_incl_tax, language) in text
