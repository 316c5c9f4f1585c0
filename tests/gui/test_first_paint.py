"""The window's first paint from the stored state of the last design
(packconfig/gui/first_paint.py): it shows exactly what the core then computes, it is
never shown when it could differ, and a bad state file only costs the fast start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
)

from packconfig.core.commerce.settings import SETTINGS_NAME
from packconfig.core.fs.paths import user_data_dir
from packconfig.core.pack.engine import RESULTS
from packconfig.gui import first_paint, i18n
from packconfig.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def visible(w: MainWindow) -> dict[str, object]:
    """Everything the configurator page shows, as text and values (the quote panel is
    on a tab that is not shown at start)."""
    seen: dict[str, object] = {}

    def find(kind):
        return [x for part in (w.browser, w.config, w.results) for x in part.findChildren(kind)]
    for label in find(QLabel) + [w.findChild(QLabel, "warningsTitle")]:
        if label.objectName():
            seen[label.objectName()] = (label.text(), label.toolTip(),
                                        label.palette().windowText().color().name(),
                                        label.font().weight())
    for spin in find(QSpinBox) + find(QDoubleSpinBox):
        seen[spin.objectName()] = (spin.value(), spin.isEnabled())
    for box in find(QCheckBox):
        seen[box.objectName()] = box.isChecked()
    for edit in find(QLineEdit):
        if edit.objectName():
            seen[edit.objectName()] = edit.text()
    for combo in find(QComboBox):
        seen[combo.objectName()] = (combo.currentIndex(),
                                    [combo.itemText(i) for i in range(combo.count())])
    warnings = w.findChild(QListWidget, "warningsList")
    seen["warnings"] = [(warnings.item(i).text(), warnings.item(i).foreground().color().name())
                        for i in range(warnings.count())]
    model = w.browser.table.model()
    seen["table"] = [[model.index(r, c).data() for c in range(model.columnCount())]
                     for r in range(model.rowCount())]
    seen["table_align"] = [model.index(0, c).data(Qt.ItemDataRole.TextAlignmentRole)
                           for c in range(model.columnCount())]
    seen["headers"] = [model.headerData(c, Qt.Orientation.Horizontal)
                       for c in range(model.columnCount())]
    seen["widths"] = [w.browser.table.columnWidth(c) for c in range(model.columnCount())]
    seen["current_row"] = w.browser.table.currentIndex().row()
    seen["details"] = w.browser.details.toPlainText()
    seen["tabs"] = [w.tabs.tabText(i) for i in range(w.tabs.count())]
    seen["layout"] = w.layout_view.state()
    seen["title"] = w.windowTitle()
    return seen


def close(qtbot, w: MainWindow) -> None:
    w.doc.stack.setClean()
    w.close()


def store(qtbot, edit=None) -> dict[str, object]:
    """Open the window, change the design with ``edit(window)``, close it (which stores
    the first paint) and return what it showed."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    if edit is not None:
        edit(w)
    qtbot.wait(20)  # the layout drawing follows on a zero timer
    shown = visible(w)
    close(qtbot, w)
    assert first_paint.state_path().is_file()
    return shown


def deferred(qtbot) -> MainWindow:
    w = MainWindow(first_paint=True)
    qtbot.addWidget(w)
    return w


def big_pack(w: MainWindow) -> None:
    w.findChild(QSpinBox, "seriesSpin").setValue(96)
    w.findChild(QSpinBox, "parallelSpin").setValue(2)
    w.findChild(QComboBox, "thermalCombo").setCurrentIndex(2)
    w.findChild(QCheckBox, "socCustomCheck").setChecked(True)
    w.findChild(QDoubleSpinBox, "socMaxSpin").setValue(90)


def other_cell(w: MainWindow) -> None:
    """A cell without a charge-current figure (greyed, with a reason) and honeycomb."""
    ids = [c.id for c in w.catalog]
    w.browser.table.selectRow(ids.index(ids[-1]))
    w.findChild(QComboBox, "layoutCombo").setCurrentIndex(1)
    w.findChild(QLineEdit, "currentEdit").setText("40 A")
    w.findChild(QLineEdit, "currentEdit").editingFinished.emit()


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("edit", [None, big_pack, other_cell], ids=["default", "96S2P",
                                                                     "other-cell"])
