#!/usr/bin/env python3
"""Build the packconfig installers: a frozen one-folder bundle, a Debian package, and the
version include for the Windows Inno Setup script.

    .venv/bin/python installer/build.py                 bundle + .deb (Linux)
    .venv/bin/python installer/build.py --bundle-only   just dist/packconfig (any OS)
    .venv/bin/python installer/build.py --out /tmp/x    everything under /tmp/x

Outputs (under --out, default <repo>/dist):

* ``packconfig/`` - PyInstaller one-folder bundle (``packconfig/packconfig`` or
  ``packconfig.exe``), with ``resources/`` under ``_internal/resources``;
* ``packconfig_<version>_amd64.deb`` - the bundle in /opt/packconfig, /usr/bin launcher,
  desktop entry, icons, MIME type (Linux only);
* ``packconfig-version.iss`` - ``#define AppVersion "<version>"`` for
  installer/windows/packconfig.iss.

Everything that decides what goes in (PyInstaller spec, excluded modules, the Qt
plugins kept, control file, desktop entry, launcher, MIME XML) is a pure function below
and unit-tested in tests/installer/test_build_script.py. See docs/installers.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
APP = "packconfig"
MAINTAINER = "packconfig release engineering <packconfig@example.com>"
HOMEPAGE = ""
DESCRIPTION_SHORT = "Battery pack configurator and quoting tool"
DESCRIPTION_LONG = (
    "packconfig configures battery packs from a cell catalog (series/parallel\n"
    "arrangement, voltage, capacity, energy, mass, limits), costs the build and\n"
    "writes PDF quotes in English and Chinese. Self-contained: Python, Qt and the\n"
    "Python libraries are bundled under /opt/packconfig."
)
NAME_ZH = "电池包配置器"
COMMENT_EN = "Configure battery packs and write quotes"
COMMENT_ZH = "配置电池包并生成报价单"
#: The project-file extension (packconfig.core.store.project.SUFFIX) and its MIME type.
PROJECT_SUFFIX = ".pcproj.json"
PROJECT_MIME = "application/x-packconfig-project"

# --------------------------------------------------------------------------- Qt content
#: Qt for Python modules the app does not use: never frozen even if some import
#: reaches them. QtCore/QtGui/QtWidgets/QtCharts (needs QtOpenGL + QtOpenGLWidgets),
#: QtSvg, QtPrintSupport and QtDBus stay available.
QT_EXCLUDES: tuple[str, ...] = tuple(f"PySide6.{m}" for m in (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtConcurrent", "QtDataVisualization", "QtDesigner",
    "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtPdf", "QtPdfWidgets",
    "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
    "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest",
    "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml", "QtCanvasPainter",
))
#: Python packages that are never part of the app (dev tools, GUI toolkits).
PY_EXCLUDES: tuple[str, ...] = (
    "tkinter", "_tkinter", "IPython", "matplotlib", "pytest", "_pytest", "pytestqt",
    "hypothesis", "ruff", "PyInstaller", "setuptools", "pip", "pkg_resources",
    "PySide6.scripts", "pydoc_data", "lib2to3", "unittest", "test",
    # pyHanko's optional XML (EU trust lists) and legacy crypto back-end: signing and
    # verifying quotes never import them (the self-test's pdf-signed step checks)
    "lxml", "oscrypto",
    # the test-only ECM cross-check (thevenin) brings scipy into the build venv; pint
    # imports it optionally, the app never needs it
    "scipy", "thevenin", "sksundae",
)

#: Qt plugins kept, per plugin folder: {folder: stems or None for the whole folder}.
#: A stem is the file name without "lib" and the extension (libqxcb.so -> qxcb,
#: qwindows.dll -> qwindows). Folders not listed are dropped entirely (eglfs/linuxfb/
#: vnc device integrations, evdev input, TLS, network information, the GTK3 theme
#: (needs GTK), the Qt Virtual Keyboard (pulls QtQuick/QtQml, ~17 MB), Wayland (the
#: app runs through XWayland on Wayland desktops, see docs/installers.md), ...).
QT_PLUGINS_KEPT: dict[str, frozenset[str] | None] = {
    "platforms": frozenset({"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"}),
    "xcbglintegrations": None,
    "imageformats": frozenset({"qsvg", "qico", "qjpeg", "qgif"}),
    "iconengines": None,
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin",
                                        "ibusplatforminputcontextplugin"}),
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "printsupport": None,
    "styles": None,
    "generic": frozenset(),  # Windows: qtuiotouchplugin; not needed
}
#: Qt libraries only reached through dropped plugins (dropped with them).
QT_LIBS_DROPPED: tuple[str, ...] = (
    "Qt6Quick", "Qt6Qml", "Qt6QmlMeta", "Qt6QmlModels", "Qt6QmlWorkerScript",
    "Qt6VirtualKeyboard", "Qt6VirtualKeyboardQml", "Qt6WaylandClient",
    "Qt6WlShellIntegration", "Qt6EglFSDeviceIntegration", "Qt6EglFsKmsSupport",
    "Qt6Network", "Qt6Pdf",
)
#: Qt translations kept (the app speaks English and Chinese).
QT_TRANSLATION_LOCALES: tuple[str, ...] = ("en", "zh_CN", "zh_TW")
QT_TRANSLATION_CATALOGS: tuple[str, ...] = ("qt", "qtbase")

#: Linux: folders holding Debian-packaged libraries. Shared libraries PyInstaller would
#: copy from here are left out of the bundle; the .deb depends on their packages.
SYSTEM_LIB_DIRS: tuple[str, ...] = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/",
                                    "/usr/local/lib/")

#: Debian packages the bundle needs (checked against the bundle by check_depends()).
DEPENDS: tuple[str, ...] = (
    # C/C++ runtime (GLIBC_2.35 is the newest symbol version the bundle uses)
    "libc6 (>= 2.35)", "libgcc-s1", "libstdc++6",
    # the Python runtime's extension modules
    "zlib1g", "libbz2-1.0", "liblzma5", "libzstd1", "libffi8", "libssl3", "libsqlite3-0",
    "libuuid1", "libreadline8",
    # Qt: OpenGL/EGL, fonts, D-Bus, GLib event loop, X11/xcb platform plugin
    "libegl1", "libgl1", "libfontconfig1", "libfreetype6", "libdbus-1-3", "libglib2.0-0",
    "libx11-6", "libx11-xcb1", "libxcb1", "libxcb-cursor0", "libxcb-glx0", "libxcb-icccm4",
    "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0", "libxcb-render0",
    "libxcb-render-util0", "libxcb-shape0", "libxcb-shm0", "libxcb-sync1", "libxcb-util1",
    "libxcb-xfixes0", "libxcb-xkb1", "libxkbcommon0", "libxkbcommon-x11-0",
)
#: .deb compression: zstd -9 packs the bundle in ~9 s (xz: ~3 min on 2 cores, 49 vs 57 MB).
#: dpkg reads zstd since 1.21.18 (Debian 12, Ubuntu 22.04).
DEB_COMPRESSION = ("zstd", 9)
#: Always recommended, for the rest of the desktop: packconfig registers the bundled
#: resources/fonts/ CJK font with Qt and embeds it in PDFs, but falls back to this
#: system font if a build ships none.
CJK_FONT_PACKAGE = "fonts-wqy-microhei"


# ------------------------------------------------------------------------ pure helpers
def read_version(root: Path = ROOT) -> str:
    """``__version__`` from packconfig/__init__.py, without importing the package."""
    text = (root / "packconfig" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.M)
    if not match:
        raise SystemExit("build.py: no __version__ in packconfig/__init__.py")
    return match.group(1)


def debian_version(version: str) -> str:
    """A PEP 440 version as a Debian version (``1.0rc1`` -> ``1.0~rc1``)."""
    return re.sub(r"(?<=\d)\.?(a|b|rc|dev)(?=\d)", r"~\1", version)


def python_qt_problem(python: tuple[int, int], pyside: str) -> str | None:
    """Why this interpreter/PySide6 pair must not be frozen, or None."""
    if python[:2] == (3, 11) and pyside.startswith("6.12."):
        return (f"PySide6 {pyside} on Python 3.11 corrupts None's reference count "
                "(none_dealloc); build with Python 3.12 (the .venv) instead")
    if python[:2] < (3, 11):
        return "packconfig needs Python >= 3.11"
    return None


def plugin_stem(filename: str) -> str:
    """``libqxcb.so`` -> ``qxcb``; ``qwindows.dll`` -> ``qwindows``."""
    name = filename.split(".")[0]
    return name[3:] if name.startswith("lib") else name


def _lib_stem(filename: str) -> str:
    """``libQt6Quick.so.6`` -> ``Qt6Quick``; ``Qt6Quick.dll`` -> ``Qt6Quick``."""
    return plugin_stem(filename)


def keep_in_bundle(dest: str, src: str = "", platform: str = sys.platform) -> bool:
    """Whether a PyInstaller TOC entry (destination path inside the bundle, source path)
    goes into the bundle."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts:
        return True
    name = parts[-1]
    if parts[0] == "resources" and name.endswith(".py"):
        return False  # resources/__init__.py (wheel packaging), icon render scripts
    if "PySide6" in parts[:1]:
        if "plugins" in parts:
            i = parts.index("plugins")
            if len(parts) == i + 3:  # plugins/<folder>/<file>
                kept = QT_PLUGINS_KEPT.get(parts[i + 1], frozenset())
                return kept is None or plugin_stem(name) in kept
            return len(parts) <= i + 1
        if "translations" in parts and name.endswith(".qm"):
            match = re.fullmatch(r"([a-z]+)_(.+)\.qm", name)
            return bool(match and match.group(1) in QT_TRANSLATION_CATALOGS
                        and match.group(2) in QT_TRANSLATION_LOCALES)
        if "qml" in parts[1:3]:
            return False
        if _lib_stem(name) in QT_LIBS_DROPPED:
            return False
    elif len(parts) == 1 and _lib_stem(name) in QT_LIBS_DROPPED:
        return False  # PyInstaller's top-level symlinks to PySide6/Qt/lib
    if platform.startswith("linux") and src and ".so" in name:
        if any(src.startswith(d) for d in SYSTEM_LIB_DIRS):
            return False
    return True


