"""The window on small and common screens (docs/gui.md, "Small screens"): at 1024 × 600
and 1280 × 720 every figure and the status bar are on screen or reachable by scrolling;
at 1366 × 768 and up the results show their three groups side by side, nothing scrolls
and the catalog's Manufacturer column is inside the table. A page added later (a new
tab) does not make the window wider or taller."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QTabWidget, QTextEdit, QVBoxLayout, QWidget

from packconfig.core.pack.engine import RESULTS
from packconfig.gui.fit import FormScroll, PageTabs, ScrollPage
from packconfig.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

#: Run in a child process on a virtual screen of the given size (the offscreen platform
#: reads its screens from a JSON file): the window opens at its default size for that
#: screen, as it does for a user. Prints what a person would see, as JSON.
PROBE = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication
    from packconfig.gui.app import create_app
    from packconfig.gui import i18n
    app = create_app()
    i18n.set_language(sys.argv[1])
    from packconfig.gui.main_window import MainWindow
    w = MainWindow()
    w.show()
    for _ in range(5):
        app.processEvents()
    screen = app.primaryScreen().availableGeometry()
    inside = lambda r: QRect(QPoint(0, 0), w.size()).contains(r)
    def rect(widget):
        return QRect(widget.mapTo(w, QPoint(0, 0)), widget.size())
    def shown(widget):
        return inside(rect(widget)) and not widget.visibleRegion().isEmpty()
    labels = {}
    for key, label in w.results.labels.items():
        at_start = shown(label)
        w.results.scroll.ensureWidgetVisible(label)
        app.processEvents()
        labels[key] = [at_start, shown(label), label.text()]
    page = w.pages.holder(w.splitter)
    table = w.browser.table
    header = table.horizontalHeader()
    manufacturer_end = table.columnViewportPosition(1) + table.columnWidth(1)
    print(json.dumps({
        "screen": [screen.width(), screen.height()],
        "window": [w.width(), w.height()],
        "minimum": list(w.minimumSizeHint().toTuple()),
        "status": shown(w.statusBar()),
        "labels": labels,
        "columns": w.results.groups.columns,
        "results_scrolls": w.results.scroll.verticalScrollBar().isVisible(),
        "controls_scroll": w.config.parentWidget().parentWidget().verticalScrollBar().isVisible(),
        "page_scrolls": [page.horizontalScrollBar().isVisible(),
                         page.verticalScrollBar().isVisible()],
        "manufacturer_inside": manufacturer_end <= table.viewport().width(),
        "manufacturer_header": table.columnWidth(1) >= header.sectionSizeFromContents(1).width(),
    }))
    w.doc.stack.setClean()
    w.close()
""")


