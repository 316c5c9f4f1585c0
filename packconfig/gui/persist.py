"""Window settings (geometry, state, recent files, last design) in an INI file under the
user data folder, so tests (PACKCONFIG_HOME) never touch real settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from packconfig.core.errors import PackconfigError
from packconfig.core.fs.paths import ensure_user_dir

if TYPE_CHECKING:
    from packconfig.core.store.project import Project

MAX_RECENT = 8


def gui_settings() -> QSettings:
    folder = ensure_user_dir()
    return QSettings(str(folder / "gui-settings.ini"), QSettings.Format.IniFormat)


def recent_files(s: QSettings) -> list[str]:
    value = s.value("recent", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or []) if v][:MAX_RECENT]


def add_recent(s: QSettings, path: str) -> list[str]:
    files = [path] + [p for p in recent_files(s) if p != path]
    s.setValue("recent", files[:MAX_RECENT])
    return files[:MAX_RECENT]


def last_project_json(s: QSettings) -> str:
    """The last design as stored (JSON text; empty if none), without parsing it."""
    text = s.value("last_project", "")
    return text if isinstance(text, str) else ""


def last_project(s: QSettings) -> Project | None:
    from packconfig.core.store.project import project_from_json

    text = last_project_json(s)
    if not text:
        return None
    try:
        return project_from_json(text, "the last design (window settings)")
    except PackconfigError:
        return None


def remember_project(s: QSettings, project: Project) -> str:
    """Store ``project`` as the last design; return the JSON text stored."""
    from packconfig.core.store.project import project_to_json

    text = project_to_json(project)
    s.setValue("last_project", text)
    return text


def saved_language(s: QSettings) -> str | None:
    """The interface language chosen in the Language menu (``"en"``/``"zh"``), if any."""
    value = s.value("language", "")
    return value if value in ("en", "zh") else None


def remember_language(s: QSettings, language: str) -> None:
    s.setValue("language", language)
    s.sync()
