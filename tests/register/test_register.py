"""The register's behaviour, the same on both backends (``register_url``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from pgcluster import CELL_FILE

from packconfig.core.commerce.quote import Party, revise
from packconfig.core.errors import DataFileError, InputError, StorageError
from packconfig.core.money import Money
from packconfig.core.store import backend
from packconfig.core.store.register import Customer, QuoteFilter, Register

LEGACY = Path(__file__).parent.parent / "data" / "register-v1.sqlite3"
WORKER = textwrap.dedent("""
    import datetime as dt, sys
    from packconfig.core.cells.catalog import load_cell_file
    from packconfig.core.commerce.quote import Party, make_quote
    from packconfig.core.store.register import Register
    from packconfig.core.commerce.settings import load_settings
    cell = load_cell_file(sys.argv[2])[0]
    draft = make_quote(cell, 4, 1, 10, "CNY", load_settings(), Party(company=sys.argv[3]),
                       date=dt.date(2026, 3, 1))
    with Register(sys.argv[1]) as reg:
        for _ in range(int(sys.argv[4])):
            reg.issue(draft)
""")


def test_numbers_sequential_per_year_and_search(register_url, draft):
    with Register(register_url) as reg:
        a = reg.issue(draft)
        b = reg.issue(dataclasses.replace(draft, customer=Party(company="Other Co")))
        c = reg.issue(dataclasses.replace(draft, date=dt.date(2027, 1, 2),
                                          valid_until=dt.date(2027, 2, 1)))
        assert [a.number, b.number, c.number] == ["Q-2026-0001", "Q-2026-0002", "Q-2027-0001"]
        assert [e.number for e in reg.search(customer="电池")] == ["Q-2026-0001", "Q-2027-0001"]
        assert [e.number for e in reg.search(customer="other co")] == ["Q-2026-0002"]
        assert [e.number for e in reg.search(date_from=dt.date(2027, 1, 1))] == ["Q-2027-0001"]
        assert [e.number for e in reg.search(number="2026-0002")] == ["Q-2026-0002"]
        assert reg.search(customer="%") == []  # LIKE wildcards are literal
        assert reg.get("Q-2026-0002").customer.company == "Other Co"
        assert reg.get("Q-2026-0001") == a
        assert reg.schema_version == 2 and reg.schema_revision == backend.head_revision()


def test_revisions_supersede_and_keep_their_bodies(register_url, draft):
    with Register(register_url) as reg:
        r0 = reg.issue(draft)
        r1 = reg.issue(revise(r0, notes="second"))
        assert (r1.number, r1.revision) == (r0.number, 1)
        assert [(e.revision, e.status) for e in reg.revisions(r0.number)] == [
            (0, "superseded"), (1, "issued")]
        assert reg.get(r0.number, 0).notes == "" and reg.get(r0.number).notes == "second"
        assert [e.label for e in reg.search(latest_only=True)] == [r1.label]
        with pytest.raises(InputError, match="already issued"):
            reg.issue(r1)
        with pytest.raises(InputError, match="not in the register") as info:
            reg.get("Q-1999-0001")
        assert info.value.code == "not_in_register"


def test_issuer_and_role_are_recorded(register_url, draft):
    with Register(register_url) as reg:
        q = reg.issue(draft)
        entry = reg.entry(q.number)
        assert entry.issued_by == backend.os_user() != ""
        expected_role = "postgres" if reg.backend == "postgresql" else ""
        assert entry.issued_role == expected_role
        assert reg.history(q.number)[0].by == backend.os_user()


def test_transaction_commits_only_when_the_block_ends_normally(register_url, draft):
    with Register(register_url) as reg:
        with pytest.raises(OSError):
            with reg.transaction() as tx:
                lost = tx.issue(draft)
                raise OSError("the PDF could not be written")
        assert reg.count() == 0
        with reg.transaction() as tx:
            kept = tx.issue(draft)
        assert kept.number == lost.number == "Q-2026-0001"  # the number was given back
        assert reg.issue(draft).number == "Q-2026-0002"


def test_issue_key_makes_a_retry_return_the_same_quote(register_url, draft):
    with Register(register_url) as reg:
        first = reg.issue(draft, key="click-42")
        again = reg.issue(draft, key="click-42")
        assert again.number == first.number and reg.count() == 1


def test_customer_book_and_snapshot(register_url, draft):
    with Register(register_url) as reg:
        acme = reg.add_customer(Customer(company="ACME 电池", company_zh="艾克米电池",
                                         contact="Li Wei", email="li@acme.cn",
                                         currency="cny", language="zh",
                                         address="1 Road\nNingbo"))
        assert acme.id is not None and acme.currency == "CNY"
        with pytest.raises(InputError, match="already has") as info:
            reg.add_customer(Customer(company="  acme  电池 "))
        assert info.value.code == "customer_exists"
        with pytest.raises(InputError) as info:
            reg.add_customer(Customer(company="X", email="not-an-address"))
        assert info.value.code == "customer_email"
        assert reg.customer("艾克米电池").id == acme.id == reg.customer(acme.id).id
        assert [c.company for c in reg.customers("li wei")] == ["ACME 电池"]
        q = reg.issue(draft)  # linked by its company name
        reg.edit_customer(acme.id, contact="Wang Fang", address="2 Road")
        assert reg.customer(acme.id).contact == "Wang Fang"
        quoted = reg.customer_as_quoted(q.number)
        assert (quoted.contact, quoted.address, quoted.id) == ("Li Wei", "1 Road\nNingbo",
                                                              acme.id)
        assert reg.entry(q.number).customer_id == acme.id
        assert [e.number for e in reg.browse(QuoteFilter(customer_id=acme.id))] == [q.number]
        site = reg.issue(dataclasses.replace(draft, customer=Party(
            company="ACME 电池", address="Plant 3, Xi'an")))  # the quote's own address wins
        assert reg.customer_as_quoted(site.number).address == "Plant 3, Xi'an"
        assert reg.customer_as_quoted(site.number).company_zh == "艾克米电池"
        other = reg.issue(dataclasses.replace(draft, customer=Party(company="Walk-in")))
        assert reg.entry(other.number).customer_id is None
        assert reg.customer_as_quoted(other.number).company == "Walk-in"


def test_browse_filters_pages_and_pipeline(register_url, draft):
    with Register(register_url) as reg:
        issued = []
        for i, (day, qty) in enumerate([(dt.date(2026, 1, 5), 10), (dt.date(2026, 1, 20), 20),
                                        (dt.date(2026, 2, 3), 30), (dt.date(2026, 2, 9), 40)]):
            from packconfig.core.commerce.quote import make_quote
            d = make_quote(draft.design.cell, 4, 1, qty, "CNY", _settings(), Party(
                company=f"C{i}"), date=day)
            issued.append(reg.issue(d))
        reg.set_status(issued[0].number, "sent")
        reg.set_status(issued[1].number, "sent")
        reg.set_status(issued[1].number, "accepted")
        totals = [q.pricing.total_excl_tax for q in issued]
        assert reg.count() == 4
        assert [e.number for e in reg.browse(offset=1, limit=2)] == [
            issued[1].number, issued[2].number]
        assert [e.number for e in reg.browse(QuoteFilter(status="draft"))] == [
            issued[2].number, issued[3].number]
        assert [e.number for e in reg.browse(QuoteFilter(status=("sent", "accepted")))] == [
            issued[0].number, issued[1].number]
        window = QuoteFilter(value_min=totals[1], value_max=totals[2])
        assert [e.number for e in reg.browse(window)] == [issued[1].number, issued[2].number]
        assert reg.browse(QuoteFilter(value_min=Money(0, "USD"))) == []
        assert [e.number for e in reg.browse(QuoteFilter(date_from=dt.date(2026, 2, 1)))] == [
            issued[2].number, issued[3].number]
        assert reg.browse(order="-value", limit=1)[0].number == issued[3].number
        pipe = reg.pipeline()
        assert pipe.by_status["draft"]["CNY"] == totals[2] + totals[3]
        assert pipe.by_status["accepted"]["CNY"] == totals[1]
        assert pipe.counts == {"draft": 2, "sent": 1, "accepted": 1}
        assert pipe.by_month["2026-01"]["sent"]["CNY"] == totals[0]
        assert pipe.by_month["2026-02"]["draft"]["CNY"] == totals[2] + totals[3]
        assert isinstance(pipe.by_status["draft"]["CNY"].amount, Decimal)
        with pytest.raises(InputError) as info:
            reg.browse(QuoteFilter(status="won"))
        assert info.value.code == "stage_unknown"


def _settings():
    from packconfig.core.commerce.settings import load_settings

    return load_settings(Path("/nonexistent/settings.json"))


def test_newer_schema_is_refused(register_url):
    Register(register_url).close()
    import sqlalchemy as sa

    engine = sa.create_engine(register_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0999'"))
    engine.dispose()
    backend_cache_clear()
    with pytest.raises(StorageError, match="newer packconfig") as info:
        Register(register_url)
    assert info.value.code == "register_newer"


def backend_cache_clear() -> None:
    from packconfig.core.store import register as module

    module._MIGRATED.clear()


def test_register_file_from_the_first_version_opens_and_migrates(tmp_path, draft):
    path = tmp_path / "quotes.sqlite3"
    shutil.copy(LEGACY, path)
    with Register(path) as reg:
        entries = reg.search()
        assert [(e.label, e.status, e.stage) for e in entries] == [
            ("Q-2026-0001 R0", "superseded", "draft"), ("Q-2026-0001 R1", "issued", "draft"),
            ("Q-2026-0002 R0", "issued", "draft")]
        assert reg.get("Q-2026-0001", 1).notes == "second thoughts"
        assert reg.issue(draft).number == "Q-2026-0003"
        pipe = reg.pipeline()
        assert pipe.by_status["draft"]["USD"] == entries[2].total_excl_tax
    with sqlite3.connect(path) as db:  # a packconfig from before refuses it cleanly
        assert db.execute("SELECT version FROM schema_version").fetchone() == (2,)


def test_corrupt_and_newer_sqlite_files(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 200)
    with pytest.raises(DataFileError, match="damaged"):
        Register(bad)
    newer = tmp_path / "newer.db"
    with sqlite3.connect(newer) as db:
        db.execute("CREATE TABLE schema_version (version INTEGER)")
        db.execute("INSERT INTO schema_version VALUES (99)")
    with pytest.raises(StorageError, match="newer"):
        Register(newer)


def test_locked_sqlite_register_becomes_storage_error(draft, tmp_path, monkeypatch):
    path = tmp_path / "q.db"
    monkeypatch.setattr(backend, "RETRY_SECONDS", 0.3)
    monkeypatch.setattr(backend, "SQLITE_BUSY_MS", 50)
    with Register(path) as reg:
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StorageError, match="busy") as info:
                reg.issue(draft)
            assert info.value.code == "register_busy"
        finally:
            holder.execute("ROLLBACK")
        assert reg.issue(draft).number == "Q-2026-0001"


def test_two_processes_issue_without_duplicates_or_gaps(register_url):
    Register(register_url).close()
    n = 150
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, register_url, str(CELL_FILE),
                               f"worker{i}", str(n)], stderr=subprocess.PIPE)
             for i in range(2)]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    with Register(register_url) as reg:
        entries = reg.search()
    numbers = [e.number for e in entries]
    assert len(numbers) == 2 * n == len(set(numbers))
    assert sorted(numbers) == [f"Q-2026-{i:04d}" for i in range(1, 2 * n + 1)]
    assert {e.customer for e in entries} == {"worker0", "worker1"}


def test_discount_approval_is_recorded_with_the_quote(register_url, draft):
    with Register(register_url) as reg:
        plain = reg.issue(draft)
        approved = reg.issue(draft, approved_by="  Zhang Wei (sales director) ",
                             now=dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.UTC))
        assert reg.entry(plain.number).approved_by == ""
        entry = reg.entry(approved.number)
        assert entry.approved_by == "Zhang Wei (sales director)"
        assert entry.issued_at == "2026-03-01T08:30:00+00:00"


def test_lazy_register_opens_on_first_use(register_url, draft):
    reg = Register(register_url, lazy=True)
    assert reg._engine is None  # nothing opened yet
    assert reg.issue(draft).number == "Q-2026-0001"
    assert reg.available() and reg.reason is None
    reg.close()