def test_first_paint_is_what_the_core_computes(qtbot, language, edit):
    i18n.set_language(language)
    try:
        before = store(qtbot, edit)
        w = deferred(qtbot)
        assert not w.doc.loaded, "the stored state should have been used"
        first = visible(w)
        assert {f"result_{k}" for k in RESULTS} <= set(first)
        assert first["layout"] is not None and len(first["layout"]["centres"]) >= 16
        assert first == before  # the first paint shows what the closed window showed
        with qtbot.waitSignal(w.firstPainted, timeout=10000):
            w.show()
        painted = w.grab().toImage()
        qtbot.waitSignal(w.coreAttached, timeout=10000).wait()
        qtbot.wait(20)
        assert w.doc.loaded and w.result is not None
        assert visible(w) == first  # ...and the core computes exactly that
        assert w.grab().toImage() == painted  # not one pixel changes when it does
        assert w.findChild(QLabel, "result_voltage_nominal").text().endswith("V")
        close(qtbot, w)
    finally:
        i18n.set_language("en")


def test_after_attach_the_window_is_live(qtbot):
    store(qtbot, big_pack)
    w = deferred(qtbot)
    with qtbot.waitSignal(w.coreAttached, timeout=10000):
        w.show()
    spin = w.findChild(QSpinBox, "seriesSpin")
    assert spin.value() == 96
    spin.setValue(100)
    assert w.findChild(QLabel, "result_voltage_nominal").text() == "320.0 V"
    assert w.doc.stack.canUndo()
    w.actions.undo.trigger()
    assert spin.value() == 96
    close(qtbot, w)


def click_at(qtbot, w: MainWindow, widget, pos: QPoint) -> None:
    """Click where a user would: the event goes to whatever widget is on top there
    (QTest would deliver it straight to ``widget``)."""
    at = w.mapFromGlobal(widget.mapToGlobal(pos))
    target = w.childAt(at)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(w, at))


