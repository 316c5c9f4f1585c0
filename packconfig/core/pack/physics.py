"""Pack physics for one design, as pint quantities.

:func:`compute_pack` runs the vectorised :mod:`packconfig.core.pack.engine` on a single
(cell, S, P), so the configurator and the design-space explorer share one source of
truth. A figure that needs an unknown cell figure is ``None`` with a reason in
``PackResult.missing``, never zero or NaN.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from packconfig.core.cells import chemistry
from packconfig.core.cells.model import FIELD_LABELS, Cell
from packconfig.core.pack.engine import RESULTS, CellTable, Evaluator
from packconfig.core.pack.options import PackOptions
from packconfig.core.pack.validate import series_parallel
from packconfig.core.units import KINDS, Q_, Quantity, ureg


@dataclass(frozen=True)
class PackResult:
    """Every figure of one design. ``values[key]`` is a Quantity or ``None``."""

    cell: Cell
    series: int
    parallel: int
    options: PackOptions
    values: dict[str, Quantity | None]
    missing: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    @property
    def cell_count(self) -> int:
        return self.series * self.parallel

    @property
    def configuration(self) -> str:
        """e.g. ``"96S2P"``."""
        return f"{self.series}S{self.parallel}P"

    def __getitem__(self, key: str) -> Quantity | None:
        return self.values[key]

    def to_json(self) -> dict[str, object]:
        """The ``calc --json`` object: each quantity as ``{"value", "unit"}`` in its
        JSON unit (a string pint parses), ``null`` when not available."""
        out: dict[str, object] = {
            "cell": self.cell.id,
            "series": self.series,
            "parallel": self.parallel,
            "cell_count": self.cell_count,
            "configuration": self.configuration,
        }
        for key, (_kind, unit, _deps) in RESULTS.items():
            value = self.values[key]
            out[key] = None if value is None else {
                "value": _round_sig(float(value.to(unit).magnitude)),
                "unit": unit,
            }
        out["not_available"] = dict(self.missing)
        out["notes"] = list(self.notes)
        return out


def _round_sig(x: float, digits: int = 10) -> float:
    """Drop float noise (``51.199999999`` -> ``51.2``) while keeping 10 significant
    digits, far beyond any datasheet's precision."""
    if x == 0 or not math.isfinite(x):
        return x
    return round(x, digits - 1 - int(math.floor(math.log10(abs(x)))))


_TABLES: dict[int, tuple[Cell, CellTable]] = {}


def _table(cell: Cell) -> CellTable:
    """The one-row table of ``cell``, cached by identity: hashing a cell hashes every
    pint quantity in it, which costs more than the whole computation."""
    hit = _TABLES.get(id(cell))
    if hit is not None and hit[0] is cell:
        return hit[1]
    if len(_TABLES) > 512:
        _TABLES.clear()
    table = CellTable.from_cells([cell])
    _TABLES[id(cell)] = (cell, table)
    return table


@cache
def _from_si(kind: str, unit: str) -> tuple[float, object]:
    """Factor from the kind's SI unit to ``unit``, and the pint unit object."""
    target = ureg.Unit(unit)
    return float(Q_(1.0, KINDS[kind].si).to(target).magnitude), target


def _missing_reason(cell: Cell, deps: tuple[str, ...]) -> str:
    unknown = [FIELD_LABELS.get(d, d) for d in deps if not cell.known(d)]
    return "not available: the cell has no " + (" or ".join(unknown) or "figure for this")


def _notes(cell: Cell, options: PackOptions) -> tuple[str, ...]:
    chem = chemistry.get(cell.chemistry)
    notes = []
    for which in ("max", "min"):
        if getattr(cell, f"{which}_voltage") is None:
            default = getattr(chem, f"{which}_voltage")
            notes.append(
                f"voltage_{which} uses the {cell.chemistry} default of {default:~P} per cell: "
                f"the datasheet gives no {which} voltage"
            )
    if options.layout == "honeycomb" and not cell.is_cylindrical:
        notes.append(f"honeycomb packing applies to cylindrical cells; {cell.format} cells "
                     "are laid out square")
    return tuple(notes)


def compute_pack(
    cell: Cell, series: object, parallel: object, options: PackOptions | None = None
) -> PackResult:
    """All figures of ``series``S``parallel``P of ``cell``.

    ``series`` and ``parallel`` must be whole numbers >= 1 (see
    :mod:`packconfig.core.pack.validate`); raises :class:`InputError` otherwise.
    """
    if not isinstance(cell, Cell):
        raise TypeError(f"cell must be a Cell, got {type(cell).__name__}")
    s, p = series_parallel(series, parallel)
    opts = options or PackOptions()
    ev = Evaluator(_table(cell), np.zeros(1, np.int64), np.array([s]), np.array([p]), opts)
    values: dict[str, Quantity | None] = {}
    missing: dict[str, str] = {}
    for key, (kind, unit, deps) in RESULTS.items():
        magnitude = float(ev.get(key)[0])
        if math.isfinite(magnitude):
            factor, target = _from_si(kind, unit)
            values[key] = Q_(magnitude * factor, target)
        else:
            values[key] = None
            missing[key] = _missing_reason(cell, deps)
    return PackResult(cell, s, p, opts, values, missing, _notes(cell, opts))


@dataclass(frozen=True)
class DischargeCurve:
    """Pack open-circuit voltage against state of charge, and the usable window."""

    soc: np.ndarray  # fractions 0..1
    voltage: Quantity  # pack OCV at each soc (array, V)
    soc_min: float
    soc_max: float
    chemistry: str


def usable_window(cell: Cell, options: PackOptions | None = None) -> tuple[float, float]:
    """The usable SOC window: the options' if set, else the chemistry default."""
    chem = chemistry.get(cell.chemistry)
    opts = options or PackOptions()
    lo = chem.usable_soc_min if opts.soc_min is None else opts.soc_min
    hi = chem.usable_soc_max if opts.soc_max is None else opts.soc_max
    return lo, hi


def discharge_curve(cell: Cell, series: object, options: PackOptions | None = None,
                    points: int = 101) -> DischargeCurve:
    """``S ×`` the chemistry's OCV-vs-SOC curve (linear interpolation of the sourced
    table in resources/chemistries.toml), for the discharge plot of the window and PDF."""
    s, _p = series_parallel(series, 1)
    chem = chemistry.get(cell.chemistry)
    soc = np.linspace(0.0, 1.0, max(2, int(points)))
    lo, hi = usable_window(cell, options)
    return DischargeCurve(soc, Q_(chem.ocv(soc) * s, "V"), lo, hi, chem.key)
