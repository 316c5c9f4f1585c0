"""Tampered signed quotes: every kind (tests/report/tamper.py) is reported as not
intact by ``packconfig verify`` and by poppler's ``pdfsig``, and nothing crashes."""

from __future__ import annotations

import random
import subprocess

import pytest
import tamper

from packconfig.cli import main
from packconfig.report import quote_pdf_bytes
from packconfig.report.verify import verify_quote_pdf

SIGNATURE_CHECKS = {"signed", "integrity", "unchanged"}
#: What pdfsig prints for each kind.
PDFSIG = {
    "content_flip": "Digest Mismatch", "json_flip": "Digest Mismatch",
    "price_rewrite": "Digest Mismatch", "signature_copied": "Digest Mismatch",
    "price_update": "Not total document signed", "json_update": "Not total document signed",
    "update_appended": "Not total document signed",
}


@pytest.fixture(scope="module")
def other_signed(make, settings, signer) -> bytes:
    return quote_pdf_bytes(make("Another Customer Ltd", quantity=7), "en", settings.tiers,
                           signer=signer)


@pytest.fixture(scope="module")
def signed_zh(make, kandi, settings, signer) -> bytes:
    return quote_pdf_bytes(make(kandi, quantity=1500), "zh", settings.tiers, signer=signer)


def broken(verdict) -> bool:
    return not verdict.ok and any(c.key in SIGNATURE_CHECKS and c.ok is False
                                  for c in verdict.checks)


def pdfsig(path) -> str:
    done = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60)
    return done.stdout + done.stderr


@pytest.mark.parametrize("kind", tamper.KINDS)
def test_each_kind_fails_verify_and_pdfsig(kind, signed_en, other_signed, identity, tmp_path,
                                           capsys):
    bad = tamper.variant(kind, signed_en, random.Random(7), other=other_signed)
    assert bad != signed_en
    verdict = verify_quote_pdf(bad, trust=[identity.ca_pem], register=None)
    assert broken(verdict), verdict.lines()
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(bad)
    assert main(["verify", str(path), "--trust", str(identity.ca_pem), "--no-register"]) == 1
    out = capsys.readouterr().out
    fails = [line for line in out.splitlines() if line.strip().startswith("FAIL")]
    assert len(fails) == len(verdict.failures) >= 1
    assert_pdfsig_flags(kind, pdfsig(path))


def assert_pdfsig_flags(kind: str, report: str) -> None:
    if kind == "signature_removed":
        assert "Signature is Valid" not in report
        assert ("does not contain any signatures" in report
                or "not signed" in report), report
    else:
        assert PDFSIG[kind] in report, report


def test_every_removal_flavour(signed_en, identity, tmp_path):
    """The three ways of removing the signature (cut, empty field, form dropped)."""
    codes = set()
    for seed in range(12):
        bad = tamper.signature_removed(signed_en, random.Random(seed))
        verdict = verify_quote_pdf(bad, trust=[identity.ca_pem], register=None)
        assert broken(verdict)
        codes |= {c.code for c in verdict.failures}
        (tmp_path / "r.pdf").write_bytes(bad)
        assert "Signature is Valid" not in pdfsig(tmp_path / "r.pdf")
    assert codes == {"not_signed", "field_empty"}


def test_an_edited_price_in_the_text_is_also_a_content_mismatch(signed_en, identity):
    """Beyond the signature: the page no longer shows quote.json's figures (seeds where
    the edited price is one the verifier compares: a line or a total)."""
    mismatches = 0
    for seed in range(10):
        verdict = verify_quote_pdf(tamper.price_update(signed_en, random.Random(seed)),
                                   trust=[identity.ca_pem], register=None)
        assert broken(verdict)
        mismatches += any(c.code == "text_mismatch" for c in verdict.failures)
    assert mismatches >= 3


@pytest.mark.slow
def test_two_hundred_tampered_variants(signed_en, signed_zh, other_signed, identity,
                                       tmp_path):
    rng = random.Random(20)
    count = 0
    for i in range(200):
        kind = tamper.KINDS[i % len(tamper.KINDS)]
        base = signed_en if i % 2 else signed_zh
        other = other_signed if base is signed_en else signed_en
        bad = tamper.variant(kind, base, random.Random(rng.randrange(1 << 30)), other=other)
        verdict = verify_quote_pdf(bad, trust=[identity.ca_pem], register=None)
        assert broken(verdict), (i, kind, verdict.lines())
        count += 1
        if i < len(tamper.KINDS) * 2:  # pdfsig on each kind, from both base quotes
            path = tmp_path / f"{i}.pdf"
            path.write_bytes(bad)
            assert_pdfsig_flags(kind, pdfsig(path))
    assert count == 200



@pytest.mark.parametrize("language", ["en", "zh"])
def test_trust_line_of_a_broken_signature_is_in_words(signed_en, identity, language):
    """With the signed bytes changed pyHanko does not judge the chain (no reason: it was
    shown as the raw word 'UNKNOWN'): the line says why, in the reader's language."""
    bad = tamper.content_flip(signed_en, random.Random(7))
    verdict = verify_quote_pdf(bad, trust=[identity.ca_pem], register=None)
    trust = [c for c in verdict.failures if c.key == "trust"]
    assert trust and "integrity" in {c.key for c in verdict.failures}
    line = trust[0].line(language)
    assert "UNKNOWN" not in line and "_" not in line.split("(")[0]
    said = {"en": "not judged: the signature does not match", "zh": "签名与文件不符"}
    assert said[language] in line
