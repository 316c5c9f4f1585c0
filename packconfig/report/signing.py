"""Signing quote PDFs with the seller's certificate (PAdES baseline B-B, pyHanko).

Configuration (docs/pdf.md, "Signed quotes"):

* the certificate is a PKCS#12 file (``.p12``/``.pfx``: key + certificate + chain):
  ``$PACKCONFIG_SIGNING_PKCS12``, else ``signing.pkcs12`` in ``settings.json`` (a
  relative path is relative to the settings file's folder);
* its password: ``$PACKCONFIG_SIGNING_PASSWORD``, else the system keyring (service
  :data:`KEYRING_SERVICE`, user name = the PKCS#12 file's absolute path) when the
  optional ``keyring`` package is installed, else the caller asks (the window shows a
  prompt, the CLI asks on a terminal and fails with a coded message otherwise). The
  password is never written anywhere by packconfig.

:func:`sign_quote_pdf` adds one incremental update to a finished quote PDF (after the
``quote.json`` attachment and the metadata): a signature field over the seller's
signature line (:class:`~packconfig.report.renderer.SignatureSpot`) whose appearance
says who signed and when, and a CMS signature of subfilter ``ETSI.CAdES.detached``.
pyHanko is imported only when a PDF is actually signed.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packconfig.core.errors import DataFileError, InputError
from packconfig.core.fs.reading import read_limited

ENV_PKCS12 = "PACKCONFIG_SIGNING_PKCS12"
ENV_PASSWORD = "PACKCONFIG_SIGNING_PASSWORD"
KEYRING_SERVICE = "packconfig-signing"
FIELD_NAME = "SellerSignature"
MAX_PKCS12_BYTES = 1_000_000
#: ``quote_pdf_bytes(signer=AUTO)``: sign when a certificate is configured and its
#: password is in the environment or keyring; fail (coded) if the password is missing.
AUTO = "auto"

STAMP_TEXT = {
    "en": ("Digitally signed by {name}", "{time} · {label}"),
    "zh": ("数字签名：{name}", "{time} · {label}"),
}


@dataclass(frozen=True)
class SigningSetup:
    """Where the certificate and the trust list are (nothing is read yet)."""

    pkcs12: Path | None
    trust: tuple[Path, ...]


def _resolve(value: str, base: Path) -> Path:
    path = Path(os.path.expanduser(value))
    return path if path.is_absolute() else base / path


def signing_setup(settings_raw: Mapping[str, Any] | None = None) -> SigningSetup:
    """The signing configuration from the environment and ``settings_raw`` (the merged
    settings data, :attr:`Settings.raw`; loaded from the user's settings when ``None``)."""
    from packconfig.core.commerce.settings import settings_path

    if settings_raw is None:
        from packconfig.core.commerce.settings import load_settings

        settings_raw = load_settings().raw
    group = settings_raw.get("signing") or {}
    base = settings_path().parent
    env = os.environ.get(ENV_PKCS12, "").strip()
    p12 = _resolve(env, Path.cwd()) if env else (
        _resolve(group["pkcs12"], base) if group.get("pkcs12") else None)
    trust = tuple(_resolve(str(t), base) for t in group.get("trust") or ())
    return SigningSetup(p12, trust)


def stored_password(pkcs12: Path) -> str | None:
    """The PKCS#12 password from ``$PACKCONFIG_SIGNING_PASSWORD``, else the system
    keyring (if the ``keyring`` package is installed and holds an entry), else None."""
    env = os.environ.get(ENV_PASSWORD)
    if env:
        return env
    try:
        import keyring  # optional dependency
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, str(pkcs12.resolve()))
    except Exception:  # no usable backend, a locked store: same as no entry
        return None


@dataclass(frozen=True)
class QuoteSigner:
    """The seller's key and certificate, decrypted (kept in memory only).

    Opening the PKCS#12 needs only ``cryptography`` (fast: the window does it on its GUI
    thread after the password prompt); the pyHanko signer is built on first use, in the
    export worker."""

    path: Path
    key: Any  # a cryptography private key
    cert: Any  # cryptography x509.Certificate
    chain: tuple[Any, ...]
    common_name: str
    organisation: str
    not_after: dt.datetime
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def display_name(self) -> str:
        """``Li Wei (Example Co.)``: how the signature appearance names the signer."""
        if self.organisation and self.organisation not in self.common_name:
            return f"{self.common_name} ({self.organisation})"
        return self.common_name

    def pyhanko_signer(self) -> Any:
        """pyHanko's signer over the same key, built once."""
        if "signer" not in self._cache:
            self._cache["signer"] = _pyhanko_signer(self)
        return self._cache["signer"]


