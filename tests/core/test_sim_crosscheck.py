"""Independent cross-checks of core/sim.

* NREL ``thevenin`` 0.2.1 (BSD-3, a DAE solver on SUNDIALS IDA; test-only dependency)
  given exactly the parameters of our CellModel: terminal voltage within 5 mV RMS and
  temperature within 0.5 K on current and power profiles.
* Vehicle energy on WLTC class 3b against the published WLTP figures of the usable rows
  of the reference vehicles-examples.csv (docs/simulation.md reports each error).
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import thevenin

from packconfig.core import sim
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.sim import solver
from packconfig.core.units import Q_


def _model():
    # NMC: capacity flat in temperature (thevenin has no capacity(T)); no OCV hysteresis
    return sim.cell_model(load_catalog().get("MOLICEL-P42A"))


def _thevenin_params(model, h: float, ambient: float, soc0: float) -> dict:
    st = solver.stack([model])

    def table(name: str, k: int = 0):
        def f(soc, temp):
            look = solver.lookup(st, np.atleast_1d(np.asarray(soc, dtype=float)),
                                 np.atleast_1d(np.asarray(temp, dtype=float)))
            value = look.r0 if name == "r0" else getattr(look, name)[k]
            return float(value[0])
        return f

    return {
        "num_RC_pairs": 1, "soc0": soc0, "capacity": model.capacity / 3600.0, "ce": 1.0,
        "gamma": 0.0, "mass": model.mass, "isothermal": False, "Cp": model.specific_heat,
        "T_inf": ambient, "h_therm": h, "A_therm": model.area,
        "ocv": lambda soc: float(np.interp(soc, model.soc, model.ocv)),
        "M_hyst": lambda soc: 0.0,
        "R0": table("r0"), "R1": table("rc_r"), "C1": table("rc_c"),
    }


def _compare(model, steps_spec, thev_steps, soc0=0.9, h=30.0, ambient=298.15):
    prof = sim.steps(steps_spec, dt=1.0)
    ours = sim.simulate(model, 1, 1, prof, heat_transfer_coefficient=h, ambient=ambient,
                        initial_soc=soc0)
    assert ours.end_reason == ["profile_complete"]
    solver_ = thevenin.Simulation(_thevenin_params(model, h, ambient, soc0))
    exp = thevenin.Experiment()
    for mode, value, seconds in thev_steps:
        exp.add_step(mode, value, (seconds, 1.0))
    soln = solver_.run(exp, t_shift=0.0)
    t_ref = np.asarray(soln.vars["time_s"])
    v_ref = np.asarray(soln.vars["voltage_V"])
    temp_ref = np.asarray(soln.vars["temperature_K"])
    t = ours.row(0, "time")[:-1]
    v = ours.row(0, "voltage")[:-1]
    temp = ours.row(0, "temperature")[:-1]
    # thevenin's stitched steps repeat the boundary instants: take the later sample
    keep = np.append(np.diff(t_ref) > 0, True)
    t_ref, v_ref, temp_ref = t_ref[keep], v_ref[keep], temp_ref[keep]
    inner = np.isin(t, t_ref) & ~np.isin(t, np.cumsum([s for *_x, s in thev_steps]))
    v_other = np.interp(t[inner], t_ref, v_ref)
    rms = float(np.sqrt(np.mean((v[inner] - v_other) ** 2)))
    dtemp = float(np.max(np.abs(temp[inner] - np.interp(t[inner], t_ref, temp_ref))))
    return rms, dtemp, float(temp.max() - ambient)


def test_thevenin_current_profile():
    model = _model()
    amps = model.capacity / 3600.0  # 1C
    spec = [{"mode": "current", "value": Q_(amps, "A"), "duration": Q_(1800, "s")},
            {"mode": "current", "value": Q_(0, "A"), "duration": Q_(600, "s")},
            {"mode": "current", "value": Q_(-amps / 2, "A"), "duration": Q_(1200, "s")}]
    thev = [("current_A", amps, 1800.0), ("current_A", 0.0, 600.0),
            ("current_A", -amps / 2, 1200.0)]
    rms, dtemp, rise = _compare(model, spec, thev)
    assert rise > 1.0  # the thermal model is exercised
    assert rms < 0.005 and dtemp < 0.5


def test_thevenin_power_profile_hot_ambient():
    model = _model()
    spec = [{"mode": "power", "value": Q_(12, "W"), "duration": Q_(1200, "s")},
            {"mode": "power", "value": Q_(-6, "W"), "duration": Q_(600, "s")}]
    thev = [("power_W", 12.0, 1200.0), ("power_W", -6.0, 600.0)]
    rms, dtemp, rise = _compare(model, spec, thev, ambient=313.15, h=10.0)
    assert rise > 1.0
    assert rms < 0.005 and dtemp < 0.5


# ---- vehicle energy on WLTC --------------------------------------------------------
#: Usable rows of vehicles-examples.csv (research notes §7): battery-side published
#: consumption = usable energy / WLTP range.
WLTP_ROWS = {
    "V04 Renault Zoe ZE50 R135": ("zoe-ze50", 52.0 / 395 * 100, 52.0 / 386 * 100),
    "V08 VW ID.3 Pro Performance 58": ("id3-pro-58", 58.0 / 420 * 100, 58.0 / 420 * 100),
}


@pytest.mark.parametrize("row", sorted(WLTP_ROWS))
def test_wltc_consumption_within_15_percent_of_wltp(row):
    preset, best, worst = WLTP_ROWS[row]
    vehicle = sim.load_vehicle(preset)
    times, speed, _src = sim.vehicle.cycle_trace("wltc3b")
    _dt, power, dist = sim.vehicle.battery_power(vehicle, times, speed)
    kwh_per_100km = power.sum() / 3.6e6 / (dist.sum() / 1e5)
    for published in (best, worst):
        assert abs(kwh_per_100km / published - 1) < 0.15, (row, kwh_per_100km, published)


def test_cycle_distances_match_the_published_ones():
    for name, km in (("wltc3b", 23.266), ("udds", 11.99), ("nedc", 11.023)):
        times, speed, source = sim.vehicle.cycle_trace(name)
        dist = float(np.sum(0.5 * (speed[1:] + speed[:-1]) * np.diff(times))) / 1e3
        assert abs(dist - km) / km < 0.001 and source


def test_cltc_p_is_refused_with_the_missing_source_named():
    with pytest.raises(sim.CycleMissing) as err:
        sim.cycle_profile("cltc-p", sim.load_vehicle("zoe-ze50"))
    assert "GB/T 38146.1-2019" in str(err.value) and "time (s),speed (km/h)" in str(err.value)


def test_replaced_model_is_used_as_given():
    """cell_model output is plain data: a replaced table changes the run."""
    model = _model()
    double = dataclasses.replace(model, r0=model.r0 * 2)
    prof = sim.constant_current(Q_(4, "A"))
    a = sim.simulate(model, 1, 1, prof)
    b = sim.simulate(double, 1, 1, prof)
    assert b.summary["losses"][0] > a.summary["losses"][0]
