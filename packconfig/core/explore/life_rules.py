"""The explorer's lifetime requirement (issue 17): "at least N years / N cycles to Y %
SOH at this duty".

The duty is given per cell (C-rates, DoD, cycles per day, temperature), so a cell's
projection does not depend on S or P: the rule is checked once per cell, vectorised
across the catalog (:func:`packconfig.core.life.project.project_cells`), and a failing
cell is rejected whole, like the other cell-level reasons. Reasons:

* ``no_life_model``: no projection possible (no ageing model for the chemistry, or no
  usable datasheet rating);
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
    "no_life_model": "no lifetime projection (no ageing model or datasheet rating)",
    "life_short": "lifetime too short at the duty",
}


@dataclass(frozen=True)
class LifeRequirement:
    min_years: float | None = None
    min_cycles: float | None = None  # full equivalent cycles
    soh: float = 0.8
    usage: Usage = field(default_factory=Usage)

    def __post_init__(self) -> None:
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
    p = project_cells(cells, req.usage)
    days, fec = p.time_to(req.soh)
    # not reached within the horizon = lasts at least the horizon
    years = np.where(np.isnan(days), p.days[-1] / DAYS_PER_YEAR, days / DAYS_PER_YEAR)
    cycles = np.where(np.isnan(fec), p.fec[:, -1], fec)
    out: list[str | None] = []
    for i in range(len(cells)):
        if i in p.refused:
            out.append("no_life_model")
        elif (req.min_years is not None and years[i] < req.min_years) or (
                req.min_cycles is not None and cycles[i] < req.min_cycles):
            out.append("life_short")
        else:
            out.append(None)
    return out
