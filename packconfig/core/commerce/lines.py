"""The lines a sales engineer adds to a quote next to the pack line: options, NRE and
tooling, UN38.3 test samples, spare modules, chargers, freight.

A :class:`QuoteLine` has a description (in the quote's language), a quantity and unit,
a unit price OR a cost-plus rule (:class:`CostPlus`), a discount and a tax class. Its
money is always in the quote currency: a line in another currency is refused, never
converted silently. :func:`parse_line_text` reads the CLI's
``"DESCRIPTION;QTY;UNIT_PRICE CURRENCY[;DISCOUNT%]"``; :mod:`.lines_csv` reads a CSV of
lines. :func:`propose_samples_line` proposes the UN38.3 test samples for a pack.

Rounding (docs/costing.md): the unit price is rounded half-up to the minor unit (a
cost-plus price once, after the markup), the gross line is quantity x unit price, the
discount is one rounded amount per line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, localcontext

from packconfig.core.errors import InputError
from packconfig.core.money import PRECISION, Money, to_decimal

LINE_KINDS = ("option", "nre", "tooling", "samples", "spares", "charger", "freight", "other")
UNITS = ("pcs", "set", "lot", "pack", "module", "h", "kg", "m")
#: ``standard``: the currency's tax rate; ``zero``: taxed at 0 % (zero-rated, e.g.
#: export services); ``exempt``: outside the tax (shown as its own class).
TAX_CLASSES = ("standard", "zero", "exempt")
MAX_LINES = 500
MAX_DESCRIPTION = 1000
MAX_QUANTITY = 10_000_000


@dataclass(frozen=True)
class CostPlus:
    """A price from a cost: ``unit price = cost x (1 + markup_pct / 100)``, rounded."""

    cost: Money
    markup_pct: Decimal

    def unit_price(self) -> Money:
        with localcontext() as ctx:
            ctx.prec = PRECISION
            return (self.cost * (1 + self.markup_pct / 100)).rounded()


@dataclass(frozen=True)
class QuoteLine:
    description: str
    quantity: int
    unit_price: Money | None = None
    cost_plus: CostPlus | None = None
    discount_pct: Decimal = Decimal(0)
    unit: str = "pcs"
    kind: str = "other"
    tax_class: str = "standard"

    def price(self) -> Money:
        """The unit price, rounded to the minor unit."""
        if self.cost_plus is not None:
            return self.cost_plus.unit_price()
        assert self.unit_price is not None  # checked by check_line
        return self.unit_price.rounded()

    @property
    def currency(self) -> str:
        money = self.cost_plus.cost if self.cost_plus is not None else self.unit_price
        return money.currency if money is not None else ""


def check_line(line: QuoteLine, no: int, currency: str) -> QuoteLine:
    """``line`` (number ``no`` on the quote) if it can be priced in ``currency``; a coded
    :class:`InputError` naming the line otherwise."""
    if not isinstance(line.description, str) or not line.description.strip():
        raise InputError(f"line {no}: a line needs a description").coded(
            "line_description", no=no)
    if len(line.description) > MAX_DESCRIPTION:
        raise InputError(f"line {no}: the description is too long ({len(line.description):,} "
                         f"characters, at most {MAX_DESCRIPTION:,})").coded(
            "field_too_long", name=f"line {no}", length=len(line.description),
            limit=MAX_DESCRIPTION)
    q = line.quantity
    if isinstance(q, bool) or not isinstance(q, int) or not 1 <= q <= MAX_QUANTITY:
        raise InputError(f"line {no}: quantity must be a whole number from 1 to {MAX_QUANTITY:,}, "
                   f"got {q!r}").coded("line_quantity", no=no, got=repr(q)[:40])
    if line.unit not in UNITS:
        raise InputError(f"line {no}: unit must be one of {', '.join(UNITS)}, got "
                         f"{line.unit!r}").coded("line_unit", no=no, got=str(line.unit)[:40],
                                                 known=UNITS)
    if line.kind not in LINE_KINDS:
        raise InputError(f"line {no}: kind must be one of {', '.join(LINE_KINDS)}, got "
                         f"{line.kind!r}").coded("line_kind", no=no, got=str(line.kind)[:40],
                                                 known=LINE_KINDS)
    if line.tax_class not in TAX_CLASSES:
        raise InputError(f"line {no}: tax class must be one of {', '.join(TAX_CLASSES)}, got "
                         f"{line.tax_class!r}").coded("line_tax_class", no=no,
                                                      got=str(line.tax_class)[:40],
                                                      known=TAX_CLASSES)
    if (line.unit_price is None) == (line.cost_plus is None):
        raise InputError(f"line {no}: give a unit price or a cost-plus rule (one of the "
                         "two)").coded("line_price_missing", no=no)
    if line.currency != currency:
        raise InputError(f"line {no} ({line.description[:60]!r}) is in {line.currency}, the quote "
                   f"is in {currency}").coded("line_currency", no=no, currency=line.currency,
                   quote_currency=currency)
    money = line.unit_price if line.unit_price is not None else line.cost_plus.cost
    if money.amount < 0:
        raise InputError(f"line {no}: the unit price must not be negative").coded(
            "line_negative_price", no=no)
    for pct, name in ((line.discount_pct, "line discount"),
                      (line.cost_plus.markup_pct if line.cost_plus else Decimal(0), "markup")):
        top = 100 if name == "line discount" else 1000
        if not isinstance(pct, Decimal) or not pct.is_finite() or not 0 <= pct <= top:
            raise InputError(f"line {no}: {name} must be between 0 and {top} %, got {pct}"
                             ).coded("percent_range", name=name, top=top, got=str(pct))
    return line


def check_lines(lines: tuple[QuoteLine, ...], currency: str) -> tuple[QuoteLine, ...]:
    if len(lines) > MAX_LINES:
        raise InputError(f"a quote has at most {MAX_LINES} lines, got {len(lines)}").coded(
            "too_many_lines", limit=MAX_LINES, count=len(lines))
    return tuple(check_line(line, no, currency) for no, line in enumerate(lines, start=1))


def parse_line_text(text: str, no: int = 1, kind: str = "other") -> QuoteLine:
    """``"DESCRIPTION;QTY;UNIT_PRICE CURRENCY[;DISCOUNT%]"`` as a line (``no`` names
    it in errors). The description may not contain ``;``."""
    parts = [p.strip() for p in str(text).split(";")]
    if len(parts) not in (3, 4) or not parts[0]:
        raise InputError(f"line {no} must look like 'DESCRIPTION;QTY;UNIT_PRICE CURRENCY"
                   f"[;DISCOUNT%]', got {str(text)[:80]!r}").coded("line_text_format", no=no,
                   text=str(text)[:80])
    desc, qty_text, price_text = parts[:3]
    try:
        qty = int(qty_text)
    except ValueError:
        raise InputError(f"line {no}: quantity must be a whole number from 1 to "
                   f"{MAX_QUANTITY:,}, got {qty_text!r}").coded("line_quantity", no=no,
                   got=repr(qty_text)[:40]) from None
    price = Money.parse(price_text, "line unit price")
    discount = Decimal(0)
    if len(parts) == 4 and parts[3]:
        discount = to_decimal(parts[3].rstrip("%").strip(), "line discount")
    return QuoteLine(desc, qty, price, discount_pct=discount, kind=kind)


#: A cost-plus rule as typed in a price field: ``cost 1000 + 15%`` (``成本`` too).
COST_PLUS_TEXT = re.compile(r"^\s*(?:cost|成本)\s*([0-9.]+)\s*\+\s*([0-9.]+)\s*%?\s*$",
                            re.IGNORECASE)


def line_from_fields(fields: Mapping[str, str], no: int, currency: str) -> QuoteLine:
    """A line from the texts of a lines table (description, quantity, unit, price,
    discount, kind, tax_class); ``price`` is an amount in ``currency`` or a cost-plus
    rule (``cost 1000 + 15%``). Errors name the line ``no``."""
    qty_text = str(fields.get("quantity", "")).strip()
    try:
        qty = int(qty_text)
    except ValueError:
        raise InputError(f"line {no}: quantity must be a whole number, got {qty_text!r}"
                         ).coded("line_quantity", no=no, got=repr(qty_text)[:40]) from None
    price = str(fields.get("price", "")).replace(",", "").strip()
    unit_price = cost_plus = None
    try:
        rule = COST_PLUS_TEXT.match(price)
        if rule:
            cost_plus = CostPlus(Money(to_decimal(rule.group(1), "line unit price"), currency),
                                 to_decimal(rule.group(2), "markup"))
        elif price:
            unit_price = Money(to_decimal(price, "line unit price"), currency)
        discount = to_decimal(str(fields.get("discount") or "0"), "line discount")
    except InputError as exc:
        raise InputError(f"line {no}: {exc}").coded_like(exc, at=f"#{no}") from None
    return QuoteLine(str(fields.get("description", "")).strip(), qty, unit_price, cost_plus,
                     discount, fields.get("unit") or "pcs", fields.get("kind") or "other",
                     fields.get("tax_class") or "standard")


# ------------------------------------------------------------ UN38.3 samples
#: UN Manual of Tests and Criteria, Rev. 7, 38.3.3: a rechargeable battery is tested
#: under T.1–T.5 in 4 batteries at first cycle fully charged + 4 after 25 cycles, and
#: under T.7 (overcharge) in 4 + 4 more: 16 batteries; a "large battery" (gross mass
#: above 12 kg) in 2 + 2 and 2 + 2: 8. Sources: docs/costing.md "UN38.3 samples".
LARGE_BATTERY_KG = Decimal(12)
SAMPLES_SMALL = 16
SAMPLES_LARGE = 8


def samples_count(pack_mass_kg: Decimal) -> int:
    """Packs a UN38.3 test needs for a pack of this gross mass (38.3.3)."""
    return SAMPLES_LARGE if pack_mass_kg > LARGE_BATTERY_KG else SAMPLES_SMALL


def propose_samples_line(pack_mass_kg: Decimal, unit_price: Money,
                         language: str = "en") -> QuoteLine:
    """The "UN38.3 samples" line for a pack of ``pack_mass_kg``, at ``unit_price`` (the
    pack's list unit price) each, described in ``language``."""
    n = samples_count(pack_mass_kg)
    large = pack_mass_kg > LARGE_BATTERY_KG
    if language == "zh":
        cls = "大型电池（毛重 > 12 kg）" if large else "电池（毛重 ≤ 12 kg）"
        desc = (f"UN38.3 测试样品：{n} 套电池包，{cls}；依据联合国《试验和标准手册》"
                f"第 38.3.3 节（T.1–T.5 与 T.7 各 {n // 2} 套）")
    else:
        cls = "large battery (gross mass > 12 kg)" if large else "battery (gross mass ≤ 12 kg)"
        desc = (f"UN38.3 test samples: {n} packs, {cls}, per UN Manual of Tests and "
                f"Criteria 38.3.3 ({n // 2} for T.1–T.5, {n // 2} for T.7)")
    return QuoteLine(desc, n, unit_price.rounded(), unit="pack", kind="samples")
