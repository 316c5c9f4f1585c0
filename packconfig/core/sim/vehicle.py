"""Drive cycles through a vehicle model: speed trace → battery power per step.

Per step from speed v0 to v1 over dt (mean speed v̄, acceleration a = (v1 − v0)/dt):
wheel force F = m·a + ½·ρ·Cd·A·v̄² + m·g·c_rr (rolling only while moving), wheel power
F·v̄ (so the kinetic-energy change over the step is exact); battery power = wheel power /
η when driving, wheel power × regen_fraction × η when braking (not below
−regen_power_limit), plus the auxiliary load. ρ = 1.204 kg/m³ (dry air, 20 °C,
101.325 kPa, ideal gas), g = 9.80665 m/s² (standard gravity). Rotating inertia and grade
are not modelled. See docs/simulation.md.

Cycles ship as ``resources/cycles/<name>.csv`` (``time_s,speed_kmh`` with a ``# source:``
line). CLTC-P is not shipped: no citable trace was found (GB/T 38146.1-2019 Annex A is
not public); asking for it raises a clear error saying how to supply it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from packconfig.core.errors import DataFileError, InputError, PackconfigError
from packconfig.core.fs.reading import read_limited
from packconfig.core.fs.resources import resource_path
from packconfig.core.sim.profiles import DEFAULT_DT, POWER, Profile, Segment, read_profile_csv
from packconfig.core.units import parse_any_quantity

AIR_DENSITY = 1.204  # kg/m³
GRAVITY = 9.80665  # m/s²
CYCLES = ("wltc3b", "udds", "nedc")
CYCLE_NAMES = {"wltc3b": "WLTC class 3b", "udds": "UDDS (EPA urban)", "nedc": "NEDC"}
CYCLE_NAMES_ZH = {"wltc3b": "WLTC 3b 类工况", "udds": "UDDS（美国 EPA 城市工况）",
                  "nedc": "NEDC 工况"}


def cycle_label(key: str, language: str = "en") -> str:
    """A shipped drive cycle's name in ``language`` (``key`` itself when unknown)."""
    names = CYCLE_NAMES_ZH if language == "zh" else CYCLE_NAMES
    return names.get(key, CYCLE_NAMES.get(key, key))
MISSING_CYCLES = {"cltc-p": "CLTC-P"}


@dataclass(frozen=True)
class Vehicle:
    """A road vehicle for drive-cycle runs (SI)."""

    name: str
    mass: float  # kg, test mass
    drag_coefficient: float
    frontal_area: float  # m²
    rolling_resistance: float
    drivetrain_efficiency: float
    regen_fraction: float
    auxiliary_power: float  # W
    source: str
    regen_power_limit: float = float("inf")  # W
    id: str = ""
    confidence: str = ""
    name_zh: str = ""  # the name in Chinese (optional; else the name is shown as is)

    def label(self, language: str = "en") -> str:
        """The vehicle's name in ``language``."""
        return self.name_zh if language == "zh" and self.name_zh else self.name


#: key -> (kind or "" for a plain number, unit, low, high, low inclusive)
FIELDS = {
    "mass": ("mass", "kg", 0.0, 1e5, False),
    "drag_coefficient": ("", "", 0.0, 3.0, False),
    "frontal_area": ("area", "m**2", 0.0, 50.0, False),
    "rolling_resistance": ("", "", 0.0, 0.1, True),
    "drivetrain_efficiency": ("", "", 0.0, 1.0, False),
    "regen_fraction": ("", "", 0.0, 1.0, True),
    "auxiliary_power": ("power", "W", 0.0, 1e6, True),
}
OPTIONAL = {"regen_power_limit": ("power", "W", 0.0, 1e9, False)}


