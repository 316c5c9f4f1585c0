"""Menus and actions with standard shortcuts (stable objectNames for QA)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

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


def build_menus(win: QMainWindow, undo: QAction, redo: QAction) -> Actions:
    tr = win.tr

    def act(name: str, text: str, key: QKeySequence.StandardKey | None, tip: str,
            fallback: str = "") -> QAction:
        a = QAction(text, win, objectName=name)
        if key is not None:
            # the platform's standard binding; some platforms define none (e.g. Quit
            # on the offscreen platform, Save As on Windows): then the usual one
            a.setShortcuts(QKeySequence.keyBindings(key) or [QKeySequence(fallback)])
        a.setStatusTip(tip)
        a.setToolTip(tip)
        return a

    new = act("actionNew", tr("&New"), SK.New, tr("Start a new design"), "Ctrl+N")
    open_ = act("actionOpen", tr("&Open…"), SK.Open, tr("Open a project file"), "Ctrl+O")
    save = act("actionSave", tr("&Save"), SK.Save, tr("Save the design to its project file"),
               "Ctrl+S")
    save_as = act("actionSaveAs", tr("Save &As…"), SK.SaveAs,
                  tr("Save the design to a new project file"), "Ctrl+Shift+S")
    export = act("actionExportPdf", tr("&Export PDF…"), None, tr("Export the quote as PDF"))
    export.setShortcut(QKeySequence("Ctrl+E"))
    quit_ = act("actionQuit", tr("&Quit"), SK.Quit, tr("Quit packconfig"), "Ctrl+Q")
    undo.setObjectName("actionUndo")
    undo.setShortcuts(QKeySequence.keyBindings(SK.Undo) or [QKeySequence("Ctrl+Z")])
    redo.setObjectName("actionRedo")
    redo.setShortcuts(QKeySequence.keyBindings(SK.Redo) or [QKeySequence("Ctrl+Shift+Z")])
    about = act("actionAbout", tr("&About packconfig"), None, tr("Version and credits"))

    bar = win.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addActions([new, open_])
    recent = file_menu.addMenu(tr("Open &Recent"))
    recent.setObjectName("menuRecent")
    file_menu.addSeparator()
    file_menu.addActions([save, save_as])
    file_menu.addSeparator()
    file_menu.addAction(export)
    file_menu.addSeparator()
    file_menu.addAction(quit_)
    edit_menu = bar.addMenu(tr("&Edit"))
    edit_menu.addActions([undo, redo])
    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(about)
    return Actions(new, open_, save, save_as, export, quit_, undo, redo, about, recent)
