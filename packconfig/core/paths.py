"""Where user data lives.

The user data folder comes from platformdirs (e.g. ``~/.local/share/packconfig`` on
Linux). ``PACKCONFIG_HOME`` overrides it so tests and QA never touch a real user's data.
Everything the application writes on its own (settings, user cells, the quote register,
logs, caches) goes under this folder.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_HOME = "PACKCONFIG_HOME"


def user_data_dir() -> Path:
    """The user data folder (not created)."""
    override = os.environ.get(ENV_HOME)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path("packconfig", appauthor=False)


def user_file(*parts: str) -> Path:
    """A path inside the user data folder (parent folders not created)."""
    return user_data_dir().joinpath(*parts)


def ensure_user_dir(*parts: str) -> Path:
    """Create and return a folder inside the user data folder."""
    path = user_data_dir().joinpath(*parts)
    path.mkdir(parents=True, exist_ok=True)
    return path
