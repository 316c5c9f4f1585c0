"""A cache of the parsed shipped catalog, so a start need not parse and check its TOML.

Why: reading ``resources/catalog/cells.toml`` (TOML, then ~430 quantities parsed and
checked by pint) takes ~25 ms at every start; rebuilding the same cells from their
stored figures takes ~5 ms. The cache is ``<user data>/state/cells-cache.json``:

* its **key** is the application version, this file's schema number, and the size
  and modification time of every file the parsed cells depend on: the shipped catalog,
  the unit and chemistry data, and the parser's own sources (``core/cells/*.py``,
  ``core/units.py``, ``core/money.py``), or the frozen executable;
* a quantity is stored as its magnitude and unit names with exponents (exactly:
  JSON keeps a float's shortest round-trip text), a price as its decimal text and
  currency, everything else as it is.

:func:`load` returns the cells only when the key is the same and every entry has the
expected shape; a missing, corrupt, oversized, foreign or stale file — or any doubt —
gives ``None``, and the catalog is parsed from its TOML (and stored again). A file that
cannot be written only costs the next start the parse. ``tests/core/test_catalog_cache.py``
checks that cached cells equal parsed ones field by field.
"""

from __future__ import annotations

import json
import os
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from packconfig import __version__
from packconfig.core.cells.model import Cell
from packconfig.core.fs.paths import user_file
from packconfig.core.fs.resources import resource_path
from packconfig.core.money import Money
from packconfig.core.units import Quantity, ureg

SCHEMA = 1
FILE_NAME = "cells-cache.json"
MAX_BYTES = 5_000_000
_QUANTITY = "q"
_MONEY = "m"


def cache_path() -> Path:
    return user_file("state", FILE_NAME)


def _input_files(catalog: Path) -> list[str]:
    if getattr(sys, "frozen", False):
        files = [sys.executable]
    else:
        core = Path(__file__).resolve().parents[1]
        files = sorted(str(p) for p in (core / "cells").glob("*.py"))
        files += [str(core / "units.py"), str(core / "money.py")]
    files += [str(resource_path("units.txt")), str(resource_path("chemistries.toml"))]
    return [*files, str(catalog)]


def key(catalog: Path) -> str:
    """What a stored cache must carry to be used for ``catalog`` now."""
    lines = [str(SCHEMA), __version__]
    for path in _input_files(catalog):
        try:
            st = os.stat(path)
            lines.append(f"{path}\t{st.st_size}\t{st.st_mtime_ns}")
        except OSError:
            lines.append(f"{path}\tmissing")
    return "\n".join(lines)


def _encode(value: object) -> object:
    if isinstance(value, Quantity):
        magnitude = value.magnitude
        if isinstance(magnitude, bool) or not isinstance(magnitude, (int, float)):
            raise TypeError("only scalar quantities are cached")
        return {_QUANTITY: [magnitude, sorted(dict(value._units).items())]}
    if isinstance(value, Money):
        return {_MONEY: [str(value.amount), value.currency]}
    if value is None or isinstance(value, (str, int)) and not isinstance(value, bool):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


class _Decoder:
    """Rebuilds values, sharing one unit object per unit (as parsing does)."""

    def __init__(self) -> None:
        self.units: dict[tuple[tuple[str, float], ...], Any] = {}

    def unit(self, items: object) -> Any:
        if not isinstance(items, list) or not all(
                isinstance(i, list) and len(i) == 2 and isinstance(i[0], str)
                and isinstance(i[1], (int, float)) for i in items):
            raise ValueError("bad unit")
        wanted = tuple((name, power) for name, power in items)
        found = self.units.get(wanted)
        if found is None:  # parsed by name: an unknown unit name is refused
            found = ureg.parse_units(" * ".join(f"{name} ** {power}" for name, power in wanted))
            if sorted(dict(found._units).items()) != sorted(wanted):
                raise ValueError("unit differs")
            self.units[wanted] = found
        return found

    def value(self, raw: object) -> object:
        if raw is None or isinstance(raw, str):
            return raw
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        if isinstance(raw, dict) and len(raw) == 1:
            if _QUANTITY in raw:
                magnitude, units = raw[_QUANTITY]
                if isinstance(magnitude, bool) or not isinstance(magnitude, (int, float)):
                    raise ValueError("bad magnitude")
                return ureg.Quantity(magnitude, self.unit(units))
            if _MONEY in raw:
                amount, currency = raw[_MONEY]
                return Money(Decimal(str(amount)), str(currency))
        raise ValueError("bad value")


def load(catalog: Path) -> list[Cell] | None:
    """The cached cells of ``catalog``, or ``None`` when they might differ from a parse."""
    path = cache_path()
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        stored = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(stored, dict) or stored.get("key") != key(catalog):
            return None
        decoder = _Decoder()
        cells = []
        for raw in stored["cells"]:
            if not isinstance(raw, dict):
                return None
            cells.append(Cell(**{name: decoder.value(v) for name, v in raw.items()}))
        return cells or None
    except Exception:  # (pint raises assorted types on a bad unit) any doubt: parse
        return None


def save(catalog: Path, cells: list[Cell]) -> bool:
    """Store ``cells`` parsed from ``catalog``; False if they could not be stored."""
    from dataclasses import fields

    from packconfig.core.fs.state import store_json

    try:
        entries = [{f.name: _encode(getattr(cell, f.name)) for f in fields(cell)}
                   for cell in cells]
    except TypeError:
        return False
    return store_json(cache_path(), {"key": key(catalog), "cells": entries}, MAX_BYTES)


def forget() -> None:
    """Remove the stored cache (the next load parses the TOML)."""
    from packconfig.core.fs.state import forget as remove

    remove(cache_path())
