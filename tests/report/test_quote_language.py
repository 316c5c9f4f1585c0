"""A quote remembers its language; ``--reprint`` uses it unless ``--language`` is given
(issue 14, item 4)."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from packconfig.cli import main
from packconfig.core.commerce.quote import quote_from_json, quote_to_json
from packconfig.core.errors import DataFileError
from packconfig.core.store.register import Register
from packconfig.report import open_quote_pdf


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def issue(capsys, tmp_path, *language):
    out = tmp_path / "first.pdf"
    code, stdout, err = run(capsys, "quote", "--cell", "CBAK-32140FS", "-s", "16", "-p", "1",
                            "--customer", "浙江康迪车业有限公司", "-n", "10", *language,
                            "-o", str(out))
    assert code == 0, err
    return stdout.split()[0], out


def test_a_chinese_quote_reprints_in_chinese(tmp_path, capsys):
    number, first = issue(capsys, tmp_path, "--language", "zh")
    assert open_quote_pdf(first).language == "zh"
    with Register() as reg:
        assert reg.get(number).language == "zh"
    again = tmp_path / "again.pdf"
    code, _, err = run(capsys, "quote", "--reprint", number, "-o", str(again))
    assert code == 0, err
    assert "报价单" in pdf_text(again)
    from_pdf = tmp_path / "from-pdf.pdf"
    code, _, err = run(capsys, "quote", "--from-pdf", str(first), "-o", str(from_pdf))
    assert code == 0, err
    assert "报价单" in pdf_text(from_pdf)


def test_language_option_overrides_the_quote_language(tmp_path, capsys):
    number, _ = issue(capsys, tmp_path, "--language", "zh")
    english = tmp_path / "en.pdf"
    code, _, err = run(capsys, "quote", "--reprint", number, "--language", "en",
                       "-o", str(english))
    assert code == 0, err
    text = pdf_text(english)
    assert "报价单" not in text and "Quotation" in text
    with Register() as reg:
        assert reg.get(number).language == "zh"  # the reprint changed nothing


def test_a_new_quote_defaults_to_english(tmp_path, capsys):
    number, first = issue(capsys, tmp_path)
    assert open_quote_pdf(first).language == "en"
    assert "Quotation" in pdf_text(first)


def test_schema_1_quotes_read_without_a_language(tmp_path, capsys):
    number, first = issue(capsys, tmp_path, "--language", "zh")
    data = json.loads(quote_to_json(open_quote_pdf(first)))
    data["schema_version"] = 1
    del data["quote"]["language"]
    old = quote_from_json(json.dumps(data))
    assert old.language == "" and old.print_language == "en"
    data["schema_version"] = 2
    data["quote"]["language"] = "fr"
    with pytest.raises(DataFileError, match="unknown quote language"):
        quote_from_json(json.dumps(data))
