"""Pack physics for one design, as pint quantities.

:func:`compute_pack` runs the vectorised :mod:`packconfig.core.pack.engine` on a single
(cell, S, P), so the configurator and the design-space explorer share one source of
truth. A figure that needs an unknown cell figure is ``None`` with a reason in
``PackResult.missing``, never zero or NaN.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

import numpy as np

from packconfig.core.cells import chemistry
from packconfig.core.cells.model import FIELD_LABELS, Cell
from packconfig.core.errors import InputError
from packconfig.core.pack.bom import Bom, build_bom, precharge
from packconfig.core.pack.components import ComponentTable
from packconfig.core.pack.engine import MODULE_RESULTS, RESULTS, CellTable, Evaluator
from packconfig.core.pack.hardware import JUNCTION_PARTS
from packconfig.core.pack.modules import check_split
from packconfig.core.pack.options import PackOptions
from packconfig.core.pack.validate import series_parallel
from packconfig.core.units import KINDS, Q_, Quantity, ureg


@dataclass(frozen=True)
class ModuleSummary:
    """The module split and the pack's hardware summary of one design."""

    module_series: int
    module_parallel: int
    module_count: int
    strings: int
    arrangement: tuple[int, int, int]
    cell_to_pack: bool
    suggested: bool  # the split was suggested, not given
    within_limits: bool  # the suggestion meets the voltage and mass limits
    values: dict[str, Quantity | None]
    junction_box: dict[str, Any]
    fits: bool = True

    @property
    def configuration(self) -> str:
        return f"{self.module_series}S{self.module_parallel}P"

    def __getitem__(self, key: str) -> Quantity | None:
        return self.values[key]

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "module_count": self.module_count, "module_series": self.module_series,
            "module_parallel": self.module_parallel, "strings": self.strings,
            "arrangement": {"rows": self.arrangement[0], "columns": self.arrangement[1],
                            "layers": self.arrangement[2]},
            "cell_to_pack": self.cell_to_pack,
        }
        for key, (_kind, unit) in MODULE_RESULTS.items():
            out[key] = _json_quantity(self.values.get(key), unit)
        out["junction_box"] = {k: (_json_quantity(v, _JB_UNITS.get(k, "")) if isinstance(
            v, Quantity) else v) for k, v in self.junction_box.items()}
        return out


_JB_UNITS = {"mass": "kg", "contactor_current": "A", "contactor_voltage": "V",
             "fuse_current": "A", "fuse_voltage_min": "V", "precharge_resistance": "ohm",
             "precharge_energy": "J", "precharge_peak_current": "A", "current": "A"}


_RATING_UNITS = {"voltage": "V", "charge": "A*h", "current": "A", "area": "mm**2",
                 "resistance": "ohm", "energy": "J", "mass": "kg"}


def _json_quantity(q: Quantity | None, unit: str) -> dict[str, object] | None:
    if q is None:
        return None
    return {"value": _round_sig(float(q.to(unit).magnitude)), "unit": unit}


def bom_json(bom: Bom) -> list[dict[str, object]]:
    """The BOM lines as JSON objects (costs as decimal text, masses in kg)."""
    rows = []
    for line in bom.lines:
        rows.append({
            "item": line.item, "part_no": line.part_no, "part": line.key,
            "description": line.label, "quantity": _round_sig(line.quantity),
            "total_quantity": _round_sig(line.total_quantity),
            "rating": [{"label": label, **(_json_quantity(q, _RATING_UNITS[kind]) or {})}
                       for label, kind, q in line.rating],
            "unit_mass_kg": _round_sig(line.unit_mass),
            "unit_cost": None if line.unit_cost is None else str(line.unit_cost),
            "currency": line.currency, "source": line.source,
            "assembly": line.assembly,
        })
    return rows


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
    modules: ModuleSummary | None = None
    evaluator: Any = field(default=None, repr=False, compare=False)

    @cached_property
    def bom(self) -> Bom:
        """The bill of materials (built on first use: it is not on the edit path)."""
        return build_bom(self.evaluator, 0, self.cell)

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
        if self.modules is not None:
            out.update(self.modules.to_json())
            out["ratios"] = {k: _round_sig(v) for k, v in self.bom.ratios.items()
                             if math.isfinite(v)}
            out["bom"] = bom_json(self.bom)
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
    cell: Cell, series: object, parallel: object, options: PackOptions | None = None,
    components: ComponentTable | None = None,
) -> PackResult:
    """All figures of ``series``S``parallel``P of ``cell``.

    ``series`` and ``parallel`` must be whole numbers >= 1 (see
    :mod:`packconfig.core.pack.validate`); raises :class:`InputError` otherwise.
    """
    if not isinstance(cell, Cell):
        raise TypeError(f"cell must be a Cell, got {type(cell).__name__}")
    s, p = series_parallel(series, parallel)
    opts = options or PackOptions()
    arch = opts.architecture
    if arch.explicit_split and not arch.cell_to_pack:
        check_split(s, p, arch.module_series or s, arch.module_parallel or p)
    ev = Evaluator(_table(cell), np.zeros(1, np.int64), np.array([s]), np.array([p]), opts,
                   components=components)
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
    summary = _summary(ev, cell)
    notes = _notes(cell, opts) + _module_notes(summary, opts)
    return PackResult(cell, s, p, opts, values, missing, notes, summary, ev)


