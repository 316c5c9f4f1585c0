"""Checking a quote PDF: is it the seller's, and unchanged? (Qt-free)

:func:`verify_quote_pdf` returns a :class:`Verdict`: one :class:`Check` per question,
each ``ok`` True (holds), False (fails) or None (could not be checked, e.g. no register
on this computer). The questions, in order:

* ``signed`` — the PDF carries a digital signature;
* ``integrity`` — the signature's digest matches the signed bytes and its value matches
  the signer's certificate;
* ``unchanged`` — nothing that alters the document was appended after signing
  (pyHanko's difference analysis: only a revision that adds validation data is allowed);
* ``trust`` — the signer's certificate chains to a CA in the trust list
  (``signing.trust`` in settings);
* ``content`` — the embedded ``quote.json`` reads, and the page text shows its number,
  revision, customer, line prices and totals exactly as the renderer prints them;
* ``register`` — the quote equals the register's record of that number and revision
  (only when a register is reachable).

``Verdict.ok`` is True only when no check failed and the PDF is signed. Each check's
line is available in English and Chinese (:meth:`Check.line`).
"""

from __future__ import annotations

import io
import json
import logging
import os
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packconfig.core.errors import PackconfigError
from packconfig.core.fs.reading import read_limited
from packconfig.report.pdf import MAX_PDF_BYTES, quote_from_pdf_bytes
from packconfig.report.renderer import shorten
from packconfig.report.verify_text import line_text

# pyHanko logs path-building failures with tracebacks; the verdict already says it.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())
logging.getLogger("pyhanko_certvalidator").addHandler(logging.NullHandler())
logging.getLogger("pypdf").addHandler(logging.NullHandler())  # warnings on damaged files


@dataclass(frozen=True)
class Check:
    """One verdict line: ``code`` selects the text, ``params`` fill it."""

    key: str
    ok: bool | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def line(self, language: str = "en") -> str:
        """``FAIL unchanged: …`` (English; the CLI's contract), ``[未通过] …`` (Chinese)."""
        text = line_text(self.code, self.params, language)
        if language == "zh":
            return f"[{ {True: '通过', False: '未通过', None: '未核对'}[self.ok]}] {text}"
        return f"{ {True: 'OK', False: 'FAIL', None: '--'}[self.ok]} {self.key}: {text}"

    def as_json(self) -> dict[str, Any]:
        return {"check": self.key, "ok": self.ok, "code": self.code,
                "text": line_text(self.code, self.params, "en"),
                "params": {k: str(v) for k, v in self.params.items()}}


@dataclass(frozen=True)
class Verdict:
    source: str
    checks: tuple[Check, ...]
    quote_label: str = ""
    signer: str = ""
    signed_at: str = ""

    @property
    def signed(self) -> bool:
        return any(c.key == "signed" and c.ok for c in self.checks)

    @property
    def ok(self) -> bool:
        return self.signed and all(c.ok is not False for c in self.checks)

    @property
    def failures(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.ok is False)

    def lines(self, language: str = "en") -> list[str]:
        return [c.line(language) for c in self.checks]

    def headline(self, language: str = "en") -> str:
        label = self.quote_label or Path(self.source).name
        if self.ok:
            return line_text("verdict_ok", {"label": label, "signer": self.signer,
                                            "when": self.signed_at}, language)
        fails = self.failures
        if len(fails) == 1 and fails[0].code in ("not_signed", "field_empty"):
            return line_text("verdict_unsigned", {"label": label}, language)
        if all(c.key == "trust" for c in fails):
            return line_text("verdict_untrusted", {"label": label, "signer": self.signer},
                             language)
        return line_text("verdict_fail", {"label": label, "n": len(fails)}, language)

    def as_json(self) -> dict[str, Any]:
        return {"file": self.source, "ok": self.ok, "signed": self.signed,
                "quote": self.quote_label, "signer": self.signer, "signed_at": self.signed_at,
                "checks": [c.as_json() for c in self.checks]}


# -------------------------------------------------------------------- signatures
def _validation_context(trust: Sequence[Path]) -> tuple[Any, list[Check]]:
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko_certvalidator import ValidationContext

    roots, problems = [], []
    for path in trust:
        try:
            roots.append(load_cert_from_pemder(str(path)))
        except Exception as exc:  # missing file, not a certificate
            problems.append(Check("trust", False, "trust_file_bad",
                                  {"path": str(path), "error": type(exc).__name__}))
    return ValidationContext(trust_roots=roots, allow_fetching=False), problems


