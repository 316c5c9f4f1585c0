"""``packconfig life``: the issue's JSON contract and its bad-input messages."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from packconfig import cli

CONTRACT = ("years", "capacity_fraction", "resistance_factor", "years_to_80", "cycles_to_80",
            "years_to_70", "cycles_to_70", "throughput", "warranty", "cost_per_kwh_delivered",
            "warnings")


def life_json(capsys, *args: str) -> dict:
    assert cli.main(["life", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_contract(capsys):
    data = life_json(capsys, "--cell", "CBAK-32140FS", "-s", "96", "-p", "2",
                     "--cycles-per-day", "1", "--dod", "0.8", "--c-rate", "0.5",
                     "--temperature", "25 degC", "--rest-soc", "0.5", "--years", "15")
    assert set(CONTRACT) <= set(data)
    assert len(data["years"]) == len(data["capacity_fraction"]) == 181
    assert data["years"][-1] == 15.0 and data["capacity_fraction"][0] == 1.0
    assert data["resistance_factor"][-1] > 1.0
    assert 0 < data["years_to_80"] < data["years_to_70"]
    assert data["cycles_to_80"] == pytest.approx(data["years_to_80"] * 365.25 * 0.8, rel=0.01)
    w = data["warranty"]
    assert w["years"] == int(data["years_to_70"] * 0.8) and "to 70 % SOH" in w["text"]
    assert w["months"] == 12 * w["years"]
    cost = data["cost_per_kwh_delivered"]
    assert cost["currency"] == "CNY" and Decimal(cost["amount"]) > 0
    assert data["throughput"]["unit"] == "MWh" and data["warnings"] == []
    assert data["model"]["family"] == "lfp_naumann"


def test_hotter_is_shorter_and_flagged(capsys):
    cool = life_json(capsys, "--cell", "EVE-LF280K", "-s", "16", "-p", "1")
    hot = life_json(capsys, "--cell", "EVE-LF280K", "-s", "16", "-p", "1",
                    "--temperature", "50 degC")
    assert hot["years_to_80"] < cool["years_to_80"]
    assert [w["code"] for w in hot["warnings"]] == ["range_temperature"]


@pytest.mark.parametrize("args,words", [
    (("--cycles-per-day", "-1"), "cycles per day must be between 0 and 50, got -1"),
    (("--dod", "1.2"), "depth of discharge must be between 0 and 1, got 1.2"),
    (("--temperature", "-300 degC"), "below absolute zero"),
    (("--years", "1000"), "years must be above 0 and at most 50, got 1000"),
    (("--dod", "deep"), "depth of discharge must be a number"),
])
def test_bad_input_is_one_line_and_exit_2(capsys, args, words):
    assert cli.main(["life", "--cell", "EVE-LF280K", "-s", "16", "-p", "1", *args]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1


def test_refused_chemistry(capsys):
    assert cli.main(["life", "--cell", "TOB-NA18650-1300", "-s", "10", "-p", "1"]) == 2
    assert "no lifetime projection for NaIon" in capsys.readouterr().err


def test_rise_comes_from_the_thermal_model_unless_given(capsys):
    base = ("--cell", "CBAK-32140FS", "-s", "96", "-p", "16", "--c-rate", "1",
            "--cycles-per-day", "2")
    air = life_json(capsys, *base)
    none = life_json(capsys, *base, "--thermal", "none")
    given = life_json(capsys, *base, "--temperature-rise", "0")
    assert air["usage"]["temperature_rise_source"] == "thermal model (air cooling, daily duty)"
    assert air["usage"]["thermal"] == "air" and given["usage"]["thermal"] is None
    assert given["usage"]["temperature_rise_source"] == "given"
    assert none["usage"]["temperature_rise_K"] > air["usage"]["temperature_rise_K"] > 0
    assert none["years_to_80"] < air["years_to_80"] < given["years_to_80"]


def test_usage_from_a_drive_cycle_and_the_end_of_warranty_range(capsys):
    data = life_json(capsys, "--cell", "CBAK-32140FS", "-s", "96", "-p", "16",
                     "--cycle", "wltc3b", "--vehicle", "id3-pro-58", "--cycles-per-day", "2")
    u = data["usage"]
    assert u["profile"] == "WLTC class 3b" and u["thermal"] == "air"
    assert 0 < u["dod"] < 0.2 and u["cycles_per_day"] > 1
    r = data["end_of_warranty"]["range"]
    assert r["cycle"] == "WLTC class 3b" and "ID.3" in r["vehicle"]
    assert r["guaranteed"]["value"] < r["typical"]["value"] < r["begin_of_life"]["value"]
    assert data["end_of_warranty"]["years"] == data["warranty"]["years"]


def test_range_cycle_with_a_daily_duty_and_missing_vehicle(capsys):
    data = life_json(capsys, "--cell", "CBAK-32140FS", "-s", "96", "-p", "16",
                     "--range-cycle", "udds", "--vehicle", "zoe-ze50")
    assert data["usage"]["profile"] is None
    assert data["end_of_warranty"]["range"]["cycle"].startswith("UDDS")
    assert life_json(capsys, "--cell", "CBAK-32140FS", "-s", "96", "-p", "16"
                     )["end_of_warranty"]["range"] is None
    assert cli.main(["life", "--cell", "CBAK-32140FS", "-s", "96", "-p", "16",
                     "--cycle", "wltc3b"]) == 2
    assert "needs --vehicle" in capsys.readouterr().err


def test_search_lifetime_requirement_uses_the_thermal_model(capsys):
    from packconfig.core import sim
    from packconfig.core.cells.catalog import load_catalog
    from packconfig.core.life.outputs import summarise
    from packconfig.core.life.thermal import thermal_usage
    from packconfig.core.life.usage import make_usage

    cell = load_catalog().get("CBAK-32140FS")
    duty = make_usage(cycles_per_day=3, dod=0.8, charge_rate=1, discharge_rate=1)
    cool = summarise(cell, 1, 1, duty).years_to[0.8]
    warm = summarise(cell, 1, 1, thermal_usage(sim.cell_model(cell), duty, "none")
                     ).years_to[0.8]
    need = f"{(cool + warm) / 2:.3f}"  # met without the rise, missed with it
    base = ["search", "--manufacturer", "CBAK", "--min-life-years", need,
            "--life-cycles-per-day", "3", "--life-c-rate", "1", "--json", "--sort", "mass"]

    def short_cells(extra):
        assert cli.main(base + extra) == 0
        data = json.loads(capsys.readouterr().out)
        return data["rejections"].get("life_short", {"cells": []})["cells"]

    assert "CBAK-32140FS" not in short_cells(["--life-thermal", "off"])
    assert "CBAK-32140FS" in short_cells(["--life-thermal", "none"])
