"""Writing and reading quote PDFs.

A quote PDF carries the quote's lossless JSON
(:func:`~packconfig.core.commerce.quote.quote_to_json`) as an embedded file named
``quote.json``, so the window's File→Open and the CLI can read a quote back from the
PDF a customer returns (:func:`open_quote_pdf`).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from packconfig.core.codec import MAX_BYTES as MAX_JSON_BYTES
from packconfig.core.commerce.pricing import TierTable
from packconfig.core.commerce.quote import Quote, quote_from_json, quote_to_json
from packconfig.core.errors import DataFileError, InputError
from packconfig.core.fs.atomic import atomic_write_bytes, atomic_write_text
from packconfig.core.fs.reading import read_limited

ATTACHMENT_NAME = "quote.json"
#: A quote PDF is a few hundred kB; anything above this is refused before parsing.
MAX_PDF_BYTES = 30_000_000


def quote_pdf_bytes(quote: Quote, language: str = "en", tiers: TierTable | None = None,
                    renderer: type | None = None, signer: object = "auto") -> bytes:
    """The finished PDF of ``quote``: rendered, with ``quote.json`` attached, then signed
    (``signer``: see :func:`packconfig.report.signing.sign_if_configured`; the default
    signs when a certificate is configured)."""
    from pypdf import PdfReader, PdfWriter

    from packconfig.report.data import build_report_data
    from packconfig.report.renderer import QuoteRenderer

    data = build_report_data(quote, language, tiers)
    from reportlab.platypus.doctemplate import LayoutError

    try:
        layout = (renderer or QuoteRenderer)(data)
        pdf = layout.render()
    except LayoutError:  # e.g. a 10,000-character customer name: a cell taller than a page
        raise InputError(f"quote {quote.label} cannot be laid out as a PDF: a text (customer, "
                         "address, notes or terms) is too long to fit on a page; shorten "
                         "it").coded("pdf_layout", label=quote.label) from None
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment(ATTACHMENT_NAME, quote_to_json(quote).encode("utf-8"))
    writer.add_metadata({"/Title": data.metadata["title"], "/Author": data.metadata["author"],
                         "/Subject": data.metadata["subject"],
                         "/Keywords": data.metadata["keywords"],
                         "/Creator": data.metadata["creator"]})
    out = io.BytesIO()
    writer.write(out)
    from packconfig.report.signing import sign_if_configured

    return sign_if_configured(out.getvalue(), signer, getattr(layout, "signature_spot", None),
                              language, quote.label)


def render_quote_pdf(quote: Quote, path: str | os.PathLike[str], language: str = "en",
                     tiers: TierTable | None = None, renderer: type | None = None,
                     signer: object = "auto") -> Path:
    """Write the PDF of ``quote`` to ``path`` atomically (temporary file + rename).

    Raises :class:`~packconfig.core.errors.StorageError` if the path is not writable;
    an existing file at ``path`` is then left untouched.
    """
    return atomic_write_bytes(path, quote_pdf_bytes(quote, language, tiers, renderer, signer))


def export_quote_json(quote: Quote, path: str | os.PathLike[str]) -> Path:
    """Write the quote's JSON (the same text as the PDF's ``quote.json``) atomically."""
    return atomic_write_text(path, quote_to_json(quote))


def open_quote_pdf(path: str | os.PathLike[str]) -> Quote:
    """The quote stored in a packconfig quote PDF.

    Raises :class:`DataFileError` naming the file if it is missing, not a PDF,
    truncated or damaged, absurdly large, has no ``quote.json`` or an invalid one.
    """
    target = Path(path)
    return quote_from_pdf_bytes(read_limited(target, MAX_PDF_BYTES, "a packconfig quote PDF"),
                                target)


def quote_from_pdf_bytes(data: bytes, source: object = "<pdf>") -> Quote:
    """:func:`open_quote_pdf` on bytes already read."""
    if len(data) > MAX_PDF_BYTES:
        raise DataFileError(source, "too large to be a packconfig quote PDF").coded(
            "pdf_too_large")
    if b"%PDF-" not in data[:1024]:
        raise DataFileError(source, "not a PDF file").coded("not_pdf")
    if b"%%EOF" not in data[-2048:]:
        raise DataFileError(source, "the PDF is truncated or damaged (no end-of-file "
                            "marker); ask for the file again").coded("pdf_truncated")
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        attachments = reader.attachments
        found = attachments.get(ATTACHMENT_NAME) if attachments else None
    except Exception as exc:  # pypdf raises many types on damaged files
        raise DataFileError(source, f"the PDF is damaged and cannot be read "
                            f"({type(exc).__name__})").coded(
            "pdf_damaged", error=type(exc).__name__) from None
    if not found:
        raise DataFileError(source, "this PDF holds no quote data (no embedded quote.json);"
                            " it was not written by packconfig").coded("pdf_no_quote")
    body = found[0]
    if len(body) > MAX_JSON_BYTES:
        raise DataFileError(source, "the embedded quote.json is too large").coded(
            "pdf_quote_too_large")
    return quote_from_json(body, source=f"{source} (quote.json)")


def open_document(path: str | os.PathLike[str]):
    """A project file, or the design and quote embedded in a packconfig quote PDF, as a
    :class:`~packconfig.core.store.project.Project`. Raises :class:`DataFileError` naming the
    file for anything unreadable."""
    from packconfig.core.store.project import Project, load_project

    if str(path).lower().endswith(".pdf"):
        quote = open_quote_pdf(path)
        d = quote.design
        return Project(d.cell, d.series, d.parallel, d.options, quote=quote)
    return load_project(path)
