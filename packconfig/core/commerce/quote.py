"""The quote model: numbered, revised, immutable once issued.

A quote holds a full COPY of the cell (so later catalog edits cannot change it), the
design (S, P, options, key figures), the cost build-up, the priced quantity, the
exchange rates used and the commercial blocks. Numbers (``Q-2026-0001``) and revision
numbers are assigned by :mod:`packconfig.core.store.register` when a quote is issued; a draft
has number ``""``. Issued quotes are never edited: :func:`revise` makes a new draft
revision whose content is copied from any earlier revision.
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
from packconfig.core.commerce.pricing import ExtraLine, Incoterm, PriceBreakdown, price_quantity
from packconfig.core.commerce.settings import Settings
from packconfig.core.errors import DataFileError, InputError
from packconfig.core.money import check_currency
from packconfig.core.pack.options import PackOptions, migrate_options_v1
from packconfig.core.units import Quantity

SCHEMA_VERSION = 2  # 2: options.architecture (module split)
STATUSES = ("draft", "issued", "superseded")
KEY_FIGURES = ("voltage_nominal", "capacity", "energy_nominal", "energy_usable", "mass_pack")


@dataclass(frozen=True)
class Party:
    company: str = ""
    contact: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    tax_id: str = ""


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
    include_bom: bool = True  # the PDF shows the BOM summary (issue 15)

    @property
    def label(self) -> str:
        """``Q-2026-0001 R1`` (``draft`` before issue)."""
        return f"{self.number} R{self.revision}" if self.number else "draft"


def make_quote(cell: Cell, series: int, parallel: int, quantity: int, currency: str,
               settings: Settings, customer: Party, *, date: dt.date | None = None,
               sales_engineer: str = "", options: PackOptions | None = None,
               incoterm: Incoterm | None = None, extra_discount_pct: Decimal = Decimal(0),
               extras: tuple[ExtraLine, ...] = (), notes: str = "", terms: str = "",
               validity_days: int | None = None) -> Quote:
    """A draft quote: physics figures, cost build-up and priced quantity."""
    from packconfig.core.pack.physics import compute_pack

    day = date or dt.date.today()
    code = check_currency(currency)
    opts = options or PackOptions()
    result = compute_pack(cell, series, parallel, opts)
    figures = {k: result.values.get(k) for k in KEY_FIGURES if k in result.values}
    cost = cost_pack(cell, series, parallel, settings.context(code, day, opts.overhead),
                     energy_usable=result.values.get("energy_usable"))
    pricing = price_quantity(cost.price, quantity, settings.tiers, settings.tax_for(code),
                             extra_discount_pct=extra_discount_pct, extras=extras,
                             incoterm=incoterm,
                             description=f"Battery pack {result.configuration} {cell.id}")
    days = settings.validity_days if validity_days is None else validity_days
    return Quote("", 0, "draft", day, day + dt.timedelta(days=days), Party(**settings.seller),
                 customer, sales_engineer, PackDesign(cell, series, parallel, opts, figures),
                 quantity, code, cost, pricing, notes, terms)


REPRICE_KEYS = {"cell", "series", "parallel", "options", "quantity", "currency", "date",
                "incoterm", "extra_discount_pct", "extras"}
PLAIN_KEYS = {"customer", "seller", "sales_engineer", "notes", "terms", "valid_until",
              "include_bom"}


def revise(base: Quote, settings: Settings | None = None, **changes: Any) -> Quote:
    """A new draft revision whose content is copied from ``base`` (any earlier revision,
    e.g. "revise from R0") with ``changes`` applied. The register assigns the revision
    number on issue.

    Plain changes (customer, seller, sales_engineer, notes, terms, valid_until) keep the
    prices. Design or commercial changes (cell, series, parallel, options, quantity,
    currency, date, incoterm, extra_discount_pct, extras) re-cost and re-price the quote
    with ``settings`` (required then).
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
    extras = tuple(ExtraLine(ln.description, ln.quantity, ln.unit_price)
                   for ln in pb.lines if ln.kind == "extra")
    day = ch.get("date", base.date)
    fresh = make_quote(ch.get("cell", d.cell), ch.get("series", d.series),
                       ch.get("parallel", d.parallel), ch.get("quantity", base.quantity),
                       ch.get("currency", base.currency), settings, base.customer, date=day,
                       sales_engineer=base.sales_engineer, options=ch.get("options", d.options),
                       incoterm=ch.get("incoterm", pb.incoterm),
                       extra_discount_pct=ch.get("extra_discount_pct", pb.extra_discount_pct),
                       extras=ch.get("extras", extras), notes=base.notes, terms=base.terms,
                       validity_days=(base.valid_until - base.date).days)
    return dataclasses.replace(fresh, seller=base.seller)


# ------------------------------------------------------------------------- JSON
def quote_to_dict(quote: Quote) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "kind": "packconfig-quote",
            "quote": encode(quote)}


def quote_to_json(quote: Quote) -> str:
    """Lossless JSON text of ``quote`` (the ``quote.json`` attached to PDFs)."""
    return dumps(quote_to_dict(quote))


def quote_from_dict(data: dict[str, Any], source: object) -> Quote:
    version = data.get("schema_version")
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
        "unit cost": ("price", q.cost.cost), "list unit price": ("price", q.cost.price),
        "tier convention": ("price", q.pricing.convention),
        "total excl. tax": ("price", q.pricing.total_excl_tax),
        "tax": ("price", q.pricing.tax), "total incl. tax": ("price", q.pricing.total_incl_tax),
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
