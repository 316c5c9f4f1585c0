"""Load profiles: what the pack is asked to do, step by step (pack level, SI).

A :class:`Profile` is a list of :class:`Segment` s. Each segment holds per-step loads
(``kind`` 0 = current in A, 1 = power in W, 2 = C-rate in 1/h; positive discharges),
step lengths and optional step limits that end the segment early (a piecewise step
"1C until 3.0 V"). ``repeat`` profiles (constant loads, cycles run to empty) repeat their
segments until a cell limit ends the run.

Builders: :func:`constant_current`, :func:`constant_power`, :func:`steps`,
:func:`read_profile_csv` (time + power, current or speed, units in the header).
Drive cycles are built by :mod:`packconfig.core.sim.vehicle`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from packconfig.core.errors import DataFileError, InputError
from packconfig.core.fs.reading import read_limited
from packconfig.core.units import Q_, Quantity, require

CURRENT, POWER, C_RATE = 0, 1, 2
DEFAULT_DT = 1.0  # s
MAX_STEPS = 2_000_000  # steps in one profile (23 days at 1 s)
MAX_CSV_ROWS = 1_000_000
MAX_CSV_BYTES = 40_000_000
REPEAT_BLOCK = 600  # steps of a constant load simulated per block


@dataclass(frozen=True)
class StepLimits:
    """End a segment early (pack-level voltage, SOC fraction); ``None`` = no limit."""

    voltage_below: float | None = None
    voltage_above: float | None = None
    soc_below: float | None = None
    soc_above: float | None = None


@dataclass(frozen=True)
class Segment:
    kind: np.ndarray  # (N,) int: CURRENT, POWER, C_RATE
    value: np.ndarray  # (N,) A, W or 1/h at pack level
    dt: np.ndarray  # (N,) s
    distance: np.ndarray | None = None  # (N,) m per step (drive cycles)
    limits: StepLimits = field(default_factory=StepLimits)
    label: str = ""

    @property
    def steps(self) -> int:
        return int(self.dt.size)


@dataclass(frozen=True)
class Profile:
    name: str
    segments: tuple[Segment, ...]
    repeat: bool = False  # repeat until a cell limit (constant loads, run-to-empty)
    source: str = ""

    @property
    def duration(self) -> float:
        return float(sum(s.dt.sum() for s in self.segments))


def _steps(duration: float, dt: float, name: str) -> np.ndarray:
    if not (math.isfinite(duration) and duration > 0):
        raise InputError(f"{name} must be a positive time").coded("sim_positive", name=name)
    count = math.ceil(duration / dt - 1e-9)
    if count > MAX_STEPS:
        raise InputError(
            f"{name} is too long: {count:,} steps of {dt:g} s (limit {MAX_STEPS:,})"
        ).coded("sim_too_many_steps", name=name, count=count, limit=MAX_STEPS)
    dts = np.full(count, dt)
    dts[-1] = duration - dt * (count - 1)
    return dts


def _constant(kind: int, value: float, label: str, dt: float) -> Profile:
    n = REPEAT_BLOCK
    seg = Segment(np.full(n, kind), np.full(n, value), np.full(n, dt), label=label)
    return Profile(label, (seg,), repeat=True)


def constant_current(current: Quantity, dt: float = DEFAULT_DT) -> Profile:
    """A constant pack current until a cell limit (positive discharges)."""
    amps = float(require(current, "current", "current").to("A").magnitude)
    return _constant(CURRENT, amps, f"constant current {amps:g} A", dt)


def constant_power(power: Quantity, dt: float = DEFAULT_DT) -> Profile:
    """A constant pack power until a cell limit (positive discharges)."""
    watts = float(require(power, "power", "power").to("W").magnitude)
    return _constant(POWER, watts, f"constant power {watts:g} W", dt)


MODES = {
    "current": (CURRENT, "current", "A"),
    "power": (POWER, "power", "W"),
    "c_rate": (C_RATE, "rate", "1/h"),
}


def steps(spec: Sequence[dict], dt: float = DEFAULT_DT) -> Profile:
    """Piecewise steps. Each item: ``mode`` (current, power or c_rate), ``value``
    (quantity), ``duration`` (quantity) and optional limits ``voltage_below``,
    ``voltage_above`` (pack voltage quantities), ``soc_below``, ``soc_above`` (fractions).
    """
    segments = []
    for index, item in enumerate(spec, start=1):
        where = f"step {index}"
        mode = item.get("mode")
        if mode not in MODES:
            raise InputError(
                f"{where}: mode must be one of {', '.join(MODES)}, got {mode!r}"
            ).coded("sim_step_mode", at=where, got=str(mode))
        kind, qkind, unit = MODES[mode]
        value = float(require(item.get("value"), qkind, f"{where} value").to(unit).magnitude)
        duration = float(
            require(item.get("duration"), "time", f"{where} duration").to("s").magnitude
        )
        dts = _steps(duration, dt, f"{where} duration")
        lim = {}
        for key in ("voltage_below", "voltage_above"):
            if item.get(key) is not None:
                lim[key] = float(require(item[key], "voltage", f"{where} {key}").to("V").magnitude)
        for key in ("soc_below", "soc_above"):
            if item.get(key) is not None:
                frac = float(item[key])
                if not 0 <= frac <= 1:
                    raise InputError(f"{where} {key} must be a fraction 0..1, got {frac}").coded(
                        "sim_fraction", name=f"{where} {key}", got=frac
                    )
                lim[key] = frac
        segments.append(
            Segment(
                np.full(dts.size, kind),
                np.full(dts.size, value),
                dts,
                limits=StepLimits(**lim),
                label=f"{where}: {mode}",
            )
        )
    if not segments:
        raise InputError("a step profile needs at least one step").coded("sim_no_steps")
    return Profile("steps", tuple(segments))


# ---- user CSV profiles ------------------------------------------------------------------
_HEADER = re.compile(r"^\s*([A-Za-z_ ]+?)\s*[\(\[]\s*([^\)\]]+?)\s*[\)\]]\s*$")
COLUMN_KINDS = {"power": ("power", "W"), "current": ("current", "A"), "speed": ("speed", "m/s")}


def _bad(path: str, problem: str, row: int | None = None, fld: str | None = None) -> DataFileError:
    return DataFileError(path, problem, record=f"[row {row}]" if row else None, field=fld)


def _header(path: str, line: str, row: int) -> tuple[str, float, float]:
    """(column kind, time factor to s, value factor to SI) from ``time (s),power (kW)``."""
    cols = [c.strip() for c in line.split(",")]
    if len(cols) != 2:
        raise _bad(path, "the header must have two columns, e.g. 'time (s),power (kW)'", row).coded(
            "sim_csv_header"
        )
    out = []
    for position, col in enumerate(cols):
        m = _HEADER.match(col)
        if not m:
            raise _bad(
                path,
                f"column {col!r} has no unit: write e.g. 'time (s)', "
                "'power (kW)', 'current (A)' or 'speed (km/h)'",
                row,
                col or "?",
            ).coded("sim_csv_unit", column=col)
        name, unit = m.group(1).strip().lower(), m.group(2)
        if position == 0 and name != "time":
            raise _bad(path, "the first column must be 'time (unit)'", row, col).coded(
                "sim_csv_time"
            )
        if position == 1 and name not in COLUMN_KINDS:
            raise _bad(path, "the second column must be power, current or speed", row, col).coded(
                "sim_csv_column", column=col
            )
        kind, si = ("time", "s") if position == 0 else COLUMN_KINDS[name]
        try:
            factor = float(Q_(1.0, unit).to(si).magnitude)
        except Exception:  # pint raises several types for a bad or wrong unit
            raise _bad(path, f"unit {unit!r} is not {kind} unit", row, col).coded(
                "sim_csv_bad_unit", unit=unit, column=col
            ) from None
        out.append((name, factor))
    return out[1][0], out[0][1], out[1][1]


def read_profile_csv(
    path: str | Path, dt: float = DEFAULT_DT
) -> tuple[str, np.ndarray, np.ndarray]:
    """Read a profile CSV: optional ``#`` comment lines, a header ``time (s),power (kW)``
    (or current, speed) and rows of two numbers; time starts anywhere and strictly rises.
    Returns (column kind, time in s, values in SI). Every problem names the row."""
    p = str(path)
    raw = read_limited(Path(path), MAX_CSV_BYTES, "a profile CSV")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _bad(p, "not a UTF-8 text file").coded("not_utf8", doc="a profile CSV") from None
    lines = text.splitlines()
    rows = [
        (i, ln)
        for i, ln in enumerate(lines, start=1)
        if ln.strip() and not ln.lstrip().startswith("#")
    ]
    if len(rows) < 3:
        raise _bad(p, "needs a header and at least two rows").coded("sim_csv_short")
    if len(rows) - 1 > MAX_CSV_ROWS:
        raise _bad(p, f"too many rows ({len(rows) - 1:,}; limit {MAX_CSV_ROWS:,})").coded(
            "sim_csv_rows", count=len(rows) - 1, limit=MAX_CSV_ROWS
        )
    kind, tf, vf = _header(p, rows[0][1], rows[0][0])
    times = np.empty(len(rows) - 1)
    values = np.empty(len(rows) - 1)
    for k, (row, line) in enumerate(rows[1:]):
        parts = line.split(",")
        if len(parts) != 2:
            raise _bad(p, f"expected 2 fields, got {len(parts)}", row).coded(
                "sim_csv_fields", count=len(parts)
            )
        for col, (name, target) in enumerate((("time", times), (kind, values))):
            try:
                number = float(parts[col])
            except ValueError:
                raise _bad(p, f"{parts[col].strip()[:30]!r} is not a number", row, name).coded(
                    "sim_csv_number", text=parts[col].strip()[:30]
                ) from None
            if not math.isfinite(number):
                raise _bad(
                    p, f"{parts[col].strip()[:30]!r} is not a finite number", row, name
                ).coded("sim_csv_number", text=parts[col].strip()[:30])
            target[k] = number
        if k and times[k] <= times[k - 1]:
            raise _bad(
                p, f"time must rise: {times[k]:g} after {times[k - 1]:g}", row, "time"
            ).coded("sim_csv_time_order", now=f"{times[k]:g}", before=f"{times[k - 1]:g}")
    if kind == "speed" and np.any(values < 0):
        row = rows[1 + int(np.argmax(values < 0))][0]
        raise _bad(p, "speed must not be negative", row, "speed").coded("sim_csv_speed")
    span = (times[-1] - times[0]) * tf
    if span / dt > MAX_STEPS:
        raise _bad(p, f"the profile is too long ({span:,.0f} s)").coded(
            "sim_csv_long", seconds=f"{span:,.0f}"
        )
    return kind, (times - times[0]) * tf, values * vf


def resample(times: np.ndarray, values: np.ndarray, dt: float) -> tuple[np.ndarray, ...]:
    """Rows held constant until the next row (zero-order hold), cut into steps no longer
    than ``dt``: (step lengths, value per step, index of the source row per step)."""
    gaps = np.diff(times)
    pieces = np.maximum(np.ceil(gaps / dt - 1e-9).astype(np.int64), 1)
    row = np.repeat(np.arange(gaps.size), pieces)
    lengths = np.repeat(gaps / pieces, pieces)
    return lengths, values[row], row


def csv_profile(path: str | Path, dt: float = DEFAULT_DT) -> Profile:
    """A power or current CSV as a profile (speed traces go through a vehicle:
    :func:`packconfig.core.sim.vehicle.cycle_profile`)."""
    kind, times, values = read_profile_csv(path, dt)
    if kind == "speed":
        raise InputError(f"{path}: a speed trace needs a vehicle (--vehicle)").coded(
            "sim_speed_needs_vehicle", path=str(path)
        )
    lengths, vals, _row = resample(times, values, dt)
    code = POWER if kind == "power" else CURRENT
    seg = Segment(np.full(lengths.size, code), vals, lengths, label=Path(path).name)
    return Profile(Path(path).name, (seg,), source=str(path))
