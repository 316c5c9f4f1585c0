"""The README's examples work as written (issue 14, item 16)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from packconfig.core.commerce.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_settings_example_loads_without_warnings(tmp_path):
    block = re.search(r"```json\n(.*?)```", README, re.S)
    assert block, "the README shows a settings.json example"
    path = tmp_path / "settings.json"
    path.write_text(block.group(1), encoding="utf-8")
    settings = load_settings(path)
    assert settings.notices == ()
    assert settings.seller["company"] == json.loads(block.group(1))["seller"]["company"]


def test_example_cell_files_exist():
    files = re.findall(r"packconfig calc --cell-file (\S+)", README)
    assert files
    for name in files:
        assert (ROOT / name).is_file(), name


def test_first_run_needs_are_stated():
    for words in ("apt-get", "PyPI", "1 GB", "Python 3.12", ".venv/bin/packconfig",
                  "Edit → Settings…", '"company"'):
        assert words in README, words
