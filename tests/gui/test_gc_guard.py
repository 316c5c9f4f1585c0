"""Python's cyclic GC never runs in a worker thread (issue 14, item 1).

Before the guard, a window made with ``MainWindow()`` (as QA tests do) left automatic
collection on; a collection that started in a QThreadPool worker destroyed QWidgets
made on the GUI thread there: the process deadlocked (every run) or died with SIGSEGV.
"""

from __future__ import annotations

import gc
import os
import re
import subprocess
import sys
import threading
import weakref
from pathlib import Path

from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QWidget

from packconfig.gui import gc_guard
from packconfig.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

# The GUI thread makes unreachable cycles of shown QWidgets and waits while a worker
# allocates under gc.set_threshold(1, 1, 1): an automatic collection would start in the
# worker and destroy the widgets there. faulthandler turns a deadlock into exit 1.
PROVOKE = r"""
import faulthandler, gc, os, sys, time
faulthandler.dump_traceback_later(20, exit=True)
from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
from packconfig.gui.main_window import MainWindow
win = MainWindow()
win.show()
app.processEvents()
print("gc enabled while the window lives:", gc.isenabled(), flush=True)

class Churn(QRunnable):
    def run(self):
        end = time.monotonic() + 0.3
        while time.monotonic() < end:
            d = {"junk": [[i] for i in range(20)]}
            d["self"] = d

class Holder(QWidget):
    pass

pool = QThreadPool.globalInstance()
jobs = [Churn() for _ in range(3)]
gc.set_threshold(1, 1, 1)
for job in jobs:
    widgets = [Holder() for _ in range(100)]
    for w in widgets:
        w.me = w
        w.show()
    app.processEvents()
    del w, widgets
    pool.start(job)
    pool.waitForDone()
    app.processEvents()
print("gc enabled at the end:", gc.isenabled(), flush=True)
"""


def test_worker_beside_gui_garbage_cannot_collect_qt_objects(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PACKCONFIG_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", PROVOKE], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr[-3000:]
    assert "gc enabled while the window lives: False" in out.stdout
    assert "gc enabled at the end: False" in out.stdout


def _cycle() -> weakref.ref:
    class Node:
        pass

    node = Node()
    node.me = node
    return weakref.ref(node)


def test_main_window_turns_collection_off_and_collects_on_the_gui_thread(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    assert not gc.isenabled()
    collector = gc_guard.collector()
    assert collector is not None and collector.timer.isActive()
    ref = _cycle()
    assert ref() is not None  # nothing collects automatically
    before = collector.collections
    collector.tick()
    assert collector.collections == before + 1
    if ref() is not None:  # a young-generation tick may leave it to the full one
        collector.ticks = gc_guard.FULL_EVERY - 1
        collector.tick()
    assert ref() is None


class _Blocked(QRunnable):
    def __init__(self, release: threading.Event, started: threading.Event) -> None:
        super().__init__()
        self.release, self.started = release, started

    def run(self) -> None:
        self.started.set()
        self.release.wait(10)


def test_collection_waits_while_a_worker_runs(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    collector = gc_guard.collector()
    assert collector is not None
    release, started = threading.Event(), threading.Event()
    job = _Blocked(release, started)
    QThreadPool.globalInstance().start(job)
    assert started.wait(5)
    try:
        skipped = collector.skipped
        collections = collector.collections
        assert gc_guard.workers_busy()
        collector.tick()
        assert collector.skipped == skipped + 1
        assert collector.collections == collections
    finally:
        release.set()
        QThreadPool.globalInstance().waitForDone()
    collector.tick()
    assert collector.collections == collections + 1


def test_a_running_search_thread_counts_as_busy(qtbot):
    from PySide6.QtCore import QThread

    class Sleeper(QThread):
        def __init__(self) -> None:
            super().__init__()
            self.release = threading.Event()

        def run(self) -> None:
            self.release.wait(10)

    qtbot.addWidget(MainWindow())
    thread = Sleeper()
    gc_guard.register_thread(thread)
    thread.start()
    try:
        qtbot.waitUntil(thread.isRunning)
        assert gc_guard.workers_busy()
    finally:
        thread.release.set()
        thread.wait()
    assert not gc_guard.workers_busy()


def test_a_library_switching_collection_back_on_is_overruled(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    collector = gc_guard.collector()
    assert collector is not None
    gc.enable()  # what a careless library might do
    collector.tick()
    assert not gc.isenabled()


def test_create_app_installs_the_guard(qapp):
    from packconfig.gui.app import create_app

    create_app(cjk_font=False)
    assert not gc.isenabled()
    assert gc_guard.collector() is not None
    assert isinstance(QWidget(), QWidget)  # the app still makes widgets


def test_nothing_else_enables_or_collects():
    """Only gc_guard may call gc.collect(); nobody may call gc.enable()."""
    offenders = []
    for path in (ROOT / "packconfig").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"\bgc\.enable\(", text):
            offenders.append(f"{path}: gc.enable()")
        if path.name != "gc_guard.py" and re.search(r"\bgc\.collect\(", text):
            offenders.append(f"{path}: gc.collect()")
    assert offenders == []


def test_a_deleted_search_thread_does_not_break_the_collector(qtbot):
    from PySide6.QtCore import QThread
    from shiboken6 import delete

    qtbot.addWidget(MainWindow())
    thread = QThread()
    gc_guard.register_thread(thread)
    delete(thread)  # the C++ object goes, the Python wrapper stays in the registry
    assert not gc_guard.workers_busy()
    collector = gc_guard.collector()
    before = collector.collections
    collector.tick()
    assert collector.collections == before + 1
