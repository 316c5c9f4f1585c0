"""Faults: an unreachable or silent server, a lost connection mid-issue, a server
restarted while four processes issue quotes."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from pgcluster import CELL_FILE

from packconfig.core import messages
from packconfig.core.errors import StorageError
from packconfig.core.store import backend, writes
from packconfig.core.store.register import Register

WORKER = Path(__file__).with_name("_issue_worker.py")


def test_unreachable_server_lazy_register_reports_and_retries(pg, tmp_path):
    url = pg.url(pg.new_database(), "postgres").replace(str(pg.sock), str(tmp_path / "gone"))
    reg = Register(url, lazy=True)  # constructing it never touches the server
    assert reg.available() is False
    assert reg.reason.code == "register_unreachable" and "gone" in str(reg.reason)
    assert "无法连接团队报价登记库" in messages.text(reg.reason, "zh")
    with pytest.raises(StorageError) as info:
        Register(url)
    assert info.value.code == "register_unreachable"
    good = Register(url.replace(str(tmp_path / "gone"), str(pg.sock)), lazy=True)
    assert good.available() is True and good.reason is None  # "retry" succeeds
    good.close()


def test_a_silent_server_does_not_hang_past_the_timeout(tmp_path):
    sock_dir = tmp_path / "silent"
    sock_dir.mkdir()
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(sock_dir / ".s.PGSQL.5432"))
    server.listen(8)
    held = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])  # accept and never answer
            except TimeoutError:
                continue
    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        reg = Register(f"postgresql://x@/db?host={sock_dir}", timeout_s=2, lazy=True)
        start = time.monotonic()
        assert reg.available() is False
        waited = time.monotonic() - start
        assert reg.reason.code == "register_unreachable", reg.reason
        assert 1.5 <= waited < 6, waited  # libpq's connect_timeout, not forever
    finally:
        stop.set()
        thread.join()
        server.close()
        for conn in held:
            conn.close()


def test_a_held_lock_times_out_with_a_clear_message(pg_url, draft):
    with Register(pg_url) as reg:
        reg.issue(draft)
    blocker = sa.create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://"))
    with blocker.connect() as conn, conn.begin():
        conn.execute(sa.text("SELECT * FROM quote_counters FOR UPDATE"))
        with Register(pg_url, timeout_s=1) as reg:
            with pytest.raises(StorageError) as info:
                reg.issue(draft)
            assert info.value.code == "register_timeout_hit" and "1 s" in str(info.value)
            assert "1 秒内没有响应" in messages.text(info.value, "zh")
    blocker.dispose()
    with Register(pg_url) as reg:
        assert reg.count() == 1  # nothing half-issued


def test_connection_lost_mid_issue_rolls_back_and_the_retry_issues_once(pg_url, draft,
                                                                       monkeypatch):
    real_record = writes.record
    killed = []

    def record_then_die(conn, *args, **kwargs):
        real_record(conn, *args, **kwargs)
        if not killed:  # the server goes away after the INSERT, before COMMIT
            killed.append(conn.execute(sa.text("SELECT pg_backend_pid()")).scalar_one())
            with sa.create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://")
                                  ).connect() as other:
                other.execute(sa.text("SELECT pg_terminate_backend(:p)"), {"p": killed[0]})
    monkeypatch.setattr(writes, "record", record_then_die)
    with Register(pg_url) as reg:
        quote = reg.issue(draft)
        assert killed and quote.number == "Q-2026-0001"
        assert [e.number for e in reg.search()] == ["Q-2026-0001"]
        assert len(reg.history(quote.number)) == 1


def test_commit_confirmation_lost_the_retry_finds_the_quote(pg_url, draft, monkeypatch):
    real = backend.transaction
    calls = []

    def lose_first_ack(engine, *, write):
        cm = real(engine, write=write)
        if not write or calls:
            return cm
        calls.append(1)

        class Lost:
            def __enter__(self):
                return cm.__enter__()

            def __exit__(self, *exc):
                cm.__exit__(*exc)  # the COMMIT reaches the server ...
                raise sa.exc.OperationalError("COMMIT", {}, Exception("server closed the "
                                              "connection unexpectedly"),
                                              connection_invalidated=True)  # ... no answer
        return Lost()
    with Register(pg_url) as reg:
        monkeypatch.setattr(backend, "transaction", lose_first_ack)
        quote = reg.issue(draft)
        monkeypatch.setattr(backend, "transaction", real)
        assert calls and reg.count() == 1 and reg.get(quote.number) == quote


def _run_workers(url: str, procs: int, each: int, during=None) -> list[dict]:
    children = [subprocess.Popen([sys.executable, str(WORKER), url, str(CELL_FILE), f"w{i}",
                                  str(each)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True) for i in range(procs)]
    if during:
        during()
    results = []
    for child in children:
        out, err = child.communicate(timeout=600)
        assert child.returncode == 0, err[-3000:]
        assert "Traceback" not in err, err[-3000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def _check(url: str, results: list[dict]) -> tuple[int, int]:
    with Register(url) as reg:
        entries = reg.search()
    by_customer: dict[str, list[str]] = {}
    for e in entries:
        by_customer.setdefault(e.customer, []).append(e.number)
    assert all(len(v) == 1 for v in by_customer.values()), "a quote was issued twice"
    numbers = sorted(e.number for e in entries)
    assert numbers == [f"Q-2026-{i:04d}" for i in range(1, len(numbers) + 1)]  # no gaps
    issued = failed = 0
    for result in results:
        for name, number in result["issued"].items():
            assert by_customer.get(name) == [number]
            issued += 1
        for name, code in result["failed"].items():
            assert code in ("register_connection_lost", "register_unreachable",
                            "register_timeout_hit"), code
            assert len(by_customer.get(name, [])) <= 1
            failed += 1
    return issued, failed


@pytest.mark.slow
def test_four_processes_issue_1000_quotes(pg_url):
    Register(pg_url).close()
    results = _run_workers(pg_url, 4, 250)
    issued, failed = _check(pg_url, results)
    assert (issued, failed) == (1000, 0)
    print(f"register faults: 4 x 250 issues, {issued} distinct numbers, no gaps, 0 errors")


@pytest.mark.slow
def test_four_processes_with_the_server_restarted_half_way(pg, pg_url):
    Register(pg_url).close()
    restarted = []

    def restart_half_way() -> None:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            with Register(pg_url) as reg:
                if reg.count() >= 500:
                    break
            time.sleep(0.05)
        pg.restart()
        restarted.append(time.monotonic())
    results = _run_workers(pg_url, 4, 250, during=restart_half_way)
    assert restarted
    issued, failed = _check(pg_url, results)
    assert issued + failed == 1000 and issued >= 500
    print(f"register faults: server restarted half-way: {issued} issued once, "
          f"{failed} reported failed, none twice, no gaps")


def test_unconfirmed_issue_is_reported_and_issuing_again_never_duplicates(pg_url, draft,
                                                                         monkeypatch):
    real = backend.transaction
    state = {"down": True, "committed": 0}

    def server_gone(engine, *, write):
        cm = real(engine, write=write)
        if not write or not state["down"]:
            return cm

        class Gone:
            def __enter__(self):
                return cm.__enter__()

            def __exit__(self, *exc):
                if state["committed"] == 0:
                    cm.__exit__(*exc)  # the first attempt's COMMIT reached the server
                    state["committed"] = 1
                else:
                    cm.__exit__(RuntimeError, RuntimeError("rolled back"), None)
                raise sa.exc.OperationalError("COMMIT", {}, Exception("connection refused"),
                                              connection_invalidated=True)
        return Gone()
    with Register(pg_url, timeout_s=1) as reg:
        monkeypatch.setattr(backend, "transaction", server_gone)
        with pytest.raises(StorageError) as info:
            reg.issue(draft)
        assert info.value.code == "register_connection_lost"
        assert "never issued twice" in str(info.value)
        assert "不会重复签发" in messages.text(info.value, "zh")
        state["down"] = False  # the server is back; the user clicks "Issue" again
        again = reg.issue(draft)
        assert reg.count() == 1 and again.number == "Q-2026-0001"
        assert reg.issue(draft).number == "Q-2026-0002"  # a new click is a new quote
