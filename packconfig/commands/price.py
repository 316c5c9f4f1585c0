"""``packconfig price``: cost build-up and tiered price of a pack for a quantity."""

from __future__ import annotations

import argparse
import dataclasses
import json
from decimal import Decimal
from typing import Any

from packconfig.commands import table
from packconfig.commands.common import (
    add_design_arguments,
    options_from_args,
    parse_date,
    resolve_cell,
    whole_number,
)
from packconfig.commands.common import settings as load_settings
from packconfig.core.commerce.costing import PackCost, cost_pack
from packconfig.core.commerce.pricing import (
    ExtraLine,
    Incoterm,
    PriceBreakdown,
    TierTable,
    price_quantity,
)
from packconfig.core.money import CURRENCIES, Money, check_currency, significant, to_decimal
from packconfig.core.pack.physics import compute_pack
from packconfig.core.pack.validate import series_parallel


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("price", help="cost build-up and tiered price of S×P cells × quantity")
    add_design_arguments(p)
    p.add_argument("--quantity", "-n", required=True, metavar="N", help="number of packs")
    p.add_argument("--currency", default="CNY", type=str.upper, choices=sorted(CURRENCIES))
    p.add_argument("--date", help="price date YYYY-MM-DD (picks the exchange rate; "
                   "default today)")
    p.add_argument("--incoterm", help='e.g. "EXW Ningbo", "FOB Shanghai"')
    p.add_argument("--extra-discount", default="0", metavar="PCT",
                   help="extra discount in percent on the pack lines")
    p.add_argument("--convention", choices=("range", "slab"),
                   help="volume-tier convention (default from settings)")
    p.add_argument("--nre", metavar="AMOUNT", help="one-off NRE line in the quote currency")
    p.add_argument("--json", action="store_true", help="print a JSON object")
    p.set_defaults(func=run)






def money_json(m: Money | None) -> dict[str, str] | None:
    return None if m is None else {"amount": str(m.amount), "currency": m.currency}


def to_json(cost: PackCost, pb: PriceBreakdown, cell_id: str) -> dict[str, Any]:
    return {
        "cell": cell_id, "series": cost.series, "parallel": cost.parallel,
        "cell_count": cost.series * cost.parallel, "currency": cost.currency,
        "cost_lines": [{"key": ln.key, "label": ln.label, "category": ln.category,
                        "amount": money_json(ln.amount), "detail": ln.detail,
                        "source": ln.source, "estimated": ln.estimated} for ln in cost.lines],
        "direct_cost": money_json(cost.direct),
        "overhead": {"pct": str(cost.policy.overhead_pct), "amount": money_json(cost.overhead)},
        "warranty": {"pct": str(cost.policy.warranty_pct), "amount": money_json(cost.warranty)},
        "unit_cost": money_json(cost.cost),
        "margin_on_price_pct": str(cost.policy.margin_pct),
        "list_unit_price": money_json(cost.price),
        "energy_nominal_kwh": str(cost.energy_nominal_kwh),
        "energy_usable_kwh": None if cost.energy_usable_kwh is None
        else str(cost.energy_usable_kwh),
        "per_kwh": {w: {k: money_json(v) for k, v in cost.per_kwh(w).items()}
                    for w in ("nominal", "usable")},
        "exchange_rates": [r.to_dict() for r in cost.rates],
        "quantity": pb.quantity, "tier_convention": pb.convention,
        "price_lines": [{"kind": ln.kind, "description": ln.description,
                         "quantity": ln.quantity, "unit_price": money_json(ln.unit_price),
                         "amount": money_json(ln.amount)} for ln in pb.lines],
        "total_excl_tax": money_json(pb.total_excl_tax),
        "tax": {"label": pb.tax_label, "rate_pct": str(pb.tax_rate_pct),
                "amount": money_json(pb.tax)},
        "total_incl_tax": money_json(pb.total_incl_tax),
        "incoterm": str(pb.incoterm) if pb.incoterm else None,
    }


