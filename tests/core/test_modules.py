"""The module split, component sizing, design rules and BOM of core/pack (hand-checked
against the sources in docs/physics.md, "Modules and components")."""

import numpy as np
import pytest

from packconfig.core.cells.catalog import load_catalog
from packconfig.core.errors import InputError
from packconfig.core.pack.components import component_table, default_table
from packconfig.core.pack.engine import MODULE_RESULTS, CellTable, Evaluator
from packconfig.core.pack.hardware import conductor_area, contactor_choice, fuse_rating
from packconfig.core.pack.modules import Architecture, largest_divisor, parse_arrangement
from packconfig.core.pack.options import PackOptions
from packconfig.core.pack.physics import compute_pack
from packconfig.core.pack.warnings import pack_warnings
from packconfig.core.units import KINDS, Q_

P = default_table().p


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_batpac_conductor_areas():
    """BatPaC v5 default design: module terminal 0.657 cm² at 421.8 A and 0.2 °C/s
    (Battery Design!G175), pack bus bar 2.94 cm² at 843.6 A and 0.04 °C/s (G190)."""
    assert conductor_area(np.array(421.8), 0.2, P) * 1e4 == pytest.approx(0.657, abs=5e-4)
    assert conductor_area(np.array(843.6), 0.04, P) * 1e4 == pytest.approx(2.94, abs=5e-3)
    mm2 = [float(conductor_area(np.array(300.0), r, P)) * 1e6 for r in (0.4, 0.2, 0.1, 0.04)]
    assert mm2 == pytest.approx([33.1, 46.8, 66.1, 104.5], abs=0.06)


def test_fuse_rating_rounds_up_to_r10():
    got = fuse_rating(np.array([131.2, 280.0, 100.0, 4.0, 900.0]), 1.25)
    assert got.tolist() == pytest.approx([200.0, 400.0, 125.0, 5.0, 1250.0])


def test_contactor_class_is_the_smallest_that_covers():
    table = default_table()
    names = [c.name for c in table.contactors]
    pick = contactor_choice(np.array([131.2, 240.0, 300.0, 480.0, 700.0, 100.0]),
                            np.array([403.2, 403.2, 403.2, 800.0, 403.2, 1200.0]), table)
    assert [names[i] if i >= 0 else None for i in pick] == [
        "TE EVC135", "TE EVC250", "Sensata GIGAVAC GTM400", "TE EVC500 / CAP200 class",
        None, "Sensata GIGAVAC GTM400"]


def test_largest_divisor_lookup():
    assert largest_divisor(np.array([96, 96, 97, 1, 400]), np.array([10, 14, 50, 5, 0])
                           ).tolist() == [8, 12, 1, 1, 0]


@pytest.mark.parametrize("cell_id,s,p,split", [
    ("LG-E63", 96, 2, (8, 2)),  # Renault Zoe ZE40: 12 x 8S2P, as published
    ("EVE-LF280K", 16, 1, (2, 1)),  # 5.42 kg cells: 4 pass 23 kg, 3 does not divide 16
    ("PANASONIC-NCR21700A", 96, 46, (4, 46)),  # 6S46P: 19.3 kg of cells + hardware > 23
])
def test_suggested_split(catalog, cell_id, s, p, split):
    r = compute_pack(catalog.get(cell_id), s, p)
    assert (r.modules.module_series, r.modules.module_parallel) == split
    assert r.modules.suggested and r.modules.within_limits
    assert r.modules["module_voltage_max"] <= Q_(60, "V")
    assert r.modules["module_mass"] <= Q_(23, "kg")
    assert any("first suggested split" in note for note in r.notes)


def test_no_split_within_limits_falls_back_and_warns(catalog):
    r = compute_pack(catalog.get("EVE-LF280K"), 2, 10)  # 54 kg per series group
    assert not r.modules.within_limits
    assert "module_over_mass" in {w.code for w in pack_warnings(r)}


def test_explicit_split_and_rules(catalog):
    opts = PackOptions(architecture=Architecture(module_series=24, module_parallel=2))
    r = compute_pack(catalog.get("LG-E63"), 96, 2, opts)
    assert r.modules.module_count == 4 and not r.modules.suggested
    codes = {w.code for w in pack_warnings(r)}
    assert "module_over_voltage" in codes  # 24 x 4.2 V = 100.8 V
    three = compute_pack(catalog.get("LG-E63"), 96, 3, PackOptions(
        architecture=Architecture(module_series=8, module_parallel=1)))
    assert three.modules.strings == 3
    assert "too_many_strings" in {w.code for w in pack_warnings(three)}


