"""The main window's pages and tabs: their titles, and the pages built when first shown
(Design explorer, Performance, Lifetime). Qt only at import (the frame uses
:func:`retranslate_tabs` before the core is attached)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from packconfig.gui import module_section

if TYPE_CHECKING:
    from packconfig.gui.main_window import MainWindow


translate = QCoreApplication.translate  # (lupdate reads translate("Context", "text"))


def retranslate_tabs(win: MainWindow) -> None:
    """Titles of the chart tabs and the main pages in the current language."""
    tabs = [(win.layout_view, translate("MainWindow", "Layout")),
            (win.ocv_page, translate("MainWindow", "Voltage vs SOC")),
            (win.cost_page, translate("MainWindow", "Cost breakdown")),
            (win.quote or win.quote_placeholder, translate("MainWindow", "Quote"))]
    for page, title in tabs:
        index = win.tabs.indexOf(page) if page is not None else -1
        if index >= 0:
            win.tabs.setTabText(index, title)
    for page, title in ((win.splitter, translate("MainWindow", "Configurator")),
                        (win.explorer_page, translate("MainWindow", "Design explorer")),
                        (win.performance_page, translate("MainWindow", "Performance")),
                        (win.lifetime, translate("MainWindow", "Lifetime"))):
        win.pages.setTabText(win.pages.indexOf(page), title)
    win.warnings_title.setText(translate("MainWindow", "Warnings"))
    if hasattr(win, "export_bom_action"):
        module_section.retranslate(win)


def page_changed(win: MainWindow) -> None:
    """Build (once) and feed the page just shown."""
    current = win.pages.currentWidget()
    if current is win.lifetime and win.doc.loaded:
        from packconfig.gui.window_core import ensure_quote

        ensure_quote(win)  # the projection uses the design's price
        win.lifetime.activate(win)
    if current is win.performance_page:
        show_performance(win)
    if current is win.explorer_page and win.catalog is not None:
        show_explorer(win)


def show_explorer(win: MainWindow) -> None:
    """Build the Explorer page on first show; give it the configurator's options."""
    if win.explorer is None:
        from packconfig.gui.explorer import ExplorerTab

        # (the catalog as it is at each search: the user may add cells meanwhile)
        win.explorer = ExplorerTab(cells=lambda: list(win.catalog or ()), parent=win)
        win.explorer_page.layout().addWidget(win.explorer)
        win.explorer.designChosen.connect(win.use_design)
    # the search costs and sizes designs with the configurator's options
    win.explorer.options = win.doc.project.options


def show_performance(win: MainWindow) -> None:
    """Build the Performance page on first show; hand it the current design."""
    if win.performance is None:
        from packconfig.gui.performance import PerformanceTab

        win.performance = PerformanceTab(parent=win)
        win.performance_page.layout().addWidget(win.performance)
    project = win.doc.project
    win.performance.set_design(project.cell, project.series, project.parallel,
                               project.options.overhead.thermal)


def use_design(win: MainWindow, cell_id: str, series: int, parallel: int) -> None:
    """Take a design from the Explorer as one undoable step."""
    if win.catalog is None or cell_id not in win.catalog:
        text = translate("MainWindow", "Unknown cell %1")
        win.statusBar().showMessage(text.replace("%1", cell_id))
        return
    win.doc.edit(translate("MainWindow", "Use %1 %2S%3P").replace("%1", cell_id)
                 .replace("%2", str(series)).replace("%3", str(parallel)),
                 cell=win.catalog.get(cell_id), series=series, parallel=parallel)
    win.pages.setCurrentWidget(win.splitter)
