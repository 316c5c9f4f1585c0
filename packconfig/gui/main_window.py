"""The configurator main window: cell browser | configuration + warnings | results,
charts and quote. One :class:`DesignDocument` holds the design; every change goes
through its undo stack and triggers one core computation (:meth:`MainWindow.recompute`).
Charts update on a coalesced zero-timer, off the hot path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from packconfig import __version__
from packconfig.core import chemistry, messages
from packconfig.core.catalog import Catalog, load_catalog
from packconfig.core.errors import InputError, PackconfigError
from packconfig.core.layout import block_layout
from packconfig.core.options import PackOptions
from packconfig.core.physics import PackResult, compute_pack, discharge_curve
from packconfig.core.project import SUFFIX, Project, save_project
from packconfig.core.settings import Settings, load_settings
from packconfig.core.warnings import pack_warnings
from packconfig.gui import i18n, persist
from packconfig.gui.actions import build_menus, retranslate_menus, set_undo_actions
from packconfig.gui.app import app_icon
from packconfig.gui.cell_browser import CellBrowser
from packconfig.gui.charts.layout_view import LayoutView
from packconfig.gui.config_panel import ConfigPanel
from packconfig.gui.quote_panel import QuotePanel
from packconfig.gui.results_panel import ResultsPanel
from packconfig.gui.undo import DesignDocument
from packconfig.gui.warnings_panel import WarningsList

DEFAULT_CELL = "CBAK-32140FS"
DEFAULT_S, DEFAULT_P = 16, 1
SB = QMessageBox.StandardButton


def default_project(catalog: Catalog) -> Project:
    cell = catalog.cells.get(DEFAULT_CELL) or next(iter(catalog))
    return Project(cell, DEFAULT_S, DEFAULT_P, PackOptions())


class MainWindow(QMainWindow):
    pdfExported = Signal(str)  # noqa: N815 - path written (from the export worker)
    pdfExportFailed = Signal(str)  # noqa: N815 - message shown to the user
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowIcon(app_icon())
        self.qsettings = persist.gui_settings()
        self.catalog = load_catalog()
        self.commercial: Settings | None = None
        self.commercial_error = ""
        try:
            self.commercial = load_settings()
        except PackconfigError as exc:
            self.commercial_error = str(exc)
        self.result: PackResult | None = None
        self.last_quote = None
        start = persist.last_project(self.qsettings) or default_project(self.catalog)
        self.doc = DesignDocument(start, self)

        self.browser = CellBrowser(self.catalog)
        self.config = ConfigPanel(self.doc)
        self.warnings = WarningsList()
        self.results = ResultsPanel()
        self.layout_view = LayoutView()
        self.tabs = QTabWidget(objectName="chartTabs")
        self.tabs.addTab(self.layout_view, "")
        self._ocv_page, self._cost_page = QWidget(), QWidget()
        for page in (self._ocv_page, self._cost_page):
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._ocv_page, "")
        self.tabs.addTab(self._cost_page, "")
        self.ocv_chart = self.cost_chart = None
        self.quote = QuotePanel(self.commercial) if self.commercial else None
        if self.quote is not None:
            self.tabs.addTab(self.quote, "")
        self.explorer = None  # the Explorer page is built when first shown
        self._explorer_page = QWidget()
        QVBoxLayout(self._explorer_page).setContentsMargins(4, 4, 4, 4)

        middle = QWidget()
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        mid.addWidget(self.config)
        self._warnings_title = wl = QLabel(objectName="warningsTitle")
        wl.setStyleSheet("font-weight: 600;")
        mid.addWidget(wl)
        mid.addWidget(self.warnings, 1)
        right = QSplitter()
        right.setOrientation(right.orientation().Vertical)
        right.addWidget(self.results)
        right.addWidget(self.tabs)
        right.setStretchFactor(1, 1)
        self.splitter = QSplitter(objectName="mainSplitter")
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setChildrenCollapsible(False)
        # Two full-width pages: the configurator and the design-space explorer, which
        # needs the whole window for its form, table and chart.
        self.pages = QTabWidget(objectName="mainPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.splitter, "")
        self.pages.addTab(self._explorer_page, "")
        self.setCentralWidget(self.pages)

        undo = self.doc.stack.createUndoAction(self, self.tr("&Undo"))
        redo = self.doc.stack.createRedoAction(self, self.tr("&Redo"))
        self.actions = build_menus(self, undo, redo)
        self._language = i18n.current_language()
        self.actions.languages[self._language].setChecked(True)
        self._retranslate_tabs()
        self._wire()
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        if self.catalog.problems:
            self.statusBar().showMessage("; ".join(self.catalog.problems), 10000)

        self._charts_timer = QTimer(self, singleShot=True, interval=0)
        self._charts_timer.timeout.connect(self.update_charts)
        self._default_size()
        geometry = self.qsettings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.qsettings.value("state")
        if state is not None:
            self.restoreState(state)
        self._shown_cell_id = ""
        self._on_changed(self.doc.project)
        self._update_title()

    def _default_size(self) -> None:
        """90 % of the screen (at most 1680 × 1000) with proportional columns."""
        screen = self.screen().availableGeometry() if self.screen() else None
        w = min(1680, int(screen.width() * 0.96)) if screen else 1360
        h = min(1000, int(screen.height() * 0.94)) if screen else 800
        self.resize(w, h)
        self.splitter.setSizes([int(w * 0.30), int(w * 0.26), int(w * 0.44)])

    # ------------------------------------------------------------------ wiring
    def _wire(self) -> None:
        a = self.actions
        a.new.triggered.connect(self.new_design)
        a.open.triggered.connect(lambda: self.open_file())
        a.save.triggered.connect(self.save)
        a.save_as.triggered.connect(self.save_as)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.about)
        a.export_pdf.triggered.connect(self.export_pdf)
        a.recent_menu.aboutToShow.connect(self._fill_recent)
        for code, action in a.languages.items():
            action.triggered.connect(lambda _c=False, lang=code: self.set_language(lang))
        self.tabs.currentChanged.connect(self._charts_timer_start)
        self.pages.currentChanged.connect(self._page_changed)
        self.doc.changed.connect(self._on_changed)
        self.doc.stack.cleanChanged.connect(self._update_title)
        self.browser.cellActivated.connect(self._cell_chosen)
        self.config.status.connect(self._status)
        if self.quote is not None:
            self.quote.inputsChanged.connect(self._reprice)
            self.quote.issueRequested.connect(self.issue_quote)
            self.quote.reviseRequested.connect(self.new_revision)
            self.quote.browseRequested.connect(self.browse_register)
            self.quote.exportRequested.connect(self.export_pdf)

    def _cell_chosen(self, cell_id: str) -> None:
        if cell_id != self.doc.project.cell.id and cell_id in self.catalog:
            self.doc.edit(self.tr("Cell %1").replace("%1", cell_id),
                          cell=self.catalog.get(cell_id))

    # --------------------------------------------------------------- computing
    def _on_changed(self, project: Project) -> None:
        self.config.show_project(project)
        if project.cell.id != self._shown_cell_id:
            self._shown_cell_id = project.cell.id
            self.browser.show_cell(project.cell)
        self.recompute()

    def recompute(self) -> None:
        """One core computation per change: results, warnings and price labels."""
        project = self.doc.project
        try:
            self.result = compute_pack(project.cell, project.series, project.parallel,
                                       project.options)
        except InputError as exc:
            self.result = None
            message = messages.text(exc, self._language)
            self.results.show_error(message)
            self.warnings.show_warnings([])
            self.statusBar().showMessage(message, 8000)
            return
        self.results.show_result(self.result, self._language)
        self.warnings.show_warnings(pack_warnings(self.result, language=self._language),
                                    self._language)
        self._reprice()
        self._charts_timer.start()

    def _reprice(self) -> None:
        if self.quote is None or self.result is None or self.commercial is None:
            return
        from packconfig.gui.pricing_bridge import price_design

        try:
            cost, pb = price_design(self.doc.project, self.result, self.quote.inputs(),
                                    self.commercial)
        except PackconfigError as exc:
            self.quote.show_price(None, None, messages.text(exc, self._language),
                                  language=self._language)
            self._cost = None
            return
        self._cost = cost
        self.quote.show_price(cost, pb, language=self._language)
        if self.cost_chart is not None:
            self._charts_timer.start()

    def update_charts(self) -> None:
        """Update the chart on the visible tab (coalesced, after the labels); the other
        charts update when their tab is shown."""
        project = self.doc.project
        page = self.tabs.currentWidget()
        if page is self.layout_view:
            key = (project.cell, project.series, project.parallel, project.options.layout,
                   project.options.gap)
            if key != getattr(self, "_layout_key", None):
                self._layout_key = key
                try:
                    self.layout_view.set_layout(block_layout(
                        project.cell, project.series, project.parallel, project.options))
                except InputError as exc:
                    self.layout_view.set_layout(None, str(exc))
        if page not in (self._ocv_page, self._cost_page):
            return
        if self.ocv_chart is None:
            from packconfig.gui.charts.cost_chart import CostChart
            from packconfig.gui.charts.ocv_chart import OcvChart

            self.ocv_chart, self.cost_chart = OcvChart(), CostChart()
            self._ocv_page.layout().addWidget(self.ocv_chart)
            self._cost_page.layout().addWidget(self.cost_chart)
        if page is self._ocv_page:
            try:
                curve = discharge_curve(project.cell, project.series, project.options)
            except InputError:
                return
            chem = chemistry.get(curve.chemistry)
            name = chem.name_zh if self._language == "zh" else chem.name
            self.ocv_chart.show_curve(curve, project.series, name)
        else:
            self.cost_chart.show_cost(getattr(self, "_cost", None),
                                      self.commercial_error or self.tr("Cost not available"),
                                      self._language)

    # ------------------------------------------------------------------- files
    def _file_filter(self) -> str:
        return self.tr("packconfig projects and quote PDFs (*.pcproj.json *.json *.pdf);;"
                       "All files (*)")

    def _charts_timer_start(self, *_args: object) -> None:
        self._charts_timer.start()

    def _page_changed(self, *_args: object) -> None:
        if self.pages.currentWidget() is not self._explorer_page:
            return
        if self.explorer is None:
            from packconfig.gui.explorer import ExplorerTab

            self.explorer = ExplorerTab(cells=lambda: list(self.catalog), parent=self)
            self._explorer_page.layout().addWidget(self.explorer)
            self.explorer.designChosen.connect(self.use_design)
        # the search costs and sizes designs with the configurator's options
        self.explorer.options = self.doc.project.options

    def use_design(self, cell_id: str, series: int, parallel: int) -> None:
        """Take a design from the Explorer as one undoable step."""
        if cell_id not in self.catalog:
            self.statusBar().showMessage(self.tr("Unknown cell %1").replace("%1", cell_id))
            return
        self.doc.edit(self.tr("Use %1 %2S%3P").replace("%1", cell_id)
                      .replace("%2", str(series)).replace("%3", str(parallel)),
                      cell=self.catalog.get(cell_id), series=series, parallel=parallel)
        self.pages.setCurrentWidget(self.splitter)

    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _update_title(self, *_args: object) -> None:
        name = Path(self.doc.path).name if self.doc.path else self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — packconfig")
        self.setWindowModified(not self.doc.stack.isClean())

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True if it is fine to go on."""
        if self.doc.stack.isClean():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The design has unsaved changes. Save them first?"),
            SB.Save | SB.Discard | SB.Cancel, SB.Save)
        if answer in (SB.Save, SB.Yes):
            return self.save()
        return answer in (SB.Discard, SB.No)

    def new_design(self) -> None:
        if self.maybe_save():
            self.doc.reset(default_project(self.catalog))
            self._update_title()

    def open_file(self, path: str | None = None) -> bool:
        if not self.maybe_save():
            return False
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "",
                                                  self._file_filter())
        if not path:
            return False
        try:
            from packconfig.report import open_document

            project = open_document(path)
        except PackconfigError as exc:
            QMessageBox.critical(self, self.tr("Cannot open file"), str(exc))
            return False
        is_pdf = path.lower().endswith(".pdf")
        self.doc.reset(project, None if is_pdf else path)  # a PDF is never overwritten
        self.last_quote = project.quote
        if self.quote is not None:
            if project.quote is not None:
                self.quote.show_quote_inputs(project.quote)
            self.quote.show_issued(project.quote)
        persist.add_recent(self.qsettings, path)
        self._update_title()
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", path), 5000)
        return True

    def save(self) -> bool:
        if not self.doc.path:
            return self.save_as()
        return self._write(self.doc.path)

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project"),
                                              self.doc.path or f"pack{SUFFIX}",
                                              self._file_filter())
        if not path:
            return False
        if not path.endswith(".json"):
            path += SUFFIX
        return self._write(path)

    def _write(self, path: str) -> bool:
        try:
            save_project(path, self.doc.project)
        except (PackconfigError, OSError) as exc:
            QMessageBox.critical(self, self.tr("Cannot save"), self.tr(
                "The design was not saved and is still open.\n\n%1").replace("%1", str(exc)))
            return False
        self.doc.path = path
        self.doc.stack.setClean()
        persist.add_recent(self.qsettings, path)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)
        return True

    def _fill_recent(self) -> None:
        menu = self.actions.recent_menu
        menu.clear()
        files = persist.recent_files(self.qsettings)
        for path in files:
            act = QAction(path, menu)
            act.triggered.connect(lambda _c=False, p=path: self.open_file(p))
            menu.addAction(act)
        if not files:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)

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

    def browse_register(self) -> None:
        from packconfig.gui.quote_actions import browse

        browse(self)

    # --------------------------------------------------------------- language
    def language(self) -> str:
        """The interface language in use (``"en"`` / ``"zh"``)."""
        return self._language

    def set_language(self, language: str) -> str:
        """Switch the interface language now (no restart) and remember the choice."""
        lang = i18n.set_language(language)
        persist.remember_language(self.qsettings, lang)
        self.actions.languages[lang].setChecked(True)
        if lang != self._language:
            # the translators post LanguageChange; deliver it now so every text is
            # switched when this returns
            from PySide6.QtCore import QCoreApplication

            for _round in range(2):  # the application, then its top-level widgets
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            if lang != self._language:  # no event delivered (e.g. hidden window)
                self.retranslate_ui()
        return lang

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _retranslate_tabs(self) -> None:
        pages = [(self.layout_view, self.tr("Layout")),
                 (self._ocv_page, self.tr("Voltage vs SOC")),
                 (self._cost_page, self.tr("Cost breakdown")),
                 (self.quote, self.tr("Quote"))]
        for page, title in pages:
            index = self.tabs.indexOf(page) if page is not None else -1
            if index >= 0:
                self.tabs.setTabText(index, title)
        self.pages.setTabText(0, self.tr("Configurator"))
        self.pages.setTabText(1, self.tr("Design explorer"))
        self._warnings_title.setText(self.tr("Warnings"))

    def retranslate_ui(self) -> None:
        """Texts of the window itself in the current language; figures re-rendered
        through display. (The panels handle their own LanguageChange.)"""
        lang = i18n.current_language()
        changed = lang != self._language
        self._language = lang
        self._retranslate_tabs()
        retranslate_menus(self.actions)
        self._replace_undo_actions()
        self.actions.languages[lang].setChecked(True)
        self._update_title()
        if self.quote is not None and changed:
            self.quote.set_pdf_language(lang)
        if changed:
            self.recompute()

    def _replace_undo_actions(self) -> None:
        """QUndoStack fixes its actions' prefix at creation: make them anew."""
        a = self.actions
        menu = a.menus["edit"]
        undo = self.doc.stack.createUndoAction(self, self.tr("&Undo"))
        redo = self.doc.stack.createRedoAction(self, self.tr("&Redo"))
        set_undo_actions(undo, redo)
        for old, new in ((a.undo, undo), (a.redo, redo)):
            menu.insertAction(old, new)
            menu.removeAction(old)
            old.setObjectName("")
            old.deleteLater()
        a.undo, a.redo = undo, redo

    # ------------------------------------------------------------------- other
    def about(self) -> None:
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
        persist.remember_project(s, self.doc.project)
        s.sync()
        event.accept()


__all__ = ["MainWindow", "default_project"]
