"""Runs :func:`packconfig.core.explore.engine.search` off the UI thread."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Sequence

from PySide6.QtCore import QThread, Signal

from packconfig.core.cells.model import Cell
from packconfig.core.commerce.costing import CostContext
from packconfig.core.errors import PackconfigError
from packconfig.core.explore.engine import SearchCancelled, search
from packconfig.core.explore.requirements import Requirements
from packconfig.core.pack.options import PackOptions
from packconfig.gui import gc_guard


class SearchWorker(QThread):
    """One search in a worker thread.

    Signals are emitted from the worker thread and delivered (queued) to receivers in
    the UI thread: ``progressed(percent)``, then exactly one of ``succeeded(result)``,
    ``failed(message)`` or ``cancelled()``.
    """

    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, cells: Sequence[Cell], requirements: Requirements, objective: str,
                 ctx: CostContext | None, options: PackOptions, limit: int = 2000,
                 parent=None, sim=None) -> None:
        super().__init__(parent)
        gc_guard.register_thread(self)  # no collection while it runs, none inside it
        self._args = (tuple(cells), requirements, objective, ctx, options, limit)
        self._sim = sim  # explore.sim_rules.SimRequirements or None
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the search to stop; it checks between chunks."""
        self._stop.set()

    def run(self) -> None:  # worker thread
        cells, reqs, objective, ctx, options, limit = self._args
        try:
            result = search(cells, reqs, objective=objective, ctx=ctx, options=options,
                            limit=limit, progress=lambda f: self.progressed.emit(int(f * 100)),
                            cancel=self._stop.is_set, sim=self._sim)
        except SearchCancelled:
            self.cancelled.emit()
        except PackconfigError as exc:
            self.failed.emit(str(exc))
        except Exception:  # a bug: report it rather than lose it in the thread
            self.failed.emit("internal error in the search:\n" + traceback.format_exc())
        else:
            self.succeeded.emit(result)