def _name(cert: Any, oid: Any) -> str:
    values = cert.subject.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def load_signer(path: str | os.PathLike[str], password: str | None) -> QuoteSigner:
    """Open the PKCS#12 at ``path``. Raises a coded :class:`DataFileError` if it is
    missing, unreadable, the password is wrong, it holds no key, or its certificate
    is not valid today."""
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    target = Path(path)
    data = read_limited(target, MAX_PKCS12_BYTES, "a PKCS#12 certificate file")
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(
            data, password.encode("utf-8") if password else None)
    except (ValueError, TypeError):
        raise DataFileError(target, "cannot open the signing certificate: wrong password, "
                            "or not a PKCS#12 (.p12/.pfx) file").coded(
            "signing_pkcs12") from None
    if key is None or cert is None:
        raise DataFileError(target, "the PKCS#12 file holds no private key and certificate"
                            ).coded("signing_no_key")
    now = dt.datetime.now(dt.UTC)
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        until = cert.not_valid_after_utc.date().isoformat()
        raise DataFileError(target, f"the signing certificate is not valid today (valid "
                            f"until {until})").coded("signing_cert_dates", until=until)
    name = _name(cert, NameOID.COMMON_NAME) or cert.subject.rfc4514_string()
    return QuoteSigner(target, key, cert, tuple(chain), name,
                       _name(cert, NameOID.ORGANIZATION_NAME), cert.not_valid_after_utc)