def probe(tmp_path: Path, width: int, height: int, language: str = "en") -> dict:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{
        "name": "test", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, PACKCONFIG_HOME=str(tmp_path / "home"),
               QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    out = subprocess.run([sys.executable, "-c", PROBE, language], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
def test_small_screens_show_or_scroll_to_every_figure(tmp_path, size, language):
    seen = probe(tmp_path, *size, language)
    sw, sh = seen["screen"]
    assert seen["window"][0] <= sw and seen["window"][1] <= sh  # on the screen
    assert seen["minimum"][0] <= 1024 and seen["minimum"][1] <= 600
    assert seen["status"], "the status bar is off the window"
    # the configurator page fits without scrolling as a whole...
    assert seen["page_scrolls"] == [False, False]
    # ...and every figure is shown, at once or by scrolling the results
    assert set(seen["labels"]) == set(RESULTS)
    hidden = [k for k, (_first, reachable, text) in seen["labels"].items()
              if not reachable or not text]
    assert not hidden, hidden
    assert seen["labels"]["voltage_nominal"][0]  # the first figure without scrolling


@pytest.mark.parametrize("language", ["en", "zh"])
def test_common_screen_looks_as_before(tmp_path, language):
    seen = probe(tmp_path, 1366, 768, language)
    assert seen["columns"] == 3  # Electrical | Power and charging | Mass and size
    assert not seen["results_scrolls"] and not seen["controls_scroll"]
    assert all(first for first, _reach, _text in seen["labels"].values())
    assert seen["manufacturer_inside"] and seen["manufacturer_header"]


def test_large_screen_shows_everything_at_once(tmp_path):
    seen = probe(tmp_path, 1920, 1080)
    assert seen["columns"] == 3 and seen["window"] == [1680, 1000]
    assert not seen["results_scrolls"] and not seen["controls_scroll"]
    assert seen["manufacturer_inside"]


# ------------------------------------------------------------------ in process
def test_results_reflow_to_the_width(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1600, 900)
    w.show()
    qtbot.waitExposed(w)
    groups = w.results.groups
    full = w.results.full_width()
    one_column = groups.minimumWidth()  # the widest box
    assert one_column == max(box.minimumSizeHint().width() for box in groups.boxes)
    for width, columns in ((full + 40, 3), (full - 40, 2), (one_column + 30, 1)):
        w.right.setSizes([400, 300])
        w.splitter.setSizes([100, 100, width])
        w.splitter.setSizes([w.splitter.width() - width - 350, 350, width])
        qtbot.waitUntil(lambda c=columns: groups.columns == c, timeout=2000)
        # every group fits the width it was given (nothing cut at the right)
        for box in groups.boxes:
            right = box.mapTo(w.results.scroll.viewport(), QPoint(box.width(), 0)).x()
            assert right <= w.results.scroll.viewport().width()
            assert box.width() >= box.minimumSizeHint().width()
    w.doc.stack.setClean()
    w.close()


def test_a_new_tab_never_makes_the_window_bigger(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    before = w.splitter.minimumSizeHint()
    page = QWidget()
    page.setMinimumSize(1500, 900)  # e.g. a wide BOM table or a tall form
    w.tabs.addTab(page, "BOM")
    w.pages.addTab(QTextEdit(), "Lifetime")
    assert w.splitter.minimumSizeHint() == before
    assert w.minimumSizeHint().width() <= 1024 and w.minimumSizeHint().height() <= 600
    # the page is reached by scrolling, and the tab widget speaks of the page itself
    assert isinstance(w.tabs.holder(page), ScrollPage)
    w.tabs.setCurrentWidget(page)
    assert w.tabs.currentWidget() is page and w.tabs.widget(w.tabs.indexOf(page)) is page
    assert w.tabs.indexOf(w.layout_view) == 0
    w.doc.stack.setClean()
    w.close()


def test_removing_a_tab_keeps_its_page(qtbot):
    tabs = PageTabs()
    qtbot.addWidget(tabs)
    page, other = QLabel("page"), QLabel("other")
    tabs.addTab(page, "a")
    tabs.addTab(other, "b")
    holder = tabs.holder(page)
    tabs.removeTab(tabs.indexOf(page))
    assert tabs.count() == 1 and tabs.indexOf(page) == -1 and tabs.widget(0) is other
    assert page.parentWidget() is not None and page.text() == "page"  # not deleted
    assert holder.parentWidget() is None
    assert isinstance(tabs, QTabWidget) and tabs.usesScrollButtons()


def test_scroll_page_without_horizontal_scrolling_keeps_the_page_width(qtbot):
    form = QWidget()
    form.setMinimumHeight(500)
    text = QLabel("a field", form)
    text.setMinimumWidth(300)
    QVBoxLayout(form).addWidget(text)
    area = FormScroll(form)
    qtbot.addWidget(area)
    area.resize(320, 200)
    area.show()
    qtbot.waitExposed(area)
    assert area.minimumWidth() >= 300 + area.bar_width()  # never squeezed sideways
    assert area.minimumSizeHint().height() < 500  # but scrolls vertically
    assert area.verticalScrollBar().isVisible()
    assert not area.horizontalScrollBar().isVisible()
    text.setMinimumWidth(420)  # the page grows (e.g. in another language): so does the area
    qtbot.waitUntil(lambda: area.minimumWidth() >= 420 + area.bar_width(), timeout=2000)
