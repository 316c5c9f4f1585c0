"""The quote model: numbered, revised, immutable once issued.

A quote holds a full COPY of the cell (so later catalog edits cannot change it), the
design (S, P, options, key figures), the cost build-up, the priced quantity, the
exchange rates used and the commercial blocks. Numbers (``Q-2026-0001``) and revision
numbers are assigned by :mod:`packconfig.core.store.register` when a quote is issued; a draft
has number ``""``. Issued quotes are never edited: :func:`revise` makes a new draft
revision whose content is copied from any earlier revision.

Frozen figures: each revision keeps its own copy of everything it prints — the seller
profile and logo, the exchange rates in effect on its date, the cell price, every
priced line, the tier table, the tax rates and the commercial terms — so a reprint
years later, whatever the settings say by then, shows exactly what was sent.

Schema 2 added the user lines, the approver, the terms, the logo and the rate snapshot;
a schema-1 quote loads with those empty (tests/data/quote-schema1.json).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from packconfig.core.cells.model import Cell
from packconfig.core.codec import decode_or_error, dumps, encode, parse_json_document
from packconfig.core.commerce.costing import PackCost, cost_pack
from packconfig.core.commerce.fx import Rate
from packconfig.core.commerce.lines import QuoteLine
from packconfig.core.commerce.pricing import ExtraLine, Incoterm, PriceBreakdown, price_quantity
from packconfig.core.commerce.settings import Settings
from packconfig.core.commerce.settings_fields import Logo, Terms
from packconfig.core.errors import DataFileError, InputError
from packconfig.core.life.usage import LifeTerms
from packconfig.core.money import check_currency
from packconfig.core.pack.options import PackOptions, migrate_options_v1
from packconfig.core.units import Quantity

#: 2 added ``language`` (schema 1 quotes read as language "": English when printed),
#: user lines, the approval record, commercial terms, the logo and rate snapshots and
#: the lifetime terms, and the design's module split (``options.architecture``) with
#: ``include_bom``; schema 1 quotes load with their defaults (the suggested split).
SCHEMA_VERSION = 2
STATUSES = ("draft", "issued", "superseded")
#: Languages a quote can be printed in ("" = not recorded: a quote from schema 1).
LANGUAGES = ("en", "zh")
KEY_FIGURES = ("voltage_nominal", "capacity", "energy_nominal", "energy_usable", "mass_pack")


@dataclass(frozen=True)
class Party:
    company: str = ""
    contact: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    tax_id: str = ""
    company_zh: str = ""  # the legal name in Chinese (seller; customers in both scripts)
    bank: str = ""
    website: str = ""

    def name(self, language: str) -> str:
        """The company name for a document in ``language``."""
        return (self.company_zh if language == "zh" and self.company_zh.strip()
                else self.company) or self.company_zh


@dataclass(frozen=True)
class PackDesign:
    cell: Cell
    series: int
    parallel: int
    options: PackOptions = field(default_factory=PackOptions)
    figures: dict[str, Quantity | None] = field(default_factory=dict)

    @property
    def configuration(self) -> str:
        return f"{self.series}S{self.parallel}P"


@dataclass(frozen=True)
class Quote:
    number: str
    revision: int
    status: str
    date: dt.date
    valid_until: dt.date
    seller: Party
    customer: Party
    sales_engineer: str
    design: PackDesign
    quantity: int
    currency: str
    cost: PackCost
    pricing: PriceBreakdown
    notes: str = ""
    terms: str = ""
    revised_from: int | None = None
    issued_at: str = ""
    # lifetime (issue 17): the warranty terms as agreed ("" = none) and what the
    # lifetime section assumes (None = no lifetime section); old quote JSON loads as-is
    warranty: str = ""
    life: LifeTerms | None = None
    #: The user lines (inputs), as priced in ``pricing.lines``.
    lines: tuple[QuoteLine, ...] = ()
    #: Who approved a discount above the settings' threshold ("" when none needed).
    approved_by: str = ""
    #: The approval threshold in force when the quote was made.
    discount_approval_pct: Decimal | None = None
    commercial_terms: Terms = field(default_factory=Terms)
    seller_logo: Logo | None = None
    #: The exchange rates in effect on the quote date (one per currency), with sources.
    fx_snapshot: tuple[Rate, ...] = ()

    @property
    def max_discount_pct(self) -> Decimal:
        """The largest discount the quote grants (extra discount or any line's)."""
        return max([self.pricing.extra_discount_pct] + [ln.discount_pct for ln in self.lines])
    language: str = ""  # the customer's language, printed in; set when issued
    include_bom: bool = True  # the PDF shows the BOM summary (issue 15)

    @property
    def print_language(self) -> str:
        """The language to print in when none is asked for: the quote's, else English."""
        return self.language or "en"

    @property
    def label(self) -> str:
        """``Q-2026-0001 R1`` (``draft`` before issue)."""
        return f"{self.number} R{self.revision}" if self.number else "draft"


def make_quote(cell: Cell, series: int, parallel: int, quantity: int, currency: str,
               settings: Settings, customer: Party, *, date: dt.date | None = None,
               sales_engineer: str = "", options: PackOptions | None = None,
               incoterm: Incoterm | None = None, extra_discount_pct: Decimal = Decimal(0),
               extras: tuple[ExtraLine, ...] = (), notes: str = "", terms: str = "",
               validity_days: int | None = None, lines: tuple[QuoteLine, ...] = (),
               approved_by: str = "", commercial_terms: Terms | None = None) -> Quote:
    """A draft quote: physics figures, cost build-up, the priced pack and user lines, and
    a snapshot of the seller profile, logo, rates and terms from ``settings``.

    ``sales_engineer``, ``incoterm`` and ``commercial_terms`` default to the settings'.
    A discount above the settings' approval threshold needs ``approved_by``.
    """
    from packconfig.core.pack.physics import compute_pack

    day = date or dt.date.today()
    code = check_currency(currency)
    opts = options or PackOptions()
    cell = settings.priced_cell(cell)
    result = compute_pack(cell, series, parallel, opts)
    figures = {k: result.values.get(k) for k in KEY_FIGURES if k in result.values}
    cost = cost_pack(cell, series, parallel, settings.context(code, day, opts.overhead),
                     energy_usable=result.values.get("energy_usable"),
                     evaluator=result.evaluator)
    pricing = price_quantity(cost.price, quantity, settings.tiers, settings.tax_for(code),
                             extra_discount_pct=extra_discount_pct, extras=extras,
                             incoterm=incoterm if incoterm is not None else settings.incoterm,
                             description=f"Battery pack {result.configuration} {cell.id}",
                             lines=tuple(lines))
    approver = check_approval(pricing.extra_discount_pct, lines, approved_by,
                              settings.discount_approval_pct)
    days = settings.validity_days if validity_days is None else validity_days
    return Quote("", 0, "draft", day, day + dt.timedelta(days=days),
                 Party(**settings.seller_party_fields), customer,
                 sales_engineer.strip() or settings.sales_engineer,
                 PackDesign(cell, series, parallel, opts, figures), quantity, code, cost,
                 pricing, notes, terms, lines=tuple(lines), approved_by=approver,
                 discount_approval_pct=settings.discount_approval_pct,
                 commercial_terms=commercial_terms or settings.terms,
                 seller_logo=settings.logo(), fx_snapshot=tuple(settings.rates.in_effect(day)))


def check_approval(extra_discount_pct: Decimal, lines: tuple[QuoteLine, ...],
                   approved_by: str, threshold: Decimal) -> str:
    """The approver's name, required when any discount is above ``threshold``."""
    top = max([extra_discount_pct] + [ln.discount_pct for ln in lines])
    name = (approved_by or "").strip()
    if top > threshold and not name:
        raise InputError(f"a discount of {top.normalize():f} % is above the approval "
                         f"threshold of {threshold.normalize():f} %: enter the approver's "
                         "name").coded("discount_needs_approval", pct=f"{top.normalize():f}",
                                       limit=f"{threshold.normalize():f}")
    if len(name) > 120:
        raise InputError("the approver's name is too long (at most 120 characters)").coded(
            "field_too_long", name="approved_by", length=len(name), limit=120)
    return name


REPRICE_KEYS = {"cell", "series", "parallel", "options", "quantity", "currency", "date",
                "incoterm", "extra_discount_pct", "extras", "lines", "approved_by"}
PLAIN_KEYS = {"customer", "seller", "sales_engineer", "notes", "terms", "valid_until",
              "commercial_terms", "warranty", "life", "language", "include_bom"}


def revise(base: Quote, settings: Settings | None = None, **changes: Any) -> Quote:
    """A new draft revision whose content is copied from ``base`` (any earlier revision,
    e.g. "revise from R0") with ``changes`` applied. The register assigns the revision
    number on issue.

    Plain changes (customer, seller, sales_engineer, notes, terms, valid_until,
    commercial_terms, warranty, life, language) keep the prices. Design or commercial
    changes (cell, series, parallel, options, quantity, currency, date, incoterm,
    extra_discount_pct, extras, lines, approved_by) re-cost and re-price the quote with
    ``settings`` (required then), taking that day's rates and logo.
    """
    if base.status == "draft" or not base.number:
        raise InputError("only an issued quote can be revised; edit the draft instead").coded(
            "revise_draft")
    unknown = set(changes) - REPRICE_KEYS - PLAIN_KEYS
    if unknown:
        raise InputError(f"cannot change {sorted(unknown)} in a revision")
    plain = {k: v for k, v in changes.items() if k in PLAIN_KEYS}
    draft = base
    if set(changes) & REPRICE_KEYS:
        if settings is None:
            raise InputError("changing the design or quantity needs the settings to re-price")
        draft = _reprice(base, settings, {k: v for k, v in changes.items()
                                           if k in REPRICE_KEYS})
    return dataclasses.replace(draft, number=base.number, revision=base.revision,
                               status="draft", issued_at="", revised_from=base.revision,
                               **plain)


def _reprice(base: Quote, settings: Settings, ch: dict[str, Any]) -> Quote:
    d, pb = base.design, base.pricing
    old_extras = [ln for ln in pb.lines if ln.kind == "extra" and not ln.category]
    extras = tuple(ExtraLine(ln.description, ln.quantity, ln.unit_price) for ln in old_extras)
    day = ch.get("date", base.date)
    fresh = make_quote(ch.get("cell", d.cell), ch.get("series", d.series),
                       ch.get("parallel", d.parallel), ch.get("quantity", base.quantity),
                       ch.get("currency", base.currency), settings, base.customer, date=day,
                       sales_engineer=base.sales_engineer, options=ch.get("options", d.options),
                       incoterm=ch.get("incoterm", pb.incoterm),
                       extra_discount_pct=ch.get("extra_discount_pct", pb.extra_discount_pct),
                       extras=ch.get("extras", extras), notes=base.notes, terms=base.terms,
                       validity_days=(base.valid_until - base.date).days,
                       lines=ch.get("lines", base.lines),
                       approved_by=ch.get("approved_by", base.approved_by),
                       commercial_terms=base.commercial_terms)
    return dataclasses.replace(fresh, seller=base.seller)


# ------------------------------------------------------------------------- JSON
def quote_to_dict(quote: Quote) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "kind": "packconfig-quote",
            "quote": encode(quote)}


