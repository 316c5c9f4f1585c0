"""The display-formatting module on its own: the unit and precision chosen for each
kind, money, dates, and the not-available text, in English and Chinese."""

import datetime as dt
from decimal import Decimal

import pytest

from packconfig import display
from packconfig.core.money import Money
from packconfig.core.units import Q_


@pytest.mark.parametrize("q,kind,text", [
    (Q_(51.2, "V"), "voltage", "51.2 V"),
    (Q_(307.19999999, "V"), "voltage", "307.2 V"),
    (Q_(30, "Ah"), "charge", "30.0 A·h"),
    (Q_(108000, "C"), "charge", "30.0 A·h"),
    (Q_(768, "Wh"), "energy", "768.0 Wh"),
    (Q_(9216, "Wh"), "energy", "9.22 kWh"),
    (Q_(45.34272, "kWh"), "energy", "45.34 kWh"),
    (Q_(18432, "W"), "power", "18.43 kW"),
    (Q_(129.6, "W"), "power", "129.6 W"),
    (Q_(60, "A"), "current", "60.0 A"),
    (Q_(0.3, "kg"), "mass", "300 g"),
    (Q_(57.6, "kg"), "mass", "57.60 kg"),
    (Q_(276.35, "kg"), "mass", "276.4 kg"),
    (Q_(33.2, "mm"), "length", "33.2 mm"),
    (Q_(0.4978, "m"), "length", "498 mm"),
    (Q_(2.568, "L"), "volume", "2.57 L"),
    (Q_(45.84, "L"), "volume", "45.8 L"),
    (Q_(0.144, "ohm"), "resistance", "144.0 mΩ"),
    (Q_(3, "mohm"), "resistance", "3.00 mΩ"),
    (Q_(2.5, "ohm"), "resistance", "2.50 Ω"),
    (Q_(1.6, "h"), "time", "1.6 h"),
    (Q_(0.5, "h"), "time", "30 min"),
    (Q_(28, "s"), "time", "28 s"),  # a run that stops at once said "0 min"
    (Q_(20, "s"), "time_constant", "20 s"),
    (Q_(2.5, "s"), "time_constant", "2.5 s"),
    (Q_(160, "Wh/kg"), "gravimetric", "160 Wh/kg"),
    (Q_(396.4, "Wh/L"), "volumetric", "396 Wh/L"),
    (Q_(2, "1/h"), "rate", "2.00 C"),
    (Q_(12345.6, "V"), "voltage", "12,345.6 V"),
])
def test_quantity_unit_and_precision(q, kind, text):
    assert display.quantity(q, kind) == text


def test_result_uses_the_key_kind():
    assert display.result("energy_nominal", Q_(9216, "Wh")) == "9.22 kWh"
    assert display.result("resistance_pack", Q_(0.144, "ohm")) == "144.0 mΩ"


def test_not_available_in_both_languages():
    assert display.quantity(None, "mass") == "not available"
    assert display.quantity(None, "mass", "zh") == "无数据"
    assert display.money(None, "zh") == "无数据"


@pytest.mark.parametrize("m,lang,code,text", [
    (Money(Decimal("13969.8"), "CNY"), "en", False, "¥13,969.80"),
    (Money(Decimal("13969.8"), "CNY"), "zh", False, "¥13,969.80"),
    (Money(Decimal("1234.565"), "USD"), "en", False, "US$1,234.57"),
    (Money(Decimal("-5"), "EUR"), "en", False, "-€5.00"),
    (Money(Decimal("7656151.15"), "CNY"), "en", True, "7,656,151.15 CNY"),
])
def test_money(m, lang, code, text):
    assert display.money(m, lang, code=code) == text


def test_money_display_does_not_change_the_amount():
    m = Money(Decimal("1.005"), "USD")
    assert display.money(m) == "US$1.01" and m.amount == Decimal("1.005")


def test_dates():
    day = dt.date(2026, 11, 21)
    assert display.date(day) == "21 Nov 2026"
    assert display.date(dt.date(2026, 7, 1)) == "1 Jul 2026"
    assert display.date(day, "zh") == "2026年11月21日"


@pytest.mark.parametrize("fmt,en,zh", [
    ("32140", "cylindrical 32140", "圆柱 32140"), ("prismatic", "prismatic", "方形"),
    ("pouch", "pouch", "软包"),
])
def test_cell_format(fmt, en, zh):
    assert display.cell_format(fmt) == en and display.cell_format(fmt, "zh") == zh
