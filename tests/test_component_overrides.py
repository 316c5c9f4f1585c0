"""A part overridden in settings.json ("components") changes the figures of every
command and the quote (issue 15: "overridable in settings"). It was parsed into
``Settings.parts`` but never reached a calculation."""

from __future__ import annotations

import json
from decimal import Decimal

from packconfig import cli
from packconfig.core.commerce.settings import settings_path

DESIGN = ["--cell", "CBAK-32140FS", "-s", "96", "-p", "2"]


def run_json(capsys, *args: str) -> dict:
    assert cli.main([*args, *DESIGN, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def heavy_harness() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"components": {"parts": {
        "harness": {"mass_kg": 30.0, "cost_usd": "999"}}}}), encoding="utf-8")


def test_a_heavier_dearer_harness_reaches_calc_bom_and_price(capsys):
    before = run_json(capsys, "calc")
    price_before = run_json(capsys, "price", "-n", "10")
    heavy_harness()
    after = run_json(capsys, "calc")
    assert after["mass_pack"]["value"] - before["mass_pack"]["value"] == pytest_approx(29.0)
    price_after = run_json(capsys, "price", "-n", "10")
    assert Decimal(price_after["list_unit_price"]["amount"]) > Decimal(
        price_before["list_unit_price"]["amount"])
    assert cli.main(["bom", *DESIGN]) == 0
    assert "30.000 kg" in capsys.readouterr().out


def test_a_broken_settings_file_leaves_calc_on_the_shipped_table(capsys):
    before = run_json(capsys, "calc")
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert cli.main(["calc", *DESIGN, "--json"]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["mass_pack"] == before["mass_pack"]
    assert "shipped component table" in out.err


def pytest_approx(value: float):
    import pytest

    return pytest.approx(value, abs=1e-6)
