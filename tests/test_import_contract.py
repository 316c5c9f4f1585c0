"""Layering and hygiene contracts of the packconfig package.

* packconfig.core, packconfig.report, packconfig.commands and packconfig.cli never
  import Qt: the CLI, the PDF quotes and the benchmarks must work without PySide6
  being loaded (start-up time, headless servers, frozen CLI builds).
  Only packconfig/commands/gui_launch.py and packconfig/commands/selftest.py may reach
  the GUI, and only lazily, inside functions.
* No pickle/marshal/shelve and no builtin eval/exec anywhere in packconfig: saved
  packs and catalogs are data files, never code. (Qt's ``dialog.exec()`` /
  ``app.exec()`` are method calls and are fine.)
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "packconfig"

QT_ROOTS = ("PySide6", "shiboken6", "packconfig.gui")
#: Files allowed to import the GUI lazily (inside a function body only).
LAZY_GUI_ALLOWED = {
    PKG / "commands" / "gui_launch.py",
    PKG / "commands" / "selftest.py",
}
FORBIDDEN_MODULES = ("pickle", "cPickle", "_pickle", "marshal", "shelve", "dill", "cloudpickle")
FORBIDDEN_BUILTINS = ("eval", "exec")


# ----------------------------------------------------------------- helpers
def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(node: ast.ImportFrom, path: Path) -> str:
    """Absolute module name of a ``from X import ...`` (relative imports resolved)."""
    if not node.level:
        return node.module or ""
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
    return ".".join([*base, node.module] if node.module else base)


def _imported_modules(node: ast.AST, path: Path) -> list[str]:
    """Module names one node imports, including ``from pkg import submodule`` forms."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if isinstance(node, ast.ImportFrom):
        mod = _resolve(node, path)
        return [mod] + [f"{mod}.{a.name}" for a in node.names]
    if isinstance(node, ast.Call):  # importlib.import_module("X") / __import__("X")
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in {"import_module", "__import__"} and node.args:
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                return [arg.value]
    return []


def _matches(module: str, roots: tuple[str, ...]) -> bool:
    return any(module == r or module.startswith(r + ".") for r in roots)


def _function_nodes(tree: ast.AST) -> set[int]:
    """ids of every node that lies inside a function body."""
    inside: set[int] = set()
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            for sub in ast.walk(fn):
                if sub is not fn:
                    inside.add(id(sub))
    return inside


def qt_import_violations(source: str, path: Path, lazy_allowed: bool = False) -> list[str]:
    tree = ast.parse(source, filename=str(path))
    inside = _function_nodes(tree) if lazy_allowed else set()
    found = []
    for node in ast.walk(tree):
        for mod in _imported_modules(node, path):
            if _matches(mod, QT_ROOTS) and id(node) not in inside:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: imports {mod}")
                break
    return found


def hygiene_violations(source: str, path: Path) -> list[str]:
    tree = ast.parse(source, filename=str(path))
    where = path.relative_to(ROOT) if path.is_absolute() else path
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if _matches(a.name, FORBIDDEN_MODULES):
                    found.append(f"{where}:{node.lineno}: import {a.name}")
        elif isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            if _matches(mod, FORBIDDEN_MODULES):
                found.append(f"{where}:{node.lineno}: from {mod} import ...")
            if mod == "builtins" and any(a.name in FORBIDDEN_BUILTINS for a in node.names):
                found.append(f"{where}:{node.lineno}: from builtins import eval/exec")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in FORBIDDEN_BUILTINS:
                found.append(f"{where}:{node.lineno}: {func.id}() call")
            elif (
                isinstance(func, ast.Attribute)
                and func.attr in FORBIDDEN_BUILTINS
                and isinstance(func.value, ast.Name)
                and func.value.id in {"builtins", "__builtins__"}
            ):
                found.append(f"{where}:{node.lineno}: {func.value.id}.{func.attr}() call")
            elif (  # importlib.import_module("pickle")
                _imported_modules(node, path)
                and _matches(_imported_modules(node, path)[0], FORBIDDEN_MODULES)
            ):
                found.append(f"{where}:{node.lineno}: dynamic import of a forbidden module")
    return found


