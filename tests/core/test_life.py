"""Lifetime model behaviour: step independence, monotonicity, bad input, the simulated
profile path, vectorisation and the derived outputs (issue 17)."""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest

from packconfig.core import messages
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.errors import InputError, NotAvailable
from packconfig.core.life.outputs import summarise, warranty_margin
from packconfig.core.life.profile import count_fec, profile_usage
from packconfig.core.life.project import project, project_cells
from packconfig.core.life.usage import make_usage
from packconfig.core.money import Money

CATALOG = load_catalog()
ONE_PER_FAMILY = ["EVE-LF280K", "LG-E63", "SAMSUNG-50E", "YINLONG-LTO66160H-40Ah"]
MONTHLY = [5, 6, 10, 15, 20, 25, 28, 27, 23, 17, 11, 6]


# ------------------------------------------------------------------ time step
@pytest.mark.parametrize("cell_id", ONE_PER_FAMILY)
@pytest.mark.parametrize("temperature", [30, MONTHLY], ids=["constant", "monthly"])
def test_monthly_weekly_daily_steps_agree_at_10_years(cell_id, temperature):
    usage = make_usage(cycles_per_day=1.5, dod=0.9, temperature=temperature, years=10)
    cell = CATALOG.get(cell_id)
    result = {step: project(cell, usage, step) for step in ("month", "week", "day")}
    cap = {s: float(p.capacity[0, -1]) for s, p in result.items()}
    res = {s: float(p.resistance[0, -1]) for s, p in result.items()}
    assert cap["month"] < 0.99  # it did age
    for step in ("week", "day"):
        assert cap[step] == pytest.approx(cap["month"], rel=0.01)
        assert res[step] == pytest.approx(res["month"], rel=0.01)
    assert result["day"].days[-1] == pytest.approx(10 * 365.25)


def test_naive_summing_would_have_depended_on_the_step():
    """Why the virtual-time update: Σ k·Δt^z differs by step, the update does not."""
    usage = make_usage(cycles_per_day=0, temperature=25, years=10)
    p = project(CATALOG.get("EVE-LF280K"), usage)
    k = float(p.rate_k[0, 0, 0])
    naive_month = k * (365.25 / 12) ** 0.5 * 120
    assert abs(naive_month - (1 - p.capacity[0, -1])) > 0.5
    assert 1 - p.capacity[0, -1] == pytest.approx(k * (3652.5) ** 0.5, rel=1e-9)


# ------------------------------------------------------------------ monotone
def years_to_80(cell_id: str, **kw) -> float:
    args = {"cycles_per_day": 1.0, "dod": 0.8, "temperature": 25, "years": 50, **kw}
    p = project(CATALOG.get(cell_id), make_usage(**args))
    days, _fec = p.time_to(0.8)
    return float(days[0]) if not np.isnan(days[0]) else float("inf")


@pytest.mark.parametrize("cell_id", ONE_PER_FAMILY)
def test_hotter_deeper_faster_never_live_longer(cell_id):
    temps = [years_to_80(cell_id, temperature=t) for t in (0, 15, 25, 35, 45, 60)]
    assert all(a >= b for a, b in zip(temps, temps[1:], strict=False)), temps
    depths = [years_to_80(cell_id, dod=d) for d in (0.2, 0.5, 0.8, 1.0)]
    assert all(a >= b for a, b in zip(depths, depths[1:], strict=False)), depths
    rates = [years_to_80(cell_id, charge_rate=c, discharge_rate=c) for c in (0.2, 0.5, 1, 2)]
    assert all(a >= b for a, b in zip(rates, rates[1:], strict=False)), rates
    cycles = [years_to_80(cell_id, cycles_per_day=n) for n in (0, 0.5, 1, 2)]
    assert all(a >= b for a, b in zip(cycles, cycles[1:], strict=False)), cycles


@pytest.mark.parametrize("cell_id", ["EVE-LF280K", "LG-E63", "SAMSUNG-50E"])
def test_zero_cycling_leaves_calendar_fade_only(cell_id):
    usage = make_usage(cycles_per_day=0, temperature=30, rest_soc=0.7, years=10)
    p = project(CATALOG.get(cell_id), usage)
    assert np.all(p.fec == 0)
    assert np.all(p.states[:, 1] == 0) and np.all(p.states[:, 3] == 0)  # no cycle terms
    k, z = float(p.rate_k[0, 0, 0]), float(p.rate_z[0, 0])
    assert 1 - p.capacity[0, -1] == pytest.approx(k * p.days[-1] ** z, rel=1e-9)
    assert p.capacity[0, -1] < 1.0


