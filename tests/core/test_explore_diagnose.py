"""The nothing-feasible diagnosis (explore/diagnose.py) evaluates the dear figures only
where they can change an answer; its best values must equal the plain evaluation of
every figure of every candidate."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from packconfig.core.cells.catalog import load_catalog
from packconfig.core.commerce.settings import load_settings
from packconfig.core.explore import diagnose
from packconfig.core.explore.engine import _Space
from packconfig.core.explore.requirements import PRICE_LIMIT, requirements_from_text
from packconfig.core.pack.engine import Evaluator
from packconfig.core.pack.options import PackOptions

CASES = {
    "bench set": {"min_voltage": "350 V", "max_voltage": "420 V",
                  "min_energy_usable": "60 kWh", "min_power": "150 kW",
                  "max_mass": "500 kg"},
    "price and volume": {"min_energy": "60 kWh", "max_price": "90000 CNY",
                         "max_volume": "250 L", "min_voltage": "300 V"},
    "module limits": {"min_voltage": "300 V", "max_voltage": "330 V",
                      "max_module_voltage": "50 V", "max_module_mass": "12 kg",
                      "min_capacity": "250 A h"},
    "cheap only": {"min_voltage": "700 V", "max_voltage": "720 V",
                   "min_energy_usable": "150 kWh"},
    "dear only": {"max_mass": "300 kg", "max_price": "60000 CNY", "max_height": "150 mm"},
    "nothing near": {"min_energy": "4000 kWh", "max_mass": "50 kg", "min_power": "9 MW"},
}


@pytest.fixture(scope="module")
def setup():
    cells = list(load_catalog())
    options = PackOptions()
    ctx = load_settings().context("CNY", dt.date(2026, 1, 1), options.overhead)
    return cells, options, ctx


def _cons(sp):
    cons = list(sp.limits)
    if sp.max_minor is not None:
        cons.append((PRICE_LIMIT, float(sp.max_minor)))
    return cons


def _plain(sp, cons, live, chunk):
    """Every figure of every candidate, then the best among the others-feasible."""
    best = [None] * len(cons)
    for idx, s, p in sp.chunks([(i, sp.s_vals) for i in live], chunk):
        ev = Evaluator(sp.table, idx, s, p, sp.opts, components=sp.components)
        vals = []
        for lim, _v in cons:
            if lim is PRICE_LIMIT:
                price = sp.prices(idx, s, p, ev)
                vals.append(np.where(price >= 0, price, np.nan).astype(float))
            else:
                vals.append(ev.get(lim.key))
        oks = [diagnose.ok(v, lim, si) for v, (lim, si) in zip(vals, cons, strict=True)]
        for j, (lim, _si) in enumerate(cons):
            sel = np.isfinite(vals[j])
            for k, o in enumerate(oks):
                if k != j:
                    sel &= o
            if not sel.any():
                continue
            b = float(vals[j][sel].min() if lim.op == "<=" else vals[j][sel].max())
            if best[j] is None or (b < best[j] if lim.op == "<=" else b > best[j]):
                best[j] = b
    return best


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize(("chunk", "batch"), [(1 << 20, 4096), (1 << 15, 4)])
def test_fast_diagnosis_equals_plain(setup, monkeypatch, name, chunk, batch):
    cells, options, ctx = setup
    monkeypatch.setattr(diagnose, "FIRST_BATCH", batch)  # small: the batches grow
    reqs = requirements_from_text({**CASES[name], "series": "1-250", "parallel": "1-60"})
    sp = _Space(cells, reqs, "price", ctx, options)
    cons = _cons(sp)
    live = [i for i in range(len(cells)) if sp.cell_reason(i, figures=False) is None]
    calls = []
    fast = diagnose.best_values(sp, cons, live, chunk, lambda: calls.append(1))
    plain = _plain(sp, cons, live, chunk)
    assert fast == plain
    assert calls  # the cancel check runs per chunk
    if name != "nothing near":
        assert sum(b is not None for b in plain) >= 2  # the comparison has substance


def test_cheap_keys_are_figures_the_engine_computes(setup):
    cells, options, _ctx = setup
    ev = Evaluator(_Space(cells, requirements_from_text({}), "mass", None, options).table,
                   [0, 1], [10, 20], [2, 3], options)
    for key in diagnose.CHEAP_KEYS:
        assert ev.get(key).shape == (2,)