def test_rule_texts_in_both_languages(catalog):
    r = compute_pack(catalog.get("EVE-LF280K"), 320, 1, PackOptions(
        operating_current=Q_(250, "A"), architecture=Architecture(module_series=16)))
    warnings = {w.code: w for w in pack_warnings(r)}
    assert {"pack_over_voltage", "module_over_mass"} <= set(warnings)
    assert "1,000 V" in warnings["pack_over_voltage"].text("en")
    assert "超过" in warnings["pack_over_voltage"].text("zh")


def test_contactor_and_fuse_rules(catalog):
    cell = catalog.get("CATL-280Ah")  # 560 A continuous: above every contactor class
    r = compute_pack(cell, 96, 1, PackOptions(operating_current=Q_(500, "A")))
    codes = {w.code for w in pack_warnings(r)}
    assert "contactor_rating" in codes
    assert r.modules.junction_box["fuse_current"] == Q_(800, "A")
    small = compute_pack(catalog.get("LG-E63"), 96, 1, PackOptions(
        operating_current=Q_(120, "A")))  # fuse 100 A (1.25 x 65.6 A -> R10), EVC135
    assert {"fuse_rating"} <= {w.code for w in pack_warnings(small)}


@pytest.mark.parametrize("arch,code", [
    (dict(module_series=5), "split_not_dividing"),
    (dict(module_series=8, module_parallel=3), "split_not_dividing"),
    (dict(arrangement=(1, 2, 1)), "arrangement_too_small"),
])
def test_bad_splits_are_refused_with_a_code(catalog, arch, code):
    with pytest.raises(InputError) as err:
        compute_pack(catalog.get("LG-E63"), 96, 2, PackOptions(architecture=Architecture(**arch)))
    assert err.value.code == code


@pytest.mark.parametrize("kwargs", [
    dict(module_series=0), dict(module_series=10**9), dict(module_parallel=-1),
    dict(module_series=True), dict(module_spacing=Q_(0, "mm")),
    dict(module_spacing=Q_(-5, "mm")), dict(module_spacing=Q_(3, "V")),
    dict(arrangement=(0, 1, 1)), dict(arrangement=(1, 1)),
])
def test_absurd_architecture_is_refused(kwargs):
    with pytest.raises(InputError):
        Architecture(**kwargs)


@pytest.mark.parametrize("text,expected", [("4x3x1", (4, 3, 1)), ("4×3", (4, 3, 1)),
                                           (" 2 * 6 * 2 ", (2, 6, 2))])
def test_parse_arrangement(text, expected):
    assert parse_arrangement(text) == expected


@pytest.mark.parametrize("text", ["", "4x", "axbxc", "0x1x1", "1x2x3x4", "5000x1x1"])
def test_parse_arrangement_refuses(text):
    with pytest.raises(InputError):
        parse_arrangement(text)


def test_bom_mass_is_the_pack_mass_and_hierarchical(catalog):
    r = compute_pack(catalog.get("LG-E63"), 96, 2)
    bom = r.bom
    assert bom.mass_total == pytest.approx(r["mass_pack"].to("kg").magnitude, rel=1e-12)
    items = [line.item for line in bom.lines]
    assert items[:3] == ["1", "1.1", "1.1.1"] and len(set(items)) == len(items)
    cells = next(line for line in bom.lines if line.key == "cells")
    assert cells.quantity == 16 and cells.total_quantity == 192
    assert all(len(line.part_no) == 5 and line.part_no.isdigit() for line in bom.lines)
    assert bom.lines[0].part_no == "00010"
    assert {line.key for line in bom.top_level()} >= {"module", "junction_box", "enclosure"}
    box = [line for line in bom.lines if line.item.startswith("1.2.")]
    assert {line.key for line in box} >= {"main_contactor", "precharge_resistor", "main_fuse"}
    levels = {level.name: level for level in bom.levels}
    assert levels["module"].count == 12
    assert bom.ratios["cell_to_module_mass"] == pytest.approx(
        16 * 0.964 / levels["module"].mass)


def test_cell_to_pack_has_one_level_fewer(catalog):
    r = compute_pack(catalog.get("EVE-LF280K"), 104, 1,
                     PackOptions(architecture=Architecture(cell_to_pack=True)))
    assert "module" not in {line.key for line in r.bom.lines}
    assert [level.name for level in r.bom.levels] == ["cell", "pack"]
    assert r.bom.mass_total == pytest.approx(r["mass_pack"].to("kg").magnitude)