def spec_text(root: Path, version: str, platform: str = sys.platform,
              prune: bool = True) -> str:
    """The PyInstaller spec (one-folder bundle named packconfig)."""
    windows = platform.startswith("win")
    cfg = {
        "root": str(root), "installer": str(root / "installer"),
        "script": str(root / "packconfig" / "__main__.py"),
        "resources": str(root / "resources"),
        # Alembic reads the register's migration scripts as files, not from the archive.
        "migrations": str(root / "packconfig" / "core" / "store" / "migrations"),
        "excludes": list(QT_EXCLUDES + PY_EXCLUDES),
        "icon": _windows_icon(root) if windows else None, "windows": windows,
        "version": version, "prune": prune,
    }
    return f'''# Generated by installer/build.py - do not edit; change build.py instead.
# -*- mode: python -*-
import importlib.util, json, sys
from PyInstaller.utils.hooks import collect_submodules

CFG = json.loads({json.dumps(json.dumps(cfg))})
_spec = importlib.util.spec_from_file_location("packconfig_build", CFG["installer"] + "/build.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

sys.path.insert(0, CFG["root"])
hidden = [m for m in collect_submodules("packconfig") if not m.startswith("packconfig.resources")]

a = Analysis(
    [CFG["script"]],
    pathex=[CFG["root"]],
    datas=[(CFG["resources"], "resources"),
           (CFG["migrations"], "packconfig/core/store/migrations")],
    hiddenimports=hidden,
    excludes=CFG["excludes"],
    noarchive=False,
    optimize=0,
)
if CFG["prune"]:
    a.binaries = [e for e in a.binaries if build.keep_in_bundle(e[0], e[1])]
    a.datas = [e for e in a.datas if build.keep_in_bundle(e[0], e[1])]
a.datas = [e for e in a.datas if "__pycache__" not in e[0]]
pyz = PYZ(a.pure)
exes = [EXE(pyz, a.scripts, [], exclude_binaries=True, name="packconfig",
            console=not CFG["windows"], icon=CFG["icon"], strip=False, upx=False)]
if CFG["windows"]:
    # packconfig.exe is the windowed GUI (no console flashes up); packconfig-cli.exe
    # is the same program with a console, for --version, self-test and the CLI.
    exes.append(EXE(pyz, a.scripts, [], exclude_binaries=True, name="packconfig-cli",
                    console=True, icon=CFG["icon"], strip=False, upx=False))
coll = COLLECT(*exes, a.binaries, a.datas, strip=False, upx=False, name="packconfig")
'''


