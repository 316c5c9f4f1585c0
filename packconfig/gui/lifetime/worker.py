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


def drives(plan, traction: bool):
    """(drive day, range drive) of a page :class:`~packconfig.gui.lifetime.sim_inputs.Plan`
    (the profile file is read here, in the worker). The range runs for traction packs
    only."""
    from packconfig.core import sim
    from packconfig.core.life.in_use import Drive

    if plan is None:
        return None, None
    vehicle = sim.presets()[plan.vehicle]
    cycle = Drive(sim.cycle_profile(plan.cycle, vehicle), sim.vehicle.CYCLE_NAMES[plan.cycle],
                  vehicle.name)
    drive = None
    if plan.source == "cycle":
        drive = cycle
    elif plan.source == "profile":
        from pathlib import Path

        from packconfig.core.sim.profiles import read_profile_csv

        if not plan.profile_path:
            from packconfig.core.errors import InputError

            raise InputError("choose a profile file (CSV)").coded("life_profile_file")
        kind = read_profile_csv(plan.profile_path)[0]
        prof = (sim.speed_csv_profile(plan.profile_path, vehicle) if kind == "speed"
                else sim.csv_profile(plan.profile_path))
        drive = Drive(prof, Path(plan.profile_path).name, vehicle.name if kind == "speed"
                      else "")
    return drive, (cycle if traction else None)


class LifeJob(QRunnable):
    """``project_in_use(cell, series, parallel, usage, **kwargs)`` for job ``job_id``
    with the page's simulation ``plan`` (None: the usage as given, no simulation)."""

    def __init__(self, job_id: int, args: tuple, kwargs: dict[str, Any], language: str,
                 plan=None, traction: bool = False) -> None:
        super().__init__()
        self.job_id, self.args, self.kwargs, self.language = job_id, args, kwargs, language
        self.plan, self.traction = plan, traction
        self.signals = LifeSignals()

    def run(self) -> None:  # worker thread
        try:
            from packconfig.core.life.in_use import project_in_use

            drive, range_drive = drives(self.plan, self.traction)
            thermal = self.plan.thermal if self.plan is not None else None  # None: typed
            summary = project_in_use(*self.args, thermal=thermal, drive=drive,
                                     range_drive=range_drive, cooling=self.plan.cooling
                                     if self.plan is not None else "air", **self.kwargs)
        except PackconfigError as exc:
            self.signals.failed.emit(self.job_id, messages.text(exc, self.language))
        except Exception:  # a bug: report it rather than lose it in the thread
            self.signals.failed.emit(self.job_id, "internal error in the lifetime "
                                     "projection:\n" + traceback.format_exc(limit=4))
        else:
            self.signals.finished.emit(self.job_id, summary)
