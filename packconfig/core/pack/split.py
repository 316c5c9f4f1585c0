"""Module split suggestions, vectorised over designs.

For a pack S×P the suggested split is the one with the fewest modules (one kind of
module, so the fewest part types) whose maximum voltage and mass stay within the
limits (``max_module_voltage``, ``max_module_mass`` of the component table, or the
explorer's requirements): one string first (module P = P), two strings (module P =
P/2) when one string cannot meet the limits. Module S is then the largest divisor of S
within the limits. Ties cannot occur: for a given number of strings the module count
falls as module S grows. When no split meets the limits, the split that meets the
voltage limit is returned with ``ok = False`` (the design rules then say why).

The module mass is affine in module S for a fixed module P apart from the slave-board
steps and the sense wires (docs/physics.md), so the mass limit is solved from two
evaluations (module S = 1 and 2) with the board step added as an upper bound, then
checked once on the chosen split.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from packconfig.core.pack.modules import largest_divisor

MassFn = Callable[[np.ndarray, np.ndarray], np.ndarray]


def suggest_splits(series: np.ndarray, parallel: np.ndarray, v_max_cell: np.ndarray,
                   module_mass: MassFn, *, max_voltage: float, max_mass: float,
                   board_mass: float, board_cells: int, max_strings: int = 2
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(module_series, module_parallel, ok) arrays for designs (S, P).

    ``module_mass(ms, mp)`` gives the module mass (kg, NaN when the cell mass is
    unknown, in which case only the voltage limit applies) for arrays of one entry per
    design, or of two (the designs twice over: module S = 1, then 2)."""
    s = np.asarray(series, dtype=np.int64)
    p = np.asarray(parallel, dtype=np.int64)
    with np.errstate(invalid="ignore", divide="ignore"):
        lim_v = np.floor(max_voltage / v_max_cell * (1 + 1e-12))
    lim_v = np.where(np.isfinite(lim_v), lim_v, s).astype(np.int64)
    best_ms = np.zeros_like(s)
    best_mp = np.zeros_like(p)
    found = np.zeros(s.shape, dtype=bool)
    one = np.ones_like(s)
    for strings in range(1, max(1, max_strings) + 1):
        can = ~found & (p % strings == 0)
        if not can.any():
            continue
        mp = np.maximum(p // strings, 1)
        both = module_mass(np.concatenate([one, 2 * one]), np.concatenate([mp, mp]))
        m1, m2 = both[:len(one)], both[len(one):]
        slope = m2 - m1 + board_mass / board_cells
        with np.errstate(invalid="ignore", divide="ignore"):
            lim_m = np.floor((max_mass - (m1 - slope)) / slope)
        lim_m = np.where(np.isnan(m1), s, np.where(np.isfinite(lim_m), lim_m, s))
        lim = np.minimum(np.minimum(lim_v, lim_m), s).astype(np.int64)
        ms = largest_divisor(s, lim)
        checked = module_mass(np.maximum(ms, 1), mp)
        heavy = (ms >= 1) & (checked > max_mass)
        if heavy.any():
            ms = np.where(heavy, largest_divisor(s, ms - 1), ms)
        ok = can & (ms >= 1)
        best_ms = np.where(ok, ms, best_ms)
        best_mp = np.where(ok, mp, best_mp)
        found |= ok
    fallback_ms = np.maximum(largest_divisor(s, np.maximum(lim_v, 1)), 1)
    best_ms = np.where(found, best_ms, fallback_ms)
    best_mp = np.where(found, best_mp, p)
    return best_ms, best_mp, found


def ranked_splits(series: int, parallel: int, v_max_cell: float, module_mass: MassFn, *,
                  max_voltage: float, max_mass: float, max_strings: int = 2,
                  limit: int = 8) -> list[tuple[int, int, bool]]:
    """Every uniform split of one design, best first: (module S, module P, within
    limits). Ranked by within-limits, then fewest modules, then the module closest to
    the limits (largest), so the first entry equals :func:`suggest_splits`' choice
    whenever one meets the limits."""
    rows = []
    for strings in range(1, parallel + 1):
        if parallel % strings:
            continue
        mp = parallel // strings
        divisors = [d for d in range(1, series + 1) if series % d == 0]
        ms_arr = np.array(divisors, dtype=np.int64)
        mass = module_mass(ms_arr, np.full_like(ms_arr, mp))
        for ms, m in zip(divisors, mass, strict=True):
            within = (ms * v_max_cell <= max_voltage * (1 + 1e-12)
                      and (not np.isfinite(m) or m <= max_mass) and strings <= max_strings)
            rows.append((not within, strings, (series // ms) * strings, -ms, ms, mp, within))
        if len(rows) > 4000:
            break
    rows.sort()
    return [(ms, mp, within) for *_rank, ms, mp, within in rows[:limit]]