def _windows_icon(root: Path) -> str | None:
    ico = root / "resources" / "icons" / "packconfig.ico"
    return str(ico) if ico.is_file() else None


def should_strip(rel: str) -> bool:
    """Linux: files whose debug information is stripped after the build (the Python
    runtime from pyenv carries ~25 MB of it; Qt, numpy and Pillow are already stripped
    and are left exactly as their wheels ship them)."""
    parts = PurePosixPath(rel).parts
    name = parts[-1] if parts else ""
    if re.fullmatch(r"libpython3\.\d+\.so(\.[\d.]+)?", name):
        return True
    return len(parts) >= 3 and re.fullmatch(r"python3\.\d+", parts[-3]) is not None \
        and parts[-2] == "lib-dynload" and name.endswith(".so")


def pyinstaller_command(python: str, spec: Path, dist: Path, work: Path) -> list[str]:
    """The PyInstaller command line for the generated spec."""
    return [python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(work), str(spec)]


def control_file(version: str, depends: Sequence[str], *, installed_size_kib: int = 0,
                 recommends: Sequence[str] = (), arch: str = "amd64") -> str:
    """DEBIAN/control."""
    desc = "\n".join(" ." if not line.strip() else " " + line
                     for line in DESCRIPTION_LONG.splitlines())
    lines = [
        f"Package: {APP}",
        f"Version: {debian_version(version)}",
        f"Architecture: {arch}",
        f"Maintainer: {MAINTAINER}",
    ]
    if installed_size_kib:
        lines.append(f"Installed-Size: {installed_size_kib}")
    lines += ["Section: misc", "Priority: optional", f"Depends: {', '.join(depends)}"]
    if recommends:
        lines.append(f"Recommends: {', '.join(recommends)}")
    if HOMEPAGE:
        lines.append(f"Homepage: {HOMEPAGE}")
    lines.append(f"Description: {DESCRIPTION_SHORT}\n{desc}")
    return "\n".join(lines) + "\n"


