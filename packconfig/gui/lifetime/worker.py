"""One lifetime projection in a QThreadPool worker; the result comes back by signal."""

from __future__ import annotations

import traceback
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from packconfig.core import messages
from packconfig.core.errors import PackconfigError


class LifeSignals(QObject):
    finished = Signal(int, object)  # job id, LifeSummary
    failed = Signal(int, str)  # job id, message in the interface language


class LifeJob(QRunnable):
    """``summarise(cell, series, parallel, usage, **kwargs)`` for job ``job_id``."""

    def __init__(self, job_id: int, args: tuple, kwargs: dict[str, Any], language: str
                 ) -> None:
        super().__init__()
        self.job_id, self.args, self.kwargs, self.language = job_id, args, kwargs, language
        self.signals = LifeSignals()

    def run(self) -> None:  # worker thread
        try:
            from packconfig.core.life.outputs import summarise

            summary = summarise(*self.args, **self.kwargs)
        except PackconfigError as exc:
            self.signals.failed.emit(self.job_id, messages.text(exc, self.language))
        except Exception:  # a bug: report it rather than lose it in the thread
            self.signals.failed.emit(self.job_id, "internal error in the lifetime "
                                     "projection:\n" + traceback.format_exc(limit=4))
        else:
            self.signals.finished.emit(self.job_id, summary)
