"""From a pack unit price to a priced quantity: volume tiers, extra discount, extra
lines, tax, Incoterms and totals.

Volume tiers have two conventions:

* ``range``: every unit is priced at the tier the whole quantity reaches
  (100 units at 3 % off means all 100 are 3 % off);
* ``slab``: each unit is priced at its own tier (units 1–99 at 0 %, unit 100 at 3 %).

Rounding: each tier unit price is rounded half-up to the minor unit, each line is
quantity x rounded unit price, the extra discount and each line discount are one rounded
amount each, and the tax is one rounded amount per tax class (``standard``, ``zero``,
``exempt``; see :mod:`.lines`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from packconfig.core.commerce.costing import apply_percent
from packconfig.core.commerce.lines import TAX_CLASSES, QuoteLine, check_lines
from packconfig.core.errors import InputError
from packconfig.core.money import Money, to_decimal

CONVENTIONS = ("range", "slab")
INCOTERMS = ("EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP")


def _pct(value: object, name: str, top: int = 100) -> Decimal:
    result = to_decimal(value, name)
    if result < 0 or result > top:
        raise InputError(f"{name} must be between 0 and {top} %, got {result}").coded(
            "percent_range", name=name, top=top, got=str(result))
    return result


@dataclass(frozen=True)
class Tier:
    min_qty: int
    discount_pct: Decimal

    def __post_init__(self) -> None:
        if isinstance(self.min_qty, bool) or not isinstance(self.min_qty, int) \
                or self.min_qty < 1:
            raise InputError(f"tier min_qty must be a whole number >= 1, got {self.min_qty!r}"
                             ).coded("tier_min_qty", got=repr(self.min_qty)[:40])
        object.__setattr__(self, "discount_pct", _pct(self.discount_pct, "tier discount_pct",
                                                      99))


@dataclass(frozen=True)
class TierTable:
    tiers: tuple[Tier, ...]
    convention: str = "range"

    def __post_init__(self) -> None:
        if self.convention not in CONVENTIONS:
            raise InputError(f"tier convention must be 'range' or 'slab', "
                             f"got {self.convention!r}").coded(
                "tier_convention", got=str(self.convention)[:40])
        tiers = tuple(sorted(self.tiers, key=lambda t: t.min_qty))
        if not tiers or tiers[0].min_qty != 1:
            raise InputError("the first volume tier must start at quantity 1").coded(
                "tier_first")
        if len({t.min_qty for t in tiers}) != len(tiers):
            raise InputError("two volume tiers start at the same quantity").coded(
                "tier_duplicate")
        object.__setattr__(self, "tiers", tiers)

    def tier_for(self, quantity: int) -> Tier:
        """The tier a quantity reaches (the "range" tier)."""
        return [t for t in self.tiers if t.min_qty <= quantity][-1]

    def bands(self, quantity: int) -> list[tuple[Tier, int]]:
        """``(tier, units in that tier)`` for the "slab" convention."""
        out = []
        for i, tier in enumerate(self.tiers):
            if tier.min_qty > quantity:
                break
            upper = self.tiers[i + 1].min_qty - 1 if i + 1 < len(self.tiers) else quantity
            out.append((tier, min(upper, quantity) - tier.min_qty + 1))
        return out

    def label(self, tier: Tier) -> str:
        i = self.tiers.index(tier)
        nxt = self.tiers[i + 1].min_qty - 1 if i + 1 < len(self.tiers) else None
        span = f"{tier.min_qty}–{nxt}" if nxt is not None else f"{tier.min_qty}+"
        return f"tier {span}, {tier.discount_pct.normalize():f} % off"


@dataclass(frozen=True)
class TaxRule:
    rate_pct: Decimal
    label: str
    label_zh: str = ""  # the label on Chinese documents; ``label`` when empty

    def __post_init__(self) -> None:
        object.__setattr__(self, "rate_pct", _pct(self.rate_pct, "tax rate_pct"))


@dataclass(frozen=True)
class Incoterm:
    """An Incoterms 2020 rule with its named place (e.g. FOB Ningbo)."""

    code: str
    place: str

    def __post_init__(self) -> None:
        code = str(self.code).strip().upper()
        if code not in INCOTERMS:
            raise InputError(f"Incoterm must be one of {', '.join(INCOTERMS)}, got {self.code!r}"
                             ).coded("incoterm_unknown", known=INCOTERMS,
                                     got=str(self.code)[:40])
        place = str(self.place).strip()
        if not place:
            raise InputError(f"Incoterm {code} needs a named place (e.g. '{code} Ningbo')"
                             ).coded("incoterm_place", term=code)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "place", place)

    @classmethod
    def parse(cls, text: str) -> Incoterm:
        """``"FOB Ningbo"`` -> Incoterm("FOB", "Ningbo")."""
        code, _, place = str(text).strip().partition(" ")
        return cls(code, place)

    def __str__(self) -> str:
        return f"{self.code} {self.place}"


@dataclass(frozen=True)
class ExtraLine:
    """An additional quote line (NRE, spare cells, tooling...)."""

    description: str
    quantity: int
    unit_price: Money

    def __post_init__(self) -> None:
        if not str(self.description).strip():
            raise InputError("an extra line needs a description").coded("extra_description")
        if isinstance(self.quantity, bool) or not isinstance(self.quantity, int) \
                or self.quantity < 1:
            raise InputError(f"extra line {self.description!r}: quantity must be >= 1").coded(
                "extra_quantity", description=str(self.description))


@dataclass(frozen=True)
class PriceLine:
    kind: str  # "pack", "extra", "discount"
    description: str
    quantity: int
    unit_price: Money
    amount: Money
    #: For "pack" lines: the tier applied (its first quantity and its discount), so a
    #: renderer can label the line in any language without parsing the description.
    tier: Tier | None = None
    #: For user lines (:class:`~packconfig.core.commerce.lines.QuoteLine`): the unit,
    #: the line kind (nre, samples, ...), the discount and the tax class.
    unit: str = ""
    category: str = ""
    discount_pct: Decimal = Decimal(0)
    tax_class: str = "standard"


@dataclass(frozen=True)
class TaxLine:
    """The tax of one tax class: ``tax = round(base x rate_pct / 100)``."""

    tax_class: str
    rate_pct: Decimal
    base: Money
    tax: Money


@dataclass(frozen=True)
class PriceBreakdown:
    currency: str
    quantity: int
    list_unit_price: Money
    convention: str
    lines: tuple[PriceLine, ...]
    goods_total: Money
    extra_discount_pct: Decimal
    total_excl_tax: Money
    tax_label: str
    tax_rate_pct: Decimal
    tax: Money
    total_incl_tax: Money
    incoterm: Incoterm | None = None
    notes: tuple[str, ...] = field(default=())
    #: The volume tiers the quote was priced with, so a reprint shows the same table
    #: whatever the settings say today.
    tiers: TierTable | None = None
    tax_label_zh: str = ""
    #: One entry per tax class present (empty in quotes from before quote lines: one
    #: tax line at ``tax_rate_pct`` then).
    tax_lines: tuple[TaxLine, ...] = ()

    @property
    def average_unit_price(self) -> Money:
        """Pack lines / quantity, rounded (information only)."""
        packs = sum((ln.amount for ln in self.lines if ln.kind == "pack"),
                    Money.zero(self.currency))
        return packs.divided(self.quantity).rounded()


def tier_unit_price(unit_price: Money, tier: Tier) -> Money:
    """List unit price less the tier discount, rounded half-up."""
    return (unit_price * (1 - tier.discount_pct / 100)).rounded()


def pack_lines(unit_price: Money, quantity: int, tiers: TierTable,
               description: str) -> list[PriceLine]:
    if tiers.convention == "range":
        tier = tiers.tier_for(quantity)
        unit = tier_unit_price(unit_price, tier)
        return [PriceLine("pack", f"{description} ({tiers.label(tier)})", quantity, unit,
                          unit * quantity, tier)]
    lines = []
    for tier, units in tiers.bands(quantity):
        unit = tier_unit_price(unit_price, tier)
        lines.append(PriceLine("pack", f"{description} ({tiers.label(tier)})", units, unit,
                               unit * units, tier))
    return lines


def user_line(line: QuoteLine) -> PriceLine:
    """A priced user line: quantity x rounded unit price, less its rounded discount."""
    unit = line.price()
    gross = unit * line.quantity
    net = gross - apply_percent(gross, line.discount_pct) if line.discount_pct else gross
    return PriceLine("extra", line.description, line.quantity, unit, net, None, line.unit,
                     line.kind, line.discount_pct, line.tax_class)


TAX_CLASS_RATES = {"zero": Decimal(0), "exempt": Decimal(0)}


def tax_lines(lines: tuple[PriceLine, ...] | list[PriceLine], tax: TaxRule, currency: str
              ) -> tuple[TaxLine, ...]:
    """The tax per class: the standard class at the currency's rate, ``zero`` and
    ``exempt`` at 0 %; one rounded amount per class, classes in a fixed order."""
    out = []
    for cls in TAX_CLASSES:
        members = [ln for ln in lines if ln.tax_class == cls]
        if not members:
            continue
        base = sum((ln.amount for ln in members), Money.zero(currency))
        rate = tax.rate_pct if cls == "standard" else TAX_CLASS_RATES[cls]
        out.append(TaxLine(cls, rate, base, apply_percent(base, rate)))
    return tuple(out)


def price_quantity(unit_price: Money, quantity: int, tiers: TierTable, tax: TaxRule, *,
                   extra_discount_pct: Decimal = Decimal(0),
                   extras: tuple[ExtraLine, ...] = (), incoterm: Incoterm | None = None,
                   description: str = "Battery pack",
                   lines: tuple[QuoteLine, ...] = ()) -> PriceBreakdown:
    """Price ``quantity`` packs at list ``unit_price`` (rounded) through the tiers, then
    the user ``lines`` (and the older ``extras``).

    The extra discount applies to the pack lines only (not to NRE or other lines); each
    user line carries its own discount. Tax is computed per tax class.
    """
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
        raise InputError(f"quantity must be a whole number of at least 1, got {quantity!r}"
                         ).coded("quantity_invalid", got=repr(quantity)[:40])
    cur = unit_price.currency
    unit_price = unit_price.rounded()
    priced = pack_lines(unit_price, quantity, tiers, description)
    goods = sum((ln.amount for ln in priced), Money.zero(cur))
    pct = _pct(extra_discount_pct, "extra discount", 100)
    if pct:
        disc = apply_percent(goods, pct)
        priced.append(PriceLine("discount", f"Extra discount {pct.normalize():f} %", 1, -disc,
                                -disc))
    for extra in extras:
        if extra.unit_price.currency != cur:
            raise InputError(f"extra line {extra.description!r} is in "
                             f"{extra.unit_price.currency}, the quote is in {cur}").coded(
                "extra_currency", description=extra.description,
                currency=extra.unit_price.currency, quote_currency=cur)
        unit = extra.unit_price.rounded()
        priced.append(PriceLine("extra", extra.description, extra.quantity, unit,
                                unit * extra.quantity))
    priced.extend(user_line(line) for line in check_lines(tuple(lines), cur))
    total = sum((ln.amount for ln in priced), Money.zero(cur))
    taxes = tax_lines(priced, tax, cur)
    tax_amount = sum((t.tax for t in taxes), Money.zero(cur))
    return PriceBreakdown(cur, quantity, unit_price, tiers.convention, tuple(priced), goods,
                          pct, total, tax.label, tax.rate_pct, tax_amount, total + tax_amount,
                          incoterm, tiers=tiers, tax_label_zh=tax.label_zh, tax_lines=taxes)
