"""How the main window shares its page between the columns when it is first shown
(``docs/gui.md``, "Small screens"). Qt only: it runs before the first paint."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from packconfig.gui.main_window import MainWindow

#: The cell browser's narrowest default width (px): its id column stays readable.
MIN_BROWSER = 210
#: The warnings list's height (px, with its title) below which the controls scroll.
MIN_WARNINGS = 130


def share_space(win: MainWindow) -> None:
    """Widths: the results get the width that shows their three groups side by side if
    the screen allows it, taken from the controls down to their minimum, then from the
    cell browser down to :data:`MIN_BROWSER`. Heights: the results get what shows every
    figure, up to 55 % of the page, the chart tabs the rest; the controls get their full
    height if the warnings keep :data:`MIN_WARNINGS` pixels, else they scroll."""
    browser, middle, right = win.splitter.sizes()
    mid_min = win.middle.minimumSizeHint().width()
    want = win.results.full_width() + 2
    take = min(max(want - right, 0), max(middle - mid_min, 0))
    middle, right = middle - take, right + take
    take = min(max(want - right, 0), max(browser - MIN_BROWSER, 0))
    browser, right = browser - take, right + take
    win.splitter.setSizes([browser, middle, right])
    page_h = win.splitter.height()
    top = min(win.results.height_for(right), int(page_h * 0.55))
    win.right.setSizes([top, max(page_h - top, 1)])
    controls = win.config.sizeHint().height()
    top = max(min(controls, page_h - MIN_WARNINGS), 1)
    win.middle.setSizes([top, max(page_h - top, 1)])
