from decimal import Decimal

import pytest

from packconfig.core.commerce.pricing import (
    ExtraLine,
    Incoterm,
    TaxRule,
    Tier,
    TierTable,
    price_quantity,
)
from packconfig.core.errors import InputError
from packconfig.core.money import Money

TIERS = (Tier(1, Decimal("0")), Tier(100, Decimal("3")), Tier(1000, Decimal("6")))
VAT = TaxRule(Decimal("13"), "VAT 13%")
NO_TAX = TaxRule(Decimal("0"), "export")
UNIT = Money("100.00", "CNY")


@pytest.mark.parametrize("qty,total", [(99, "9900.00"), (100, "9700.00"), (999, "96903.00"),
                                       (1000, "94000.00")])
def test_range_convention_at_boundaries(qty, total):
    pb = price_quantity(UNIT, qty, TierTable(TIERS, "range"), NO_TAX)
    assert pb.total_excl_tax == Money(total, "CNY")
    assert len(pb.lines) == 1


@pytest.mark.parametrize("qty,total,bands", [
    (99, "9900.00", [99]), (100, "9997.00", [99, 1]),
    (999, "97200.00", [99, 900]), (1000, "97294.00", [99, 900, 1])])
def test_slab_convention_at_boundaries(qty, total, bands):
    pb = price_quantity(UNIT, qty, TierTable(TIERS, "slab"), NO_TAX)
    assert pb.total_excl_tax == Money(total, "CNY")
    assert [ln.quantity for ln in pb.lines] == bands


def test_tier_unit_price_rounded_then_lines_discount_extras_tax():
    pb = price_quantity(Money("13969.80", "CNY"), 500, TierTable(TIERS), VAT,
                        extra_discount_pct=Decimal("1.5"),
                        extras=(ExtraLine("NRE", 1, Money("20000", "CNY")),),
                        incoterm=Incoterm.parse("FOB Ningbo"))
    pack, disc, nre = pb.lines
    assert pack.unit_price == Money("13550.71", "CNY")  # 13969.80 x 0.97 = 13550.706
    assert pack.amount == Money("6775355.00", "CNY")
    assert disc.amount == Money("-101630.33", "CNY")  # 1.5 % of 6775355.00 = 101630.325
    assert nre.amount == Money("20000.00", "CNY")
    assert pb.total_excl_tax == Money("6693724.67", "CNY")
    assert pb.tax == Money("870184.21", "CNY")  # 13 % = 870184.2071
    assert pb.total_incl_tax == Money("7563908.88", "CNY")
    assert str(pb.incoterm) == "FOB Ningbo"


def test_bad_inputs():
    with pytest.raises(InputError):
        TierTable((Tier(10, Decimal(0)),))
    with pytest.raises(InputError):
        Incoterm("FOB", "")
    with pytest.raises(InputError):
        Incoterm.parse("XYZ Ningbo")
    with pytest.raises(InputError):
        price_quantity(UNIT, 0, TierTable(TIERS), VAT)
    with pytest.raises(InputError):
        price_quantity(UNIT, 5, TierTable(TIERS), VAT,
                       extras=(ExtraLine("NRE", 1, Money("1", "USD")),))


def test_breakdown_records_tiers_and_line_tier_and_survives_json():
    from packconfig.core.codec import decode, encode

    tiers = TierTable((Tier(1, Decimal(0)), Tier(100, Decimal(3)), Tier(1000, Decimal(6))),
                      "slab")
    pb = price_quantity(Money(Decimal("100.00"), "CNY"), 150, tiers,
                        TaxRule(Decimal(13), "VAT 13%"))
    assert pb.tiers == tiers
    assert [(ln.tier.min_qty, ln.quantity) for ln in pb.lines if ln.kind == "pack"] == [
        (1, 99), (100, 51)]
    assert decode(type(pb), encode(pb)) == pb
