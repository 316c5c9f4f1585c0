"""Benchmark: the quote register on PostgreSQL (local Unix socket) and SQLite.

    .venv/bin/python benchmarks/bench_register.py [--runs N] [--quotes 10000] [--url URL]

Without ``--url`` a throwaway PostgreSQL cluster is started (``tests/register/
pgcluster.py``: initdb + pg_ctl, Unix socket only) and removed afterwards. Prints one
JSON object with medians in milliseconds, each next to a baseline measured in the same
run:

* ``issue``: ``Register.issue`` of a quote (number, row, history, one transaction),
  next to a bare autocommitted INSERT of a row with the same body. Target <= 20 ms.
* ``open_first_page``: open the register and read the browser's first page (100 rows,
  no bodies) and the row count of a register holding ``--quotes`` quotes, next to a
  bare connect + ``SELECT ... LIMIT 100``. Target <= 200 ms.
* ``browser_first_page``: the window's register browser (``RegisterDialog``: count,
  first page of the lazily paged table, pipeline summary, shown and painted) opened on
  that register from a fresh ``Register``, next to a bare dialog showing the same 100
  rows from a bare connect + SELECT in a ``QStandardItemModel``. Target <= 200 ms.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PACKCONFIG_HOME", tempfile.mkdtemp(prefix="bench-register-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "register"))


def _median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 2)


def _draft():
    from packconfig.core.cells.catalog import load_cell_file
    from packconfig.core.commerce.quote import Party, make_quote
    from packconfig.core.commerce.settings import load_settings

    cell = load_cell_file(ROOT / "tests" / "data" / "cbak-32140fs.toml")[0]
    return make_quote(cell, 96, 2, 500, "CNY", load_settings(), Party(company="Bench Co"),
                      date=dt.date(2026, 3, 1))


def _fill(url: str, draft, count: int) -> None:
    """``count`` quotes, written in bulk (the benchmark measures reading them)."""
    import sqlalchemy as sa

    from packconfig.core.commerce.quote import quote_to_json
    from packconfig.core.store.register import Register
    from packconfig.core.store.schema import quotes

    body = quote_to_json(dataclasses.replace(draft, number="Q-2025-0001", status="issued"))
    stages = ("draft", "sent", "accepted", "rejected", "expired")
    rows = [{"year": 2025, "seq": i, "number": f"Q-2025-{i:05d}", "revision": 0,
             "status": "issued", "quote_date": f"2025-{1 + i % 12:02d}-15",
             "valid_until": "2026-01-31", "customer": f"Customer {i % 300}",
             "sales_engineer": "Bench", "currency": "CNY", "total_excl_tax": f"{i}.00",
             "issued_at": "2025-01-01T00:00:00+00:00", "body": body,
             "stage": stages[i % 5], "total_e4": i * 10_000}
            for i in range(1, count + 1)]
    with Register(url) as reg, reg.engine.begin() as conn:
        for start in range(0, len(rows), 1000):
            conn.execute(quotes.insert(), rows[start:start + 1000])
        conn.execute(sa.text("ANALYZE"))


def _bare_insert(url: str, body: str, runs: int) -> float:
    if url.startswith("postgresql"):
        import psycopg
        import sqlalchemy as sa

        sa_url = sa.engine.make_url(url)
        conn = psycopg.connect(host=sa_url.query.get("host"), user=sa_url.username,
                               dbname=sa_url.database, autocommit=True)
    else:
        import sqlite3

        conn = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS bare (id SERIAL PRIMARY KEY, body TEXT)"
                 if url.startswith("postgresql") else
                 "CREATE TABLE IF NOT EXISTS bare (id INTEGER PRIMARY KEY, body TEXT)")
    mark = "%s" if url.startswith("postgresql") else "?"
    result = _median_ms(lambda: conn.execute(f"INSERT INTO bare (body) VALUES ({mark})",
                                             (body,)), runs)
    conn.close()
    return result


def _bare_page(url: str, runs: int) -> float:
    sql = ("SELECT number, revision, status, customer, total_excl_tax FROM quotes "
           "ORDER BY year, seq, revision LIMIT 100")
    if url.startswith("postgresql"):
        import psycopg
        import sqlalchemy as sa

        u = sa.engine.make_url(url)

        def page() -> None:
            with psycopg.connect(host=u.query.get("host"), user=u.username,
                                 dbname=u.database) as conn:
                conn.execute(sql).fetchall()
    else:
        import sqlite3

        def page() -> None:
            conn = sqlite3.connect(url.removeprefix("sqlite:///"))
            conn.execute(sql).fetchall()
            conn.close()
    return _median_ms(page, runs)


def _bare_rows(url: str) -> list[tuple]:
    sql = ("SELECT number, revision, status, quote_date, valid_until, customer, "
           "sales_engineer, total_excl_tax, issued_by FROM quotes "
           "ORDER BY year DESC, seq DESC, revision DESC LIMIT 100")
    if url.startswith("postgresql"):
        import psycopg
        import sqlalchemy as sa

        u = sa.engine.make_url(url)
        with psycopg.connect(host=u.query.get("host"), user=u.username,
                             dbname=u.database) as conn:
            return conn.execute(sql).fetchall()
    import sqlite3

    conn = sqlite3.connect(url.removeprefix("sqlite:///"))
    rows = conn.execute(sql).fetchall()
    conn.close()
    return rows


def measure_browser(url: str, runs: int, count: int) -> dict[str, float]:
    """The register browser's first page, shown, next to a bare table dialog."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QDialog, QTableView, QVBoxLayout

    from packconfig.core.store.register import Register
    from packconfig.gui.register_browser import RegisterDialog

    app = QApplication.instance() or QApplication([])

    def browser() -> None:
        reg = Register(url)
        dlg = RegisterDialog(None, reg, "CNY")
        dlg.show()
        app.processEvents()
        assert dlg.model.rowCount() == count and dlg.model.loaded_pages() == [0]
        dlg.close()
        dlg.deleteLater()
        reg.close()
        app.processEvents()

    def bare() -> None:
        dlg = QDialog()
        model = QStandardItemModel(0, 9, dlg)
        for row in _bare_rows(url):
            model.appendRow([QStandardItem(str(v)) for v in row])
        view = QTableView()
        view.setModel(model)
        QVBoxLayout(dlg).addWidget(view)
        dlg.resize(1100, 640)
        dlg.show()
        app.processEvents()
        dlg.close()
        dlg.deleteLater()
        app.processEvents()

    browser()  # warm: imports, fonts
    bare()
    return {"browser_first_page_ms": _median_ms(browser, runs),
            "bare_table_dialog_ms": _median_ms(bare, runs)}


