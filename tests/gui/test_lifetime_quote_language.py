"""The Lifetime page's warranty proposal is worded in the QUOTE's language (the PDF
language chosen in the quote panel), not the window's: a Chinese quote issued from an
English window states its warranty in Chinese, and an English quote issued from a
Chinese window states it in English — on the quote and in the PDF's lifetime section."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from packconfig import display
from packconfig.gui import i18n
from packconfig.gui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
OTHER = {"en": "zh", "zh": "en"}


@pytest.fixture
def window_in(qtbot):
    made = []

    def make(language: str) -> MainWindow:
        i18n.set_language(language)
        w = MainWindow()
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        made.append(w)
        return w

    yield make
    for w in made:
        w.doc.stack.setClean()
    i18n.set_language("en")


def open_lifetime(win, qtbot) -> None:
    with qtbot.waitSignal(win.lifetime.computed, timeout=10000):
        win.pages.setCurrentWidget(win.lifetime)


def pdf_text(path: Path) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(path).pages)


@pytest.mark.parametrize("window", ["en", "zh"])
def test_warranty_follows_the_quote_language(window_in, qtbot, dialogs, tmp_path, window):
    win = window_in(window)
    quote_language = OTHER[window]
    open_lifetime(win, qtbot)
    edit = win.findChild(QLineEdit, "warrantyEdit")
    proposal = win.lifetime.summary.warranty
    assert edit.text() == display.warranty(proposal, window)  # the PDF follows the window
    win.quote.language.setCurrentIndex(win.quote.language.findData(quote_language))
    stated = display.warranty(proposal, quote_language)
    assert edit.text() == stated != display.warranty(proposal, window)
    assert win.quote.terms.warranty.text() == stated  # the quote panel's warranty too
    title = {"en": "Warranty proposal (Chinese quote)", "zh": "质保建议（英文报价）"}
    assert win.lifetime.warranty_title.text() == title[window]  # whose language it is

    win.pages.setCurrentIndex(0)
    win.tabs.setCurrentWidget(win.quote)
    win.quote.company.setText("ACME Electric Buses GmbH")
    qtbot.mouseClick(win.quote.issue, LEFT)
    assert not dialogs.calls_of("critical")
    quote = win.last_quote
    assert quote.language == quote_language
    assert quote.warranty == stated and quote.commercial_terms.warranty_text == stated

    dialogs.save_file = str(tmp_path / "quote.pdf")
    with qtbot.waitSignal(win.pdfExported, timeout=120000) as blocker:
        qtbot.mouseClick(win.quote.export, LEFT)
    assert "".join(stated.split()) in pdf_text(Path(blocker.args[0]))


def test_an_edited_warranty_is_kept_when_the_quote_language_changes(window_in, qtbot):
    win = window_in("en")
    open_lifetime(win, qtbot)
    edit = win.findChild(QLineEdit, "warrantyEdit")
    edit.selectAll()
    qtbot.keyClicks(edit, "5 years or 1,500 cycles to 70 % SOH")
    win.quote.language.setCurrentIndex(win.quote.language.findData("zh"))
    assert edit.text() == "5 years or 1,500 cycles to 70 % SOH"  # the user's words stay
    win.lifetime.reset.click()  # "Use proposal": the proposal in the quote's language
    assert edit.text() == display.warranty(win.lifetime.summary.warranty, "zh")


def test_warranty_margin_is_set_in_the_settings_dialog(window_in, qtbot, dialogs):
    """Issue 17's "chosen confidence margin (settings)" can be chosen in Edit → Settings…
    (not only by hand-editing settings.json), and the Lifetime page in view re-proposes."""
    from PySide6.QtWidgets import QDoubleSpinBox, QPushButton

    from packconfig.core.commerce.settings import load_user_overrides

    win = window_in("en")
    open_lifetime(win, qtbot)
    before = win.lifetime.summary.warranty
    assert before.margin == pytest.approx(0.2)

    def settings_dialog(dialog):
        spin = dialog.findChild(QDoubleSpinBox, "warrantyMarginSpin")
        assert spin.value() == 20 and spin.maximum() == 90
        spin.setValue(40)
        qtbot.mouseClick(dialog.findChild(QPushButton, "settingsSaveButton"), LEFT)
        return dialog.result()

    dialogs.dialog_result = settings_dialog
    with qtbot.waitSignal(win.lifetime.computed, timeout=10000):
        win.actions.settings.trigger()
    assert load_user_overrides()["life"]["warranty_margin_pct"] == 40
    after = win.lifetime.summary.warranty
    assert after.margin == pytest.approx(0.4) and after.cycles < before.cycles
    edit = win.findChild(QLineEdit, "warrantyEdit")
    assert edit.text() == display.warranty(after, "en")
