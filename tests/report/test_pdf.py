"""The rendered PDF: text, fonts, attachment, pagination, pixels, and reading it back."""

from __future__ import annotations

import dataclasses
import io
import os
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from packconfig.core.commerce.quote import Party, quote_to_json
from packconfig.core.errors import DataFileError, PackconfigError
from packconfig.report import open_quote_pdf, quote_pdf_bytes, render_quote_pdf
from packconfig.report.pdf import quote_from_pdf_bytes


def pages_text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Extracted text with line breaks from wrapping removed."""
    return text.replace("\n", "")


@pytest.fixture(scope="module")
def en_pdf(quote, settings):
    return quote_pdf_bytes(quote, "en", settings.tiers)


def test_english_pdf_content(en_pdf):
    text = "\n".join(pages_text(en_pdf))
    assert "Q-2026-0042" in text
    assert "Acme Energy GmbH" in text
    assert "307.2 V" in text
    assert "¥1,819,092.98" in text
    assert "QUOTATION" in text
    assert "144.0 mΩ" in text
    assert "UN 3480" in text
    pages = pages_text(en_pdf)
    for i, page in enumerate(pages, start=1):
        assert f"Page {i} of {len(pages)}" in page
        assert "Q-2026-0042 R0" in page


def test_metadata(en_pdf):
    meta = PdfReader(io.BytesIO(en_pdf)).metadata
    assert meta.title == "Quotation Q-2026-0042 R0"
    assert meta.author == "Hangzhou Example Battery Co., Ltd."
    assert "96S2P" in meta.subject and "Acme Energy GmbH" in meta.subject
    assert "Q-2026-0042" in meta["/Keywords"]


def test_attachment_round_trip(en_pdf, quote, tmp_path):
    reader = PdfReader(io.BytesIO(en_pdf))
    assert list(reader.attachments) == ["quote.json"]
    assert reader.attachments["quote.json"][0].decode("utf-8") == quote_to_json(quote)
    path = tmp_path / "q.pdf"
    path.write_bytes(en_pdf)
    assert open_quote_pdf(path) == quote


@pytest.mark.parametrize("language", ["en", "zh"])
def test_chinese_customer_in_both_languages(make, kandi, language):
    q = make(kandi)
    pdf = quote_pdf_bytes(q, language)
    text = "\n".join(pages_text(pdf))
    assert "浙江康迪车业有限公司" in text
    assert "浙江省金华市金东区康迪路1号" in text
    assert "307.2 V" in text
    if language == "zh":
        assert "报价单" in text and "第 1 页，共" in text and "标称电压" in text
    fonts = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for f in page["/Resources"]["/Font"].values():
            fonts.add(str(f.get_object()["/BaseFont"]))
    assert any("+WenQuanYiMicroHei" in f for f in fonts)  # embedded TrueType subset


@pytest.mark.parametrize("name", ["Smith & Sons <Ltd>", "A&B<C", "<b>not bold</b> &amp;"])
def test_markup_characters_print_as_is(make, name):
    q = make(Party(company=name, address="Unit 5 <rear> & Co\n\"Quoted\" 'st'"))
    pdf = quote_pdf_bytes(q, "en")
    text = "\n".join(pages_text(pdf))
    assert name in text
    assert "Unit 5 <rear> & Co" in text
    assert open_quote_pdf_bytes(pdf).customer.company == name


def open_quote_pdf_bytes(pdf: bytes):
    return quote_from_pdf_bytes(pdf, "<test>")


def test_control_characters_do_not_break_rendering(make):
    q = make(Party(company="Bad\x00\x07Name\x1b Ltd\ufffe", address="line1\r\nline2\tx"))
    text = "\n".join(pages_text(quote_pdf_bytes(q, "en")))
    assert "BadName Ltd" in text
    assert "line2 x" in text


def test_long_names_wrap(make):
    long_name = ("The Extremely Long International Battery Systems and Energy Storage "
                 "Integration Holding Company Limited (Shenzhen Branch) ") * 2
    long_zh = "深圳市" + "超长名称新能源科技储能系统集成" * 6 + "有限公司"
    q = make(Party(company=long_name.strip(), address=long_zh))
    pdf = quote_pdf_bytes(q, "en")
    page1 = pages_text(pdf)[0]
    assert "Holding Company Limited" in page1
    assert long_zh in flat(page1)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_ten_thousand_character_name_flows_over_pages(make, language):
    """Nothing is refused or lost: a 10,000-character name and a long address continue on
    the next pages; the signature block repeats a shortened name."""
    name = ("Smith & Sons <Ltd> 浙江康迪车业有限公司 " * 400)[:10_000]
    q = make(Party(company=name, address="No. 1 Road, 金华市 " * 300), notes="note " * 2000)
    pdf = quote_pdf_bytes(q, language)
    pages = pages_text(pdf)
    assert len(pages) >= 4
    text = flat("".join(pages))
    assert flat(name[:200]) in text and flat(name[-60:]) in text
    assert quote_from_pdf_bytes(pdf).customer.company == name


def test_hundred_extra_lines_paginate_with_repeated_header(make):
    q = make(extras=100)
    pdf = quote_pdf_bytes(q, "en")
    pages = pages_text(pdf)
    assert len(pages) > 2
    with_lines = [p for p in pages if "Spare part" in p]
    assert len(with_lines) >= 2
    for page in with_lines:
        assert "Description" in page and "Unit price" in page and "Amount" in page
    assert "Spare part 100" in "\n".join(pages)
    assert sum("Total incl. tax" in p for p in pages) == 1


def _pgm_ink(pdf_path: Path, tmp_path: Path) -> list[float]:
    """Share of non-white pixels per page, from pdftoppm's greyscale PGM output."""
    out = tmp_path / "page"
    subprocess.run(["pdftoppm", "-gray", "-r", "30", str(pdf_path), str(out)], check=True)
    shares = []
    for pgm in sorted(tmp_path.glob("page*.pgm")):
        data = pgm.read_bytes()
        parts = data.split(maxsplit=4)  # P5 width height maxval pixels
        assert parts[0] == b"P5"
        width, height = int(parts[1]), int(parts[2])
        pixels = parts[4][: width * height]
        shares.append(sum(1 for b in pixels if b < 200) / len(pixels))
    return shares


