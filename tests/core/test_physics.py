"""Every formula of the pack physics, checked by hand against a 96S2P CBAK 32140FS pack
(the cell file given in the Foundation issue)."""

import math

import pytest

from packconfig.core.errors import InputError
from packconfig.core.pack.options import Architecture, Overhead, PackOptions
from packconfig.core.pack.physics import compute_pack
from packconfig.core.units import Q_


def v(result, key, unit):
    return result[key].to(unit).magnitude


@pytest.fixture
def pack(cbak):
    return compute_pack(cbak, 96, 2, PackOptions(soc_min=0.1, soc_max=0.9))


def test_counts(pack):
    assert (pack.series, pack.parallel, pack.cell_count) == (96, 2, 192)
    assert pack.configuration == "96S2P"


def test_voltages(pack):
    assert v(pack, "voltage_nominal", "V") == pytest.approx(307.2)
    assert v(pack, "voltage_max", "V") == pytest.approx(96 * 3.65)
    assert v(pack, "voltage_min", "V") == pytest.approx(192.0)


def test_capacity_and_energy(pack):
    assert v(pack, "capacity", "Ah") == pytest.approx(30.0)
    assert v(pack, "energy_nominal", "kWh") == pytest.approx(9.216)
    assert v(pack, "energy_usable", "kWh") == pytest.approx(9.216 * 0.8)


def test_resistance_sag_heat_at_default_1c(pack):
    assert v(pack, "resistance_pack", "mohm") == pytest.approx(96 * 3 / 2)
    assert v(pack, "operating_current", "A") == pytest.approx(30.0)  # 1C
    assert v(pack, "voltage_sag", "V") == pytest.approx(30 * 0.144)
    assert v(pack, "heat_loss", "W") == pytest.approx(30**2 * 0.144)


def test_sag_at_given_current(cbak):
    r = compute_pack(cbak, 96, 2, PackOptions(operating_current=Q_(50, "A")))
    assert v(r, "voltage_sag", "V") == pytest.approx(50 * 0.144)
    assert v(r, "heat_loss", "W") == pytest.approx(2500 * 0.144)


def test_currents_powers_and_c_rates(pack):
    assert v(pack, "current_continuous_max", "A") == pytest.approx(60.0)
    assert v(pack, "power_continuous_max", "kW") == pytest.approx(307.2 * 60 / 1000)
    assert v(pack, "c_rate_discharge_max", "1/h") == pytest.approx(2.0)
    assert v(pack, "current_charge_max", "A") == pytest.approx(15.0)
    assert v(pack, "power_charge_max", "kW") == pytest.approx(307.2 * 15 / 1000)
    assert v(pack, "c_rate_charge_max", "1/h") == pytest.approx(0.5)


def test_charge_time_falls_back_to_max_charge_current(pack):
    # the file gives no standard charge current -> P x max continuous charge = 15 A
    assert v(pack, "charge_current", "A") == pytest.approx(15.0)
    assert v(pack, "charge_time", "h") == pytest.approx(30 * 0.8 / 15)


def test_charge_time_at_given_current(cbak):
    r = compute_pack(cbak, 96, 2, PackOptions(soc_min=0, soc_max=1, charge_current=Q_(10, "A")))
    assert v(r, "charge_time", "h") == pytest.approx(3.0)


def test_mass_is_the_bottom_up_roll_up(pack):
    """Cells + every module's hardware + the pack hardware, and the BOM says the same."""
    cells = 192 * 0.300
    assert v(pack, "mass_cells", "kg") == pytest.approx(cells)
    mods = pack.modules
    per_module = mods.module_series * mods.module_parallel
    module_hw = v(pack.modules, "module_mass", "kg") - per_module * 0.3
    assert module_hw > 0
    assert v(pack, "mass_pack", "kg") == pytest.approx(pack.bom.mass_total, rel=1e-12)
    assert v(pack, "mass_pack", "kg") > cells + mods.module_count * module_hw


def test_mass_without_bms_enclosure_thermal(cbak, pack):
    bare = Overhead(bms=False, enclosure=False, thermal="none")
    r = compute_pack(cbak, 96, 2, PackOptions(soc_min=0.1, soc_max=0.9, overhead=bare))
    gone = {"master_bms", "bms_enclosure", "enclosure", "structure", "cooling"}
    assert not gone & {line.key for line in r.bom.lines}
    removed = sum(line.total_mass for line in pack.bom.leaves() if line.key in gone)
    assert v(r, "mass_pack", "kg") == pytest.approx(v(pack, "mass_pack", "kg") - removed)