def measure(url: str, draft, runs: int, count: int, fill_url: str) -> dict[str, object]:
    from packconfig.core.commerce.quote import quote_to_json
    from packconfig.core.store.register import QuoteFilter, Register

    with Register(url) as reg:
        reg.issue(draft)  # warm: connection pool, statement caches
        issue = _median_ms(lambda: reg.issue(draft), runs)
    baseline = _bare_insert(url, quote_to_json(draft), runs)
    _fill(fill_url, draft, count)
    cold_start = time.perf_counter()
    with Register(fill_url) as reg:
        reg.browse(QuoteFilter(), limit=100)
    cold = round((time.perf_counter() - cold_start) * 1000, 2)

    def open_page() -> None:
        with Register(fill_url) as reg:
            assert len(reg.browse(QuoteFilter(), limit=100)) == 100
            assert reg.count() == count

    return {"issue_ms": issue, "bare_insert_ms": baseline,
            "open_first_page_ms": _median_ms(open_page, runs),
            "bare_connect_select_page_ms": _bare_page(fill_url, runs),
            **measure_browser(fill_url, runs, count),
            "first_open_in_process_ms": cold, "quotes_in_register": count}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--quotes", type=int, default=10_000)
    ap.add_argument("--url", help="an empty PostgreSQL database to use (default: a "
                                  "throwaway cluster)")
    args = ap.parse_args()
    draft = _draft()
    cluster = None
    out: dict[str, object] = {}
    try:
        if args.url:
            issue_url = fill_url = args.url
        else:
            from pgcluster import Cluster

            cluster = Cluster()
            issue_url = cluster.url(cluster.new_database("bench_issue"))
            fill_url = cluster.url(cluster.new_database("bench_browse"))
        out["postgresql"] = measure(issue_url, draft, args.runs, args.quotes, fill_url)
        tmp = Path(tempfile.mkdtemp(prefix="bench-register-sqlite-"))
        out["sqlite"] = measure(f"sqlite:///{tmp / 'issue.sqlite3'}", draft, args.runs,
                                args.quotes, f"sqlite:///{tmp / 'browse.sqlite3'}")
    finally:
        if cluster is not None:
            cluster.remove()
    out["targets"] = {"issue_ms": 20, "open_first_page_ms": 200,
                      "browser_first_page_ms": 200}
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