def test_clicks_before_attach_are_dropped_not_half_applied(qtbot):
    store(qtbot)
    w = deferred(qtbot)
    w.show()  # painted; the core is attached at the next turn of the event loop
    spin = w.findChild(QSpinBox, "seriesSpin")
    before = spin.value()
    up = QPoint(spin.width() - 6, spin.height() // 4)  # the up arrow
    click_at(qtbot, w, spin, up)  # not live yet: dropped
    table = w.browser.table
    row3 = QPoint(20, table.rowViewportPosition(3) + 5)
    click_at(qtbot, w, table.viewport(), row3)
    assert spin.value() == before
    assert table.currentIndex().row() != 3
    assert not w.doc.loaded and not w.doc.stack.canUndo()
    qtbot.waitSignal(w.coreAttached, timeout=10000).wait()
    click_at(qtbot, w, spin, up)  # live now: one undoable step
    assert spin.value() == before + 1
    assert w.doc.project.series == before + 1 and w.doc.stack.canUndo()
    click_at(qtbot, w, table.viewport(), row3)
    assert w.doc.project.cell.id == table.model().index(3, 0).data()
    close(qtbot, w)


def test_text_typed_but_refused_is_not_stored(qtbot):
    def bad_current(w: MainWindow) -> None:
        edit = w.findChild(QLineEdit, "currentEdit")
        edit.setText("40 kg")  # refused: marked invalid, the design keeps 1C
        edit.editingFinished.emit()
        assert edit.property("invalid")
    store(qtbot, bad_current)
    w = deferred(qtbot)
    assert w.findChild(QLineEdit, "currentEdit").text() == ""  # the design's value
    first = visible(w)
    with qtbot.waitSignal(w.coreAttached, timeout=10000):
        w.show()
    qtbot.wait(20)
    assert visible(w) == first
    close(qtbot, w)


def test_a_huge_pack_is_painted_without_its_drawing(qtbot):
    def huge(w: MainWindow) -> None:
        w.findChild(QSpinBox, "seriesSpin").setValue(400)
        w.findChild(QSpinBox, "parallelSpin").setValue(20)  # 8,000 cells
    before = store(qtbot, huge)
    stored = json.loads(first_paint.state_path().read_text(encoding="utf-8"))["state"]
    assert stored["layout"] is None  # too many cells to keep in the state file
    w = deferred(qtbot)
    first = visible(w)
    assert first["result_voltage_nominal"] == before["result_voltage_nominal"]
    assert first["layout"] is None
    with qtbot.waitSignal(w.coreAttached, timeout=10000):
        w.show()
    qtbot.wait(20)
    assert len(w.layout_view._layout.centres) == 8000  # drawn once the core is there
    close(qtbot, w)


def _touch(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("change", ["settings", "user cell", "language"])
def test_a_stale_state_is_never_shown(qtbot, change):
    store(qtbot)
    home = user_data_dir()
    if change == "settings":
        _touch(home / SETTINGS_NAME, json.dumps({"schema_version": 1}))
    elif change == "user cell":
        _touch(home / "cells" / "mine.toml", "# no cells yet\n")
    else:
        i18n.set_language("zh")
    try:
        w = deferred(qtbot)
        assert w.doc.loaded  # computed before its first paint instead
        close(qtbot, w)
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("content", [
    b"", b"not json", b"[]", b'{"key": 1}', b"\xff\xfe\x00garbage",
    b'{"key": "x", "state": {"results": 1}}',
    b"[" * 100_000 + b"]" * 100_000,
])
def test_a_bad_state_file_is_ignored(qtbot, content):
    store(qtbot)
    first_paint.state_path().write_bytes(content)
    w = deferred(qtbot)
    assert w.doc.loaded
    assert w.findChild(QLabel, "result_voltage_nominal").text() == "51.2 V"
    close(qtbot, w)


def test_a_state_with_the_right_key_but_hostile_values_does_not_crash(qtbot):
    store(qtbot)
    path = first_paint.state_path()
    stored = json.loads(path.read_text(encoding="utf-8"))
    state = stored["state"]
    state["cells"]["rows"] = [["<b>x</b>"] * 40, "not a row", [1, 2]]
    state["cells"]["widths"] = [-1, "wide"]
    state["config"]["series"] = "many"
    state["config"]["layout_combo"] = 99
    state["results"]["texts"] = {"voltage_nominal": 5, "nonsense": "x"}
    state["warnings"]["rows"] = [["error"], "x", ["warning", "<i>ok</i>"]]
    path.write_text(json.dumps(stored), encoding="utf-8")
    w = deferred(qtbot)
    assert not w.doc.loaded  # shown as given, then replaced by the core's figures
    with qtbot.waitSignal(w.coreAttached, timeout=10000):
        w.show()
    assert w.findChild(QLabel, "result_voltage_nominal").text() == "51.2 V"
    assert w.browser.table.model().rowCount() == len(w.catalog)
    close(qtbot, w)


def test_an_unwritable_state_folder_only_costs_the_fast_start(qtbot):
    state_dir = user_data_dir() / "state"
    state_dir.parent.mkdir(parents=True, exist_ok=True)
    state_dir.write_text("a file where the folder should be")
    store_ok = MainWindow()
    qtbot.addWidget(store_ok)
    close(qtbot, store_ok)  # no exception, nothing stored
    w = deferred(qtbot)
    assert w.doc.loaded
    close(qtbot, w)


def test_results_panel_has_a_label_per_engine_result():
    from packconfig.gui.results_panel import GROUPS, LABELS

    keys = [k for _title, group in GROUPS for k in group]
    assert sorted(keys) == sorted(RESULTS) == sorted(LABELS)


def test_settings_name_matches_the_core():
    assert first_paint.SETTINGS_NAME == SETTINGS_NAME


def test_first_paint_imports_no_numeric_core(tmp_path):
    """The point of the stored paint: the window is on screen before numpy and pint
    are imported (each run in a fresh interpreter)."""
    code = textwrap.dedent("""
        import sys
        from packconfig.gui.app import create_app
        from packconfig.gui.main_window import MainWindow
        app = create_app(cjk_font=False)
        w = MainWindow(first_paint=%s)
        w.show()
        heavy = sorted(m for m in ("numpy", "pint", "reportlab", "platformdirs")
                       if m in sys.modules)
        def painted():
            print("painted", w.doc.loaded, heavy, flush=True)
        w.firstPainted.connect(painted)
        w.coreAttached.connect(lambda: print("attached", "numpy" in sys.modules, flush=True))
        def done():
            w.doc.stack.setClean(); w.close(); app.quit()
        from PySide6.QtCore import QTimer
        QTimer.singleShot(3000, done)
        app.exec()
    """)
    # a user's set-up: no PACKCONFIG_HOME, the data folder under HOME (XDG rule)
    env = dict(os.environ, HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    for name in ("PACKCONFIG_TEST_ONSCREEN", "PACKCONFIG_HOME", "XDG_DATA_HOME"):
        env.pop(name, None)

    def run(flag: str) -> list[str]:
        out = subprocess.run([sys.executable, "-c", code % flag], env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr[-3000:]
        return [line for line in out.stdout.splitlines() if line.startswith(("painted",
                                                                              "attached"))]

    first_start = run("False")  # computes before painting; stores the state on close
    assert len(first_start) == 1 and first_start[0].startswith("painted True ['numpy', 'pint'")
    assert run("True") == ["painted False []", "attached True"]
    assert (tmp_path / ".local/share/packconfig/state" / first_paint.FILE_NAME).is_file()
