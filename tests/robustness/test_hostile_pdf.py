"""Quote PDFs: hostile PDFs opened (random bytes, truncated or mutated real PDFs, PDFs
without quote.json, with a corrupt or hostile quote.json), and hostile customer text
rendered into a PDF and read back."""

from __future__ import annotations

import dataclasses
import io
import tempfile
from pathlib import Path

import pytest
from _hostile import hostile_json, mangled, valid_quote, valid_quote_doc
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from robust_support import CASES, examples, expect_clean

from packconfig.core.commerce.quote import Party
from packconfig.report.pdf import open_quote_pdf, quote_pdf_bytes

WORK = Path(tempfile.mkdtemp(prefix="pc-pdf-"))


@pytest.fixture(scope="module")
def real_pdf() -> bytes:
    return quote_pdf_bytes(valid_quote())


@pytest.fixture(scope="module")
def bare_pdf(real_pdf) -> bytes:
    """The same PDF without its quote.json (e.g. re-saved by another program)."""
    from packconfig.report.data import build_report_data
    from packconfig.report.renderer import QuoteRenderer

    return QuoteRenderer(build_report_data(valid_quote())).render()


def with_attachment(pdf: bytes, body: bytes, name: str = "quote.json") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment(name, body)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def open_case(data: bytes, name: str) -> str:
    path = WORK / name
    path.write_bytes(data)
    return expect_clean(lambda: open_quote_pdf(path), path, "quote pdf")


def test_pdf_without_quote_json(bare_pdf, real_pdf):
    assert open_case(bare_pdf, "bare.pdf") == "refused"
    assert open_case(with_attachment(bare_pdf, b"{}", "other.json"), "other.pdf") == "refused"
    assert open_case(real_pdf, "real.pdf") == "ok"


@settings(max_examples=examples(1500))
@given(st.data())
def test_mutated_and_random_pdfs(real_pdf, data):
    kind = data.draw(st.sampled_from(["random", "truncated", "mangled", "mangled"]))
    if kind == "random":
        blob = data.draw(st.binary(max_size=4000))
        if data.draw(st.booleans()):
            blob = b"%PDF-1.7\n" + blob + b"\n%%EOF\n"
    elif kind == "truncated":
        blob = real_pdf[: data.draw(st.integers(0, len(real_pdf) - 1))]
    else:
        blob = real_pdf
        for _ in range(data.draw(st.integers(1, 8))):
            blob = data.draw(mangled(blob))
    open_case(blob, "fuzz [pdf].pdf")


@settings(max_examples=examples(400))
@given(hostile_json(valid_quote_doc()))
def test_pdf_with_hostile_quote_json(bare_pdf, body):
    open_case(with_attachment(bare_pdf, body), "hostile json.pdf")


# ------------------------------------------------------- customer text in PDFs
NAMES = [
    "Smith & Sons <Ltd>", "A&B<C", "<para>", "&amp;", "</para><b>bold</b>", "a]]>b",
    "Ünïcödé Gmbh & Co. KG", "浙江康迪车业有限公司", "شركة البطاريات", "חברת סוללות בע\"מ",
    "Battery 🔋 Co ⚡", "tab\there", "line\nbreak", "ctrl\x00\x01\x1b[31mchars\x7f",
    "\u202eRTL override", "zero\u200bwidth", "N" * 10_000, "Ω" * 3000, "",
]


def _printable(name: str) -> str:
    """What a reader should see: control characters dropped, tabs/newlines as spaces."""
    import unicodedata

    return "".join(" " if ch.isspace() else ch for ch in name
                   if (unicodedata.category(ch) != "Cc" or ch.isspace()) and ch != "\u202e")


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_customer_text_through_the_pdf(name, tmp_path):
    CASES["pdf customer text"] += 1
    quote = dataclasses.replace(valid_quote(), customer=Party(company=name, contact=name,
                                                             address=name))
    pdf = quote_pdf_bytes(quote)  # every name renders: long text flows over pages
    path = tmp_path / "q.pdf"
    path.write_bytes(pdf)
    assert open_quote_pdf(path) == quote  # the exact text survives in quote.json
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    flat = " ".join(text.split())
    want = " ".join(_printable(name).split())
    if want and want.isascii() and len(want) < 200:
        assert want in flat, (want, flat[:500])
    elif want and len(want) < 200:
        # non-Latin text: every word must come out (order may differ for RTL shaping)
        for word in want.split():
            if word.isalpha() and word.isascii():
                assert word in flat
    for fragment in ("<para", "&amp;amp;", "<b>"):  # markup is printed, never interpreted
        if fragment not in name:
            assert fragment not in flat
