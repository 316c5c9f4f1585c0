"""The configurator main window: cell browser | configuration + warnings | results,
charts and quote. One :class:`DesignDocument` holds the design; every change goes
through its undo stack and triggers one core computation (:meth:`MainWindow.recompute`).
Charts update on a coalesced zero-timer, off the hot path.

The window is built in two steps so it can appear before the numeric core is imported
(``docs/gui.md``, "Start-up"): the frame and every control are Qt-only; then
:meth:`attach_core` loads the catalog and settings, connects the controls and computes
the design (:mod:`packconfig.gui.window_core`). ``MainWindow()`` does both at once. With
``first_paint=True`` (the application start) and a stored first paint for the last
design (:mod:`packconfig.gui.first_paint`), the window shows those texts, paints, and
attaches the core right after.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from packconfig import __version__
from packconfig.gui import first_paint as paint_store
from packconfig.gui import (
    gc_guard,
    i18n,
    module_section,
    persist,
    window_frame,
    window_language,
    window_pages,
)
from packconfig.gui.app import app_icon
from packconfig.gui.undo import DesignDocument

if TYPE_CHECKING:
    from packconfig.core.cells.catalog import Catalog
    from packconfig.core.commerce.settings import Settings
    from packconfig.core.pack.physics import PackResult
    from packconfig.core.store.project import Project
    from packconfig.gui.quote_panel import QuotePanel

def default_project(catalog: Catalog) -> Project:
    """The design a first start (or New) opens."""
    from packconfig.gui.window_core import default_project as make

    return make(catalog)


class MainWindow(QMainWindow):
    pdfExported = Signal(str)  # noqa: N815 - path written (from the export worker)
    pdfExportFailed = Signal(str)  # noqa: N815 - message shown to the user
    signatureVerified = Signal(object)  # noqa: N815 - Verdict of a quote PDF opened
    firstPainted = Signal()  # noqa: N815 - the window is on screen with its results
    coreAttached = Signal()  # noqa: N815 - catalog loaded, design computed, controls live
    registerChecked = Signal(object)  # noqa: N815 - register_link.RegisterState shown
    _painted = False  # (a class default: Qt sends events before __init__ has run)
    _quote: QuotePanel | None = None
    _commercial: Settings | None = None
    #: The quote panel is built when first needed (window_core.build_quote).
    quote_pending = False
    _shield: window_frame.InputShield | None = None
    _space_shared = False

    def __init__(self, parent: QWidget | None = None, *, first_paint: bool = False) -> None:
        super().__init__(parent)
        gc_guard.install()  # collection on the GUI thread only, also for MainWindow()
        self.setObjectName("MainWindow")
        self.setWindowIcon(app_icon())
        self.qsettings = persist.gui_settings()
        self._language = i18n.current_language()
        self.catalog: Catalog | None = None
        self.commercial: Settings | None = None
        self.commercial_error = ""
        self.result: PackResult | None = None
        self.cost: Any = None
        self.last_quote = None
        self.quote: QuotePanel | None = None
        self.layout_key: object = None
        self.cell_editor: QWidget | None = None  # the open cell editor (gui/cell_editor.py)
        self.import_report: QWidget | None = None  # the last import report (cell_import)
        self.doc = DesignDocument(None, self)
        self._shown_cell_id = ""
        self._build_frame()
        state = (paint_store.load(persist.last_project_json(self.qsettings), self._language)
                 if first_paint else None)
        if state is None:
            self.attach_core()
        else:
            self.show_first_paint(state)

    # ------------------------------------------------------------------ frame
    def _build_frame(self) -> None:
        """Every widget, menu and action (Qt only; nothing computed)."""
        window_frame.build_frame(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._space_shared:  # once: later the user's splitter moves stand
            self._space_shared = True
            self._share_space()

    def _share_space(self) -> None:
        from packconfig.gui.window_space import share_space

        share_space(self)

    @property
    def quote(self) -> QuotePanel | None:
        """The quote panel (None without commercial settings); built on first use when
        the start left it for later."""
        if self.quote_pending:
            from packconfig.gui.window_core import build_quote

            build_quote(self)
        return self._quote

    @quote.setter
    def quote(self, panel: QuotePanel | None) -> None:
        self._quote = panel

    @property
    def commercial(self) -> Settings | None:
        """The commercial settings (None if they could not be loaded:
        ``commercial_error`` says why); loaded with the quote panel when pending."""
        if self.quote_pending:
            from packconfig.gui.window_core import build_quote

            build_quote(self)
        return self._commercial

    @commercial.setter
    def commercial(self, settings: Settings | None) -> None:
        self._commercial = settings

    # ------------------------------------------------------------ start-up
    def attach_core(self) -> None:
        """Load the catalog and settings, connect the controls and compute the design
        (once; the first paint, if any, is replaced by the same figures)."""
        if self.doc.loaded:
            return
        from packconfig.gui import window_core

        window_core.attach(self, first_paint_shown=self._shield is not None)
        if self._shield is not None:
            self._shield.hide()
            self._shield.deleteLater()
            self._shield = None
            self._page_changed()  # in case the Explorer page was chosen meanwhile
        self.coreAttached.emit()

    def show_first_paint(self, state: dict[str, Any]) -> None:
        """Show a stored first paint; the core is attached once it is on screen. Until
        then clicks on the pages are dropped (the controls are not live; the wait is
        about half a second)."""
        self._shield = window_frame.InputShield(self.pages)
        self.browser.show_state(state["cells"])
        self.config.show_state(state["config"])
        self.results.show_state(state["results"])
        self.warnings.show_state(state["warnings"])
        self.layout_view.show_state(state.get("layout"))
        self.modules.show_state(state.get("modules"))

    def first_paint_state(self) -> dict[str, Any]:
        """What the configurator page shows now, for :mod:`packconfig.gui.first_paint`."""
        from packconfig.gui.window_core import layout_drawing

        drawing = layout_drawing(self)
        return {"cells": self.browser.state(), "config": self.config.state(),
                "results": self.results.state(), "warnings": self.warnings.state(),
                "layout": asdict(drawing) if drawing is not None else None,
                "modules": self.modules.state()}

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if not self._painted:
            # the window's first paint has begun; its children paint in the same pass,
            # so at the next turn of the event loop the whole window is on screen
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)
        super().paintEvent(event)

    def _after_first_paint(self) -> None:
        """Report the first paint; attach the core if that paint was a stored one."""
        self.firstPainted.emit()
        if not self.doc.loaded:
            QTimer.singleShot(0, self, self.attach_core)

    # ------------------------------------------------------------------ wiring
    def wire(self) -> None:
        """Connect menus, tabs and panels (once the core is attached)."""
        a = self.actions
        a.new.triggered.connect(self.new_design)
        a.open.triggered.connect(lambda: self.open_file())
        a.save.triggered.connect(self.save)
        a.save_as.triggered.connect(self.save_as)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.about)
        a.export_pdf.triggered.connect(self.export_pdf)
        if a.settings is not None:
            a.settings.triggered.connect(self.open_settings)
        if a.issue_export_pdf is not None:
            a.issue_export_pdf.triggered.connect(self.issue_and_export_pdf)
        self._wire_cells()
        a.recent_menu.aboutToShow.connect(self._fill_recent)
        for code, action in a.languages.items():
            action.triggered.connect(lambda _c=False, lang=code: self.set_language(lang))
        # (not charts_timer.start itself: currentChanged(int) would pick start(msec) and
        # turn the tab index into the timer's interval)
        self.tabs.currentChanged.connect(lambda _index: self.charts_timer.start())
        self.pages.currentChanged.connect(self._page_changed)
        self.doc.changed.connect(self._on_changed)
        module_section.wire(self)
        self.doc.stack.cleanChanged.connect(self.update_title)
        self.browser.cellActivated.connect(self._cell_chosen)
        self.config.status.connect(self._status)

    def _wire_cells(self) -> None:
        """Cells menu and File → Import cells (gui/cell_editor.py, gui/cell_import.py)."""
        def run(module: str, name: str) -> None:
            import importlib

            getattr(importlib.import_module(f"packconfig.gui.{module}"), name)(self)

        for key, module, name in (("new", "cell_editor", "new_cell"),
                                  ("edit", "cell_editor", "edit_cell"),
                                  ("duplicate", "cell_editor", "duplicate_cell"),
                                  ("import", "cell_import", "import_cells")):
            self.actions.cells[key].triggered.connect(
                lambda _c=False, m=module, n=name: run(m, n))

    def reload_catalog(self, select: str = "") -> None:
        """Load the catalog again (after the user's cells changed); see
        :func:`packconfig.gui.cell_editor.reload_catalog`."""
        from packconfig.gui.cell_editor import reload_catalog

        reload_catalog(self, select)

    def _cell_chosen(self, cell_id: str) -> None:
        if self.catalog is not None and cell_id != self.doc.project.cell.id \
                and cell_id in self.catalog:
            self.doc.edit(self.tr("Cell %1").replace("%1", cell_id),
                          cell=self.catalog.get(cell_id))

    # --------------------------------------------------------------- computing
    def _on_changed(self, project: Project) -> None:
        self.config.show_project(project)
        module_section.show_project(self, project)
        if project.cell.id != self._shown_cell_id:
            self._shown_cell_id = project.cell.id
            self.browser.show_cell(project.cell)
        self.recompute()
        self.lifetime.design_changed(self)

    def recompute(self) -> None:
        """One core computation per change: results, warnings and price labels."""
        from packconfig.gui.window_core import recompute

        recompute(self)

    def _reprice(self) -> None:
        from packconfig.gui.window_core import reprice

        reprice(self)

    def update_charts(self) -> None:
        """Update the chart on the visible tab (coalesced, after the labels)."""
        from packconfig.gui.window_core import update_charts

        update_charts(self)

    def _page_changed(self, *_args: object) -> None:
        window_pages.page_changed(self)

    def use_design(self, cell_id: str, series: int, parallel: int) -> None:
        """Take a design from the Explorer as one undoable step."""
        window_pages.use_design(self, cell_id, series, parallel)

    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def update_title(self, *_args: object) -> None:
        name = Path(self.doc.path).name if self.doc.path else self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — packconfig")
        self.setWindowModified(not self.doc.stack.isClean())

    # ------------------------------------------------------------------- files
    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True if it is fine to go on."""
        from packconfig.gui.window_files import maybe_save

        return maybe_save(self)

    def new_design(self) -> None:
        from packconfig.gui.window_files import new_design

        new_design(self)

    def open_file(self, path: str | None = None) -> bool:
        """Open a project file or a quote PDF (a dialog asks when ``path`` is None)."""
        from packconfig.gui.window_files import open_file

        return open_file(self, path)

    def save(self) -> bool:
        from packconfig.gui.window_files import save

        return save(self)

    def save_as(self) -> bool:
        from packconfig.gui.window_files import save_as

        return save_as(self)

    def _fill_recent(self) -> None:
        from packconfig.gui.window_files import fill_recent

        fill_recent(self)

    # ------------------------------------------------------------------ quotes
    def issue_quote(self) -> None:
        from packconfig.gui.quote_actions import issue

        issue(self)

    def new_revision(self) -> None:
        from packconfig.gui.quote_actions import issue_revision

        issue_revision(self)

    def export_pdf(self) -> None:
        from packconfig.gui.pdf_export import export_pdf

        export_pdf(self)

    def open_settings(self) -> None:
        from packconfig.gui.commerce_actions import open_settings

        open_settings(self)

    def propose_samples(self) -> None:
        from packconfig.gui.commerce_actions import propose_samples

        propose_samples(self)

    def issue_and_export_pdf(self) -> None:
        from packconfig.gui.issue_export import issue_and_export

        issue_and_export(self)

    def browse_register(self) -> None:
        from packconfig.gui.quote_actions import browse

        browse(self)

    # --------------------------------------------------------------- language
    def language(self) -> str:
        """The interface language in use (``"en"`` / ``"zh"``)."""
        return self._language

    def set_language(self, language: str) -> str:
        """Switch the interface language now (no restart) and remember the choice."""
        return window_language.set_language(self, language)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Texts of the window itself in the current language; figures re-rendered
        through display. (The panels handle their own LanguageChange.)"""
        lang = i18n.current_language()
        changed = lang != self._language
        self._language = lang
        window_language.retranslate(self, changed)

    # ------------------------------------------------------------------- other
    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About packconfig"), self.tr(
            "<h3>packconfig %1</h3><p>Battery pack configurator and quoting tool.</p>"
            "<p>Pack figures from the cell datasheets; check every quote against the "
            "cell maker's latest data.</p>").replace("%1", __version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.maybe_save():
            event.ignore()
            return
        if self.explorer is not None:
            self.explorer.shutdown()
        s = self.qsettings
        s.setValue("geometry", self.saveGeometry())
        s.setValue("state", self.saveState())
        if self.doc.loaded:
            stored = persist.remember_project(s, self.doc.project)
            paint_store.save(self.first_paint_state(), stored, self._language)
        s.sync()
        event.accept()


__all__ = ["MainWindow", "default_project"]
