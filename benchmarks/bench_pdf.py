"""Benchmark: time to render a full quote PDF next to a bare one-page reportlab document.

    .venv/bin/python benchmarks/bench_pdf.py [--runs N] [--language en|zh]

Prints one JSON object with medians in milliseconds: the full quote (report data +
reportlab + quote.json attachment), its parts, a bare one-page platypus document in
the same run, and the one-off cost of loading the CJK font. Target: < 300 ms for the
3-page quote. Signing: the same quote signed with a throwaway test certificate next to
the unsigned one (interleaved runs); target: signing adds <= 100 ms (median).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("PACKCONFIG_HOME", tempfile.mkdtemp(prefix="bench-pdf-"))


def _median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 1)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--language", default="en", choices=("en", "zh"))
    args = ap.parse_args()

    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from packconfig.core.cells.catalog import load_catalog
    from packconfig.core.commerce.pricing import Incoterm
    from packconfig.core.commerce.quote import Party, make_quote
    from packconfig.core.commerce.settings import load_settings
    from packconfig.report import fonts
    from packconfig.report.data import build_report_data
    from packconfig.report.pdf import quote_pdf_bytes
    from packconfig.report.renderer import QuoteRenderer

    t = time.perf_counter()
    fonts.register_fonts()
    font_ms = round((time.perf_counter() - t) * 1000, 1)

    settings = load_settings()
    cell = load_catalog().get("CBAK-32140FS")
    customer = Party(company="浙江康迪车业有限公司", contact="王经理",
                     address="浙江省金华市金东区康迪路1号\n321000 中国")
    quote = make_quote(cell, 96, 2, 120, "USD", settings, customer, date=dt.date(2026, 7, 1),
                       sales_engineer="Li Wei", incoterm=Incoterm("FOB", "Ningbo"))
    quote = quote.__class__(**{**quote.__dict__, "number": "Q-2026-0001",
                               "status": "issued"})
    lang = args.language

    pdf = quote_pdf_bytes(quote, lang, settings.tiers)  # warm-up
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    data = build_report_data(quote, lang, settings.tiers)

    def bare() -> None:
        buf = io.BytesIO()
        styles = getSampleStyleSheet()
        SimpleDocTemplate(buf, pagesize=A4).build(
            [Paragraph("Quotation Q-2026-0001", styles["Title"]),
             Paragraph("A bare one-page document for comparison.", styles["Normal"])])

    result = {
        "language": lang,
        "pages": pages,
        "pdf_bytes": len(pdf),
        "runs": args.runs,
        "cpu_count": os.cpu_count(),
        "python": sys.version.split()[0],
        "full_quote_ms": _median_ms(lambda: quote_pdf_bytes(quote, lang, settings.tiers),
                                    args.runs),
        "report_data_ms": _median_ms(lambda: build_report_data(quote, lang, settings.tiers),
                                     args.runs),
        "reportlab_render_ms": _median_ms(lambda: QuoteRenderer(data).render(), args.runs),
        "bare_one_page_ms": _median_ms(bare, args.runs),
        "cjk_font_first_load_ms": font_ms,
        "target_ms": 300,
    }
    result["attach_and_rewrite_ms"] = round(result["full_quote_ms"] - result["report_data_ms"]
                                            - result["reportlab_render_ms"], 1)
    result.update(_signing(quote, lang, settings.tiers, args.runs))
    print(json.dumps(result, indent=2))
    return 0


def _signing(quote, lang: str, tiers, runs: int) -> dict:
    """Signing (PAdES B-B, pyHanko) next to the unsigned quote, in the same run: a
    throwaway RSA-2048 test identity; the key is loaded once, as the window and CLI do."""
    from packconfig.report.pdf import quote_pdf_bytes
    from packconfig.report.signing import load_signer
    from packconfig.report.testkeys import make_test_identity
    from packconfig.report.verify import verify_quote_pdf

    ident = make_test_identity(tempfile.mkdtemp(prefix="bench-keys-"))
    t = time.perf_counter()
    signer = load_signer(ident.pkcs12, ident.password)
    load_ms = round((time.perf_counter() - t) * 1000, 1)
    signed = quote_pdf_bytes(quote, lang, tiers, signer=signer)  # warm-up (pyHanko imports)
    # interleaved, so both medians see the same machine state
    unsigned_t, signed_t = [], []
    for _ in range(runs):
        for bucket, who in ((unsigned_t, None), (signed_t, signer)):
            t = time.perf_counter()
            quote_pdf_bytes(quote, lang, tiers, signer=who)
            bucket.append((time.perf_counter() - t) * 1000)
    unsigned_ms = round(statistics.median(unsigned_t), 1)
    signed_ms = round(statistics.median(signed_t), 1)
    return {
        "unsigned_quote_ms": unsigned_ms,
        "signed_quote_ms": signed_ms,
        "signing_adds_ms": round(signed_ms - unsigned_ms, 1),
        "signing_target_ms": 100,
        "signed_pdf_bytes": len(signed),
        "pkcs12_load_once_ms": load_ms,
        "verify_ms": _median_ms(lambda: verify_quote_pdf(signed, trust=[ident.ca_pem],
                                                         register=None), runs),
    }


if __name__ == "__main__":
    raise SystemExit(main())
