"""installer/build.py's pure parts, without running PyInstaller or dpkg-deb."""

from __future__ import annotations

import ast
import configparser
import re
import subprocess
import sys
import tomllib
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from packconfig import __version__
from packconfig.core.store.project import SUFFIX

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "installer" / "windows" / "packconfig.iss"
REQUIREMENTS = ROOT / "installer" / "requirements-build.txt"


def control_fields(text: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    key = ""
    for line in text.splitlines():
        if line.startswith(" "):
            fields[key] += "\n" + line
        else:
            key, _, value = line.partition(": ")
            assert key and key not in fields, line
            fields[key] = value
    return fields


# ------------------------------------------------------------------ version, Python
def test_version_is_the_package_version(build):
    assert build.read_version() == __version__


@pytest.mark.parametrize(("pep440", "deb"), [("0.1.0", "0.1.0"), ("1.2rc1", "1.2~rc1"),
                                             ("2.0.0b3", "2.0.0~b3"), ("1.0.dev4", "1.0~dev4")])
def test_debian_version(build, pep440, deb):
    assert build.debian_version(pep440) == deb


def test_refuses_python_311_with_pyside_612(build):
    assert "none_dealloc" in build.python_qt_problem((3, 11), "6.12.0")
    assert build.python_qt_problem((3, 11), "6.11.3") is None
    assert build.python_qt_problem((3, 12), "6.12.0") is None
    assert build.python_qt_problem((3, 10), "6.11.3")


def test_check_interpreter_exits_on_311_612(build, monkeypatch, capsys):
    fake_sys = types.SimpleNamespace(version_info=(3, 11, 9), executable="/x/python3.11",
                                     stderr=sys.stderr, platform="linux")
    monkeypatch.setattr(build, "sys", fake_sys)
    monkeypatch.setattr("importlib.metadata.version", lambda name: "6.12.0")
    with pytest.raises(SystemExit):
        build.check_interpreter()
    assert "none_dealloc" in capsys.readouterr().err


# ----------------------------------------------------------------- bundle content
@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
     True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", False),
    ("libQt6Qml.so.6", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libQt6Charts.so.6", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),
    ("PySide6/Qt/lib/libicudata.so.73", True),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/Qt/translations/qt_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qtwebengine_zh_CN.qm", False),
    ("PySide6/Qt/qml/QtQuick/qmldir", False),
    ("resources/catalog/cells.toml", True),
    ("resources/fonts/wqy-microhei.ttc", True),
    ("resources/translations/packconfig_zh_CN.qm", True),
    ("resources/icons/packconfig.svg", True),
    ("resources/icons/render_icon.py", False),
    ("resources/__init__.py", False),
    ("numpy.libs/libscipy_openblas64_-1234.so", True),
])
def test_keep_in_bundle_linux(build, dest, kept):
    src = "/venv/site-packages/" + dest
    assert build.keep_in_bundle(dest, src, platform="linux") is kept


def test_keep_in_bundle_windows_layout(build):
    keep = build.keep_in_bundle
    assert keep("PySide6\\plugins\\platforms\\qwindows.dll", "C:\\x", platform="win32")
    assert keep("PySide6\\plugins\\platforms\\qoffscreen.dll", "C:\\x", platform="win32")
    assert not keep("PySide6\\plugins\\platforms\\qdirect2d.dll", "C:\\x", platform="win32")
    assert not keep("PySide6\\Qt6Quick.dll", "C:\\x", platform="win32")
    assert not keep("PySide6\\translations\\qtbase_fr.qm", "C:\\x", platform="win32")
    assert keep("PySide6\\Qt6Widgets.dll", "C:\\x", platform="win32")


def test_system_libraries_are_left_to_debian(build):
    assert not build.keep_in_bundle("libfontconfig.so.1", "/lib/x86_64-linux-gnu/"
                                    "libfontconfig.so.1", platform="linux")
    assert not build.keep_in_bundle("libxcb-cursor.so.0", "/usr/lib/x86_64-linux-gnu/"
                                    "libxcb-cursor.so.0", platform="linux")
    # the Python runtime itself (pyenv, venv) and wheel-provided libraries stay
    assert build.keep_in_bundle("libpython3.12.so.1.0", "/root/.pyenv/versions/3.12.1/lib/"
                                "libpython3.12.so.1.0", platform="linux")
    # Windows has no system folders in that sense
    assert build.keep_in_bundle("vcruntime140.dll", "C:/Windows/System32/vcruntime140.dll",
                                platform="win32")


def test_plugin_stem(build):
    assert build.plugin_stem("libqxcb.so") == "qxcb"
    assert build.plugin_stem("qwindows.dll") == "qwindows"
    assert build.plugin_stem("libqxcb-glx-integration.so") == "qxcb-glx-integration"


def test_qt_excludes(build):
    excluded = set(build.QT_EXCLUDES)
    for mod in ("QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtQuick", "QtQml", "QtPdf",
                "QtBluetooth", "QtDesigner", "QtSql", "QtNetwork"):
        assert f"PySide6.{mod}" in excluded
    for mod in ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtSvg", "QtPrintSupport",
                "QtOpenGL", "QtOpenGLWidgets", "QtDBus"):
        assert f"PySide6.{mod}" not in excluded


