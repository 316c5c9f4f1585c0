"""Python's cyclic garbage collector runs on the GUI thread only, never beside a worker.

Why: an automatic collection starts in whichever thread happens to allocate past the
threshold. When that is a worker thread (the PDF export's ``QRunnable``, the explorer's
``QThread``) and the garbage holds Qt wrappers made on the GUI thread, PySide6 destroys
those Qt objects off their thread and the process dies with SIGSEGV (issue 14, item 1;
reproduced by ``tests/gui/test_gc_guard.py``). So, by construction:

* :func:`install` (called by :func:`packconfig.gui.app.create_app`, by every
  ``MainWindow`` and by every worker before it starts) turns automatic collection off
  with ``gc.disable()``, for the life of the process;
* a timer on the GUI thread (parented to the QApplication) collects instead: the young
  generation every :data:`YOUNG_MS`, everything every :data:`FULL_EVERY` ticks, and
  only while no worker thread runs Python (:func:`workers_busy`); a tick that finds a
  worker running is skipped and the next one collects;
* a tick that finds collection switched back on (some library re-enabling it)
  switches it off again, so the rule holds whoever breaks it.

A new worker: a ``QRunnable`` starts with :func:`start_job`; a ``QThread`` calls
:func:`register_thread` before it starts. ``tests/gui/test_gc_workers.py`` runs every
worker of the window under garbage-cycle pressure and checks that the guard sees it.

Nothing else in packconfig re-enables automatic collection or collects
(``tests/gui/test_gc_guard.py`` checks the sources). ``gc.freeze()`` after start-up is
fine: it only moves the start-up objects out of later collections.
"""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, QTimer

#: Interval of the GUI-thread collection timer (ms): the young generation each tick.
YOUNG_MS = 2000
#: Every this many ticks the tick is a full collection (generation 2).
FULL_EVERY = 15

_threads: weakref.WeakSet[QThread] = weakref.WeakSet()


class _Collector(QObject):
    """The GUI-thread timer that collects; one per QApplication."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("packconfigGcGuard")
        self.ticks = 0
        self.collections = 0
        self.skipped = 0
        self.timer = QTimer(self)
        self.timer.setInterval(YOUNG_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        if gc.isenabled():  # someone switched it back on: the rule wins
            gc.disable()
        if workers_busy():
            self.skipped += 1
            return
        self.ticks += 1
        gc.collect(2 if self.ticks % FULL_EVERY == 0 else 0)
        self.collections += 1


def workers_busy() -> bool:
    """Whether a worker thread may be running Python: the global thread pool has an
    active job, or a registered ``QThread`` (:func:`register_thread`) is running."""
    if QThreadPool.globalInstance().activeThreadCount() > 0:
        return True
    return any(_running(thread) for thread in list(_threads))


def _running(thread: QThread) -> bool:
    try:
        return thread.isRunning()
    except RuntimeError:  # its C++ object is gone (deleteLater): it runs nothing
        return False


def register_thread(thread: QThread) -> None:
    """Tell the guard about a worker ``QThread`` (collection waits while it runs)."""
    install()
    _threads.add(thread)


def start_job(job: QRunnable) -> None:
    """Start ``job`` in the global thread pool with the guard in place (the way every
    ``QRunnable`` worker of the window starts: collection waits while it runs)."""
    install()
    QThreadPool.globalInstance().start(job)


def collector() -> _Collector | None:
    """The running collector of this QApplication, if :func:`install` has run."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    found = app.findChild(_Collector, "packconfigGcGuard")
    return found if isinstance(found, _Collector) else None


def install() -> None:
    """Switch automatic collection off and start the GUI-thread collector (once per
    QApplication; later calls only make sure collection is still off). Call it on the
    GUI thread once a QApplication exists; before that it only disables collection."""
    gc.disable()
    app = QCoreApplication.instance()
    if app is None or collector() is not None:
        return
    if not app.thread().isCurrentThread():
        return  # only the GUI thread owns the collector; collection is off regardless
    _Collector(app)
