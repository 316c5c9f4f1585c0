"""Pareto front (all objectives minimised) of a set of points, vectorised.

A point is on the front when no other point is at least as good in every objective and
strictly better in one. Rows with a non-finite coordinate are never on the front.
Identical points do not dominate each other (both stay on the front).

Algorithm: sort lexicographically (a dominator always sorts before what it
dominates), drop everything dominated by a few "pivot" points (minimisers of strictly
positive weighted sums, which are themselves on the front), then sweep the survivors
in blocks, checking each block against the front found so far and against itself.
Exact, and O(n·(pivots + block + front)) comparisons.
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


def _weights(k: int) -> np.ndarray:
    rng = np.random.default_rng(12345)
    w = np.vstack([np.full(k, 1.0), np.eye(k) * 8 + 1, rng.uniform(0.05, 1.0, (24, k))])
    return w / w.sum(axis=1, keepdims=True)


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
    order = np.lexsort(sub.T[::-1])
    sub = sub[order]
    # Pivot prefilter (only worth it for many points).
    alive = np.arange(len(sub))
    if len(sub) > 4 * BLOCK:
        lo = sub.min(axis=0)
        span = np.where(sub.max(axis=0) > lo, sub.max(axis=0) - lo, 1.0)
        scores = ((sub - lo) / span) @ _weights(sub.shape[1]).T
        pivots = sub[np.unique(scores.argmin(axis=0))]
        keep = np.ones(len(sub), dtype=bool)
        for start in range(0, len(sub), 1 << 16):
            block = sub[start:start + (1 << 16)]
            keep[start:start + len(block)] = ~_dominated_by(block, pivots)
        alive = np.flatnonzero(keep)
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
        mask[finite[order[np.concatenate(front_rows)]]] = True
    return mask
