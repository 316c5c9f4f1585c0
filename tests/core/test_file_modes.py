"""Files written for the user follow the umask; an overwrite keeps the mode; the user
data folder's private files are 0600 (issue 14, item 2; docs/robustness.md)."""

from __future__ import annotations

import os
import stat

import pytest

from packconfig.core.commerce.quote import Party, make_quote
from packconfig.core.commerce.settings import load_settings, save_settings, settings_path
from packconfig.core.fs.atomic import atomic_write_bytes, atomic_write_text, current_umask


@pytest.fixture(params=[0o022, 0o027])
def umask(request):
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_current_umask_reads_the_process_umask(umask):
    assert current_umask() == umask
    assert current_umask() == umask  # reading it changed nothing


def test_new_file_follows_the_umask(tmp_path, umask):
    target = tmp_path / "quote.pdf"
    atomic_write_bytes(target, b"%PDF")
    assert mode(target) == 0o666 & ~umask  # 0644 under 022, 0640 under 027
    plain = tmp_path / "plain.txt"
    plain.write_text("x")  # what open() gives, for comparison
    assert mode(target) == mode(plain)


@pytest.mark.parametrize("old_mode", [0o644, 0o600, 0o664, 0o640])
def test_overwrite_keeps_the_existing_mode(tmp_path, umask, old_mode):
    target = tmp_path / "project.pcproj.json"
    target.write_text("old")
    os.chmod(target, old_mode)
    atomic_write_text(target, "new")
    assert target.read_text() == "new"
    assert mode(target) == old_mode


def test_private_files_are_0600(tmp_path, umask):
    target = tmp_path / "state.json"
    target.write_text("old")
    os.chmod(target, 0o644)
    atomic_write_text(target, "new", private=True)
    assert mode(target) == 0o600
    atomic_write_text(tmp_path / "new.json", "x", private=True)
    assert mode(tmp_path / "new.json") == 0o600


def test_pdf_quote_and_project_follow_the_umask(tmp_path, umask, cbak):
    from packconfig.core.store.project import Project, save_project
    from packconfig.report.pdf import export_quote_json, render_quote_pdf

    quote = make_quote(cbak, 4, 2, 10, "CNY", load_settings(), Party(company="ACME"))
    render_quote_pdf(quote, tmp_path / "q.pdf")
    export_quote_json(quote, tmp_path / "q.json")
    save_project(tmp_path / "p.pcproj.json", Project(cell=cbak, series=4, parallel=2))
    for name in ("q.pdf", "q.json", "p.pcproj.json"):
        assert mode(tmp_path / name) == 0o666 & ~umask, name


def test_user_settings_file_is_private(umask):
    save_settings({"seller": {"name": "Example Co."}})
    assert mode(settings_path()) == 0o600
