"""The wheel holds every package and every shipped resource, and the resource lookup
works from an installed wheel (not only from the source checkout)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_directory_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "packconfig").rglob("__init__.py")
    }
    assert on_disk - listed == set(), "add these packages to pyproject.toml"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    (found,) = out.glob("packconfig-*.whl")
    return found


def test_wheel_contains_resources_and_subpackages(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        "packconfig/resources/" + p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert shipped - names == set()
    for module in ("packconfig/gui/explorer/tab.py", "packconfig/gui/charts/layout_view.py",
                   "packconfig/report/renderer.py", "packconfig/commands/calc.py"):
        assert module in names


def test_installed_wheel_finds_its_resources(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(target), str(wheel)], check=True, capture_output=True, timeout=300)
    script = (
        "import packconfig, sys\n"
        "from packconfig.core.fs.resources import resource_root\n"
        "from packconfig.core.cells.catalog import load_catalog\n"
        f"assert packconfig.__file__.startswith({str(target)!r}), packconfig.__file__\n"
        "print(resource_root())\n"
        "print(len(load_catalog()))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(target), PYTHONNOUSERSITE="1")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env=env, cwd=tmp_path, timeout=120)
    assert run.returncode == 0, run.stderr
    root, count = run.stdout.split()
    assert root == str(target / "packconfig" / "resources")
    assert int(count) >= 35