def quote_to_json(quote: Quote) -> str:
    """Lossless JSON text of ``quote`` (the ``quote.json`` attached to PDFs)."""
    return dumps(quote_to_dict(quote))


def quote_from_dict(data: dict[str, Any], source: object) -> Quote:
    version = data.get("schema_version")  # 1: before quote lines; loads with them empty
    if not isinstance(version, int) or isinstance(version, bool):
        raise DataFileError(source, "not a packconfig quote: no schema_version").coded(
            "no_schema_version", doc="packconfig quote")
    if version > SCHEMA_VERSION:
        raise DataFileError(source, f"written by a newer packconfig (quote schema {version}); "
                            f"this version reads schema {SCHEMA_VERSION}").coded(
            "newer_schema", doc="packconfig quote", version=version, supported=SCHEMA_VERSION)
    if data.get("kind") != "packconfig-quote" or not isinstance(data.get("quote"), dict):
        raise DataFileError(source, "not a packconfig quote").coded(
            "wrong_document", doc="packconfig quote")
    body = data["quote"]
    if version < 2:
        body = _migrate_v1(body)
    quote = decode_or_error(Quote, body, source, "quote")
    if quote.status not in STATUSES:
        raise DataFileError(source, f"unknown quote status {quote.status!r}", field="status"
                            ).coded("unknown_status", status=quote.status)
    if quote.language and quote.language not in LANGUAGES:
        raise DataFileError(source, f"unknown quote language {quote.language!r}",
                            field="language").coded("unknown_language",
                                                    language=quote.language[:20])
    if quote.quantity < 1 or quote.design.series < 1 or quote.design.parallel < 1:
        raise DataFileError(source, "quantity, series and parallel must be at least 1").coded(
            "quote_counts")
    return quote


