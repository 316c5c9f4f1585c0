"""Module splits in the design-space search: every design carries the suggested split,
the module requirements steer the suggestion and reject what no split can meet, and the
search agrees with the configurator's compute_pack."""

import numpy as np
import pytest

from packconfig.core.cells.catalog import load_catalog
from packconfig.core.explore.engine import search
from packconfig.core.explore.requirements import REASONS, requirements_from_text
from packconfig.core.pack.components import component_table
from packconfig.core.pack.modules import Architecture
from packconfig.core.pack.options import PackOptions
from packconfig.core.pack.physics import compute_pack


@pytest.fixture(scope="module")
def cells():
    cat = load_catalog()
    return [cat.get(i) for i in ("LG-E63", "EVE-LF280K", "PANASONIC-NCR21700A")]


def test_results_carry_the_split_the_configurator_suggests(cells):
    reqs = requirements_from_text({"min_voltage": "300 V", "max_voltage": "420 V",
                                   "min_energy": "40 kWh", "series": "80-120",
                                   "parallel": "1-60"})
    res = search(cells, reqs, objective="mass", limit=30)
    assert len(res) > 0
    for i in range(min(len(res), 15)):
        cid, s, p = res.design(i)
        cell = next(c for c in cells if c.id == cid)
        r = compute_pack(cell, s, p)
        assert int(res.arrays["module_series"][i]) == r.modules.module_series
        assert int(res.arrays["module_parallel"][i]) == r.modules.module_parallel
        assert res.arrays["mass_pack"][i] == pytest.approx(
            r["mass_pack"].to("kg").magnitude, rel=1e-12)


def test_module_limits_steer_and_reject(cells):
    base = {"min_voltage": "300 V", "max_voltage": "420 V", "min_energy": "40 kWh",
            "series": "80-120", "parallel": "1-60"}
    strict = requirements_from_text({**base, "max_module_voltage": "30 V",
                                     "max_module_mass": "12 kg"})
    res = search(cells, strict, objective="mass", limit=50)
    assert len(res) > 0
    assert np.all(res.arrays["module_voltage_max"] <= 30.0 + 1e-9)
    assert np.all(res.arrays["module_mass"] <= 12.0 + 1e-9)
    # the same design in the configurator with the same limits gets the same split
    cid, s, p = res.design(0)
    cell = next(c for c in cells if c.id == cid)
    table = component_table({"params": {"max_module_voltage": "30.0 V",
                                         "max_module_mass": "12.0 kg"}})
    r = compute_pack(cell, s, p, components=table)
    assert r.modules.module_series == int(res.arrays["module_series"][0])
    impossible = requirements_from_text({**base, "max_module_mass": "0.3 kg"})
    none = search(cells, impossible, objective="mass")
    assert len(none) == 0
    assert none.rejections.get("module_over_mass", 0) > 0
    assert "module_over_mass" in REASONS


def test_a_fixed_split_in_the_options_does_not_leak_into_the_search(cells):
    reqs = requirements_from_text({"min_voltage": "300 V", "max_voltage": "420 V",
                                   "series": "90-100", "parallel": "1-4"})
    opts = PackOptions(architecture=Architecture(module_series=7, module_parallel=3))
    res = search(cells, reqs, objective="mass", options=opts, limit=10)
    assert len(res) > 0  # 7S3P divides almost none of these; the suggestion is used
    assert all(int(s) % int(ms) == 0 for s, ms in zip(
        res.arrays["series"], res.arrays["module_series"], strict=True))


def test_cli_search_shows_the_split(capsys):
    from packconfig.cli import main

    assert main(["search", "--min-voltage", "350 V", "--max-voltage", "420 V",
                 "--min-energy-usable", "60 kWh", "--max-module-voltage", "50 V",
                 "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert "modules" in out.splitlines()[0] and " × " in out.splitlines()[1]
