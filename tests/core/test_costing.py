import dataclasses
import datetime as dt
from decimal import Decimal

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packconfig.core.commerce.costing import cost_pack
from packconfig.core.commerce.costing_arrays import build_cost_table, pack_price_arrays
from packconfig.core.commerce.settings import load_settings, save_settings
from packconfig.core.money import Money, from_minor
from packconfig.core.units import Q_

DAY = dt.date(2026, 1, 15)


def test_96s2p_cbak_cost_build_up_in_cny(cbak):
    ctx = load_settings().context("CNY", DAY)
    pc = cost_pack(cbak, 96, 2, ctx, energy_usable=Q_(8.2944, "kWh"))
    amounts = {ln.key: ln.amount for ln in pc.lines}
    # 3.85 EUR x 7.75 CNY/EUR = 29.8375 -> 29.84 per cell, x 192
    assert amounts["cells"] == Money("5729.28", "CNY")
    assert amounts["bms"] == Money("1502.00", "CNY")  # 350 + 96 x 12
    assert amounts["enclosure"] == Money("1337.28", "CNY")  # 600 + 192 x (80 x 0.048)
    assert pc.direct == Money("10068.32", "CNY")
    assert pc.overhead == Money("805.47", "CNY")  # 8 % of 10068.32 = 805.4656
    assert pc.warranty == Money("302.05", "CNY")  # 3 % = 302.0496
    assert pc.cost == Money("11175.84", "CNY")
    assert pc.price == Money("13969.80", "CNY")  # 11175.84 / 0.8
    assert pc.energy_nominal_kwh == Decimal("9.216")
    assert pc.per_kwh("nominal") == {"cost": Money("1212.66", "CNY"),
                                     "price": Money("1515.82", "CNY")}
    assert pc.per_kwh("usable")["price"] == Money("1684.24", "CNY")
    assert not pc.estimated
    assert pc.rates[0].rate == Decimal("7.75")


def test_cell_without_price_uses_chemistry_default_and_is_flagged(cbak):
    ctx = load_settings().context("CNY", DAY)
    pc = cost_pack(dataclasses.replace(cbak, price=None), 96, 2, ctx)
    cells = pc.lines[0]
    assert cells.estimated and pc.estimated and "ESTIMATED" in cells.source
    # 95 USD/kWh x 7.159 CNY/USD x 0.048 kWh = 32.64504 -> 32.65 per cell
    assert cells.amount == Money("32.65", "CNY") * 192


def test_usd_quote_and_settings_override(cbak):
    save_settings({"commercial": {"margin_pct": "25", "overhead_pct": "10"}})
    pc = cost_pack(cbak, 16, 1, load_settings().context("USD", DAY))
    assert pc.policy.margin_pct == Decimal("25") and pc.currency == "USD"
    assert pc.price == (pc.cost.divided(Decimal("0.75"))).rounded()


def _cells(cbak):
    return [cbak, dataclasses.replace(cbak, id="x1", price=None),
            dataclasses.replace(cbak, id="x2", price=Money("1.99", "USD"),
                                nominal_voltage=Q_(3.63, "V"), capacity=Q_(2.9, "A*h")),
            dataclasses.replace(cbak, id="x3", price=None, chemistry="NMC",
                                nominal_voltage=Q_(3.6, "V"), capacity=Q_(5, "A*h")),
            dataclasses.replace(cbak, id="x4", price=Money("24.50", "CNY"))]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(1, 400), st.integers(1, 60)),
                min_size=1, max_size=20),
       st.sampled_from(["CNY", "USD", "EUR"]),
       st.decimals("0", "30", places=3), st.decimals("0", "60", places=2))
def test_array_form_agrees_exactly_with_decimal(cbak, combos, currency, overhead, margin):
    base = load_settings()
    pol = dataclasses.replace(base.policy, overhead_pct=overhead, margin_pct=margin)
    ctx = dataclasses.replace(base.context(currency, DAY), policy=pol)
    cells = _cells(cbak)
    table = build_cost_table(cells, ctx)
    idx, s, p = (np.array(x) for x in zip(*combos, strict=True))
    out = pack_price_arrays(table, idx, s, p)
    assert table.known.all()
    for k, (i, si, pi) in enumerate(combos):
        pc = cost_pack(cells[i], si, pi, ctx)
        assert from_minor(int(out["cost"][k]), currency) == pc.cost
        assert from_minor(int(out["price"][k]), currency) == pc.price
        assert from_minor(int(out["overhead"][k]), currency) == pc.overhead


def test_array_form_scales(cbak):
    ctx = load_settings().context("CNY", DAY)
    table = build_cost_table(_cells(cbak), ctx)
    n = 3_000_000
    rng = np.random.default_rng(1)
    out = pack_price_arrays(table, rng.integers(0, 5, n), rng.integers(1, 300, n),
                            rng.integers(1, 50, n))
    assert out["price"].dtype == np.int64 and (out["price"] > 0).all()


def test_cost_lines_follow_the_overhead_options():
    import datetime as dt

    from packconfig.core.cells.catalog import load_catalog
    from packconfig.core.commerce.costing import AIR_COOLING_SHARE, cost_pack
    from packconfig.core.commerce.settings import load_settings
    from packconfig.core.pack.options import Overhead

    settings = load_settings()
    cell = load_catalog().get("CBAK-32140FS")
    day = dt.date(2026, 1, 15)

    def lines(overhead):
        cost = cost_pack(cell, 96, 2, settings.context("CNY", day, overhead))
        return {line.key: line.amount for line in cost.lines}

    full = lines(Overhead())
    assert {"bms", "enclosure", "thermal"} <= set(full)
    bare = lines(Overhead(bms=False, enclosure=False, thermal="none"))
    assert not {"bms", "enclosure", "thermal"} & set(bare)
    assert bare["cells"] == full["cells"]
    air = lines(Overhead(thermal="air"))
    assert air["thermal"].amount == (full["thermal"].amount * AIR_COOLING_SHARE).quantize(
        air["thermal"].amount)
