"""Team-register faults in the window, against a throwaway PostgreSQL cluster
(tests/register/pgcluster.py): a stopped server at start (the window works, quoting is
off with the reason and a retry), a read-only role (browse, reprint, export work;
issuing and status changes say "not permitted"), a connection lost while issuing
(a clear message; the quote is issued once, by the retry)."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox

from packconfig.core.cells.catalog import load_cell_file
from packconfig.core.commerce.quote import Party, make_quote
from packconfig.core.commerce.settings import load_settings
from packconfig.core.store.register import Register
from packconfig.gui import i18n
from packconfig.gui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "register"))
from pgcluster import CELL_FILE, Cluster  # noqa: E402

LEFT = Qt.MouseButton.LeftButton
DOC = Path(__file__).resolve().parent.parent.parent / "docs" / "register.md"


@pytest.fixture(scope="module")
def pg():
    try:
        cluster = Cluster()
    except RuntimeError as err:
        pytest.fail(str(err), pytrace=False)
    yield cluster
    cluster.remove()


@pytest.fixture
def url(pg, monkeypatch):
    if not pg._started:
        pg.start()
    address = pg.url(pg.new_database("gui"))
    monkeypatch.setenv("PACKCONFIG_REGISTER_URL", address)
    monkeypatch.setenv("PACKCONFIG_REGISTER_TIMEOUT", "2")
    return address


def open_window(qtbot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.registerChecked, timeout=20000):  # on the quote tab
        w.tabs.setCurrentWidget(w.quote)
    return w


@pytest.fixture
def windows(qtbot):
    made = []
    yield lambda: made.append(open_window(qtbot)) or made[-1]
    for w in made:
        w.doc.stack.setClean()
    i18n.set_language("en")


def draft(customer: str = "ACME 电池"):
    cell = load_cell_file(CELL_FILE)[0]
    return make_quote(cell, 16, 1, 10, "CNY", load_settings(), Party(company=customer),
                      date=dt.date(2026, 3, 1))


def test_stopped_server_at_start_then_retry(pg, url, windows, qtbot, dialogs):
    pg.stop()
    try:
        win = windows()
        label = win.findChild(QLabel, "registerStatusLabel")
        retry = win.findChild(QPushButton, "registerRetryButton")
        assert win.register_state.block == "unreachable"
        assert label.isVisible() and "cannot reach" in label.text().lower(), label.text()
        assert retry.isVisible() and not win.quote.issue.isEnabled()
        assert not win.actions.issue_export_pdf.isEnabled()
        before = win.findChild(QLabel, "result_voltage_nominal").text()
        win.findChild(QSpinBox, "seriesSpin").setValue(20)  # engineering works
        assert win.findChild(QLabel, "result_voltage_nominal").text() != before
        assert win.quote.price_labels["price_total"].text()  # and pricing
    finally:
        pg.start()
    with qtbot.waitSignal(win.registerChecked, timeout=20000):
        qtbot.mouseClick(retry, LEFT)
    assert win.register_state.block == "" and not label.isVisible()
    assert win.quote.issue.isEnabled() and win.actions.issue_export_pdf.isEnabled()
    win.quote.company.setText("ACME")
    qtbot.mouseClick(win.quote.issue, LEFT)
    assert not dialogs.calls_of("critical"), dialogs.calls_of("critical")
    with Register(url) as reg:
        assert reg.count() == 1


def test_connection_lost_while_issuing_issues_once(pg, url, windows, qtbot, dialogs):
    i18n.set_language("zh")
    win = windows()
    assert win.register_state.block == ""
    win.quote.company.setText("ACME")
    qtbot.mouseClick(win.quote.issue, LEFT)  # the window's connection is open
    first = win.last_quote
    win.quote.company.setText("Beta")
    pg.stop()  # the server goes away between two issues
    try:
        qtbot.mouseClick(win.quote.issue, LEFT)
    finally:
        pg.start()
    message = dialogs.calls_of("critical")[0].args[2]
    assert "连接中断" in message and "不会重复签发" in message, message
    assert "Traceback" not in message and win.last_quote == first
    with Register(url) as reg:
        assert reg.count() == 1  # not issued: nothing half-way
    assert win.quote.issue.isEnabled()  # issuing again is the remedy
    qtbot.mouseClick(win.quote.issue, LEFT)
    assert len(dialogs.calls_of("critical")) == 1
    with Register(url) as reg:
        assert reg.count() == 2
        assert [e.customer for e in reg.browse()] == ["ACME", "Beta"]


def doc_sql(title: str) -> list[str]:
    block = re.search(r"```sql\n-- packconfig: " + title + r"\n(.*?)```", DOC.read_text(),
                      re.S)
    assert block, title
    text = re.sub(r"--[^\n]*", "", block.group(1))
    return [s.strip() for s in text.split(";") if s.strip()]


def test_read_only_role(pg, windows, qtbot, dialogs, monkeypatch, tmp_path):
    if not pg._started:
        pg.start()
    for statement in doc_sql("roles"):
        pg.sql(statement)
    Register(pg.url("packconfig", "packconfig_admin")).close()  # the admin's schema
    for statement in doc_sql("grants"):
        pg.sql(statement, database="packconfig")
    with Register(pg.url("packconfig", "alice")) as alice:
        q = alice.issue(draft())
        alice.set_status(q.number, "sent")
    monkeypatch.setenv("PACKCONFIG_REGISTER_URL", pg.url("packconfig", "bob"))
    win = windows()
    label = win.findChild(QLabel, "registerStatusLabel")
    assert win.register_state.block == "read-only"
    assert label.isVisible() and label.text().startswith("Not permitted"), label.text()
    assert not win.quote.issue.isEnabled() and not win.quote.new_customer.isEnabled()
    win.quote.company.setText("Nope Co")
    win.issue_quote()  # e.g. from a shortcut: refused cleanly, nothing issued
    refusal = dialogs.calls_of("critical")[-1].args[2]
    assert refusal.startswith("not permitted") and "Traceback" not in refusal

    from packconfig.gui import register_link
    from packconfig.gui.register_browser import RegisterDialog

    dlg = RegisterDialog(win, register_link.register(win), "CNY")
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.model.rowCount() == 1  # browsing works
    dlg.table.selectRow(0)
    assert dlg.selected().number == q.number
    assert dlg.problem.text().startswith("Not permitted")
    for name in ("markSentButton", "markAcceptedButton", "markRejectedButton", "amendButton"):
        assert not dlg.findChild(QPushButton, name).isEnabled(), name
    assert not dlg.mark("accepted")  # the register refuses even if asked
    assert "not permitted" in dialogs.calls_of("warning")[-1].args[2]
    dialogs.save_file = str(tmp_path / "team.xlsx")
    with qtbot.waitSignal(dlg.exported, timeout=30000) as got:  # export works
        qtbot.mouseClick(dlg.findChild(QPushButton, "exportRegisterButton"), LEFT)
    rows = list(openpyxl.load_workbook(got.args[0])["Register"].iter_rows(values_only=True))
    assert any(r[0] == q.number for r in rows)
    dialogs.save_file = str(tmp_path / "reprint.pdf")
    with qtbot.waitSignal(dlg.exported, timeout=60000) as got:  # reprint works
        qtbot.mouseClick(dlg.findChild(QPushButton, "reprintButton"), LEFT)
    assert Path(got.args[0]).stat().st_size > 1000
