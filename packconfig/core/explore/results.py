"""The result of a design-space search: candidates, Pareto flags, rejection counts and
suggestions. Qt-free; the CLI and the Explorer tab both read it.

Candidate figures are kept as SI float64 arrays (``arrays[key]``, NaN = unknown) so a
table model can read thousands of rows cheaply; :meth:`SearchResult.candidate` wraps
one row as quantities and Money.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np

from packconfig.core.cells.model import Cell
from packconfig.core.explore.requirements import Requirements
from packconfig.core.money import Money, from_minor
from packconfig.core.pack.engine import RESULTS
from packconfig.core.units import KINDS, Q_, Quantity, ureg

#: Figures kept for every returned candidate (beyond cell, S, P and price).
FIGURE_KEYS = tuple(RESULTS)


@dataclass(frozen=True)
class Candidate:
    """One feasible design as quantities (``None`` = not available)."""

    cell: Cell
    series: int
    parallel: int
    values: dict[str, Quantity | None]
    price: Money | None
    price_per_kwh: Money | None
    pareto: bool

    @property
    def cell_id(self) -> str:
        return self.cell.id

    @property
    def configuration(self) -> str:
        return f"{self.series}S{self.parallel}P"

    def __getitem__(self, key: str) -> Quantity | None:
        return self.values[key]


@dataclass(frozen=True)
class Suggestion:
    """Relaxing one requirement alone would give designs: which, and to what value."""

    field: str  # Requirements field
    label: str  # "max mass"
    best: Quantity | Money  # best value among designs meeting everything else
    relax_to: Quantity | Money  # the suggested new limit (rounded outwards)
    best_text: str  # "the lightest design"
    rejected: int  # candidates this requirement rejected (first-failing count)
    miss: float  # relative miss |best - limit| / limit, for ranking


@dataclass
class SearchResult:
    """Everything a search found. ``arrays`` hold the returned candidates, sorted by
    the objective: ``cell_index``, ``series``, ``parallel`` (int64), ``pareto`` (bool),
    ``price_minor`` (int64, -1 = unknown), ``price_per_kwh`` (float, currency/kWh) and
    every ``engine.RESULTS`` key as SI float64."""

    requirements: Requirements
    objective: str
    currency: str | None
    cells: tuple[Cell, ...]
    arrays: dict[str, np.ndarray]
    total: int  # candidates in the design space (cells × S range × P range)
    feasible: int  # candidates meeting every requirement
    evaluated: int  # candidates actually run through the vectorised engine
    rejections: dict[str, int]  # reason key -> candidates, in checking order
    excluded_cells: dict[str, tuple[str, ...]]  # cell-level reason -> cell ids
    suggestions: tuple[Suggestion, ...] = ()
    elapsed: float = 0.0
    notes: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.arrays["series"])

    @property
    def pareto_count(self) -> int:
        return int(self.arrays["pareto"].sum())

    def price(self, row: int) -> Money | None:
        minor = int(self.arrays["price_minor"][row])
        return None if minor < 0 or self.currency is None else from_minor(minor,
                                                                          self.currency)

    def design(self, row: int) -> tuple[str, int, int]:
        """(cell id, S, P) of returned row ``row``."""
        a = self.arrays
        return (self.cells[int(a["cell_index"][row])].id, int(a["series"][row]),
                int(a["parallel"][row]))

    def quantity(self, key: str, row: int) -> Quantity | None:
        value = float(self.arrays[key][row])
        if not math.isfinite(value):
            return None
        kind, unit, _deps = RESULTS[key]
        return Q_(value, KINDS[kind].si).to(ureg.Unit(unit))

    def candidate(self, row: int) -> Candidate:
        a = self.arrays
        ppk = float(a["price_per_kwh"][row])
        per_kwh = None
        if self.currency is not None and math.isfinite(ppk):
            per_kwh = Money(Decimal(str(round(ppk, 2))), self.currency)
        return Candidate(self.cells[int(a["cell_index"][row])], int(a["series"][row]),
                         int(a["parallel"][row]),
                         {k: self.quantity(k, row) for k in FIGURE_KEYS}, self.price(row),
                         per_kwh, bool(a["pareto"][row]))

    @property
    def candidates(self) -> list[Candidate]:
        return [self.candidate(i) for i in range(len(self))]

    @property
    def rejected(self) -> int:
        return sum(self.rejections.values())
