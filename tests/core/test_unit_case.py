"""Unit spellings in any case where only one unit fits; two readings are refused naming
both (issue 14, item 8)."""

from __future__ import annotations

import pytest

from packconfig.core import messages
from packconfig.core.errors import UnitError
from packconfig.core.units import Q_, parse_any_quantity, parse_quantity


@pytest.mark.parametrize("text,kind,expected", [
    ("420 v", "voltage", Q_(420, "V")),
    ("4.2 KV", "voltage", Q_(4.2, "kV")),
    ("60 KWh", "energy", Q_(60, "kWh")),
    ("60 kwh", "energy", Q_(60, "kWh")),
    ("60 KWH", "energy", Q_(60, "kWh")),
    ("3 ah", "charge", Q_(3, "Ah")),
    ("3 AH", "charge", Q_(3, "Ah")),
    ("2500 mah", "charge", Q_(2500, "mAh")),
    ("2500 MAH", "charge", Q_(2500, "mAh")),
    ("150 kw", "power", Q_(150, "kW")),
    ("3 Ohm", "resistance", Q_(3, "ohm")),
    ("3 KOHM", "resistance", Q_(3, "kohm")),
    ("2 KG", "mass", Q_(2, "kg")),
    ("140 MM", "length", Q_(140, "mm")),
    ("1.5 H", "time", Q_(1.5, "h")),
    ("10 MIN", "time", Q_(10, "min")),
    ("180 wh/kg", "gravimetric", Q_(180, "Wh/kg")),
    ("1e3 v", "voltage", Q_(1000.0, "V")),
])
def test_unambiguous_spellings_in_any_case(text, kind, expected):
    value = parse_quantity(text, kind, "value")
    assert value.units == expected.units and value.magnitude == pytest.approx(expected.magnitude)


@pytest.mark.parametrize("text,first,second", [
    ("12 mv", "mV (millivolt)", "MV (megavolt)"),
    ("3 MOHM", "mohm (milliohm)", "Mohm (megaohm)"),
    ("1 MWH", "mWh (milliwatt hour)", "MWh (megawatt hour)"),
    ("2 mw", "mW (milliwatt)", "MW (megawatt)"),
])
def test_ambiguous_spellings_name_both_readings(text, first, second):
    with pytest.raises(UnitError) as info:
        parse_any_quantity(text, "cell value")
    english = str(info.value)
    assert "ambiguous" in english and first in english and second in english
    chinese = messages.text(info.value, "zh")
    assert "有歧义" in chinese and first.split()[0] in chinese and second.split()[0] in chinese


@pytest.mark.parametrize("text,expected", [
    ("3 mohm", Q_(3, "mohm")), ("3 Mohm", Q_(3, "Mohm")), ("5 ms", Q_(5, "ms")),
    ("12 mV", Q_(12, "mV")), ("12 MV", Q_(12, "MV")),
    # siemens is defined (busbar conductivity, S/m): "MS" is megasiemens as written
    ("5 MS", Q_(5, "MS")),
])
def test_exact_spellings_keep_their_meaning(text, expected):
    assert parse_any_quantity(text, "x") == expected


def test_unknown_words_are_still_refused():
    with pytest.raises(UnitError, match="cannot read '3 volts please'"):
        parse_any_quantity("3 volts please", "x")
    with pytest.raises(UnitError, match="not defined"):
        parse_any_quantity("3 xyz", "x")


def test_cli_accepts_lower_case_units(capsys):
    from packconfig.cli import main

    code = main(["search", "--min-voltage", "350 v", "--max-voltage", "420 V",
                 "--min-energy-usable", "60 KWh", "--limit", "1"])
    captured = capsys.readouterr()
    assert code in (0, 1), captured.err
    assert "not defined" not in captured.err
