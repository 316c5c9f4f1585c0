"""The small value types of the report data (:mod:`packconfig.report.data`): a labelled
field, a party block, a price row, a volume-tier row."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from packconfig.core.money import Money


@dataclass(frozen=True)
class Field:
    """One labelled value: ``text`` is what the PDF prints, ``raw`` the value behind it."""

    key: str
    label: str
    text: str
    raw: Any = None


@dataclass(frozen=True)
class PartyBlock:
    company: str
    lines: tuple[Field, ...]  # contact, address, tax id, phone, e-mail... (non-empty only)
    #: The legal name in the other script (the seller's English name on a Chinese quote
    #: and the reverse), "" when there is none.
    company_alt: str = ""


@dataclass(frozen=True)
class PriceRow:
    no: str
    kind: str  # "pack", "discount", "extra"
    description: str
    quantity: str
    unit_price: str
    amount: str
    raw_amount: Money
    unit: str = ""  # the line's unit in the document language ("" for pack lines)
    discount: str = ""  # the line discount, "" when none


@dataclass(frozen=True)
class TierRow:
    quantity: str
    discount: str
    unit_price: str
    applied: bool
    min_qty: int
    raw_unit_price: Money
