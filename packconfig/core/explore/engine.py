"""The design-space search: every cell × S × P through the vectorised engine.

One source of truth: figures come from :class:`packconfig.core.pack.engine.Evaluator` and
prices from :func:`packconfig.core.commerce.costing_arrays.pack_price_arrays`, exactly the code
behind :func:`physics.compute_pack` and :func:`costing.cost_pack`. No Python loop runs
per candidate; the loop is per chunk of about a million candidates.

Steps (docs/explorer.md):

1. cell-level checks, in order: chemistry, format, manufacturer, then each figure a
   requirement or the objective needs (discharge current, charge current, mass,
   dimensions, price). A failing cell is rejected whole (all its S × P candidates);
2. S-only requirements (the voltage window) are checked on a (cell, S) grid and the
   failing S values pruned before any S × P grid is built (same Evaluator, same
   comparison, so identical to checking every candidate);
3. remaining requirements in the fixed order of :data:`explorer.LIMITS`, then price;
4. per chunk, the best candidates by the objective and the chunk's Pareto front on
   (price, mass, volume) are kept; they are merged at the end.

Each rejected candidate is counted once, under the FIRST requirement it fails in that
fixed order, so ``sum(rejections) + feasible == total``. When nothing is feasible a
diagnostic pass finds, for each requirement, the best value among designs meeting all
the others, and suggests the relaxation with the nearest miss.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence

import numpy as np

from packconfig.core.cells.model import Cell
from packconfig.core.commerce.costing import CostContext
from packconfig.core.commerce.costing_arrays import CostTable, build_cost_table, pack_price_arrays
from packconfig.core.errors import InputError, PackconfigError
from packconfig.core.explore import sim_rules
from packconfig.core.explore.diagnose import best_values
from packconfig.core.explore.life_rules import life_reasons
from packconfig.core.explore.module_rules import SPLIT_COLUMNS, search_setup
from packconfig.core.explore.pareto import pareto_mask
from packconfig.core.explore.requirements import (
    FIGURES,
    OBJECTIVES,
    PRICE_LIMIT,
    REASONS,
    Limit,
    Requirements,
)
from packconfig.core.explore.results import SearchResult, Suggestion
from packconfig.core.money import CURRENCIES, Money, from_minor
from packconfig.core.pack.components import ComponentTable
from packconfig.core.pack.engine import MODULE_RESULTS, RESULTS, CellTable, Evaluator
from packconfig.core.pack.hardware_cost import hardware_total
from packconfig.core.pack.options import PackOptions
from packconfig.core.units import KINDS, Q_, ureg

CHUNK = 1 << 20
OBJECTIVE_FIGURE = {"price": "price", "price_per_kwh": "price", "mass": "mass",
                    "gravimetric": "mass", "volume": "geometry", "volumetric": "geometry"}
J_PER_KWH = 3.6e6


class SearchCancelled(PackconfigError):
    """The search was cancelled by its caller."""


def _ok(values: np.ndarray, lim: Limit, si: float) -> np.ndarray:
    return values >= si if lim.op == ">=" else values <= si


def _max_price_minor(reqs: Requirements, ctx: CostContext | None) -> int | None:
    if reqs.max_price is None:
        return None
    assert ctx is not None
    money = reqs.max_price
    if money.currency != ctx.currency:
        money = ctx.convert(money)[0]
    scaled = money.amount.scaleb(CURRENCIES[ctx.currency])
    return int(scaled.to_integral_value(rounding="ROUND_FLOOR"))


_CACHE: OrderedDict[tuple, tuple] = OrderedDict()
_CACHE_SIZE = 4


def _tables(cells: tuple[Cell, ...], ctx: CostContext | None, components: ComponentTable
            ) -> tuple[CellTable, CostTable | None]:
    """The engine's cell table and the cost table, cached: building them (pint and
    Decimal, per cell) costs far more than the vectorised sweep itself. The key is the
    identity of the (frozen) cells and context; the entry holds them, so the ids
    cannot be reused while cached."""
    key = (tuple(map(id, cells)), id(ctx), hash(tuple(components.parts.items())))
    hit = _CACHE.get(key)
    if hit is not None:
        _CACHE.move_to_end(key)
        return hit[2], hit[3]
    table = CellTable.from_cells(cells)
    cost = build_cost_table(cells, ctx, components) if ctx is not None else None
    _CACHE[key] = (cells, ctx, table, cost)
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return table, cost


class _Space:
    """The search space after cell-level checks: what to evaluate and how."""

    def __init__(self, cells: Sequence[Cell], reqs: Requirements, objective: str,
                 ctx: CostContext | None, options: PackOptions):
        self.cells = tuple(cells)
        self.reqs = reqs
        self.objective = objective
        self.opts, self.components = search_setup(options, reqs)  # module splits
        self.table, self.cost = _tables(self.cells, ctx, self.components)
        self.exp = CURRENCIES[ctx.currency] if ctx else 2
        self.max_minor = _max_price_minor(reqs, ctx)
        self.s_vals = np.arange(reqs.series[0], reqs.series[1] + 1, dtype=np.int64)
        self.p_vals = np.arange(reqs.parallel[0], reqs.parallel[1] + 1, dtype=np.int64)
        self.per_cell = len(self.s_vals) * len(self.p_vals)
        self.total = len(self.cells) * self.per_cell
        self.limits = reqs.active_limits()
        needed = {lim.figure for lim, _v in self.limits if lim.figure}
        if reqs.max_price is not None:
            needed.add("price")
        needed.add(OBJECTIVE_FIGURE[objective])
        self.needed = needed

    def cell_reason(self, i: int, figures: bool = True) -> str | None:
        cell = self.cells[i]
        reason = self.reqs.allows_cell(cell)
        if reason or not figures:
            return reason
        for fig in FIGURES:
            if fig not in self.needed:
                continue
            if fig == "price":
                if self.cost is None or not self.cost.known[i]:
                    return "no_price"
            elif not cell.known(fig):
                return f"no_{fig}"
        return None

    def prune_series(self, live: list[int], s_limits, counts: dict[str, int]):
        """Per live cell, the S values passing the S-only limits (counting failures)."""
        n_s, n_p = len(self.s_vals), len(self.p_vals)
        if not live:
            return []
        if not s_limits:
            return [(i, self.s_vals) for i in live]
        idx = np.repeat(np.asarray(live, dtype=np.int64), n_s)
        s = np.tile(self.s_vals, len(live))
        ev = Evaluator(self.table, idx, s, np.ones_like(s), self.opts,
                       components=self.components)
        alive = np.ones(len(s), dtype=bool)
        for lim, si in s_limits:
            before = int(alive.sum())
            alive &= _ok(ev.get(lim.key), lim, si)
            counts[lim.reason] += (before - int(alive.sum())) * n_p
        grid = alive.reshape(len(live), n_s)
        return [(i, self.s_vals[grid[k]]) for k, i in enumerate(live) if grid[k].any()]

    def chunks(self, cell_series: Iterable[tuple[int, np.ndarray]], chunk: int
               ) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """(idx, S, P) arrays of about ``chunk`` candidates each."""
        n_p = len(self.p_vals)
        step = max(1, chunk // n_p)
        pieces: list[tuple[int, np.ndarray]] = []
        size = 0
        for i, s_arr in cell_series:
            for start in range(0, len(s_arr), step):
                part = s_arr[start:start + step]
                pieces.append((i, part))
                size += len(part) * n_p
                if size >= chunk:
                    yield self._grid(pieces)
                    pieces, size = [], 0
        if pieces:
            yield self._grid(pieces)

    def _grid(self, pieces: list[tuple[int, np.ndarray]]):
        n_p = len(self.p_vals)
        lens = np.array([len(part) for _i, part in pieces])
        s_all = np.concatenate([part for _i, part in pieces])
        idx = np.repeat(np.repeat([i for i, _p in pieces], lens), n_p).astype(np.int64)
        return idx, np.repeat(s_all, n_p), np.tile(self.p_vals, len(s_all))

    def prices(self, idx, s, p, ev: Evaluator | None = None, rows=None,
               hardware: bool = True) -> np.ndarray:
        """int64 minor-unit unit prices, -1 where the cell cannot be priced. The hardware
        is costed bottom-up from the designs' bills of materials (``ev``, the evaluator
        holding these designs, at ``rows`` of it; built when not given). With
        ``hardware=False``, the price with no hardware at all: a lower bound of the
        price (the hardware costs nothing negative, and a design whose hardware cannot
        be sized falls back to the flat lines, which cover more), so a design over a
        price limit without hardware fails it with hardware too and is never sized."""
        if self.cost is None:
            return np.full(len(idx), -1, dtype=np.int64)
        hw = np.zeros(len(idx), dtype=np.int64)
        if hardware and len(idx):
            if ev is None:
                ev, rows = Evaluator(self.table, idx, s, p, self.opts,
                                     components=self.components), None
            hw = hardware_total(ev, self.cost.hardware_rates, rows)
        price = pack_price_arrays(self.cost, idx, s, p, hw)["price"]
        return np.where(self.cost.known[idx], price, -1)

    def objective_values(self, get: Callable[[str], np.ndarray], price: np.ndarray):
        key = OBJECTIVES[self.objective][1]
        if key == "price":
            return price.astype(float)
        if key == "price_per_kwh":
            return price / 10.0**self.exp / (get("energy_usable") / J_PER_KWH)
        values = get(key)
        return -values if OBJECTIVES[self.objective][2] else values


class _Kept:
    """Candidates kept across chunks: the best by objective and the Pareto fronts."""

    def __init__(self, limit: int):
        self.limit = limit
        self.parts: list[dict[str, np.ndarray]] = []

    def add(self, rows: dict[str, np.ndarray]) -> None:
        obj = rows["objective"]
        keep = np.zeros(len(obj), dtype=bool)
        if len(obj) > self.limit:
            kth = np.partition(obj, self.limit - 1)[self.limit - 1]
            keep |= obj <= kth
        else:
            keep[:] = True
        keep |= pareto_mask(rows["coords"])
        self.parts.append({k: v[keep] for k, v in rows.items()})

    def merged(self) -> dict[str, np.ndarray]:
        if not self.parts:
            return {"idx": np.zeros(0, np.int64), "s": np.zeros(0, np.int64),
                    "p": np.zeros(0, np.int64), "objective": np.zeros(0),
                    "coords": np.zeros((0, 3)), "price": np.zeros(0, np.int64)}
        rows = {k: np.concatenate([part[k] for part in self.parts]) for k in self.parts[0]}
        front = pareto_mask(rows["coords"])
        order = np.lexsort((rows["p"], rows["s"], rows["idx"], rows["objective"]))
        top = np.zeros(len(order), dtype=bool)
        top[order[: self.limit]] = True
        chosen = order[(top | front)[order]]
        out = {k: v[chosen] for k, v in rows.items()}
        out["pareto"] = front[chosen]
        return out


def search(cells: Iterable[Cell], requirements: Requirements | None = None, *,
           objective: str = "price", ctx: CostContext | None = None,
           options: PackOptions | None = None, limit: int = 200, chunk: int = CHUNK,
           prune: bool = True, diagnose: bool = True,
           progress: Callable[[float], None] | None = None,
           cancel: Callable[[], bool] | None = None,
           sim: sim_rules.SimRequirements | None = None) -> SearchResult:
    """Search every cell × S × P for designs meeting ``requirements``.

    Returns the best ``limit`` feasible designs by ``objective`` (a key of
    :data:`explorer.OBJECTIVES`) plus every design on the Pareto front of (price,
    mass, volume), sorted by the objective. ``ctx`` prices the designs (needed for a
    max price and the price objectives). ``progress(fraction)`` is called after each
    chunk; ``cancel()`` returning True raises :class:`SearchCancelled`.
    """
    start = time.perf_counter()
    reqs = requirements if requirements is not None else Requirements()
    if not isinstance(reqs, Requirements):
        raise TypeError("requirements must be a Requirements")
    if objective not in OBJECTIVES:
        raise InputError(f"sort must be one of {', '.join(OBJECTIVES)}, got {objective!r}")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise InputError(f"limit must be a whole number of at least 1, got {limit!r}")
    cells = tuple(cells)
    if not cells:
        raise InputError("there are no cells to search")
    if ctx is None and (reqs.max_price is not None or objective in ("price", "price_per_kwh")):
        raise InputError("a price requirement or price sort needs the commercial settings "
                         "(a cost context)")
    reqs.check_manufacturers(cells)
    sp = _Space(cells, reqs, objective, ctx, options or PackOptions())
    counts = dict.fromkeys(REASONS, 0)
    excluded: dict[str, list[str]] = {}
    live = []
    life = life_reasons(cells, reqs.life)  # per cell; None without a lifetime requirement
    for i, cell in enumerate(cells):
        reason = sp.cell_reason(i) or life[i]
        if reason:
            counts[reason] += sp.per_cell
            excluded.setdefault(reason, []).append(cell.id)
        else:
            live.append(i)
    s_limits = [(lim, v) for lim, v in sp.limits if lim.s_only] if prune else []
    rest = [(lim, v) for lim, v in sp.limits if not (prune and lim.s_only)]
    cell_series = sp.prune_series(live, s_limits, counts)
    sp.sim = sim_rules.Decider(cells, sim) if sim is not None else None
    work = sum(len(s_arr) for _i, s_arr in cell_series) * len(sp.p_vals)
    kept = _Kept(limit)
    feasible = evaluated = 0
    for idx, s, p in sp.chunks(cell_series, chunk):
        if cancel is not None and cancel():
            raise SearchCancelled("search cancelled")
        evaluated += len(idx)
        feasible += _run_chunk(sp, idx, s, p, rest, counts, kept)
        if progress is not None:
            progress(min(1.0, evaluated / work) if work else 1.0)
    rows = kept.merged()
    suggestions: tuple[Suggestion, ...] = ()
    notes: list[str] = []
    if feasible == 0 and diagnose and (sp.limits or sp.max_minor is not None):
        suggestions, notes = _diagnose(sp, counts, chunk, cancel)
    arrays = _final_arrays(sp, rows)
    result = SearchResult(reqs, objective, ctx.currency if ctx else None, cells, arrays,
                          sp.total, feasible, evaluated,
                          {k: v for k, v in counts.items() if v},
                          {k: tuple(v) for k, v in excluded.items()}, suggestions,
                          notes=notes)
    result.elapsed = time.perf_counter() - start
    return result


def _run_chunk(sp: _Space, idx, s, p, rest, counts: dict[str, int], kept: _Kept) -> int:
    rows = np.arange(len(idx))  # the chunk rows the evaluator ``ev`` holds
    ev = Evaluator(sp.table, idx, s, p, sp.opts, components=sp.components)
    alive = np.ones(len(idx), dtype=bool)
    n_alive = len(idx)
    for lim, si in rest:
        alive &= _ok(ev.get(lim.key), lim, si)
        now = int(np.count_nonzero(alive))
        counts[lim.reason] += n_alive - now
        n_alive = now
        if n_alive == 0:
            return 0
        if n_alive * 4 < len(rows):  # later (dearer) figures only for the survivors
            rows = rows[alive]
            ev = Evaluator(sp.table, idx[rows], s[rows], p[rows], sp.opts,
                           components=sp.components)
            alive = np.ones(len(rows), dtype=bool)
    for key in sp.sim.keys if getattr(sp, "sim", None) else ():  # simulated (sim_rules)
        live = np.flatnonzero(alive)
        at = rows[live]
        alive[live] = sp.sim.mask(key, idx[at], s[at] * p[at])
        now = int(np.count_nonzero(alive))
        counts[key] += n_alive - now
        n_alive = now
        if n_alive == 0:
            return 0
    pos = np.flatnonzero(alive)  # positions in ``ev``
    f = rows[pos]
    if sp.max_minor is not None:  # the price without hardware first: a lower bound
        lower = sp.prices(idx[f], s[f], p[f], hardware=False)
        ok = (lower >= 0) & (lower <= sp.max_minor)
        counts[PRICE_LIMIT.reason] += int(len(f) - np.count_nonzero(ok))
        f, pos = f[ok], pos[ok]
        if len(f) == 0:
            return 0
        if len(f) * 4 < len(rows):  # size the hardware (dear) only for the survivors
            rows, pos = f, np.arange(len(f))
            ev = Evaluator(sp.table, idx[f], s[f], p[f], sp.opts, components=sp.components)
    price = sp.prices(idx[f], s[f], p[f], ev, pos)
    if sp.max_minor is not None:
        ok = (price >= 0) & (price <= sp.max_minor)
        counts[PRICE_LIMIT.reason] += int(len(f) - np.count_nonzero(ok))
        f, pos, price = f[ok], pos[ok], price[ok]
        if len(f) == 0:
            return 0
    if len(f) * 4 < len(rows):
        sub = Evaluator(sp.table, idx[f], s[f], p[f], sp.opts, components=sp.components)
        get = sub.get
    else:
        def get(key: str) -> np.ndarray:
            return ev.get(key)[pos]
    coords = np.column_stack([np.where(price >= 0, price, np.nan) if sp.cost is not None
                              else np.zeros(len(f)), get("mass_pack"), get("volume_pack")])
    kept.add({"idx": idx[f], "s": s[f], "p": p[f], "price": price, "coords": coords,
              "objective": sp.objective_values(get, price)})
    return len(f)


def _final_arrays(sp: _Space, rows: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    idx, s, p = rows["idx"], rows["s"], rows["p"]
    ev = Evaluator(sp.table, idx, s, p, sp.opts, components=sp.components)
    arrays: dict[str, np.ndarray] = {"cell_index": idx, "series": s, "parallel": p,
                                     "pareto": rows["pareto"] if "pareto" in rows
                                     else np.zeros(0, bool)}
    arrays.update({key: ev.get(key) for key in (*RESULTS, *SPLIT_COLUMNS)})
    price = sp.prices(idx, s, p, ev)
    arrays["price_minor"] = price
    with np.errstate(divide="ignore", invalid="ignore"):
        ppk = price / 10.0**sp.exp / (arrays["energy_usable"] / J_PER_KWH)
    arrays["price_per_kwh"] = np.where(price >= 0, ppk, np.nan)
    return arrays


def _round_out(value: float, op: str) -> float:
    """``value`` rounded outwards to 4 significant digits (up for a maximum)."""
    if value == 0 or not math.isfinite(value):
        return value
    scale = 10.0 ** (math.floor(math.log10(abs(value))) - 3)
    f = math.ceil if op == "<=" else math.floor
    return f(round(value / scale, 6)) * scale


def _diagnose(sp: _Space, counts: dict[str, int], chunk: int, cancel
              ) -> tuple[tuple[Suggestion, ...], list[str]]:
    """For each requirement, the best value among designs meeting all the others."""
    cons: list[tuple[Limit, float]] = list(sp.limits)
    if sp.max_minor is not None:
        cons.append((PRICE_LIMIT, float(sp.max_minor)))
    live = [i for i in range(len(sp.cells)) if sp.cell_reason(i, figures=False) is None]

    def check() -> None:
        if cancel is not None and cancel():
            raise SearchCancelled("search cancelled")

    best = best_values(sp, cons, live, chunk, check)  # dear figures only where needed
    out = []
    for (lim, si), b in zip(cons, best, strict=True):
        if b is None:
            continue
        miss = abs(b - si) / si if si else math.inf
        if lim is PRICE_LIMIT:
            step = 10**sp.exp
            currency = sp.cost.currency if sp.cost else "CNY"
            best_v: Money | object = from_minor(int(b), currency)
            relax = from_minor(int(-(-int(b) // step) * step), currency)
        else:
            unit = ureg.Unit((RESULTS.get(lim.key) or MODULE_RESULTS[lim.key])[1])
            q = Q_(b, KINDS[lim.kind].si).to(unit)
            best_v = q
            relax = Q_(_round_out(float(q.magnitude), lim.op), unit)
        out.append(Suggestion(lim.field, lim.label, best_v, relax, lim.best_text,
                              counts.get(lim.reason, 0), miss))
    out.sort(key=lambda sg: sg.miss)
    notes = []
    if not out:
        notes.append("No single requirement can be relaxed alone to give a design: "
                      "several requirements bind together (see the rejection counts).")
    return tuple(out), notes
