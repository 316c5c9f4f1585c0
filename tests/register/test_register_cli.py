"""The register's commands: quotes list/status/amend/history/pipeline/expire,
customers list/add/edit, register info; errors are one line with exit code 2."""

from __future__ import annotations

import json

import pytest

from packconfig.cli import main
from packconfig.core.store.register import Register


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def issued(register_url, draft):
    with Register(register_url) as reg:
        return [reg.issue(draft).number for _ in range(3)]


def test_quotes_lifecycle_from_the_command_line(register_url, issued, capsys):
    first = issued[0]
    assert run(capsys, "quotes", "status", first, "sent", "--register", register_url)[1] == (
        f"{first} R0\tsent\n")
    code, out, _ = run(capsys, "quotes", "status", first, "accepted", "--note", "PO 7",
                       "--register", register_url)
    assert code == 0 and out == f"{first} R0\taccepted\n"
    code, out, err = run(capsys, "quotes", "status", first, "expired", "--register",
                         register_url)
    assert code == 2 and err.count("\n") == 1 and "final" in err
    assert run(capsys, "quotes", "amend", first, "--register", register_url)[1] == (
        f"{first} R1\tdraft\n")
    code, out, _ = run(capsys, "quotes", "history", first, "--json", "--register",
                       register_url)
    history = json.loads(out)
    assert [(h["revision"], h["new"]) for h in history] == [
        (0, "draft"), (0, "sent"), (0, "accepted"), (0, "superseded"), (1, "draft")]
    assert history[2]["note"] == "PO 7" and history[2]["by"]
    code, out, _ = run(capsys, "quotes", "list", "--status", "draft", "--latest", "--json",
                       "--register", register_url)
    rows = json.loads(out)
    assert [(r["number"], r["revision"]) for r in rows] == [(first, 1), (issued[1], 0),
                                                            (issued[2], 0)]
    assert rows[0]["total_excl_tax"]["currency"] == "CNY"
    code, out, _ = run(capsys, "quotes", "list", "--status", "superseded", "--register",
                       register_url)
    header, row = out.splitlines()[:2]
    assert header.split()[:3] == ["Quote", "Status", "Date"]
    assert row.split()[0:3] == [first, "R0", "superseded"]
    code, out, _ = run(capsys, "quotes", "list", "--limit", "1", "--offset", "1",
                       "--register", register_url)
    assert out.count("\n") == 2 and out.splitlines()[1].startswith(f"{first} R1")
    code, out, _ = run(capsys, "quotes", "pipeline", "--json", "--register", register_url)
    assert json.loads(out)["counts"] == {"draft": 3}
    code, out, _ = run(capsys, "quotes", "expire", "--date", "2030-01-01", "--register",
                       register_url)
    assert out.split("\n")[:3] == [f"{first} R1", f"{issued[1]} R0", f"{issued[2]} R0"]
    code, _, err = run(capsys, "quotes", "list", "--min-value", "10 CNY", "--max-value",
                       "20 USD", "--register", register_url)
    assert code == 2 and "one currency" in err
    code, _, err = run(capsys, "quotes", "status", "Q-1999-0001", "sent", "--register",
                       register_url)
    assert code == 2 and "not in the register" in err


def test_customers_from_the_command_line(register_url, capsys):
    code, out, err = run(capsys, "customers", "add", "--company", "ACME 电池", "--company-zh",
                         "艾克米电池", "--email", "li@acme.cn", "--address", "1 Road\\nNingbo",
                         "--currency", "usd", "--language", "zh", "--register", register_url)
    assert code == 0, err
    ident = out.split("\t")[0]
    code, _, err = run(capsys, "customers", "add", "--company", "acme 电池", "--register",
                       register_url)
    assert code == 2 and "already has" in err and err.count("\n") == 1
    assert run(capsys, "customers", "edit", "艾克米电池", "--contact", "Li Wei", "--register",
               register_url)[0] == 0
    code, out, _ = run(capsys, "customers", "list", "li wei", "--json", "--register",
                       register_url)
    (row,) = json.loads(out)
    assert (str(row["id"]), row["contact"], row["address"], row["currency"]) == (
        ident, "Li Wei", "1 Road\nNingbo", "USD")
    code, _, err = run(capsys, "customers", "edit", "Nobody", "--phone", "1", "--register",
                       register_url)
    assert code == 2 and "no customer 'Nobody'" in err


def test_register_info(register_url, issued, capsys):
    code, out, _ = run(capsys, "register", "info", "--json", "--register", register_url)
    facts = json.loads(out)
    assert facts["quotes"] == 3 and facts["can_write"] is True and facts["schema"] == "0002"
    assert facts["backend"] == register_url.split(":")[0]


def test_environment_selects_the_register(register_url, issued, capsys, monkeypatch):
    monkeypatch.setenv("PACKCONFIG_REGISTER_URL", register_url)
    code, out, _ = run(capsys, "quotes", "list")
    assert code == 0 and out.count("\n") == 4  # the header and three quotes
