"""Every loader, fed generated hostile input: it loads, or raises a PackconfigError whose
message names the file and the problem. Nothing else may escape; each case has a
deadline (the profile's, 10 s, a hang detector). Counts: see robust_support.examples
(CI = full / 10)."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

from _hostile import (
    CSV_HEADER,
    CSV_ROWS,
    cells_toml,
    hostile_cells_toml,
    hostile_json,
    hostile_value,
    mangled,
    mutated,
    valid_cells_doc,
    valid_project_doc,
    valid_quote,
    valid_quote_doc,
    valid_settings_doc,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from robust_support import examples, expect_clean

from packconfig.core.cells import catalog, csv_import
from packconfig.core.commerce import fx, quote
from packconfig.core.commerce import settings as settings_mod
from packconfig.core.errors import InputError
from packconfig.core.store import project

WORK = Path(tempfile.mkdtemp(prefix="pc-fuzz-"))


def _write(name: str, data: bytes) -> Path:
    path = WORK / name
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------ cell TOML
def test_valid_documents_load():
    """The starting points of every mutation are valid (else the fuzzing is shallow)."""
    path = _write("valid cells.toml", cells_toml(valid_cells_doc()).encode())
    assert [c.id for c in catalog.load_cell_file(path)] == ["CBAK-32140FS", "CATL-280Ah"]
    assert project.project_from_json(json.dumps(valid_project_doc()), "p").series == 16
    assert quote.quote_from_json(json.dumps(valid_quote_doc()), "q") == valid_quote()
    target = _write("settings.json", json.dumps(valid_settings_doc()).encode())
    assert settings_mod.load_settings(target).seller["company"] == "Seller & Co <Ltd>"
    text = io.StringIO()
    csv.writer(text).writerows([CSV_HEADER, *CSV_ROWS])
    records, skipped = csv_import.import_csv(text.getvalue(), "cells.csv")
    assert len(records) == 2 and not skipped


@settings(max_examples=examples(2500))
@given(hostile_cells_toml(valid_cells_doc()))
def test_cell_file_loader(data):
    path = _write("user cells [fuzz].toml", data)
    outcome = expect_clean(lambda: catalog.load_cell_file(path), path, "cell file")
    if outcome == "ok":  # a loaded file must give cells the rest of the app can use
        for cell in catalog.load_cell_file(path):
            assert cell.nominal_voltage.magnitude > 0 and cell.capacity.magnitude > 0


@settings(max_examples=examples(1000))
@given(st.one_of(st.text(max_size=3000),
                 hostile_cells_toml(valid_cells_doc()).map(
                     lambda b: b.decode("utf-8", "replace"))))
def test_parse_cells_text(text):
    expect_clean(lambda: catalog.parse_cells_text(text, "pasted cells.toml"),
                 "pasted cells.toml", "cells text")


@settings(max_examples=examples(300))
@given(hostile_cells_toml(valid_cells_doc()))
def test_broken_user_cell_file_does_not_stop_catalog(data):
    path = _write("user.toml", data)
    cat = expect_clean(lambda: catalog.build_catalog([], [path]), path, "catalog merge")
    assert cat == "ok"  # never raises: a broken user file is skipped and reported
    cat = catalog.build_catalog([], [path])
    assert all(str(path) in p for p in cat.problems)
    assert bool(cat.problems) != bool(len(cat))


# ------------------------------------------------------------------------ CSV
@st.composite
def hostile_csv(draw) -> str:
    if draw(st.integers(0, 9)) == 0:
        return draw(st.text(max_size=2000))
    header = list(CSV_HEADER)
    rows = [list(r) for r in CSV_ROWS]
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["cell", "cell", "cell", "drop_col", "dup_row", "short",
                                   "long_field", "extra"]))
        r = draw(st.integers(0, len(rows) - 1))
        if op == "cell":
            c = draw(st.integers(0, len(header) - 1))
            value = draw(hostile_value)
            rows[r] += [""] * (c + 1 - len(rows[r]))
            rows[r][c] = value if isinstance(value, str) else json.dumps(value)
        elif op == "drop_col" and len(header) > 1:
            c = draw(st.integers(0, len(header) - 1))
            header.pop(c)
            for row in rows:
                if c < len(row):
                    row.pop(c)
        elif op == "dup_row":
            rows.append(list(rows[r]))
        elif op == "short" or op == "drop_col":
            rows[r] = rows[r][: draw(st.integers(0, len(rows[r])))]
        elif op == "long_field":
            rows[r].insert(draw(st.integers(0, len(rows[r]))), "9" * 140_000)
        else:
            rows[r].append("extra,field")
    out = io.StringIO()
    csv.writer(out).writerows([header, *rows])
    data = draw(mangled(out.getvalue().encode("utf-8", "surrogatepass")))
    return data.decode("utf-8", "replace")


@settings(max_examples=examples(1500))
@given(hostile_csv())
def test_csv_import(text):
    expect_clean(lambda: csv_import.import_csv(text, "datasheets [fuzz].csv"),
                 "datasheets [fuzz].csv", "csv import")


# -------------------------------------------------------------- project JSON
@settings(max_examples=examples(2000))
@given(hostile_json(valid_project_doc()))
def test_project_loader(data):
    path = _write("pack [fuzz].pcproj.json", data)
    if expect_clean(lambda: project.load_project(path), path, "project") == "ok":
        loaded = project.load_project(path)
        assert loaded.series >= 1 and loaded.parallel >= 1
        # what loads must save again (no NaN/inf or unsavable value sneaks through)
        project.project_from_json(project.project_to_json(loaded), "again")


# ---------------------------------------------------------------- quote JSON
@settings(max_examples=examples(2000))
@given(hostile_json(valid_quote_doc()))
def test_quote_json(data):
    source = "Q-2026-0001 [fuzz] quote.json"
    if expect_clean(lambda: quote.quote_from_json(data, source), source, "quote json") == "ok":
        loaded = quote.quote_from_json(data, source)
        assert quote.quote_from_json(quote.quote_to_json(loaded), "again") == loaded


# ----------------------------------------------------------- settings and FX
@settings(max_examples=examples(1500))
@given(hostile_json(valid_settings_doc()))
def test_settings_loader(data):
    path = _write("settings [fuzz].json", data)
    expect_clean(lambda: settings_mod.load_settings(path), path, "settings")


@settings(max_examples=examples(800))
@given(mutated(valid_settings_doc()["fx"]))
def test_exchange_rate_records(records):
    """The ``fx`` block (the exchange-rate table) checked on its own: bad records are
    refused naming where they came from; a table of valid records builds or is refused
    with an InputError (load_settings then names the file, see test_settings_loader)."""
    where = "settings.json fx"
    if expect_clean(lambda: fx.rates_from_records(records, where), where, "fx records") == "ok":
        try:
            fx.RateTable(fx.rates_from_records(records, where))
        except InputError:
            pass  # refusing a table of valid records (e.g. two rates on one date) is fine
