"""The main window's computing side: loading the catalog and settings, the opening
design, and one core computation per change (results, warnings, price, charts).

Kept apart from :mod:`packconfig.gui.main_window` because it imports the numeric core
(numpy, pint), which the window's first paint must not wait for
(:mod:`packconfig.gui.first_paint`). Functions take the window as their first argument.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from packconfig.core import messages
from packconfig.core.cells import chemistry
from packconfig.core.cells.catalog import Catalog, load_catalog
from packconfig.core.errors import InputError, PackconfigError
from packconfig.core.pack.layout import block_layout
from packconfig.core.pack.options import PackOptions
from packconfig.core.pack.physics import compute_pack, discharge_curve
from packconfig.core.pack.warnings import pack_warnings
from packconfig.core.store.project import Project
from packconfig.gui import module_section, persist
from packconfig.gui.app import register_cjk_font
from packconfig.gui.charts.layout_view import MAX_STORED_CELLS, Drawing

if TYPE_CHECKING:
    from packconfig.gui.main_window import MainWindow

DEFAULT_CELL = "CBAK-32140FS"
DEFAULT_S, DEFAULT_P = 16, 1


def default_project(catalog: Catalog) -> Project:
    """The design a first start (or New) opens: 16S1P of the default cell."""
    cell = catalog.cells.get(DEFAULT_CELL) or next(iter(catalog))
    return Project(cell, DEFAULT_S, DEFAULT_P, PackOptions())


def attach(win: MainWindow, first_paint_shown: bool = False) -> None:
    """Load the catalog and commercial settings, build the quote panel, connect the
    controls and open the last design (or the default one), computing it. After a
    stored first paint (``first_paint_shown``) the quote panel, on a tab not in view,
    is built at the next idle turn instead (or at once when something needs it)."""
    register_cjk_font()  # for Chinese customer names (at once when the UI is Chinese)
    win.catalog = load_catalog()
    # after a stored first paint the Quote tab is not in view: the commercial side
    # (settings, the quote panel, the pricing modules) is loaded when first needed (the
    # tab shown, the Cost or Lifetime page, a quote command) or at the next idle turn
    later = first_paint_shown and win.tabs.currentWidget() is not win.quote_placeholder
    if not later:
        _load_settings(win)
    win.browser.set_catalog(win.catalog)
    if later:
        win.quote_pending = True
        win.tabs.currentChanged.connect(lambda _index: _quote_tab_shown(win))
    elif win.commercial is None:
        _drop_quote_placeholder(win)
    else:
        build_quote(win)
    win.config.attach()
    win.wire()
    show_load_notices(win)
    start = persist.last_project(win.qsettings) or default_project(win.catalog)
    win.doc.reset(start)
    if win.quote_pending:
        QTimer.singleShot(0, win, lambda: ensure_quote(win))


def shipped_parts() -> object:
    """The shipped component table (the settings' table is this one object when
    settings.json overrides no part)."""
    from packconfig.core.pack.components import default_table

    return default_table()


def _load_settings(win: MainWindow) -> None:
    from packconfig.core.commerce.settings import load_settings

    try:
        win.commercial = load_settings()
    except PackconfigError as exc:
        win.commercial_error = messages.text(exc, win.language())


def build_quote(win: MainWindow) -> None:
    """Build the quote panel in place of its placeholder tab, connect it and price the
    design (once; the window's ``quote`` and ``commercial`` attributes call this when
    it is pending, loading the commercial settings first)."""
    win.quote_pending = False
    if win.commercial is None and not win.commercial_error:
        _load_settings(win)
        show_load_notices(win)  # (now with any about settings.json)
        if win.doc.loaded and win.commercial is not None and win.commercial.parts \
                is not shipped_parts():
            win.recompute()  # the design was computed before settings.json's part table
    if win.commercial is None:
        _drop_quote_placeholder(win)
        if win.doc.loaded:
            win.charts_timer.start()  # the cost tab says why there is no cost
        return
    index = win.tabs.indexOf(win.quote_placeholder)
    in_view = win.tabs.currentWidget() is win.quote_placeholder
    from packconfig.gui.quote_panel import QuotePanel

    panel = QuotePanel(win.commercial)
    win.quote = panel
    win.tabs.insertTab(index, panel, win.tabs.tabText(index))
    if in_view:
        win.tabs.setCurrentWidget(panel)
    _drop_quote_placeholder(win)
    panel.inputsChanged.connect(win._reprice)
    panel.issueRequested.connect(win.issue_quote)
    panel.reviseRequested.connect(win.new_revision)
    panel.browseRequested.connect(win.browse_register)
    panel.exportRequested.connect(win.export_pdf)
    panel.samplesRequested.connect(win.propose_samples)
    from packconfig.gui import register_link
    from packconfig.gui.quote_terms import follow_lifetime

    register_link.attach(win)  # reachable? writable? the customer book (in a worker)
    follow_lifetime(panel.terms, win.lifetime)  # one warranty: terms follow Lifetime
    if win.doc.loaded:  # (built after the design was computed: price it now)
        reprice(win)


def ensure_quote(win: MainWindow) -> None:
    """Build the quote panel now if it is still pending."""
    if win.quote_pending:
        build_quote(win)


def _quote_tab_shown(win: MainWindow) -> None:
    if win.quote_pending and win.tabs.currentWidget() is win.quote_placeholder:
        build_quote(win)


def _drop_quote_placeholder(win: MainWindow) -> None:
    placeholder = win.quote_placeholder
    if placeholder is None:
        return
    win.tabs.removeTab(win.tabs.indexOf(placeholder))
    placeholder.setParent(None)  # gone now, not at the next event loop turn
    placeholder.deleteLater()
    win.quote_placeholder = None


def load_notices(win: MainWindow) -> list[str]:
    """What the user should know about what loaded, in the interface language: broken
    user cell files, a user cell replacing a shipped one (both files named), unknown
    keys in settings.json (with the closest known key)."""
    language = win.language()
    texts = list(win.catalog.problems) if win.catalog is not None else []
    notices = list(win.catalog.notices) if win.catalog is not None else []
    commercial = None if win.quote_pending else win.commercial  # (not loaded yet)
    if commercial is not None:
        notices += commercial.notices
    return texts + [notice.text(language) for notice in notices]


def show_load_notices(win: MainWindow) -> None:
    texts = load_notices(win)
    if texts:
        win.statusBar().showMessage("; ".join(texts), 30000)


def recompute(win: MainWindow) -> None:
    """One core computation per change: results, warnings and price labels."""
    project = win.doc.project
    language = win.language()
    try:
        win.result = compute_pack(project.cell, project.series, project.parallel,
                                  project.options)
    except InputError as exc:
        win.result = None
        message = messages.text(exc, language)
        win.results.show_error(message)
        win.warnings.show_warnings([])
        module_section.show_error(win, message)
        win.statusBar().showMessage(message, 8000)
        return
    win.results.show_result(win.result, language)
    warnings = pack_warnings(win.result, language=language)
    win.warnings.show_warnings(warnings, language)
    module_section.show_result(win, win.result, warnings, language)
    reprice(win)
    win.charts_timer.start()


def reprice(win: MainWindow) -> None:
    """The quote panel's price for the current design and quote inputs."""
    if win.quote_pending or win.quote is None or win.result is None \
            or win.commercial is None:
        return  # (a pending panel prices the design when it is built)
    from packconfig.gui.pricing_bridge import price_design

    language = win.language()
    try:
        cost, pb = price_design(win.doc.project, win.result, win.quote.inputs(),
                                win.commercial)
    except PackconfigError as exc:
        win.quote.show_price(None, None, messages.text(exc, language), language=language)
        win.quote.show_warnings([])
        win.cost = None
        return
    win.cost = cost
    win.quote.show_price(cost, pb, language=language)
    from packconfig.core.commerce.placeholders import placeholder_notices

    cell = win.doc.project.cell
    win.quote.show_warnings([n.text(language) for n in placeholder_notices(
        cost, win.commercial.seller.get("company", ""), cell.id, cell.chemistry)])
    if win.cost_chart is not None:
        win.charts_timer.start()


