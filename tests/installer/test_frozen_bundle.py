"""Smoke test of the installers: build the frozen bundle and the .deb with
installer/build.py, unpack the .deb, check its layout and run the unpacked app's
``--version`` and ``self-test`` headless. About a minute; runs in CI
(``bash installer/dev.sh test``).

Missing tools are a FAILURE, not a skip: CI must not go green without having built
the installers. ``bash installer/dev.sh setup`` installs dpkg-dev and binutils, and
PyInstaller comes with the ``build`` extra (pyproject.toml).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from packconfig import __version__

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

#: Upper bound for the unpacked bundle, to catch a pruning regression (about 250 MB now:
#: 182 MB before signed quotes (pyHanko, cryptography, aiohttp: ~27 MB) and the team
#: register (SQLAlchemy, psycopg with its libpq: ~20 MB); docs/installers.md).
MAX_BUNDLE_MB = 275


def _require_tools() -> None:
    problems = []
    if importlib.util.find_spec("PyInstaller") is None:
        problems.append(f"PyInstaller is not installed in {sys.executable} "
                        "(pip install -e '.[build]' or -r installer/requirements-build.txt)")
    for tool, package in (("dpkg-deb", "dpkg-dev"), ("objdump", "binutils"),
                          ("strip", "binutils")):
        if not shutil.which(tool):
            problems.append(f"{tool} not found (apt-get install {package}; "
                            "bash installer/dev.sh setup does it)")
    if problems:
        pytest.fail("cannot build the installers: " + "; ".join(problems), pytrace=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, build) -> dict[str, Path]:
    _require_tools()
    out = tmp_path_factory.mktemp("installers")
    res = subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"), "--out",
                          str(out)], capture_output=True, text=True, timeout=600)
    if res.returncode != 0:
        pytest.fail(f"installer/build.py failed (exit {res.returncode}):\n"
                    f"{res.stdout[-4000:]}\n{res.stderr[-4000:]}", pytrace=False)
    deb = out / f"packconfig_{build.debian_version(__version__)}_amd64.deb"
    assert deb.is_file(), f"no {deb.name} in {sorted(p.name for p in out.iterdir())}"
    unpacked = out / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    return {"out": out, "bundle": out / "packconfig", "deb": deb, "root": unpacked}


def _app_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.update(QT_QPA_PLATFORM="offscreen", PACKCONFIG_HOME=str(tmp_path / "home"))
    return env


def test_bundle_content(built):
    bundle = built["bundle"]
    internal = bundle / "_internal"
    assert os.access(bundle / "packconfig", os.X_OK)
    assert (internal / "resources" / "catalog" / "cells.toml").is_file()
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6WebEngineCore.so.6",
                     "libQt6Pdf.so.6", "libqtvirtualkeyboardplugin.so", "libqeglfs.so",
                     "libfontconfig.so.1", "libxcb-cursor.so.0"):
        assert unwanted not in names, unwanted
    for wanted in ("libqxcb.so", "libqoffscreen.so", "libqsvg.so", "libQt6Charts.so.6",
                   "libQt6Svg.so.6"):
        assert wanted in names, wanted
    size_mb = sum(p.lstat().st_size for p in bundle.rglob("*") if not p.is_dir()) / 1e6
    assert size_mb < MAX_BUNDLE_MB, f"bundle is {size_mb:.0f} MB"


def test_deb_control(built, build):

    def field(name: str) -> str:
        return subprocess.run(["dpkg-deb", "-f", str(built["deb"]), name], check=True,
                              capture_output=True, text=True).stdout.strip()

    assert field("Package") == "packconfig"
    assert field("Version") == build.debian_version(__version__)
    assert field("Architecture") == "amd64"
    assert "@" in field("Maintainer")
    assert field("Recommends") == "fonts-wqy-microhei"
    depends = {build.package_name(d) for d in field("Depends").split(",")}
    for lib in ("libegl1", "libgl1", "libfontconfig1", "libxkbcommon0", "libxkbcommon-x11-0",
                "libdbus-1-3", "libglib2.0-0", "libxcb-cursor0", "libxcb-icccm4",
                "libxcb-keysyms1"):
        assert lib in depends


def test_deb_layout(built, build):
    root: Path = built["root"]
    launcher = root / "usr" / "bin" / "packconfig"
    assert launcher.read_text() == build.launcher_script()
    assert os.access(launcher, os.X_OK)
    assert os.access(root / "opt" / "packconfig" / "packconfig", os.X_OK)
    desktop = root / "usr" / "share" / "applications" / "packconfig.desktop"
    assert desktop.read_text(encoding="utf-8") == build.desktop_entry()
    assert (root / "usr" / "share" / "mime" / "packages" / "packconfig.xml").is_file()
    icons = build.icon_files(ROOT / "resources")
    installed = {p.relative_to(root / "usr/share/icons/hicolor").as_posix()
                 for p in (root / "usr/share/icons/hicolor").rglob("*") if p.is_file()} \
        if (root / "usr/share/icons/hicolor").is_dir() else set()
    assert installed == set(icons)
    if not icons:
        warnings.warn("resources/icons/ has no packconfig.svg/packconfig-256.png yet: the "
                      ".deb installs no icon", stacklevel=1)


def test_unpacked_app_version(built, tmp_path):
    exe = built["root"] / "opt" / "packconfig" / "packconfig"
    res = subprocess.run([str(exe), "--version"], env=_app_env(tmp_path), capture_output=True,
                         text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == f"packconfig {__version__}"


def test_unpacked_app_self_test(built, tmp_path):
    exe = built["root"] / "opt" / "packconfig" / "packconfig"
    res = subprocess.run([str(exe), "self-test"], env=_app_env(tmp_path), capture_output=True,
                         text=True, timeout=180)
    assert res.returncode == 0, f"self-test exit {res.returncode}:\n{res.stdout}\n{res.stderr}"
    assert "(frozen)" in res.stdout
    assert "self-test: passed" in res.stdout
    assert "first paint from the stored state" in res.stdout  # the fast start, frozen
    assert not (tmp_path / "home").exists()  # it used its own temporary folder
