"""Switching the main window's interface language at run time (no restart)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent

from packconfig.gui import i18n, persist, window_pages
from packconfig.gui.actions import retranslate_menus, set_undo_actions

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from packconfig.gui.main_window import MainWindow


def set_language(win: MainWindow, language: str) -> str:
    """Switch to ``language`` now and remember the choice; returns the language set."""
    lang = i18n.set_language(language)
    persist.remember_language(win.qsettings, lang)
    win.actions.languages[lang].setChecked(True)
    if lang != win.language():
        # the translators post LanguageChange; deliver it now so every text is
        # switched when this returns
        for _round in range(2):  # the application, then its top-level widgets
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        if lang != win.language():  # no event delivered (e.g. hidden window)
            win.retranslate_ui()
    return lang


def retranslate(win: MainWindow, changed: bool) -> None:
    """Texts of the window itself in the current language; figures re-rendered through
    display when the language ``changed``. (The panels handle their own
    LanguageChange.)"""
    lang = win.language()
    window_pages.retranslate_tabs(win)
    retranslate_menus(win.actions)
    replace_undo_actions(win)
    win.actions.languages[lang].setChecked(True)
    win.update_title()
    if win.quote is not None and changed:
        win.quote.set_pdf_language(lang)
    if changed and win.doc.loaded:
        win.recompute()


def replace_undo_actions(win: MainWindow) -> None:
    """QUndoStack fixes its actions' prefix at creation: make them anew."""
    a = win.actions
    menu = a.menus["edit"]
    undo = win.doc.stack.createUndoAction(win, translate("MainWindow", "&Undo"))
    redo = win.doc.stack.createRedoAction(win, translate("MainWindow", "&Redo"))
    set_undo_actions(undo, redo)
    for old, new in ((a.undo, undo), (a.redo, redo)):
        menu.insertAction(old, new)
        menu.removeAction(old)
        old.setObjectName("")
        old.deleteLater()
    a.undo, a.redo = undo, redo
