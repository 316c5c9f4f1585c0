import math

import pytest

from packconfig.core.errors import UnitError
from packconfig.core.units import Q_, from_si, parse_quantity, require, to_si, ureg


def test_wrong_dimension_names_the_argument():
    with pytest.raises(UnitError, match=r"^capacity must be a charge \(A·h\), got 3.2 V$"):
        require(Q_(3.2, "V"), "charge", "capacity")


def test_plain_number_is_refused_with_its_name():
    with pytest.raises(UnitError, match="mass must be a mass .*plain number"):
        require(3.0, "mass", "mass")


def test_non_finite_is_refused():
    with pytest.raises(UnitError, match="finite"):
        require(Q_(math.nan, "V"), "voltage", "v")


@pytest.mark.parametrize("text,kind,expected_si", [
    ("15 Ah", "charge", 54000.0),
    ("300 g", "mass", 0.3),
    ("3 mohm", "resistance", 0.003),
    ("33.2 mm", "length", 0.0332),
    ("1 kWh", "energy", 3.6e6),
])
def test_parse_to_si(text, kind, expected_si):
    assert to_si(parse_quantity(text, kind, "x"), kind) == pytest.approx(expected_si)


@pytest.mark.parametrize("text", ["", "   ", "abc", "3 V V V(", "1e999 V" * 20])
def test_bad_text_is_a_unit_error(text):
    with pytest.raises(UnitError):
        parse_quantity(text, "voltage", "nominal_voltage")


def test_from_si_roundtrip():
    assert from_si(3600.0, "charge").to("A*h").magnitude == pytest.approx(1.0)
    assert to_si(None, "voltage") != to_si(None, "voltage")  # NaN for unknown


def test_one_registry():
    from packconfig.core import units

    assert units.ureg is ureg
    assert Q_(1, "V")._REGISTRY is ureg


@pytest.mark.parametrize("text,unit,value", [
    ("15 Ah", "C", 54000), ("15 A*h", "A*h", 15), ("15 A·h", "Ah", 15), ("3 mohm", "ohm", 0.003),
    ("3 mΩ", "mohm", 3), ("1 kWh", "J", 3.6e6), ("150 kW", "W", 150e3), ("450 kg", "g", 450e3),
    ("2 L", "m**3", 0.002), ("30 min", "h", 0.5), ("1 lb", "kg", 0.45359237),
    ("2 in", "mm", 50.8), ("1 Wh/kg", "J/kg", 3600), ("2 1/h", "1/s", 2 / 3600),
])
def test_units_the_product_relies_on(text, unit, value):
    assert Q_(text).to(unit).magnitude == pytest.approx(value)


def test_json_unit_strings_parse_in_a_default_pint_registry():
    """QA and other tools read our JSON with their own pint: the unit strings we write
    must mean the same there."""
    import pint

    from packconfig.core.pack.engine import RESULTS
    from packconfig.core.units import KINDS

    other = pint.UnitRegistry()
    for kind, unit, _deps in RESULTS.values():
        si = KINDS[kind].si
        assert other.Quantity(1, unit).to(si).magnitude == pytest.approx(
            Q_(1, unit).to(si).magnitude), unit


@pytest.mark.parametrize("text,kind", [
    ("3.2 V", "voltage"), ("15 Ah", "charge"), ("15 A·h", "charge"), ("15 A*h", "charge"),
    ("300 g", "mass"), ("0.3kg", "mass"), ("3 mohm", "resistance"), ("3 mΩ", "resistance"),
    ("-2 V", "voltage"), ("1e3 mm", "length"), (".5 L", "volume"), ("60 kWh", "energy"),
    ("150 kW", "power"), ("2 h", "time"), ("7.5 A", "current"), ("+4 V", "voltage"),
    ("100 Wh/kg", "gravimetric"), ("3 kg*m**2/s**3/A", "voltage"), ("2 1/h", "rate"),
])
def test_fast_path_equals_pint(text, kind):
    ours = parse_quantity(text, kind, "x")
    theirs = ureg.Quantity(text)
    assert ours.units == theirs.units
    assert ours.magnitude == theirs.magnitude


@pytest.mark.parametrize("text", ["3 furlong", "3 V/", "1e999 V", "nan V", "3 V V(", "V"])
def test_fast_path_errors_are_unit_errors(text):
    with pytest.raises(UnitError):
        parse_quantity(text, "voltage", "x")


def test_to_si_matches_pint_and_checks_the_kind():
    for text, kind in [("15 Ah", "charge"), ("300 g", "mass"), ("3 mohm", "resistance"),
                       ("2.5 kWh", "energy"), ("33.2 mm", "length"), ("1.2 L", "volume")]:
        q = Q_(text)
        from packconfig.core.units import KINDS
        assert to_si(q, kind) == pytest.approx(q.to(KINDS[kind].si).magnitude, rel=1e-15)
    with pytest.raises(UnitError):
        to_si(Q_(3, "V"), "mass")


@pytest.mark.parametrize(("text", "per_hour"), [("0.5C", 0.5), ("1 C", 1.0), ("2C", 2.0),
                                              ("0.5/h", 0.5), ("0.5 1/h", 0.5)])
def test_a_c_rate_reads_as_datasheets_write_it(text, per_hour):
    """Display shows a rate as '0.50 C'; as a rate, 'C' cannot mean coulomb."""
    from packconfig.core.units import parse_quantity

    assert parse_quantity(text, "rate", "charge_rate").to("1/h").magnitude == per_hour
    assert parse_quantity("0.5C", "charge", "q").to("coulomb").magnitude == 0.5  # elsewhere


@pytest.mark.parametrize("text", ["25 °C", "25°C", "25 ℃", "25 ° C", "25 degC"])
def test_celsius_as_datasheets_and_chinese_keyboards_write_it(text):
    """The cell editor shows a cycle-life test temperature as '25 °C'; it must read back."""
    from packconfig.core.units import parse_quantity

    value = parse_quantity(text, "temperature", "cycle-life test temperature")
    assert value.to("K").magnitude == pytest.approx(298.15)
