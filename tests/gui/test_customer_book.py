"""The customer book in the window (customerCombo, customerDialog) and the one warranty
text shared by the quote terms and the Lifetime page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
)

from packconfig import display
from packconfig.core.store.register import Customer, Register
from packconfig.gui import i18n
from packconfig.gui.main_window import MainWindow
from packconfig.report.data import build_report_data

LEFT = Qt.MouseButton.LeftButton
ACME = Customer(company="ACME Motors GmbH", company_zh="艾克米汽车", contact="Li Wei",
                address="1 Harbour Road\nNingbo", tax_id="0091330200MA2",
                email="buyer@acme.example", phone="+86 574 1234 5678",
                currency="USD", language="en")


@pytest.fixture
def book():
    with Register() as reg:
        reg.add_customer(ACME)
        reg.add_customer(Customer(company="Beta Storage Co", company_zh="贝塔储能",
                                  currency="CNY", language="zh"))


@pytest.fixture
def win(qtbot, book):
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


def pick_by_completion(qtbot, win, typed: str) -> None:
    """Type part of a name in customerEdit and choose the completer's first proposal."""
    edit = win.findChild(QLineEdit, "customerEdit")
    edit.setFocus()
    edit.clear()
    if typed.isascii():
        qtbot.keyClicks(edit, typed)
    else:  # an input method commits Chinese text at once
        edit.insert(typed)
        edit.textEdited.emit(edit.text())
        edit.completer().complete()
    popup = edit.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(win.quote.customer_combo.picked, timeout=3000):
        qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_pick_from_the_book_fills_the_quote_and_the_snapshot_is_kept(win, qtbot, dialogs):
    combo = win.findChild(QComboBox, "customerCombo")
    assert combo.count() == 2
    pick_by_completion(qtbot, win, "motors")
    panel = win.quote
    assert panel.company.text() == "ACME Motors GmbH"
    assert panel.contact.text() == "Li Wei"
    t = panel.terms.values()
    assert (t.address, t.email, t.phone, t.tax_id) == (ACME.address, ACME.email, ACME.phone,
                                                       ACME.tax_id)
    assert panel.currency.currentText() == "USD" and panel.pdf_language() == "en"
    assert win.findChild(QToolButton, "editCustomerButton").isEnabled()
    qtbot.mouseClick(panel.issue, LEFT)
    assert not dialogs.calls_of("critical"), dialogs.calls_of("critical")
    quote = win.last_quote
    assert (quote.customer.email, quote.customer.tax_id) == (ACME.email, ACME.tax_id)
    data = build_report_data(quote, "en")
    printed = " ".join(f.text for f in data.customer.lines)
    assert ACME.email in printed and ACME.tax_id in printed and ACME.phone in printed
    assert (data.customer.company, data.customer.company_alt) == (ACME.company,
                                                                  ACME.company_zh)
    # the book changes later: the quote keeps the customer as quoted
    with Register() as reg:
        reg.edit_customer(ACME.company, contact="Somebody Else", email="new@acme.example")
        snap = reg.customer_as_quoted(quote.number)
        entry = reg.entry(quote.number)
    assert (snap.contact, snap.email, snap.company_zh) == ("Li Wei", ACME.email, "艾克米汽车")
    assert entry.customer_id == snap.id is not None


def test_a_name_not_in_the_book_is_quoted_as_typed(win, qtbot):
    pick_by_completion(qtbot, win, "motors")
    assert win.quote.inputs().company_zh == "艾克米汽车"
    win.quote.show_quote_inputs(dataclasses_replace_customer(win, "Other Co"))
    inputs = win.quote.inputs()
    assert (inputs.company, inputs.company_zh) == ("Other Co", "")
    assert win.quote.picked_customer is None
    assert not win.findChild(QToolButton, "editCustomerButton").isEnabled()


def dataclasses_replace_customer(win, company: str):
    """A quote of the current design for ``company`` (as File → Open would show)."""
    import dataclasses

    from packconfig.gui.pricing_bridge import draft_quote

    quote = draft_quote(win.doc.project, win.quote.inputs(), win.commercial)
    return dataclasses.replace(quote, customer=dataclasses.replace(
        quote.customer, company=company, company_zh=""))


def test_chinese_name_completes_and_the_chinese_quote_prints_it(win, qtbot):
    pick_by_completion(qtbot, win, "贝塔")
    assert win.quote.pdf_language() == "zh"  # the customer's language
    assert win.quote.company.text() == "贝塔储能"
    assert win.quote.currency.currentText() == "CNY"
    inputs = win.quote.inputs()
    assert (inputs.company, inputs.company_zh) == ("Beta Storage Co", "贝塔储能")


