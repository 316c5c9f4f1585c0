"""Warnings when a quote is priced from placeholder data (issue 14, item 11).

Three things the shipped defaults cannot know, and a quote should not go out with
unnoticed:

* ``seller_not_set``: the seller block is still the shipped default company name (or
  empty), so the quote would carry "Your Company Co., Ltd.";
* ``fx_placeholder``: an exchange rate used is the shipped unsourced placeholder (its
  source starts with :data:`PLACEHOLDER_MARK`; the EUR rate of ``costs.toml``);
* ``cell_price_estimated``: the cell has no catalog price and is costed from the
  average price per kWh of its chemistry.

:func:`placeholder_notices` returns them as coded
:class:`~packconfig.core.messages.Notice` data; the CLI prints them on stderr each time
it quotes, the window's quote panel shows them. They are for the sales engineer, never
for the customer: the PDF does not print them.
"""

from __future__ import annotations

from functools import lru_cache

from packconfig.core.commerce.costing import PackCost
from packconfig.core.commerce.quote import Quote
from packconfig.core.commerce.settings import shipped_defaults
from packconfig.core.messages import Notice
from packconfig.core.money import significant

#: How the shipped data marks a figure no source gives (see resources/costs.toml).
PLACEHOLDER_MARK = "UNSOURCED PLACEHOLDER"


@lru_cache(maxsize=1)
def default_seller_company() -> str:
    """The seller company name shipped in ``costs.toml`` (a placeholder)."""
    seller = shipped_defaults().get("seller", {})
    return str(seller.get("company", "")) if isinstance(seller, dict) else ""


def placeholder_notices(cost: PackCost, seller_company: str, cell_id: str = "",
                        chemistry: str = "") -> list[Notice]:
    """What of this pricing comes from placeholders, as coded notices (maybe none)."""
    out: list[Notice] = []
    company = seller_company.strip()
    if not company or company == default_seller_company():
        shown = company or "—"
        out.append(Notice("seller_not_set", f"the seller is not set: the quote names the "
                          f"default seller {shown!r}; set your company under 'seller' in "
                          "settings.json", {"company": shown}))
    seen: set[tuple[str, str]] = set()
    for rate in cost.rates:
        if PLACEHOLDER_MARK not in rate.source.upper() or (rate.base, rate.quote) in seen:
            continue
        seen.add((rate.base, rate.quote))
        pair = f"1 {rate.base} = {significant(rate.rate)} {rate.quote}"
        day = rate.date.isoformat() if rate.date else "—"
        out.append(Notice("fx_placeholder", f"the exchange rate {pair} (as of {day}) comes "
                          "from an unsourced placeholder; set your own rate under 'fx' in "
                          "settings.json", {"pair": pair, "date": day}))
    if cost.estimated:
        what = f"cell {cell_id}" if cell_id else "the cell"
        chem = chemistry or "its chemistry"
        out.append(Notice("cell_price_estimated", f"{what} has no catalog price: its cost is "
                          f"estimated from the average price per kWh of {chem}",
                          {"cell": cell_id or "—", "chemistry": chem}))
    return out


def quote_notices(quote: Quote) -> list[Notice]:
    """:func:`placeholder_notices` of an issued or draft quote."""
    cell = quote.design.cell
    return placeholder_notices(quote.cost, quote.seller.company, cell.id, cell.chemistry)
