"""``--soc-min``/``--soc-max`` take "10 %", "10%" and 0.1 (issue 14, item 9)."""

from __future__ import annotations

import json

import pytest

from packconfig.cli import main


def usable(capsys, *soc) -> float:
    code = main(["calc", "--cell", "CBAK-32140FS", "-s", "16", "-p", "1", *soc, "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out)["energy_usable"]["value"]


@pytest.mark.parametrize("low,high", [("10 %", "90 %"), ("10%", "90%"), ("0.1", "0.9"),
                                      (" 10 % ", "0.9")])
def test_percent_and_fraction_agree(capsys, low, high):
    assert usable(capsys, "--soc-min", low, "--soc-max", high) == pytest.approx(
        usable(capsys, "--soc-min", "0.1", "--soc-max", "0.9"))
    assert usable(capsys, "--soc-min", low, "--soc-max", high) == pytest.approx(
        0.8 * usable(capsys, "--soc-min", "0", "--soc-max", "1"))


@pytest.mark.parametrize("value,words", [
    ("10", "percentage with its sign"), ("150 %", "between 0 and 1"),
    ("-5 %", "between 0 and 1"), ("abc", "fraction between 0 and 1"),
    ("0.5 V", "fraction between 0 and 1"),
])
def test_bad_values_are_one_line_errors(capsys, value, words):
    code = main(["calc", "--cell", "CBAK-32140FS", "-s", "16", "-p", "1", "--soc-min", value])
    err = capsys.readouterr().err
    assert code == 2 and words in err and err.count("\n") == 1