def _signature_checks(data: bytes, trust: Sequence[Path]) -> tuple[list[Check], str, str]:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    # a document-signing certificate has digitalSignature and/or nonRepudiation
    # (pyHanko alone would require nonRepudiation; pdfsig and PDF readers accept either)
    usage = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"},
                                match_all_key_usages=False)

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = list(reader.embedded_signatures)
        empty = _empty_signature_fields(reader) if not sigs else 0
    except Exception as exc:  # a damaged file: pyHanko raises many kinds
        return [Check("signed", False, "unreadable", {"error": type(exc).__name__})], "", ""
    if not sigs:
        return [Check("signed", False, "field_empty" if empty else "not_signed")], "", ""
    checks = [Check("signed", True, "signed", {"n": len(sigs)})]
    vc, problems = _validation_context(trust)
    signer = when = ""
    for sig in sigs:
        try:
            status = validate_pdf_signature(sig, vc, key_usage_settings=usage)
        except Exception as exc:  # malformed CMS, a copied signature of another size...
            checks.append(Check("integrity", False, "sig_error",
                                {"field": sig.field_name, "error": type(exc).__name__}))
            continue
        ranges = [int(v) for v in sig.sig_object["/ByteRange"]]
        info_same = _info_unchanged(data, ranges[2] + ranges[3])
        checks += _status_checks(sig.field_name, status, bool(trust), problems, info_same)
        cert = status.signing_cert
        signer = signer or str(cert.subject.native.get("common_name", "")
                               or cert.subject.human_friendly)
        moment = sig.self_reported_timestamp
        when = when or (moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "")
    return checks, signer, when


def _empty_signature_fields(reader: Any) -> int:
    from pyhanko.sign.fields import enumerate_sig_fields

    return sum(1 for _name, value, _ref in enumerate_sig_fields(reader) if value is None)


def _who(cert: Any) -> dict[str, str]:
    """``{"subject": "Li Wei (Example Co.)", "issuer": "Example CA"}``."""
    sub, iss = cert.subject.native, cert.issuer.native
    name = str(sub.get("common_name") or cert.subject.human_friendly)
    org = str(sub.get("organization_name") or "")
    if org and org not in name:
        name += f" ({org})"
    return {"subject": name, "issuer": str(iss.get("common_name")
                                           or cert.issuer.human_friendly)}


def _info_unchanged(data: bytes, signed_end: int) -> bool:
    """Whether the document information (title, author...) is the signed revision's."""
    from pypdf import PdfReader

    try:
        before = PdfReader(io.BytesIO(data[:signed_end]), strict=False).metadata or {}
        after = PdfReader(io.BytesIO(data), strict=False).metadata or {}
        return dict(before) == dict(after)
    except Exception:  # an unreadable revision cannot be shown to be unchanged
        return False


def _status_checks(name: str, status: Any, has_trust: bool,
                   problems: list[Check], info_same: bool) -> list[Check]:
    out: list[Check] = []
    if not status.intact:
        out.append(Check("integrity", False, "digest_mismatch", {"field": name}))
    elif not status.valid:
        out.append(Check("integrity", False, "sig_invalid", {"field": name}))
    else:
        out.append(Check("integrity", True, "intact", {"field": name}))
    level = status.modification_level
    level_name = getattr(level, "name", None)
    coverage = getattr(status.coverage, "name", "UNCLEAR")
    if coverage == "ENTIRE_FILE":
        out.append(Check("unchanged", True, "entire_file"))
    elif level_name == "LTA_UPDATES" and status.docmdp_ok is not False and info_same:
        # pyHanko's difference analysis found only validation data (DSS, timestamps)
        out.append(Check("unchanged", True, "later_validation_only"))
    else:
        out.append(Check("unchanged", False, "changed_after",
                         {"level": level_name or coverage}))
    who = _who(status.signing_cert)
    if status.trusted:
        out.append(Check("trust", True, "trusted", who))
    else:
        problem = getattr(status.trust_problem_indic, "name", "UNKNOWN")
        if problem == "UNKNOWN" and not (status.intact and status.valid):
            problem = "NOT_JUDGED"  # pyHanko does not judge the chain of a broken signature
        code = "untrusted_no_list" if not has_trust else "untrusted"
        out.append(Check("trust", False, code, {**who, "reason": problem}))
    return out + problems


