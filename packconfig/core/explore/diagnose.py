"""The explorer's nothing-feasible diagnosis: for each requirement, the best value among
designs meeting all the others (engine.py turns these into suggestions).

The plain way evaluates every figure of every candidate. Here the cheap figures (cell
figures scaled by S and P) are evaluated on the whole space, and the dear ones (the
pack's layout, mass, size and price) only where they can change an answer:

* a design failing two or more cheap requirements meets "all the others" for no
  requirement, so it is never evaluated further;
* a design failing no cheap requirement gets every figure (it can count for any
  requirement);
* a design failing exactly one cheap requirement ``k`` counts only for ``k``, and only
  if it meets every dear requirement; those designs are taken best-first by their ``k``
  value in growing batches (``argpartition``) and the first batch holding a design that
  meets the dear requirements gives the best value; the rest are never evaluated.

Every figure is computed per design by the same :class:`Evaluator` code, so the values
are the plain pass's exactly (``tests/core/test_explore_diagnose.py`` compares them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from packconfig.core.explore.requirements import PRICE_LIMIT, Limit
from packconfig.core.pack.engine import Evaluator

# figures that are cell figures scaled by S and P (no layout, hardware or price)
CHEAP_KEYS = frozenset({
    "cell_count", "voltage_nominal", "voltage_max", "voltage_min", "capacity",
    "energy_nominal", "energy_usable", "current_continuous_max", "power_continuous_max",
    "power_charge_max"})
FIRST_BATCH = 4096

Constraint = tuple[Limit, float]


def ok(values: np.ndarray, lim: Limit, si: float) -> np.ndarray:
    """Where ``values`` meet the limit (NaN never does)."""
    return values >= si if lim.op == ">=" else values <= si


def _better(a: float, b: float | None, op: str) -> bool:
    return b is None or (a < b if op == "<=" else a > b)


def _extreme(values: np.ndarray, op: str) -> float:
    return float(values.min() if op == "<=" else values.max())


def _dear_values(sp: Any, cons: Sequence[Constraint], dear: Sequence[int], idx, s, p,
                 rows: np.ndarray) -> dict[int, np.ndarray]:
    """The dear requirements' values for ``rows`` of the chunk."""
    i, ss, pp = idx[rows], s[rows], p[rows]
    ev = Evaluator(sp.table, i, ss, pp, sp.opts, components=sp.components)
    out = {}
    for j in dear:
        lim = cons[j][0]
        if lim is PRICE_LIMIT:
            price = sp.prices(i, ss, pp, ev)
            out[j] = np.where(price >= 0, price, np.nan).astype(float)
        else:
            out[j] = ev.get(lim.key)
    return out


def _first_passing(sp: Any, cons: Sequence[Constraint], dear: Sequence[int], idx, s, p,
                   cand: np.ndarray, values: np.ndarray, op: str) -> float | None:
    """Best of ``values`` over the ``cand`` rows that meet every dear requirement."""
    key = values[cand] if op == "<=" else -values[cand]
    m = FIRST_BATCH
    while len(cand):
        part = np.argpartition(key, m - 1)[:m] if len(cand) > m else np.arange(len(cand))
        rows = cand[part]
        passing = np.ones(len(rows), dtype=bool)
        if dear:
            dv = _dear_values(sp, cons, dear, idx, s, p, rows)
            for j in dear:
                passing &= ok(dv[j], *cons[j])
        if passing.any():  # every row left out has a worse (or equal) value
            return _extreme(values[rows][passing], op)
        keep = np.ones(len(cand), dtype=bool)
        keep[part] = False
        cand, key = cand[keep], key[keep]
        m *= 4
    return None


def best_values(sp: Any, cons: Sequence[Constraint], live: Sequence[int], chunk: int,
                check: Callable[[], None]) -> list[float | None]:
    """Per constraint, the best value among the ``live`` cells' designs meeting all the
    other constraints (None where no design does). ``check()`` runs per chunk (it
    raises to cancel)."""
    n = len(cons)
    cheap = [j for j, (lim, _v) in enumerate(cons)
             if lim is not PRICE_LIMIT and lim.key in CHEAP_KEYS]
    dear = [j for j in range(n) if j not in cheap]
    best: list[float | None] = [None] * n
    for idx, s, p in sp.chunks([(i, sp.s_vals) for i in live], chunk):
        check()
        ev = Evaluator(sp.table, idx, s, p, sp.opts, components=sp.components)
        vals = {j: ev.get(cons[j][0].key) for j in cheap}
        oks = {j: ok(vals[j], *cons[j]) for j in cheap}
        fails = np.zeros(len(idx), dtype=np.int64)
        for j in cheap:
            fails += ~oks[j]
        zero = np.flatnonzero(fails == 0)
        if len(zero):
            _update_all(sp, cons, cheap, dear, idx, s, p, zero, vals, oks, best)
        for k in cheap:
            lim = cons[k][0]
            v = vals[k]
            cand = np.flatnonzero((fails == 1) & ~oks[k] & np.isfinite(v))
            if best[k] is not None:
                b = best[k]
                cand = cand[v[cand] < b] if lim.op == "<=" else cand[v[cand] > b]
            found = _first_passing(sp, cons, dear, idx, s, p, cand, v, lim.op)
            if found is not None and _better(found, best[k], lim.op):
                best[k] = found
    return best


def _update_all(sp: Any, cons: Sequence[Constraint], cheap, dear, idx, s, p,
                rows: np.ndarray, vals, oks, best: list[float | None]) -> None:
    """Rows meeting every cheap constraint: count for every constraint."""
    dv = _dear_values(sp, cons, dear, idx, s, p, rows) if dear else {}
    v = {**{j: vals[j][rows] for j in cheap}, **dv}
    o = {**{j: oks[j][rows] for j in cheap}, **{j: ok(dv[j], *cons[j]) for j in dear}}
    for j, (lim, _si) in enumerate(cons):
        sel = np.isfinite(v[j])
        for other in range(len(cons)):
            if other != j:
                sel &= o[other]
        if sel.any():
            b = _extreme(v[j][sel], lim.op)
            if _better(b, best[j], lim.op):
                best[j] = b
