"""Menus and actions with standard shortcuts (stable objectNames for QA); texts are set
by :func:`retranslate_menus`, again on every language change."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from packconfig.gui.i18n import LANGUAGES

SK = QKeySequence.StandardKey


@dataclass
class Actions:
    new: QAction
    open: QAction
    save: QAction
    save_as: QAction
    export_pdf: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    about: QAction
    recent_menu: QMenu
    menus: dict[str, QMenu] = field(default_factory=dict)
    languages: dict[str, QAction] = field(default_factory=dict)
    settings: QAction | None = None  # Edit → Settings… (the platform's Preferences key)
    issue_export_pdf: QAction | None = None  # issue + PDF, both or neither
    #: the cell editor's actions: "new", "edit", "duplicate", "import"
    cells: dict[str, QAction] = field(default_factory=dict)


def build_menus(win: QMainWindow, undo: QAction, redo: QAction) -> Actions:
    def act(name: str, key: QKeySequence.StandardKey | None, fallback: str = "") -> QAction:
        a = QAction(win, objectName=name)
        if key is not None:
            # the platform's standard binding; some platforms define none (e.g. Quit
            # on the offscreen platform, Save As on Windows): then the usual one
            a.setShortcuts(QKeySequence.keyBindings(key) or [QKeySequence(fallback)])
        return a

    new = act("actionNew", SK.New, "Ctrl+N")
    open_ = act("actionOpen", SK.Open, "Ctrl+O")
    save = act("actionSave", SK.Save, "Ctrl+S")
    save_as = act("actionSaveAs", SK.SaveAs, "Ctrl+Shift+S")
    export = act("actionExportPdf", None)
    export.setShortcut(QKeySequence("Ctrl+E"))
    issue_export = act("actionIssueExportPdf", None)
    quit_ = act("actionQuit", SK.Quit, "Ctrl+Q")
    set_undo_actions(undo, redo)
    about = act("actionAbout", None)

    bar = win.menuBar()
    file_menu = bar.addMenu("")
    file_menu.setObjectName("menuFile")
    file_menu.addActions([new, open_])
    recent = file_menu.addMenu("")
    recent.setObjectName("menuRecent")
    file_menu.addSeparator()
    file_menu.addActions([save, save_as])
    file_menu.addSeparator()
    file_menu.addActions([export, issue_export])
    cells = {key: act(name, None) for key, name in (
        ("new", "actionNewCell"), ("edit", "actionEditCell"),
        ("duplicate", "actionDuplicateCell"), ("import", "actionImportCells"))}
    file_menu.addAction(cells["import"])
    file_menu.addSeparator()
    file_menu.addAction(quit_)
    edit_menu = bar.addMenu("")
    edit_menu.setObjectName("menuEdit")
    edit_menu.addActions([undo, redo])
    settings = act("actionSettings", SK.Preferences, "Ctrl+,")
    settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    edit_menu.addSeparator()
    edit_menu.addAction(settings)
    cells_menu = bar.addMenu("")
    cells_menu.setObjectName("menuCells")
    cells_menu.addActions([cells["new"], cells["edit"], cells["duplicate"]])
    cells_menu.addSeparator()
    cells_menu.addAction(cells["import"])
    language_menu = bar.addMenu("")
    language_menu.setObjectName("menuLanguage")
    group = QActionGroup(win)
    group.setExclusive(True)
    languages: dict[str, QAction] = {}
    for code, name in LANGUAGES.items():  # each language in its own words: not translated
        la = QAction(name, win, objectName=f"actionLanguage{code.capitalize()}",
                     checkable=True)
        la.setData(code)
        group.addAction(la)
        language_menu.addAction(la)
        languages[code] = la
    help_menu = bar.addMenu("")
    help_menu.setObjectName("menuHelp")
    help_menu.addAction(about)
    actions = Actions(new, open_, save, save_as, export, quit_, undo, redo, about, recent,
                      {"file": file_menu, "edit": edit_menu, "language": language_menu,
                       "help": help_menu, "cells": cells_menu}, languages, settings,
                      issue_export, cells)
    retranslate_menus(actions)
    return actions


def set_undo_actions(undo: QAction, redo: QAction) -> None:
    """Object names and shortcuts of the undo stack's actions."""
    undo.setObjectName("actionUndo")
    undo.setShortcuts(QKeySequence.keyBindings(SK.Undo) or [QKeySequence("Ctrl+Z")])
    redo.setObjectName("actionRedo")
    redo.setShortcuts(QKeySequence.keyBindings(SK.Redo) or [QKeySequence("Ctrl+Shift+Z")])


