"""``packconfig simulate`` and ``packconfig charge``: the JSON contract and bad input."""

from __future__ import annotations

import json

import pytest

from packconfig.cli import main


def _json(capsys, argv):
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_simulate_json_contract(capsys):
    d = _json(capsys, ["simulate", "--cell", "CBAK-32140FS", "-s", "96", "-p", "20",
                       "--cycle", "wltc3b", "--vehicle", "zoe-ze50", "--ambient", "40 degC",
                       "--thermal", "air", "--json"])
    for key in ("time", "voltage", "current", "soc", "temperature"):
        assert set(d["series"][key]) == {"value", "unit"}
    n = len(d["series"]["time"]["value"])
    assert n == 1801 and len(d["series"]["voltage"]["value"]) == n
    summary = d["summary"]
    for key in ("energy_delivered", "range", "consumption", "min_voltage", "max_temperature",
                "end_reason"):
        assert key in summary
    assert summary["end_reason"] == "profile_complete"
    assert 12 < summary["consumption"]["value"] < 18  # kWh/100 km
    model = d["cell_model"]
    for key in ("capacity", "mass", "specific_heat", "heat_transfer", "ambient"):
        assert set(model[key]) >= {"value", "unit"}
    assert model["ambient"]["value"] == pytest.approx(313.15)
    soc = model["ocv"]["soc"]
    assert len(model["ocv"]["voltage"]["value"]) == len(soc)
    temps = model["r0"]["temperature"]["value"]
    r0 = model["r0"]["resistance"]["value"]
    assert len(r0) == len(soc) and len(r0[0]) == len(temps)
    assert model["rc"] and set(model["rc"][0]) >= {"soc", "temperature", "resistance",
                                                    "capacitance"}


def test_simulate_until_empty_gives_range(capsys):
    d = _json(capsys, ["simulate", "--cell", "LG-MJ1", "-s", "96", "-p", "40",
                       "--cycle", "udds", "--vehicle", "id3-pro-58", "--until-empty",
                       "--json"])
    assert d["summary"]["end_reason"] in ("cutoff_voltage", "empty")
    assert d["summary"]["range"]["value"] > 50


def test_charge_json(capsys):
    d = _json(capsys, ["charge", "--cell", "CBAK-32140FS", "-s", "96", "-p", "20",
                       "--from", "0.1", "--to", "0.8", "--charger-power", "60 kW", "--json"])
    assert d["charge_time"]["unit"] == "min" and d["charge_time"]["value"] > 10
    assert d["energy_from_grid"]["value"] > d["energy_into_pack"]["value"]
    assert len(d["curve"]["soc"]["value"]) > 10


@pytest.mark.parametrize("argv, words", [
    (["--cycle", "cltc-p", "--vehicle", "zoe-ze50"], ["GB/T 38146.1-2019", "--profile"]),
    (["--cycle", "wltc3b"], ["--vehicle"]),
    (["--constant-power", "50 kW", "--ambient", "500 degC"], ["--ambient", "500"]),
    (["--constant-power", "50 kg"], ["--constant-power", "power"]),
    (["--cycle", "nedc", "--vehicle", "truck"], ["unknown vehicle", "zoe-ze50"]),
])
def test_simulate_bad_input_is_one_clear_line(capsys, argv, words):
    base = ["simulate", "--cell", "CBAK-32140FS", "-s", "96", "-p", "20"]
    assert main(base + argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("packconfig: error:") and err.count("\n") == 1
    for word in words:
        assert word in err


def _csv(tmp_path, text: str):
    path = tmp_path / "load.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("text, words", [
    ("time,power\n0,1000\n1,1000\n", ["row 1", "no unit"]),
    ("time (s),power (kW)\n0,10\n1,nan\n2,10\n", ["row 3", "power", "not a finite"]),
    ("time (s),power (kW)\n0,10\n5,10\n3,10\n", ["row 4", "time", "must rise"]),
    ("time (s),power (kW)\n0,10\n1,abc\n", ["row 3", "not a number"]),
    ("time (s),power (kg)\n0,10\n1,10\n", ["row 1", "unit"]),
])
def test_profile_csv_errors_name_row_and_field(capsys, tmp_path, text, words):
    path = _csv(tmp_path, text)
    assert main(["simulate", "--cell", "CBAK-32140FS", "-s", "96", "-p", "20", "--profile",
                 path]) == 2
    err = capsys.readouterr().err
    for word in words:
        assert word in err, err


def test_ten_million_rows_are_refused(capsys, tmp_path):
    path = tmp_path / "huge.csv"
    path.write_bytes(b"time (s),power (W)\n" + b"1,1\n" * 10_000_000)
    assert main(["simulate", "--cell", "CBAK-32140FS", "-s", "1", "-p", "1", "--profile",
                 str(path)]) == 2
    assert "too large" in capsys.readouterr().err


def test_power_csv_runs(capsys, tmp_path):
    path = _csv(tmp_path, "# a test load\ntime (min),power (kW)\n0,20\n10,-5\n12,0\n15,0\n")
    d = _json(capsys, ["simulate", "--cell", "CBAK-32140FS", "-s", "96", "-p", "20",
                       "--profile", path, "--json"])
    assert d["series"]["time"]["value"][-1] == pytest.approx(900)
    assert d["summary"]["end_reason"] == "profile_complete"


def test_vehicle_file_with_negative_mass(capsys, tmp_path):
    veh = tmp_path / "van.toml"
    veh.write_text('name = "van"\nsource = "me"\nmass = "-5 kg"\ndrag_coefficient = "0.3"\n'
                   'frontal_area = "2 m**2"\nrolling_resistance = "0.01"\n'
                   'drivetrain_efficiency = "0.9"\nregen_fraction = "0.5"\n'
                   'auxiliary_power = "0.3 kW"\n', encoding="utf-8")
    assert main(["simulate", "--cell", "CBAK-32140FS", "-s", "96", "-p", "20", "--cycle",
                 "nedc", "--vehicle", str(veh)]) == 2
    err = capsys.readouterr().err
    assert "mass" in err and "-5 kg" in err


def test_simulation_errors_render_in_chinese(tmp_path):
    from packconfig.core import messages, sim
    from packconfig.core.errors import PackconfigError

    errors = []
    for call in (lambda: sim.cycle_profile("cltc-p", sim.load_vehicle("zoe-ze50")),
                 lambda: sim.load_vehicle("truck"),
                 lambda: sim.csv_profile(_csv(tmp_path, "time (s),power (kW)\n0,1\n1,nan\n"))):
        with pytest.raises(PackconfigError) as err:
            call()
        errors.append(err.value)
    texts = [messages.text(e, "zh") for e in errors]
    assert "GB/T 38146.1-2019" in texts[0] and "未公开" in texts[0]
    assert "未知车辆" in texts[1]
    assert "有限数值" in texts[2] and "row 3" in texts[2]


def test_search_with_simulated_requirements(capsys):
    argv = ["search", "--chemistry", "LFP", "--min-voltage", "300 V", "--max-voltage",
            "420 V", "--series", "90-130", "--parallel", "1-30", "--runs-cycle", "udds",
            "--vehicle", "zoe-ze50", "--min-range", "150 km", "--json"]
    d = _json(capsys, argv)
    reasons = d["rejections"]
    assert "sim_range" in reasons or "sim_profile" in reasons
    assert d["feasible"] > 0
    assert main(["search", "--min-range", "100 km"]) == 2
    assert "--vehicle" in capsys.readouterr().err
