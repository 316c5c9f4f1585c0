"""The main window's frame: every widget, menu and action, Qt only (nothing computed).

:func:`build_frame` runs in ``MainWindow.__init__`` before the core is attached, so this
module, like :mod:`packconfig.gui.main_window`, imports no numpy, pint, reportlab or
platformdirs (``tests/gui/test_first_paint.py`` checks it in a fresh interpreter).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from packconfig.gui import module_section, window_pages
from packconfig.gui.actions import build_menus
from packconfig.gui.cell_browser import CellBrowser
from packconfig.gui.charts.layout_view import LayoutView
from packconfig.gui.config_panel import ConfigPanel
from packconfig.gui.fit import FormScroll, PageTabs
from packconfig.gui.results_panel import ResultsPanel
from packconfig.gui.style import set_text_style
from packconfig.gui.warnings_panel import WarningsList

if TYPE_CHECKING:
    from packconfig.gui.main_window import MainWindow


translate = QCoreApplication.translate  # (lupdate reads translate("Context", "text"))


class InputShield(QWidget):
    """Covers the pages while the window shows a stored first paint: takes the clicks
    and wheel turns meant for controls that are not live yet. A transparent widget that
    paints nothing (an application-wide event filter would route every paint through
    Python). Keys still reach the focused widget (at start the page tab bar); anything
    typed into a control in that half second is replaced by the design when it loads."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setGeometry(parent.rect())
        parent.installEventFilter(self)  # to follow its size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        event.accept()


def build_frame(win: MainWindow) -> None:
    """Every widget, menu and action of ``win`` (Qt only; nothing computed)."""
    win.browser = CellBrowser()
    win.config = ConfigPanel(win.doc)
    win.warnings = WarningsList()
    win.results = ResultsPanel()
    win.layout_view = LayoutView()
    _build_chart_tabs(win)
    _build_columns(win)
    _build_pages(win)
    win.setCentralWidget(win.pages)

    undo = win.doc.stack.createUndoAction(win, translate("MainWindow", "&Undo"))
    redo = win.doc.stack.createRedoAction(win, translate("MainWindow", "&Redo"))
    win.actions = build_menus(win, undo, redo)
    win.actions.languages[win.language()].setChecked(True)
    window_pages.retranslate_tabs(win)
    win.statusBar().showMessage(translate("MainWindow", "Ready"), 3000)
    win.charts_timer = QTimer(win, singleShot=True, interval=0)
    win.charts_timer.timeout.connect(win.update_charts)
    module_section.install_frame(win)  # modules, Pack and BOM tabs
    default_size(win)
    geometry = win.qsettings.value("geometry")
    if geometry is not None:
        win.restoreGeometry(geometry)
    state = win.qsettings.value("state")
    if state is not None:
        win.restoreState(state)
    win.update_title()


def _build_chart_tabs(win: MainWindow) -> None:
    """The tabs under the results: layout, voltage, cost and (once attached) quote."""
    win.tabs = PageTabs(objectName="chartTabs")
    win.tabs.addTab(win.layout_view, "")
    win.ocv_page, win.cost_page = QWidget(), QWidget()
    # (the quote panel replaces it at attach_core)
    win.quote_placeholder = QWidget()
    for page in (win.ocv_page, win.cost_page, win.quote_placeholder):
        QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        win.tabs.addTab(page, "")
    win.ocv_chart = win.cost_chart = None


def _build_columns(win: MainWindow) -> None:
    """The configurator page: cell browser | configuration + warnings | results + tabs."""
    # the controls scroll on a short screen rather than push the window past it
    win.middle = middle = QSplitter(objectName="controlsSplitter")
    middle.setOrientation(middle.orientation().Vertical)
    middle.addWidget(FormScroll(win.config))
    warnings_box = QWidget()
    mid = QVBoxLayout(warnings_box)
    mid.setContentsMargins(0, 0, 0, 0)
    win.warnings_title = title = QLabel(objectName="warningsTitle")
    set_text_style(title, bold=True)
    mid.addWidget(title)
    mid.addWidget(win.warnings, 1)
    middle.addWidget(warnings_box)
    middle.setStretchFactor(1, 1)
    middle.setChildrenCollapsible(False)
    win.right = right = QSplitter(objectName="resultsSplitter")
    right.setOrientation(right.orientation().Vertical)
    right.addWidget(win.results)
    right.addWidget(win.tabs)
    right.setStretchFactor(1, 1)
    right.setChildrenCollapsible(False)
    win.splitter = QSplitter(objectName="mainSplitter")
    win.splitter.addWidget(win.browser)
    win.splitter.addWidget(middle)
    win.splitter.addWidget(right)
    for column, stretch in enumerate((3, 2, 4)):
        win.splitter.setStretchFactor(column, stretch)
    win.splitter.setChildrenCollapsible(False)


def _build_pages(win: MainWindow) -> None:
    """The full-width pages: the configurator, then the Explorer, Performance and
    Lifetime pages, each an empty frame until first shown (:mod:`.window_pages`)."""
    win.pages = PageTabs(objectName="mainPages")
    win.pages.setDocumentMode(True)
    win.pages.addTab(win.splitter, "")
    win.explorer = None  # the Explorer page is built when first shown
    win.explorer_page = QWidget()
    QVBoxLayout(win.explorer_page).setContentsMargins(4, 4, 4, 4)
    win.pages.addTab(win.explorer_page, "")
    win.performance = None  # the Performance page is built when first shown
    win.performance_page = QWidget(objectName="performanceHost")
    QVBoxLayout(win.performance_page).setContentsMargins(4, 4, 4, 4)
    win.pages.addTab(win.performance_page, "")
    from packconfig.gui.lifetime import LifetimePage  # an empty frame until shown

    win.lifetime = LifetimePage()
    win.pages.addTab(win.lifetime, "")


def default_size(win: MainWindow) -> None:
    """Most of the screen (at most 1680 × 1000); the columns are shared out when the
    window is first shown (:func:`packconfig.gui.window_space.share_space`)."""
    screen = win.screen().availableGeometry() if win.screen() else None
    w = min(1680, int(screen.width() * 0.96)) if screen else 1360
    h = min(1000, int(screen.height() * 0.94)) if screen else 800
    win.resize(w, h)
    win.splitter.setSizes([int(w * 0.30), int(w * 0.26), int(w * 0.44)])