def test_qt_modules_used_by_the_gui_are_not_excluded(build):
    """Whatever packconfig imports from PySide6 must never be excluded."""
    used = set()
    for path in (ROOT / "packconfig").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                used.add(".".join(node.module.split(".")[:2]))
            elif isinstance(node, ast.Import):
                used.update(".".join(a.name.split(".")[:2]) for a in node.names
                            if a.name.startswith("PySide6."))
    assert used, "packconfig imports no Qt module?"
    assert not used & set(build.QT_EXCLUDES)


def test_spec_text(build):
    spec = build.spec_text(ROOT, "0.1.0", platform="linux")
    ast.parse(spec)
    assert '"resources"' in spec and "collect_submodules(\"packconfig\")" in spec
    assert '"packconfig/core/store/migrations"' in spec  # Alembic reads them as files
    assert "keep_in_bundle" in spec and "PySide6.QtWebEngineCore" in spec
    assert 'name="packconfig"' in spec and "packconfig-cli" in spec  # only under windows
    assert '\\"windows\\": false' in spec
    win = build.spec_text(ROOT, "0.1.0", platform="win32")
    ast.parse(win)
    assert '\\"windows\\": true' in win


def test_pyinstaller_command(build, tmp_path):
    cmd = build.pyinstaller_command("/py", tmp_path / "p.spec", tmp_path / "d", tmp_path / "w")
    assert cmd[:3] == ["/py", "-m", "PyInstaller"]
    assert "--noconfirm" in cmd and cmd[-1].endswith("p.spec")
    assert cmd[cmd.index("--distpath") + 1] == str(tmp_path / "d")


@pytest.mark.parametrize(("rel", "strip"), [
    ("_internal/libpython3.12.so.1.0", True),
    ("_internal/python3.12/lib-dynload/_decimal.cpython-312-x86_64-linux-gnu.so", True),
    ("_internal/PySide6/Qt/lib/libQt6Core.so.6", False),
    ("_internal/numpy.libs/libscipy_openblas64_-1.so", False),
    ("_internal/pillow.libs/libavif.so.16", False),
])
def test_should_strip(build, rel, strip):
    assert build.should_strip(rel) is strip


# -------------------------------------------------------------------------- Debian
def test_control_file(build):
    text = build.control_file("0.1.0", build.DEPENDS, installed_size_kib=1234,
                              recommends=["fonts-wqy-microhei"])
    assert text.endswith("\n") and "\n\n" not in text
    f = control_fields(text)
    assert f["Package"] == "packconfig" and f["Version"] == "0.1.0"
    assert f["Architecture"] == "amd64" and "@" in f["Maintainer"]
    assert f["Installed-Size"] == "1234" and f["Recommends"] == "fonts-wqy-microhei"
    depends = [d.strip() for d in f["Depends"].split(",")]
    names = {build.package_name(d) for d in depends}
    for lib in ("libegl1", "libgl1", "libfontconfig1", "libxkbcommon0", "libxkbcommon-x11-0",
                "libdbus-1-3", "libglib2.0-0", "libxcb-cursor0", "libxcb-icccm4",
                "libxcb-keysyms1", "libc6"):
        assert lib in names
    assert f["Description"].startswith("Battery pack")
    assert all(line.startswith(" ") for line in f["Description"].splitlines()[1:])
    assert "Recommends" not in control_fields(build.control_file("0.1.0", ["libc6"]))


def test_control_file_runs_through_dpkg(build, tmp_path):
    """dpkg-deb accepts the generated control file (installer/dev.sh installs dpkg-dev)."""
    import shutil

    assert shutil.which("dpkg-deb"), "dpkg-deb missing: run `bash installer/dev.sh setup`"
    root = tmp_path / "root"
    (root / "DEBIAN").mkdir(parents=True)
    (root / "DEBIAN" / "control").write_text(build.control_file("0.1.0rc1", ["libc6"]))
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "packconfig").write_text(build.launcher_script())
    res = subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root),
                          str(tmp_path / "t.deb")], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    info = subprocess.run(["dpkg-deb", "-f", str(tmp_path / "t.deb"), "Version"],
                          capture_output=True, text=True).stdout.strip()
    assert info == "0.1.0~rc1"


def test_desktop_entry(build):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(build.desktop_entry())
    e = parser["Desktop Entry"]
    assert e["Type"] == "Application" and e["Name"] == "packconfig"
    assert e["Name[zh_CN]"] == "电池包配置器"
    assert e["Exec"].split()[0] == "packconfig" and e["Icon"] == "packconfig"
    assert e["Categories"] == "Office;Engineering;"
    assert e["MimeType"] == f"{build.PROJECT_MIME};"
    assert e["Terminal"] == "false"


