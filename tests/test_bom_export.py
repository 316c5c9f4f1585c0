"""The BOM as CSV and XLSX (read back with openpyxl), the calc JSON module keys, and
the bad-input cases of issue 15 (unwritable path, wrong suffix, huge BOMs)."""

import csv
import dataclasses
import io
import json
import math

import openpyxl
import pytest

from packconfig import bom_export
from packconfig.cli import main
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.errors import InputError, StorageError
from packconfig.core.pack.physics import compute_pack


@pytest.fixture(scope="module")
def zoe():
    return compute_pack(load_catalog().get("LG-E63"), 96, 2)


def test_calc_json_has_the_module_keys(capsys):
    assert main(["calc", "--cell", "LG-E63", "-s", "96", "-p", "2", "--module-series", "8",
                 "--module-parallel", "2", "--arrangement", "3x4x1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["module_count"] == 12 and data["module_series"] == 8
    assert data["module_parallel"] == 2
    assert data["module_voltage_nominal"] == {"value": 28.8, "unit": "V"}
    for key in ("module_mass", "module_length", "module_width", "module_height"):
        assert data[key]["value"] > 0
    assert data["arrangement"] == {"rows": 3, "columns": 4, "layers": 1}
    assert data["junction_box"]["main_contactors"] == 2
    assert data["junction_box"]["fuse_current"] == {"value": 200.0, "unit": "A"}
    assert sum(line["unit_mass_kg"] * line["total_quantity"] for line in data["bom"]
               if not line["assembly"]) == pytest.approx(data["mass_pack"]["value"])
    assert not any("suggested" in note for note in data["notes"])
    for old in ("mass_pack", "envelope_length", "volume_pack", "voltage_nominal"):
        assert data[old] is not None


def test_calc_without_split_says_it_used_the_suggestion(capsys):
    assert main(["calc", "--cell", "LG-E63", "-s", "96", "-p", "2", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any("first suggested split" in note for note in data["notes"])
    assert (data["module_series"], data["module_parallel"]) == (8, 2)


@pytest.mark.parametrize("args,needle", [
    (["--module-series", "5"], "does not divide"),
    (["--module-series", "0"], "at least 1"),
    (["--module-series", "99999999"], "beyond the supported"),
    (["--arrangement", "2x2"], "holds 4 modules"),
    (["--arrangement", "banana"], "ROWSxCOLSxLAYERS"),
    (["--module-spacing", "0 mm"], "more than 0"),
    (["--module-spacing", "-3 mm"], "more than 0"),
    (["--footprint", "12"], "1547x1188"),
])
def test_bad_module_input_is_one_line_exit_2(capsys, args, needle):
    code = main(["calc", "--cell", "LG-E63", "-s", "96", "-p", "2", *args])
    err = capsys.readouterr().err
    assert code == 2 and needle in err and "Traceback" not in err


def test_csv_is_utf8_with_bom_and_keeps_leading_zeros(zoe, tmp_path):
    path = bom_export.export(zoe.bom, tmp_path / "bom.csv", "zh")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "序号" and rows[1][2] == "00010"
    assert all(len(r[2]) == 5 for r in rows[1:])
    leaf_mass = sum(float(r[8]) for r in rows[1:] if r[8])
    assert leaf_mass == pytest.approx(zoe["mass_pack"].to("kg").magnitude, rel=1e-8)


def test_xlsx_sheets_formulas_and_values_agree_with_the_app(zoe, tmp_path):
    path = bom_export.export(zoe.bom, tmp_path / "bom.xlsx", "en", "96S2P LG-E63")
    wb = openpyxl.load_workbook(path)  # formulas
    values = openpyxl.load_workbook(path, data_only=True)  # cached results
    assert wb.sheetnames == ["Summary", "Pack level", "Module level", "Cell level", "Full BOM"]
    full, full_v = wb["Full BOM"], values["Full BOM"]
    total_row = next(r for r in range(1, full.max_row + 1) if full.cell(r, 4).value == "Total")
    assert full.cell(total_row, 9).value.startswith("=SUM(I2:I")
    mass = zoe["mass_pack"].to("kg").magnitude
    assert full_v.cell(total_row, 9).value == pytest.approx(mass, rel=1e-9)
    # the formula's own arithmetic over the sheet's cells gives the same figure
    recomputed = sum(full_v.cell(r, 6).value * full_v.cell(r, 8).value
                     for r in range(2, total_row - 1)
                     if full.cell(r, 9).value is not None)
    assert recomputed == pytest.approx(mass, rel=1e-9)
    assert full.cell(2, 3).value == "00010" and full.cell(2, 3).data_type == "s"
    pack_v = values["Pack level"]
    pack_total = next(r for r in range(1, pack_v.max_row + 1)
                      if pack_v.cell(r, 4).value == "Total")
    assert pack_v.cell(pack_total, 9).value == pytest.approx(mass, rel=1e-9)
    mod_v = values["Module level"]
    mod_total = next(r for r in range(1, mod_v.max_row + 1) if mod_v.cell(r, 4).value == "Total")
    assert mod_v.cell(mod_total, 9).value == pytest.approx(
        zoe.modules["module_mass"].to("kg").magnitude, rel=1e-9)
    summary = values["Summary"]
    assert summary.cell(1, 1).value == "96S2P LG-E63"
    labels = [summary.cell(r, 1).value for r in range(1, summary.max_row + 1)]
    assert "cell-to-pack, mass" in labels
    usd = next(r for r in range(1, full.max_row + 1) if full.cell(r, 12).value == "USD"
               and str(full.cell(r, 11).value).startswith("=SUMIF("))
    assert full.cell(usd, 11).value.startswith("=SUMIF(")
    assert values["Full BOM"].cell(usd, 11).value == pytest.approx(
        float(zoe.bom.hardware_cost()), abs=0.05)


def test_unwritable_and_wrong_paths(zoe, tmp_path):
    with pytest.raises(StorageError) as err:
        bom_export.export(zoe.bom, tmp_path / "no" / "such" / "bom.csv")
    assert err.value.code == "save_no_folder"
    folder = tmp_path / "a-folder.xlsx"
    folder.mkdir()
    with pytest.raises(StorageError) as err:
        bom_export.export(zoe.bom, folder)
    assert err.value.code == "save_is_folder"
    with pytest.raises(InputError) as err:
        bom_export.export(zoe.bom, tmp_path / "bom.pdf")
    assert err.value.code == "bom_format"


def test_cli_bom_errors_are_one_line(capsys, tmp_path):
    code = main(["bom", "--cell", "LG-E63", "-s", "96", "-p", "2", "-o",
                 str(tmp_path / "missing" / "b.xlsx")])
    err = capsys.readouterr().err
    assert code == 2 and "cannot save" in err and "Traceback" not in err
    assert main(["bom", "--cell", "LG-E63", "-s", "96", "-p", "2", "-o",
                 str(tmp_path / "b.xlsx")]) == 0
    assert (tmp_path / "b.xlsx").stat().st_size > 5000


def test_a_bom_of_100000_lines(zoe, tmp_path):
    """No real design has this many lines (parts are aggregated per kind). CSV takes
    it; the formatted workbook refuses it at once with a message that says to use CSV,
    in both languages, and writes nothing."""
    from packconfig.core.messages import text

    template = bom_export.rows(zoe.bom)[3]
    table = [dataclasses.replace(template, item=f"1.1.{i}", part_no=f"{i:07d}")
             for i in range(100_000)]
    path = bom_export.export(zoe.bom, tmp_path / "big.csv", table=table)
    assert path.read_bytes().count(b"\r\n") == 100_001
    with pytest.raises(InputError) as err:
        bom_export.export(zoe.bom, tmp_path / "big.xlsx", table=table)
    assert "export it as CSV" in text(err.value, "en") and "CSV" in text(err.value, "zh")
    assert "100,000" in text(err.value, "zh")
    assert not (tmp_path / "big.xlsx").exists()
    path = bom_export.export(zoe.bom, tmp_path / "long.xlsx", table=table[:3000])
    sheet = openpyxl.load_workbook(path, read_only=True)["Full BOM"]
    assert sheet.max_row >= 3001


def test_too_large_for_xlsx_is_refused(zoe, tmp_path, monkeypatch):
    monkeypatch.setattr(bom_export, "XLSX_MAX_LINES", 10)
    with pytest.raises(InputError) as err:
        bom_export.export(zoe.bom, tmp_path / "b.xlsx")
    assert err.value.code == "bom_too_large"
    assert not (tmp_path / "b.xlsx").exists()
    assert math.isfinite(zoe.bom.mass_total)
