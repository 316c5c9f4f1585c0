"""Vectorised pack cost and unit price for the design-space explorer.

Per-cell figures (cell unit price, per-cell component amounts including per-kWh
allocations) are computed ONCE per cell with the Decimal code in
:mod:`packconfig.core.commerce.costing` and stored as int64 minor units (fen, cents). Per-pack
figures are then exact integer arithmetic with the same half-up rounding at the same
points, so :func:`pack_price_arrays` agrees exactly with :func:`costing.cost_pack`.

Usage::

    table = build_cost_table(cells, ctx)          # once per catalog/currency/date
    out = pack_price_arrays(table, cell_idx, s, p)  # int64 arrays, minor units
    ok = table.known[cell_idx] & (out["price"] <= to_minor(max_price))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np

from packconfig.core.commerce.costing import (
    CostContext,
    cell_energy_kwh,
    cell_unit_price,
    resolve_component,
)
from packconfig.core.errors import InputError
from packconfig.core.money import div_ratio_half_up, mul_ratio_half_up, ratio, to_minor

#: Cells whose cost is unknown carry this sentinel (and ``known`` is False).
UNKNOWN = np.int64(-1)


@dataclass(frozen=True)
class CostTable:
    """Per-cell int64 minor-unit figures plus the pack-level constants."""

    currency: str
    per_cell: np.ndarray  # (n_cells,) cell unit price + all per-cell component amounts
    cell_price: np.ndarray  # (n_cells,) cell unit price alone
    known: np.ndarray  # (n_cells,) bool: False when the cell cannot be costed
    estimated: np.ndarray  # (n_cells,) bool: cell price is a $/kWh estimate
    fixed: int
    per_series: int
    per_parallel: int
    overhead: tuple[int, int]  # overhead_pct / 100 as a fraction
    warranty: tuple[int, int]
    price_divisor: tuple[int, int]  # 1 - margin_pct / 100 as a fraction


def _pack_constants(ctx: CostContext) -> tuple[int, int, int]:
    fixed = series = parallel = 0
    for comp in ctx.components:
        rc = resolve_component(comp, Decimal(0) if comp.per_kwh else None, ctx)
        fixed += to_minor(rc.fixed)
        series += to_minor(rc.per_series)
        parallel += to_minor(rc.per_parallel)
    return fixed, series, parallel


def _per_cell_minor(cell: Any, ctx: CostContext) -> tuple[int, int, bool]:
    cup = cell_unit_price(cell, ctx)
    energy = cell_energy_kwh(cell)
    extra = sum(to_minor(resolve_component(c, energy, ctx).per_cell) for c in ctx.components)
    price = to_minor(cup.unit)
    return price + extra, price, cup.estimated


def build_cost_table(cells: Sequence[Any], ctx: CostContext) -> CostTable:
    """Precompute per-cell minor-unit figures for ``cells`` (index order kept)."""
    n = len(cells)
    per_cell = np.full(n, UNKNOWN, dtype=np.int64)
    cell_price = np.full(n, UNKNOWN, dtype=np.int64)
    known = np.zeros(n, dtype=bool)
    estimated = np.zeros(n, dtype=bool)
    for i, cell in enumerate(cells):
        try:
            per_cell[i], cell_price[i], estimated[i] = _per_cell_minor(cell, ctx)
            known[i] = True
        except InputError:
            continue
    fixed, series, parallel = _pack_constants(ctx)
    pol = ctx.policy
    return CostTable(ctx.currency, per_cell, cell_price, known, estimated, fixed, series,
                     parallel, ratio(pol.overhead_pct / 100), ratio(pol.warranty_pct / 100),
                     ratio(1 - pol.margin_pct / 100))


def pack_price_arrays(table: CostTable, cell_index: np.ndarray, series: np.ndarray,
                      parallel: np.ndarray) -> dict[str, np.ndarray]:
    """int64 minor-unit arrays "direct", "overhead", "warranty", "cost", "price".

    Entries for cells with ``known`` False are meaningless (filter with
    ``table.known[cell_index]``).
    """
    idx = np.asarray(cell_index, dtype=np.int64)
    s = np.asarray(series, dtype=np.int64)
    p = np.asarray(parallel, dtype=np.int64)
    direct = (table.fixed + table.per_series * s + table.per_parallel * p
              + table.per_cell[idx] * (s * p))
    direct = np.where(table.known[idx], direct, 0)
    overhead = mul_ratio_half_up(direct, *table.overhead)
    warranty = mul_ratio_half_up(direct, *table.warranty)
    cost = direct + overhead + warranty
    price = div_ratio_half_up(cost, *table.price_divisor)
    return {"direct": direct, "overhead": overhead, "warranty": warranty, "cost": cost,
            "price": price}
