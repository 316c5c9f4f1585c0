"""Writers killed with SIGKILL at random points never leave a half-written file, and
the quote register stays consistent; full disks and unwritable folders give a clear
StorageError and leave the previous file intact."""

from __future__ import annotations

import errno
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from _hostile import valid_project, valid_quote
from robust_support import FULL, NOTES

from packconfig.core.errors import StorageError
from packconfig.core.fs import atomic
from packconfig.core.store.project import load_project, save_project

HERE = Path(__file__).parent
PROJECT_RUNS = 1000 if FULL else 200
QUOTE_RUNS = 150 if FULL else 50


def run_helper(mode: str, tmp_path: Path, runs: int, max_delay: float) -> dict:
    seed = random.randrange(1 << 30)
    proc = subprocess.run(
        [sys.executable, str(HERE / "_crash_child.py"), mode, str(tmp_path), str(runs),
         str(max_delay), str(seed)],
        capture_output=True, text=True, timeout=300, cwd=HERE)
    assert proc.returncode == 0, f"seed {seed}\n{proc.stderr[-3000:]}"
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["seed"] = seed
    NOTES.append(f"SIGKILL {mode} runs: " + json.dumps(
        {k: v for k, v in result.items() if k != "problems"}))
    return result


def test_project_and_cell_file_saves_killed_at_random(tmp_path):
    result = run_helper("project", tmp_path, PROJECT_RUNS, 0.015)
    assert result["problems"] == [], result
    assert result["runs"] == PROJECT_RUNS
    # both versions were seen on disk, so kills did land between and during writes
    assert result["versions"]["A"] > 0 and result["versions"]["B"] > 0, result


def test_quote_issue_killed_at_random(tmp_path):
    result = run_helper("quote", tmp_path, QUOTE_RUNS, 0.4)
    assert result["problems"] == [], result
    # kills landed at every stage: some runs got as far as revisions and finished PDFs
    assert result["rows"] > result["quotes"] > QUOTE_RUNS // 2, result
    assert result["pdfs"] > 0, result


# ------------------------------------------------------------- full / read-only
def _mount(args: list[str]) -> bool:
    try:
        return subprocess.run(["mount", *args], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@pytest.fixture
def tiny_fs(tmp_path):
    """A 64 kB tmpfs when we may mount (root), else a plain folder plus ``None``: the
    test then simulates ENOSPC by patching os.write (see below)."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    mounted = os.geteuid() == 0 and _mount(["-t", "tmpfs", "-o", "size=64k", "tmpfs",
                                            str(folder)])
    yield folder, mounted
    if mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False, timeout=10)


def test_full_disk_gives_a_clear_error_and_keeps_the_old_file(tiny_fs, monkeypatch):
    folder, mounted = tiny_fs
    target = folder / "pack.pcproj.json"
    small = valid_project()
    save_project(target, small)
    before = target.read_bytes()
    import dataclasses

    big = dataclasses.replace(small, name="x" * 200_000)  # > 64 kB: does not fit
    NOTES.append("full disk: " + ("real 64 kB tmpfs" if mounted else "simulated ENOSPC"))
    if not mounted:
        # Fallback when mounting is not allowed (not root, or no mount namespace):
        # the writes of the temporary file fail with ENOSPC as on a full disk.
        real_fdopen = os.fdopen

        class Full:
            def __init__(self, handle):
                self.handle = handle

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.handle.close()

            def write(self, data):
                raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: Full(real_fdopen(fd, mode)))
    with pytest.raises(StorageError, match="disk is full") as info:
        save_project(target, big)
    assert str(target) in str(info.value)
    assert target.read_bytes() == before
    assert load_project(target) == small
    assert sorted(p.name for p in folder.iterdir()) == [target.name]  # temp file removed


def test_read_only_folder_gives_a_clear_error(tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "pack.pcproj.json"
    save_project(target, valid_project())
    before = target.read_bytes()
    # root ignores chmod, so remount read-only where we can; else make mkstemp fail
    # with EROFS exactly as the kernel would.
    mounted = os.geteuid() == 0 and _mount(["--bind", str(folder), str(folder)]) and (
        _mount(["-o", "remount,bind,ro", str(folder)]) or
        not subprocess.run(["umount", str(folder)], check=False))
    NOTES.append("read-only folder: " + ("read-only bind mount" if mounted
                                         else "simulated EROFS"))
    try:
        if not mounted:
            def read_only(*args, **kwargs):
                raise OSError(errno.EROFS, "Read-only file system")

            monkeypatch.setattr(atomic.tempfile, "mkstemp", read_only)
        with pytest.raises(StorageError, match="not writable") as info:
            save_project(target, valid_project())
        assert str(target) in str(info.value)
        from packconfig.report.pdf import render_quote_pdf

        with pytest.raises(StorageError, match="not writable"):
            render_quote_pdf(valid_quote(), folder / "q.pdf")
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=False, timeout=10)
    assert target.read_bytes() == before
    assert not (folder / "q.pdf").exists()
