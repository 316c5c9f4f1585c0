"""A cheaper form of PySide6's check on every module imported after it.

Why: once ``PySide6.QtCore`` is imported, shiboken replaces ``__import__`` and, for every
module imported afterwards, asks ``shibokensupport.feature._mod_uses_pyside(module)``
whether the module's source mentions ``PySide6`` (for its opt-in ``__feature__``
switches, ``snake_case`` / ``true_property``, which packconfig does not use). It finds
out with ``inspect.getsource``, which goes through ``linecache`` and the import
machinery for each of the ~350 modules the window imports after Qt (numpy, pint, the
core): about 40 ms of every start, most of it before the controls are live.

:func:`install` replaces that check with one that gives the same answer (does the
module's source file contain ``PySide6``?) by reading the file's bytes once. A module
without a source file is answered ``False``, as ``inspect.getsource`` failing is. When
the PySide6 in use has no such function, nothing is changed. Standard library only.
"""

from __future__ import annotations

import sys
from types import ModuleType

_MARK = b"PySide6"


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file contains ``PySide6`` (False without a source
    file or when it cannot be read)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str):
        return False
    if path.endswith((".pyc", ".pyo")):
        path = path[:-1]  # inspect.getsourcefile looks for the .py beside a .pyc
    if not path.endswith(".py"):
        return False  # an extension module or a namespace: no source to search
    try:
        with open(path, "rb") as handle:
            return _MARK in handle.read()
    except OSError:
        return False


def install() -> bool:
    """Use :func:`uses_pyside` for PySide6's per-import check; True if it is in use.
    Call it right after the first PySide6 import (before the window's own modules)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
