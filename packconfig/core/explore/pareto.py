"""Pareto front (all objectives minimised) of a set of points, vectorised.

A point is on the front when no other point is at least as good in every objective and
strictly better in one. Rows with a non-finite coordinate are never on the front.
Identical points do not dominate each other (both stay on the front).

Algorithm (every step exact; sorting a million floats is the thing to avoid):

1. pivot elimination: a few rounds of dropping every point dominated by the
   minimisers of random positive weighted sums of the normalised coordinates;
2. for three objectives, if many remain: sort by the first coordinate, cut into ~64
   buckets of strictly increasing first coordinate and drop every point dominated, in
   the other two, by the 2-D staircase of all earlier buckets (``searchsorted``);
3. sort the survivors lexicographically (a dominator sorts before what it dominates)
   and sweep them in blocks, checking each block against the front found so far and
   against itself.
"""

from __future__ import annotations

import numpy as np

BLOCK = 256


def _dominated_by(points: np.ndarray, by: np.ndarray) -> np.ndarray:
    """For each row of ``points``, whether some row of ``by`` dominates it."""
    if len(by) == 0 or len(points) == 0:
        return np.zeros(len(points), dtype=bool)
    le = (by[None, :, :] <= points[:, None, :]).all(axis=2)
    lt = (by[None, :, :] < points[:, None, :]).any(axis=2)
    return (le & lt).any(axis=1)


def _front_2d(m: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The 2-D staircase of points (m, v): m ascending, v strictly descending."""
    order = np.lexsort((v, m))
    m, v = m[order], v[order]
    prev = np.minimum.accumulate(np.concatenate([[np.inf], v[:-1]]))
    on = v < prev
    return m[on], v[on]


def _staircase_filter(sub: np.ndarray) -> np.ndarray:
    """Points of ``sub`` (sorted by column 0) not dominated by a point of an earlier
    bucket; buckets have strictly increasing column 0, so (m, v) dominance by an
    earlier bucket is true 3-D dominance."""
    n = len(sub)
    first = sub[:, 0]
    cuts = np.searchsorted(first, first[np.linspace(0, n - 1, 65).astype(int)], "left")
    cuts = np.unique(np.concatenate([cuts, [n]]))
    keep = np.ones(n, dtype=bool)
    stair_m = stair_v = np.empty(0)
    for a, b in zip(cuts[:-1], cuts[1:], strict=True):
        m, v = sub[a:b, 1], sub[a:b, 2]
        if len(stair_m):
            pos = np.searchsorted(stair_m, m, "right") - 1
            dom = (pos >= 0) & (stair_v[np.maximum(pos, 0)] <= v)
            keep[a:b] = ~dom
        k = keep[a:b]
        stair_m, stair_v = _front_2d(np.concatenate([stair_m, m[k]]),
                                     np.concatenate([stair_v, v[k]]))
    return keep


def pareto_mask(points: np.ndarray) -> np.ndarray:
    """Boolean mask of the rows of ``points`` (n × k, minimised) on the Pareto front."""
    pts = np.asarray(points, dtype=float)
    n = len(pts)
    mask = np.zeros(n, dtype=bool)
    if n == 0:
        return mask
    finite = np.flatnonzero(np.isfinite(pts).all(axis=1))
    if len(finite) == 0:
        return mask
    sub = pts[finite]
    alive = np.arange(len(sub))
    rng = np.random.default_rng(12345)
    for _round in range(8):  # pivot elimination: no sorting of the big arrays
        if len(alive) <= 4 * BLOCK:
            break
        cols = [np.ascontiguousarray(sub[alive, j]) for j in range(sub.shape[1])]
        norm = []
        for c in cols:
            lo, hi = c.min(), c.max()
            norm.append((c - lo) / (hi - lo) if hi > lo else np.zeros_like(c))
        picks = set()
        for w in rng.uniform(0.05, 1.0, (8, sub.shape[1])):
            score = w[0] * norm[0]
            for j in range(1, len(norm)):
                score += w[j] * norm[j]
            picks.add(int(score.argmin()))
        keep = np.ones(len(alive), dtype=bool)
        for i in picks:
            piv = [c[i] for c in cols]
            le = cols[0] >= piv[0]
            lt = cols[0] > piv[0]
            for c, v in zip(cols[1:], piv[1:], strict=True):
                le &= c >= v
                lt |= c > v
            keep &= ~(le & lt)
        before = len(alive)
        alive = alive[keep]
        if len(alive) > 0.8 * before:
            break
    if sub.shape[1] == 3 and len(alive) > 16 * BLOCK:
        by_first = alive[np.argsort(sub[alive, 0], kind="stable")]
        alive = by_first[_staircase_filter(sub[by_first])]
    # A dominator sorts lexicographically before what it dominates.
    alive = alive[np.lexsort(sub[alive].T[::-1])]
    front_rows: list[np.ndarray] = []
    front = np.empty((0, sub.shape[1]))
    for start in range(0, len(alive), BLOCK):
        rows = alive[start:start + BLOCK]
        block = sub[rows]
        dom = _dominated_by(block, front) | _dominated_by(block, block)
        good = rows[~dom]
        if len(good):
            front_rows.append(good)
            front = np.vstack([front, sub[good]])
    if front_rows:
        mask[finite[np.concatenate(front_rows)]] = True
    return mask
