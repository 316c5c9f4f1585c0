"""The quote's module, junction-box and BOM-summary sections: data first (exact
texts), then the rendered PDF (the texts are on the pages, the option switches the BOM
summary off)."""

import dataclasses
import io

from pypdf import PdfReader

from packconfig.report.data import build_report_data
from packconfig.report.pdf import quote_pdf_bytes as render_pdf
from packconfig.report.sections_pack import pack_section_data


def pages(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_section_data_matches_the_design(quote):
    data = build_report_data(quote, "en")
    sec = data.modules
    result = data.result
    mods = result.modules
    fields = dict(sec.fields)
    assert fields["Modules"].startswith(
        f"{mods.module_count} × {mods.configuration} (1 string), arranged ")
    assert fields["Module nominal voltage"] == f"{mods.module_series * 3.2:.1f} V"
    assert "main contactor" in fields["Junction box"] and "main fuse" in fields["Junction box"]
    assert [row[0] for row in sec.bom_rows][:2] == [f"Module {mods.configuration}",
                                                    "Junction box"]
    assert sec.bom_total[1].endswith("kg")
    assert sec.layout is not None and len(sec.layout.modules) == mods.module_count


def test_chinese_section_and_cell_to_pack(quote):
    from packconfig.core.pack.modules import Architecture
    from packconfig.core.pack.physics import compute_pack

    zh = build_report_data(quote, "zh").modules
    assert zh.title == "模组与高压配电盒" and dict(zh.fields)["模组"].count("×") >= 3
    d = quote.design
    opts = d.options.with_(architecture=Architecture(cell_to_pack=True))
    ctp = pack_section_data(compute_pack(d.cell, d.series, d.parallel, opts), "en")
    assert dict(ctp.fields)["Modules"].startswith("Cell-to-pack")
    assert "Module nominal voltage" not in dict(ctp.fields)


def test_pdf_shows_the_sections_and_the_option(quote):
    text = pages(render_pdf(quote, "en"))
    assert "Modules and junction box" in text and "Pack by modules" in text
    assert "Bill of materials (summary)" in text
    without = dataclasses.replace(quote, include_bom=False)
    text = pages(render_pdf(without, "en"))
    assert "Modules and junction box" in text
    assert "Bill of materials (summary)" not in text
    assert "模组与高压配电盒" in pages(render_pdf(quote, "zh"))
