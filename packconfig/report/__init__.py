"""The customer's PDF quote (Qt-free).

* :func:`build_report_data` — a :class:`~packconfig.report.data.ReportData` with every
  figure formatted and every label translated ("en"/"zh");
* :class:`QuoteRenderer` — the reportlab renderer, made of overridable steps;
* :func:`render_quote_pdf` / :func:`quote_pdf_bytes` — the finished PDF with the quote's
  JSON attached as ``quote.json``;
* :func:`open_quote_pdf` — the quote back from such a PDF;
* :func:`export_quote_json` — the quote's JSON on its own;
* :func:`open_document` — a project file or a quote PDF, as a project;
* :mod:`packconfig.report.signing` — signing quote PDFs with the seller's certificate
  (PAdES B-B, pyHanko); :mod:`packconfig.report.verify` — checking one
  (``packconfig verify``); :mod:`packconfig.report.testkeys` — throwaway test identities.

reportlab and pypdf are imported only when a PDF is made or read, pyHanko only when one
is signed or verified.
"""

from __future__ import annotations

from typing import Any

__all__ = ["build_report_data", "QuoteRenderer", "render_quote_pdf", "quote_pdf_bytes",
           "open_quote_pdf", "export_quote_json", "open_document", "ReportData"]


def __getattr__(name: str) -> Any:
    if name in ("build_report_data", "ReportData"):
        from packconfig.report import data

        return getattr(data, name)
    if name == "QuoteRenderer":
        from packconfig.report.renderer import QuoteRenderer

        return QuoteRenderer
    if name in ("render_quote_pdf", "quote_pdf_bytes", "open_quote_pdf", "export_quote_json",
                "open_document"):
        from packconfig.report import pdf

        return getattr(pdf, name)
    raise AttributeError(name)
