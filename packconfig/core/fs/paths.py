"""Where user data lives.

The user data folder comes from platformdirs (e.g. ``~/.local/share/packconfig`` on
Linux). ``PACKCONFIG_HOME`` overrides it so tests and QA never touch a real user's data.
Everything the application writes on its own (settings, user cells, the quote register,
logs, caches) goes under this folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_HOME = "PACKCONFIG_HOME"


def user_data_dir() -> Path:
    """The user data folder (not created)."""
    override = os.environ.get(ENV_HOME)
    if override:
        return Path(override).expanduser()
    fast = _linux_data_dir()
    if fast is not None:
        return fast
    from platformdirs import user_data_path

    return user_data_path("packconfig", appauthor=False)


def _linux_data_dir() -> Path | None:
    """platformdirs' answer on Linux in its two common cases (an absolute
    ``$XDG_DATA_HOME``, or none and an absolute ``$HOME``), without the 15 ms its import
    costs the window's start; None otherwise (platformdirs decides).
    ``tests/core/test_paths.py`` checks both agree."""
    if not sys.platform.startswith("linux"):
        return None
    xdg = os.environ.get("XDG_DATA_HOME", "")
    if os.path.isabs(xdg):
        return Path(xdg) / "packconfig"
    home = os.environ.get("HOME", "")
    if not xdg and os.path.isabs(home):
        return Path(home) / ".local" / "share" / "packconfig"
    return None


def user_file(*parts: str) -> Path:
    """A path inside the user data folder (parent folders not created)."""
    return user_data_dir().joinpath(*parts)


def ensure_user_dir(*parts: str) -> Path:
    """Create and return a folder inside the user data folder."""
    path = user_data_dir().joinpath(*parts)
    path.mkdir(parents=True, exist_ok=True)
    return path