def test_new_customer_dialog_checks_fields_in_the_interface_language(win, qtbot, dialogs):
    i18n.set_language("zh")
    seen = {}

    def fill(dialog):
        assert dialog.objectName() == "customerDialog"
        dialog.show()
        company = dialog.findChild(QLineEdit, "custCompanyEdit")
        assert company.text() == "Gamma Cells"  # starts from what the panel holds
        email = dialog.findChild(QLineEdit, "custEmailEdit")
        email.setText("not-an-address")
        save = dialog.findChild(QPushButton, "customerSaveButton")
        qtbot.mouseClick(save, LEFT)
        seen["error"] = dialog.findChild(QLabel, "customerErrorLabel").text()
        seen["invalid"] = bool(email.property("invalid"))
        assert dialog.saved is None and dialog.isVisible()  # nothing saved, still open
        company.setText("ACME Motors GmbH")  # already in the book
        email.setText("sales@gamma.example")
        qtbot.mouseClick(save, LEFT)
        seen["exists"] = dialog.findChild(QLabel, "customerErrorLabel").text()
        company.setText("Gamma Cells")
        dialog.findChild(QLineEdit, "custTaxIdEdit").setText("007-123")
        qtbot.mouseClick(save, LEFT)
        return dialog.result()

    win.quote.company.setText("Gamma Cells")
    dialogs.dialog_result = fill
    qtbot.mouseClick(win.findChild(QToolButton, "newCustomerButton"), LEFT)
    assert "电子邮箱" in seen["error"] and "not-an-address" in seen["error"]
    assert seen["invalid"]
    assert "客户簿中已有" in seen["exists"]
    with Register() as reg:
        saved = reg.customer("Gamma Cells")
    assert (saved.email, saved.tax_id) == ("sales@gamma.example", "007-123")
    assert win.quote.picked_customer.id == saved.id
    assert win.findChild(QComboBox, "customerCombo").count() == 3


def test_edit_customer_saves_the_book_entry(win, qtbot, dialogs):
    pick_by_completion(qtbot, win, "ACME")

    def edit(dialog):
        dialog.show()
        assert dialog.findChild(QLineEdit, "custCompanyZhEdit").text() == "艾克米汽车"
        dialog.findChild(QLineEdit, "custPhoneEdit").setText("+86 574 0000 0000")
        qtbot.mouseClick(dialog.findChild(QPushButton, "customerSaveButton"), LEFT)
        return dialog.result()

    dialogs.dialog_result = edit
    qtbot.mouseClick(win.findChild(QToolButton, "editCustomerButton"), LEFT)
    with Register() as reg:
        assert reg.customer(ACME.company).phone == "+86 574 0000 0000"
    assert win.quote.terms.values().phone == "+86 574 0000 0000"


def test_quote_terms_show_the_lifetime_warranty_and_print_one(win, qtbot, dialogs):
    terms_edit = win.findChild(QLineEdit, "warrantyTextEdit")
    settings_text = terms_edit.text()
    pages = win.findChild(QTabWidget, "mainPages")
    with qtbot.waitSignal(win.lifetime.computed, timeout=10000):
        pages.setCurrentIndex(pages.indexOf(win.lifetime))
    proposal = display.warranty(win.lifetime.summary.warranty)
    assert proposal and proposal != settings_text
    assert terms_edit.text() == proposal  # the default now is the Lifetime proposal
    life_edit = win.findChild(QLineEdit, "warrantyEdit")
    life_edit.selectAll()
    qtbot.keyClicks(life_edit, "6 years or 2,000 cycles to 70 % SOH")
    assert terms_edit.text() == "6 years or 2,000 cycles to 70 % SOH"
    win.quote.company.setText("ACME Motors GmbH")
    qtbot.mouseClick(win.quote.issue, LEFT)
    quote = win.last_quote
    assert quote.warranty == quote.commercial_terms.warranty_text \
        == "6 years or 2,000 cycles to 70 % SOH"
    # the user edits the quote's warranty: it stays, and is the one printed everywhere
    terms_edit.setFocus()
    terms_edit.selectAll()
    qtbot.keyClicks(terms_edit, "Per warranty agreement WA-7")
    life_edit.selectAll()
    qtbot.keyClicks(life_edit, "8 years")
    assert terms_edit.text() == "Per warranty agreement WA-7"
    qtbot.mouseClick(win.quote.issue, LEFT)
    quote = win.last_quote
    assert quote.warranty == quote.commercial_terms.warranty_text \
        == "Per warranty agreement WA-7"
    data = build_report_data(quote, "en")
    texts = " ".join(data.terms) + " ".join(f.text for f in data.commercial)
    assert "8 years" not in texts and "Per warranty agreement WA-7" in texts


def test_the_register_is_checked_only_once_the_quote_tab_is_shown(qtbot):
    import sys

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(200)
    assert getattr(w, "_register_check", None) is None  # designing only: no register
    with qtbot.waitSignal(w.registerChecked, timeout=10000):
        w.tabs.setCurrentWidget(w.quote)
    assert w.register_state.block == "" and "sqlalchemy" in sys.modules
    w.tabs.setCurrentIndex(0)
    w.tabs.setCurrentWidget(w.quote)
    assert w._register_check is not None  # once; Retry checks again
    w.doc.stack.setClean()