def _print(cost: PackCost, pb: PriceBreakdown, title: str) -> None:
    """The cost build-up and the priced quantity as aligned text (display widths); the
    exchange rates to 6 significant digits (``--json`` keeps them exact)."""
    cur = cost.currency
    print(title)
    print(f"Cost build-up per pack ({cur}):")
    summary = [("Direct cost", cost.direct),
               (f"Overhead {cost.policy.overhead_pct.normalize():f} %", cost.overhead),
               (f"Warranty {cost.policy.warranty_pct.normalize():f} %", cost.warranty),
               ("Unit cost", cost.cost),
               (f"List unit price (margin {cost.policy.margin_pct.normalize():f} % on price)",
                cost.price)]
    labels = [ln.label for ln in cost.lines] + [label for label, _ in summary]
    amounts = [f"{m.amount:,}" for m in [ln.amount for ln in cost.lines] +
               [m for _, m in summary]]
    lw, aw = max(map(table.width, labels)), max(map(table.width, amounts))
    for ln in cost.lines:
        flag = "  [ESTIMATED]" if ln.estimated else ""
        print(f"  {table.pad(ln.label, lw)}  {table.pad(f'{ln.amount.amount:,}', aw, '>')}"
              f"   {ln.detail}{flag}")
        print(f"  {'':{lw}}  {'':{aw}}   source: {ln.source}")
    for label, money in summary:
        print(f"  {table.pad(label, lw)}  {table.pad(f'{money.amount:,}', aw, '>')}")
    for which in ("nominal", "usable"):
        pk = cost.per_kwh(which)
        if pk["cost"] is not None:
            print(f"  {table.pad(f'per kWh {which}', lw)}  cost {pk['cost'].amount:,} / "
                  f"price {pk['price'].amount:,} {cur}/kWh")
    print(f"Price for {pb.quantity} packs ({pb.convention} tiers):")
    rows = [(ln.description, str(ln.quantity), "x", f"{ln.unit_price.amount:,}", "=",
             f"{ln.amount.amount:,}", "") for ln in pb.lines]
    rows += [(label, "", "", "", "", f"{m.amount:,}", cur) for label, m in (
        ("Total excl. tax", pb.total_excl_tax), (pb.tax_label, pb.tax),
        ("Total incl. tax", pb.total_incl_tax))]
    for line in table.render(rows, "<><><><", gap=" "):
        print(f"  {line}")
    if pb.incoterm:
        print(f"  Incoterm: {pb.incoterm} (Incoterms 2020)")
    for r in cost.rates:
        print(f"  Exchange rate: 1 {r.base} = {significant(r.rate)} {r.quote} "
              f"(as of {r.date}; {r.source})")


def run(args: argparse.Namespace) -> int:
    currency = check_currency(args.currency)
    quantity = whole_number(args.quantity, "--quantity")
    series, parallel = series_parallel(args.series, args.parallel)
    cell = resolve_cell(args)
    settings = load_settings()
    day = parse_date(args.date)
    options = options_from_args(args)
    result = compute_pack(cell, series, parallel, options)
    cost = cost_pack(cell, series, parallel, settings.context(currency, day, options.overhead),
                     energy_usable=result.values.get("energy_usable"),
                     evaluator=result.evaluator)
    tiers = settings.tiers
    if args.convention:
        tiers = dataclasses.replace(tiers, convention=args.convention)
    extras: tuple[ExtraLine, ...] = ()
    if args.nre:
        extras = (ExtraLine("NRE (one-off engineering)", 1,
                            Money(to_decimal(args.nre, "--nre"), currency)),)
    pb = price_quantity(cost.price, quantity, TierTable(tiers.tiers, tiers.convention),
                        settings.tax_for(currency),
                        extra_discount_pct=to_decimal(args.extra_discount, "--extra-discount")
                        if args.extra_discount else Decimal(0),
                        extras=extras,
                        incoterm=Incoterm.parse(args.incoterm) if args.incoterm else None,
                        description=f"Battery pack {series}S{parallel}P {cell.id}")
    if args.json:
        print(json.dumps(to_json(cost, pb, cell.id), ensure_ascii=False, indent=2))
        return 0
    _print(cost, pb, f"{cell.manufacturer} {cell.model} ({cell.id}), {series}S{parallel}P, "
           f"{series * parallel} cells, {cost.energy_nominal_kwh} kWh nominal, priced "
           f"{day.isoformat()} in {currency}")
    return 0