def layout_drawing(win: MainWindow) -> Drawing | None:
    """The layout drawing of the current design for the stored first paint (None when it
    cannot be drawn or has more cells than are stored)."""
    if not win.doc.loaded:
        return None
    project = win.doc.project
    if project.series * project.parallel > MAX_STORED_CELLS:
        return None
    try:
        return Drawing.of(block_layout(project.cell, project.series, project.parallel,
                                       project.options))
    except InputError:
        return None


def update_charts(win: MainWindow) -> None:
    """Update the chart on the visible tab (coalesced, after the labels); the other
    charts update when their tab is shown."""
    if not win.doc.loaded:
        return
    project = win.doc.project
    page = win.tabs.currentWidget()
    if module_section.update_tab(win, page):
        return
    if page is win.layout_view:
        key = (project.cell, project.series, project.parallel, project.options.layout,
               project.options.gap)
        if key != win.layout_key:
            win.layout_key = key
            try:
                win.layout_view.set_layout(block_layout(
                    project.cell, project.series, project.parallel, project.options))
            except InputError as exc:
                win.layout_view.set_drawing(None, messages.text(exc, win.language()))
    if page not in (win.ocv_page, win.cost_page):
        return
    if win.ocv_chart is None:
        from packconfig.gui.charts.cost_chart import CostChart
        from packconfig.gui.charts.ocv_chart import OcvChart

        win.ocv_chart, win.cost_chart = OcvChart(), CostChart()
        win.ocv_page.layout().addWidget(win.ocv_chart)
        win.cost_page.layout().addWidget(win.cost_chart)
    if page is win.cost_page:
        ensure_quote(win)  # the price comes with the quote panel's inputs
    if page is win.ocv_page:
        try:
            curve = discharge_curve(project.cell, project.series, project.options)
        except InputError:
            return
        chem = chemistry.get(curve.chemistry)
        name = chem.name_zh if win.language() == "zh" else chem.name
        win.ocv_chart.show_curve(curve, project.series, name)
    else:
        fallback = QCoreApplication.translate("MainWindow", "Cost not available")
        win.cost_chart.show_cost(win.cost, win.commercial_error or fallback, win.language())
