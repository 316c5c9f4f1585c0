"""Lifetime joined to the pack simulation: the thermal model's rise, usage from a
simulated profile (rainflow), and the end-of-warranty range (docs/life.md §4a, §4b, §6a)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from packconfig.core import messages, sim
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.errors import InputError
from packconfig.core.explore.life_rules import LifeRequirement, life_reasons
from packconfig.core.life.driving import scaled_model, simulated_usage, warranty_ranges
from packconfig.core.life.in_use import Drive, project_in_use
from packconfig.core.life.outputs import summarise
from packconfig.core.life.profile import profile_usage
from packconfig.core.life.thermal import duty_rise, thermal_usage
from packconfig.core.life.usage import make_usage
from packconfig.core.sim.profiles import C_RATE, Profile, Segment

CATALOG = load_catalog()
CELL = CATALOG.get("CBAK-32140FS")
MODEL = sim.cell_model(CELL)
VEHICLE = sim.load_vehicle("id3-pro-58")
WLTC = sim.cycle_profile("wltc3b", VEHICLE)


# ------------------------------------------------------------------ thermal rise
def test_rise_is_positive_and_orders_with_cooling_and_rate():
    usage = make_usage(cycles_per_day=2, dod=0.8, charge_rate=1, discharge_rate=1)
    rises = {t: float(duty_rise([MODEL], usage, t)[0]) for t in ("none", "air", "liquid")}
    assert rises["none"] > rises["air"] > rises["liquid"] > 0
    slow = float(duty_rise([MODEL], replace(usage, charge_rate=0.5, discharge_rate=0.5),
                           "air")[0])
    assert 0 < slow < rises["air"]
    assert duty_rise([MODEL], make_usage(cycles_per_day=0), "air")[0] == 0.0


def test_rise_matches_the_simulation_of_the_same_cycle():
    """The rise is the simulated block's mean excess temperature: check it against a
    direct run of one discharge + charge with the same model (one cycle a day)."""
    usage = make_usage(cycles_per_day=1, dod=0.6, charge_rate=1, discharge_rate=1)
    rise = float(duty_rise([MODEL], usage, "none")[0])
    n = 36 * 60 // 10  # 0.6 of the capacity at 1C = 36 min, 10-s steps
    seg = Segment(np.full(n, C_RATE), np.full(n, 1.0), np.full(n, 10.0))
    back = Segment(np.full(n, C_RATE), np.full(n, -1.0), np.full(n, 10.0))
    res = sim.simulate(MODEL, 1, 1, Profile("x", (seg, back)), thermal="none",
                       ambient=298.15, initial_soc=0.8)
    t, temp = res.row(0, "time"), res.row(0, "temperature")
    direct = float(np.sum((temp[:-1] - 298.15) * np.diff(t)) / (t[-1] - t[0]))
    assert rise == pytest.approx(direct, rel=0.05, abs=0.05)


def test_vectorised_rise_equals_one_cell_at_a_time():
    cells = [CATALOG.get(i) for i in ("CBAK-32140FS", "EVE-LF280K", "MOLICEL-P42A")]
    models = [sim.cell_model(c) for c in cells]
    usage = make_usage(cycles_per_day=3, dod=1.0, charge_rate=1, discharge_rate=2)
    together = duty_rise(models, usage, "air")
    alone = [float(duty_rise([m], usage, "air")[0]) for m in models]
    np.testing.assert_allclose(together, alone, rtol=1e-9)


def test_thermal_rise_shortens_life_and_is_recorded():
    duty = make_usage(cycles_per_day=2, dod=0.9, charge_rate=1, discharge_rate=1)
    hot = thermal_usage(MODEL, duty, "none")
    assert hot.thermal == "none" and hot.temperature_rise > 1
    assert summarise(CELL, 96, 16, hot).years_to[0.8] < summarise(CELL, 96, 16,
                                                                   duty).years_to[0.8]


def test_explorer_rule_uses_the_rise_per_cell():
    usage = make_usage(cycles_per_day=3, dod=0.9, charge_rate=1, discharge_rate=1)
    cool = summarise(CELL, 1, 1, usage).years_to[0.8]
    warm = summarise(CELL, 1, 1, thermal_usage(MODEL, usage, "none")).years_to[0.8]
    assert warm < cool
    cells = list(CATALOG)
    need = (cool + warm) / 2  # CBAK-32140FS meets it without the rise, not with it
    a = life_reasons(cells, LifeRequirement(min_years=need, usage=usage))
    b = life_reasons(cells, LifeRequirement(min_years=need, usage=usage, thermal="none"))
    i = cells.index(CELL)
    assert a[i] is None and b[i] == "life_short"
    assert all(x is not None for x, y in zip(b, a, strict=True) if y is not None)
    with pytest.raises(InputError):
        LifeRequirement(min_years=1.0, usage=usage, thermal="water")


# ------------------------------------------------------------------ simulated profile
def test_a_full_constant_current_cycle_is_one_efc_per_repetition():
    t = np.linspace(0, 7200, 721)
    soc = np.concatenate([np.linspace(1, 0, 361), np.linspace(0, 1, 361)[1:]])
    current = np.where(t < 3600, 10.0, -10.0)
    for repeats in (1, 3):
        u = profile_usage(t, current, soc, np.full(t.size, 300.0), 10.0,
                          repeats_per_day=repeats, ambient_k=298.15, thermal="air")
        assert u.fec_per_day == pytest.approx(repeats, rel=1e-9)
        assert u.dod == pytest.approx(1.0) and u.temperature_rise == pytest.approx(1.9)


def test_constant_current_day_through_the_simulation():
    n = 54 * 6  # 1C for 54 min = 0.9 of the capacity, 10-s steps
    cc = Profile("cc", (Segment(np.full(n, C_RATE), np.full(n, 1.0), np.full(n, 10.0)),))
    u = simulated_usage(MODEL, 10, 2, cc, runs_per_day=1, charge_rate=0.5)
    assert u.fec_per_day == pytest.approx(0.9, rel=0.01)
    assert u.discharge_rate == pytest.approx(1.0, rel=1e-6)
    assert u.charge_rate == pytest.approx(0.5, rel=0.02)


def test_a_wltc_day_counts_its_charge_throughput():
    """FEC a day = charge discharged ÷ capacity (within 1 %), for 1 and 3 runs a day."""
    s, p = 96, 16
    for runs in (1, 3):
        u = simulated_usage(MODEL, s, p, WLTC, runs_per_day=runs)
        res = sim.simulate(MODEL, s, p, Profile("d", WLTC.segments * runs), thermal="air")
        cur, t = res.row(0, "current"), res.row(0, "time")
        discharged = float(np.sum(np.clip(cur[:-1], 0, None) * np.diff(t)))  # A·s
        expected = discharged / (p * MODEL.capacity)
        assert u.fec_per_day == pytest.approx(expected, rel=0.01)
        assert u.profile.startswith("WLTC") or u.profile


def test_a_day_the_pack_cannot_drive_is_refused_in_both_languages():
    with pytest.raises(InputError) as exc:
        simulated_usage(MODEL, 20, 1, WLTC, runs_per_day=1)
    assert exc.value.code == "life_profile_stopped"
    assert "does not complete" in str(exc.value)
    assert "电池包无法完成" in messages.text(exc.value, "zh")


# ------------------------------------------------------------------ end-of-warranty range
def test_unit_ageing_reproduces_the_new_range_exactly():
    assert scaled_model(MODEL, 1.0, 1.0) is MODEL
    aged = scaled_model(MODEL, 1.0 + 0.0, 1.0 * 1.0)
    new = sim.simulate(MODEL, 96, 16, Profile("w", WLTC.segments, True), until_empty=True,
                       keep_series=False).summary["range"][0]
    again = sim.simulate(aged, 96, 16, Profile("w", WLTC.segments, True), until_empty=True,
                         keep_series=False).summary["range"][0]
    assert again == new
    s = summarise(CELL, 96, 16, make_usage())
    r = warranty_ranges(s, MODEL, WLTC, "id3")
    assert r.new_typical == new


def test_end_of_warranty_range_is_shorter_and_monotone():
    s = project_in_use(CELL, 96, 16, make_usage(), range_drive=Drive(WLTC, "WLTC", "id3"))
    r = s.ranges
    assert r.end_guaranteed < r.end_typical < r.new_typical
    assert r.new_guaranteed < r.new_typical
    shorter = sim.simulate(scaled_model(MODEL, 0.8, 1.0), 96, 16,
                           Profile("w", WLTC.segments, True), until_empty=True,
                           keep_series=False).summary["range"][0]
    weaker = sim.simulate(scaled_model(MODEL, 0.8, 1.5), 96, 16,
                          Profile("w", WLTC.segments, True), until_empty=True,
                          keep_series=False).summary["range"][0]
    assert weaker <= shorter < r.new_typical
    assert [f.key for f in s.figures][-2:] == ["range_new", "range_end"]


def test_cell_without_mass_keeps_the_given_rise_with_a_warning():
    cell = replace(CELL, mass=None)
    s = project_in_use(cell, 16, 1, make_usage(temperature_rise=2.0))
    assert s.usage.temperature_rise == 2.0 and s.usage.thermal == ""
    assert s.warnings[-1].code == "no_thermal_model"
    assert "没有质量" in s.warnings[-1].text("zh")
