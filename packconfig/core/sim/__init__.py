"""Behaviour in use: a time-domain equivalent-circuit (ECM) and lumped-thermal
simulation of packs on load profiles, drive cycles and CC-CV charging.

* ``params``: per-chemistry ECM and thermal defaults with sources (resources/ecm.toml);
* ``model``: :class:`CellModel`, the ECM tables of one cell (:func:`cell_model`);
* ``solver``: the discrete scheme and its two engines (whole-trajectory fixed point,
  step by step), vectorised across designs (arrays designs × time);
* ``profiles``: constant current/power, piecewise steps, user CSV profiles;
* ``vehicle``: drive cycles (shipped traces) through a vehicle model, vehicle presets
  and user vehicle files;
* ``run``: :func:`simulate` and :class:`SimResult`;
* ``charging``: :func:`charge` (CC-CV with derating and a charger power limit).

Public API (docs/simulation.md): ``cell_model(cell) -> CellModel``,
``simulate(models, series, parallel, profile, ...) -> SimResult``,
``charge(models, series, parallel, soc_from, soc_to, ...) -> ChargeResult``.

May import ``pack``, ``cells`` and the foundation; ``commerce`` and above import it.
"""

from packconfig.core.sim.charging import ChargeResult, charge
from packconfig.core.sim.model import CellModel, cell_model, cooling_h, kelvin
from packconfig.core.sim.profiles import (
    Profile,
    Segment,
    StepLimits,
    constant_current,
    constant_power,
    csv_profile,
    steps,
)
from packconfig.core.sim.run import END_TEXT, SimResult, simulate
from packconfig.core.sim.vehicle import (
    CYCLES,
    CycleMissing,
    Vehicle,
    cycle_profile,
    load_vehicle,
    presets,
    speed_csv_profile,
)

__all__ = ["CYCLES", "END_TEXT", "CellModel", "ChargeResult", "CycleMissing", "Profile",
           "Segment", "SimResult", "StepLimits", "Vehicle", "cell_model", "charge",
           "constant_current", "constant_power", "cooling_h", "csv_profile", "cycle_profile",
           "kelvin", "load_vehicle", "presets", "simulate", "speed_csv_profile", "steps"]