def test_cell_to_pack_envelope(cbak):
    """No modules: the flat block of 14 x 14 cells at 34.2 mm pitch (k = 7 rows of
    groups), 10 mm spacing and 2 mm tolerance each side, 12 mm jacket walls; height =
    140 mm cell + 2 x 10 mm holders + 8 mm terminals + 2 x 5.6 mm cooling plates +
    2 x 2 mm tolerance + 12 mm base + 12 mm top (1 mm outer Al below 10 kWh)."""
    arch = Architecture(cell_to_pack=True)
    r = compute_pack(cbak, 96, 2, PackOptions(architecture=arch))
    side = 14 * 34.2 - 1.0 + 2 * 10 + 2 * 2 + 2 * 12
    assert v(r, "envelope_length", "mm") == pytest.approx(side)
    assert v(r, "envelope_width", "mm") == pytest.approx(side)
    assert v(r, "envelope_height", "mm") == pytest.approx(140 + 28 + 11.2 + 4 + 24)
    assert v(r, "volume_pack", "L") == pytest.approx(side**2 * 207.2 / 1e6)


def test_honeycomb_is_denser_than_square(cbak):
    arch = Architecture(cell_to_pack=True)
    sq = compute_pack(cbak, 96, 2, PackOptions(layout="square", architecture=arch))
    hc = compute_pack(cbak, 96, 2, PackOptions(layout="honeycomb", architecture=arch))
    assert hc["volume_pack"] < sq["volume_pack"]


def test_single_cell_envelope(cbak):
    r = compute_pack(cbak, 1, 1, PackOptions(overhead=Overhead(enclosure=False, thermal="none"),
                                             architecture=Architecture(cell_to_pack=True)))
    assert v(r, "envelope_length", "mm") == pytest.approx(33.2 + 20 + 4)
    assert v(r, "envelope_height", "mm") == pytest.approx(140 + 28 + 4)


def test_densities(pack, cbak):
    cell_e = 3.2 * 15
    assert v(pack, "energy_density_gravimetric_cell", "Wh/kg") == pytest.approx(cell_e / 0.3)
    cell_l = math.pi / 4 * 0.332**2 * 1.40
    assert v(pack, "energy_density_volumetric_cell", "Wh/L") == pytest.approx(cell_e / cell_l)
    assert v(pack, "energy_density_gravimetric_pack", "Wh/kg") == pytest.approx(
        9216 / v(pack, "mass_pack", "kg"))
    assert v(pack, "energy_density_volumetric_pack", "Wh/L") == pytest.approx(
        9216 / v(pack, "volume_pack", "L"))


@pytest.mark.parametrize("s,p", [(0, 1), (1, 0), (-3, 2), ("x", 2), (2.5, 2), (True, 1),
                                 (10**6, 1), (1, 10**6), (math.nan, 1), (None, 2)])
def test_bad_series_parallel(cbak, s, p):
    with pytest.raises(InputError):
        compute_pack(cbak, s, p)


def test_text_counts_accepted(cbak):
    assert compute_pack(cbak, "96", " 2 ").cell_count == 192


def test_unknown_figures_are_not_available(cbak):
    from dataclasses import replace

    bare = replace(cbak, internal_resistance=None, mass=None, diameter=None,
                   max_continuous_discharge=None)
    r = compute_pack(bare, 10, 1)
    for key in ("resistance_pack", "voltage_sag", "mass_pack", "volume_pack",
                "current_continuous_max", "power_continuous_max",
                "energy_density_gravimetric_pack", "energy_density_volumetric_cell"):
        assert r[key] is None, key
        assert r.missing[key].startswith("not available"), key
    assert "internal resistance" in r.missing["resistance_pack"]
    data = r.to_json()
    assert data["mass_pack"] is None and data["voltage_nominal"]["value"] == 32.0


def test_discharge_curve_is_series_times_ocv(cbak):
    from packconfig.core.cells import chemistry
    from packconfig.core.pack.physics import discharge_curve

    curve = discharge_curve(cbak, 96, PackOptions(soc_min=0.1, soc_max=0.9), points=11)
    lfp = chemistry.get("LFP")
    assert curve.voltage.to("V").magnitude == pytest.approx(96 * lfp.ocv(curve.soc))
    assert (curve.soc_min, curve.soc_max, curve.chemistry) == (0.1, 0.9, "LFP")
    default = discharge_curve(cbak, 16)
    assert (default.soc_min, default.soc_max) == (lfp.usable_soc_min, lfp.usable_soc_max)
    assert len(default.soc) == 101
