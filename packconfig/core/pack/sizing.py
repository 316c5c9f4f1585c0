"""Sizing helpers: suggest S for a target voltage and P for a target capacity, energy
or current. Qt-free; every argument is unit-checked with :func:`require`.

* ``S = max(1, round(V_target / V_cell_nominal))`` — the nearest series count;
* ``P = max(1, ceil(target / per_parallel))`` — the smallest P that meets the target,
  where ``per_parallel`` is the cell capacity, ``S × cell energy`` or the cell's maximum
  continuous discharge current.
"""

from __future__ import annotations

import math

from packconfig.core.cells.model import Cell
from packconfig.core.errors import InputError, UnitError
from packconfig.core.pack.validate import MAX_PARALLEL, MAX_SERIES
from packconfig.core.units import Quantity, describe, parse_any_quantity, require

#: Relative tolerance so that float noise (e.g. 30.000000001 / 15) does not add a cell.
_EPS = 1e-9
TARGET_KINDS = ("charge", "energy", "current")


def _positive(value: Quantity, kind: str, name: str) -> float:
    q = require(value, kind, name)
    magnitude = float(q.to_base_units().magnitude)
    if not math.isfinite(magnitude):  # finite as typed, infinite in SI (1e308 kV)
        raise UnitError(f"{name} must be a finite number, got {describe(q)}").coded(
            "not_finite", name=name, got=describe(q))
    if not magnitude > 0:
        raise InputError(f"{name} must be greater than zero, got {q:~P}")
    return magnitude


def _ceil(ratio: float) -> int:
    return max(1, math.ceil(ratio * (1 - _EPS)))


def _bounded(value: int, name: str, maximum: int) -> int:
    if value > maximum:
        raise InputError(f"the target needs {name} {value}, beyond the supported {maximum}")
    return value


def suggest_series(cell: Cell, target_voltage: Quantity) -> int:
    """The series count whose nominal voltage is nearest ``target_voltage``."""
    target = _positive(target_voltage, "voltage", "target voltage")
    cell_v = _positive(cell.nominal_voltage, "voltage", "cell nominal voltage")
    return _bounded(max(1, round(target / cell_v)), "series", MAX_SERIES)


def target_kind(target: Quantity) -> str:
    """Which of "charge", "energy", "current" ``target`` is; raises otherwise."""
    for kind in TARGET_KINDS:
        try:
            require(target, kind, "target")
        except InputError:
            continue
        return kind
    got = describe(target)
    raise InputError(f"a parallel target must be a capacity (A·h), an energy (Wh) or a "
                     f"current (A), got {got}").coded("target_kind", got=got)


def parse_parallel_target(text: str, name: str = "target for P") -> Quantity:
    """User text for :func:`suggest_parallel` ("100 Ah", "5 kWh", "150 A"): a capacity,
    an energy or a current, parsed with :func:`parse_any_quantity`'s guards."""
    target = parse_any_quantity(text, name)
    target_kind(target)
    return target


def suggest_parallel(cell: Cell, series: int, target: Quantity) -> int:
    """The smallest P meeting ``target``: a capacity, an energy (at ``series``) or a
    continuous discharge current. Raises :class:`InputError` if the cell lacks the
    figure (e.g. no maximum current)."""
    if isinstance(series, bool) or not isinstance(series, int) or series < 1:
        raise InputError(f"series must be a whole number of at least 1, got {series!r}")
    kind = target_kind(target)
    if kind == "charge":
        need = _positive(target, "charge", "target capacity")
        per = _positive(cell.capacity, "charge", "cell capacity")
    elif kind == "energy":
        need = _positive(target, "energy", "target energy")
        per = series * _positive(cell.energy, "energy", "cell energy")
    else:
        need = _positive(target, "current", "target current")
        if cell.max_continuous_discharge is None:
            raise InputError(f"{cell.id} has no maximum continuous discharge current; "
                             "P cannot be sized for a current")
        per = _positive(cell.max_continuous_discharge, "current", "cell maximum current")
    return _bounded(_ceil(need / per), "parallel", MAX_PARALLEL)
