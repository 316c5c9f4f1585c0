"""Security hygiene beyond tests/test_import_contract.py (which already forbids pickle,
marshal, shelve, eval and exec in the package):

* the CLI price and quote flows write only to PACKCONFIG_HOME and the file the user
  named, nothing in HOME, the working folder or the temp folder;
* paths inside documents cannot make the app read or write elsewhere: projects and
  quotes hold no paths (a path-like field is refused), settings ignore unknown keys
  such as a "logo" path, and names/numbers taken from documents never become paths.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _hostile import valid_project_doc, valid_quote, valid_quote_doc

from packconfig.core.commerce import quote
from packconfig.core.errors import DataFileError
from packconfig.core.store import project

DATA = Path(__file__).resolve().parents[1] / "data"


def tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def test_cli_flows_write_only_where_the_user_chose(tmp_path):
    home, data, cwd, out, tmp = (tmp_path / n for n in ("home", "data", "cwd", "out", "tmp"))
    for folder in (home, data, cwd, out, tmp):
        folder.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), PACKCONFIG_HOME=str(data), TMPDIR=str(tmp),
               PYTHONDONTWRITEBYTECODE="1")
    base = [sys.executable, "-m", "packconfig"]
    design = ["--cell-file", str(DATA / "cbak-32140fs.toml"), "-s", "16", "-p", "2"]
    commands = [
        [*base, "price", *design, "-n", "10", "--json"],
        [*base, "quote", *design, "-n", "10", "--customer", "Smith & Sons <Ltd>",
         "-o", str(out / "q.pdf"), "--json", str(out / "q.json")],
        [*base, "quote", "--from-pdf", str(out / "q.pdf"), "-o", str(out / "again.pdf")],
        [*base, "quotes", "list", "--json"],
    ]
    for cmd in commands:
        proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True,
                              timeout=120)
        assert proc.returncode == 0, proc.stderr
    assert tree(out) == {"q.pdf", "q.json", "again.pdf"}
    assert tree(home) == set(), tree(home)
    assert tree(cwd) == set(), tree(cwd)
    assert tree(tmp) == set(), tree(tmp)
    assert "quotes.sqlite3" in tree(data)
    assert not [p for p in tree(data) if p.endswith(".tmp")]


@pytest.mark.parametrize("where,key", [
    ((), "cell_file"), ((), "logo"), (("configuration",), "cell_path"),
    (("configuration", "cell"), "datasheet_file"),
])
def test_project_holds_no_paths(where, key):
    doc = json.loads(json.dumps(valid_project_doc()))
    node = doc
    for part in where:
        node = node[part]
    node[key] = "../../../../etc/passwd"
    try:
        loaded = project.project_from_json(json.dumps(doc), "p.json")
    except DataFileError as exc:
        assert key in str(exc) or "unknown" in str(exc)
    else:  # top-level extras are ignored, and nothing in a Project is a path
        assert "passwd" not in repr(loaded)


def test_quote_json_rejects_path_fields():
    doc = json.loads(json.dumps(valid_quote_doc()))
    doc["quote"]["logo"] = "/etc/shadow"
    with pytest.raises(DataFileError, match="unknown fields"):
        quote.quote_from_json(json.dumps(doc), "q.json")


def test_settings_logo_that_is_not_an_image_is_refused_never_embedded(tmp_path):
    """The seller's logo is a settings path (issue 18), but only a PNG/JPEG image of at
    most 1 MB is accepted: a settings file naming any other file is refused on save and
    on quoting, and its bytes never reach a PDF."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    from packconfig.core.commerce.settings import load_settings, save_settings
    from packconfig.core.errors import InputError
    from packconfig.report.pdf import quote_pdf_bytes

    path = tmp_path / "settings.json"
    with pytest.raises(InputError, match="not a PNG or JPEG image"):
        save_settings({"seller": {"logo": str(secret), "company": "S"}}, path)
    assert not path.exists()
    path.write_text(json.dumps({"seller": {"logo": str(secret), "company": "S"}}))
    settings = load_settings(path)  # loading keeps the path; using it refuses it
    with pytest.raises(InputError, match="not a PNG or JPEG image"):
        settings.logo()
    pdf = quote_pdf_bytes(valid_quote(), tiers=settings.tiers)
    assert b"TOP-SECRET" not in pdf


def test_quote_number_from_a_document_never_becomes_a_path(tmp_path, monkeypatch):
    """A quote PDF whose quote.json says number "../../evil" is reprinted to the file
    the user names, not to a path built from the number."""
    import dataclasses

    from packconfig.report.pdf import render_quote_pdf

    monkeypatch.chdir(tmp_path)
    evil = dataclasses.replace(valid_quote(), number="../../evil")
    src = render_quote_pdf(evil, tmp_path / "src.pdf")
    from packconfig.cli import main

    assert main(["quote", "--from-pdf", str(src), "-o", str(tmp_path / "out.pdf")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf", "src.pdf"]
    assert not (tmp_path.parent.parent / "evil").exists()
