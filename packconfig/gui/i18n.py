"""The interface language: which translations are loaded, and switching at run time.

Two languages: ``"en"`` (the source texts) and ``"zh"`` (Simplified Chinese, Qt locale
``zh_CN``). :func:`set_language` installs ``resources/translations/packconfig_zh_CN.qm``
(found through :mod:`packconfig.core.fs.resources`) plus Qt's own ``qtbase_zh_CN.qm`` (from
``QLibraryInfo.TranslationsPath``: standard buttons, file dialogs), and sets the default
QLocale. Installing or removing a translator makes Qt post ``QEvent.LanguageChange`` to
every widget; each panel re-sets its texts in ``changeEvent`` and the window re-renders
its figures through :mod:`packconfig.display` with :func:`current_language`.

Which language at start-up (:func:`startup_language`): ``--language`` on the command
line, else ``PACKCONFIG_LANGUAGE``, else the choice remembered in the GUI settings, else
the system locale (``zh*`` -> Chinese, anything else -> English).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from packconfig.core.fs.resources import ResourceNotFound, resource_path

#: Language code -> its own name (shown in the Language menu, never translated).
LANGUAGES: dict[str, str] = {"en": "English", "zh": "简体中文"}
#: Language code -> Qt locale name (translation file suffix).
QT_LOCALES: dict[str, str] = {"en": "en_US", "zh": "zh_CN"}

_state: dict[str, object] = {"language": "en", "translators": [], "qt_base": None}


def normalize(value: object) -> str | None:
    """``"zh"``, ``"zh_CN"``, ``"zh-Hans"``, ``"chinese"``… -> ``"zh"``; ``"en*"`` ->
    ``"en"``; anything else (or empty) -> None."""
    text = str(value or "").strip().lower().replace("-", "_")
    if not text:
        return None
    if text.startswith("zh") or text in ("cn", "chinese", "中文", "简体中文"):
        return "zh"
    if text.startswith("en") or text in ("english", "c", "posix"):
        return "en"
    return None


def system_language(locale: QLocale | None = None) -> str:
    """The language matching the system locale: Chinese for ``zh*``, else English."""
    loc = locale if locale is not None else QLocale.system()
    if loc.language() == QLocale.Language.Chinese or loc.name().lower().startswith("zh"):
        return "zh"
    return "en"


def startup_language(cli_value: str | None = None, env_value: str | None = None,
                     saved: str | None = None, locale: QLocale | None = None) -> str:
    """Command line, then environment, then the remembered choice, then the system."""
    for value in (cli_value, env_value, saved):
        lang = normalize(value)
        if lang is not None:
            return lang
    return system_language(locale)


def current_language() -> str:
    """The language the interface is in now (``"en"`` or ``"zh"``)."""
    return str(_state["language"])


def translation_path(language: str) -> Path | None:
    """The shipped ``.qm`` for ``language`` (None for English or if not shipped)."""
    if language == "en":
        return None
    try:
        return resource_path(f"translations/packconfig_{QT_LOCALES[language]}.qm")
    except (ResourceNotFound, KeyError):
        return None


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def set_language(language: str) -> str:
    """Switch the interface to ``language`` now; returns the language in effect (English
    if the translation is not shipped). Needs a QCoreApplication."""
    lang = normalize(language) or "en"
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language() needs a QApplication")
    new: list[QTranslator] = []
    qt_base = None
    if lang != "en":
        path = translation_path(lang)
        own = QTranslator(app)
        if path is None or not own.load(str(path)):
            print(f"packconfig: translation for {lang!r} not found; staying in English",
                  file=sys.stderr)
            lang = "en"
        else:
            new.append(own)
            base = QTranslator(app)
            # Qt's own texts (QMessageBox buttons, QFileDialog, QUndoStack…); missing
            # from some Qt builds: then only those stay English.
            if base.load(f"qtbase_{QT_LOCALES[lang]}", qt_translations_dir()):
                new.append(base)
                qt_base = base.filePath()
    if lang == current_language() and lang == "en" and not _state["translators"]:
        return lang
    for old in list(_state["translators"]):  # type: ignore[arg-type]
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    for t in new:
        QCoreApplication.installTranslator(t)
    _state["translators"] = new
    _state["qt_base"] = qt_base
    _state["language"] = lang
    QLocale.setDefault(QLocale(QT_LOCALES[lang]))
    return lang


def qt_base_loaded() -> str | None:
    """Path of the Qt base translation in use, if any."""
    value = _state["qt_base"]
    return str(value) if value else None


def name_drive_items(cycle: object, vehicle: object) -> None:
    """Give a drive-cycle combo and a vehicle combo (items whose data are the shipped
    cycle keys / vehicle ids) their names in the interface language, the vehicle's full
    name as its tooltip. Items with other data (a file entry) are left alone."""
    from packconfig.core import sim

    language = current_language()
    for i in range(cycle.count()):
        key = cycle.itemData(i)
        if key in sim.vehicle.CYCLE_NAMES:
            cycle.setItemText(i, sim.vehicle.cycle_label(key, language))
    presets = sim.presets()
    for i in range(vehicle.count()):
        preset = presets.get(vehicle.itemData(i))
        if preset is not None:
            vehicle.setItemText(i, preset.label(language))
            vehicle.setItemData(i, preset.label(language), 0x0003)  # Qt.ToolTipRole
