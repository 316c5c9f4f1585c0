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
from packconfig.core.cells.citation import short_citation
from packconfig.core.commerce.pricing import TierTable
from packconfig.core.commerce.quote import Party, Quote
from packconfig.core.errors import InputError
from packconfig.core.pack.layout import BlockLayout, block_layout
from packconfig.core.pack.physics import PackResult, compute_pack, discharge_curve
from packconfig.core.pack.warnings import pack_warnings
from packconfig.report import sections_performance
from packconfig.report.data_prices import (
    commercial,
    customer_rate,
    price_rows,
    terms,
    tiers_table,
    totals,
)
from packconfig.report.data_types import Field, PartyBlock, PriceRow, TierRow
from packconfig.report.labels import labels as label_catalogue
from packconfig.report.sections_life import build_life_data
from packconfig.report.sections_pack import pack_section_data

__all__ = ["Field", "PartyBlock", "PriceRow", "TierRow", "ReportData", "build_report_data",
           "customer_rate"]

#: Warning codes kept out of the customer's document (internal data-quality notes).
INTERNAL_WARNINGS = frozenset({"low_confidence"})

#: The seller block's lines under the name (bank details go to the commercial terms).
SELLER_LINES = ("contact", "address", "tax_id", "phone", "email", "website")

#: Spec table rows: (row key, result key or special).
SPEC_ROWS = (
    "voltage_min", "voltage_nominal", "voltage_max", "capacity", "energy_nominal",
    "energy_usable", "current_continuous_max", "power_continuous_max", "resistance_pack",
    "mass_cells", "mass_pack", "envelope", "volume_pack", "energy_density_gravimetric_pack",
    "energy_density_volumetric_pack", "charge_time", "cycle_life",
)


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
    life: Any = None  # sections_life.LifeReport, or None without lifetime terms (issue 17)
    #: The seller's logo image as the quote recorded it (None: the shipped mark).
    logo: bytes | None = None
    modules: Any = None  # sections_pack.PackSectionData: modules, junction box, BOM summary
    performance: object = None  # sections_performance.PerformanceData, or None

    def label(self, key: str, **params: object) -> str:
        text = self.labels[key]
        return text.format(**params) if params else text


# ---------------------------------------------------------------------- helpers
def _party(party: Party, L: Mapping[str, str], language: str = "en",
           keys: tuple[str, ...] = ("contact", "address", "email", "phone", "tax_id")
           ) -> PartyBlock:
    lines = []
    for key in keys:
        value = getattr(party, key, "") or ""
        if str(value).strip():
            lines.append(Field(key, L[key], str(value).strip()))
    name = party.name(language).strip()
    names = {str(party.company or "").strip(), str(party.company_zh or "").strip()}
    alt = next((n for n in sorted(names) if n and n != name), "")
    return PartyBlock(name, tuple(lines), alt)


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


def _charge_time_text(result: Any, time: Any, current: Any, L: dict[str, str],
                      lang: str) -> str:
    """"1.8 h at 15.0 A, the datasheet's standard charge current (2 × 7.5 A)": the
    charge time always says which current it assumes (the engine's order: a requested
    charge current, else P × the standard charge current, else P × the maximum
    continuous charge current)."""
    cell, parallel = result.cell, result.parallel
    values = {"time": display.result("charge_time", time, lang),
              "current": display.result("charge_current", current, lang),
              "parallel": parallel}
    if result.options.charge_current is not None:
        return L["charge_time_requested"].format(**values)
    per_cell = cell.standard_charge if cell.known("standard_charge") else \
        cell.max_continuous_charge
    values["cell_current"] = display.result("charge_current", per_cell, lang)
    key = "charge_time_standard" if cell.known("standard_charge") else "charge_time_max"
    return L[key].format(**values)


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
            q = v["charge_time"]
            rows.append(Field(key, L[key], na if q is None else _charge_time_text(
                result, q, v["charge_current"], L, lang), q))
        elif key == "cycle_life":
            n = quote.design.cell.cycle_life
            text = na if n is None else L["cycle_life_value"].format(
                cycles=display.count(n, lang))
            rows.append(Field(key, L[key], text, n))
        else:
            q = v[key]
            rows.append(Field(key, L[key], na if q is None else display.result(key, q, lang), q))
    return tuple(rows)


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
        # the customer sees the document and publisher; the value keeps the full record
        Field("source", L["datasheet_source"], short_citation(cell.source) or "—",
              cell.source),
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
    tier_rows, tier_note = tiers_table(quote, tiers, L, lang)
    seller = _party(quote.seller, L, lang, SELLER_LINES)
    customer = _party(quote.customer, L, lang)
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
        price_rows=price_rows(quote, L, lang), totals=totals(quote, L, lang),
        commercial=commercial(quote, L, lang), tiers=tier_rows, tier_note=tier_note,
        warnings=warnings, terms=terms(quote, L, lang), notes=quote.notes.strip(),
        footer=" · ".join(x for x in (seller.company, label) if x), metadata=metadata,
        logo=quote.seller_logo.image_bytes() if quote.seller_logo else None,
        life=build_life_data(quote, lang),
        modules=pack_section_data(result, lang, getattr(quote, "include_bom", True)),
        performance=sections_performance.performance_data(
            cell, d.series, d.parallel, d.options.overhead.thermal, lang))
