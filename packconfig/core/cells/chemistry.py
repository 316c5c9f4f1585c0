"""Per-chemistry defaults: voltage window, usable SOC window and an OCV-vs-SOC curve.

Data lives in ``resources/chemistries.toml`` with a source for each figure (see
``docs/chemistries.md``). Datasheet strings such as ``"NMC (nickel-rich)"`` or
``"Na-ion"`` are mapped to a chemistry key through :func:`normalise`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from packconfig.core.errors import DataFileError, InputError
from packconfig.core.fs.resources import resource_path
from packconfig.core.units import Q_, Quantity, parse_quantity


@dataclass(frozen=True)
class Chemistry:
    key: str
    name: str
    name_zh: str
    aliases: tuple[str, ...]
    nominal_voltage: Quantity
    max_voltage: Quantity
    min_voltage: Quantity
    voltage_source: str
    usable_soc_min: float
    usable_soc_max: float
    ocv_soc: np.ndarray
    ocv_voltage: np.ndarray  # volts per cell
    ocv_source: str

    def ocv(self, soc: np.ndarray | float) -> np.ndarray:
        """Open-circuit voltage per cell (V, plain floats) at ``soc`` (0..1), linear
        interpolation of the tabulated curve."""
        return np.interp(soc, self.ocv_soc, self.ocv_voltage)


def _load_one(path: str, key: str, raw: dict) -> Chemistry:
    def text(name: str) -> str:
        value = raw.get(name)
        if not isinstance(value, str) or not value.strip():
            raise DataFileError(path, "missing or empty", record=f"[chemistry.{key}]", field=name)
        return value

    def volt(name: str) -> Quantity:
        try:
            return parse_quantity(text(name), "voltage", name)
        except InputError as exc:
            raise DataFileError(path, str(exc), record=f"[chemistry.{key}]", field=name) from None

    ocv = raw.get("ocv") or {}
    soc = np.asarray(ocv.get("soc", []), dtype=float)
    volts = np.asarray(ocv.get("voltage", []), dtype=float)
    if soc.size < 2 or soc.shape != volts.shape or np.any(np.diff(soc) <= 0):
        raise DataFileError(path, "OCV soc/voltage malformed", record=f"[chemistry.{key}]")
    return Chemistry(
        key=key,
        name=text("name"),
        name_zh=text("name_zh"),
        aliases=tuple(str(a) for a in raw.get("aliases", [])),
        nominal_voltage=volt("nominal_voltage"),
        max_voltage=volt("max_voltage"),
        min_voltage=volt("min_voltage"),
        voltage_source=text("voltage_source"),
        usable_soc_min=float(raw.get("usable_soc_min", 0.0)),
        usable_soc_max=float(raw.get("usable_soc_max", 1.0)),
        ocv_soc=soc,
        ocv_voltage=volts,
        ocv_source=str(ocv.get("source", "")),
    )


@lru_cache(maxsize=1)
def chemistries() -> dict[str, Chemistry]:
    """All shipped chemistries by key (``LFP``, ``NMC``, ...)."""
    path = resource_path("chemistries.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(path, f"cannot read chemistry data ({exc})") from None
    table = data.get("chemistry", {})
    return {key: _load_one(str(path), key, raw) for key, raw in table.items()}


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def normalise(text: str) -> str | None:
    """Map a chemistry string to its key, or ``None`` if it is not recognised.

    Exact keys and aliases match first (case and punctuation ignored); then a
    datasheet string like ``"LFP (nanophosphate)"`` matches on its leading word.
    """
    known = chemistries()
    wanted = _squash(text)
    if not wanted:
        return None
    for key, chem in known.items():
        if wanted in {_squash(key), _squash(chem.name), *(_squash(a) for a in chem.aliases)}:
            return key
    head = re.split(r"[\s(/,]", text.strip(), maxsplit=1)[0]
    if head and head != text.strip():
        return normalise(head)
    return None


def get(key: str) -> Chemistry:
    """The chemistry ``key``; raises :class:`InputError` listing the known keys."""
    found = chemistries().get(key)
    if found is None:
        raise InputError(f"unknown chemistry {key!r}; known: {', '.join(chemistries())}")
    return found


def default_voltage(key: str, which: str) -> Quantity:
    """Chemistry default for ``which`` in ``nominal``/``max``/``min``."""
    return Q_(getattr(get(key), f"{which}_voltage").to("V").magnitude, "V")