def _py_files(*parts: str) -> list[Path]:
    base = PKG.joinpath(*parts)
    return sorted(base.rglob("*.py")) if base.is_dir() else [base]


# ----------------------------------------------------------------- (a) runtime
def test_core_report_cli_import_without_qt() -> None:
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import packconfig.core, packconfig.report
        names = []
        for pkg in (packconfig.core, packconfig.report):
            for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
                importlib.import_module(info.name)
                names.append(info.name)
        import packconfig.cli
        try:
            packconfig.cli.build_parser()  # imports every registered sub-command
        except ImportError as exc:  # a sub-command not written yet
            print("note: build_parser:", exc, file=sys.stderr)
        qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")
                    or m.startswith("packconfig.gui"))
        print("imported", len(names), "modules")
        if qt:
            sys.exit("Qt loaded by the Qt-free layers: " + ", ".join(qt[:10]))
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


# ----------------------------------------------------------------- (b) static
def test_no_qt_imports_in_qt_free_layers() -> None:
    files = _py_files("core") + _py_files("report") + _py_files("commands") + _py_files("cli.py")
    assert files, "no files scanned"
    bad: list[str] = []
    for f in files:
        bad += qt_import_violations(
            f.read_text(encoding="utf-8"), f, lazy_allowed=f in LAZY_GUI_ALLOWED
        )
    assert not bad, "Qt imported outside packconfig/gui:\n" + "\n".join(bad)


@pytest.mark.parametrize(
    ("source", "lazy", "n"),
    [
        ("import PySide6\n", False, 1),
        ("from PySide6.QtWidgets import QLabel\n", False, 1),
        ("import shiboken6\n", False, 1),
        ("def f():\n    from PySide6 import QtCore\n", False, 1),  # nested counts too
        ("def f():\n    from packconfig.gui import app\n", True, 0),  # lazy, allowed file
        ("from packconfig.gui import app\n", True, 1),  # top-level, even in allowed file
        ("from ..gui import main_window\n", False, 1),  # relative import of the GUI
        ("import importlib\nimportlib.import_module('PySide6.QtGui')\n", False, 1),
        ("from packconfig.core import units\n", False, 0),
    ],
)
def test_qt_scanner_itself(source: str, lazy: bool, n: int) -> None:
    path = PKG / "commands" / "example.py"
    assert len(qt_import_violations(source, path, lazy_allowed=lazy)) == n


# ----------------------------------------------------------------- (c) hygiene
def test_no_pickle_eval_exec_in_package() -> None:
    bad: list[str] = []
    for f in sorted(PKG.rglob("*.py")):
        bad += hygiene_violations(f.read_text(encoding="utf-8"), f)
    assert not bad, "unsafe constructs found:\n" + "\n".join(bad)


@pytest.mark.parametrize(
    ("source", "n"),
    [
        ("eval('1+1')\n", 1),
        ("exec(code)\n", 1),
        ("import builtins\nbuiltins.eval(s)\n", 1),
        ("from builtins import exec\n", 1),
        ("import pickle\n", 1),
        ("from marshal import loads\n", 1),
        ("def f():\n    import shelve\n", 1),
        # Qt's exec() is a method: never flagged; neither are strings or comments.
        ("app.exec()\ndialog.exec()\nQDialog.exec(self)\nsys.exit(app.exec())\n", 0),
        ("x = 'eval(1) exec( import pickle'  # eval( exec(\n", 0),
        ("from packconfig.core import evaluation\nevaluate(1)\n", 0),
    ],
)
def test_hygiene_scanner_itself(source: str, n: int) -> None:
    assert len(hygiene_violations(source, Path("example.py"))) == n
