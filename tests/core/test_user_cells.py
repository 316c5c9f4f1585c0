"""The user's own cells (core/cells/user_cells.py): a field typed alone gets exactly the
loader's error, a saved cell reads back through the loader, CSV import goes row by row."""

from __future__ import annotations

from pathlib import Path

import pytest

from packconfig.core.cells import user_cells as uc
from packconfig.core.cells.catalog import load_catalog, load_cell_file
from packconfig.core.errors import DataFileError
from packconfig.core.units import Q_

REFERENCE_CSV = Path(__file__).resolve().parents[1] / "data" / "cells-reference.csv"
GOOD = {"id": "ACME-1", "manufacturer": "ACME", "model": "A1", "format": "21700",
        "chemistry": "NMC", "source": "ACME A1 datasheet, ACME Ltd., 2025",
        "confidence": "medium", "nominal_voltage": "3.6 V", "capacity": "5 Ah",
        "diameter": "21 mm", "height": "70 mm", "internal_resistance": "15 mΩ"}


def loader_error(tmp_path: Path, key: str, value: str) -> DataFileError:
    """What the loader says about a cell file with ``key = value``."""
    lines = [f'{k} = "{v}"' for k, v in {**GOOD, key: value}.items()]
    path = tmp_path / "probe.toml"
    path.write_text("[[cell]]\n" + "\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_cell_file(path)
    return caught.value


@pytest.mark.parametrize(("key", "value"), [
    ("nominal_voltage", "3.2 A"), ("nominal_voltage", "3.2"), ("capacity", "-5 Ah"),
    ("mass", "70 furlongs"), ("diameter", "x mm"), ("internal_resistance", "0 mohm"),
    ("notes", "n" * 2001),
])
def test_a_field_typed_alone_gets_the_loaders_error(tmp_path, key, value):
    want = loader_error(tmp_path, key, value)
    got = uc.field_error(key, value, "ACME-1")
    assert got is not None
    assert (got.problem, got.code, got.field) == (want.problem, want.code, want.field)


def test_good_and_empty_fields_pass(tmp_path):
    for key, value in GOOD.items():
        assert uc.field_error(key, value) is None, key
    assert uc.field_error("nominal_voltage", "  ") is None  # empty: the whole cell says


def test_save_reads_back_through_the_loader(packconfig_home):
    path, cell = uc.save_user_cell(dict(GOOD))
    assert path == packconfig_home / "cells" / "ACME-1.toml"
    assert load_cell_file(path) == [cell]
    assert cell.internal_resistance == Q_(15, "mohm") and cell.confidence == "medium"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# packconfig user cell") and "[[cell]]" in text
    assert text.index('id = "ACME-1"') < text.index('nominal_voltage = "3.6 V"')
    catalog = load_catalog()
    assert catalog.get("ACME-1") == cell and "ACME-1" in catalog.user_ids
    assert not list(path.parent.glob(".*.tmp"))  # the atomic writer left nothing behind


def test_a_bad_cell_is_refused_and_nothing_is_written(packconfig_home):
    with pytest.raises(DataFileError) as caught:
        uc.save_user_cell({**GOOD, "thickness": "10 mm"})  # not for a cylinder
    assert caught.value.field == "thickness"
    with pytest.raises(DataFileError):
        uc.save_user_cell({**GOOD, "id": "../escape"})
    assert not (packconfig_home / "cells").exists()


def test_which_user_cells_the_editor_may_rewrite(packconfig_home):
    own, _cell = uc.save_user_cell(dict(GOOD))
    shared = packconfig_home / "cells" / "several.toml"
    shared.write_text(uc.toml_text({**GOOD, "id": "B-1"}) + uc.toml_text(
        {**GOOD, "id": "B-2"}).split("\n", 2)[2], encoding="utf-8")
    assert {c.id for c in load_cell_file(shared)} == {"B-1", "B-2"}
    assert uc.editable_file("ACME-1") == own
    assert uc.editable_file("B-1") is None  # a file of several cells
    assert uc.editable_file("CBAK-32140FS") is None  # shipped
    assert uc.name_taken("acme-1") == own  # as a case-insensitive file system would
    assert uc.name_taken("ACME-1", allowed=own) is None


def test_import_goes_row_by_row(packconfig_home):
    lines = REFERENCE_CSV.read_text(encoding="utf-8").splitlines()
    header, first = lines[0], lines[1]
    rows = [first.replace("CBAK-32140FS", "NEW-1", 1),
            first.replace("CBAK-32140FS", "NEW-1", 1),
            first.replace("CBAK-32140FS", "bad id", 1),
            first,  # a shipped id
            first.replace("CBAK-32140FS", "NEW-2", 1).replace(",3.2,3.6,", ",,3.6,", 1),
            first.replace("CBAK-32140FS", "NEW-3", 1).replace(",3.2,3.6,", ",3.2,3.0,", 1)]
    text = "\ufeff" + "\n".join([header, *rows]) + "\n"
    csv_path = packconfig_home / "in.csv"
    csv_path.write_text(text, encoding="utf-8")
    shipped = set(load_catalog().cells)
    dry = uc.import_csv_rows(uc.read_csv_text(csv_path), "in.csv", shipped, set(), write=False)
    assert not (packconfig_home / "cells").exists()  # a dry run writes nothing
    outcomes = uc.import_csv_rows(uc.read_csv_text(csv_path), "in.csv", shipped, set())
    assert [o.reason for o in outcomes] == [o.reason for o in dry] == [
        "imported", "duplicate", "bad_id", "shipped_id", "no_figures", "invalid"]
    assert [o.line for o in outcomes] == [2, 3, 4, 5, 6, 7]
    assert outcomes[4].params == {"missing": ["nominal_voltage"]}
    assert outcomes[5].problem.field == "max_voltage"
    assert load_cell_file(outcomes[0].path)[0].id == "NEW-1"
    again = uc.import_csv_rows(uc.read_csv_text(csv_path), "in.csv", shipped, {"NEW-1"})
    assert again[0].reason == "user_id"


def test_a_file_that_is_not_a_cell_csv_is_refused_as_a_whole(tmp_path):
    notes = tmp_path / "notes.csv"
    notes.write_text("name,value\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="lacks column"):
        uc.import_csv_rows(uc.read_csv_text(notes), str(notes), set(), set())
    latin = tmp_path / "latin.csv"
    latin.write_bytes("id,chemistry,format\nM\xfcller,LFP,pouch\n".encode("latin-1"))
    with pytest.raises(DataFileError, match="UTF-8"):
        uc.read_csv_text(latin)
    with pytest.raises(DataFileError, match="not found"):
        uc.read_csv_text(tmp_path / "missing.csv")
