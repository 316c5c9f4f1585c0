"""One lifetime projection with the pack simulation joined in: the usage's temperature
rise from the thermal model, or the whole usage from a simulated drive day, and the
range on a drive cycle at the end of the warranty. The CLI (``packconfig life``), the
Lifetime page and the PDF's lifetime section all call :func:`project_in_use`.

The rise comes from the thermal model unless it was given (``thermal=None``). A cell the
thermal model cannot run (no mass or dimensions) keeps the given rise and says so in a
``no_thermal_model`` warning; a drive-cycle usage or range needs the model (coded
refusal otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from packconfig.core.cells.model import Cell
from packconfig.core.errors import PackconfigError
from packconfig.core.life.driving import simulated_usage, warranty_ranges, with_ranges
from packconfig.core.life.outputs import LifeSummary, summarise
from packconfig.core.life.thermal import thermal_usage
from packconfig.core.life.usage import Usage
from packconfig.core.life.warnings import LifeWarning
from packconfig.core.money import Money
from packconfig.core.sim import CellModel, Profile, cell_model


@dataclass(frozen=True)
class Drive:
    """A drive day or a range cycle: the profile, what to call it, the vehicle's name."""

    profile: Profile
    label: str
    vehicle: str = ""


def _model(cell: Cell, needed: bool) -> CellModel | None:
    try:
        return cell_model(cell)
    except PackconfigError:
        if needed:
            raise
        return None


def resolve_usage(cell: Cell, series: int, parallel: int, duty: Usage, *,
                  thermal: str | None = "air", drive: Drive | None = None,
                  initial_soc: float = 1.0, model: CellModel | None = None,
                  cooling: str = "air") -> tuple[Usage, tuple[LifeWarning, ...]]:
    """The usage to project: ``duty`` with the thermal model's rise (``thermal`` a
    cooling option; ``None`` keeps the given rise), or — with ``drive`` — the drive day
    simulated and counted (``duty.cycles_per_day`` runs a day, its charge rate for the
    recharge, its ambient: one value, or the monthly values' mean for the simulation).
    ``cooling`` is the drive simulation's cooling when the rise is given."""
    if drive is not None:
        model = model or _model(cell, True)
        amb = float(np.mean(duty.ambient))
        usage = simulated_usage(model, series, parallel, drive.profile,
                                runs_per_day=duty.cycles_per_day,
                                charge_rate=duty.charge_rate, ambient=amb,
                                thermal=thermal or cooling, initial_soc=initial_soc,
                                years=duty.years, description=drive.label)
        if thermal is None:  # the rise as given overrides the simulated one
            usage = replace(usage, temperature_rise=duty.temperature_rise, thermal="")
        return replace(usage, ambient=duty.ambient), ()
    if thermal is None:
        return duty, ()
    model = model or _model(cell, False)
    if model is None:
        return duty, (LifeWarning("no_thermal_model", {"cell": cell.id,
                                                       "rise": f"{duty.temperature_rise:g}"}),)
    return thermal_usage(model, duty, thermal), ()


def project_in_use(cell: Cell, series: int, parallel: int, duty: Usage, *,
                   thermal: str | None = "air", drive: Drive | None = None,
                   range_drive: Drive | None = None, initial_soc: float = 1.0,
                   price: Money | None = None, margin: float | None = None,
                   soh: float | None = None, step: str = "month",
                   cooling: str = "air") -> LifeSummary:
    """:func:`summarise` of the resolved usage, with the end-of-warranty range on
    ``range_drive`` (default: the drive day's cycle) when one is given. ``cooling``:
    the simulations' cooling when ``thermal`` is None (the rise given)."""
    range_drive = range_drive or drive
    need_model = drive is not None or range_drive is not None
    model = _model(cell, need_model) if (need_model or thermal is not None) else None
    usage, notes = resolve_usage(cell, series, parallel, duty, thermal=thermal, drive=drive,
                                 initial_soc=initial_soc, model=model, cooling=cooling)
    s = summarise(cell, series, parallel, usage, price=price, margin=margin, soh=soh,
                  step=step)
    if notes:
        s = replace(s, warnings=s.warnings + notes)
    if range_drive is not None and model is not None:
        r = warranty_ranges(s, model, range_drive.profile, range_drive.vehicle,
                            thermal=thermal or cooling, ambient=float(np.mean(usage.ambient)),
                            initial_soc=initial_soc)
        s = with_ranges(s, r)
    return s
