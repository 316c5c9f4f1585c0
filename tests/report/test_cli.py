"""``packconfig quote``: issue + PDF, unwritable output, reprint, read back."""

from __future__ import annotations

import io

from pypdf import PdfReader

from packconfig.cli import main
from packconfig.core.store.register import Register
from packconfig.report import open_quote_pdf


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_issue_writes_pdf(tmp_path, capsys):
    out = tmp_path / "q.pdf"
    code, stdout, err = run(capsys, "quote", "--cell", "CBAK-32140FS", "--series", "96",
                            "--parallel", "2", "--customer", "Smith & Sons <Ltd>",
                            "--quantity", "120", "--currency", "USD", "-o", str(out))
    assert code == 0, err
    number = stdout.split()[0]
    assert number.startswith("Q-") and str(out) in stdout
    quote = open_quote_pdf(out)
    assert quote.number == number and quote.customer.company == "Smith & Sons <Ltd>"
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Smith & Sons <Ltd>" in text and number in text


def test_reprint_prints_an_issued_quote_again(tmp_path, capsys):
    first = tmp_path / "q.pdf"
    code, stdout, err = run(capsys, "quote", "--cell", "CBAK-32140FS", "-s", "96", "-p", "2",
                            "--customer", "浙江康迪车业有限公司", "-n", "10", "--language", "zh",
                            "-o", str(first))
    assert code == 0, err
    with Register() as reg:
        (entry,) = reg.search()
    assert entry.status == "issued" and entry.customer == "浙江康迪车业有限公司"
    out = tmp_path / "again.pdf"
    code, stdout, err = run(capsys, "quote", "--reprint", entry.number, "--language", "zh",
                            "-o", str(out))
    assert code == 0, err
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "浙江康迪车业有限公司" in text and entry.number in text and "报价单" in text


def test_project_file_and_json_export(tmp_path, capsys):
    from packconfig.core.cells.catalog import load_catalog
    from packconfig.core.commerce.quote import quote_from_json
    from packconfig.core.store.project import Project, save_project

    proj = tmp_path / "p.pcproj.json"
    save_project(proj, Project(load_catalog().get("CBAK-32140FS"), 16, 1))
    out, js = tmp_path / "q.pdf", tmp_path / "q.json"
    code, stdout, err = run(capsys, "quote", str(proj), "--customer", "A&B<C", "-n", "5",
                            "-o", str(out), "--json", str(js))
    assert code == 0, err
    quote = quote_from_json(js.read_text(encoding="utf-8"))
    assert quote.design.series == 16 and quote == open_quote_pdf(out)


def test_missing_arguments_are_one_line_errors(tmp_path, capsys):
    code, _out, err = run(capsys, "quote", "--cell", "CBAK-32140FS", "-s", "96", "-p", "2",
                          "-n", "5", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "--customer" in err and err.count("\n") == 1
    code, _out, err = run(capsys, "quote", "--reprint", "Q-1999-0001", "-o",
                          str(tmp_path / "x.pdf"))
    assert code == 2 and "not in the register" in err
    bogus = tmp_path / "bogus.pdf"
    bogus.write_bytes(b"hello")
    code, _out, err = run(capsys, "quote", "--from-pdf", str(bogus), "-o",
                          str(tmp_path / "x.pdf"))
    assert code == 2 and "bogus.pdf: not a PDF" in err
