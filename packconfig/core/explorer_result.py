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

from packconfig import display
from packconfig.core.cells import Cell
from packconfig.core.engine import RESULTS
from packconfig.core.explorer import REASONS, Requirements
from packconfig.core.money import Money, from_minor
from packconfig.core.physics import _round_sig
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

    @property
    def text(self) -> str:
        verb = "lower" if self.label.startswith("min") else "raise"
        if isinstance(self.best, Money):
            best, to = display.money(self.best, code=True), display.money(self.relax_to,
                                                                          code=True)
        else:
            kind = _kind_of(self.best)
            best, to = display.quantity(self.best, kind), display.quantity(self.relax_to, kind)
        return (f"{self.best_text} meeting everything else is {best}; "
                f"{verb} {self.label} to {to}")


def _kind_of(q: Quantity) -> str:
    for name, kind in KINDS.items():
        if name in ("dimensionless",):
            continue
        if q.is_compatible_with(kind.unit):
            return name
    return "dimensionless"


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

    def rejection_lines(self) -> list[str]:
        """``"nominal voltage too low: 1.2M candidates"`` lines, cells named for
        cell-level reasons."""
        lines = []
        for key, count in self.rejections.items():
            line = f"{REASONS[key]}: {_count(count)}"
            ids = self.excluded_cells.get(key)
            if ids:
                shown = ", ".join(ids[:5]) + (", ..." if len(ids) > 5 else "")
                line += f" ({len(ids)} cell{'s' if len(ids) != 1 else ''}: {shown})"
            lines.append(line)
        return lines

    def explanation(self) -> list[str]:
        """A short explanation: how many designs were checked and why they failed."""
        lines = [f"{self.total:,} candidate designs, {self.feasible:,} meet every "
                 f"requirement ({self.elapsed:.2f} s)"]
        if self.feasible == 0:
            if not self.rejections:
                lines.append("no cells to search")
            lines.append("Rejected (first requirement failed):")
        else:
            lines.append("Rejected:")
        lines += ["  " + line for line in self.rejection_lines()]
        if self.suggestions:
            lines.append("To get designs:")
            lines += ["  " + s.text for s in self.suggestions]
        lines += self.notes
        return lines

    def to_json(self, limit: int | None = None) -> dict[str, object]:
        rows = range(len(self) if limit is None else min(limit, len(self)))
        out_rows = []
        for i in rows:
            cid, s, p = self.design(i)
            row: dict[str, object] = {"cell": cid, "series": s, "parallel": p,
                                      "configuration": f"{s}S{p}P",
                                      "pareto": bool(self.arrays["pareto"][i])}
            price = self.price(i)
            row["price"] = None if price is None else {"amount": str(price.amount),
                                                       "currency": price.currency}
            for key, (_kind, unit, _deps) in RESULTS.items():
                q = self.quantity(key, i)
                row[key] = None if q is None else {"value": _round_sig(float(q.magnitude)),
                                                   "unit": unit}
            out_rows.append(row)
        return {
            "requirements": self.requirements.describe(),
            "objective": self.objective,
            "currency": self.currency,
            "total": self.total,
            "feasible": self.feasible,
            "evaluated": self.evaluated,
            "pareto_count": self.pareto_count,
            "elapsed_seconds": round(self.elapsed, 4),
            "rejections": {k: {"reason": REASONS[k], "candidates": v,
                               "cells": list(self.excluded_cells.get(k, ()))}
                           for k, v in self.rejections.items()},
            "suggestions": [{"requirement": s.field, "text": s.text,
                             "relax_to": _json_value(s.relax_to),
                             "best": _json_value(s.best)} for s in self.suggestions],
            "candidates": out_rows,
            "notes": list(self.notes),
        }


def _json_value(v: Quantity | Money) -> dict[str, object]:
    if isinstance(v, Money):
        return {"amount": str(v.amount), "currency": v.currency}
    return {"value": _round_sig(float(v.magnitude)), "unit": f"{v.units:~C}"}


def _count(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1e6:.1f}M"
    if n >= 10_000:
        return f"{n / 1e3:.0f}k"
    return f"{n:,}"
