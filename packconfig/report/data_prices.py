"""The commercial part of the report data: price rows (the pack, the extra discount and
every user line with its unit and discount), totals with the tax of each tax class, the
commercial terms table (Incoterm and place, payment, lead time, warranty, approver,
bank details), the volume-tier table and the numbered terms. Everything comes from the
quote's own snapshot, never from today's settings."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from packconfig import display
from packconfig.core.commerce.pricing import PriceLine, Tier, TierTable, tier_unit_price
from packconfig.core.commerce.quote import Quote
from packconfig.report.data_types import Field, PriceRow, TierRow

#: Paragraphs of the standard terms (labels "default_terms") that the quote's own
#: payment terms, lead time and warranty text replace when they are set (the warranty
#: text, else the quote's lifetime warranty, ``Quote.warranty``).
TERMS_SLOTS = {"payment_terms": (2, "terms_payment"), "lead_time": (3, "terms_lead_time"),
               "warranty_text": (6, "terms_warranty")}


def _tier_span(tiers: TierTable, tier: Tier, lang: str, L: Mapping[str, str]) -> str:
    i = tiers.tiers.index(tier)
    low = display.count(tier.min_qty, lang)
    if i + 1 < len(tiers.tiers):
        return L["tier_range"].format(low=low, high=display.count(tiers.tiers[i + 1].min_qty - 1,
                                                                   lang))
    return L["tier_open"].format(low=low)


def _pack_description(line: PriceLine, quote: Quote, L: Mapping[str, str], lang: str) -> str:
    d = quote.design
    text = L["pack_line"].format(config=d.configuration, cell=d.cell.id)
    tiers = quote.pricing.tiers
    if line.tier is not None and tiers is not None and line.tier in tiers.tiers:
        pct = display.percent_points(line.tier.discount_pct, lang)
        text += " · " + L["pack_line_tier"].format(span=_tier_span(tiers, line.tier, lang, L),
                                                    pct=pct)
    return text


def price_rows(quote: Quote, L: Mapping[str, str], lang: str) -> tuple[PriceRow, ...]:
    pb = quote.pricing
    rows = []
    for i, line in enumerate(pb.lines, start=1):
        if line.kind == "pack":
            desc = _pack_description(line, quote, L, lang)
        elif line.kind == "discount":
            desc = L["discount_line"].format(
                pct=display.percent_points(pb.extra_discount_pct, lang))
        else:
            desc = line.description
        unit = L.get(f"unit_{line.unit}", line.unit) if line.unit else ""
        disc = display.percent_points(line.discount_pct, lang) if line.discount_pct else ""
        rows.append(PriceRow(str(i), line.kind, desc, display.count(line.quantity, lang),
                             display.money(line.unit_price, lang),
                             display.money(line.amount, lang), line.amount, unit, disc))
    return tuple(rows)


def _tax_label(quote: Quote, L: Mapping[str, str], lang: str) -> str:
    pb = quote.pricing
    rate = display.percent_points(pb.tax_rate_pct, lang)
    label = ((pb.tax_label_zh if lang == "zh" else "") or pb.tax_label).strip() or L["tax"]
    return label if rate in label else L["tax_line"].format(label=label, rate=rate)


def _tax_rows(quote: Quote, L: Mapping[str, str], lang: str) -> list[Field]:
    """One row per tax class; a quote with only standard-rated lines (and every quote
    from before tax classes) keeps its single tax row."""
    pb = quote.pricing
    classes = [t.tax_class for t in pb.tax_lines]
    if classes in ([], ["standard"]):
        return [Field("tax", _tax_label(quote, L, lang), display.money(pb.tax, lang), pb.tax)]
    rows = []
    for t in pb.tax_lines:
        base = display.money(t.base, lang)
        if t.tax_class == "standard":
            label = L["tax_on_base"].format(label=_tax_label(quote, L, lang), base=base)
        else:
            label = L[f"tax_{t.tax_class}"].format(base=base)
        rows.append(Field(f"tax_{t.tax_class}", label, display.money(t.tax, lang), t.tax))
    return rows


def totals(quote: Quote, L: Mapping[str, str], lang: str) -> tuple[Field, ...]:
    pb = quote.pricing
    return (
        Field("total_excl_tax", L["total_excl_tax"], display.money(pb.total_excl_tax, lang),
              pb.total_excl_tax),
        *_tax_rows(quote, L, lang),
        Field("total_incl_tax", L["total_incl_tax"], display.money(pb.total_incl_tax, lang),
              pb.total_incl_tax),
    )


def customer_rate(quote: Quote):
    """The exchange rate between the quote currency and CNY (the company's book
    currency) that the quote used, as ``(1 quote-currency = x CNY, date)``, or ``None``
    for a CNY quote."""
    cur = quote.currency
    if cur == "CNY":
        return None
    from decimal import localcontext

    for r in quote.cost.rates:
        if r.base == "CNY" and r.quote == cur:
            with localcontext() as ctx:
                ctx.prec = 50
                return Decimal(1) / r.rate, r.date
        if r.base == cur and r.quote == "CNY":
            return r.rate, r.date
    return None


def commercial(quote: Quote, L: Mapping[str, str], lang: str) -> tuple[Field, ...]:
    pb = quote.pricing
    rows = [
        Field("quantity", L["quantity_quoted"],
              L["quantity_value"].format(n=display.count(quote.quantity, lang)), quote.quantity),
        Field("currency", L["currency"], quote.currency, quote.currency),
    ]
    rate = customer_rate(quote)
    if rate is not None:
        value, day = rate
        text = display.exchange_rate(quote.currency, "CNY", value, lang)
        if day is not None:
            text = L["exchange_rate_value"].format(rate=text, date=display.date(day, lang))
        rows.append(Field("exchange_rate", L["exchange_rate"], text, value))
    inc = pb.incoterm
    rows.append(Field("incoterm", L["incoterms"], str(inc) if inc else L["incoterm_none"], inc))
    rows.append(Field("valid_until", L["valid_until"], display.date(quote.valid_until, lang),
                      quote.valid_until))
    if quote.approved_by.strip():
        rows.append(Field("approved_by", L["approved_by"], quote.approved_by.strip(),
                          quote.approved_by))
    bank = quote.seller.bank.strip()
    if bank:
        rows.append(Field("bank", L["bank"], bank, bank))
    return tuple(rows)


def tiers_table(quote: Quote, tiers: TierTable | None, L: Mapping[str, str],
           lang: str) -> tuple[tuple[TierRow, ...], str]:
    """The volume-price table: the tiers recorded in the quote, else ``tiers``, shown
    only if they reproduce the quote's pack lines."""
    pb = quote.pricing
    tiers = pb.tiers or tiers
    if tiers is None or tiers.convention != pb.convention:
        return (), ""
    unit = pb.list_unit_price
    packs = [ln for ln in pb.lines if ln.kind == "pack"]
    if pb.convention == "range":
        expected = [tier_unit_price(unit, tiers.tier_for(quote.quantity))]
        applied = {tiers.tier_for(quote.quantity).min_qty}
    else:
        bands = tiers.bands(quote.quantity)
        expected = [tier_unit_price(unit, t) for t, _n in bands]
        applied = {t.min_qty for t, _n in bands}
    if [ln.unit_price for ln in packs] != expected:
        return (), ""  # the settings changed since the quote was issued: do not guess
    rows = []
    for tier in tiers.tiers:
        qty = _tier_span(tiers, tier, lang, L)
        price = tier_unit_price(unit, tier)
        rows.append(TierRow(qty, display.percent_points(tier.discount_pct, lang),
                            display.money(price, lang), tier.min_qty in applied, tier.min_qty,
                            price))
    return tuple(rows), L[f"tier_convention_{pb.convention}"]