# ------------------------------------------------------------------ bad input
@pytest.mark.parametrize("kwargs,code,words", [
    ({"cycles_per_day": -1}, "life_range", "cycles per day must be between 0"),
    ({"dod": 1.2}, "life_range", "depth of discharge must be between 0 and 1, got 1.2"),
    ({"temperature": -300}, "life_below_zero", "below absolute zero"),
    ({"temperature": 95}, "life_range", "ambient temperature must be between -40 °C"),
    ({"years": 1000}, "life_years", "at most 50, got 1000"),
    ({"years": 0}, "life_years", "above 0"),
    ({"cycles_per_day": float("nan")}, "life_not_number", "finite"),
    ({"rest_soc": 2}, "life_range", "rest SOC"),
])
def test_bad_usage_is_refused(kwargs, code, words):
    with pytest.raises(InputError) as info:
        make_usage(**kwargs)
    assert info.value.code == code and words in str(info.value)
    zh = messages.text(info.value, "zh")
    assert zh != str(info.value) and any("\u4e00" <= ch <= "\u9fff" for ch in zh)


@pytest.mark.parametrize("cell_id,code", [("AESC-LEAF24-CELL", "life_refused"),
                                          ("TOB-NA18650-1300", "life_refused"),
                                          ("CATL-280Ah", "life_no_rating")])
def test_cells_without_a_usable_source_are_refused(cell_id, code):
    with pytest.raises(NotAvailable) as info:
        project(CATALOG.get(cell_id), make_usage())
    assert info.value.code == code


def test_vectorised_rows_equal_single_designs_and_refusals_are_nan():
    cells = list(CATALOG)
    usage = make_usage(cycles_per_day=2, dod=0.9, temperature=MONTHLY)
    many = project_cells(cells, usage)
    for i, cell in enumerate(cells):
        if i in many.refused:
            assert np.all(np.isnan(many.capacity[i]))
            continue
        one = project(cell, usage)
        np.testing.assert_allclose(many.capacity[i], one.capacity[0], rtol=1e-12)
        np.testing.assert_allclose(many.resistance[i], one.resistance[0], rtol=1e-12)


def test_usage_outside_the_valid_range_is_flagged():
    p = project(CATALOG.get("EVE-LF280K"), make_usage(dod=0.5, temperature=5,
                                                        charge_rate=2, discharge_rate=3))
    codes = {w.code for w in p.warnings[0]}
    assert {"range_temperature", "range_dod", "range_charge_rate",
            "range_discharge_rate"} <= codes
    assert "验证范围" in p.warnings[0][0].text("zh")
    inside = project(CATALOG.get("EVE-LF280K"), make_usage())
    assert inside.warnings[0] == ()


# ------------------------------------------------------------------ simulated profile
def test_rainflow_counts_equivalent_cycles():
    # one full 0.1->0.9->0.1 cycle plus a nested 0.3-0.5 cycle: FEC = 0.8 + 0.2
    fec, depth = count_fec([0.1, 0.9, 0.5, 0.3, 0.5, 0.1])
    assert fec == pytest.approx(1.0)
    assert depth == pytest.approx((0.8 * 0.8 + 0.2 * 0.2) / 1.0)


def test_a_simulated_day_gives_the_same_projection_as_its_daily_duty():
    cap = 280.0
    # discharge 1C from 90 % to 10 % (48 min), rest, charge 0.5C back (96 min), rest
    t = np.concatenate([np.linspace(0, 2880, 49), [2881, 40000], np.linspace(40001, 45761, 97),
                        [45762, 86400]])
    current = np.concatenate([np.full(49, cap), [0, 0], np.full(97, -cap / 2), [0, 0]])
    soc = np.concatenate([np.linspace(0.9, 0.1, 49), [0.1, 0.1], np.linspace(0.1, 0.9, 97),
                          [0.9, 0.9]])
    usage = profile_usage(t, current, soc, np.full(t.size, 298.15), cap)
    assert usage.cycles_per_day == pytest.approx(1.0, rel=0.01)
    assert usage.dod == pytest.approx(0.8)
    assert usage.discharge_rate == pytest.approx(1.0, rel=0.03)
    assert usage.charge_rate == pytest.approx(0.5, rel=0.03)
    duty = make_usage(cycles_per_day=1, dod=0.8, charge_rate=0.5, discharge_rate=1,
                      rest_soc=usage.rest_soc)
    cell = CATALOG.get("EVE-LF280K")
    assert project(cell, usage).capacity[0, -1] == pytest.approx(
        project(cell, duty).capacity[0, -1], rel=0.005)


def test_bad_profiles_are_refused():
    with pytest.raises(InputError):
        profile_usage([0, 1], [0, 0], [0.5, np.nan], [298, 298], 10)
    with pytest.raises(InputError):
        profile_usage([0, 1, 2], [0, 0], [0.5, 0.4], [298, 298], 10)