def desktop_entry(exec_name: str = APP, icon: str = APP) -> str:
    """/usr/share/applications/packconfig.desktop."""
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=packconfig",
        f"Name[zh_CN]={NAME_ZH}",
        "GenericName=Battery pack configurator",
        f"GenericName[zh_CN]={NAME_ZH}",
        f"Comment={COMMENT_EN}",
        f"Comment[zh_CN]={COMMENT_ZH}",
        f"Exec={exec_name} %f",
        f"TryExec={exec_name}",
        f"Icon={icon}",
        "Terminal=false",
        "Categories=Office;Engineering;",
        f"MimeType={PROJECT_MIME};",
        "Keywords=battery;pack;cell;quote;configurator;电池;报价;",
        "StartupNotify=true",
        f"StartupWMClass={APP}",
        "",
    ])


def launcher_script(target: str = f"/opt/{APP}/{APP}") -> str:
    """/usr/bin/packconfig."""
    return ("#!/bin/sh\n# packconfig launcher (installed by the packconfig .deb)\n"
            f'exec {target} "$@"\n')


def mime_xml() -> str:
    """/usr/share/mime/packages/packconfig.xml: the project-file type."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{PROJECT_MIME}">
    <comment>packconfig project</comment>
    <comment xml:lang="zh_CN">电池包配置项目</comment>
    <sub-class-of type="application/json"/>
    <generic-icon name="{APP}"/>
    <glob pattern="*{PROJECT_SUFFIX}" weight="60"/>
  </mime-type>
</mime-info>
"""


def postinst_script() -> str:
    return ("#!/bin/sh\nset -e\n"
            "if [ \"$1\" = configure ]; then\n"
            "    command -v update-mime-database >/dev/null 2>&1 && "
            "update-mime-database /usr/share/mime || true\n"
            "    command -v update-desktop-database >/dev/null 2>&1 && "
            "update-desktop-database -q /usr/share/applications || true\n"
            "    command -v gtk-update-icon-cache >/dev/null 2>&1 && "
            "gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true\n"
            "fi\nexit 0\n")


