"""Ordinary PostgreSQL roles, set up with the SQL in docs/register.md on a throwaway
cluster: a writer issues and changes quotes; a reader browses, reprints and exports
but is refused issuing and status changes with one clear coded line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlalchemy as sa

from packconfig.cli import main
from packconfig.core import messages
from packconfig.core.errors import StorageError
from packconfig.core.store.register import Customer, Register

DOC = Path(__file__).parent.parent.parent / "docs" / "register.md"


def doc_sql(title: str) -> list[str]:
    block = re.search(r"```sql\n-- packconfig: " + title + r"\n(.*?)```", DOC.read_text(),
                      re.S)
    assert block, title
    text = re.sub(r"--[^\n]*", "", block.group(1))
    return [s.strip() for s in text.split(";") if s.strip()]


@pytest.fixture(scope="module")
def team(pg):
    for statement in doc_sql("roles"):
        pg.sql(statement)
    Register(pg.url("packconfig", "packconfig_admin")).close()  # the admin creates the schema
    for statement in doc_sql("grants"):
        pg.sql(statement, database="packconfig")
    return {role: pg.url("packconfig", role) for role in ("alice", "bob", "packconfig_admin")}


def test_writer_issues_and_reader_browses_reprints_exports(team, draft, tmp_path, capsys,
                                                          monkeypatch):
    with Register(team["alice"]) as alice:
        assert alice.can_write()
        q = alice.issue(draft)
        alice.set_status(q.number, "sent")
        alice.add_customer(Customer(company="Reader Test Co"))
        assert alice.entry(q.number).issued_role == "alice"
        assert alice.history(q.number)[-1].role == "alice"
    with Register(team["bob"]) as bob:
        assert not bob.can_write()
        assert bob.get(q.number) == q
        assert [e.number for e in bob.search(number=q.number)] == [q.number]
        assert bob.pipeline().counts["sent"] >= 1
        assert bob.customers("reader test")[0].company == "Reader Test Co"
        for attempt in (lambda: bob.issue(draft), lambda: bob.set_status(q.number, "accepted"),
                        lambda: bob.amend(q.number),
                        lambda: bob.add_customer(Customer(company="Nope"))):
            with pytest.raises(StorageError) as info:
                attempt()
            err = info.value
            assert err.code == "register_not_permitted", err
            assert str(err).startswith("not permitted") and "\n" not in str(err)
            assert "报价登记库" in messages.text(err, "zh")
    monkeypatch.setenv("PACKCONFIG_REGISTER_URL", team["bob"])
    out = tmp_path / "reprint.pdf"
    assert main(["quote", "--reprint", q.number, "-o", str(out)]) == 0  # reprint + export
    assert out.stat().st_size > 1000
    capsys.readouterr()
    assert main(["quotes", "status", q.number, "accepted"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not permitted" in err and "Traceback" not in err
    assert main(["quotes", "list", "--json"]) == 0


def test_writer_cannot_edit_an_issued_body(team, draft):
    with Register(team["alice"]) as alice:
        q = alice.issue(draft)
    engine = sa.create_engine(team["alice"].replace("postgresql://", "postgresql+psycopg://"))
    try:
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            with engine.begin() as conn:
                conn.execute(sa.text("UPDATE quotes SET total_excl_tax = '1' "
                                     "WHERE number = :n"), {"n": q.number})
    finally:
        engine.dispose()