def _pyhanko_signer(quote_signer: QuoteSigner) -> Any:
    """A pyHanko SimpleSigner that keeps the loaded key: pyHanko's own re-parses the key
    for every signature (RSA key checks, ~90 ms each, twice per PDF)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = serialization.Encoding.DER
    digests = {"sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512}
    key = quote_signer.key

    class KeptKeySigner(SimpleSigner):
        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            algo = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
            digest = digests.get(digest_algorithm)
            if digest is not None and algo == "rsassa_pkcs1v15" and isinstance(
                    key, rsa.RSAPrivateKey):
                return key.sign(data, padding.PKCS1v15(), digest())
            if digest is not None and algo == "ecdsa" and isinstance(
                    key, ec.EllipticCurvePrivateKey):
                return key.sign(data, ec.ECDSA(digest()))
            return super().sign_raw(data, digest_algorithm)

    registry = SimpleCertificateStore()
    registry.register_multiple([asn1_x509.Certificate.load(c.public_bytes(der))
                                for c in quote_signer.chain])
    info = asn1_keys.PrivateKeyInfo.load(key.private_bytes(
        der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return KeptKeySigner(signing_cert=asn1_x509.Certificate.load(
        quote_signer.cert.public_bytes(der)), signing_key=info, cert_registry=registry)


def resolve_signer(setup: SigningSetup | None = None,
                   ask: Callable[[Path], str | None] | None = None) -> QuoteSigner | None:
    """The configured signer, or None when no certificate is configured.

    The password comes from :func:`stored_password`, else from ``ask(path)`` (a prompt;
    None = cancelled). Without either, a coded :class:`InputError` says how to give it.
    """
    setup = setup or signing_setup()
    if setup.pkcs12 is None:
        return None
    password = stored_password(setup.pkcs12)
    if password is None and ask is not None:
        password = ask(setup.pkcs12)
    if password is None:
        raise InputError(f"the signing certificate {setup.pkcs12} needs its password: set "
                         f"{ENV_PASSWORD}, store it in the system keyring (service "
                         f"{KEYRING_SERVICE!r}), or run packconfig on a terminal to be "
                         "asked").coded("signing_password_needed", path=str(setup.pkcs12))
    return load_signer(setup.pkcs12, password)


def terminal_prompt(path: Path) -> str | None:
    """Ask for the password on the terminal; None when stdin is not a terminal."""
    if not sys.stdin or not sys.stdin.isatty():
        return None
    import getpass

    try:
        return getpass.getpass(f"Password for the signing certificate {path}: ")
    except (EOFError, KeyboardInterrupt):
        return None


# ------------------------------------------------------------------- signing
def _stamp_pdf(width: float, height: float, lines: tuple[str, str]) -> bytes:
    """A one-page PDF of the signature's appearance (reportlab: CJK names print)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    from packconfig.report.fonts import BASE_FONT, BOLD_FONT, CJK_FONT, has_cjk, register_fonts

    register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), pageCompression=1)
    c.setFillColorRGB(0.12, 0.23, 0.37)
    size = min(8.0, height / 3.2)
    for i, (text, font) in enumerate(zip(lines, (BOLD_FONT, BASE_FONT), strict=True)):
        font = CJK_FONT if has_cjk(text) else font
        fit = size
        while fit > 4.5 and stringWidth(text, font, fit) > width - 4:
            fit -= 0.25
        while len(text) > 4 and stringWidth(text, font, fit) > width - 4:
            text = text[:-2] + "…"
        c.setFont(font, fit)
        c.drawString(2, height - 2 - size * (1.15 * i + 1), text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _stamp_content(pdf: bytes) -> Any:
    """pyHanko content that draws page 1 of ``pdf`` (the stamp made by reportlab) as a
    form XObject; like pyHanko's ImportedPdfPage, but from bytes, not a file."""
    from pyhanko.pdf_utils import content
    from pyhanko.pdf_utils.layout import BoxConstraints
    from pyhanko.pdf_utils.reader import PdfFileReader

    class StampPage(content.PdfContent):
        def render(self) -> bytes:
            xobject = self._ensure_writer.import_page_as_xobject(
                PdfFileReader(io.BytesIO(pdf)), page_ix=0)
            self.resources.xobject["/SellerStamp"] = xobject
            x1, y1, x2, y2 = (float(v) for v in xobject.get_object()["/BBox"])
            self.box = BoxConstraints(width=abs(x2 - x1), height=abs(y2 - y1))
            return b"/SellerStamp Do"

    return StampPage()


def sign_quote_pdf(pdf: bytes, signer: QuoteSigner, *, spot: Mapping[str, Any] | None = None,
                   language: str = "en", label: str = "") -> bytes:
    """``pdf`` with the seller's PAdES B-B signature appended as an incremental update.

    ``spot`` (``{"page": i, "box": (x1, y1, x2, y2)}``, from the renderer) places the
    visible field; without it the signature is invisible."""
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES, name=signer.display_name,
        reason=f"Quotation {label}".strip() if language != "zh" else f"报价单 {label}".strip())
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    box = tuple(round(v, 2) for v in spot["box"]) if spot and "box" in spot else None
    field_spec = fields.SigFieldSpec(FIELD_NAME, on_page=int(spot.get("page", 0)) if box
                                     else 0, box=box)
    style = None
    if box is not None:
        template = STAMP_TEXT.get(language, STAMP_TEXT["en"])
        when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        name = signer.display_name
        if language == "zh" and name != signer.common_name:
            name = f"{signer.common_name}（{signer.organisation}）"
        lines = (template[0].format(name=name),
                 template[1].format(time=when, label=label))
        fill = layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN, y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins(), inner_content_scaling=layout.InnerScaling.NO_SCALING)
        style = StaticStampStyle(background=_stamp_content(
            _stamp_pdf(box[2] - box[0], box[3] - box[1], lines)), border_width=0,
            background_opacity=1.0, background_layout=fill)
    pdf_signer = signers.PdfSigner(meta, signer.pyhanko_signer(), stamp_style=style,
                                   new_field_spec=field_spec)
    # the room for the signature: pyHanko's estimate (a trial signature) the first time,
    # then the same for this key
    out = pdf_signer.sign_pdf(writer, bytes_reserved=signer._cache.get("reserve")).getvalue()
    if "reserve" not in signer._cache:
        signer._cache["reserve"] = _contents_gap(out)[1]
    return out


def _contents_gap(pdf: bytes) -> tuple[int, int]:
    """Offset and length of the reserved signature value (hex digits, without <>), the
    unit of pyHanko's ``bytes_reserved``."""
    import re

    found = list(re.finditer(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)", pdf))
    a, b, c = (int(v) for v in found[-1].groups())
    return a + b, c - (a + b) - 2


def sign_if_configured(pdf: bytes, signer: object, spot: Mapping[str, Any] | None,
                       language: str, label: str) -> bytes:
    """The hook of :func:`packconfig.report.pdf.quote_pdf_bytes`: ``signer`` is a
    :class:`QuoteSigner`, None (unsigned) or :data:`AUTO` (:func:`resolve_signer`
    without a prompt)."""
    if isinstance(signer, str) and signer == AUTO:
        signer = resolve_signer()
    if signer is None:
        return pdf
    if not isinstance(signer, QuoteSigner):
        raise TypeError(f"signer must be a QuoteSigner, None or AUTO, not {signer!r}")
    return sign_quote_pdf(pdf, signer, spot=spot, language=language, label=label)