def postrm_script() -> str:
    return ("#!/bin/sh\nset -e\n"
            "if [ \"$1\" = remove ] || [ \"$1\" = purge ]; then\n"
            "    command -v update-mime-database >/dev/null 2>&1 && "
            "update-mime-database /usr/share/mime || true\n"
            "    command -v update-desktop-database >/dev/null 2>&1 && "
            "update-desktop-database -q /usr/share/applications || true\n"
            "fi\nexit 0\n")


def iss_version_define(version: str) -> str:
    """dist/packconfig-version.iss, included by installer/windows/packconfig.iss."""
    numeric = ".".join((re.findall(r"\d+", version) + ["0"] * 4)[:4])
    return (f'; Generated by installer/build.py from packconfig.__version__\n'
            f'#define AppVersion "{version}"\n#define AppVersionNumeric "{numeric}"\n')


def png_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of PNG data, or None if it is not a PNG."""
    if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def icon_files(resources: Path) -> dict[str, Path]:
    """Icons to install: {path under /usr/share/icons/hicolor: source}. Empty when the
    GUI has not shipped resources/icons/packconfig.png/.svg yet (nothing is made up)."""
    out: dict[str, Path] = {}
    icons = resources / "icons"
    svg = icons / f"{APP}.svg"
    if svg.is_file():
        out[f"scalable/apps/{APP}.svg"] = svg
    for png in sorted(icons.glob(f"{APP}*.png")):
        size = png_size(png.read_bytes()[:32])
        if size and size[0] == size[1]:
            out.setdefault(f"{size[0]}x{size[1]}/apps/{APP}.png", png)
    return out


def cjk_font_shipped(resources: Path) -> bool:
    fonts = resources / "fonts"
    return fonts.is_dir() and any(p.suffix.lower() in {".ttf", ".ttc"}
                                  for p in fonts.iterdir())


def parse_needed(objdump_output: str) -> list[str]:
    """NEEDED entries of ``objdump -p`` output."""
    return re.findall(r"^\s*NEEDED\s+(\S+)\s*$", objdump_output, re.M)


def package_name(depend: str) -> str:
    """``libc6 (>= 2.34)`` -> ``libc6``; ``a | b`` -> ``a``."""
    return depend.split("|")[0].split("(")[0].strip().split(":")[0]


def missing_depends(needed_packages: Iterable[str], depends: Sequence[str]) -> list[str]:
    have = {package_name(d) for d in depends}
    return sorted(set(needed_packages) - have)


# --------------------------------------------------------------------------- actions
def say(msg: str) -> None:
    print(f"build.py: {msg}", flush=True)


def die(msg: str) -> None:
    print(f"build.py: error: {msg}", file=sys.stderr, flush=True)
    raise SystemExit(1)


def check_interpreter() -> str:
    try:
        from importlib.metadata import version

        pyside = version("PySide6-Essentials")
    except Exception:  # noqa: BLE001
        die(f"PySide6 is not installed in {sys.executable}; run: bash installer/dev.sh setup")
    problem = python_qt_problem(sys.version_info[:2], pyside)
    if problem:
        die(problem)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        die(f"PyInstaller is not installed in {sys.executable}; run: "
            f"{sys.executable} -m pip install -r installer/requirements-build.txt")
    return pyside


def build_bundle(out: Path, version: str, prune: bool = True) -> Path:
    work = out / "build"
    work.mkdir(parents=True, exist_ok=True)
    spec = work / f"{APP}.spec"
    spec.write_text(spec_text(ROOT, version, prune=prune), encoding="utf-8")
    bundle = out / APP
    cmd = pyinstaller_command(sys.executable, spec, out, work)
    say("PyInstaller: " + " ".join(cmd))
    t0 = time.monotonic()
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run(cmd, cwd=work, env=env)
    if result.returncode != 0:
        die(f"PyInstaller failed (exit {result.returncode})")
    if prune and sys.platform.startswith("linux"):
        strip_debug(bundle)
    (out / f"{APP}-version.iss").write_text(iss_version_define(version), encoding="utf-8")
    say(f"bundle: {bundle} ({_du(bundle) / 1e6:.1f} MB) in {time.monotonic() - t0:.0f} s")
    return bundle


def strip_debug(bundle: Path) -> None:
    strip = shutil.which("strip")
    if not strip:
        say("strip (binutils) not found: the Python runtime keeps its debug information")
        return
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()
             and should_strip(p.relative_to(bundle).as_posix())]
    before = sum(p.stat().st_size for p in files)
    for p in files:
        subprocess.run([strip, "--strip-debug", str(p)], check=True)
    after = sum(p.stat().st_size for p in files)
    say(f"strip --strip-debug: {len(files)} Python runtime files, "
        f"{before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")


def _du(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())


def _elf_files(bundle: Path) -> list[Path]:
    out = []
    for p in bundle.rglob("*"):
        if p.is_file() and not p.is_symlink():
            with p.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    out.append(p)
    return out


def system_packages_needed(bundle: Path) -> tuple[dict[str, set[str]], list[str]]:
    """({Debian package: libraries}, unresolved) for the libraries the bundle's ELF
    files need directly and do not carry themselves."""
    if not shutil.which("objdump") or not shutil.which("dpkg-query"):
        die("objdump (binutils) and dpkg are needed to check the .deb dependencies")
    elfs = _elf_files(bundle)
    bundled = {p.name for p in bundle.rglob("*")}
    needed: set[str] = set()
    for elf in elfs:
        res = subprocess.run(["objdump", "-p", str(elf)], capture_output=True, text=True)
        needed.update(parse_needed(res.stdout))
    ldconfig = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True,
                              text=True).stdout
    where: dict[str, str] = {}
    for line in ldconfig.splitlines():
        m = re.match(r"\s*(\S+) \((?:libc6,)?x86-64[^)]*\) => (\S+)", line)
        if m:
            where.setdefault(m.group(1), m.group(2))
    packages: dict[str, set[str]] = {}
    unresolved = []
    for lib in sorted(needed - bundled):
        path = where.get(lib)
        if not path:
            unresolved.append(lib)
            continue
        real = os.path.realpath(path)
        pkg = None
        for candidate in (path, real, "/usr" + path if not path.startswith("/usr") else
                          path[4:], "/usr" + real if not real.startswith("/usr") else real[4:]):
            res = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True,
                                 text=True)
            if res.returncode == 0:
                pkg = res.stdout.split(":")[0].strip()
                break
        if pkg is None:
            unresolved.append(f"{lib} ({path}: no Debian package)")
        else:
            packages.setdefault(pkg, set()).add(lib)
    return packages, unresolved


def glibc_versions(objdump_t_output: str) -> set[tuple[int, ...]]:
    """GLIBC symbol versions referenced in ``objdump -T`` output."""
    return {tuple(int(x) for x in v.split(".")) for v in
            re.findall(r"\bGLIBC_(\d+(?:\.\d+)+)\b", objdump_t_output)}


def libc_minimum(depends: Sequence[str]) -> tuple[int, ...]:
    for d in depends:
        m = re.fullmatch(r"\s*libc6\s*\(>=\s*([\d.]+)\)\s*", d)
        if m:
            return tuple(int(x) for x in m.group(1).split("."))
    return (0,)


def check_depends(bundle: Path, depends: Sequence[str]) -> None:
    newest: tuple[int, ...] = (0,)
    for elf in _elf_files(bundle):
        out = subprocess.run(["objdump", "-T", str(elf)], capture_output=True, text=True)
        newest = max([newest, *glibc_versions(out.stdout)])
    if newest > libc_minimum(depends):
        die(f"the bundle uses GLIBC_{'.'.join(map(str, newest))}: raise libc6 (>= ...) in "
            "DEPENDS")
    packages, unresolved = system_packages_needed(bundle)
    if unresolved:
        die("the bundle needs libraries found neither in it nor on this system: "
            + ", ".join(unresolved))
    missing = missing_depends(packages, depends)
    if missing:
        detail = "; ".join(f"{p} ({', '.join(sorted(packages[p]))})" for p in missing)
        die(f"add to DEPENDS in installer/build.py: {detail}")
    extra = sorted({package_name(d) for d in depends} - set(packages))
    say(f"Depends check: the bundle needs {len(packages)} Debian packages, all in Depends"
        + (f" (also listed, not needed: {', '.join(extra)})" if extra else ""))


def build_deb(out: Path, bundle: Path, version: str,
              compression: tuple[str, int] = DEB_COMPRESSION) -> Path:
    if not shutil.which("dpkg-deb"):
        die("dpkg-deb not found; install dpkg-dev (bash installer/dev.sh setup does)")
    check_depends(bundle, DEPENDS)
    with tempfile.TemporaryDirectory(prefix="packconfig-deb-") as tmp:
        root = Path(tmp) / "root"
        opt = root / "opt" / APP
        shutil.copytree(bundle, opt, symlinks=True)
        _write(root / "usr/bin" / APP, launcher_script(), 0o755)
        _write(root / "usr/share/applications" / f"{APP}.desktop", desktop_entry())
        _write(root / "usr/share/mime/packages" / f"{APP}.xml", mime_xml())
        icons = icon_files(ROOT / "resources")
        if not icons:
            say("WARNING: resources/icons/ has no packconfig.png/.svg: the .deb has no "
                "icon (nothing is generated in its place)")
        for rel, src in icons.items():
            dest = root / "usr/share/icons/hicolor" / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
            dest.chmod(0o644)
        doc = root / "usr/share/doc" / APP
        _write(doc / "copyright", "packconfig - proprietary. All rights reserved.\n")
        recommends = [CJK_FONT_PACKAGE]
        if not cjk_font_shipped(ROOT / "resources"):
            say(f"resources/fonts/ has no TrueType CJK font: Chinese PDFs rely on the "
                f"recommended {CJK_FONT_PACKAGE}")
        size_kib = (_du(root) + 1023) // 1024
        debian = root / "DEBIAN"
        _write(debian / "control", control_file(version, DEPENDS, installed_size_kib=size_kib,
                                                recommends=recommends))
        _write(debian / "postinst", postinst_script(), 0o755)
        _write(debian / "postrm", postrm_script(), 0o755)
        for d in [root, *(p for p in root.rglob("*") if p.is_dir())]:
            d.chmod(0o755)
        deb = out / f"{APP}_{debian_version(version)}_amd64.deb"
        cmd = ["dpkg-deb", "--root-owner-group", f"-Z{compression[0]}",
               f"-z{compression[1]}", "--build", str(root), str(deb)]
        say(" ".join(cmd))
        res = subprocess.run(cmd, capture_output=True, text=True)
        if res.returncode != 0:
            die(f"dpkg-deb failed: {res.stderr.strip()}")
    say(f"deb: {deb} ({deb.stat().st_size / 1e6:.1f} MB)")
    return deb


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="installer/build.py", description=__doc__.split("\n")[0])
    p.add_argument("--out", type=Path, default=ROOT / "dist",
                   help="output folder (default: <repo>/dist)")
    p.add_argument("--bundle-only", action="store_true",
                   help="only the PyInstaller bundle (e.g. on Windows, before iscc)")
    p.add_argument("--deb-only", action="store_true",
                   help="only the .deb, from an existing OUT/packconfig bundle")
    p.add_argument("--no-prune", action="store_true",
                   help="keep everything PyInstaller collects (to measure the pruning or "
                   "to diagnose a missing plugin); implies --bundle-only")
    p.add_argument("--deb-compression", default=f"{DEB_COMPRESSION[0]}:{DEB_COMPRESSION[1]}",
                   metavar="TYPE:LEVEL", help="dpkg-deb compression (default %(default)s; "
                   "xz:6 is ~15%% smaller and ~20x slower)")
    args = p.parse_args(argv)
    ctype, _, clevel = args.deb_compression.partition(":")
    if ctype not in {"zstd", "xz", "gzip", "none"} or not clevel.isdigit():
        p.error(f"--deb-compression: expected zstd|xz|gzip|none:LEVEL, "
                f"got {args.deb_compression!r}")
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    version = read_version()
    bundle = out / APP
    if not args.deb_only:
        pyside = check_interpreter()
        say(f"packconfig {version}, Python {sys.version.split()[0]}, PySide6 {pyside}")
        bundle = build_bundle(out, version, prune=not args.no_prune)
    elif not bundle.is_dir():
        die(f"--deb-only: no bundle at {bundle}")
    if args.bundle_only or args.no_prune:
        return 0
    if not sys.platform.startswith("linux"):
        say("not Linux: skipping the .deb (use --bundle-only and iscc on Windows)")
        return 0
    build_deb(out, bundle, version, (ctype, int(clevel)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
