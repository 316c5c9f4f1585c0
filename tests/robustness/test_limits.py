"""Files that claim to be enormous or nest absurdly deep are refused quickly (< 1 s) and
without reading them into memory (tracemalloc peak bounded), each with a
PackconfigError naming the file. Also the exact inputs behind bugs the fuzzers found."""

from __future__ import annotations

import json
import re
import time
import tracemalloc
from pathlib import Path

import pytest
from _hostile import valid_project_doc, valid_quote, valid_quote_doc
from robust_support import expect_clean

from packconfig.core.cells import catalog, csv_import
from packconfig.core.commerce import quote, settings
from packconfig.core.errors import DataFileError, UnitError
from packconfig.core.store import project
from packconfig.core.units import parse_quantity
from packconfig.report.pdf import open_quote_pdf, quote_pdf_bytes

GB = 1 << 30
MAX_SECONDS = 1.0
MAX_PEAK = 32 << 20  # 32 MB of Python allocations; a 1 GB read would be far above


def refused_quickly(call, path) -> None:
    tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(DataFileError) as info:
            call()
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(path) in str(info.value)
    assert elapsed < MAX_SECONDS, f"took {elapsed:.2f} s"
    assert peak < MAX_PEAK, f"peak {peak / 1e6:.0f} MB"


LOADERS = {
    "cells.toml": catalog.load_cell_file,
    "pack.pcproj.json": project.load_project,
    "settings.json": settings.load_settings,
    "quote.pdf": open_quote_pdf,
}


@pytest.mark.parametrize("name", LOADERS)
def test_sparse_1gb_file_is_refused_before_reading(tmp_path, name):
    path = tmp_path / name
    with open(path, "wb") as handle:
        handle.truncate(GB)  # sparse: no disk used, st_size says 1 GB
    refused_quickly(lambda: LOADERS[name](path), path)


@pytest.mark.parametrize("name", ["pack.pcproj.json", "settings.json"])
def test_100k_level_json_is_refused(tmp_path, name):
    path = tmp_path / name
    path.write_text("[" * 100_000 + "]" * 100_000)
    refused_quickly(lambda: LOADERS[name](path), path)
    path.write_text('{"a":' * 100_000 + "1" + "}" * 100_000)
    refused_quickly(lambda: LOADERS[name](path), path)


def test_100k_level_quote_json_and_toml_are_refused(tmp_path):
    text = '{"schema_version": 1, "quote": ' + "[" * 100_000 + "]" * 100_000 + "}"
    refused_quickly(lambda: quote.quote_from_json(text, "deep quote.json"), "deep quote.json")
    path = tmp_path / "deep.toml"
    path.write_text("cell = " + "[" * 100_000 + "]" * 100_000)
    refused_quickly(lambda: catalog.load_cell_file(path), path)
    path.write_text("x = " + "{a = " * 100_000 + "1" + "}" * 100_000)
    refused_quickly(lambda: catalog.load_cell_file(path), path)


def test_json_claiming_a_billion_cells_is_refused(tmp_path):
    doc = valid_project_doc()
    doc = json.loads(json.dumps(doc))
    doc["configuration"]["series"] = 10**9
    doc["configuration"]["parallel"] = 10**9
    path = tmp_path / "billion.pcproj.json"
    path.write_text(json.dumps(doc))
    refused_quickly(lambda: project.load_project(path), path)


def test_5000_digit_integer_is_refused(tmp_path):
    """Python refuses to convert > 4300-digit integers with a plain ValueError, which
    escaped from the JSON loaders (fixed in quote_json.py and settings.py)."""
    big = "7" * 5000
    path = tmp_path / "digits.pcproj.json"
    path.write_text(json.dumps(valid_project_doc()).replace('"series": 16', f'"series": {big}'))
    refused_quickly(lambda: project.load_project(path), path)
    text = json.dumps(valid_quote_doc()).replace('"quantity": 50', f'"quantity": {big}')
    refused_quickly(lambda: quote.quote_from_json(text, "digits quote.json"),
                    "digits quote.json")
    path = tmp_path / "settings.json"
    path.write_text('{"commercial": {"validity_days": ' + big + "}}")
    refused_quickly(lambda: settings.load_settings(path), path)


