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


def cli_examples() -> list[str]:
    """The command lines of the README's "Using packconfig" example block, continuation
    lines joined, comments and ``[optional]`` parts dropped."""
    section = README[README.index("The same core drives the command line"):]
    block = re.search(r"```bash\n(.*?)```", section, re.S)
    assert block, "the README shows the command line"
    text = re.sub(r"\\\n\s*", " ", block.group(1))
    lines = []
    for line in text.splitlines():
        line = re.sub(r"\s+#\s.*$", "", line)  # a comment after the command
        line = re.sub(r"\[[^\]]*\]", "", line).strip()  # optional parts
        if line:
            assert line.startswith("packconfig "), line
            lines.append(line)
    return lines


def _first_alternative(words: list[str]) -> list[str]:
    """``sent|accepted|…`` and ``info | migrate …``: the first alternative (the others
    need a server or arguments the line does not give)."""
    if "|" in words:
        words = words[:words.index("|")]
    return [w.split("|")[0] if "|" in w and not w.startswith(("--", "NRE")) and ";" not in w
            else w for w in words]


def test_every_cli_example_runs(tmp_path, monkeypatch, capsys):
    """Each example line of the README runs as written, in order, in a fresh user folder
    (the quote number the first quote gets stands in for the README's)."""
    import shlex

    from packconfig.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PACKCONFIG_HOME", str(tmp_path / "home"))
    (tmp_path / "more-lines.csv").write_text(
        "description,quantity,unit_price,currency\nTransport frame,2,1500,CNY\n",
        encoding="utf-8")
    for name in re.findall(r"calc --cell-file (\S+)", README):  # as in a clone of the repo
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes((ROOT / name).read_bytes())
    examples = cli_examples()
    assert len(examples) >= 20 and any(e.startswith("packconfig simulate") for e in examples)
    number = None
    for line in examples:
        if number is not None:
            line = re.sub(r"Q-\d{4}-\d{4}", number, line)
        words = _first_alternative(shlex.split(line))[1:]
        capsys.readouterr()
        code = main(words)
        out = capsys.readouterr()
        allowed = {0, 1} if words[0] == "verify" else {0}  # 1: unsigned (no certificate)
        assert code in allowed, f"{line}\nexit {code}\n{out.out[-800:]}{out.err[-800:]}"
        assert "Traceback" not in out.err, line
        found = re.search(r"Q-\d{4}-\d{4}", out.out)
        if number is None and words[0] == "quote" and found:
            number = found.group(0)
    assert number is not None