def _migrate_v1(body: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 -> 2: the design's options gain ``architecture`` (the suggested
    split); the issued figures, cost and price stay exactly as they were."""
    design = body.get("design")
    if isinstance(design, dict) and "options" in design:
        body = {**body, "design": {**design,
                                   "options": migrate_options_v1(design["options"])}}
    return body


def quote_from_json(text: str | bytes, source: object = "<quote.json>") -> Quote:
    """Parse and validate quote JSON; raises :class:`DataFileError` on anything wrong."""
    return quote_from_dict(parse_json_document(text, source, "packconfig quote"), source)


# ------------------------------------------------------------------------- diff
@dataclass(frozen=True)
class Change:
    kind: str  # "engineering", "price" or "commercial"
    field: str
    old: str
    new: str


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, Quantity):
        return f"{value:.4g~P}"
    return str(value)


def _facts(q: Quote) -> dict[str, tuple[str, Any]]:
    d = q.design
    facts: dict[str, tuple[str, Any]] = {
        "cell": ("engineering", d.cell.id), "series": ("engineering", d.series),
        "parallel": ("engineering", d.parallel),
        "cell_count": ("engineering", d.series * d.parallel),
    }
    if d.cell.price is not None:
        facts["cell price"] = ("engineering", d.cell.price)
    for key, value in d.figures.items():
        facts[key] = ("engineering", value)
    facts.update({
        "quantity": ("commercial", q.quantity), "currency": ("commercial", q.currency),
        "incoterm": ("commercial", q.pricing.incoterm),
        "valid_until": ("commercial", q.valid_until), "customer": ("commercial", q.customer),
        "notes": ("commercial", q.notes), "terms": ("commercial", q.terms),
        "warranty": ("commercial", q.warranty),
        "unit cost": ("price", q.cost.cost), "list unit price": ("price", q.cost.price),
        "tier convention": ("price", q.pricing.convention),
        "total excl. tax": ("price", q.pricing.total_excl_tax),
        "tax": ("price", q.pricing.tax), "total incl. tax": ("price", q.pricing.total_incl_tax),
    })
    facts.update({
        "approved by": ("commercial", q.approved_by),
        "payment terms": ("commercial", q.commercial_terms.payment_terms),
        "lead time": ("commercial", q.commercial_terms.lead_time),
        "warranty": ("commercial", q.commercial_terms.warranty_text),
        "seller": ("commercial", q.seller),
    })
    for line in q.cost.lines:
        facts[f"cost line {line.label}"] = ("price", line.amount)
    for line in q.pricing.lines:
        facts[f"price line {line.description}"] = ("price", line.amount)
    return facts


def diff_quotes(old: Quote, new: Quote) -> list[Change]:
    """Engineering, commercial and price differences from ``old`` to ``new``."""
    a, b = _facts(old), _facts(new)
    out = []
    for key in list(a) + [k for k in b if k not in a]:
        kind = (a.get(key) or b[key])[0]
        va = a[key][1] if key in a else None
        vb = b[key][1] if key in b else None
        if va != vb:
            out.append(Change(kind, key, _fmt(va), _fmt(vb)))
    return out