# ----------------------------------------------------------------------- content
def _norm(text: str) -> str:
    """Without white space and control/format characters (the renderer drops those and
    wraps lines anywhere), NFKC-normalised (no-break spaces, full-width forms)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if not ch.isspace()
                   and not unicodedata.category(ch).startswith("C"))


def _page_text(data: bytes) -> tuple[str, str | None]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    lang = str(reader.trailer["/Root"].get("/Lang", "") or "")
    text = "".join(page.extract_text() or "" for page in reader.pages)
    return _norm(text), ("zh" if lang.lower().startswith("zh") else
                         "en" if lang.lower().startswith("en") else None)


def expected_texts(quote: Any, language: str) -> list[tuple[str, str]]:
    """(what, text) pairs the page must show for ``quote`` in ``language``: formatted
    by :func:`packconfig.report.data.build_report_data`, as the renderer prints them."""
    from packconfig.report.data import build_report_data

    d = build_report_data(quote, language)
    out = [(f.key, f.text) for f in d.header if f.key in ("number", "revision")]
    # the signature block prints the customer on one page (cut at 160 characters); the
    # customer block prints it whole but may break it across pages
    out.append(("customer", shorten(d.customer.company)))
    for row in d.price_rows:
        out += [(f"line {row.no} unit price", row.unit_price),
                (f"line {row.no} amount", row.amount)]
    out += [(f.key, f.text) for f in d.totals]
    return [(what, text) for what, text in out if text]


def _content_checks(data: bytes, name: str) -> tuple[list[Check], Any]:
    try:
        quote = quote_from_pdf_bytes(data, name)
    except PackconfigError as exc:
        return [Check("content", False, "no_quote_data", {"error": str(exc)})], None
    try:
        text, lang = _page_text(data)
    except Exception as exc:  # pypdf on a damaged page
        return [Check("content", False, "unreadable", {"error": type(exc).__name__})], quote
    languages = [lang] if lang else ["en", "zh"]
    best: list[tuple[str, str]] | None = None
    for language in languages:
        missing = [(w, t) for w, t in expected_texts(quote, language) if _norm(t) not in text]
        if best is None or len(missing) < len(best):
            best = missing
    if not best:
        return [Check("content", True, "consistent", {"label": quote.label})], quote
    return [Check("content", False, "text_mismatch", {"what": w, "text": t})
            for w, t in best], quote


# ---------------------------------------------------------------------- register
def _register_check(quote: Any, register: Any) -> Check:
    from packconfig.core.commerce.quote import quote_to_json
    from packconfig.core.store.register import Register, default_path

    if quote is None or not quote.number:
        return Check("register", None, "register_no_number")
    if register is None or register is False:
        return Check("register", None, "register_skipped")
    path = default_path() if register == "default" else Path(register)
    if not path.exists():
        return Check("register", None, "register_absent")
    try:
        with Register(path) as reg:
            record = reg.get(quote.number, quote.revision)
    except PackconfigError as exc:
        if getattr(exc, "code", "") == "not_in_register":
            return Check("register", False, "register_missing", {"label": quote.label})
        return Check("register", None, "register_unreachable", {"error": str(exc)})
    mine, theirs = (json.loads(quote_to_json(q))["quote"] for q in (quote, record))
    mine.pop("status", None)
    theirs.pop("status", None)
    if mine == theirs:
        return Check("register", True, "register_match", {"label": quote.label})
    diff = sorted(k for k in set(mine) | set(theirs) if mine.get(k) != theirs.get(k))
    return Check("register", False, "register_differs",
                 {"label": quote.label, "fields": ", ".join(diff[:8])})


# -------------------------------------------------------------------------- entry
def verify_quote_pdf(source: str | os.PathLike[str] | bytes, *,
                     trust: Iterable[str | os.PathLike[str]] | None = None,
                     register: Any = "default") -> Verdict:
    """Check a quote PDF (a path or its bytes). ``trust``: CA certificate files (PEM or
    DER; default ``signing.trust`` from the settings). ``register``: "default" (the
    user's register, if it exists), a path, or None to skip. Never raises for a bad
    PDF: a file that cannot be read is a failed check."""
    if isinstance(source, bytes):
        data, name = source, "<pdf>"
    else:
        name = str(source)
        try:
            data = read_limited(Path(source), MAX_PDF_BYTES, "a packconfig quote PDF")
        except PackconfigError as exc:
            return Verdict(name, (Check("signed", False, "unreadable", {"error": str(exc)}),))
    if trust is None:
        from packconfig.report.signing import signing_setup

        try:
            trust = signing_setup().trust
        except PackconfigError:
            trust = ()
    trust_paths = [Path(t) for t in trust]
    checks, signer, when = _signature_checks(data, trust_paths)
    content, quote = _content_checks(data, name)
    checks += content
    checks.append(_register_check(quote, register))
    return Verdict(name, tuple(checks), quote.label if quote is not None else "", signer, when)
