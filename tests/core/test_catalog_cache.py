"""The parse cache of the shipped catalog (core/cells/catalog_cache.py): cached cells
equal parsed ones field by field; a stale, corrupt, foreign or oversized cache, or an
unwritable state folder, only means the TOML is parsed again."""

from __future__ import annotations

import dataclasses
import json
import os

from packconfig.core.cells import catalog_cache
from packconfig.core.cells.catalog import load_catalog, load_cell_file
from packconfig.core.fs.resources import resource_path
from packconfig.core.units import Quantity

CATALOG = resource_path("catalog/cells.toml")


def same(a, b) -> bool:
    """Equal values of the same types (a quantity: magnitude type and unit too)."""
    if isinstance(a, Quantity):
        return (isinstance(b, Quantity) and type(a.magnitude) is type(b.magnitude)
                and a.magnitude == b.magnitude and a.units == b.units)
    return type(a) is type(b) and a == b


def test_cached_cells_equal_parsed_cells_field_by_field():
    parsed = load_cell_file(CATALOG)
    assert catalog_cache.load(CATALOG) is None  # nothing stored yet
    first = list(load_catalog())  # parses and stores
    assert catalog_cache.cache_path().is_file()
    cached = catalog_cache.load(CATALOG)
    assert cached is not None and len(cached) == len(parsed) > 30
    for p, c in zip(parsed, cached, strict=True):
        for f in dataclasses.fields(p):
            assert same(getattr(p, f.name), getattr(c, f.name)), (p.id, f.name)
    assert [c.id for c in load_catalog()] == [c.id for c in first]
    temps = [c.cycle_life_temperature for c in cached
             if c.cycle_life_temperature is not None]
    assert temps and temps[0].to("K").magnitude > 273  # an offset unit (°C) survives


def test_a_changed_input_file_makes_the_cache_stale(tmp_path, monkeypatch):
    watched = tmp_path / "units.py"
    watched.write_text("x = 1\n")
    real = catalog_cache._input_files
    monkeypatch.setattr(catalog_cache, "_input_files", lambda c: [*real(c), str(watched)])
    load_catalog()
    assert catalog_cache.load(CATALOG) is not None
    watched.write_text("x = 22\n")  # the parser changed (size and time)
    os.utime(watched, ns=(1, 1))
    assert catalog_cache.load(CATALOG) is None
    load_catalog()  # parsed again and stored under the new key
    assert catalog_cache.load(CATALOG) is not None


def test_bad_cache_files_are_ignored_and_replaced():
    load_catalog()
    path = catalog_cache.cache_path()
    good = json.loads(path.read_text(encoding="utf-8"))
    quantity = next(k for k, v in good["cells"][0].items() if isinstance(v, dict))
    wrong_magnitude = json.loads(json.dumps(good))
    wrong_magnitude["cells"][0][quantity]["q"][0] = "3.2"
    unknown_unit = json.loads(json.dumps(good))
    unknown_unit["cells"][0][quantity]["q"][1] = [["furlong_per_fortnight", 1]]
    unknown_field = json.loads(json.dumps(good))
    unknown_field["cells"][0]["colour"] = "blue"
    foreign = dict(good, key="another version")
    for text in ("{not json", json.dumps(wrong_magnitude), json.dumps(unknown_unit),
                 json.dumps(unknown_field), json.dumps(foreign), "[]", "\udc80",
                 json.dumps({"key": good["key"], "cells": []}), " " * 5_000_001):
        path.write_text(text, encoding="utf-8", errors="surrogateescape")
        assert catalog_cache.load(CATALOG) is None, text[:40]
        assert len(load_catalog()) == len(good["cells"])  # parsed, then stored again
        assert catalog_cache.load(CATALOG) is not None


def test_unwritable_state_folder_only_costs_the_parse():
    state = catalog_cache.cache_path().parent
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_text("a file where the folder should be")
    assert len(load_catalog()) > 30
    assert catalog_cache.load(CATALOG) is None
    catalog_cache.forget()  # nothing to remove: no error either
