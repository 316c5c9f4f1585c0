import datetime as dt
from decimal import Decimal

import pytest

from packconfig.core.commerce.fx import Rate, RateTable
from packconfig.core.commerce.settings import load_settings
from packconfig.core.errors import InputError
from packconfig.core.money import Money


def test_default_usd_rates_from_costs_md_pick_latest_on_or_before():
    rates = load_settings().rates
    assert rates.rate_on("USD", dt.date(2024, 7, 24)).cny_per_unit == Decimal("7.1358")
    assert rates.rate_on("USD", dt.date(2024, 12, 30)).cny_per_unit == Decimal("7.1358")
    assert rates.rate_on("USD", dt.date(2024, 12, 31)).cny_per_unit == Decimal("7.188")
    assert rates.rate_on("USD", dt.date(2026, 1, 1)).cny_per_unit == Decimal("7.159")
    assert rates.rate_on("USD", dt.date(2020, 1, 1)).cny_per_unit == Decimal("6.4372")


def test_conversion_records_rate_and_date():
    rates = load_settings().rates
    money, applied = rates.convert(Money("100", "USD"), "CNY", dt.date(2025, 1, 15))
    assert money == Money("718.800", "CNY")
    assert applied.rate == Decimal("7.188") and applied.date == dt.date(2024, 12, 31)
    back, applied = rates.convert(Money("718.80", "CNY"), "USD", dt.date(2025, 1, 15))
    assert back.rounded() == Money("100.00", "USD")


def test_cross_rate_and_errors():
    table = RateTable([Rate("USD", dt.date(2024, 1, 1), Decimal("7.2")),
                       Rate("EUR", dt.date(2024, 1, 1), Decimal("7.8"))])
    money, applied = table.convert(Money("10", "EUR"), "USD", dt.date(2024, 6, 1))
    assert money.rounded() == Money("10.83", "USD")
    with pytest.raises(InputError, match="on or before"):
        table.rate_on("USD", dt.date(2023, 12, 31))
    with pytest.raises(InputError, match="same date"):
        RateTable([Rate("USD", dt.date(2024, 1, 1), Decimal("7")),
                   Rate("USD", dt.date(2024, 1, 1), Decimal("8"))])
    with pytest.raises(InputError):
        Rate("USD", dt.date(2024, 1, 1), Decimal("-1"))
