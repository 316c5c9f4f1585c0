"""Signed quotes: configuration, password sources, the signature itself, reading back.

The keys are a throwaway CA and seller made for this session (``identity`` fixture in
tests/report/conftest.py); nothing secret is committed.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest
from pypdf import PdfReader

from packconfig.core import messages
from packconfig.core.commerce.settings import build_settings
from packconfig.core.errors import DataFileError, InputError
from packconfig.report import open_quote_pdf, quote_pdf_bytes
from packconfig.report.pdf import quote_from_pdf_bytes
from packconfig.report.renderer import QuoteRenderer
from packconfig.report.signing import (
    ENV_PASSWORD,
    ENV_PKCS12,
    KEYRING_SERVICE,
    load_signer,
    resolve_signer,
    signing_setup,
    stored_password,
)
from packconfig.report.testkeys import make_test_identity
from packconfig.report.verify import verify_quote_pdf


def pdfsig(path) -> str:
    done = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60)
    return done.stdout + done.stderr


def sig_fields(data: bytes) -> list:
    reader = PdfReader(io.BytesIO(data))
    return [f for f in (reader.get_fields() or {}).values() if f.get("/FT") == "/Sig"]


# ----------------------------------------------------------------- configuration
def test_no_certificate_means_unsigned_as_today(quote, settings):
    data = quote_pdf_bytes(quote, "en", settings.tiers)
    assert sig_fields(data) == []
    assert b"/ByteRange" not in data
    assert open_quote_pdf_bytes(data).number == quote.number
    verdict = verify_quote_pdf(data, trust=[], register=None)
    assert not verdict.ok and [c.code for c in verdict.failures] == ["not_signed"]
    assert verdict.headline().endswith("not signed; the seller's signature cannot be checked")


def open_quote_pdf_bytes(data: bytes):
    return quote_from_pdf_bytes(data)


def test_setup_from_settings_relative_to_the_settings_folder(packconfig_home, monkeypatch):
    monkeypatch.delenv(ENV_PKCS12, raising=False)
    raw = {"signing": {"pkcs12": "keys/seller.p12", "trust": ["ca.pem", "/abs/root.der"]}}
    setup = signing_setup(raw)
    assert setup.pkcs12 == packconfig_home / "keys" / "seller.p12"
    assert setup.trust == (packconfig_home / "ca.pem", Path("/abs/root.der"))
    monkeypatch.setenv(ENV_PKCS12, "/elsewhere/other.p12")
    assert signing_setup(raw).pkcs12.as_posix() == "/elsewhere/other.p12"
    monkeypatch.delenv(ENV_PKCS12)
    assert signing_setup({}).pkcs12 is None


@pytest.mark.parametrize("bad, code", [
    ({"signing": {"pkcs12": "a.p12", "password": "secret"}}, "settings_signing_keys"),
    ({"signing": {"trust": "ca.pem"}}, "settings_signing"),
    ({"signing": {"pkcs12": 12}}, "settings_signing"),
    ({"signing": ["a.p12"]}, "settings_signing"),
])
def test_settings_refuse_bad_signing_groups(bad, code, settings):
    with pytest.raises(InputError) as err:
        build_settings({**settings.raw, **bad})
    assert err.value.code == code
    assert messages.text(err.value, "zh") != str(err.value)


def test_settings_accept_a_signing_group(settings):
    s = build_settings({**settings.raw, "signing": {"pkcs12": "a.p12", "trust": ["ca.pem"]}})
    assert s.raw["signing"]["trust"] == ["ca.pem"]


# --------------------------------------------------------------------- passwords
def test_password_from_environment_then_keyring(identity, monkeypatch):
    monkeypatch.setenv(ENV_PASSWORD, "from-env")
    assert stored_password(identity.pkcs12) == "from-env"
    monkeypatch.delenv(ENV_PASSWORD)
    asked = []
    fake = types.ModuleType("keyring")

    def get_password(service, user):
        asked.append((service, user))
        return identity.password

    fake.get_password = get_password
    monkeypatch.setitem(sys.modules, "keyring", fake)
    assert stored_password(identity.pkcs12) == identity.password
    assert asked == [(KEYRING_SERVICE, str(identity.pkcs12.resolve()))]


def test_keyring_failure_or_absence_means_no_password(identity, monkeypatch):
    monkeypatch.delenv(ENV_PASSWORD, raising=False)
    broken = types.ModuleType("keyring")

    def fail(service, user):
        raise RuntimeError("no backend")

    broken.get_password = fail
    monkeypatch.setitem(sys.modules, "keyring", broken)
    assert stored_password(identity.pkcs12) is None
    monkeypatch.setitem(sys.modules, "keyring", None)  # not installed
    assert stored_password(identity.pkcs12) is None


def test_resolve_asks_and_fails_coded_without_a_password(identity, monkeypatch):
    monkeypatch.delenv(ENV_PASSWORD, raising=False)
    monkeypatch.setitem(sys.modules, "keyring", None)
    monkeypatch.setenv(ENV_PKCS12, str(identity.pkcs12))
    asked = []
    signer = resolve_signer(signing_setup({}), ask=lambda p: asked.append(p) or
                            identity.password)
    assert asked == [identity.pkcs12] and signer.common_name == identity.common_name
    with pytest.raises(InputError) as err:
        resolve_signer(signing_setup({}), ask=lambda p: None)
    assert err.value.code == "signing_password_needed" and ENV_PASSWORD in str(err.value)
    assert "PACKCONFIG_SIGNING_PASSWORD" in messages.text(err.value, "zh")
    with pytest.raises(InputError):  # AUTO (what quote_pdf_bytes does) never prompts
        resolve_signer()


def test_wrong_password_missing_file_and_expired_certificate(identity, tmp_path):
    with pytest.raises(DataFileError) as err:
        load_signer(identity.pkcs12, "not-the-password")
    assert err.value.code == "signing_pkcs12" and str(identity.pkcs12) in str(err.value)
    assert "密码错误" in messages.text(err.value, "zh")
    with pytest.raises(DataFileError):
        load_signer(tmp_path / "none.p12", "x")
    (tmp_path / "junk.p12").write_bytes(b"not a pkcs12")
    with pytest.raises(DataFileError) as err:
        load_signer(tmp_path / "junk.p12", "x")
    assert err.value.code == "signing_pkcs12"
    old = make_test_identity(tmp_path / "old", days=0)
    with pytest.raises(DataFileError) as err:
        load_signer(old.pkcs12, old.password)
    assert err.value.code == "signing_cert_dates"


# ------------------------------------------------------------------- the signature
def test_signed_quote_is_valid_and_reads_back(signed_en, quote, identity, tmp_path):
    verdict = verify_quote_pdf(signed_en, trust=[identity.ca_pem], register=None)
    assert verdict.ok, verdict.lines()
    assert verdict.signer == identity.common_name and verdict.quote_label == quote.label
    assert [c.key for c in verdict.checks] == ["signed", "integrity", "unchanged", "trust",
                                               "content", "register"]
    assert quote_from_pdf_bytes(signed_en) == quote  # open_quote_pdf still works
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed_en)
    assert open_quote_pdf(path) == quote
    out = pdfsig(path)
    assert "Signature is Valid" in out and "Total document signed" in out
    assert "Certificate issuer isn't Trusted" in out  # the throwaway test CA
    assert "ETSI.CAdES.detached" in out and identity.common_name in out


def test_untrusted_without_the_test_ca(signed_en):
    verdict = verify_quote_pdf(signed_en, trust=[], register=None)
    assert [c.code for c in verdict.failures] == ["untrusted_no_list"]
    assert "FAIL trust:" in "\n".join(verdict.lines())
    other = make_test_identity_cached()
    verdict = verify_quote_pdf(signed_en, trust=[other.ca_pem], register=None)
    assert [(c.code, c.params["reason"]) for c in verdict.failures] == [
        ("untrusted", "NO_CERTIFICATE_CHAIN_FOUND")]
    assert "no chain to a CA in the trust list" in verdict.failures[0].line()


_OTHER = {}


def make_test_identity_cached():
    import tempfile

    if "id" not in _OTHER:
        _OTHER["id"] = make_test_identity(tempfile.mkdtemp(prefix="other-ca-"),
                                          ca_name="Another TEST CA")
    return _OTHER["id"]


def test_signature_says_who_and_when_in_the_sellers_block(signed_en, identity):
    reader = PdfReader(io.BytesIO(signed_en))
    (field,) = sig_fields(signed_en)
    value = field["/V"].get_object()
    assert value["/Name"] == f"{identity.common_name} ({identity.org})"
    assert str(value["/M"]).startswith("D:20")
    assert value["/SubFilter"] == "/ETSI.CAdES.detached"
    last = reader.pages[-1]
    widgets = [a.get_object() for a in last.get("/Annots", [])
               if a.get_object().get("/FT") == "/Sig"]
    assert len(widgets) == 1
    x1, y1, x2, y2 = (float(v) for v in widgets[0]["/Rect"])
    assert 40 < x1 < x2 < 320 and x2 - x1 > 200 and 20 < y2 - y1 < 30  # the seller's half
    text = last.extract_text()
    assert "For the seller" in text and "Signature" in text


def test_chinese_quote_with_a_chinese_signer(make, kandi, settings, tmp_path):
    ident = make_test_identity(tmp_path / "zh", common_name="王伟", org="杭州示例电池有限公司")
    signer = load_signer(ident.pkcs12, ident.password)
    quote = make(kandi, currency="CNY")
    data = quote_pdf_bytes(quote, "zh", settings.tiers, signer=signer)
    verdict = verify_quote_pdf(data, trust=[ident.ca_pem], register=None)
    assert verdict.ok, verdict.lines("zh")
    assert verdict.headline("zh").startswith(quote.label + "：由 王伟")
    path = tmp_path / "zh.pdf"
    path.write_bytes(data)
    assert "Signature is Valid" in pdfsig(path)
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "3", str(path), str(tmp_path / "p")],
                   check=True, timeout=60)


def test_renderer_without_signature_step_signs_invisibly(quote, signer, identity):
    class NoSignature(QuoteRenderer):
        steps = tuple(s for s in QuoteRenderer.steps if s != "signature")

    data = quote_pdf_bytes(quote, "en", renderer=NoSignature, signer=signer)
    (field,) = sig_fields(data)
    assert verify_quote_pdf(data, trust=[identity.ca_pem], register=None).ok


def test_json_verdict(signed_en, identity):
    body = verify_quote_pdf(signed_en, trust=[identity.ca_pem], register=None).as_json()
    json.dumps(body)
    assert body["ok"] and body["signed"] and body["signer"] == identity.common_name
    assert {c["check"] for c in body["checks"]} >= {"signed", "integrity", "trust", "content"}


@pytest.mark.parametrize("customer", [
    "Smith & Sons <Ltd> " * 600,  # 11,400 characters: flows over pages
    "Bell\x07 Tab\tCo.\nLine two",  # control characters are not printed
    "浙江康迪车业有限公司" * 30,
])
def test_content_check_holds_for_hard_names(make, settings, signer, identity, customer):
    quote = make(customer)
    for language in ("en", "zh"):
        data = quote_pdf_bytes(quote, language, settings.tiers, signer=signer)
        verdict = verify_quote_pdf(data, trust=[identity.ca_pem], register=None)
        assert verdict.ok, verdict.lines()


@pytest.mark.parametrize("key, non_repudiation", [("ec", True), ("rsa", False)])
def test_ec_keys_and_digital_signature_only_certificates(quote, tmp_path, key,
                                                         non_repudiation):
    ident = make_test_identity(tmp_path, key=key, non_repudiation=non_repudiation)
    data = quote_pdf_bytes(quote, "en", signer=load_signer(ident.pkcs12, ident.password))
    verdict = verify_quote_pdf(data, trust=[ident.ca_pem], register=None)
    assert verdict.ok, verdict.lines()
    path = tmp_path / "q.pdf"
    path.write_bytes(data)
    assert "Signature is Valid" in pdfsig(path)