def retranslate_menus(a: Actions) -> None:
    """(Re)set every menu and action text in the current language."""
    for action, text, tip in (
            (a.new, QCoreApplication.translate("MainWindow", "&New"),
             QCoreApplication.translate("MainWindow", "Start a new design")),
            (a.open, QCoreApplication.translate("MainWindow", "&Open…"),
             QCoreApplication.translate("MainWindow", "Open a project file")),
            (a.save, QCoreApplication.translate("MainWindow", "&Save"),
             QCoreApplication.translate("MainWindow", "Save the design to its project file")),
            (a.save_as, QCoreApplication.translate("MainWindow", "Save &As…"),
             QCoreApplication.translate("MainWindow",
                                        "Save the design to a new project file")),
            (a.export_pdf, QCoreApplication.translate("MainWindow", "&Export PDF…"),
             QCoreApplication.translate("MainWindow", "Export the quote as PDF")),
            (a.issue_export_pdf, QCoreApplication.translate(
                "MainWindow", "&Issue Quote and Export PDF…"),
             QCoreApplication.translate("MainWindow", "Number the quote, record it and write "
                                        "its PDF: both happen or neither does")),
            (a.quit, QCoreApplication.translate("MainWindow", "&Quit"),
             QCoreApplication.translate("MainWindow", "Quit packconfig")),
            (a.about, QCoreApplication.translate("MainWindow", "&About packconfig"),
             QCoreApplication.translate("MainWindow", "Version and credits"))):
        if action is None:
            continue
        action.setText(text)
        action.setStatusTip(tip)
        action.setToolTip(tip)
    if a.settings is not None:
        tip = QCoreApplication.translate(
            "MainWindow", "Seller profile, quoting defaults, tax, exchange rates, cell prices")
        a.settings.setText(QCoreApplication.translate("MainWindow", "Se&ttings…"))
        a.settings.setStatusTip(tip)
        a.settings.setToolTip(tip)
    for key, text, tip in (
            ("new", QCoreApplication.translate("MainWindow", "&New Cell…"),
             QCoreApplication.translate("MainWindow", "Enter a new cell from its datasheet")),
            ("edit", QCoreApplication.translate("MainWindow", "&Edit Cell…"),
             QCoreApplication.translate("MainWindow", "Edit the design's cell (your own "
                                        "cells; shipped cells are duplicated to edit)")),
            ("duplicate", QCoreApplication.translate("MainWindow", "&Duplicate Cell…"),
             QCoreApplication.translate("MainWindow", "A new cell starting from the "
                                        "design's cell")),
            ("import", QCoreApplication.translate("MainWindow", "&Import Cells…"),
             QCoreApplication.translate("MainWindow", "Import cells from a datasheet CSV "
                                        "into your cells folder"))):
        if key in a.cells:
            a.cells[key].setText(text)
            a.cells[key].setStatusTip(tip)
            a.cells[key].setToolTip(tip)
    a.recent_menu.setTitle(QCoreApplication.translate("MainWindow", "Open &Recent"))
    for key, title in (("file", QCoreApplication.translate("MainWindow", "&File")),
                       ("edit", QCoreApplication.translate("MainWindow", "&Edit")),
                       ("cells", QCoreApplication.translate("MainWindow", "&Cells")),
                       ("language", QCoreApplication.translate("MainWindow", "&Language")),
                       ("help", QCoreApplication.translate("MainWindow", "&Help"))):
        a.menus[key].setTitle(title)
    tip = QCoreApplication.translate("MainWindow", "Switch the interface language now")
    for la in a.languages.values():
        la.setStatusTip(tip)
        la.setToolTip(tip)
