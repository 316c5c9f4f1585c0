"""Regression guard for the PySide6 6.12.0 + CPython 3.11 ``none_dealloc`` crash.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` for every Qt call that
returns nothing; after ~5,000 such calls ``None``'s refcount reaches zero and the
process aborts in ``none_dealloc``. pyproject.toml holds Python 3.11 on PySide6 6.11.x
with environment markers; these tests check both the markers and the running pair.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel()
    obj = QObject()
    timer = QTimer()
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText("x")              # void
        label.setToolTip("t")            # void
        obj.setObjectName("n")           # void
        timer.setInterval(i % 100)       # void
        assert label.text() == "x"
    label.clear()
    label.deleteLater()
    app.processEvents()
    after = sys.getrefcount(None)
    print("none refcount", before, after, flush=True)
    """
)


@pytest.mark.slow
def test_void_qt_calls_do_not_corrupt_none_refcount() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "none_dealloc" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode == 0, (
        f"exit {proc.returncode}; this PySide6/Python pair is broken\n{proc.stderr[-2000:]}"
    )
    assert "none refcount" in proc.stdout


def _pyside_requirements() -> list[Requirement]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    reqs = [Requirement(line) for line in data["project"]["dependencies"]]
    return [r for r in reqs if r.name.lower() in {"pyside6-essentials", "pyside6-addons"}]


def _admits(python_version: str, pyside: str) -> dict[str, bool]:
    """For each PySide6 distribution: does some requirement active on this Python allow it?"""
    env = default_environment()
    env.update(python_version=python_version, python_full_version=f"{python_version}.0")
    result: dict[str, bool] = {}
    for req in _pyside_requirements():
        active = req.marker is None or req.marker.evaluate(env)
        if active:
            allowed = req.specifier.contains(Version(pyside), prereleases=True)
            result[req.name] = result.get(req.name, False) or allowed
    return result


def test_pyproject_lists_both_pyside_distributions() -> None:
    names = {r.name for r in _pyside_requirements()}
    assert names == {"PySide6-Essentials", "PySide6-Addons"}


@pytest.mark.parametrize(
    ("python", "pyside", "expected"),
    [
        ("3.11", "6.12.0", False),  # the none_dealloc pair: must be excluded
        ("3.11", "6.11.3", True),
        ("3.12", "6.12.0", True),
        ("3.13", "6.12.0", True),
    ],
)
def test_markers_pair_python_and_pyside(python: str, pyside: str, expected: bool) -> None:
    admitted = _admits(python, pyside)
    assert set(admitted) == {"PySide6-Essentials", "PySide6-Addons"}, (
        f"no PySide6 requirement applies to Python {python}"
    )
    assert admitted == {"PySide6-Essentials": expected, "PySide6-Addons": expected}


def test_installed_pair_is_allowed() -> None:
    from importlib.metadata import version

    installed = version("PySide6-Essentials")
    py = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert all(_admits(py, installed).values()), (
        f"PySide6-Essentials {installed} is not allowed on Python {py} by pyproject.toml"
    )
    if sys.version_info[:2] == (3, 11):
        assert Version(installed) < Version("6.12")
