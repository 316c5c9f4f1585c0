"""Two packconfig processes share one PACKCONFIG_HOME and issue and revise quotes at
the same time: no duplicate numbers, no lost revisions, no "database is locked"."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

from robust_support import FULL, NOTES

HERE = Path(__file__).parent
PER_PROCESS = 2000 if FULL else 500


def test_two_processes_issue_and_revise_together(tmp_path):
    env = dict(os.environ, PACKCONFIG_HOME=str(tmp_path))
    procs = [subprocess.Popen([sys.executable, str(HERE / "_concurrent_child.py"), name,
                               str(PER_PROCESS), str(random.randrange(1 << 30))],
                              env=env, cwd=HERE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for name in ("A", "B")]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err[-3000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    for r in results:
        assert r["errors"] == [], r["errors"][:5]  # no "locked"/"busy" reached the user
        assert len(r["got"]) == PER_PROCESS
    given = [tuple(x) for r in results for x in r["got"]]
    assert len(given) == len(set(given)), "a number/revision was handed out twice"

    db = sqlite3.connect(tmp_path / "quotes.sqlite3")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    rows = db.execute("SELECT number, revision, status FROM quotes").fetchall()
    assert sorted((n, r) for n, r, _ in rows) == sorted(given)  # nothing lost, nothing extra
    by_number: dict[str, list[tuple[int, str]]] = {}
    for number, revision, status in rows:
        by_number.setdefault(number, []).append((revision, status))
    for number, revs in by_number.items():
        revs.sort()
        assert [r for r, _ in revs] == list(range(len(revs))), number
        assert [s for _, s in revs] == ["superseded"] * (len(revs) - 1) + ["issued"], number
    seqs = sorted(int(n.rsplit("-", 1)[1]) for n in by_number)
    assert seqs == list(range(1, len(seqs) + 1))
    revisions = sum(len(v) - 1 for v in by_number.values())
    NOTES.append(f"concurrency: 2 processes x {PER_PROCESS} issues = {len(given)} rows, "
                 f"{len(by_number)} numbers, {revisions} revisions, "
                 f"{results[0]['seconds']}/{results[1]['seconds']} s, 0 errors")
