"""The window's first paint: what the configurator page showed for the last design,
kept so the next start can paint it before the numeric core is imported.

Why: importing numpy and pint takes about 0.25 s, longer than a bare Qt window takes to
appear, so a window that computes before its first paint cannot open quickly. Instead,
when the window closes it stores the *texts* its configurator page showed (results,
warnings, controls, the cell table) in ``<user data>/state/first-paint.json``, under a
key made of

* the application version and this file's schema number,
* the interface language,
* the last design exactly as the window settings store it (``last_project``), and
* the size and modification time of every file the texts depend on: the package's
  own sources (or the frozen executable), the shipped resources, the user's cell files
  and ``settings.json``.

At the next start :func:`load` returns that state only if the key is the same, i.e.
the figures would come out identical; the window paints it, then imports the core and
computes the same design for real (``tests/gui/test_first_paint.py`` checks that every
text is unchanged by that). Any doubt — a missing, corrupt, foreign or stale file — gives
``None`` and the window computes before it paints, as on a first run.

This module imports only the standard library (no Qt, numpy or pint).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from packconfig import __version__
from packconfig.core.fs.paths import user_data_dir

SCHEMA = 1
FILE_NAME = "first-paint.json"
#: The user's settings file name (``packconfig.core.commerce.settings.SETTINGS_NAME``; a test
#: keeps the two equal without importing the numeric core here).
SETTINGS_NAME = "settings.json"
MAX_BYTES = 4_000_000
#: Top-level entries a state must have, with their types.
SECTIONS: dict[str, type] = {"results": dict, "warnings": dict, "config": dict,
                             "cells": dict}


def state_path() -> Path:
    return user_data_dir() / "state" / FILE_NAME


def _walk(folder: str, suffix: str = "") -> list[str]:
    """Files under ``folder`` (ending in ``suffix``), sorted; [] if it is unreadable."""
    found: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        found += _walk(entry.path, suffix)
                elif entry.name.endswith(suffix):
                    found.append(entry.path)
    except OSError:
        return []
    return sorted(found)


def _input_files() -> list[str]:
    from packconfig.core.fs.resources import ResourceNotFound, resource_root

    if getattr(sys, "frozen", False):
        files = [sys.executable]
    else:
        files = _walk(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), ".py")
    try:
        files += _walk(str(resource_root()))
    except ResourceNotFound:
        pass  # the window will report the missing resources; nothing can be cached
    home = str(user_data_dir())
    files += _walk(os.path.join(home, "cells"))
    files.append(os.path.join(home, SETTINGS_NAME))
    return files


def data_stamp() -> str:
    """Size and modification time of every input file, one line each (about 2 ms)."""
    lines = []
    for path in _input_files():
        try:
            st = os.stat(path)
            lines.append(f"{path}\t{st.st_size}\t{st.st_mtime_ns}")
        except OSError:
            lines.append(f"{path}\tmissing")
    return "\n".join(lines)


def key(project_json: str, language: str) -> str:
    """The key a stored state must carry to be shown for this design and language
    (kept as plain text: comparing it is cheaper than importing a hash)."""
    return "\n".join((str(SCHEMA), __version__, language, project_json, data_stamp()))


def _valid(state: object) -> bool:
    if not isinstance(state, dict):
        return False
    return all(isinstance(state.get(name), kind) for name, kind in SECTIONS.items())


def load(project_json: str, language: str) -> dict[str, Any] | None:
    """The stored state for this design and language, or ``None`` if there is none or
    it might differ from what the core would compute now."""
    if not project_json:
        return None
    path = state_path()
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeError, RecursionError):
        return None
    if not isinstance(stored, dict) or stored.get("key") != key(project_json, language):
        return None
    state = stored.get("state")
    return state if _valid(state) else None


def save(state: dict[str, Any], project_json: str, language: str) -> bool:
    """Store ``state`` for this design and language, atomically; False if it could not
    be written (the next start then simply computes first)."""
    from packconfig.core.fs.state import store_json

    if not project_json or not _valid(state):
        return False
    return store_json(state_path(), {"key": key(project_json, language), "state": state},
                      MAX_BYTES)


def forget() -> None:
    """Remove the stored state (e.g. after a failed check)."""
    from packconfig.core.fs.state import forget as remove

    remove(state_path())
