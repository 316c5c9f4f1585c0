"""The quote's cost build-up takes the hardware from the bill of materials (issue 15):
module hardware, junction box and pack hardware replace the flat BMS / enclosure / bus
bar / thermal lines, so the price follows the module split and agrees with the BOM the
customer sees; the explorer's int64 prices equal the quote's to the minor unit."""

import dataclasses
import datetime as dt
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packconfig.core.cells.catalog import parse_cell
from packconfig.core.commerce.costing import BOM_COVERED, cost_pack
from packconfig.core.commerce.costing_arrays import build_cost_table, pack_price_arrays
from packconfig.core.commerce.quote import Party, make_quote
from packconfig.core.commerce.settings import load_settings
from packconfig.core.money import Money, from_minor
from packconfig.core.pack.components import default_table
from packconfig.core.pack.engine import CellTable, Evaluator
from packconfig.core.pack.hardware_cost import hardware_total
from packconfig.core.pack.options import Architecture, PackOptions
from packconfig.core.pack.physics import compute_pack

DAY = dt.date(2026, 1, 15)
HARDWARE = ("module_hardware", "junction_box", "pack_hardware")


def _split(ms: int, mp: int) -> PackOptions:
    return PackOptions(architecture=Architecture(ms, mp))


def test_hardware_lines_are_the_bom_in_its_own_currency(cbak):
    ctx = load_settings().context("USD", DAY)
    design = compute_pack(cbak, 96, 2, _split(16, 2))
    pc = cost_pack(cbak, 96, 2, ctx, evaluator=design.evaluator)
    keys = [ln.key for ln in pc.lines]
    assert keys[:4] == ["cells", *HARDWARE] and not BOM_COVERED & set(keys)
    hardware = sum((ln.amount for ln in pc.lines if ln.key in HARDWARE), Money.zero("USD"))
    # the BOM sums its own Decimal line totals (unit cost x quantity per line)
    assert hardware.amount == design.bom.hardware_cost() > 0
    modules = next(ln for ln in pc.lines if ln.key == "module_hardware")
    per_module = next(lv for lv in design.bom.levels if lv.name == "module").hardware_cost
    assert modules.amount.amount == per_module * 6 and modules.detail.startswith("6 modules")
    assert "BatPaC" in modules.source


def test_the_module_split_changes_the_price(cbak):
    ctx = load_settings().context("CNY", DAY)
    prices = {}
    for split in ((16, 2), (8, 2), (4, 1)):
        design = compute_pack(cbak, 96, 2, _split(*split))
        prices[split] = cost_pack(cbak, 96, 2, ctx, evaluator=design.evaluator).price
    assert len(set(prices.values())) == 3
    # more, smaller modules carry more housings, terminals and boards
    assert prices[(16, 2)] < prices[(8, 2)] < prices[(4, 1)]
    flat = cost_pack(cbak, 96, 2, ctx).price  # without a design: the flat lines
    assert flat not in prices.values()


def test_a_quote_is_priced_from_its_bom(cbak):
    q = make_quote(cbak, 96, 2, 10, "CNY", load_settings(), Party(company="K"), date=DAY,
                   options=_split(8, 2))
    keys = {ln.key for ln in q.cost.lines}
    assert set(HARDWARE) <= keys and not BOM_COVERED & keys
    design = compute_pack(q.design.cell, 96, 2, _split(8, 2))
    again = cost_pack(q.design.cell, 96, 2, load_settings().context("CNY", DAY, q.design.options
                                                                     .overhead),
                      evaluator=design.evaluator)
    assert q.cost.price == again.price


def test_unsized_hardware_falls_back_to_the_flat_lines_and_says_so(cbak):
    bare = parse_cell({"id": "NO-DIMS", "manufacturer": "X", "model": "no dimensions",
                       "format": "prismatic", "chemistry": "LFP", "nominal_voltage": "3.2 V",
                       "capacity": "100 Ah", "source": "test"}, "test", 0)
    ctx = load_settings().context("CNY", DAY)
    pc = cost_pack(bare, 16, 1, ctx, evaluator=compute_pack(bare, 16, 1).evaluator)
    lines = {ln.key: ln for ln in pc.lines}
    assert BOM_COVERED <= set(lines) and not set(HARDWARE) & set(lines)
    assert "mass or dimensions are unknown" in lines["bms"].detail
    assert pc.price == cost_pack(bare, 16, 1, ctx).price


def _cells(cbak):
    bare = parse_cell({"id": "NO-DIMS", "manufacturer": "X", "model": "no dimensions",
                       "format": "prismatic", "chemistry": "LFP", "nominal_voltage": "3.2 V",
                       "capacity": "100 Ah", "source": "test"}, "test", 0)
    return [cbak, dataclasses.replace(cbak, id="x1", price=None),
            dataclasses.replace(cbak, id="x2", price=Money("1.99", "USD")), bare]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(1, 300), st.integers(1, 40)),
                min_size=1, max_size=12),
       st.sampled_from(["CNY", "USD", "EUR"]), st.decimals("0", "60", places=2))
def test_array_prices_equal_the_quote_to_the_minor_unit(cbak, combos, currency, margin):
    base = load_settings()
    ctx = dataclasses.replace(base.context(currency, DAY), policy=dataclasses.replace(
        base.policy, margin_pct=margin))
    cells = _cells(cbak)
    table = build_cost_table(cells, ctx, default_table())
    idx, s, p = (np.array(x, dtype=np.int64) for x in zip(*combos, strict=True))
    ev = Evaluator(CellTable.from_cells(cells), idx, s, p, PackOptions())
    out = pack_price_arrays(table, idx, s, p, hardware_total(ev, table.hardware_rates))
    for k, (i, si, pi) in enumerate(combos):
        pc = cost_pack(cells[i], si, pi, ctx, evaluator=compute_pack(cells[i], si, pi).evaluator)
        assert from_minor(int(out["direct"][k]), currency) == pc.direct
        assert from_minor(int(out["price"][k]), currency) == pc.price


@pytest.mark.parametrize("currency", ["CNY", "USD"])
def test_bottom_up_cny_is_the_usd_bom_at_the_rate_within_unit_rounding(cbak, currency):
    """Rates are converted per unit rate, so a CNY quote's hardware is the USD BOM at the
    day's rate up to the per-part rounding (under 0.1 %)."""
    design = compute_pack(cbak, 96, 2)
    pc = cost_pack(cbak, 96, 2, load_settings().context(currency, DAY),
                   evaluator=design.evaluator)
    hardware = sum(ln.amount.amount for ln in pc.lines if ln.key in HARDWARE)
    rate = Decimal(1) if currency == "USD" else Decimal("7.159")
    usd = design.bom.hardware_cost()
    assert abs(hardware - usd * rate) <= usd * rate * Decimal("0.001")
