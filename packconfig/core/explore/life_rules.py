"""The explorer's lifetime requirement (issue 17): "at least N years / N cycles to Y %
SOH at this duty".

With ``thermal`` (none, air, liquid) the pack's temperature rise while cycling comes
from core/sim's lumped thermal model (:func:`packconfig.core.life.thermal.duty_rise`):
every cell of a uniform pack carries the same C-rate, so the rise is per cell type and
cooling — computed once per cell for the whole catalog in one vectorised run, never per
design.

The duty is given per cell (C-rates, DoD, cycles per day, temperature), so a cell's
projection does not depend on S or P: the rule is checked once per cell, vectorised
across the catalog (:func:`packconfig.core.life.project.project_cells`), and a failing
cell is rejected whole, like the other cell-level reasons. Reasons:

* ``no_life_model``: no projection possible (no ageing model for the chemistry, no
  usable datasheet rating, or — with the thermal model — no mass or dimensions);
* ``life_short``: projected years or cycles to the SOH below the requirement.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from packconfig.core.cells.model import Cell
from packconfig.core.errors import InputError
from packconfig.core.life.project import DAYS_PER_YEAR, project_cells
from packconfig.core.life.usage import Usage

REASONS: dict[str, str] = {
    "no_life_model": "no lifetime projection (no ageing model, datasheet rating or "
                     "thermal data)",
    "life_short": "lifetime too short at the duty",
}


@dataclass(frozen=True)
class LifeRequirement:
    min_years: float | None = None
    min_cycles: float | None = None  # full equivalent cycles
    soh: float = 0.8
    usage: Usage = field(default_factory=Usage)
    thermal: str = ""  # "" = the usage's rise as given; none/air/liquid = thermal model

    def __post_init__(self) -> None:
        if self.thermal not in ("", "none", "air", "liquid"):
            raise InputError(f"thermal must be one of none, air, liquid, got "
                             f"{self.thermal!r}").coded("sim_thermal", got=str(self.thermal),
                                                        known=["none", "air", "liquid"])
        for name in ("min_years", "min_cycles"):
            value = getattr(self, name)
            if value is not None and not (isinstance(value, (int, float)) and
                                          math.isfinite(value) and value > 0):
                raise InputError(f"{name.replace('_', ' ')} must be a number above 0, "
                                 f"got {value!r}")
        if not 0.5 <= self.soh <= 0.95:
            raise InputError(f"the lifetime SOH must be between 0.5 and 0.95, got {self.soh}")
        if self.min_years is not None and self.min_years > self.usage.years:
            object.__setattr__(self, "usage", _with_years(self.usage, self.min_years))

    def __str__(self) -> str:
        need = [f"{self.min_years:g} years" if self.min_years else "",
                f"{self.min_cycles:g} cycles" if self.min_cycles else ""]
        u = self.usage
        return (f"{' and '.join(n for n in need if n)} to {self.soh:.0%} SOH at "
                f"{u.cycles_per_day:g} cycles/day, {u.dod:.0%} DoD, "
                f"{u.charge_rate:g}C/{u.discharge_rate:g}C")

    @property
    def active(self) -> bool:
        return self.min_years is not None or self.min_cycles is not None


def _with_years(usage: Usage, years: float) -> Usage:
    from dataclasses import replace

    return replace(usage, years=min(50.0, math.ceil(years) + 1.0))


def life_reasons(cells: Sequence[Cell], req: LifeRequirement | None) -> list[str | None]:
    """Per cell: ``None`` if it meets ``req``, else the reason key."""
    if req is None or not req.active:
        return [None] * len(cells)
    usages, no_model = _usages(cells, req)
    p = project_cells(cells, usages)
    days, fec = p.time_to(req.soh)
    # not reached within the horizon = lasts at least the horizon
    years = np.where(np.isnan(days), p.days[-1] / DAYS_PER_YEAR, days / DAYS_PER_YEAR)
    cycles = np.where(np.isnan(fec), p.fec[:, -1], fec)
    out: list[str | None] = []
    for i in range(len(cells)):
        if i in p.refused or i in no_model:
            out.append("no_life_model")
        elif (req.min_years is not None and years[i] < req.min_years) or (
                req.min_cycles is not None and cycles[i] < req.min_cycles):
            out.append("life_short")
        else:
            out.append(None)
    return out


def _usages(cells: Sequence[Cell], req: LifeRequirement) -> tuple[list[Usage], set[int]]:
    """Per cell the duty to project (with the thermal model's rise when asked) and the
    cells without a thermal model."""
    if not req.thermal:
        return [req.usage] * len(cells), set()
    from packconfig.core.errors import PackconfigError
    from packconfig.core.life.thermal import duty_rise, with_thermal_rise
    from packconfig.core.sim import cell_model

    models, where, no_model = [], [], set()
    for i, cell in enumerate(cells):
        try:
            models.append(cell_model(cell))
            where.append(i)
        except PackconfigError:
            no_model.add(i)
    rise = duty_rise(models, req.usage, req.thermal)  # once per cell, all cells at once
    usages = [req.usage] * len(cells)
    for i, r in zip(where, rise, strict=True):
        usages[i] = with_thermal_rise(req.usage, float(r), req.thermal)
    return usages, no_model
