"""Physics checks of the pack simulation (core/sim): capacity, energy balance, the RC
step response, time-step convergence, and the engines against the plain-Python scheme."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from packconfig.core import sim
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.sim import reference, solver
from packconfig.core.units import Q_


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize("cell_id", ["CBAK-32140FS", "LG-MJ1", "EVE-LF280K"])
def test_c20_delivers_rated_capacity(catalog, cell_id):
    cell = catalog.get(cell_id)
    model = sim.cell_model(cell)
    amps = model.capacity / 3600 / 20
    res = sim.simulate(model, 1, 1, sim.constant_current(Q_(amps, "A")), thermal="air")
    delivered_ah = amps * res.summary["duration"][0] / 3600
    rated_ah = model.capacity / 3600
    assert res.end_reason[0] in ("cutoff_voltage", "empty")
    assert abs(delivered_ah - rated_ah) / rated_ah < 0.01


def _ocv_integral(model, z: float) -> float:
    """Q·∫₀^z OCV ds of the piecewise-linear OCV table (exact), J."""
    grid = np.concatenate([model.soc[model.soc < z], [z]])
    return model.capacity * np.trapezoid(np.interp(grid, model.soc, model.ocv), grid)


def test_energy_balance_within_0_1_percent(catalog):
    model = sim.cell_model(catalog.get("LG-MJ1"))  # NMC: capacity flat in temperature
    res = sim.simulate(model, 1, 1, sim.constant_power(Q_(10, "W")), thermal="none")
    z_end = res.summary["final_soc"][0]
    stored = _ocv_integral(model, 1.0) - _ocv_integral(model, z_end)
    out = res.summary["energy_delivered"][0] + res.summary["losses"][0]
    assert res.summary["losses"][0] > 0.01 * stored  # the balance is not trivially small
    assert abs(out - stored) / stored < 0.001


def _flat_model(model, r0=0.01, r1=0.02, tau=40.0, ocv=3.6):
    shape = model.r0.shape
    return dataclasses.replace(
        model, ocv=np.full(model.soc.size, ocv), r0=np.full(shape, r0),
        rc_r=np.full((1,) + shape, r1), rc_c=np.full((1,) + shape, tau / r1),
        capacity_factor=np.ones(model.temperature.size))


def test_rc_step_response_is_analytic(catalog):
    model = _flat_model(sim.cell_model(catalog.get("LG-MJ1")))
    amps = 2.0
    prof = sim.steps([{"mode": "current", "value": Q_(amps, "A"),
                       "duration": Q_(300, "s")}], dt=0.5)
    res = sim.simulate(model, 1, 1, prof, heat_transfer_coefficient=0.0)
    t = res.row(0, "time")[:-1]
    v = res.row(0, "voltage")[:-1]
    analytic = 3.6 - amps * 0.01 - amps * 0.02 * (1 - np.exp(-t / 40.0))
    assert np.max(np.abs(v - analytic)) < 1e-9


def _run(model, dt):
    prof = sim.steps([{"mode": "power", "value": Q_(12, "W"), "duration": Q_(2400, "s")},
                      {"mode": "current", "value": Q_(0, "A"), "duration": Q_(600, "s")},
                      {"mode": "current", "value": Q_(-2, "A"), "duration": Q_(1200, "s")}],
                     dt=dt)
    return sim.simulate(model, 1, 1, prof, thermal="none", initial_soc=0.95)


def test_halving_the_time_step_changes_results_below_half_a_percent(catalog):
    model = sim.cell_model(catalog.get("MOLICEL-P42A"))
    coarse, fine = _run(model, 2.0), _run(model, 1.0)
    for key in ("energy_delivered", "losses", "final_soc", "min_voltage"):
        a, b = coarse.summary[key][0], fine.summary[key][0]
        assert abs(a - b) / abs(b) < 0.005, key
    rise_a = coarse.summary["max_temperature"][0] - 298.15
    rise_b = fine.summary["max_temperature"][0] - 298.15
    assert rise_b > 1.0
    assert abs(rise_a - rise_b) / rise_b < 0.005


def test_vectorised_engines_equal_the_plain_python_scheme(catalog):
    model = sim.cell_model(catalog.get("CBAK-32140FS"))
    prof = sim.cycle_profile("wltc3b", sim.load_vehicle("zoe-ze50"))
    seg = prof.segments[0]
    s, p = 96, 12
    ha = model.area * sim.cooling_h("air")
    plain = reference.run(model, [1] * seg.steps, (seg.value / (s * p)).tolist(),
                          seg.dt.tolist(), 0.9, 308.15, 308.15, ha)
    res = sim.simulate(model, s, p, prof, initial_soc=0.9, ambient=308.15)
    n = plain["end"]
    assert n == seg.steps  # the cycle completes
    assert np.max(np.abs(res.row(0, "voltage")[:n] / s - plain["voltage"])) < 1e-7
    assert np.max(np.abs(res.row(0, "temperature")[:n] - plain["temperature"])) < 1e-7
    st = solver.stack([model, model])
    kind = np.ones((2, seg.steps), dtype=np.int64)
    load = np.vstack([seg.value / (s * p)] * 2)
    args = (st, kind, load, seg.dt, np.full(2, 0.9), np.zeros((1, 2)), np.full(2, 308.15),
            np.full(2, 308.15), np.full(2, ha))
    fast, slow = solver.picard(*args), solver.sequential(*args)
    assert np.max(np.abs(fast.current - slow.current)) < 1e-7
    assert np.max(np.abs(fast.temp - slow.temp)) < 1e-7


def test_designs_are_independent_rows(catalog):
    """Several designs in one call give what each gives alone."""
    a = sim.cell_model(catalog.get("CBAK-32140FS"))
    b = sim.cell_model(catalog.get("LG-MJ1"))
    prof = sim.cycle_profile("udds", sim.load_vehicle("id3-pro-58"))
    both = sim.simulate([a, b], [96, 100], [20, 30], prof)
    for i, (m, s, p) in enumerate(((a, 96, 20), (b, 100, 30))):
        alone = sim.simulate(m, s, p, prof)
        for key in ("energy_delivered", "max_temperature", "min_voltage"):
            assert math.isclose(both.summary[key][i], alone.summary[key][0], rel_tol=1e-9)


def test_range_repeats_the_cycle_until_empty(catalog):
    model = sim.cell_model(catalog.get("CBAK-32140FS"))
    prof = sim.cycle_profile("wltc3b", sim.load_vehicle("zoe-ze50"))
    one = sim.simulate(model, 96, 20, prof)
    full = sim.simulate(model, 96, 20, prof, until_empty=True)
    assert full.end_reason[0] in ("empty", "cutoff_voltage")
    km = full.summary["range"][0] / 1e3
    usable_kwh = 96 * 20 * 3.2 * 15 / 1e3
    per_km = one.summary["consumption"][0] / 3.6e3  # kWh/km
    assert 0.9 < km * per_km / usable_kwh < 1.1  # energy / consumption, within losses
    assert full.summary["distance"][0] == pytest.approx(full.summary["range"][0])


def test_hot_ambient_and_no_cooling_stop_at_the_temperature_limit(catalog):
    model = sim.cell_model(catalog.get("CBAK-32140FS"))
    res = sim.simulate(model, 1, 1, sim.constant_current(Q_(45, "A")), thermal="none",
                       ambient=Q_(45, "degC"))
    assert res.end_reason[0] == "over_temperature"
    assert res.summary["max_temperature"][0] >= model.t_discharge[1]


def test_charge_cc_cv_time_energy_and_limits(catalog):
    model = sim.cell_model(catalog.get("CBAK-32140FS"))
    res = sim.charge(model, 96, 20, 0.1, 0.8, charger_power=30e3)
    assert res.end_reason == ["target"]
    assert np.nanmax(res.row(0, "power")) <= 30e3 * (1 + 1e-9)
    stored = 0.7 * model.capacity * 96 * 20 * 3.2
    assert 0.95 < res.energy_in[0] / stored < 1.1
    assert res.energy_from_grid[0] == pytest.approx(res.energy_in[0] / 0.9)
    fast = sim.charge(model, 96, 20, 0.1, 0.8)  # only the cell's 7.5 A limit
    assert fast.charge_time[0] < res.charge_time[0]
    assert np.nanmax(fast.row(0, "current")) <= 7.5 * 20 * (1 + 1e-9)
    cold = sim.charge(model, 96, 20, 0.1, 0.8, ambient=Q_(-10, "degC"))
    assert cold.end_reason == ["temperature_window"] and math.isnan(cold.charge_time[0])


def test_charge_to_full_ends_in_cv_taper(catalog):
    model = sim.cell_model(catalog.get("LG-MJ1"))
    res = sim.charge(model, 1, 1, 0.0, 1.0)
    assert res.end_reason[0] in ("taper", "target")
    v = res.row(0, "voltage")
    assert np.nanmax(v) <= model.v_max + 1e-6
    assert res.row(0, "current")[-1] < 0.5 * res.row(0, "current")[0]  # tapered


def test_charge_designs_finish_independently(catalog):
    model = sim.cell_model(catalog.get("CBAK-32140FS"))
    both = sim.charge([model, model], [96, 96], [20, 5], 0.1, 0.8, charger_power=60e3)
    for i, p in enumerate((20, 5)):
        alone = sim.charge(model, 96, p, 0.1, 0.8, charger_power=60e3)
        assert both.charge_time[i] == alone.charge_time[0]
        assert both.length[i] == alone.length[0]
        assert both.energy_in[i] == pytest.approx(alone.energy_in[0], rel=1e-9)


def test_charge_cc_part_in_one_run_equals_stepping(catalog, monkeypatch):
    """The constant-current phase solved in one vectorised run, then the CV phase step
    by step, gives what stepping the whole charge gives."""
    model = sim.cell_model(catalog.get("LG-MJ1"))
    fast = sim.charge(model, 10, 3, 0.05, 1.0, charger_power=300.0)
    monkeypatch.setattr(solver, "picard", lambda *a, **k: None)
    slow = sim.charge(model, 10, 3, 0.05, 1.0, charger_power=300.0)
    assert fast.end_reason == slow.end_reason
    assert fast.length[0] == slow.length[0]
    for key in ("voltage", "current", "soc", "temperature"):
        assert np.nanmax(np.abs(fast.row(0, key) - slow.row(0, key))) < 1e-6, key
    assert np.nanmax(fast.row(0, "voltage")) <= 10 * model.v_max + 1e-6
