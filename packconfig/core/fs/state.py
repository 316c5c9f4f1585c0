"""Small derived-state files in the user data folder (the stored first paint, the
parsed-catalog cache): written atomically and privately, never larger than a limit,
removable without fuss. A state file is only ever a shortcut: any failure to store or
remove it returns quietly and the caller computes instead."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from packconfig.core.errors import StorageError
from packconfig.core.fs.atomic import atomic_write_text


def store_json(path: Path, payload: dict[str, Any], max_bytes: int) -> bool:
    """Write ``payload`` as JSON to ``path`` (private, atomic); False when it is over
    ``max_bytes`` or could not be written."""
    text = json.dumps(payload, ensure_ascii=False)
    if len(text.encode("utf-8")) > max_bytes:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, text, private=True)  # user data folder: private
    except (StorageError, OSError):
        return False
    return True


def forget(path: Path) -> None:
    """Remove a state file (nothing stored, or not removable: its reader checks its key
    anyway)."""
    try:
        os.unlink(path)
    except OSError:
        pass  # see the docstring: a stale file is rejected by its key when read