def terms(quote: Quote, L: Mapping[str, str], lang: str) -> tuple[str, ...]:
    """The numbered terms: the quote's own text, else the standard wording with its
    payment terms, lead time and warranty text in their places."""
    text = quote.terms.strip()
    if text:
        return tuple(p.strip() for p in text.split("\n") if p.strip())
    inc = quote.pricing.incoterm
    paragraphs = L["default_terms"].format(
        currency=quote.currency, tax=_tax_label(quote, L, lang),
        incoterm=str(inc) if inc else L["incoterm_none"],
        valid_until=display.date(quote.valid_until, lang)).split("\n")
    for key, (index, label) in TERMS_SLOTS.items():
        value = getattr(quote.commercial_terms, key).strip()
        if key == "warranty_text" and not value:
            # the Lifetime page's proposal, stated in the lifetime section: the terms say
            # the same rather than "according to the warranty agreement"
            value = quote.warranty.strip()
        if key == "warranty_text" and lang != quote.print_language:
            value = display.restate_warranty(value, lang)  # a reprint in the other language
        if value:
            if value[-1].isalnum():  # a clause ends like the standard ones
                value += "。" if lang == "zh" else "."
            paragraphs[index] = L[label].format(text=value)
    return tuple(p.strip() for p in paragraphs if p.strip())
