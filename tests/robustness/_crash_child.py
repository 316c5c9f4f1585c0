"""Helper process for test_crash_safety.py: forks writers and SIGKILLs them.

usage: python _crash_child.py project|quote ROOT RUNS MAX_DELAY_S SEED

The helper imports packconfig once, then for each run forks a child that saves in a
tight loop (``project``: a project file and a user cell file, alternating between two
known versions; ``quote``: issues new quotes and revisions into the register and
writes each one's PDF) and kills it with SIGKILL after a random delay. After every
kill it checks what is on disk and prints one JSON summary line at the end.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import random
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def project_runs(root: Path, runs: int, max_delay: float, rng: random.Random) -> dict:
    from _hostile import cells_toml, valid_cells_doc, valid_project

    from packconfig.core.cells.catalog import build_catalog, load_cell_file, user_cell_files
    from packconfig.core.fs.atomic import atomic_write_text
    from packconfig.core.store.project import load_project, save_project

    a = valid_project()
    b = dataclasses.replace(a, name="version B " + "x" * 20_000, series=96, quote=None)
    cells_a = cells_toml(valid_cells_doc())
    doc_b = json.loads(json.dumps(valid_cells_doc()))
    doc_b["cell"][0]["model"] = "version B"
    cells_b = cells_toml(doc_b)
    os.environ["PACKCONFIG_HOME"] = str(root / "home")
    folder = root / "home" / "cells"
    folder.mkdir(parents=True)
    target, cell_file = root / "pack.pcproj.json", folder / "mine.toml"
    # One writer cycle, timed here: kills must land anywhere in a cycle whatever the
    # machine's load (a fixed 15 ms window only covered the first write on a busy one).
    start = time.perf_counter()
    for doc, cells in ((b, cells_b), (a, cells_a)):
        save_project(target, doc)
        atomic_write_text(cell_file, cells)
    max_delay = max(max_delay, 2.5 * (time.perf_counter() - start))
    problems, seen, strays = [], {"A": 0, "B": 0}, 0
    for run in range(runs):
        pid = os.fork()
        if pid == 0:  # the writer: never returns
            try:
                while True:
                    save_project(target, b)
                    atomic_write_text(cell_file, cells_b)
                    save_project(target, a)
                    atomic_write_text(cell_file, cells_a)
            finally:
                os._exit(1)
        time.sleep(rng.uniform(0, max_delay))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        loaded = load_project(target)
        if loaded == a:
            seen["A"] += 1
        elif loaded == b:
            seen["B"] += 1
        else:
            problems.append(f"run {run}: project is neither version")
        models = {c.model for c in load_cell_file(cell_file)}
        if not ({"32140FS 15.0Ah", "280Ah"} == models or "version B" in models):
            problems.append(f"run {run}: cell file is neither version: {models}")
        catalog = build_catalog([], user_cell_files())
        if catalog.problems or len(catalog) != 2:
            problems.append(f"run {run}: catalog {catalog.problems} {len(catalog)}")
        for path in list(root.iterdir()) + list(folder.iterdir()):
            if path.name in ("pack.pcproj.json", "mine.toml", "home"):
                continue
            if path.name.startswith(".") and path.name.endswith(".tmp"):
                strays += 1  # a temp file of the killed write: ignored by every loader
                path.unlink()
            else:
                problems.append(f"run {run}: unexpected file {path.name}")
    return {"runs": runs, "problems": problems, "versions": seen, "stray_temp_files": strays}


def check_register(path: Path) -> list[str]:
    import sqlite3

    from packconfig.core.store.register import Register

    problems = []
    with Register(path) as reg:
        check = reg.integrity_check()
        if check != "ok":
            problems.append(f"integrity_check: {check}")
        entries = reg.search()
        by_number: dict[str, list] = {}
        for e in entries:
            by_number.setdefault(e.number, []).append(e)
        for number, revs in by_number.items():
            if [e.revision for e in revs] != list(range(len(revs))):
                problems.append(f"{number}: revisions {[e.revision for e in revs]}")
            if [e.status for e in revs] != ["superseded"] * (len(revs) - 1) + ["issued"]:
                problems.append(f"{number}: statuses {[e.status for e in revs]}")
            latest = reg.get(number)
            if latest.revision != len(revs) - 1:
                problems.append(f"{number}: latest body is R{latest.revision}")
        seqs = [int(n.rsplit("-", 1)[1]) for n in by_number]
        if sorted(seqs) != list(range(1, len(seqs) + 1)):
            problems.append(f"numbers not contiguous: {sorted(seqs)[:5]}...")
    con = sqlite3.connect(path)
    dupes = con.execute("SELECT number, revision, COUNT(*) FROM quotes GROUP BY 1, 2 "
                        "HAVING COUNT(*) > 1").fetchall()
    con.close()
    if dupes:
        problems.append(f"duplicate rows {dupes}")
    return problems


def quote_runs(root: Path, runs: int, max_delay: float, rng: random.Random) -> dict:
    from _hostile import valid_quote

    from packconfig.core.commerce.quote import revise
    from packconfig.core.store.register import Register
    from packconfig.report.pdf import open_quote_pdf, render_quote_pdf

    draft = dataclasses.replace(valid_quote(), number="", status="draft", issued_at="")
    db, pdfs = root / "quotes.sqlite3", root / "pdf"
    pdfs.mkdir()
    Register(db).close()
    start = time.perf_counter()
    render_quote_pdf(valid_quote(), root / "warm-up.pdf")  # imports and fonts loaded
    first = time.perf_counter() - start
    start = time.perf_counter()
    render_quote_pdf(valid_quote(), root / "warm-up.pdf")  # one warm render, timed
    (root / "warm-up.pdf").unlink()  # before forking, so children write PDFs quickly
    # a child's cycle is two issues and two PDFs: kills must reach past the first PDF
    # whatever the machine's load and however long the PDF has grown
    max_delay = max(max_delay, 3 * (time.perf_counter() - start), first)
    problems: list[str] = []
    strays = 0
    for run in range(runs):
        pid = os.fork()
        if pid == 0:
            try:
                reg = Register(db)
                while True:
                    issued = reg.issue(draft, now=dt.datetime(2026, 1, 15, tzinfo=dt.UTC))
                    render_quote_pdf(issued, pdfs / f"{issued.number}.pdf")
                    again = reg.issue(revise(issued, notes=f"rev of {issued.number}"))
                    render_quote_pdf(again, pdfs / f"{again.number}.pdf")
            finally:
                os._exit(1)
        time.sleep(rng.uniform(0, max_delay))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        problems += [f"run {run}: {p}" for p in check_register(db)]
    with Register(db) as reg:
        entries = reg.search(latest_only=True)
        for path in pdfs.iterdir():
            if path.name.endswith(".tmp"):
                strays += 1
                continue
            quote = open_quote_pdf(path)  # a complete PDF, or the file is not there
            stored = reg.get(quote.number, quote.revision)  # status may now be superseded
            if dataclasses.replace(stored, status=quote.status) != quote:
                problems.append(f"{path.name} differs from the register")
        total = len(reg.search())
    return {"runs": runs, "problems": problems, "quotes": len(entries), "rows": total,
            "pdfs": len(list(pdfs.glob("*.pdf"))), "stray_temp_files": strays}


def main() -> None:
    mode, root, runs, max_delay, seed = sys.argv[1:6]
    rng = random.Random(int(seed))
    work = project_runs if mode == "project" else quote_runs
    print(json.dumps(work(Path(root), int(runs), float(max_delay), rng)))


if __name__ == "__main__":
    main()