def _summary(ev: Evaluator, cell: Cell) -> ModuleSummary:
    arch = ev.o.architecture
    ms, mp, ok = (a[0] for a in ev.get("split"))
    pack = ev.get("pack")
    n_mod = int(pack["module_count"][0])
    rows, cols, layers = (int(pack[k][0]) for k in ("rows", "cols", "layers"))
    if arch.arrangement is not None and rows * cols * layers < n_mod:
        raise InputError(f"the arrangement {rows}x{cols}x{layers} holds {rows * cols * layers} "
                         f"modules, the design has {n_mod}").coded(
            "arrangement_too_small", arrangement=f"{rows}x{cols}x{layers}",
            slots=rows * cols * layers, modules=n_mod)
    values: dict[str, Quantity | None] = {}
    for key, (kind, unit) in MODULE_RESULTS.items():
        magnitude = float(ev.get(key)[0])
        if math.isfinite(magnitude):
            factor, target = _from_si(kind, unit)
            values[key] = Q_(magnitude * factor, target)
        else:
            values[key] = None
    return ModuleSummary(int(ms), int(mp), n_mod, int(pack["strings"][0]), (rows, cols, layers),
                         arch.cell_to_pack, not arch.explicit_split, bool(ok), values,
                         junction_box(ev), bool(pack["fits"][0]))


def junction_box(ev: Evaluator, row: int = 0) -> dict[str, Any]:
    """Main contactors, fuse, pre-charge and current sensor of design ``row``."""
    pack = ev.get("pack")
    count = {k: int(pack[f"{k}:count"][row]) for k in JUNCTION_PARTS}
    mass = math.fsum(pack[f"{k}:count"][row] * pack[f"{k}:unit"][row] for k in JUNCTION_PARTS)
    choice = int(pack["contactor_choice"][row])
    contactor = ev.components.contactors[choice] if choice >= 0 else None
    pre = precharge(ev, row)
    return {
        "main_contactors": count["main_contactor"],
        "contactor": contactor.name if contactor else None,
        "contactor_current": Q_(contactor.current_a, "A") if contactor else None,
        "contactor_voltage": Q_(contactor.voltage_v, "V") if contactor else None,
        "contactor_ok": bool(pack["contactor_ok"][row]),
        "fuse_current": Q_(float(pack["fuse_rating"][row]), "A"),
        "fuse_voltage_min": Q_(float(pack["voltage_max"][row]), "V"),
        "precharge": count["precharge_resistor"] > 0,
        "precharge_resistance": pre["resistance"],
        "precharge_energy": pre["energy"],
        "precharge_peak_current": pre["peak_current"],
        "current_sensor": count["current_sensor"] > 0,
        "current": Q_(float(pack["current"][row]), "A"),
        "service_disconnect": count["service_disconnect"] > 0,
        "mass": Q_(mass, "kg"),
    }


def _module_notes(summary: ModuleSummary, options: PackOptions) -> tuple[str, ...]:
    if summary.cell_to_pack:
        return ("cell-to-pack: no modules; the cells sit directly in the pack",)
    if not summary.suggested:
        return ()
    text = (f"module split {summary.configuration} x {summary.module_count} is the first "
            "suggested split (no --module-series/--module-parallel given)")
    if not summary.within_limits:
        text += "; no split meets the module voltage and mass limits"
    return (text,)


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
