"""Vectorised pack cost and unit price for the design-space explorer.

Per-cell figures (cell unit price, per-cell component amounts including per-kWh
allocations) are computed ONCE per cell with the Decimal code in
:mod:`packconfig.core.commerce.costing` and stored as int64 minor units (fen, cents). Per-pack
figures are then exact integer arithmetic with the same half-up rounding at the same
points, so :func:`pack_price_arrays` agrees exactly with :func:`costing.cost_pack`.

The hardware is the designs' bills of materials, priced by
:mod:`packconfig.core.pack.hardware_cost` in the same currency, as
``cost_pack(..., evaluator=...)`` does. Usage::

    table = build_cost_table(cells, ctx, components)  # once per catalog/currency/date
    hw = hardware_total(evaluator, table.hardware_rates)  # per design, int64
    out = pack_price_arrays(table, cell_idx, s, p, hw)  # int64 arrays, minor units
    ok = table.known[cell_idx] & (out["price"] <= to_minor(max_price))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np

from packconfig.core.commerce.costing import (
    BOM_COVERED,
    CostContext,
    cell_energy_kwh,
    cell_unit_price,
    hardware_rates,
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
    #: Bottom-up costing (``build_cost_table(..., components=table)``): the per-cell and
    #: pack constants without the flat lines the bill of materials replaces
    #: (:data:`costing.BOM_COVERED`), and the parts' rates in this currency.
    bom_per_cell: np.ndarray | None = None
    bom_constants: tuple[int, int, int] = (0, 0, 0)
    hardware_rates: dict | None = None


def _pack_constants(ctx: CostContext, skip: frozenset[str] = frozenset()
                    ) -> tuple[int, int, int]:
    fixed = series = parallel = 0
    for comp in ctx.components:
        if comp.key in skip:
            continue
        rc = resolve_component(comp, Decimal(0) if comp.per_kwh else None, ctx)
        fixed += to_minor(rc.fixed)
        series += to_minor(rc.per_series)
        parallel += to_minor(rc.per_parallel)
    return fixed, series, parallel


def _per_cell_minor(cell: Any, ctx: CostContext) -> tuple[int, int, bool, int]:
    cup = cell_unit_price(cell, ctx)
    energy = cell_energy_kwh(cell)
    extras = {c.key: to_minor(resolve_component(c, energy, ctx).per_cell)
              for c in ctx.components}
    price = to_minor(cup.unit)
    kept = sum(v for k, v in extras.items() if k not in BOM_COVERED)
    return price + sum(extras.values()), price, cup.estimated, price + kept


def build_cost_table(cells: Sequence[Any], ctx: CostContext, components: Any = None
                     ) -> CostTable:
    """Precompute per-cell minor-unit figures for ``cells`` (index order kept). With the
    pack component table ``components``, designs are costed bottom-up as
    :func:`costing.cost_pack` does with an evaluator (pass ``hardware`` to
    :func:`pack_price_arrays`)."""
    n = len(cells)
    per_cell = np.full(n, UNKNOWN, dtype=np.int64)
    bom_per_cell = np.full(n, UNKNOWN, dtype=np.int64)
    cell_price = np.full(n, UNKNOWN, dtype=np.int64)
    known = np.zeros(n, dtype=bool)
    estimated = np.zeros(n, dtype=bool)
    for i, cell in enumerate(cells):
        try:
            per_cell[i], cell_price[i], estimated[i], bom_per_cell[i] = _per_cell_minor(
                cell, ctx)
            known[i] = True
        except InputError:
            continue
    fixed, series, parallel = _pack_constants(ctx)
    pol = ctx.policy
    hw_rates = hardware_rates(components, ctx)[0] if components is not None else None
    return CostTable(ctx.currency, per_cell, cell_price, known, estimated, fixed, series,
                     parallel, ratio(pol.overhead_pct / 100), ratio(pol.warranty_pct / 100),
                     ratio(1 - pol.margin_pct / 100), bom_per_cell,
                     _pack_constants(ctx, BOM_COVERED), hw_rates)


def pack_price_arrays(table: CostTable, cell_index: np.ndarray, series: np.ndarray,
                      parallel: np.ndarray, hardware: np.ndarray | None = None
                      ) -> dict[str, np.ndarray]:
    """int64 minor-unit arrays "direct", "overhead", "warranty", "cost", "price".

    ``hardware``: per design, the bill of materials' hardware in minor units
    (:func:`packconfig.core.pack.hardware_cost.hardware_total` with
    ``table.hardware_rates``; negative where it cannot be sized, which falls back to the
    flat lines as :func:`costing.cost_pack` does). Entries for cells with ``known``
    False are meaningless (filter with ``table.known[cell_index]``).
    """
    idx = np.asarray(cell_index, dtype=np.int64)
    s = np.asarray(series, dtype=np.int64)
    p = np.asarray(parallel, dtype=np.int64)
    direct = (table.fixed + table.per_series * s + table.per_parallel * p
              + table.per_cell[idx] * (s * p))
    if hardware is not None and table.bom_per_cell is not None:
        hw = np.asarray(hardware, dtype=np.int64)
        fixed, per_s, per_p = table.bom_constants
        bottom_up = fixed + per_s * s + per_p * p + table.bom_per_cell[idx] * (s * p) + hw
        direct = np.where(hw >= 0, bottom_up, direct)
    direct = np.where(table.known[idx], direct, 0)
    overhead = mul_ratio_half_up(direct, *table.overhead)
    warranty = mul_ratio_half_up(direct, *table.warranty)
    cost = direct + overhead + warranty
    price = div_ratio_half_up(cost, *table.price_divisor)
    return {"direct": direct, "overhead": overhead, "warranty": warranty, "cost": cost,
            "price": price}
