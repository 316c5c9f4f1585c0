"""The report-data model: exact figures and labels, in English and Chinese.

Hand calculation for the fixture quote (tests/data/cbak-32140fs.toml, 96S2P, 120 packs,
CNY, settings in conftest):

* cell 3.2 V 15 A·h, 3.65 V max, 2.0 V min, 300 g, 30 A, 3 mΩ -> 307.2 V nominal,
  350.4 V max, 192.0 V min, 30.0 A·h, 9.216 kWh, 60 A, 18.43 kW, 144 mΩ, 57.6 kg cells;
* cell price 3.85 EUR x 7.75 = 29.8375 -> 29.84 CNY; x 192 = 5,729.28; + assembly
  1,000 = 6,729.28 direct; / (1 - 20 %) = 8,411.60 list unit price;
* 120 packs reach the 100+ tier (3 %): 8,411.60 x 0.97 = 8,159.252 -> 8,159.25;
  x 120 = 979,110.00; VAT 13 % = 127,284.30; total 1,106,394.30.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import numpy as np
import pytest

from packconfig.core.commerce.pricing import TierTable
from packconfig.core.pack.engine import CellTable, block_dimensions
from packconfig.core.pack.options import PackOptions
from packconfig.core.units import Q_
from packconfig.report.data import build_report_data
from packconfig.report.labels import EN, ZH


def by_key(fields):
    return {f.key: f for f in fields}


def test_spec_figures_english(quote, settings):
    data = build_report_data(quote, "en", settings.tiers)
    spec = {k: f.text for k, f in by_key(data.spec).items()}
    assert spec["voltage_min"] == "192.0 V"
    assert spec["voltage_nominal"] == "307.2 V"
    assert spec["voltage_max"] == "350.4 V"
    assert spec["capacity"] == "30.0 A·h"
    assert spec["energy_nominal"] == "9.22 kWh"
    assert spec["energy_usable"] == "8.29 kWh (5%–95% SOC)"
    assert spec["current_continuous_max"] == "60.0 A"
    assert spec["power_continuous_max"] == "18.43 kW"
    assert spec["resistance_pack"] == "144.0 mΩ"
    assert spec["mass_cells"] == "57.60 kg"
    assert spec["cycle_life"] == "2,000 cycles"
    assert spec["charge_time"] == ("1.8 h at 15.0 A, the maximum continuous charge current "
                                   "(2 × 7.5 A)")
    assert spec["envelope"].endswith(" mm") and spec["envelope"].count("×") == 2
    assert by_key(data.spec)["voltage_nominal"].raw.to("V").magnitude == pytest.approx(307.2)
    assert data.configuration.text == "96S2P, 192 cells (96 in series × 2 in parallel)"
    assert by_key(data.cell)["format"].text == "cylindrical 32140"
    assert by_key(data.cell)["chemistry"].text == "LFP (lithium iron phosphate)"
    assert by_key(data.cell)["source"].text == "BAK 32140FS-15.0Ah performance introduction"


def test_header_and_dates(quote):
    en = by_key(build_report_data(quote, "en").header)
    zh = by_key(build_report_data(quote, "zh").header)
    assert en["number"].text == "Q-2026-0042" and en["revision"].text == "R0"
    assert en["date"].text == "1 Jul 2026" and en["valid_until"].text == "31 Jul 2026"
    assert zh["date"].text == "2026年7月1日" and zh["valid_until"].text == "2026年7月31日"
    assert en["sales_engineer"].text == "Li Wei"
    assert zh["number"].label == "报价单号"


def test_prices_exact(quote, settings):
    data = build_report_data(quote, "en", settings.tiers)
    (row,) = data.price_rows
    assert row.quantity == "120"
    assert row.unit_price == "¥13,415.14"
    assert row.amount == "¥1,609,816.80"
    assert row.description == ("Battery pack 96S2P, cell CBAK-32140FS · volume tier 100 – 999, "
                               "3% off")
    totals = {f.key: f for f in data.totals}
    assert totals["total_excl_tax"].text == "¥1,609,816.80"
    assert totals["tax"].text == "¥209,276.18" and totals["tax"].label == "VAT (13%)"
    assert totals["total_incl_tax"].text == "¥1,819,092.98"
    assert totals["total_incl_tax"].raw.amount == Decimal("1819092.98")
    commercial = {f.key: f.text for f in data.commercial}
    assert commercial["quantity"] == "120 packs"
    assert commercial["incoterm"] == "FOB Ningbo"
    assert "exchange_rate" not in commercial  # a CNY quote is not converted


def test_tier_table(quote, settings):
    data = build_report_data(quote, "en", settings.tiers)
    assert [(t.quantity, t.discount, t.unit_price, t.applied) for t in data.tiers] == [
        ("1 – 99", "0%", "¥13,830.04", False),
        ("100 – 999", "3%", "¥13,415.14", True),
        ("1,000 and above", "6%", "¥13,000.24", False),
    ]
    zh = build_report_data(quote, "zh", settings.tiers)
    assert zh.tiers[-1].quantity == "1,000 及以上"


def test_tier_table_comes_from_the_quote_even_when_settings_changed(quote, settings):
    changed = TierTable(settings.tiers.tiers[:1], "range")
    recorded = build_report_data(quote, "en", None).tiers
    assert [row.min_qty for row in recorded] == [t.min_qty for t in settings.tiers.tiers]
    assert build_report_data(quote, "en", changed).tiers == recorded


def test_usd_quote_shows_exchange_rate(make):
    q = make(currency="USD")
    en = {f.key: f.text for f in build_report_data(q, "en").commercial}
    zh = {f.key: f.text for f in build_report_data(q, "zh").commercial}
    assert en["exchange_rate"] == "1 USD = 7.159 CNY, rate of 30 Jun 2025"
    assert zh["exchange_rate"] == "1 USD = 7.159 CNY，汇率日期 2025年6月30日"
    assert en["currency"] == "USD"


def test_chinese_labels(quote):
    data = build_report_data(quote, "zh")
    spec = by_key(data.spec)
    assert spec["voltage_nominal"].label == "标称电压"
    assert spec["cycle_life"].text == "2,000 次"
    assert data.configuration.text == "96S2P，共 192 只电芯（96 串 × 2 并）"
    assert data.title == "报价单"


def test_catalogue_complete():
    assert set(EN) == set(ZH)
    assert all(v.strip() for v in EN.values()) and all(v.strip() for v in ZH.values())
    for key in EN:  # same placeholders in both languages
        import string

        def names(text):
            return {f for _, f, _, _ in string.Formatter().parse(text) if f}
        assert names(EN[key]) == names(ZH[key]), key


def test_unknown_figures_not_available(make, cell, settings):
    from packconfig.core.commerce.quote import Party, make_quote

    bare = dataclasses.replace(cell, mass=None, internal_resistance=None, cycle_life=None)
    q = make_quote(bare, 96, 2, 10, "CNY", settings, Party(company="X"))
    en = {f.key: f.text for f in build_report_data(q, "en").spec}
    zh = {f.key: f.text for f in build_report_data(q, "zh").spec}
    for key in ("mass_pack", "resistance_pack", "energy_density_gravimetric_pack",
                "cycle_life"):
        assert en[key] == "not available"
        assert zh[key] == "无数据"


def test_warnings(make):
    data = build_report_data(make(options=PackOptions(operating_current=Q_(100, "A"))), "en")
    codes = [w.code for w in data.warnings]
    assert {"not_selv", "dangerous_goods", "over_current"} <= set(codes)
    texts = " ".join(w.text for w in data.warnings)
    assert "UN 3480" in texts and "UN38.3" in texts and "60 V DC" in texts
    zh = build_report_data(make(), "zh")
    assert any("危险品" in w.text for w in zh.warnings)


def test_low_voltage_pack_has_no_selv_warning(settings, cell):
    from packconfig.core.commerce.quote import Party, make_quote

    q = make_quote(cell, 2, 1, 10, "CNY", settings, Party(company="X"))
    codes = {w.code for w in build_report_data(q, "en").warnings}
    assert "not_selv" not in codes and "dangerous_goods" not in codes  # 7.3 V max, 96 Wh


@pytest.mark.parametrize("layout", ["square", "honeycomb"])
@pytest.mark.parametrize("sp", [(96, 2), (13, 4), (1, 1), (7, 3)])
def test_layout_extent_matches_engine(make, cell, layout, sp):
    from packconfig.report.data import build_report_data as brd

    s, p = sp
    q = dataclasses.replace(make(), design=dataclasses.replace(
        make().design, series=s, parallel=p, options=PackOptions(layout=layout)))
    block = brd(q, "en").layout.block
    table = CellTable.from_cells([cell])
    x, y, _h = block_dimensions(table, np.array([0]), np.array([s]), np.array([p]), layout,
                                0.001)
    c = block.centres
    assert c[:, 0].min() - block.cell_x / 2 == pytest.approx(0, abs=1e-12)
    assert c[:, 0].max() + block.cell_x / 2 == pytest.approx(x[0])
    assert c[:, 1].max() + block.cell_y / 2 == pytest.approx(y[0])
    assert len(c) == s * p


def test_layout_drawing_scaled_extent(quote):
    from packconfig.report.drawings import layout_geometry

    data = build_report_data(quote, "en")
    geo = layout_geometry(data.layout, 250, 200)
    assert len(geo.x) == 192
    width = geo.x.max() - geo.x.min() + geo.cell_w
    depth = geo.y.max() - geo.y.min() + geo.cell_h
    assert width == pytest.approx(geo.size[0]) and depth == pytest.approx(geo.size[1])
    block = data.layout.block
    assert width / depth == pytest.approx(block.width / block.depth)
    assert geo.block_mm == pytest.approx((block.width * 1000, block.depth * 1000))


def test_curve_is_ocv_times_series(quote):
    from packconfig.core.cells import chemistry

    data = build_report_data(quote, "en")
    assert data.curve.voltage[50] == pytest.approx(chemistry.get("LFP").ocv(0.5) * 96)
    assert data.curve.voltage_max == pytest.approx(350.4)


def test_tax_label_in_chinese(make):
    usd = make(currency="USD")
    zh = {f.key: f.label for f in build_report_data(usd, "zh").totals}
    en = {f.key: f.label for f in build_report_data(usd, "en").totals}
    assert zh["tax"].startswith("出口，不含增值税")
    assert en["tax"].startswith("Export, VAT not charged")
