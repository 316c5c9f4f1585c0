"""Runs a drive-cycle/profile simulation and a charge off the GUI thread."""

from __future__ import annotations

import traceback
from dataclasses import dataclass

from PySide6.QtCore import QThread, Signal

from packconfig.core import messages, sim
from packconfig.core.cells.model import Cell
from packconfig.core.errors import PackconfigError
from packconfig.gui import gc_guard


@dataclass(frozen=True)
class Job:
    """What to run: the design, the load, the conditions and the charge (SI)."""

    cell: Cell
    series: int
    parallel: int
    cycle: str  # a cycle key, "csv" for a profile file
    profile_path: str
    vehicle: str  # preset id or .toml path
    ambient: object  # a temperature quantity
    thermal: str
    until_empty: bool
    charge_from: float
    charge_to: float
    charger_power: float | None  # W
    language: str


@dataclass
class Outcome:
    job: Job
    run: sim.SimResult
    charge: sim.ChargeResult
    model: sim.CellModel


def run_job(job: Job) -> Outcome:
    """The whole computation (plain core calls; used by the worker and by tests)."""
    model = sim.cell_model(job.cell)
    vehicle = sim.load_vehicle(job.vehicle)
    if job.cycle == "csv":
        kind = sim.profiles.read_profile_csv(job.profile_path)[0]
        profile = (
            sim.speed_csv_profile(job.profile_path, vehicle, job.until_empty)
            if kind == "speed"
            else sim.csv_profile(job.profile_path)
        )
    else:
        profile = sim.cycle_profile(job.cycle, vehicle, repeat=job.until_empty)
    run = sim.simulate(
        model,
        job.series,
        job.parallel,
        profile,
        thermal=job.thermal,
        ambient=job.ambient,
        until_empty=job.until_empty,
    )
    charge = sim.charge(
        model,
        job.series,
        job.parallel,
        job.charge_from,
        job.charge_to,
        charger_power=job.charger_power,
        ambient=job.ambient,
        thermal=job.thermal,
    )
    return Outcome(job, run, charge, model)


class SimWorker(QThread):
    """One job in a worker thread: exactly one of ``succeeded(outcome)`` or
    ``failed(message)`` (already in the interface language)."""

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Job, parent=None) -> None:
        super().__init__(parent)
        self.job = job
        gc_guard.register_thread(self)  # no collection while it runs, none inside it

    def run(self) -> None:  # worker thread
        try:
            outcome = run_job(self.job)
        except PackconfigError as exc:
            self.failed.emit(messages.text(exc, self.job.language))
        except Exception:  # a bug: report it rather than lose it in the thread
            self.failed.emit("internal error in the simulation:\n" + traceback.format_exc())
        else:
            self.succeeded.emit(outcome)