def test_300_mb_of_pasted_cell_text_is_refused():
    """Found by the fuzzer: a cell id repeated to 300 MB took 36 s and 3 GB to parse;
    cell text is now held to the cell-file size limit before parsing."""
    text = '[[cell]]\nid = "' + "CBAK-32140FS" * 25_000_000 + '"\n'
    refused_quickly(lambda: catalog.parse_cells_text(text, "pasted cells.toml"),
                    "pasted cells.toml")
    with pytest.raises(DataFileError, match="too large"):
        catalog.parse_cells_text(text, "pasted cells.toml")


@pytest.mark.parametrize("text", ["9**9**9 V", "9^9^9 V", "2**100000 V", "10**400 V",
                                  "9**(9*9*9*9*9*9*9*9*9) V", "9⁹⁹⁹⁹⁹⁹⁹⁹ V"])
def test_exponent_towers_in_quantities_are_refused_fast(text):
    """pint evaluated 9**9**9 (a 370-million-digit integer): the loader hung. 10**400 V
    raised OverflowError. Fixed in units.py (check_powers, require)."""
    start = time.perf_counter()
    with pytest.raises(UnitError):
        parse_quantity(text, "voltage", "nominal_voltage")
    assert time.perf_counter() - start < MAX_SECONDS


@pytest.mark.parametrize("text", ["3.2 V", "3 m**3", "3 1/h", "3 cubic meter", "(2**3)**2 V"])
def test_ordinary_powers_still_parse(text):
    kind = "voltage" if "V" in text else "volume" if "m" in text else "rate"
    assert parse_quantity(text, kind, "x").magnitude > 0


def test_exponent_tower_in_a_cell_file_and_a_quote_unit(tmp_path):
    path = tmp_path / "tower.toml"
    path.write_text((Path(__file__).parents[1] / "data" / "cbak-32140fs.toml").read_text()
                    .replace('"3.2 V"', '"9**9**9 V"'))
    refused_quickly(lambda: catalog.load_cell_file(path), path)
    text = json.dumps(valid_quote_doc()).replace('"unit": "volt"', '"unit": "volt**9**9**9"', 1)
    assert "volt**9**9**9" in text
    refused_quickly(lambda: quote.quote_from_json(text, "tower quote.json"), "tower quote.json")


@pytest.mark.parametrize("row", ["abc", "nan", "inf", "-inf", "1e999"])
def test_csv_bad_cycle_life_is_a_data_file_error(row):
    text = ("id,manufacturer,model,chemistry,format,nominal_voltage_V,nominal_capacity_Ah,"
            f"cycle_life,source\nX,M,M,LFP,18650,3.2,3,{row},s\n")
    assert expect_clean(lambda: csv_import.import_csv(text, "c.csv"), "c.csv", "limits") \
        == "refused"


def test_csv_field_over_the_csv_module_limit():
    text = "id,chemistry,format\n" + "9" * 200_000 + ",LFP,18650\n"
    with pytest.raises(DataFileError, match="huge.csv.*line"):
        csv_import.import_csv(text, "huge.csv")


# ------------------------------------------------------------------------ PDFs
@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    return quote_pdf_bytes(valid_quote())


def test_real_quote_pdf_opens(tmp_path, pdf_bytes):
    path = tmp_path / "q.pdf"
    path.write_bytes(pdf_bytes)
    assert open_quote_pdf(path) == valid_quote()


@pytest.mark.parametrize("claim", ["length", "size", "xref_offset", "object_number"])
def test_pdf_claiming_huge_sizes_is_refused_or_read_quickly(tmp_path, pdf_bytes, claim):
    """/Length, the trailer /Size, the startxref offset or object numbers of 10**9+:
    pypdf must not try to allocate them."""
    data = pdf_bytes
    if claim == "length":
        data = re.sub(rb"/Length \d+", b"/Length 1000000000000", data)
    elif claim == "size":
        data = re.sub(rb"/Size \d+", b"/Size 999999999", data)
    elif claim == "xref_offset":
        data = re.sub(rb"startxref\s+\d+", b"startxref\n99999999999", data)
    else:
        data = re.sub(rb"\n(\d+) 0 obj", lambda m: b"\n99999999" + m.group(1) + b" 0 obj", data)
    assert data != pdf_bytes
    path = tmp_path / f"claim-{claim}.pdf"
    path.write_bytes(data)
    tracemalloc.start()
    start = time.perf_counter()
    try:
        expect_clean(lambda: open_quote_pdf(path), path, "pdf limits")
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < MAX_SECONDS * 3, f"took {elapsed:.2f} s"
    assert peak < 5 * len(pdf_bytes) + MAX_PEAK, f"peak {peak / 1e6:.0f} MB"
