from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packconfig.core.errors import InputError
from packconfig.core.money import (
    Money,
    div_ratio_half_up,
    from_minor,
    mul_ratio_half_up,
    ratio,
    round_minor,
    to_minor,
)


def test_half_up_rounding_to_minor_unit():
    assert Money("2.345", "CNY").rounded() == Money("2.35", "CNY")
    assert Money("2.344999", "CNY").rounded() == Money("2.34", "CNY")
    assert Money("-2.345", "USD").rounded() == Money("-2.35", "USD")  # away from zero
    assert round_minor(Decimal("0.005"), "EUR") == Decimal("0.01")


def test_arithmetic_and_refusals():
    assert Money("1.10", "CNY") + Money("2.20", "CNY") == Money("3.30", "CNY")
    assert Money("1.10", "CNY") * 3 == Money("3.30", "CNY")
    with pytest.raises(InputError):
        Money("1", "CNY") + Money("1", "USD")
    with pytest.raises(InputError):
        Money(1.5, "CNY")  # float refused
    with pytest.raises(TypeError):
        Money("1", "CNY") * 1.5
    with pytest.raises(InputError):
        Money("1", "GBP")
    assert Money.parse("3.85 EUR") == Money(Decimal("3.85"), "EUR")


def test_minor_units():
    assert to_minor(Money("123.45", "CNY")) == 12345
    assert from_minor(12345, "CNY") == Money("123.45", "CNY")
    with pytest.raises(InputError):
        to_minor(Money("1.005", "CNY"))


@given(st.integers(0, 10**11), st.decimals("0", "99.9999", places=4))
def test_integer_helpers_match_decimal(units, pct):
    frac = pct / 100
    num, den = ratio(frac)
    expected = round_minor(Decimal(units) / 100 * frac, "CNY")
    assert from_minor(mul_ratio_half_up(units, num, den), "CNY").amount == expected
    dnum, dden = ratio(1 - frac)
    quotient = Money(Decimal(units) / 100, "CNY").divided(1 - frac).rounded()
    assert from_minor(div_ratio_half_up(units, dnum, dden), "CNY") == quotient
