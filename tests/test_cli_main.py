"""The `packconfig` command line: calc/cells output, JSON shape, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pint
import pytest

from packconfig import cli

DATA = Path(__file__).parent / "data"
REQUIRED = ("voltage_min", "voltage_nominal", "voltage_max", "capacity", "energy_nominal",
            "energy_usable", "mass_cells", "mass_pack", "current_continuous_max",
            "power_continuous_max", "resistance_pack", "energy_density_gravimetric_pack",
            "energy_density_volumetric_pack")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "packconfig", *args], capture_output=True,
                          text=True, timeout=120)


def test_command_names_match_the_parser():
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert set(sub.choices) == set(cli.COMMAND_NAMES.values())


def test_calc_json_for_the_issue_cell_file(capsys):
    assert cli.main(["calc", "--cell-file", str(DATA / "cbak-32140fs.toml"), "--series", "96",
                     "--parallel", "2", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["cell"], data["series"], data["parallel"], data["cell_count"]) == (
        "CBAK-32140FS", 96, 2, 192)
    ureg = pint.UnitRegistry()  # a consumer's own pint reads our units
    for key in REQUIRED:
        assert set(data[key]) == {"value", "unit"}, key
        ureg.Quantity(data[key]["value"], data[key]["unit"])
    q = lambda k: ureg.Quantity(data[k]["value"], data[k]["unit"])  # noqa: E731
    assert q("voltage_nominal").to("V").magnitude == pytest.approx(307.2)
    assert q("capacity").to("A*h").magnitude == pytest.approx(30)
    assert q("energy_nominal").to("kWh").magnitude == pytest.approx(9.216)
    assert q("resistance_pack").to("mohm").magnitude == pytest.approx(144)
    assert q("power_continuous_max").to("kW").magnitude == pytest.approx(18.432)
    assert q("mass_cells").to("kg").magnitude == pytest.approx(57.6)


def test_calc_json_null_for_unknown_figures(capsys):
    # CBAK-40135FS has no internal resistance in any source
    assert cli.main(["calc", "--cell", "CBAK-40135FS", "-s", "16", "-p", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["resistance_pack"] is None
    assert "internal resistance" in data["not_available"]["resistance_pack"]
    assert data["voltage_nominal"]["value"] == pytest.approx(51.2)


def test_calc_table(capsys):
    assert cli.main(["calc", "--cell", "CBAK-32140FS", "-s", "16", "-p", "1"]) == 0
    out = capsys.readouterr().out
    assert "16S1P, 16 cells" in out and "51.2 V" in out and "768.0 Wh" in out


@pytest.mark.parametrize("args,words", [
    (["calc", "--cell", "NOPE", "-s", "2", "-p", "1"], "no cell with id 'NOPE'"),
    (["calc", "--cell", "CBAK-32140FS", "-s", "0", "-p", "1"], "series must be at least 1"),
    (["calc", "--cell", "CBAK-32140FS", "-s", "abc", "-p", "1"], "whole number"),
    (["calc", "--cell", "CBAK-32140FS", "-s", "99999999", "-p", "1"], "supported maximum"),
    (["calc", "--cell", "CBAK-32140FS", "-s", "2", "-p", "1", "--current", "3 V"],
     "must be a current"),
    (["calc", "--cell-file", "/nonexistent.toml", "-s", "2", "-p", "1"], "file not found"),
    (["calc", "--cell", "CBAK-32140FS", "-s", "2"], "required"),
    (["cells", "--chemistry", "XYZ"], "unknown chemistry"),
])
def test_bad_input_is_one_line_no_traceback(args, words):
    result = run(*args)
    assert result.returncode == 2
    assert words in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_cells_lists_the_catalog(capsys):
    assert cli.main(["cells", "--format", "32140"]) == 0
    out = capsys.readouterr().out
    assert "CBAK-32140FS" in out and "1 cell(s)" in out


def test_module_entry_point_and_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("packconfig ")