# ------------------------------------------------------------------ outputs
def test_summary_figures_warranty_and_cost():
    cell = CATALOG.get("CBAK-32140FS")
    price = Money(Decimal("12345.67"), "CNY")
    s = summarise(cell, 96, 2, make_usage(cycles_per_day=1, dod=0.8), price=price)
    assert s.years_to[0.8] < s.years_to[0.7]
    assert s.cycles_to[0.8] == pytest.approx(s.years_to[0.8] * 365.25 * 0.8, rel=1e-6)
    # warranty is met by the model with the margin
    w = s.warranty
    assert w.margin == 0.2 and w.soh == 0.7
    assert w.years == int(s.years_to[0.7] * 0.8) and w.months == 12 * w.years
    assert w.cycles <= s.cycles_to[0.7] * 0.8 and w.cycles % 100 == 0
    assert np.interp(w.years * 365.25, s.projection.days, s.capacity) >= 0.7
    # throughput to 70 %: nominal energy x ∫ capacity dFEC, below the no-fade bound
    e_kwh = 96 * 2 * 3.2 * 15 / 1000
    mwh = s.throughput.to("MWh").magnitude
    assert 0.7 * e_kwh * s.cycles_to[0.7] / 1000 < mwh < e_kwh * s.cycles_to[0.7] / 1000
    assert isinstance(s.cost_per_kwh.amount, Decimal) and s.cost_per_kwh.currency == "CNY"
    assert s.cost_per_kwh.amount == pytest.approx(Decimal("12345.67") / Decimal(
        repr(float(s.throughput.to("kWh").magnitude))))
    rows = {f.key: f for f in s.figures}
    assert rows["capacity_new"].guaranteed.to("A*h").magnitude == pytest.approx(2 * 14.5)
    assert rows["energy_usable_end"].guaranteed < rows["energy_usable_end"].typical
    assert rows["power_end"].guaranteed < rows["power_end"].typical


def test_warranty_margin_from_settings():
    assert warranty_margin({}) == 0.2
    assert warranty_margin({"life": {"warranty_margin_pct": 30}}) == pytest.approx(0.3)
    with pytest.raises(InputError):
        warranty_margin({"life": {"warranty_margin_pct": 150}})


# ------------------------------------------------------------------ quote
def test_quote_stores_warranty_and_usage_and_old_json_still_loads():
    import dataclasses
    import json

    from packconfig.core.commerce.quote import Party, make_quote, quote_from_dict, quote_to_json
    from packconfig.core.commerce.settings import load_settings
    from packconfig.core.errors import DataFileError

    quote = make_quote(CATALOG.get("CBAK-32140FS"), 96, 2, 10, "CNY", load_settings(),
                       Party(company="ACME"))
    from packconfig.core.life.usage import LifeTerms

    assert quote.warranty == "" and quote.life is None
    usage = make_usage(temperature=MONTHLY, cycles_per_day=2)
    edited = dataclasses.replace(quote, warranty="8 years or 3,000 cycles to 70 % SOH",
                                 life=LifeTerms(usage, 0.8, 0.25))
    data = json.loads(quote_to_json(edited))
    again = quote_from_dict(data, "q.json")
    assert again.warranty == edited.warranty and again.life == LifeTerms(usage, 0.8, 0.25)
    old = json.loads(quote_to_json(quote))
    del old["quote"]["warranty"], old["quote"]["life"]
    assert quote_from_dict(old, "old.json") == quote
    data["quote"]["life"]["usage"]["years"] = 1e9
    with pytest.raises(DataFileError, match="years must be above 0"):
        quote_from_dict(data, "q.json")
    data["quote"]["life"]["usage"]["years"] = 15
    data["quote"]["life"]["soh"] = 2
    with pytest.raises(DataFileError, match="warranty SOH"):
        quote_from_dict(data, "q.json")


def test_short_lives_get_months_or_no_warranty():
    from packconfig import display

    cell = CATALOG.get("SAMSUNG-40T")  # 250 cycles to 60 %: a power cell
    short = summarise(cell, 10, 1, make_usage(cycles_per_day=1, dod=0.8))
    w = short.warranty
    assert 0 < w.months < 24 and w.cycles % 10 == 0
    assert display.warranty(w).startswith(f"{w.months} months or ")
    heavy = summarise(cell, 10, 1, make_usage(cycles_per_day=20, dod=1.0, charge_rate=2,
                                              discharge_rate=2))
    assert heavy.warranty.months == 0
    assert display.warranty(heavy.warranty).startswith("No warranty term can be proposed")
    assert "无法提出质保期" in display.warranty(heavy.warranty, "zh")
