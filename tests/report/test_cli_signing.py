"""``packconfig quote`` signs when a certificate is configured; ``packconfig verify``."""

from __future__ import annotations

import dataclasses
import io
import json

from packconfig.cli import main
from packconfig.core.store.register import Register
from packconfig.report import quote_pdf_bytes

QUOTE = ["quote", "--cell", "CBAK-32140FS", "-s", "96", "-p", "2", "--customer",
         "Acme Energy GmbH", "-n", "120"]


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_quote_signs_with_a_configured_certificate(identity, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("PACKCONFIG_SIGNING_PKCS12", str(identity.pkcs12))
    monkeypatch.setenv("PACKCONFIG_SIGNING_PASSWORD", identity.password)
    out = tmp_path / "q.pdf"
    code, stdout, err = run(capsys, *QUOTE, "-o", str(out))
    assert code == 0, err
    code, stdout, err = run(capsys, "verify", str(out), "--trust", str(identity.ca_pem))
    assert code == 0, stdout
    assert "valid, unchanged and trusted" in stdout.splitlines()[0]
    assert "OK register:" in stdout and "matches the quote register's record" in stdout
    code, stdout, err = run(capsys, "verify", str(out), "--json")  # no trust list
    body = json.loads(stdout)
    assert code == 1 and not body["ok"] and body["signed"]
    assert [c["code"] for c in body["checks"] if c["ok"] is False] == ["untrusted_no_list"]


def test_no_password_and_no_terminal_fails_before_issuing(identity, monkeypatch, tmp_path,
                                                          capsys):
    monkeypatch.setenv("PACKCONFIG_SIGNING_PKCS12", str(identity.pkcs12))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal
    monkeypatch.setitem(__import__("sys").modules, "keyring", None)
    code, stdout, err = run(capsys, *QUOTE, "-o", str(tmp_path / "q.pdf"))
    assert code == 2 and err.count("\n") == 1
    assert "needs its password" in err and "PACKCONFIG_SIGNING_PASSWORD" in err
    assert not (tmp_path / "q.pdf").exists()
    with Register() as reg:
        assert reg.search() == []  # nothing was issued


def test_wrong_password_is_one_line(identity, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("PACKCONFIG_SIGNING_PKCS12", str(identity.pkcs12))
    monkeypatch.setenv("PACKCONFIG_SIGNING_PASSWORD", "wrong")
    code, stdout, err = run(capsys, *QUOTE, "-o", str(tmp_path / "q.pdf"))
    assert code == 2 and err.count("\n") == 1 and "wrong password" in err


def test_settings_file_configures_signing(identity, packconfig_home, monkeypatch, tmp_path,
                                          capsys):
    (packconfig_home / "settings.json").write_text(json.dumps({
        "schema_version": 1, "signing": {"pkcs12": str(identity.pkcs12),
                                         "trust": [str(identity.ca_pem)]}}), encoding="utf-8")
    monkeypatch.setenv("PACKCONFIG_SIGNING_PASSWORD", identity.password)
    out = tmp_path / "q.pdf"
    assert run(capsys, *QUOTE, "-o", str(out))[0] == 0
    code, stdout, err = run(capsys, "verify", str(out))  # trust list from the settings
    assert code == 0, stdout


def test_register_mismatch_and_unknown_number(identity, signer, monkeypatch, tmp_path,
                                              capsys):
    monkeypatch.setenv("PACKCONFIG_SIGNING_PKCS12", str(identity.pkcs12))
    monkeypatch.setenv("PACKCONFIG_SIGNING_PASSWORD", identity.password)
    assert run(capsys, *QUOTE, "-o", str(tmp_path / "q.pdf"))[0] == 0
    with Register() as reg:
        (entry,) = reg.search()
        issued = reg.get(entry.number, entry.revision)
    # validly signed with the seller's key, but not what the register holds
    forged = dataclasses.replace(issued, notes="Free delivery to any port")
    path = tmp_path / "forged.pdf"
    path.write_bytes(quote_pdf_bytes(forged, "en", signer=signer))
    code, stdout, err = run(capsys, "verify", str(path), "--trust", str(identity.ca_pem))
    fails = [line.strip() for line in stdout.splitlines() if "FAIL" in line]
    assert code == 1 and fails == [f"FAIL register: {issued.label} differs from the quote "
                                   "register's record (notes)"]
    ghost = dataclasses.replace(issued, number="Q-2026-9999")
    path.write_bytes(quote_pdf_bytes(ghost, "en", signer=signer))
    code, stdout, err = run(capsys, "verify", str(path), "--trust", str(identity.ca_pem))
    assert code == 1 and "FAIL register: Q-2026-9999 R0 is not in the quote register" in stdout
    assert run(capsys, "verify", str(path), "--trust", str(identity.ca_pem),
               "--no-register")[0] == 0


def test_verify_a_file_that_is_not_a_pdf(tmp_path, capsys):
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"hello")
    code, stdout, err = run(capsys, "verify", str(junk))
    assert code == 1 and err == "" and "FAIL signed: the PDF cannot be read" in stdout
    code, stdout, err = run(capsys, "verify", str(tmp_path / "missing.pdf"))
    assert code == 1 and "file not found" in stdout
