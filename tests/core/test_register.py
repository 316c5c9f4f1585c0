import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from packconfig.core.commerce.quote import Party, make_quote
from packconfig.core.commerce.settings import load_settings
from packconfig.core.errors import DataFileError, StorageError
from packconfig.core.store.register import MIGRATIONS, Register

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


@pytest.fixture
def draft(cbak):
    return make_quote(cbak, 4, 1, 10, "CNY", load_settings(), Party(company="ACME 电池"),
                      date=dt.date(2026, 3, 1))


def test_numbers_sequential_per_year_and_search(draft, tmp_path):
    import dataclasses
    with Register(tmp_path / "q.db") as reg:
        a = reg.issue(draft)
        b = reg.issue(dataclasses.replace(draft, customer=Party(company="Other Co")))
        c = reg.issue(dataclasses.replace(draft, date=dt.date(2027, 1, 2),
                                          valid_until=dt.date(2027, 2, 1)))
        assert [a.number, b.number, c.number] == ["Q-2026-0001", "Q-2026-0002", "Q-2027-0001"]
        assert [e.number for e in reg.search(customer="电池")] == ["Q-2026-0001", "Q-2027-0001"]
        assert [e.number for e in reg.search(date_from=dt.date(2027, 1, 1))] == ["Q-2027-0001"]
        assert [e.number for e in reg.search(number="2026-0002")] == ["Q-2026-0002"]
        assert reg.search(customer="%") == []  # LIKE wildcards are literal
        assert reg.get("Q-2026-0002").customer.company == "Other Co"
        assert reg.schema_version == len(MIGRATIONS)


def test_corrupt_and_newer_database(tmp_path):
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


def test_locked_database_becomes_storage_error(draft, tmp_path, monkeypatch):
    import packconfig.core.store.register as register
    path = tmp_path / "q.db"
    Register(path).close()
    monkeypatch.setattr(register, "RETRY_SECONDS", 0.3)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        reg = Register.__new__(Register)
        reg.path = path
        reg._db = sqlite3.connect(path, timeout=0.05, isolation_level=None)
        with pytest.raises(StorageError, match="busy"):
            reg.issue(draft)
    finally:
        holder.execute("ROLLBACK")


def test_two_processes_issue_without_duplicates_or_gaps(tmp_path, cbak):
    from pathlib import Path
    cell_file = Path(__file__).parent.parent / "data" / "cbak-32140fs.toml"
    db = tmp_path / "shared.db"
    Register(db).close()
    n = 500
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(db), str(cell_file),
                               f"worker{i}", str(n)], stderr=subprocess.PIPE)
             for i in range(2)]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    with Register(db) as reg:
        entries = reg.search()
    numbers = [e.number for e in entries]
    assert len(numbers) == 2 * n == len(set(numbers))
    assert sorted(numbers) == [f"Q-2026-{i:04d}" for i in range(1, 2 * n + 1)]
    assert {e.customer for e in entries} == {"worker0", "worker1"}