def _number(path: str, record: str, key: str, raw: object, spec: tuple) -> float:
    kind, unit, low, high, inclusive = spec
    if not isinstance(raw, (str, int, float)) or isinstance(raw, bool):
        raise DataFileError(path, f"must be text such as \"{'1500 kg' if kind else '0.3'}\"",
                            record=record, field=key).coded("needs_unit_text",
                                                            got=repr(raw)[:40])
    try:
        q = parse_any_quantity(str(raw), key)
        value = float(q.to(unit).magnitude if kind else q.to("dimensionless").magnitude)
    except PackconfigError as exc:
        raise DataFileError.wrapping(path, exc, record=record, field=key) from None
    except Exception:  # pint: wrong dimension
        raise DataFileError(path, f"{raw!r} is not {kind or 'a plain number'}",
                            record=record, field=key).coded("sim_vehicle_kind", got=str(raw),
                                                            kind=kind or "1") from None
    ok = (low <= value if inclusive else low < value) and value <= high
    if not ok:
        bound = f">= {low:g}" if inclusive else f"> {low:g}"
        raise DataFileError(path, f"must be {bound} and <= {high:g} {unit}, got {raw!r}",
                            record=record, field=key).coded(
            "sim_vehicle_range", got=str(raw), low=f"{low:g}", high=f"{high:g}", unit=unit)
    return value


def parse_vehicle(raw: dict, path: str, record: str = "[vehicle]") -> Vehicle:
    """Validate one vehicle table (module docstring lists the fields)."""
    allowed = set(FIELDS) | set(OPTIONAL) | {"name", "name_zh", "source", "id", "confidence"}
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise DataFileError(path, "unknown field", record=record, field=unknown[0]).coded(
            "unknown_field")
    values = {}
    for key, spec in FIELDS.items():
        if key not in raw:
            raise DataFileError(path, "required field is missing", record=record, field=key
                                ).coded("required_missing")
        values[key] = _number(path, record, key, raw[key], spec)
    for key, spec in OPTIONAL.items():
        if key in raw:
            values[key] = _number(path, record, key, raw[key], spec)
    for key in ("name", "source"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise DataFileError(path, "required text is missing", record=record, field=key
                                ).coded("required_missing")
    return Vehicle(name=raw["name"].strip(), source=raw["source"].strip(),
                   id=str(raw.get("id", "")), confidence=str(raw.get("confidence", "")),
                   name_zh=str(raw.get("name_zh", "")).strip(), **values)


def _parse_file_text(text: str, path: str) -> list[Vehicle]:
    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, ValueError, RecursionError) as exc:
        raise DataFileError(path, f"not valid TOML ({exc})").coded("invalid_toml",
                                                                   detail=str(exc)) from None
    entries = data.get("vehicle")
    if entries is None:
        return [parse_vehicle(data, path)]
    if not isinstance(entries, list) or not entries:
        raise DataFileError(path, "no vehicle found").coded("sim_no_vehicle")
    return [parse_vehicle(e, path, f"[vehicle #{i}]") if isinstance(e, dict) else
            _not_table(path, i) for i, e in enumerate(entries, start=1)]


def _not_table(path: str, index: int) -> Vehicle:
    raise DataFileError(path, "each [[vehicle]] must be a table", record=f"[vehicle #{index}]"
                        ).coded("expected_object")


@lru_cache(maxsize=1)
def presets() -> dict[str, Vehicle]:
    """The shipped vehicle presets by id."""
    path = resource_path("vehicles.toml")
    return {v.id: v for v in _parse_file_text(path.read_text(encoding="utf-8"), str(path))}


def load_vehicle(text: str) -> Vehicle:
    """A preset id, or the path of a user vehicle TOML file."""
    found = presets().get(text)
    if found is not None:
        return found
    p = Path(text)
    if p.suffix.lower() != ".toml":
        raise InputError(f"unknown vehicle {text!r}; presets: {', '.join(presets())}, or "
                         "give a .toml vehicle file").coded(
            "sim_unknown_vehicle", got=text, known=list(presets()))
    raw = read_limited(p, 1_000_000, "a vehicle file")
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DataFileError(p, "not a UTF-8 text file").coded("not_utf8",
                                                              doc="a vehicle file") from None
    return _parse_file_text(body, str(p))[0]


