"""Sizing helpers: S for a voltage, P for a capacity, energy or current (CBAK 32140FS:
3.2 V, 15 A·h, 30 A max discharge)."""

import dataclasses

import pytest

from packconfig.core.errors import InputError, UnitError
from packconfig.core.pack.sizing import (
    parse_parallel_target,
    suggest_parallel,
    suggest_series,
    target_kind,
)
from packconfig.core.units import Q_


@pytest.mark.parametrize(("target", "expected"), [
    (Q_(51.2, "V"), 16), (Q_(48, "V"), 15), (Q_(307, "V"), 96), (Q_(1, "V"), 1),
    (Q_(0.4, "kV"), 125),
])
def test_series_nearest_nominal(cbak, target, expected):
    assert suggest_series(cbak, target) == expected


def test_series_rejects_wrong_unit_and_bad_values(cbak):
    with pytest.raises(UnitError, match="target voltage must be a voltage"):
        suggest_series(cbak, Q_(48, "A"))
    with pytest.raises(UnitError):
        suggest_series(cbak, 48)
    with pytest.raises(InputError, match="greater than zero"):
        suggest_series(cbak, Q_(-5, "V"))
    with pytest.raises(InputError, match="beyond the supported"):
        suggest_series(cbak, Q_(1, "MV"))


@pytest.mark.parametrize(("target", "expected"), [
    (Q_(15, "A*h"), 1), (Q_(15.01, "A*h"), 2), (Q_(30, "A*h"), 2), (Q_(100, "A*h"), 7),
    (Q_(1e-6, "A*h"), 1),
])
def test_parallel_for_capacity(cbak, target, expected):
    assert suggest_parallel(cbak, 16, target) == expected


def test_parallel_for_energy_depends_on_series(cbak):
    # 16S: 16 x 3.2 V x 15 A·h = 768 Wh per parallel string
    assert suggest_parallel(cbak, 16, Q_(768, "Wh")) == 1
    assert suggest_parallel(cbak, 16, Q_(5, "kWh")) == 7
    assert suggest_parallel(cbak, 96, Q_(9.216, "kWh")) == 2


def test_parallel_for_current(cbak):
    assert suggest_parallel(cbak, 16, Q_(30, "A")) == 1
    assert suggest_parallel(cbak, 16, Q_(100, "A")) == 4


def test_parallel_for_current_needs_the_rating(cbak):
    cell = dataclasses.replace(cbak, max_continuous_discharge=None)
    with pytest.raises(InputError, match="no maximum continuous discharge"):
        suggest_parallel(cell, 16, Q_(100, "A"))


def test_parallel_rejects_other_kinds(cbak):
    assert target_kind(Q_(1, "kWh")) == "energy"
    with pytest.raises(InputError, match="capacity"):
        suggest_parallel(cbak, 16, Q_(3, "V"))
    with pytest.raises(InputError, match="series"):
        suggest_parallel(cbak, 0, Q_(3, "A*h"))


@pytest.mark.parametrize("text, kind", [("100 Ah", "charge"), ("5 kWh", "energy"),
                                        ("150 A", "current"), ("2.5e3 mA", "current")])
def test_parallel_target_text(text, kind):
    assert target_kind(parse_parallel_target(text)) == kind


@pytest.mark.parametrize("text, message", [
    ("12 V", "must be a capacity"), ("abc", "must start with a number"),
    ("9**9**9 Ah", "powers must be small"), ("Ah**9**9**9", "must start with a number"),
    ("", "empty"), ("1" * 200 + " Ah", "too long")])
def test_parallel_target_text_refused(text, message):
    with pytest.raises(InputError, match=message):
        parse_parallel_target(text, "target for P")


@pytest.mark.parametrize("text", ["1e308 kV", "9e307 MV", "1.7e308 V"])
def test_target_finite_as_typed_but_infinite_in_si_is_refused(text):
    """Found by the GUI fuzzer: '1e308 kV' is finite, but 1e311 V is not a float."""
    from packconfig.core.cells.catalog import load_catalog
    from packconfig.core.units import parse_quantity

    cell = load_catalog().get("CBAK-32140FS")
    target = parse_quantity(text, "voltage", "target voltage")
    with pytest.raises(UnitError, match="target voltage must be a finite number") as info:
        suggest_series(cell, target)
    assert info.value.code == "not_finite"
