"""packconfig.gui.import_scan: PySide6's per-import "does this module use PySide6?"
check, answered from the source file's bytes, gives the answer PySide6's own check
(``inspect.getsource``) gives, for every module of a window start."""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap
from types import ModuleType

from packconfig.gui import import_scan
from packconfig.gui.app import create_app
from packconfig.gui.main_window import MainWindow


def pyside_answer(module: ModuleType) -> bool:
    """What shibokensupport.feature._mod_uses_pyside answers (PySide6 6.x)."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_same_answer_as_pyside_for_every_module_loaded(qtbot):
    create_app()
    w = MainWindow()  # the core attached: numpy, pint and the whole window are loaded
    qtbot.addWidget(w)
    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    assert len(modules) > 300
    differ = [m.__name__ for m in modules if import_scan.uses_pyside(m) != pyside_answer(m)]
    assert differ == []
    # both kinds occur: the window's modules use PySide6, the numeric core does not
    assert import_scan.uses_pyside(sys.modules["packconfig.gui.main_window"])
    assert not import_scan.uses_pyside(sys.modules["packconfig.core.units"])
    assert not import_scan.uses_pyside(sys.modules["numpy"])
    assert not import_scan.uses_pyside(sys.modules["sys"])  # built in: no source file


def test_unreadable_or_sourceless_module_is_not_pyside(tmp_path):
    gone = ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # no such file
    compiled = ModuleType("compiled")
    source = tmp_path / "compiled.py"
    source.write_text("import PySide6\n", encoding="utf-8")
    compiled.__file__ = str(tmp_path / "compiled.pyc")  # the .py beside it is read
    extension = ModuleType("extension")
    extension.__file__ = str(tmp_path / "extension.so")
    assert not import_scan.uses_pyside(gone)
    assert import_scan.uses_pyside(compiled)
    assert not import_scan.uses_pyside(extension)


def test_launcher_installs_it_before_the_window_modules():
    """In a fresh interpreter: PySide6's check is replaced, and a module imported
    afterwards is recorded as PySide6 does (0: uses PySide6, -1: does not)."""
    code = textwrap.dedent("""
        import sys
        from PySide6 import QtCore
        from packconfig.gui import import_scan
        assert import_scan.install()
        feature = sys.modules["shibokensupport.feature"]
        assert feature._mod_uses_pyside is import_scan.uses_pyside
        from packconfig.gui.style import set_text_style  # (the hook gets the module
        from packconfig.core.units import Q_             # a from-import returns)
        print(feature.pyside_feature_dict["packconfig.gui.style"],
              feature.pyside_feature_dict["packconfig.core.units"])
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["0", "-1"]