def test_precharge_sizing(catalog):
    arch = Architecture(dc_link_capacitance=Q_(1000, "uF"), precharge_time=Q_(0.5, "s"))
    r = compute_pack(catalog.get("LG-E63"), 96, 2, PackOptions(architecture=arch))
    jb = r.modules.junction_box
    assert jb["precharge_resistance"].to("ohm").magnitude == pytest.approx(100.0)  # t/5C
    assert jb["precharge_energy"].to("J").magnitude == pytest.approx(0.5 * 1e-3 * 403.2**2)
    assert jb["precharge_peak_current"].to("A").magnitude == pytest.approx(4.032)


def test_component_overrides_change_the_roll_up(catalog):
    cell = catalog.get("LG-E63")
    base = compute_pack(cell, 96, 2)
    heavier = compute_pack(cell, 96, 2, components=component_table(
        {"parts": {"harness": {"mass_kg": 2.5}}}))
    assert (heavier["mass_pack"] - base["mass_pack"]).to("kg").magnitude == pytest.approx(
        1.5 * 1.0)
    walls = compute_pack(cell, 96, 2, components=component_table(
        {"params": {"module_wall": "1 mm"}}))
    assert walls.modules["module_mass"] > base.modules["module_mass"]
    for bad in ({"parts": {"flux_capacitor": {"mass_kg": 1}}}, {"params": {"nope": "1 mm"}},
                {"parts": {"harness": {"mass_kg": -1}}}, {"widgets": {}},
                {"params": {"module_wall": "banana"}}):
        with pytest.raises(InputError):
            component_table(bad)


def test_module_figures_array_path_equals_scalar_path(catalog):
    cells = list(catalog)
    rng = np.random.default_rng(7)
    idx = rng.integers(0, len(cells), 80)
    s = rng.integers(1, 400, 80)
    p = rng.integers(1, 200, 80)
    ev = Evaluator(CellTable.from_cells(cells), idx, s, p, PackOptions())
    for row in range(80):
        r = compute_pack(cells[idx[row]], int(s[row]), int(p[row]))
        assert r.modules.module_series == int(ev.get("split")[0][row])
        assert r.modules.module_parallel == int(ev.get("split")[1][row])
        for key, (kind, unit) in MODULE_RESULTS.items():
            value = r.modules[key]
            arr = float(ev.get(key)[row])
            if value is None:
                assert np.isnan(arr)
            else:
                assert value.to(unit).magnitude == pytest.approx(
                    Q_(arr, KINDS[kind].si).to(unit).magnitude, rel=1e-12)


def test_settings_components_key_overrides_the_table(tmp_path):
    import json

    from packconfig.core.commerce.settings import load_settings
    from packconfig.core.errors import DataFileError

    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"components": {"parts": {"harness": {"mass_kg": 3}}}}),
                    encoding="utf-8")
    assert load_settings(path).parts.part("harness").mass_kg == 3.0
    path.write_text(json.dumps({"components": {"parts": {"warp_core": {}}}}), encoding="utf-8")
    with pytest.raises(DataFileError, match="warp_core"):
        load_settings(path)


def test_ranked_splits_put_the_suggestion_first(catalog):
    from packconfig.core.pack.split import ranked_splits

    cell = catalog.get("LG-E63")
    opts = PackOptions()
    ev = Evaluator(CellTable.from_cells([cell]), np.zeros(1, np.int64), np.array([96]),
                   np.array([2]), opts)

    def mass(ms, mp):
        return ev.get("split") and ev._split.__func__ and np.array([
            compute_pack(cell, 96, 2, PackOptions(architecture=Architecture(int(a), int(b))))
            .modules["module_mass"].to("kg").magnitude for a, b in zip(ms, mp, strict=True)])

    ranked = ranked_splits(96, 2, 4.2, mass, max_voltage=60.0, max_mass=23.0)
    assert ranked[0] == (8, 2, True)
    assert all(r[2] for r in ranked[:3]) and ranked[1][0] < 8


def test_largest_divisor_direct_path_equals_the_table():
    """A few designs are answered without building the table (start-up); every n and
    limit gives the table's answer."""
    from packconfig.core.pack import modules

    ns = np.arange(0, 1001)
    for limit in (-3, 0, 1, 7, 16, 100, 999, 1000, 5000):
        modules.largest_divisor_table.cache_clear()
        direct = np.concatenate([modules.largest_divisor(ns[i:i + 50], np.full(50, limit)[
            :len(ns[i:i + 50])]) for i in range(0, 1001, 50)])
        assert modules.largest_divisor_table.cache_info().currsize == 0  # not built
        table = modules.largest_divisor_table()[ns, min(max(limit, 0), 1000)]
        assert direct.tolist() == table.astype(np.int64).tolist(), limit
    assert modules.largest_divisor(np.array([96]), np.array([16])).tolist() == [16]
    assert modules.largest_divisor(np.array([97]), np.array([16])).tolist() == [1]
