"""Glue of the module split into the window (issue 15): the module panel under the
configuration, the Pack tab (the pack drawn by modules), the BOM tab and
``actionExportBom``. The window calls these few functions from its existing steps, so
main_window.py and window_core.py only gain one line per step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QVBoxLayout, QWidget

from packconfig.gui.bom_tab import BomTab
from packconfig.gui.charts.pack_view import PackView
from packconfig.gui.module_panel import ModulePanel

if TYPE_CHECKING:
    from packconfig.gui.main_window import MainWindow


translate = QCoreApplication.translate


def install_frame(win: MainWindow) -> None:
    """Build the widgets and the action (Qt only: this runs before the first paint).
    The module split inputs, the split used and its rule results sit at the top of the
    Pack tab, above the pack drawn by its modules (in the configuration column or
    beside the results they pushed the configurator past a 1366x768 screen)."""
    win.modules = ModulePanel(win.doc)
    win.pack_view = PackView()
    win.pack_page = page = QWidget(objectName="packPage")
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(win.modules)
    column.addWidget(win.pack_view, 1)
    win.tabs.addTab(page, "")
    win.bom_tab = BomTab()
    win.tabs.addTab(win.bom_tab, "")
    action = QAction(win, objectName="actionExportBom")
    menu = win.findChild(QMenu, "menuFile")
    if menu is not None:
        pdf = win.actions.export_pdf
        actions = menu.actions()
        after = actions.index(pdf) + 1 if pdf in actions else len(actions)
        menu.insertAction(actions[after] if after < len(actions) else None, action)
    win.export_bom_action = action
    win.pack_key = win.bom_key = None
    retranslate(win)


def retranslate(win: MainWindow) -> None:
    for page, title in ((win.pack_page, translate("ModuleSection", "Pack")),
                        (win.bom_tab, translate("ModuleSection", "BOM"))):
        index = win.tabs.indexOf(page)
        if index >= 0:
            win.tabs.setTabText(index, title)
    win.export_bom_action.setText(translate("ModuleSection", "Export &BOM…"))
    win.export_bom_action.setStatusTip(translate("ModuleSection",
                                                 "Save the bill of materials as CSV or XLSX"))


def wire(win: MainWindow) -> None:
    win.modules.attach()
    win.modules.status.connect(win._status)
    win.export_bom_action.triggered.connect(lambda _checked=False: export_bom(win))
    win.bom_tab.export_button.clicked.connect(win.export_bom_action.trigger)


def show_project(win: MainWindow, project) -> None:
    win.modules.show_project(project)


def show_result(win: MainWindow, result, warnings: list, language: str) -> None:
    win.modules.show_result(result, warnings, language)
    win.pack_key = win.bom_key = None  # redrawn when their tab is shown


def show_error(win: MainWindow, message: str) -> None:
    win.modules.show_error(message)
    win.pack_view.set_pack(None, message=message)
    win.bom_tab.show_bom(None, win.language())
    win.pack_key = win.bom_key = None


def update_tab(win: MainWindow, page) -> bool:
    """Draw the Pack or BOM tab if it is ``page``; True when it was one of them."""
    result = getattr(win, "result", None)
    if page is win.pack_page or page is win.pack_view:
        if result is not None and win.pack_key is not result:
            win.pack_key = result
            from packconfig import display
            from packconfig.core.pack.module_layout import pack_layout

            dims = display.dimensions((result["envelope_length"], result["envelope_width"],
                                       result["envelope_height"]), win.language())
            win.pack_view.set_pack(pack_layout(result), dims)
        return True
    if page is win.bom_tab:
        if result is not None and win.bom_key is not result:
            win.bom_key = result
            win.bom_tab.show_bom(result.bom, win.language())
        return True
    return False


def export_bom(win: MainWindow) -> bool:
    """Ask for a .csv or .xlsx path and write the BOM; failures are reported, never
    raised, and leave any earlier file untouched."""
    from pathlib import Path

    from packconfig import bom_export
    from packconfig.core import messages
    from packconfig.core.errors import PackconfigError

    result = getattr(win, "result", None)
    if result is None:
        QMessageBox.warning(win, translate("ModuleSection", "Export BOM"),
                            translate("ModuleSection", "There is no valid design to export."))
        return False
    name = f"BOM {result.configuration} {result.cell.id}.xlsx".replace("/", "-")
    start = str(Path(win.doc.path).with_name(name)) if win.doc.path else name
    path, chosen = QFileDialog.getSaveFileName(
        win, translate("ModuleSection", "Export BOM"), start,
        translate("ModuleSection", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
    if not path:
        return False
    if Path(path).suffix.lower() not in (".csv", ".xlsx"):
        path += ".csv" if "csv" in (chosen or "").lower() else ".xlsx"
    mods = result.modules
    title = f"{result.configuration} {result.cell.id}"
    if mods is not None and not mods.cell_to_pack:
        title += f", {mods.module_count} × {mods.configuration}"
    try:
        written = bom_export.export(result.bom, path, win.language(), title)
    except PackconfigError as exc:
        message = messages.text(exc, win.language())
        QMessageBox.warning(win, translate("ModuleSection", "Export BOM"), message)
        win.statusBar().showMessage(message, 8000)
        return False
    win.statusBar().showMessage(
        translate("ModuleSection", "BOM saved: %1").replace("%1", str(written)), 8000)
    return True