def test_desktop_entry_validates(build, tmp_path):
    import shutil

    tool = shutil.which("desktop-file-validate")
    assert tool, "desktop-file-utils missing: run `bash installer/dev.sh setup`"
    path = tmp_path / "packconfig.desktop"
    path.write_text(build.desktop_entry(), encoding="utf-8")
    res = subprocess.run([tool, str(path)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_launcher_script(build, tmp_path):
    text = build.launcher_script()
    assert text.startswith("#!/bin/sh\n")
    assert 'exec /opt/packconfig/packconfig "$@"' in text
    path = tmp_path / "launcher"
    path.write_text(text)
    assert subprocess.run(["sh", "-n", str(path)]).returncode == 0
    # arguments pass through unchanged, spaces included
    path.write_text(build.launcher_script(target="printf '<%s>'"))
    out = subprocess.run(["sh", str(path), "a b", "--version"], capture_output=True,
                         text=True).stdout
    assert out == "<a b><--version>"


def test_mime_xml_matches_the_project_suffix(build):
    assert build.PROJECT_SUFFIX == SUFFIX
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.fromstring(build.mime_xml().encode("utf-8"))
    mime = root.find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == build.PROJECT_MIME
    assert mime.find("m:glob", ns).get("pattern") == f"*{SUFFIX}"


def test_maintainer_scripts_are_valid_sh(build, tmp_path):
    for text in (build.postinst_script(), build.postrm_script()):
        path = tmp_path / "script"
        path.write_text(text)
        assert text.startswith("#!/bin/sh\n")
        assert subprocess.run(["sh", "-n", str(path)]).returncode == 0


def test_png_size_and_icons(build, tmp_path):
    def png(w: int, h: int) -> bytes:
        import struct
        return b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR" + struct.pack(">II", w, h)

    assert build.png_size(png(256, 256)) == (256, 256)
    assert build.png_size(b"GIF89a" + b"\0" * 30) is None
    assert build.icon_files(tmp_path) == {}
    icons = tmp_path / "icons"
    icons.mkdir()
    (icons / "packconfig.svg").write_text("<svg/>")
    (icons / "packconfig-256.png").write_bytes(png(256, 256))
    (icons / "packconfig-wide.png").write_bytes(png(300, 100))
    found = build.icon_files(tmp_path)
    assert set(found) == {"scalable/apps/packconfig.svg", "256x256/apps/packconfig.png"}


def test_depends_helpers(build):
    out = "Dynamic Section:\n  NEEDED               libGL.so.1\n  NEEDED               libc.so.6\n"
    assert build.parse_needed(out) == ["libGL.so.1", "libc.so.6"]
    assert build.package_name("libc6 (>= 2.34)") == "libc6"
    assert build.package_name("libgl1 | libgl1-mesa-glx") == "libgl1"
    assert build.missing_depends({"libgl1", "libfoo1"}, ["libgl1", "libc6 (>= 2)"]) == [
        "libfoo1"]


def test_glibc_helpers(build):
    out = "0 DF *UND* 0 (GLIBC_2.2.5) memcpy\n0 DF *UND* 0 GLIBC_2.35 __libc_x\n"
    assert build.glibc_versions(out) == {(2, 2, 5), (2, 35)}
    assert build.libc_minimum(build.DEPENDS) >= (2, 35)
    assert build.libc_minimum(["libgl1"]) == (0,)


def test_cjk_font_detection(build, tmp_path):
    assert not build.cjk_font_shipped(tmp_path)
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "x.ttc").write_bytes(b"")
    assert build.cjk_font_shipped(tmp_path)


# ------------------------------------------------------------------------- Windows
def test_iss_version_define(build):
    text = build.iss_version_define("1.2.3rc1")
    assert '#define AppVersion "1.2.3rc1"' in text
    assert '#define AppVersionNumeric "1.2.3.1"' in text


def test_iss_script(build):
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-"
                     r"[0-9A-F]{12}\}$", text, re.M)
    assert "packconfig-version.iss" in text  # the file build.py writes next to the bundle
    assert "AppVersion={#AppVersion}" in text
    assert "{uninstallexe}" in text and "[Icons]" in text
    assert "packconfig.project" in text and '""%1""' in text
    assert r'Source: "{#DistDir}\packconfig\*"' in text and "recursesubdirs" in text
    for section in re.findall(r"^\[(\w+)\]", text, re.M):
        assert section in {"Setup", "Languages", "Tasks", "Files", "Icons", "Registry", "Run",
                           "UninstallDelete"}


# -------------------------------------------------------------------- requirements
def test_build_requirements_are_pinned():
    lines = [ln.split(";")[0].strip() for ln in REQUIREMENTS.read_text().splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    pins = {}
    for line in lines:
        name, sep, version = line.partition("==")
        assert sep and re.fullmatch(r"[0-9][0-9A-Za-z.]*", version), line
        pins[name.lower().replace("_", "-")] = version
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    build_extra = pyproject["project"]["optional-dependencies"]["build"]
    pinned_pyinstaller = next(d for d in build_extra if d.startswith("pyinstaller=="))
    assert pins["pyinstaller"] == pinned_pyinstaller.split("==")[1]
    assert "pyinstaller-hooks-contrib" in pins
    for dep in pyproject["project"]["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.-]+", dep).group(0).lower().replace("_", "-")
        assert name in pins, f"{name} (pyproject dependency) is not pinned"
