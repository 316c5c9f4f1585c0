"""Qt-free glue between the window's quote inputs and the commercial core: the cost
build-up, the priced quantity and draft/revised quotes. No arithmetic here — only
calls into :mod:`packconfig.core.commerce.costing`, ``pricing``, ``quote`` and ``settings``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from packconfig.core.commerce.costing import PackCost, cost_pack
from packconfig.core.commerce.lines import QuoteLine, line_from_fields
from packconfig.core.commerce.pricing import Incoterm, PriceBreakdown, price_quantity
from packconfig.core.commerce.quote import Party, Quote, make_quote, revise
from packconfig.core.commerce.settings import Settings
from packconfig.core.commerce.settings_fields import Terms
from packconfig.core.pack.physics import PackResult
from packconfig.core.store.project import Project


@dataclass(frozen=True)
class QuoteInputs:
    """What the sales engineer typed in the quote panel."""

    company: str = ""
    company_zh: str = ""  # the Chinese name (a customer picked from the book)
    contact: str = ""
    quantity: int = 100
    currency: str = "CNY"
    margin_pct: Decimal | None = None  # None: the settings' margin
    validity_days: int | None = None  # None: the settings' validity
    notes: str = ""
    include_bom: bool = True  # the PDF's BOM summary (issue 15)
    address: str = ""
    email: str = ""
    phone: str = ""
    tax_id: str = ""
    engineer: str = ""
    incoterm: str = ""  # Incoterms 2020 code; "" = EXW seller's works
    place: str = ""
    payment_terms: str = ""
    lead_time: str = ""
    warranty_text: str = ""
    approver: str = ""
    #: The lines table as typed: one ``{column: text}`` per row.
    line_rows: tuple[dict[str, str], ...] = ()

    def lines(self) -> tuple[QuoteLine, ...]:
        """The typed rows as core lines (InputError naming the line)."""
        return tuple(line_from_fields(row, no, self.currency)
                     for no, row in enumerate(self.line_rows, start=1))

    def incoterm_rule(self) -> Incoterm | None:
        """The Incoterm with its place; ``None`` for none (InputError if unknown)."""
        return Incoterm(self.incoterm, self.place) if self.incoterm else None

    def terms(self) -> Terms:
        return Terms(self.payment_terms, self.lead_time, self.warranty_text)


def with_margin(settings: Settings, margin_pct: Decimal | None) -> Settings:
    if margin_pct is None:
        return settings
    policy = dataclasses.replace(settings.policy, margin_pct=margin_pct)
    return dataclasses.replace(settings, policy=policy)


def price_design(project: Project, result: PackResult, inputs: QuoteInputs,
                 settings: Settings, on: dt.date | None = None
                 ) -> tuple[PackCost, PriceBreakdown]:
    """Cost build-up and priced quantity of the design (raises InputError)."""
    day = on or dt.date.today()
    s = with_margin(settings, inputs.margin_pct)
    cost = cost_pack(project.cell, project.series, project.parallel,
                     s.context(inputs.currency, day, project.options.overhead),
                     energy_usable=result.values.get("energy_usable"),
                     evaluator=result.evaluator)
    pb = price_quantity(cost.price, inputs.quantity, s.tiers, s.tax_for(inputs.currency),
                        description=f"Battery pack {result.configuration} {project.cell.id}",
                        lines=inputs.lines())
    return cost, pb


def draft_quote(project: Project, inputs: QuoteInputs, settings: Settings,
                engineer: str = "") -> Quote:
    quote = make_quote(project.cell, project.series, project.parallel, inputs.quantity,
                      inputs.currency, with_margin(settings, inputs.margin_pct),
                      Party(company=inputs.company, company_zh=inputs.company_zh,
                            contact=inputs.contact,
                            address=inputs.address, email=inputs.email, phone=inputs.phone,
                            tax_id=inputs.tax_id),
                      sales_engineer=engineer or inputs.engineer, options=project.options,
                      notes=inputs.notes, validity_days=inputs.validity_days,
                      incoterm=inputs.incoterm_rule(), lines=inputs.lines(),
                      approved_by=inputs.approver, commercial_terms=inputs.terms())
    return quote if inputs.include_bom else dataclasses.replace(quote, include_bom=False)


def with_lifetime(quote: Quote, terms: tuple[str, object]) -> Quote:
    """``quote`` carrying the Lifetime page's warranty and terms (issue 17), with ONE
    warranty text: when the page has a projection, the quote terms' text (which shows
    the page's proposal until the user edits it) is printed both in the terms and in
    the lifetime section; an empty terms text takes the page's."""
    warranty, life = terms
    if life is None:
        return dataclasses.replace(quote, warranty=warranty, life=life)
    text = quote.commercial_terms.warranty_text.strip() or warranty.strip()
    return dataclasses.replace(
        quote, warranty=text, life=life,
        commercial_terms=dataclasses.replace(quote.commercial_terms, warranty_text=text))


def revision_of(base: Quote, project: Project, inputs: QuoteInputs, settings: Settings,
                engineer: str = "") -> Quote:
    """A new draft revision of ``base`` carrying the current design and inputs (the core
    re-costs and re-prices it)."""
    fresh = draft_quote(project, inputs, settings, engineer)
    return revise(base, with_margin(settings, inputs.margin_pct), cell=project.cell,
                  series=project.series, parallel=project.parallel, options=project.options,
                  quantity=inputs.quantity, currency=inputs.currency, date=fresh.date,
                  customer=fresh.customer, notes=fresh.notes, valid_until=fresh.valid_until,
                  lines=fresh.lines, approved_by=fresh.approved_by,
                  incoterm=fresh.pricing.incoterm, sales_engineer=fresh.sales_engineer,
                  commercial_terms=fresh.commercial_terms, include_bom=inputs.include_bom)