def test_pages_are_not_blank(quote, settings, tmp_path):
    path = render_quote_pdf(quote, tmp_path / "q.pdf", "zh", settings.tiers)
    shares = _pgm_ink(path, tmp_path)
    assert len(shares) == len(PdfReader(path).pages) >= 2
    for share in shares:
        assert share > 0.02, shares


def test_render_is_atomic_and_reports_unwritable(quote, tmp_path):
    from packconfig.core.errors import StorageError

    target = tmp_path / "q.pdf"
    target.write_bytes(b"old")
    render_quote_pdf(quote, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["q.pdf"]  # no temp file left
    with pytest.raises(StorageError, match="does not exist"):
        render_quote_pdf(quote, tmp_path / "missing" / "q.pdf")


# ------------------------------------------------------------------ bad input files
def test_open_random_bytes(tmp_path):
    path = tmp_path / "random.pdf"
    path.write_bytes(os.urandom(5000))
    with pytest.raises(DataFileError, match="random.pdf: not a PDF"):
        open_quote_pdf(path)


def test_open_truncated(en_pdf, tmp_path):
    for cut in (len(en_pdf) // 2, len(en_pdf) - 40, 200):
        path = tmp_path / "cut.pdf"
        path.write_bytes(en_pdf[:cut])
        with pytest.raises(DataFileError, match="cut.pdf"):
            open_quote_pdf(path)


def test_open_damaged_body(en_pdf, quote, tmp_path):
    # damage outside the attachment (page content): the quote data is intact and reads
    body = bytearray(en_pdf)
    mid = len(body) // 3
    body[mid: mid + 2000] = b"x" * 2000
    path = tmp_path / "damaged.pdf"
    path.write_bytes(bytes(body))
    assert open_quote_pdf(path) == quote
    # damage inside the embedded quote.json: refused, naming the file
    at = en_pdf.find(b'"schema_version"')
    assert at > 0
    body = bytearray(en_pdf)
    body[at: at + 40] = b"\x00" * 40
    path.write_bytes(bytes(body))
    with pytest.raises(DataFileError, match="damaged.pdf"):
        open_quote_pdf(path)


def test_open_pdf_without_attachment(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "plain.pdf"
    c = Canvas(str(path))
    c.drawString(100, 700, "hello")
    c.save()
    with pytest.raises(DataFileError, match="no quote data"):
        open_quote_pdf(path)


def test_open_invalid_attachment(en_pdf, tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(en_pdf)))
    writer._root_object.pop("/Names")  # drop the real attachment
    writer.add_attachment("quote.json", b'{"schema_version": 1, "kind": "packconfig-quote"')
    path = tmp_path / "bad.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    with pytest.raises(DataFileError, match=r"bad.pdf \(quote.json\).*truncated JSON"):
        open_quote_pdf(path)


def test_open_refuses_huge_file_quickly(tmp_path):
    import time

    path = tmp_path / "huge.pdf"
    with open(path, "wb") as fh:
        fh.write(b"%PDF-1.4\n")
        fh.seek(2_000_000_000)
        fh.write(b"%%EOF")
    start = time.perf_counter()
    with pytest.raises(DataFileError, match="too large"):
        open_quote_pdf(path)
    assert time.perf_counter() - start < 0.5


def test_open_missing_file_and_folder(tmp_path):
    with pytest.raises(DataFileError, match="not found"):
        open_quote_pdf(tmp_path / "nope.pdf")
    with pytest.raises(DataFileError, match="folder"):
        open_quote_pdf(tmp_path)


def test_missing_font_is_a_clear_error(monkeypatch):
    from packconfig.report import fonts

    monkeypatch.setattr(fonts, "resource_path", _raise_not_found)
    monkeypatch.setattr(fonts, "SYSTEM_CANDIDATES", (("/nonexistent/font.ttc", 0),))
    monkeypatch.delenv("PACKCONFIG_CJK_FONT", raising=False)
    with pytest.raises(PackconfigError, match="no CJK TrueType font"):
        fonts.find_cjk_font()


def _raise_not_found(name):
    from packconfig.core.fs.resources import ResourceNotFound

    raise ResourceNotFound(name)


def test_renderer_step_override(quote):
    from packconfig.report import build_report_data
    from packconfig.report.renderer import QuoteRenderer

    class NoDrawings(QuoteRenderer):
        steps = tuple(s for s in QuoteRenderer.steps if s != "drawings")

        def terms(self):
            return [self.para("Custom terms & <conditions>")]

    pdf = NoDrawings(build_report_data(quote, "en")).render()
    text = "\n".join(pages_text(pdf))
    assert "Custom terms & <conditions>" in text
    assert "Cell layout" not in text


def test_draft_is_marked(make, settings):
    q = dataclasses.replace(make(), number="", status="draft")
    text = "\n".join(pages_text(quote_pdf_bytes(q, "en")))
    assert "DRAFT" in text
