"""The register browser (registerDialog): lazy pages, filters, pipeline, each lifecycle
button clicked once, refusals in the interface language, open, reprint, export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPushButton, QTextBrowser

from packconfig.core.cells.catalog import load_cell_file
from packconfig.core.commerce.quote import Party, make_quote
from packconfig.core.commerce.settings import load_settings
from packconfig.core.store.register import QuoteFilter, Register
from packconfig.gui import i18n
from packconfig.gui.main_window import MainWindow
from packconfig.gui.register_browser import RegisterDialog
from packconfig.gui.register_model import PAGE

LEFT = Qt.MouseButton.LeftButton
CELL = Path(__file__).resolve().parent.parent / "data" / "cbak-32140fs.toml"


def draft(customer: str, quantity: int, day: dt.date, currency: str = "CNY"):
    cell = load_cell_file(CELL)[0]
    return make_quote(cell, 16, 1, quantity, currency, load_settings(),
                      Party(company=customer), date=day)


@pytest.fixture
def issued():
    """Five quotes: ACME (2, one sent), Beta, Gamma (USD), 007 Motors; one revised."""
    out = {}
    with Register() as reg:
        for key, customer, qty, day, cur in (
                ("a1", "ACME Motors", 10, dt.date(2026, 1, 15), "CNY"),
                ("a2", "ACME Motors", 20, dt.date(2026, 2, 10), "CNY"),
                ("b", "Beta Storage", 30, dt.date(2026, 2, 20), "CNY"),
                ("g", "Gamma Cells", 5, dt.date(2026, 3, 5), "USD"),
                ("z", "007 Motors", 7, dt.date(2026, 3, 9), "CNY")):
            out[key] = reg.issue(draft(customer, qty, day, cur))
        reg.set_status(out["a2"].number, "sent")
    return out


@pytest.fixture
def win(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.stack.setClean()
    i18n.set_language("en")


@pytest.fixture
def dlg(qtbot, win, issued):
    from packconfig.gui import register_link

    d = RegisterDialog(win, register_link.register(win), "CNY")
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def select(qtbot, dlg, number: str, revision: int = 0) -> None:
    """Click the row of ``number`` R``revision``."""
    model = dlg.model
    for row in range(model.rowCount()):
        e = model.entry(row)
        if (e.number, e.revision) == (number, revision):
            dlg.table.scrollTo(model.index(row, 0))
            rect = dlg.table.visualRect(model.index(row, 0))
            qtbot.mouseClick(dlg.table.viewport(), LEFT, pos=rect.center())
            assert dlg.selected().label == f"{number} R{revision}"
            return
    raise AssertionError(f"{number} R{revision} not shown")


def button(dlg, name: str) -> QPushButton:
    return dlg.findChild(QPushButton, name)


def test_each_button_with_real_clicks(qtbot, win, dlg, issued, dialogs, tmp_path):
    a1 = issued["a1"].number
    select(qtbot, dlg, a1)
    assert not button(dlg, "markAcceptedButton").isEnabled()  # a draft is sent first
    assert not button(dlg, "amendButton").isEnabled()
    qtbot.mouseClick(button(dlg, "markSentButton"), LEFT)
    qtbot.mouseClick(button(dlg, "markAcceptedButton"), LEFT)
    with Register() as reg:
        assert reg.entry(a1).stage == "accepted"
    assert not button(dlg, "markRejectedButton").isEnabled()  # accepted is final
    qtbot.mouseClick(button(dlg, "amendButton"), LEFT)
    with Register() as reg:
        revs = reg.revisions(a1)
    assert [(e.revision, e.lifecycle) for e in revs] == [(0, "superseded"), (1, "draft")]
    assert "R1" in dlg.problem.text()
    select(qtbot, dlg, issued["a2"].number)
    qtbot.mouseClick(button(dlg, "markRejectedButton"), LEFT)
    with Register() as reg:
        assert reg.entry(issued["a2"].number).stage == "rejected"
    select(qtbot, dlg, a1, 0)
    qtbot.mouseClick(button(dlg, "historyButton"), LEFT)
    history = dlg.findChild(QTextBrowser, "statusHistoryView").toPlainText()
    for word in ("R0", "R1", "sent", "accepted", "superseded", "amended"):
        assert word in history, (word, history)
    with Register() as reg:
        assert reg.history(a1)[0].by in history  # who
    assert not dialogs.calls_of("warning")
    # reprint the superseded R0 exactly as issued
    dialogs.save_file = str(tmp_path / "r0.pdf")
    with qtbot.waitSignal(dlg.exported, timeout=60000) as got:
        qtbot.mouseClick(button(dlg, "reprintButton"), LEFT)
    assert got.args[0] and Path(got.args[0]).stat().st_size > 1000
    # "Open" asks the window to show the revision
    select(qtbot, dlg, issued["b"].number)
    with qtbot.waitSignal(dlg.opened) as opened:
        qtbot.mouseClick(button(dlg, "openRevisionButton"), LEFT)
    assert opened.args[0] == issued["b"]


def test_open_revision_loads_design_and_terms(qtbot, win, issued, dialogs):
    from packconfig.gui import quote_actions

    shown = []

    def run(dialog):
        dialog.show()
        select(qtbot, dialog, issued["g"].number)
        qtbot.mouseClick(button(dialog, "openRevisionButton"), LEFT)
        shown.append(dialog)
        return dialog.result()

    dialogs.dialog_result = run
    quote_actions.browse(win)
    assert shown
    assert win.last_quote.number == issued["g"].number
    assert win.quote.currency.currentText() == "USD"
    assert win.quote.company.text() == "Gamma Cells"
    assert win.quote.quantity.value() == 5


def test_refusal_from_a_stale_view_is_explained_in_chinese(qtbot, win, dlg, issued, dialogs):
    i18n.set_language("zh")
    number = issued["a2"].number  # sent: accept and reject are offered
    select(qtbot, dlg, number)
    with Register() as other:  # a colleague accepts it meanwhile
        other.set_status(number, "accepted")
    qtbot.mouseClick(button(dlg, "markRejectedButton"), LEFT)
    warning = dialogs.calls_of("warning")[0].args[2]
    assert "不可再改" in warning and number in warning, warning
    with Register() as reg:
        assert reg.entry(number).stage == "accepted"  # unchanged
    assert dlg.selected().stage == "accepted"  # the view was refreshed
    assert button(dlg, "amendButton").isEnabled()


def test_filters_and_pipeline(qtbot, dlg, issued):
    model = dlg.model
    assert model.rowCount() == 5
    status = dlg.findChild(QComboBox, "statusFilter")
    status.setCurrentIndex(3)  # sent
    assert [model.entry(r).number for r in range(model.rowCount())] == [issued["a2"].number]
    status.setCurrentIndex(0)
    customer = dlg.findChild(QLineEdit, "customerFilterEdit")
    qtbot.keyClicks(customer, "motors")
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=3000)
    assert "007 Motors" in {model.entry(r).customer for r in range(3)}
    customer.clear()
    dlg.findChild(QDateEdit, "dateFromEdit").setDate(QDate(2026, 2, 1))
    dlg.findChild(QDateEdit, "dateToEdit").setDate(QDate(2026, 2, 28))
    assert model.rowCount() == 2
    value_min = dlg.findChild(QLineEdit, "valueMinEdit")
    qtbot.keyClicks(value_min, "lots")
    qtbot.waitUntil(lambda: bool(value_min.property("invalid")), timeout=3000)
    assert dlg.problem.isVisible() and "lots" in dlg.problem.text()
    value_min.clear()
    threshold = issued["b"].pricing.total_excl_tax.amount
    qtbot.keyClicks(value_min, str(threshold))
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    assert model.entry(0).number == issued["b"].number and not value_min.property("invalid")
    value_min.clear()
    for name in ("dateFromEdit", "dateToEdit"):
        dlg.findChild(QDateEdit, name).setDate(QDate(2000, 1, 1))
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=3000)
    text = dlg.findChild(QTextBrowser, "pipelineSummary").toPlainText()
    with Register() as reg:
        pipe = reg.pipeline(QuoteFilter())
    from packconfig import display

    for stage, totals in pipe.by_status.items():
        for money in totals.values():
            assert display.money(money) in text, (stage, money)
    assert "2026-03" in text and "2026-01" in text


def test_export_view_matches_the_register(qtbot, dlg, issued, dialogs, tmp_path):
    qtbot.keyClicks(dlg.findChild(QLineEdit, "customerFilterEdit"), "motors")
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 3, timeout=3000)
    dialogs.save_file = str(tmp_path / "view.xlsx")
    with qtbot.waitSignal(dlg.exported, timeout=30000) as got:
        qtbot.mouseClick(button(dlg, "exportRegisterButton"), LEFT)
    book = openpyxl.load_workbook(got.args[0], data_only=True)["Register"]
    rows = [r for r in book.iter_rows(min_row=5, values_only=True) if r[0]]
    assert sorted(r[5] for r in rows) == ["007 Motors", "ACME Motors", "ACME Motors"]
    total = next(r for r in book.iter_rows(values_only=True) if r[5] and "latest" in str(r[5]))
    expected = sum((issued[k].pricing.total_excl_tax.amount for k in ("a1", "a2", "z")),
                   Decimal(0))
    assert Decimal(str(total[8])) == expected
    formulas = openpyxl.load_workbook(got.args[0])["Register"]
    cell = next(c for row in formulas.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("=ROUND(SUMIFS"))
    assert '"CNY"' in cell.value


def test_lazy_pages_over_many_quotes(qtbot, issued):
    """Only the pages in view are read; the count comes first."""
    import sqlalchemy as sa

    from packconfig.core.store.schema import quotes

    with Register() as reg, reg.engine.begin() as conn:
        body = conn.execute(sa.select(quotes.c.body).limit(1)).scalar_one()
        conn.execute(quotes.insert(), [{
            "year": 2025, "seq": i, "number": f"Q-2025-{i:04d}", "revision": 0,
            "status": "issued", "quote_date": "2025-06-01", "valid_until": "2025-07-01",
            "customer": f"Bulk {i}", "sales_engineer": "", "currency": "CNY",
            "total_excl_tax": "100.00", "issued_at": "2025-06-01T00:00:00+00:00",
            "body": body, "stage": "draft", "total_e4": 1_000_000} for i in range(1, 1001)])
    d = RegisterDialog(None)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    assert d.model.rowCount() == 1005
    assert d.model.loaded_pages() == [0]
    d.table.scrollToBottom()
    qtbot.wait(50)
    assert d.model.loaded_pages()[-1] == 1004 // PAGE
    assert len(d.model.loaded_pages()) <= 3
    assert d.model.entry(1004).number == "Q-2025-0001"  # newest first


def test_a_bad_register_url_is_explained_not_a_traceback(qtbot, dialogs, monkeypatch):
    from packconfig.gui import quote_actions

    monkeypatch.setenv("PACKCONFIG_REGISTER_URL", "mysql://db.example/quotes")
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.registerChecked, timeout=10000):  # on the quote tab
        w.tabs.setCurrentWidget(w.quote)
    assert w.register_state.block == "unreachable"
    assert "sqlite:///" in w.quote.register_status.text()  # says what a URL must be
    assert not w.quote.issue.isEnabled()
    quote_actions.browse(w)
    assert "mysql://" in dialogs.calls_of("critical")[-1].args[2]
    w.doc.stack.setClean()
