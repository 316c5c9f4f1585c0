"""Throwaway signing identities for tests, benchmarks and trying signed quotes out.

:func:`make_test_identity` writes a self-signed test CA, a seller certificate issued by
it and the seller's PKCS#12 (key + certificate + CA) into a folder. The keys are made
fresh on every call with the ``cryptography`` package and are fit for nothing but
tests: never sign a real quote with them, and never commit them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass(frozen=True)
class TestIdentity:
    """Paths of one throwaway identity and the PKCS#12 password."""

    __test__ = False  # not a pytest test class

    ca_pem: Path
    cert_pem: Path
    pkcs12: Path
    password: str
    common_name: str
    org: str


def _name(common_name: str, org: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _key(kind: str):
    if kind == "ec":
        return ec.generate_private_key(ec.SECP256R1())
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def make_test_identity(folder: str | Path, common_name: str = "Li Wei (TEST)",
                       org: str = "Hangzhou Example Battery Co., Ltd. (TEST)",
                       password: str = "test-only-password", key: str = "rsa",
                       days: int = 365, ca_name: str = "packconfig TEST CA",
                       non_repudiation: bool = True) -> TestIdentity:
    """A fresh CA + seller certificate + PKCS#12 in ``folder`` (``key``: "rsa" or "ec";
    ``non_repudiation``: the seller's key usage has it besides digitalSignature)."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    ca_key = _key(key)
    ca_subject = _name(ca_name, "packconfig tests")
    ca = (x509.CertificateBuilder().subject_name(ca_subject).issuer_name(ca_subject)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now).not_valid_after(now + dt.timedelta(days=days + 1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                       False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
                         critical=False)
          .sign(ca_key, hashes.SHA256()))
    seller_key = _key(key)
    cert = (x509.CertificateBuilder().subject_name(_name(common_name, org))
            .issuer_name(ca_subject).public_key(seller_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, non_repudiation, False, False, False, False,
                                         False, False, False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    ca_pem = out / "test-ca.pem"
    cert_pem = out / "seller.pem"
    p12 = out / "seller.p12"
    ca_pem.write_bytes(ca.public_bytes(pem))
    cert_pem.write_bytes(cert.public_bytes(pem))
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"seller", seller_key, cert, [ca],
        serialization.BestAvailableEncryption(password.encode("utf-8"))))
    return TestIdentity(ca_pem, cert_pem, p12, password, common_name, org)
