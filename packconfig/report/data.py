"""The report-data model: everything the PDF quote shows, already formatted.

"Data first, rendering second": :func:`build_report_data` turns a
:class:`~packconfig.core.commerce.quote.Quote` into a :class:`ReportData` — every figure as the
exact text the customer reads (through :mod:`packconfig.display`, the one place numbers
become text) next to its raw value for tests, and every label chosen from the
catalogue in :mod:`packconfig.report.labels` for the language. Renderers only lay this
out; they never format a number or pick a label themselves.

The pack figures are recomputed from the quote's own copy of the cell, S, P and options
with :func:`~packconfig.core.pack.physics.compute_pack` (deterministic), so a quote printed
again years later shows the same figures. Internal cost data (cost build-up, cell
purchase prices, internal exchange rates) is never put in the report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import numpy as np

from packconfig import display
from packconfig.core.cells import chemistry
from packconfig.core.commerce.pricing import PriceLine, Tier, TierTable, tier_unit_price
from packconfig.core.commerce.quote import Party, Quote
from packconfig.core.errors import InputError
from packconfig.core.money import Money
from packconfig.core.pack.layout import BlockLayout, block_layout
from packconfig.core.pack.physics import PackResult, compute_pack, discharge_curve
from packconfig.core.pack.warnings import pack_warnings
from packconfig.report import sections_performance
from packconfig.report.labels import labels as label_catalogue

#: Warning codes kept out of the customer's document (internal data-quality notes).
INTERNAL_WARNINGS = frozenset({"low_confidence"})

#: Spec table rows: (row key, result key or special).
SPEC_ROWS = (
    "voltage_min", "voltage_nominal", "voltage_max", "capacity", "energy_nominal",
    "energy_usable", "current_continuous_max", "power_continuous_max", "resistance_pack",
    "mass_cells", "mass_pack", "envelope", "volume_pack", "energy_density_gravimetric_pack",
    "energy_density_volumetric_pack", "charge_time", "cycle_life",
)


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
    lines: tuple[Field, ...]  # contact, address, e-mail, phone, tax id (non-empty only)


@dataclass(frozen=True)
class PriceRow:
    no: str
    kind: str  # "pack", "discount", "extra"
    description: str
    quantity: str
    unit_price: str
    amount: str
    raw_amount: Money


@dataclass(frozen=True)
class TierRow:
    quantity: str
    discount: str
    unit_price: str
    applied: bool
    min_qty: int
    raw_unit_price: Money


@dataclass(frozen=True)
class WarningItem:
    code: str
    severity: str
    text: str


@dataclass(frozen=True)
class LayoutData:
    series: int
    parallel: int
    block: BlockLayout | None  # None when the cell has no dimensions
    title: str
    caption: str


@dataclass(frozen=True)
class CurveData:
    soc: np.ndarray  # 0..1
    voltage: np.ndarray  # pack OCV, V
    voltage_min: float  # pack cut-off, V
    voltage_max: float  # pack full charge, V
    title: str
    caption: str
    x_label: str
    y_label: str


@dataclass(frozen=True)
class ReportData:
    quote: Quote
    result: PackResult
    language: str
    labels: Mapping[str, str]
    title: str
    quote_label: str
    draft: bool
    header: tuple[Field, ...]
    seller: PartyBlock
    customer: PartyBlock
    cell: tuple[Field, ...]
    configuration: Field
    spec: tuple[Field, ...]
    layout: LayoutData
    curve: CurveData
    price_rows: tuple[PriceRow, ...]
    totals: tuple[Field, ...]
    commercial: tuple[Field, ...]
    tiers: tuple[TierRow, ...]
    tier_note: str
    warnings: tuple[WarningItem, ...]
    terms: tuple[str, ...]
    notes: str
    footer: str
    metadata: dict[str, str] = field(default_factory=dict)
    performance: object = None  # sections_performance.PerformanceData, or None

    def label(self, key: str, **params: object) -> str:
        text = self.labels[key]
        return text.format(**params) if params else text


# ---------------------------------------------------------------------- helpers
def _party(party: Party, L: Mapping[str, str]) -> PartyBlock:
    lines = []
    for key in ("contact", "address", "email", "phone", "tax_id"):
        value = getattr(party, key, "") or ""
        if str(value).strip():
            lines.append(Field(key, L[key], str(value).strip()))
    return PartyBlock(str(party.company or "").strip(), tuple(lines))


def _format_label(quote: Quote, language: str) -> str:
    return display.cell_format(quote.design.cell.format, language)


def _chemistry(cell_chem: str, language: str) -> tuple[str, str | None]:
    key = chemistry.normalise(cell_chem)
    if key is None:
        return cell_chem, None
    chem = chemistry.get(key)
    return f"{key} ({chem.name_zh if language == 'zh' else chem.name.lower()})", key


def _soc_window(result: PackResult, chem_key: str | None) -> tuple[float, float]:
    lo, hi = result.options.soc_min, result.options.soc_max
    if chem_key is not None:
        chem = chemistry.get(chem_key)
        lo = chem.usable_soc_min if lo is None else lo
        hi = chem.usable_soc_max if hi is None else hi
    return (0.0 if lo is None else lo), (1.0 if hi is None else hi)


def _pct_fraction(value: float, language: str) -> str:
    return display.percent(Decimal(str(round(value, 6))), language, decimals=0)


def _spec(result: PackResult, quote: Quote, lang: str, L: Mapping[str, str],
          chem_key: str | None) -> tuple[Field, ...]:
    v = result.values
    na = L["not_available"]
    rows: list[Field] = []
    for key in SPEC_ROWS:
        if key == "envelope":
            dims = (v["envelope_length"], v["envelope_width"], v["envelope_height"])
            rows.append(Field(key, L[key], display.dimensions(dims, lang), dims))
        elif key == "energy_usable":
            q = v[key]
            text = display.result(key, q, lang)
            if q is not None:
                lo, hi = _soc_window(result, chem_key)
                text = L["energy_usable_value"].format(value=text, low=_pct_fraction(lo, lang),
                                                       high=_pct_fraction(hi, lang))
            rows.append(Field(key, L[key], text, q))
        elif key == "charge_time":
            q, cur = v["charge_time"], v["charge_current"]
            text = na if q is None else L["charge_time_value"].format(
                time=display.result("charge_time", q, lang),
                current=display.result("charge_current", cur, lang))
            rows.append(Field(key, L[key], text, q))
        elif key == "cycle_life":
            n = quote.design.cell.cycle_life
            text = na if n is None else L["cycle_life_value"].format(
                cycles=display.count(n, lang))
            rows.append(Field(key, L[key], text, n))
        else:
            q = v[key]
            rows.append(Field(key, L[key], na if q is None else display.result(key, q, lang), q))
    return tuple(rows)


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


def _price_rows(quote: Quote, L: Mapping[str, str], lang: str) -> tuple[PriceRow, ...]:
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
        rows.append(PriceRow(str(i), line.kind, desc, display.count(line.quantity, lang),
                             display.money(line.unit_price, lang),
                             display.money(line.amount, lang), line.amount))
    return tuple(rows)


def _tax_label(quote: Quote, L: Mapping[str, str], lang: str) -> str:
    pb = quote.pricing
    rate = display.percent_points(pb.tax_rate_pct, lang)
    label = ((pb.tax_label_zh if lang == "zh" else "") or pb.tax_label).strip() or L["tax"]
    return label if rate in label else L["tax_line"].format(label=label, rate=rate)


def _totals(quote: Quote, L: Mapping[str, str], lang: str) -> tuple[Field, ...]:
    pb = quote.pricing
    return (
        Field("total_excl_tax", L["total_excl_tax"], display.money(pb.total_excl_tax, lang),
              pb.total_excl_tax),
        Field("tax", _tax_label(quote, L, lang), display.money(pb.tax, lang), pb.tax),
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


def _commercial(quote: Quote, L: Mapping[str, str], lang: str) -> tuple[Field, ...]:
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
    return tuple(rows)


def _tiers(quote: Quote, tiers: TierTable | None, L: Mapping[str, str],
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


def _terms(quote: Quote, L: Mapping[str, str], lang: str) -> tuple[str, ...]:
    text = quote.terms.strip()
    if not text:
        inc = quote.pricing.incoterm
        text = L["default_terms"].format(
            currency=quote.currency, tax=_tax_label(quote, L, lang),
            incoterm=str(inc) if inc else L["incoterm_none"],
            valid_until=display.date(quote.valid_until, lang))
    return tuple(p.strip() for p in text.split("\n") if p.strip())


# -------------------------------------------------------------------- the builder
def build_report_data(quote: Quote, language: str = "en",
                      tiers: TierTable | None = None) -> ReportData:
    """Everything the PDF of ``quote`` shows, formatted for ``language`` ("en"/"zh").

    ``tiers`` (usually the current settings' volume tiers) adds the volume-price table
    when it reproduces the quote's pack prices exactly; otherwise the table is left out
    rather than showing prices that no longer match the quote.
    """
    L = label_catalogue(language)
    lang = language
    d = quote.design
    cell = d.cell
    result = compute_pack(cell, d.series, d.parallel, d.options)
    label = quote.label
    header = (
        Field("number", L["quote_number"], quote.number or "—", quote.number),
        Field("revision", L["revision"], f"R{quote.revision}", quote.revision),
        Field("date", L["date"], display.date(quote.date, lang), quote.date),
        Field("valid_until", L["valid_until"], display.date(quote.valid_until, lang),
              quote.valid_until),
        Field("sales_engineer", L["sales_engineer"], quote.sales_engineer.strip() or "—",
              quote.sales_engineer),
    )
    chem_text, chem_key = _chemistry(cell.chemistry, lang)
    cell_rows = (
        Field("manufacturer", L["manufacturer"], cell.manufacturer, cell.manufacturer),
        Field("model", L["model"], f"{cell.model} ({cell.id})", cell.model),
        Field("format", L["format"], _format_label(quote, lang), cell.format),
        Field("chemistry", L["chemistry"], chem_text, cell.chemistry),
        Field("source", L["datasheet_source"], cell.source, cell.source),
    )
    configuration = Field("configuration", L["configuration"], L["configuration_value"].format(
        config=d.configuration, cells=display.count(d.series * d.parallel, lang),
        series=d.series, parallel=d.parallel), d.configuration)

    try:
        block = block_layout(cell, d.series, d.parallel, d.options)
    except InputError:
        block = None
    if block is not None:
        layout_name = L["layout_honeycomb"] if (d.options.layout == "honeycomb"
                                                and cell.is_cylindrical) else L["layout_square"]
        caption = L["layout_caption"].format(
            series=d.series, parallel=d.parallel,
            cells=display.count(d.series * d.parallel, lang), layout=layout_name,
            x=f"{block.width * 1000:,.0f}", y=f"{block.depth * 1000:,.0f}")
    else:
        caption = L["layout_unavailable"]
    layout = LayoutData(d.series, d.parallel, block, L["layout_title"], caption)

    if chem_key:
        ocv = discharge_curve(cell, d.series, d.options)
        soc, volts = ocv.soc, ocv.voltage.to("V").magnitude
    else:
        soc = np.linspace(0.0, 1.0, 101)
        volts = np.full_like(soc, np.nan)
    vmin, vmax = result["voltage_min"], result["voltage_max"]
    curve = CurveData(soc, volts, float(vmin.to("V").magnitude) if vmin is not None else np.nan,
                      float(vmax.to("V").magnitude) if vmax is not None else np.nan,
                      L["curve_title"],
                      L["curve_caption"].format(series=d.series, chemistry=chem_key or "?"),
                      L["curve_x"], L["curve_y"])

    warnings = tuple(WarningItem(w.code, w.severity, w.text(lang))
                     for w in pack_warnings(result, language=lang)
                     if w.code not in INTERNAL_WARNINGS)
    tier_rows, tier_note = _tiers(quote, tiers, L, lang)
    seller = _party(quote.seller, L)
    customer = _party(quote.customer, L)
    metadata = {
        "title": f"{L['document_title'].title()} {label}",
        "author": seller.company,
        "subject": L["meta_subject"].format(config=d.configuration, cell=cell.id,
                                            customer=customer.company),
        "keywords": ", ".join(x for x in ("packconfig quote", quote.number, d.configuration,
                                          cell.id, customer.company) if x),
        "creator": "packconfig",
    }
    return ReportData(
        quote=quote, result=result, language=lang, labels=L, title=L["document_title"],
        quote_label=label, draft=quote.status == "draft" or not quote.number, header=header,
        seller=seller, customer=customer, cell=cell_rows, configuration=configuration,
        spec=_spec(result, quote, lang, L, chem_key), layout=layout, curve=curve,
        price_rows=_price_rows(quote, L, lang), totals=_totals(quote, L, lang),
        commercial=_commercial(quote, L, lang), tiers=tier_rows, tier_note=tier_note,
        warnings=warnings, terms=_terms(quote, L, lang), notes=quote.notes.strip(),
        footer=" · ".join(x for x in (seller.company, label) if x), metadata=metadata,
        performance=sections_performance.performance_data(
            cell, d.series, d.parallel, d.options.overhead.thermal, lang))