class CycleMissing(InputError):
    """A standard cycle packconfig cannot ship (no citable source)."""


def cycle_trace(name: str) -> tuple[np.ndarray, np.ndarray, str]:
    """(time s, speed m/s, source) of a shipped cycle."""
    key = name.lower()
    if key in MISSING_CYCLES:
        raise CycleMissing(
            f"{MISSING_CYCLES[key]} is not shipped: its official speed trace (GB/T "
            "38146.1-2019, Annex A) is not public and no citable copy was found. If you "
            "have the standard, save the trace as a CSV with the header 'time (s),speed "
            "(km/h)' and run it as a profile with a vehicle (--profile FILE.csv --vehicle "
            "...)").coded("sim_cltc_missing", cycle=MISSING_CYCLES[key])
    if key not in CYCLES:
        raise InputError(f"unknown cycle {name!r}; known: {', '.join(CYCLES)}").coded(
            "sim_unknown_cycle", got=name, known=list(CYCLES))
    return _cycle(key)


@lru_cache(maxsize=8)
def _cycle(key: str) -> tuple[np.ndarray, np.ndarray, str]:
    path = resource_path(f"cycles/{key}.csv")
    lines = path.read_text(encoding="utf-8").splitlines()
    source = next((ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("# source")),
                  "")
    data = np.array([[float(x) for x in ln.split(",")] for ln in lines
                     if ln and ln[0].isdigit()])
    return data[:, 0], data[:, 1] / 3.6, source


def battery_power(vehicle: Vehicle, times: np.ndarray, speed: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(step lengths s, battery power W per step, distance m per step) of a speed trace."""
    dt = np.diff(times)
    v0, v1 = speed[:-1], speed[1:]
    vbar = 0.5 * (v0 + v1)
    accel = (v1 - v0) / dt
    m = vehicle.mass
    force = (m * accel + 0.5 * AIR_DENSITY * vehicle.drag_coefficient * vehicle.frontal_area
             * vbar * vbar + m * GRAVITY * vehicle.rolling_resistance * (vbar > 0))
    wheel = force * vbar
    eta = vehicle.drivetrain_efficiency
    battery = np.where(wheel > 0, wheel / eta, wheel * vehicle.regen_fraction * eta)
    battery = np.maximum(battery, -vehicle.regen_power_limit) + vehicle.auxiliary_power
    return dt, battery, vbar * dt


def trace_profile(vehicle: Vehicle, times: np.ndarray, speed: np.ndarray, name: str,
                  source: str, repeat: bool, dt: float = DEFAULT_DT) -> Profile:
    """A speed trace through ``vehicle`` as a power profile (with distances)."""
    if np.any(np.diff(times) > dt * (1 + 1e-9)):
        fine = np.arange(0.0, times[-1] + 1e-9, dt)
        if fine[-1] < times[-1]:
            fine = np.append(fine, times[-1])
        speed = np.interp(fine, times, speed)
        times = fine
    lengths, power, dist = battery_power(vehicle, times, speed)
    seg = Segment(np.full(lengths.size, POWER), power, lengths, distance=dist, label=name)
    return Profile(name, (seg,), repeat=repeat, source=source)


def cycle_profile(name: str, vehicle: Vehicle, repeat: bool = False) -> Profile:
    """A shipped drive cycle through ``vehicle``; ``repeat`` runs it until empty."""
    times, speed, source = cycle_trace(name)
    return trace_profile(vehicle, times, speed, CYCLE_NAMES[name.lower()], source, repeat)


def speed_csv_profile(path: str | Path, vehicle: Vehicle, repeat: bool = False) -> Profile:
    """A user speed trace (``time (s),speed (km/h)``) through ``vehicle``."""
    kind, times, values = read_profile_csv(path)
    if kind != "speed":
        raise InputError(f"{path}: expected a speed column for a vehicle run").coded(
            "sim_expected_speed", path=str(path))
    return trace_profile(vehicle, times, values, Path(path).name, str(path), repeat)
