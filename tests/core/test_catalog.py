"""The cell loader: the issue's exact file shape loads; bad files are refused with a
message naming the file, the cell and the field; the shipped catalog is complete."""

import csv
from pathlib import Path

import pytest

from packconfig.core.cells.catalog import load_catalog, load_cell_file, parse_cells_text
from packconfig.core.errors import DataFileError

DATA = Path(__file__).parent.parent / "data"
GOOD = (DATA / "cbak-32140fs.toml").read_text()


def test_issue_example_loads_exactly(cbak):
    assert cbak.id == "CBAK-32140FS" and cbak.format == "32140" and cbak.chemistry == "LFP"
    assert cbak.nominal_voltage.to("V").magnitude == 3.2
    assert cbak.capacity.to("Ah").magnitude == 15
    assert cbak.mass.to("g").magnitude == 300
    assert cbak.internal_resistance.to("mohm").magnitude == 3
    assert cbak.cycle_life == 2000
    assert str(cbak.price) == "3.85 EUR"
    assert cbak.is_cylindrical and cbak.has_geometry


def write(tmp_path, text, name="cell.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("old,new,field,words", [
    ('capacity = "15 Ah"', 'capacity = "3.2 V"', "capacity", "must be a charge"),
    ('mass = "300 g"', 'mass = "-300 g"', "mass", "greater than zero"),
    ('mass = "300 g"', 'mass = "0 g"', "mass", "greater than zero"),
    ('min_voltage = "2.0 V"', 'min_voltage = "3.3 V"', "min_voltage", "below nominal"),
    ('max_voltage = "3.65 V"', 'max_voltage = "3.1 V"', "max_voltage", "above nominal"),
    ('chemistry = "LFP"', 'chemistry = "Unobtainium"', "chemistry", "unknown chemistry"),
    ('format = "32140"', 'format = "triangle"', "format", "unknown format"),
    ('capacity = "15 Ah"', "capacity = 15", "capacity", "text with a unit"),
    ('capacity = "15 Ah"', 'capcity = "15 Ah"', "capcity", "did you mean 'capacity'"),
    ("cycle_life = 2000", "cycle_life = -5", "cycle_life", "whole number"),
    ('price = "3.85 EUR"', 'price = "3.85 XYZ"', "price", "must be one of"),
    ('height = "140 mm"', 'height = "140 mm"\nlength = "10 mm"', "length", "only prismatic"),
    ('id = "CBAK-32140FS"\n', "", "id", "required field is missing"),
])
def test_bad_field_names_file_cell_and_field(tmp_path, old, new, field, words):
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new))
    with pytest.raises(DataFileError) as info:
        load_cell_file(path)
    message = str(info.value)
    assert str(path) in message and f"field {field!r}" in message and words in message
    if field != "id":
        assert "CBAK-32140FS" in message


def test_duplicate_id(tmp_path):
    with pytest.raises(DataFileError, match="duplicate id"):
        load_cell_file(write(tmp_path, GOOD + "\n" + GOOD))


@pytest.mark.parametrize("text,words", [
    ("[[cell]\nid=", "not valid TOML"),
    ("", "no \\[\\[cell\\]\\] entries"),
    ("cell = 5", "no \\[\\[cell\\]\\] entries"),
    ("cell = [1, 2]", "must be a table"),
])
def test_malformed_files(tmp_path, text, words):
    with pytest.raises(DataFileError, match=words):
        load_cell_file(write(tmp_path, text))


def test_unreadable_inputs(tmp_path):
    with pytest.raises(DataFileError, match="file not found"):
        load_cell_file(tmp_path / "nope.toml")
    with pytest.raises(DataFileError, match="folder"):
        load_cell_file(tmp_path)
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(DataFileError, match="UTF-8"):
        load_cell_file(binary)


def test_prismatic_cell(tmp_path):
    text = GOOD.replace('format = "32140"', 'format = "prismatic"').replace(
        'diameter = "33.2 mm"', 'length = "205 mm"\nwidth = "174 mm"\nthickness = "72 mm"'
    ).replace('height = "140 mm"', "")
    cell = parse_cells_text(text, "x.toml")[0]
    assert cell.volume.to("L").magnitude == pytest.approx(2.05 * 1.74 * 0.72)  # dm³ = L


def test_shipped_catalog_has_every_usable_reference_cell():
    reference = DATA.parent.parent.parent / "shared" / "reference" / "cells.csv"
    catalog = load_catalog()
    ids = {c.id for c in catalog}
    # Rows without a nominal voltage or capacity cannot describe a pack (see csv_import).
    skipped = {"SAMSUNG-35E", "PANASONIC-NCR18650B", "TESLA-4680-2022",
               "KANDI-HUIYI-IFR18650-2200"}
    if reference.exists():
        rows = {r["id"] for r in csv.DictReader(reference.open(encoding="utf-8"))}
        assert ids == rows - skipped
    assert len(ids) >= 35
    chems = {c.chemistry for c in catalog}
    assert {"LFP", "NMC", "NCA", "LMO", "LTO", "NaIon"} <= chems
    formats = {c.format for c in catalog}
    assert {"18650", "21700", "26650", "32140", "32700", "40135", "66160",
            "prismatic", "pouch"} <= formats
    for cell in catalog:
        assert cell.source and cell.confidence, cell.id


def test_empty_csv_fields_stay_unknown():
    catalog = load_catalog()
    assert catalog.get("LG-E78").max_voltage is None  # no source gave it
    assert catalog.get("LG-E78").diameter is None and not catalog.get("LG-E78").has_geometry
    assert catalog.get("CBAK-40135FS").internal_resistance is None
    assert catalog.get("CBAK-32140FS").source.startswith("BAK")


def test_user_cells_merge_and_broken_user_file_is_reported(tmp_path, monkeypatch):
    monkeypatch.setenv("PACKCONFIG_HOME", str(tmp_path))
    (tmp_path / "cells").mkdir()
    write(tmp_path / "cells", GOOD.replace("CBAK-32140FS", "MY-CELL"), "mine.toml")
    write(tmp_path / "cells", "garbage = [", "broken.toml")
    catalog = load_catalog()
    assert "MY-CELL" in catalog and "MY-CELL" in catalog.user_ids
    assert len(catalog.problems) == 1 and "broken.toml" in catalog.problems[0]


def test_unknown_id_suggests():
    from packconfig.core.errors import InputError

    with pytest.raises(InputError, match="did you mean CBAK-32140FS"):
        load_catalog().get("CBAK-32140")
