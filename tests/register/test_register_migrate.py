"""``packconfig register migrate``: a single-user SQLite register into PostgreSQL; all
rows present, checksums equal, a second run changes nothing, colliding numbers refused
with the list."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest
import sqlalchemy as sa

from packconfig.cli import main
from packconfig.core.commerce.quote import Party, revise
from packconfig.core.store.register import Customer, Register

COLUMNS = ("number", "revision", "status", "stage", "body", "issued_by", "customer_snapshot",
           "total_e4")


def fill(url: str, draft, count: int) -> None:
    with Register(url) as reg:
        acme = reg.add_customer(Customer(company="ACME 电池", company_zh="艾克米电池"))
        reg.add_customer(Customer(company="Beta Motors", email="b@beta.example"))
        with reg.transaction() as tx:
            for i in range(count):
                who = Party(company="ACME 电池" if i % 3 == 0 else f"Walk-in {i}")
                tx.issue(dataclasses.replace(draft, customer=who))
        first = reg.get("Q-2026-0001")
        reg.set_status(first.number, "sent")
        reg.issue(revise(first, notes="R1"))
        reg.set_status("Q-2026-0002", "sent")
        reg.set_status("Q-2026-0002", "accepted", note="PO 1")
        assert reg.entry("Q-2026-0001").customer_id == acme.id


def table(url: str) -> tuple[list[str], int, int]:
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        rows = conn.execute(sa.text(f"SELECT {', '.join(COLUMNS)} FROM quotes")).all()
        history = conn.execute(sa.text("SELECT COUNT(*) FROM status_history")).scalar_one()
        book = conn.execute(sa.text("SELECT COUNT(*) FROM customers")).scalar_one()
    engine.dispose()
    digests = sorted(hashlib.sha256(repr(tuple(r)).encode()).hexdigest() for r in rows)
    return digests, history, book


@pytest.mark.parametrize("count", [30, pytest.param(5000, marks=pytest.mark.slow)])
def test_migrate_twice_and_refuse_collisions(tmp_path, pg, draft, capsys, count):
    source = f"sqlite:///{tmp_path / 'mine.sqlite3'}"
    target = pg.url(pg.new_database("team"))
    fill(source, draft, count)
    assert main(["register", "migrate", "--from", source, "--to", target]) == 0
    out = capsys.readouterr().out
    assert f"{count + 1} quotes ({count + 1} copied, 0 already there)" in out
    assert "customers 2 added" in out and "checksums equal" in out
    src, dst = table(source), table(target)
    assert src == dst and len(dst[0]) == count + 1  # every row, every column, the history
    assert main(["register", "migrate", "--from", source, "--to", target]) == 0
    assert f"(0 copied, {count + 1} already there)" in capsys.readouterr().out
    assert table(target) == dst  # the second run changed nothing
    with Register(target) as team:
        assert team.entry("Q-2026-0002").stage == "accepted"
        assert team.customer_as_quoted("Q-2026-0001").company == "ACME 电池"
        assert team.entry("Q-2026-0001").customer_id == team.customer("ACME 电池").id
        assert team.issue(draft).number == f"Q-2026-{count + 1:04d}"  # numbering goes on
    other = f"sqlite:///{tmp_path / 'colleague.sqlite3'}"
    fill(other, dataclasses.replace(draft, notes="a colleague's quotes"), 3)
    before = table(target)
    assert main(["register", "migrate", "--from", other, "--to", target]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Q-2026-0001, Q-2026-0002, Q-2026-0003" in err
    assert "not migrated: 3 quote number(s)" in err
    assert table(target) == before  # nothing copied


def test_a_row_missing_after_the_copy_fails_the_check(tmp_path, pg, draft, monkeypatch):
    from packconfig.core import messages
    from packconfig.core.errors import StorageError
    from packconfig.core.store import transfer

    source = f"sqlite:///{tmp_path / 'mine.sqlite3'}"
    fill(source, draft, 3)
    real = transfer.copy_into

    def lose_one(conn, quotes, *rest):
        return real(conn, quotes[:-1], *rest)  # as if a row went missing on the way
    monkeypatch.setattr(transfer, "copy_into", lose_one)
    with Register(source) as src, Register(pg.url(pg.new_database("team"))) as dst:
        with pytest.raises(StorageError) as info:
            src.migrate_to(dst)
    assert info.value.code == "migrate_verify" and "3 of 4 quotes" in str(info.value)
    assert "3/4" in messages.text(info.value, "zh")
