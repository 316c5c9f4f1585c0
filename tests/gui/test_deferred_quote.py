"""After a stored first paint the quote panel (on a tab not in view) is built at the
next idle turn after the core is attached, or at once when something needs it first:
its tab shown, the Cost or Lifetime page, any quote command. It then shows exactly what
a panel built at once shows. ``MainWindow()`` (tests, QA) builds it at once."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSpinBox

from packconfig.gui.main_window import MainWindow


def stored(qtbot) -> None:
    """Open and close a window: its first paint is stored for the next start."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.findChild(QSpinBox, "seriesSpin").setValue(24)
    w.doc.stack.setClean()
    w.close()


def quote_texts(w: MainWindow) -> dict[str, str]:
    panel = w.quote
    assert panel is not None
    return {label.objectName(): label.text() for label in panel.findChildren(QLabel)
            if label.objectName()}


def started(qtbot, on_attach=None) -> MainWindow:
    stored(qtbot)
    w = MainWindow(first_paint=True)
    qtbot.addWidget(w)
    assert not w.doc.loaded  # the stored first paint is shown
    if on_attach is not None:
        w.coreAttached.connect(lambda: on_attach(w))
    with qtbot.waitSignal(w.coreAttached, timeout=10000):
        w.show()
    return w


def test_eager_window_builds_the_panel_at_once(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    assert not w.quote_pending and w._quote is not None
    assert w.tabs.indexOf(w._quote) >= 0 and w.quote_placeholder is None
    w.doc.stack.setClean()


def test_pending_panel_is_built_at_the_next_idle_turn_and_shows_the_same(qtbot):
    pending: list[bool] = []
    w = started(qtbot, lambda win: pending.append(win.quote_pending))
    assert pending == [True]  # the controls were live before the panel was built
    qtbot.waitUntil(lambda: not w.quote_pending, timeout=5000)
    assert w._quote is not None and w.quote_placeholder is None
    assert w.tabs.tabText(w.tabs.indexOf(w._quote)) == "Quote"
    eager = MainWindow()
    qtbot.addWidget(eager)
    assert eager.doc.project.series == w.doc.project.series == 24
    texts = quote_texts(w)
    assert texts == quote_texts(eager) and any(t for t in texts.values())
    assert w.cost is not None and w.cost.price == eager.cost.price
    for win in (w, eager):
        win.doc.stack.setClean()
        win.close()


def test_showing_the_quote_tab_first_builds_it_there_and_then(qtbot):
    def show_quote(win: MainWindow) -> None:
        win.tabs.setCurrentWidget(win.quote_placeholder)
        assert not win.quote_pending
        assert win.tabs.currentWidget() is win._quote  # in place of the placeholder

    w = started(qtbot, show_quote)
    assert w.tabs.currentWidget() is w.quote and w.cost is not None
    w.doc.stack.setClean()
    w.close()


def test_anything_that_needs_the_panel_builds_it(qtbot):
    def needs(win: MainWindow) -> None:
        assert win.quote_pending
        panel = win.quote  # e.g. a quote command arriving before the idle turn
        assert panel is not None and not win.quote_pending and win.cost is not None

    w = started(qtbot, needs)
    spin = w.findChild(QSpinBox, "seriesSpin")
    before = w.cost.price
    spin.setValue(48)  # the panel reprices with every change, as before
    assert w.cost.price != before
    w.doc.stack.setClean()
    w.close()


def test_the_commercial_side_is_not_loaded_before_the_controls_are_live(qtbot):
    """The settings and the pricing modules load with the panel, not at the attach."""
    import sys

    seen: list[object] = []
    w = started(qtbot, lambda win: seen.append((win._commercial, win.quote_pending)))
    assert seen == [(None, True)]
    settings = w.commercial  # needed: loaded now, with the panel
    assert settings is not None and not w.quote_pending and w._quote is not None
    assert "packconfig.core.commerce.settings" in sys.modules
    w.doc.stack.setClean()
    w.close()


def test_deferred_settings_with_an_overridden_part_recompute_the_design(qtbot):
    """A part overridden in settings.json: after a stored first paint the core computes
    before the settings load, so the design is recomputed once they bring their table."""
    import json

    from packconfig.core.commerce.settings import settings_path
    from packconfig.core.pack.components import use_table

    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"components": {"parts": {
        "harness": {"mass_kg": 30.0, "cost_usd": "999"}}}}), encoding="utf-8")
    eager = MainWindow()  # settings loaded before computing: the heavy harness
    qtbot.addWidget(eager)
    eager.findChild(QSpinBox, "seriesSpin").setValue(24)
    heavy = eager.findChild(QLabel, "result_mass_pack").text()
    eager.doc.stack.setClean()
    stored(qtbot)
    use_table(None)  # a new process: the shipped table until settings are loaded
    w = MainWindow(first_paint=True)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.coreAttached, timeout=10000):
        w.show()
    qtbot.waitUntil(lambda: not w.quote_pending, timeout=5000)
    assert w.doc.project.series == 24
    assert w.findChild(QLabel, "result_mass_pack").text() == heavy
    w.doc.stack.setClean()
