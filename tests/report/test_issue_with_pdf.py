"""Issuing a quote and writing its PDF succeed or fail together (issue 14, item 3):
a failed ``packconfig quote -o PATH`` consumes no number and leaves no file."""

from __future__ import annotations

import datetime as dt
import errno
import os
import subprocess

import pytest

from packconfig.cli import main
from packconfig.core.commerce.quote import Party, make_quote
from packconfig.core.commerce.settings import load_settings
from packconfig.core.errors import InputError, StorageError
from packconfig.core.fs import atomic
from packconfig.core.store.register import Register
from packconfig.report import issue as issue_module
from packconfig.report import open_quote_pdf
from packconfig.report.issue import issue_with_pdf

YEAR = dt.date.today().year


def quote_cli(capsys, out, *extra):
    """Exit code, stdout and the error lines of stderr (placeholder warnings dropped)."""
    code = main(["quote", "--cell", "CBAK-32140FS", "-s", "16", "-p", "1",
                 "--customer", "浙江康迪车业有限公司", "-n", "10", "-o", str(out), *extra])
    captured = capsys.readouterr()
    errors = "".join(line for line in captured.err.splitlines(keepends=True)
                     if not line.startswith("packconfig: warning:"))
    return code, captured.out, errors


def register_rows() -> list:
    with Register() as reg:
        return reg.search()


def assert_nothing_consumed(capsys, tmp_path):
    """The register is empty, and the next quote gets the first number."""
    assert register_rows() == []
    good = tmp_path / "good.pdf"
    code, stdout, err = quote_cli(capsys, good)
    assert code == 0, err
    assert stdout.split()[0] == f"Q-{YEAR}-0001"
    assert open_quote_pdf(good).number == f"Q-{YEAR}-0001"


def test_missing_folder_issues_nothing(tmp_path, capsys):
    code, stdout, err = quote_cli(capsys, tmp_path / "no-such-folder" / "q.pdf")
    assert code == 2 and stdout == ""
    assert err.count("\n") == 1 and "folder does not exist" in err
    assert "issued" not in err
    assert_nothing_consumed(capsys, tmp_path)


def test_output_that_is_a_folder_issues_nothing(tmp_path, capsys):
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    code, stdout, err = quote_cli(capsys, folder)
    assert code == 2 and "it is a folder" in err
    assert list(folder.iterdir()) == []
    assert_nothing_consumed(capsys, tmp_path)


def _read_only(folder, monkeypatch) -> bool:
    """Make ``folder`` read-only: chmod for a normal user, a read-only bind mount for
    root (chmod does not stop root), else mkstemp refusing with EROFS as the kernel
    would. Returns whether a mount must be undone."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return False

    def mount(*args: str) -> bool:
        try:
            return subprocess.run(["mount", *args], capture_output=True,
                                  timeout=10).returncode == 0
        except (OSError, subprocess.SubprocessError):
            return False

    if mount("--bind", str(folder), str(folder)):
        if mount("-o", "remount,bind,ro", str(folder)):
            return True
        subprocess.run(["umount", str(folder)], check=False, timeout=10)

    def refuse(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    return False


def test_read_only_folder_issues_nothing(tmp_path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    with pytest.MonkeyPatch.context() as patch:  # its own: undo keeps PACKCONFIG_HOME
        mounted = _read_only(folder, patch)
        try:
            code, stdout, err = quote_cli(capsys, folder / "q.pdf")
        finally:
            if mounted:
                subprocess.run(["umount", str(folder)], check=False, timeout=10)
            folder.chmod(0o755)
    assert code == 2 and "not writable" in err and "issued" not in err, err
    assert list(folder.iterdir()) == []
    assert_nothing_consumed(capsys, tmp_path)


def test_unwritable_json_issues_nothing_and_writes_no_pdf(tmp_path, capsys):
    pdf = tmp_path / "q.pdf"
    code, stdout, err = quote_cli(capsys, pdf, "--json", str(tmp_path / "no" / "q.json"))
    assert code == 2 and "folder does not exist" in err
    assert not pdf.exists()
    assert_nothing_consumed(capsys, tmp_path)


def _draft():
    from packconfig.core.cells.catalog import load_catalog

    return make_quote(load_catalog().get("CBAK-32140FS"), 16, 1, 10, "CNY", load_settings(),
                      Party(company="ACME"))


def test_a_full_disk_while_writing_rolls_the_issue_back(tmp_path, monkeypatch):
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def fileno(self):
            return self.handle.fileno()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: Full(real_fdopen(fd, mode)))
    target = tmp_path / "q.pdf"
    target.write_bytes(b"the old file")
    with pytest.raises(StorageError, match="disk is full"):
        issue_with_pdf(_draft(), target)
    assert register_rows() == []
    assert target.read_bytes() == b"the old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["q.pdf"]  # no temp file left


def test_a_render_failure_rolls_the_issue_back(tmp_path, monkeypatch):
    def fail(*args, **kwargs):
        raise InputError("cannot be laid out").coded("pdf_layout", label="x")

    monkeypatch.setattr(issue_module, "quote_pdf_bytes", fail)
    with pytest.raises(InputError):
        issue_with_pdf(_draft(), tmp_path / "q.pdf")
    assert register_rows() == []
    assert list(tmp_path.iterdir()) == []


def test_success_issues_once_and_the_pdf_carries_the_number(tmp_path):
    with Register() as reg:
        issued, path = issue_with_pdf(_draft(), tmp_path / "q.pdf", "zh", register=reg,
                                      json_path=tmp_path / "q.json")
        assert [e.number for e in reg.search()] == [issued.number]
    assert open_quote_pdf(path) == reg_get(issued.number)
    assert (tmp_path / "q.json").read_text(encoding="utf-8").count(issued.number) >= 1


def reg_get(number):
    with Register() as reg:
        return reg.get(number)


def test_register_issue_pending_commits_only_on_success(tmp_path):
    with Register() as reg:
        with pytest.raises(RuntimeError):
            with reg.issue_pending(_draft()) as pending:
                assert pending.number == f"Q-{_draft().date.year}-0001"
                raise RuntimeError("the PDF could not be written")
        assert reg.search() == []
        with reg.issue_pending(_draft()) as pending:
            pass
        assert [e.number for e in reg.search()] == [pending.number]
        assert pending.number.endswith("-0001")  # the rolled-back number was not used


def test_pdf_prints_a_short_citation_and_quote_json_keeps_the_source(tmp_path):
    """Issue 14, item 5: no capture dates, mirrors or addresses on the customer's PDF."""
    from pypdf import PdfReader

    draft = _draft()
    issued, path = issue_with_pdf(draft, tmp_path / "q.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert '32140FS-15.0Ah Performance Introduction' in text
    for note in ("scribd", "captured", "nkon.nl", "https://"):
        assert note not in text
    assert open_quote_pdf(path).design.cell.source == draft.design.cell.source
    assert "scribd.com" in open_quote_pdf(path).design.cell.source
