"""``packconfig verify``: is a quote PDF the seller's, and unchanged?

    packconfig verify QUOTE.pdf [--trust CA.pem ...] [--no-register] [--json]

Prints one line per check (OK / FAIL / -- not checked) after a headline, or the verdict
as JSON. Exit code 0 only when the PDF is signed and every check that could be made
holds; 1 when a check fails (each failure is its own FAIL line); 2 for usage errors.
The trust list defaults to ``signing.trust`` in the settings; the register check runs
when this computer has a quote register. See docs/pdf.md, "Signed quotes".
"""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("verify", help="check a quote PDF's signature, content and register "
                                      "record")
    p.add_argument("pdf", metavar="QUOTE.pdf", help="the quote PDF to check")
    p.add_argument("--trust", action="append", metavar="CA.pem",
                   help="a trusted CA certificate (PEM or DER); repeat for more "
                        "(default: signing.trust in the settings)")
    p.add_argument("--no-register", action="store_true",
                   help="do not compare with the quote register")
    p.add_argument("--json", action="store_true", help="print the verdict as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from packconfig.report.verify import verify_quote_pdf

    verdict = verify_quote_pdf(args.pdf, trust=args.trust,
                               register=None if args.no_register else "default")
    if args.json:
        print(json.dumps(verdict.as_json(), ensure_ascii=False, indent=2))
    else:
        print(verdict.headline())
        for line in verdict.lines():
            print("  " + line)
    return 0 if verdict.ok else 1
