"""Explorer requirements decided by the simulation (core/explore/sim_rules.py)."""

from __future__ import annotations

import numpy as np
import pytest

from packconfig.core import sim
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.errors import InputError
from packconfig.core.explore.engine import search
from packconfig.core.explore.requirements import requirements_from_text
from packconfig.core.explore.sim_rules import SimRequirements, thresholds
from packconfig.core.units import Q_

IDS = ["CBAK-32140FS", "LG-MJ1", "EVE-LF280K"]


@pytest.fixture(scope="module")
def cells():
    cat = load_catalog()
    return [cat.get(i) for i in IDS]


def _profile():
    return sim.steps([{"mode": "power", "value": Q_(60, "kW"), "duration": Q_(300, "s")},
                      {"mode": "power", "value": Q_(-20, "kW"), "duration": Q_(60, "s")}])


def test_threshold_is_the_smallest_passing_cell_count(cells):
    reqs = SimRequirements(profile=_profile(), max_peak_temperature=308.15, ambient=303.15)
    found = thresholds(cells, reqs)
    for key in ("sim_profile", "sim_peak_temperature"):
        bound, at_least = found[key]
        assert at_least
        for i, cell in enumerate(cells):
            model = sim.cell_model(cell)
            n = int(bound[i])
            assert 1 < n <= 200_000
            res = sim.simulate([model, model], [n, n - 1], 1, _profile(), ambient=303.15)
            assert res.end_reason[0] == "profile_complete"
            if key == "sim_profile":
                assert res.end_reason[1] != "profile_complete"
            else:
                peak = res.summary["max_temperature"]
                assert peak[0] <= 308.15
                assert res.end_reason[1] != "profile_complete" or peak[1] > 308.15


def test_search_rejects_by_simulated_requirement_and_counts_it(cells):
    reqs = requirements_from_text({"min_voltage": "300 V", "max_voltage": "420 V",
                                   "series": "80-130", "parallel": "1-40"})
    base = search(cells, reqs, objective="mass")
    hard = SimRequirements(profile=_profile(), ambient=303.15)
    res = search(cells, reqs, objective="mass", sim=hard)
    lost = res.rejections.get("sim_profile", 0)
    assert lost > 0 and res.feasible + lost == base.feasible
    n = np.asarray(res.arrays["series"]) * np.asarray(res.arrays["parallel"])
    bound = thresholds(cells, hard)["sim_profile"][0]
    idx = np.asarray(res.arrays["cell_index"])
    assert np.all(n >= bound[idx])


def test_current_profiles_are_refused():
    prof = sim.steps([{"mode": "current", "value": Q_(10, "A"), "duration": Q_(10, "s")}])
    with pytest.raises(InputError):
        SimRequirements(profile=prof)


def test_charge_time_threshold_is_an_upper_bound_on_cells(cells):
    """At a fixed charger power more cells take longer: feasible N <= N_max."""
    reqs = SimRequirements(max_charge_time=30 * 60, charger_power=20e3)
    ranges = {0: (50, 4000), 1: (50, 4000), 2: (2, 300)}
    bound, at_least = thresholds(cells, reqs, ranges)["sim_charge_time"]
    assert not at_least
    for i, cell in enumerate(cells):
        n = int(bound[i])
        lo, hi = ranges[i]
        model = sim.cell_model(cell)
        probe = sorted({x for x in (lo, hi, n, n + 1) if lo <= x <= hi})
        res = sim.charge([model] * len(probe), probe, 1, 0.1, 0.8, charger_power=20e3)
        times = np.nan_to_num(res.charge_time, nan=np.inf)
        for x, t in zip(probe, times, strict=True):
            assert (t <= 30 * 60) == (x <= n), (cell.id, x, t, n)


def test_range_threshold_is_exact(cells):
    cycle = sim.cycle_profile("udds", sim.load_vehicle("zoe-ze50"))
    reqs = SimRequirements(range_profile=cycle, min_range=30e3)
    ranges = {0: (10, 2000), 1: (10, 3000), 2: (2, 200)}
    bound, at_least = thresholds(cells, reqs, ranges)["sim_range"]
    assert at_least
    for i, cell in enumerate(cells):
        n = int(bound[i])
        lo, hi = ranges[i]
        assert lo < n <= hi, (cell.id, n)  # the boundary lies inside these ranges
        model = sim.cell_model(cell)
        res = sim.simulate([model, model], [n, n - 1], 1, cycle, until_empty=True)
        assert res.summary["range"][0] >= 30e3 > res.summary["range"][1], cell.id
