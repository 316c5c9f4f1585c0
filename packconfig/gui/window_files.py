"""The main window's file commands: New, Open (projects and quote PDFs), Save, Save As,
Recent files and the unsaved-changes prompt. Functions take the window first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from packconfig.core import messages
from packconfig.core.errors import PackconfigError
from packconfig.gui import persist

if TYPE_CHECKING:
    from packconfig.gui.main_window import MainWindow

SB = QMessageBox.StandardButton
translate = QCoreApplication.translate


def file_filter(win: MainWindow) -> str:
    return translate("MainWindow", "packconfig projects and quote PDFs "
                     "(*.pcproj.json *.json *.pdf);;All files (*)")


def maybe_save(win: MainWindow) -> bool:
    """Ask about unsaved changes; True if it is fine to go on."""
    if win.doc.stack.isClean():
        return True
    answer = QMessageBox.question(
        win, translate("MainWindow", "Unsaved changes"),
        translate("MainWindow", "The design has unsaved changes. Save them first?"),
        SB.Save | SB.Discard | SB.Cancel, SB.Save)
    if answer in (SB.Save, SB.Yes):
        return save(win)
    return answer in (SB.Discard, SB.No)


def new_design(win: MainWindow) -> None:
    from packconfig.gui.window_core import default_project

    if maybe_save(win):
        win.doc.reset(default_project(win.catalog))
        win.update_title()


def open_file(win: MainWindow, path: str | None = None) -> bool:
    if not maybe_save(win):
        return False
    if not path:
        path, _ = QFileDialog.getOpenFileName(win, translate("MainWindow", "Open project"), "",
                                              file_filter(win))
    if not path:
        return False
    try:
        from packconfig.report import open_document

        project = open_document(path)
    except PackconfigError as exc:
        QMessageBox.critical(win, translate("MainWindow", "Cannot open file"),
                             messages.text(exc, win.language()))
        if path.lower().endswith(".pdf"):  # say why, line by line, in the quote panel
            from packconfig.gui.signing_ui import start_verify

            start_verify(win, path, warn=False)
        return False
    is_pdf = path.lower().endswith(".pdf")
    win.doc.reset(project, None if is_pdf else path)  # a PDF is never overwritten
    win.last_quote = project.quote
    if win.quote is not None:
        if project.quote is not None:
            win.quote.show_quote_inputs(project.quote)
        win.quote.show_issued(project.quote)
    persist.add_recent(win.qsettings, path)
    win.update_title()
    win.statusBar().showMessage(translate("MainWindow", "Opened %1").replace("%1", path), 5000)
    if is_pdf:  # is it the seller's, and unchanged? (a worker; the verdict follows)
        from packconfig.gui.signing_ui import start_verify

        start_verify(win, path)
    return True


def save(win: MainWindow) -> bool:
    if not win.doc.path:
        return save_as(win)
    return write(win, win.doc.path)


def save_as(win: MainWindow) -> bool:
    from packconfig.core.store.project import SUFFIX

    path, _ = QFileDialog.getSaveFileName(win, translate("MainWindow", "Save project"),
                                          win.doc.path or f"pack{SUFFIX}", file_filter(win))
    if not path:
        return False
    if not path.endswith(".json"):
        path += SUFFIX
    return write(win, path)


def write(win: MainWindow, path: str) -> bool:
    """Save the design to ``path``; on failure a dialog, and the design stays open."""
    from packconfig.core.store.project import save_project

    try:
        save_project(path, win.doc.project)
    except (PackconfigError, OSError) as exc:
        text = translate("MainWindow", "The design was not saved and is still open.\n\n%1")
        QMessageBox.critical(win, translate("MainWindow", "Cannot save"),
                             text.replace("%1", messages.text(exc, win.language())))
        return False
    win.doc.path = path
    win.doc.stack.setClean()
    persist.add_recent(win.qsettings, path)
    win.update_title()
    win.statusBar().showMessage(translate("MainWindow", "Saved %1").replace("%1", path), 5000)
    return True


def fill_recent(win: MainWindow) -> None:
    menu = win.actions.recent_menu
    menu.clear()
    files = persist.recent_files(win.qsettings)
    for path in files:
        act = QAction(path, menu)
        act.triggered.connect(lambda _c=False, p=path: win.open_file(p))
        menu.addAction(act)
    if not files:
        empty = menu.addAction(translate("MainWindow", "No recent files"))
        empty.setEnabled(False)
