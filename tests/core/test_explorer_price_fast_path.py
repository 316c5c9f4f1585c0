"""The explorer's price path evaluates the hardware only where it matters (parts on the
drivers they are charged on, designs that pass the price limit without hardware); it
must give exactly what the straightforward evaluation gives: every part on all five
rate columns for every design, and every design priced before the limit is applied."""

import datetime as dt

import numpy as np
import pytest

from packconfig.core.cells.catalog import load_catalog
from packconfig.core.commerce.costing_arrays import build_cost_table, pack_price_arrays
from packconfig.core.commerce.settings import load_settings
from packconfig.core.explore.engine import search
from packconfig.core.explore.requirements import requirements_from_text
from packconfig.core.money import Money
from packconfig.core.pack.components import default_table
from packconfig.core.pack.engine import CellTable, Evaluator
from packconfig.core.pack.hardware import JUNCTION_PARTS, MODULE_PARTS, PACK_PARTS
from packconfig.core.pack.hardware_cost import SCALE, hardware_total
from packconfig.core.pack.options import PackOptions

DAY = dt.date(2026, 1, 15)


def _micro(v):
    v = np.nan_to_num(np.asarray(v, dtype=float), nan=0.0, posinf=0.0, neginf=0.0)
    return np.rint(v * 1e6).astype(np.int64)


def _dense_level(rates, keys, mass, one, shared, counts):
    """Every part x every rate column x every design, then one sum (the plain rule)."""
    r = np.array([[x.one, x.per_kg, x.per_series, x.per_amp, x.per_m2]
                  for x in (rates[k] for k in keys)], dtype=np.int64)
    mass = np.asarray(mass, dtype=float)
    drivers = [one, _micro(mass)] + [_micro(np.broadcast_to(shared.get(c, 0.0), mass.shape))
                                     for c in (2, 3, 4)]
    total = sum(r[:, c:c + 1] * drivers[c] for c in range(5))
    bad = (r[:, 1:2] != 0) & ~np.isfinite(mass)
    for c in (2, 3, 4):
        if c in shared:
            bad |= (r[:, c:c + 1] != 0) & ~np.isfinite(np.broadcast_to(shared[c], mass.shape))
    units = np.where(bad, -1, (2 * total + SCALE) // (2 * SCALE))
    counts = np.nan_to_num(np.asarray(counts, dtype=float)).astype(np.int64)
    lines = np.where((units < 0) & (counts > 0), -1, np.maximum(units, 0) * counts)
    return np.where((lines < 0).any(axis=0), -1, lines.sum(axis=0))


def _dense_hardware(ev, rates):
    pack, gathered = ev.get("pack"), ev.get("module")
    mod = {k: np.asarray(v)[gathered._inverse] for k, v in gathered._arrays.items()}
    boards = np.maximum(mod["slave_board:count"], 1.0)
    wires = mod["cell_interconnects:count"]
    one = np.full((len(MODULE_PARTS), len(wires)), 1_000_000, dtype=np.int64)
    one[MODULE_PARTS.index("sense_harness")] = _micro(wires)
    per_module = _dense_level(rates, MODULE_PARTS, [mod[f"{k}:unit"] for k in MODULE_PARTS],
                              one, {2: (wires - 1.0) / boards},
                              [mod[f"{k}:count"] for k in MODULE_PARTS])
    modules = np.nan_to_num(np.asarray(pack["module_count"], dtype=float)).astype(np.int64)
    module_total = np.where((per_module < 0) & (modules > 0), -1,
                            np.maximum(per_module, 0) * modules)
    junction = _dense_level(rates, JUNCTION_PARTS, [pack[f"{k}:unit"] for k in JUNCTION_PARTS],
                            1_000_000, {}, [pack[f"{k}:count"] for k in JUNCTION_PARTS])
    shared = {3: np.maximum(pack["current"] - 50.0, 0.0), 4: pack["module_footprint"]}
    parts = _dense_level(rates, PACK_PARTS, [pack[f"{k}:unit"] for k in PACK_PARTS],
                         1_000_000, shared, [pack[f"{k}:count"] for k in PACK_PARTS])
    levels = np.stack([module_total, junction, parts])
    return np.where((levels < 0).any(axis=0), -1, levels.sum(axis=0))


def test_hardware_total_equals_the_dense_rule_on_a_sample():
    cells = list(load_catalog())
    ctx = load_settings().context("CNY", DAY)
    table = build_cost_table(cells, ctx, default_table())
    rng = np.random.default_rng(15)
    n = 4000
    idx = rng.integers(0, len(cells), n)
    s, p = rng.integers(1, 401, n), rng.integers(1, 201, n)
    ev = Evaluator(CellTable.from_cells(cells), idx, s, p, PackOptions())
    fast = hardware_total(ev, table.hardware_rates)
    dense = _dense_hardware(ev, table.hardware_rates)
    assert np.array_equal(fast, dense)
    assert (fast > 0).sum() > n // 2  # most designs are sized
    missing = np.array([not c.known("mass") for c in cells])[idx]
    assert missing.any() and (fast[missing] == -1).all()  # no mass: cost unknown
    rows = rng.choice(n, 500, replace=False)
    assert np.array_equal(hardware_total(ev, table.hardware_rates, rows), dense[rows])


@pytest.mark.parametrize("amount", ["60000", "8000"])  # most / few designs pass the limit
def test_price_limited_search_equals_pricing_every_design(amount):
    cells = list(load_catalog())[:12]
    ctx = load_settings().context("CNY", DAY)
    limit = Money(amount, "CNY")
    reqs = requirements_from_text({"max_price": f"{amount} CNY", "series": "1..120",
                                   "parallel": "1..30"})
    res = search(cells, reqs, ctx=ctx, limit=50, chunk=1 << 14)
    table = build_cost_table(cells, ctx, default_table())
    idx = np.repeat(np.arange(len(cells)), 120 * 30)
    s = np.tile(np.repeat(np.arange(1, 121), 30), len(cells))
    p = np.tile(np.arange(1, 31), 120 * len(cells))
    ev = Evaluator(CellTable.from_cells(cells), idx, s, p, PackOptions())
    price = pack_price_arrays(table, idx, s, p, _dense_hardware(ev, table.hardware_rates))
    price = np.where(table.known[idx], price["price"], -1)
    ok = (price >= 0) & (price <= int(limit.amount * 100))
    assert res.feasible == int(ok.sum()) > 0
    assert res.rejections == {"over_price": int((~ok).sum())}
    a = res.arrays
    keys = zip(a["cell_index"], a["series"], a["parallel"], strict=True)
    got = dict(zip(keys, a["price_minor"], strict=True))
    for (i, si, pi), minor in got.items():
        k = (i * 120 + si - 1) * 30 + pi - 1
        assert price[k] == minor and ok[k]
    cheapest = np.sort(price[ok])[:50]
    assert np.array_equal(np.sort(res.arrays["price_minor"])[:50], cheapest)
