"""Per-chemistry ECM and thermal defaults from ``resources/ecm.toml``.

Each figure comes with its source and confidence (:class:`Sourced`). The file is read
once; a malformed file raises :class:`DataFileError` naming the table and field.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from packconfig.core.errors import DataFileError, InputError
from packconfig.core.fs.resources import resource_path
from packconfig.core.units import Q_, parse_any_quantity

T_REF_C = 25.0
GAS_CONSTANT = 8.314462618  # J/(mol·K), CODATA 2018 (exact since the 2019 SI)


@dataclass(frozen=True)
class Sourced:
    """A value (SI float, or a tuple of arrays for tables) with its source."""

    value: object
    source: str
    confidence: str


@dataclass(frozen=True)
class RCDefault:
    resistance_ratio: float  # Rk / R0 at 25 °C, 50 % SOC
    time_constant: float  # s
    source: str
    confidence: str


@dataclass(frozen=True)
class ChemistryECM:
    """The defaults of one chemistry (SI units)."""

    key: str
    r0_capacity_product: Sourced  # Ω·C
    r0_soc: Sourced  # (soc points, factors)
    rc: tuple[RCDefault, ...]
    activation_energy: Sourced  # J/mol
    activation_energy_rc: Sourced  # J/mol
    capacity_temperature: Sourced  # (°C points, factors)
    specific_heat: Sourced  # J/(kg·K)
    temperature_charge: Sourced  # (low °C, high °C)
    temperature_discharge: Sourced  # (low °C, high °C)
    charge_derating: Sourced | None  # (from °C, to °C, factor) arrays


@dataclass(frozen=True)
class ECMData:
    soc_grid: np.ndarray
    temperature_grid: np.ndarray  # K
    dc_ac_note: str
    dc_pulse: float  # s
    chemistries: dict[str, ChemistryECM]
    cooling: dict[str, Sourced]  # thermal option -> h, W/(m²·K)
    charger_efficiency: Sourced
    cutoff_c_rate: Sourced


_RANGE = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)\s*(?:°?C)?\s*(?:to|\.\.|–|~|-)\s*"
                    r"([-+]?\d+(?:\.\d+)?)\s*(?:°?C)?\s*$")


def parse_temperature_range(text: str) -> tuple[float, float] | None:
    """``"0 to 45"`` (°C, as cell files write it) as (low, high) °C; ``None`` if the text
    is not such a range."""
    match = _RANGE.match(text or "")
    if not match:
        return None
    low, high = float(match.group(1)), float(match.group(2))
    return (low, high) if low < high else None


class _Reader:
    def __init__(self, path: str):
        self.path = path

    def fail(self, record: str, problem: str, field: str | None = None) -> DataFileError:
        return DataFileError(self.path, problem, record=record, field=field)

    def table(self, raw: dict, key: str, record: str) -> dict:
        value = raw.get(key)
        if not isinstance(value, dict):
            raise self.fail(record, "missing or not a table", key)
        for name in ("source", "confidence"):
            if not isinstance(value.get(name), str) or not value[name].strip():
                raise self.fail(record, f"{name} missing", key)
        return value

    def quantity(self, raw: dict, key: str, record: str, unit: str) -> Sourced:
        t = self.table(raw, key, record)
        try:
            q = parse_any_quantity(str(t.get("value")), key)
            value = float(q.to(unit).magnitude)
        except (InputError, Exception) as exc:  # pint raises several types
            raise self.fail(record, f"not a quantity in {unit} ({exc})", key) from None
        return Sourced(value, t["source"], t["confidence"])

    def curve(self, raw: dict, key: str, record: str, x: str) -> Sourced:
        t = self.table(raw, key, record)
        xs = np.asarray(t.get(x, []), dtype=float)
        ys = np.asarray(t.get("factor", []), dtype=float)
        if xs.size < 1 or xs.shape != ys.shape or np.any(np.diff(xs) <= 0) or np.any(ys <= 0):
            raise self.fail(record, f"{x}/factor malformed", key)
        return Sourced((xs, ys), t["source"], t["confidence"])

    def window(self, raw: dict, key: str, record: str) -> Sourced:
        t = self.table(raw, key, record)
        rng = parse_temperature_range(str(t.get("value", "")))
        if rng is None:
            raise self.fail(record, "not a range such as '0 to 45'", key)
        return Sourced(rng, t["source"], t["confidence"])


def _chemistry(reader: _Reader, key: str, raw: dict) -> ChemistryECM:
    record = f"[chemistry.{key}]"
    rcs = []
    for i, pair in enumerate(raw.get("rc", [])):
        try:
            ratio = float(pair["resistance_ratio"])
            tau = float(parse_any_quantity(str(pair["time_constant"]), "time_constant")
                        .to("s").magnitude)
            rcs.append(RCDefault(ratio, tau, str(pair["source"]), str(pair["confidence"])))
        except Exception as exc:  # a malformed pair: name it
            raise reader.fail(record, f"rc pair {i + 1} malformed ({exc})", "rc") from None
        if not (ratio >= 0 and tau > 0):
            raise reader.fail(record, f"rc pair {i + 1} must have ratio >= 0, tau > 0", "rc")
    derating = None
    if "charge_derating" in raw:
        t = reader.table(raw, "charge_derating", record)
        arrays = tuple(np.asarray(t.get(k, []), dtype=float) for k in ("from_c", "to_c",
                                                                       "factor"))
        if len({a.size for a in arrays}) != 1 or np.any(arrays[0] >= arrays[1]):
            raise reader.fail(record, "from_c/to_c/factor malformed", "charge_derating")
        derating = Sourced(arrays, t["source"], t["confidence"])
    return ChemistryECM(
        key=key,
        r0_capacity_product=reader.quantity(raw, "r0_capacity_product", record, "ohm*C"),
        r0_soc=reader.curve(raw, "r0_soc", record, "soc"),
        rc=tuple(rcs),
        activation_energy=reader.quantity(raw, "activation_energy", record, "J/mol"),
        activation_energy_rc=reader.quantity(raw, "activation_energy_rc", record, "J/mol"),
        capacity_temperature=reader.curve(raw, "capacity_temperature", record,
                                          "temperature_c"),
        specific_heat=reader.quantity(raw, "specific_heat", record, "J/kg/K"),
        temperature_charge=reader.window(raw, "temperature_charge", record),
        temperature_discharge=reader.window(raw, "temperature_discharge", record),
        charge_derating=derating,
    )


@lru_cache(maxsize=1)
def ecm_data() -> ECMData:
    """The shipped ECM defaults (read once)."""
    path = resource_path("ecm.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(path, f"cannot read ECM data ({exc})") from None
    reader = _Reader(str(path))
    grid = data.get("grid", {})
    soc = np.asarray(grid.get("soc", []), dtype=float)
    temp_c = np.asarray(grid.get("temperature_c", []), dtype=float)
    if soc.size < 2 or soc[0] != 0 or soc[-1] != 1 or np.any(np.diff(soc) <= 0):
        raise reader.fail("[grid]", "soc must rise from 0 to 1", "soc")
    if temp_c.size < 2 or np.any(np.diff(temp_c) <= 0):
        raise reader.fail("[grid]", "temperature_c must rise", "temperature_c")
    dc_ac = data.get("dc_ac", {})
    cooling = {}
    for option, raw in data.get("cooling", {}).items():
        cooling[option] = reader.quantity(raw, "h", f"[cooling.{option}]", "W/m**2/K")
    charging = data.get("charging", {})
    eff = reader.table(charging, "charger_efficiency", "[charging]")
    cut = reader.table(charging, "cutoff_current_c_rate", "[charging]")
    return ECMData(
        soc_grid=soc,
        temperature_grid=temp_c + 273.15,
        dc_ac_note=str(dc_ac.get("note", "")),
        dc_pulse=float(Q_(str(dc_ac.get("pulse", "10 s"))).to("s").magnitude),
        chemistries={key: _chemistry(reader, key, raw)
                     for key, raw in data.get("chemistry", {}).items()},
        cooling=cooling,
        charger_efficiency=Sourced(float(eff["value"]), eff["source"], eff["confidence"]),
        cutoff_c_rate=Sourced(float(cut["value"]), cut["source"], cut["confidence"]),
    )


def chemistry_ecm(key: str) -> ChemistryECM:
    """The defaults of chemistry ``key``; every chemistry of chemistries.toml has them."""
    found = ecm_data().chemistries.get(key)
    if found is None:
        raise InputError(f"no ECM defaults for chemistry {key!r}")
    return found
