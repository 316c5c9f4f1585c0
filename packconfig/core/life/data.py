"""The sourced ageing constants (``resources/ageing.toml``), loaded once.

Each constant is a table ``{value, unit, source, confidence}``; the loader refuses a
constant without a source or confidence, so no unsourced number reaches a projection.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from packconfig.core.errors import DataFileError
from packconfig.core.fs.resources import resource_path

CONFIDENCES = ("high", "medium", "medium-high", "medium-low", "low")


@dataclass(frozen=True)
class Constant:
    value: float
    unit: str
    source: str
    confidence: str


@dataclass(frozen=True)
class Range:
    low: float
    high: float
    source: str


@dataclass(frozen=True)
class Family:
    """One published model: its constants, validity ranges and citation."""

    key: str
    name: str
    name_zh: str
    sources: str
    chemistries: tuple[str, ...]
    constants: dict[str, Constant]
    temperature_c: Range
    dod: Range
    charge_rate: Range
    discharge_rate: Range

    def c(self, name: str) -> float:
        return self.constants[name].value


@dataclass(frozen=True)
class AgeingData:
    general: dict[str, Constant]
    warranty: dict[str, Constant]
    families: dict[str, Family]
    refused: dict[str, str]  # chemistry key -> why no projection

    def family_for(self, chemistry: str) -> Family | None:
        for family in self.families.values():
            if chemistry in family.chemistries:
                return family
        return None


def _constant(path: str, where: str, name: str, raw: object) -> Constant:
    if not isinstance(raw, dict):
        raise DataFileError(path, "must be a table {value, unit, source, confidence}",
                            record=where, field=name)
    value, source, conf = raw.get("value"), raw.get("source"), raw.get("confidence")
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(
            value):
        raise DataFileError(path, "value must be a finite number", record=where, field=name)
    if not isinstance(source, str) or not source.strip():
        raise DataFileError(path, "every constant needs a source", record=where, field=name)
    if conf not in CONFIDENCES:
        raise DataFileError(path, f"confidence must be one of {CONFIDENCES}", record=where,
                            field=name)
    return Constant(float(value), str(raw.get("unit", "")), source, conf)


def _range(path: str, where: str, name: str, raw: object) -> Range:
    if not isinstance(raw, dict) or not all(
            isinstance(raw.get(k), (int, float)) for k in ("min", "max")):
        raise DataFileError(path, "must be a table {min, max, source}", record=where,
                            field=name)
    if not isinstance(raw.get("source"), str):
        raise DataFileError(path, "a validity range needs a source", record=where, field=name)
    return Range(float(raw["min"]), float(raw["max"]), raw["source"])


def _family(path: str, key: str, raw: dict) -> Family:
    where = f"[family.{key}]"
    consts = raw.get("constants", {})
    return Family(
        key=key, name=str(raw.get("name", key)), name_zh=str(raw.get("name_zh", key)),
        sources=str(raw.get("sources", "")),
        chemistries=tuple(str(c) for c in raw.get("chemistries", [])),
        constants={n: _constant(path, where, n, v) for n, v in consts.items()},
        temperature_c=_range(path, where, "valid_temperature", raw.get("valid_temperature")),
        dod=_range(path, where, "valid_dod", raw.get("valid_dod")),
        charge_rate=_range(path, where, "valid_charge_rate", raw.get("valid_charge_rate")),
        discharge_rate=_range(path, where, "valid_discharge_rate",
                              raw.get("valid_discharge_rate")),
    )


@lru_cache(maxsize=1)
def ageing_data() -> AgeingData:
    """The shipped ageing data; raises :class:`DataFileError` if it is damaged."""
    path = resource_path("ageing.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(path, f"cannot read ageing data ({exc})") from None
    p = str(path)
    return AgeingData(
        general={n: _constant(p, "[general]", n, v) for n, v in data["general"].items()},
        warranty={n: _constant(p, "[warranty]", n, v) for n, v in data["warranty"].items()},
        families={k: _family(p, k, v) for k, v in data.get("family", {}).items()},
        refused={str(k): str(v) for k, v in data.get("refused", {}).items()},
    )
