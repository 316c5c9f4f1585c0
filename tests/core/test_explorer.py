"""Design-space explorer: the vectorised search against one-by-one scalar checks,
rejection accounting, explanations and suggestions, unit checks."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from packconfig import explain
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.commerce.costing import cost_pack
from packconfig.core.commerce.settings import load_settings
from packconfig.core.errors import InputError, UnitError
from packconfig.core.explore.engine import SearchCancelled, search
from packconfig.core.explore.pareto import pareto_mask
from packconfig.core.explore.requirements import LIMITS, Requirements, requirements_from_text
from packconfig.core.money import Money, to_minor
from packconfig.core.pack.options import PackOptions
from packconfig.core.pack.physics import compute_pack
from packconfig.core.units import Q_

SMALL_IDS = ("CBAK-32140FS", "SAMSUNG-50S", "A123-ANR26650M1", "AESC-LEAF40-CELL",
             "EVE-LF280K")
SMALL_REQS = {"min_voltage": "40.3 V", "max_voltage": "101.7 V",
              "min_energy_usable": "0.9 kWh", "min_power": "5.3 kW", "max_mass": "61.5 kg",
              "max_length": "1130 mm", "max_price": "9000 CNY", "series": "10-30",
              "parallel": "1-4"}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def ctx():
    return load_settings().context("CNY", dt.date(2026, 1, 1), PackOptions().overhead)


@pytest.fixture(scope="module")
def small(catalog):
    return [catalog.get(i) for i in SMALL_IDS]


def _scalar_reason(cell, s, p, reqs: Requirements, ctx) -> str | None:
    """First failing reason of one candidate, with compute_pack + cost_pack."""
    figures = {lim.figure for lim in LIMITS if getattr(reqs, lim.field) is not None}
    figures.add("price")
    for fig in ("max_continuous_discharge", "max_continuous_charge", "mass", "geometry"):
        if fig in figures and not cell.known(fig):
            return f"no_{fig}"
    r = compute_pack(cell, s, p, PackOptions())
    for lim in LIMITS:
        limit = getattr(reqs, lim.field)
        if limit is None:
            continue
        value = r[lim.key]
        ok = value is not None and (value >= limit if lim.op == ">=" else value <= limit)
        if not ok:
            return lim.reason
    price = cost_pack(cell, s, p, ctx, evaluator=r.evaluator).price  # as a quote does
    if reqs.max_price is not None and price > reqs.max_price:
        return "over_price"
    return None


def test_feasibility_equals_scalar_brute_force(small, ctx):
    reqs = requirements_from_text(SMALL_REQS)
    res = search(small, reqs, ctx=ctx, limit=10_000)
    expected: dict[tuple[str, int, int], None] = {}
    reasons: dict[str, int] = {}
    for cell in small:
        for s in range(10, 31):
            for p in range(1, 5):
                reason = _scalar_reason(cell, s, p, reqs, ctx)
                if reason is None:
                    expected[(cell.id, s, p)] = None
                else:
                    reasons[reason] = reasons.get(reason, 0) + 1
    got = {res.design(i) for i in range(len(res))}
    assert len(expected) > 5 and got == set(expected)
    assert res.feasible == len(expected)
    assert res.rejections == reasons
    assert res.feasible + res.rejected == res.total == len(small) * 21 * 4
    # prices agree exactly with the Decimal path
    for i in range(len(res)):
        cid, s, p = res.design(i)
        cell = next(c for c in small if c.id == cid)
        design = compute_pack(cell, s, p)
        assert res.price(i) == cost_pack(cell, s, p, ctx, evaluator=design.evaluator).price
        assert res.quantity("mass_pack", i).to("kg").magnitude == pytest.approx(
            compute_pack(cell, s, p)["mass_pack"].to("kg").magnitude, rel=1e-12)


def test_sorted_by_objective_and_pruning_changes_nothing(small, ctx):
    reqs = requirements_from_text(SMALL_REQS)
    a = search(small, reqs, ctx=ctx, limit=10_000)
    b = search(small, reqs, ctx=ctx, limit=10_000, prune=False, chunk=50)
    assert a.rejections == b.rejections and a.feasible == b.feasible
    for key in ("cell_index", "series", "parallel", "price_minor", "pareto"):
        np.testing.assert_array_equal(a.arrays[key], b.arrays[key])
    assert (np.diff(a.arrays["price_minor"]) >= 0).all()
    m = search(small, reqs, ctx=ctx, objective="mass", limit=10_000)
    assert (np.diff(m.arrays["mass_pack"]) >= 0).all()
    g = search(small, reqs, ctx=ctx, objective="gravimetric", limit=10_000)
    assert (np.diff(g.arrays["energy_density_gravimetric_pack"]) <= 0).all()


def _brute_pareto(points: np.ndarray) -> np.ndarray:
    finite = np.isfinite(points).all(axis=1)
    dominated = np.zeros(len(points), dtype=bool)
    for a in range(0, len(points), 500):
        rows = points[a:a + 500]
        le = (points[None, :, :] <= rows[:, None, :]).all(2)
        lt = (points[None, :, :] < rows[:, None, :]).any(2)
        dominated[a:a + 500] = ((le & lt) & finite[None, :]).any(1)
    return finite & ~dominated


def test_pareto_hand_made():
    pts = np.array([[1, 5, 5], [2, 4, 4], [3, 3, 3], [3, 3, 3], [4, 4, 4], [1, 5, 6],
                    [5, 1, 9], [np.nan, 0, 0], [2, 4, 4.5]], dtype=float)
    assert pareto_mask(pts).tolist() == [True, True, True, True, False, False, True,
                                         False, False]
    assert pareto_mask(np.zeros((0, 3))).tolist() == []
    assert pareto_mask(np.array([[1.0, 2.0]])).tolist() == [True]


@pytest.mark.parametrize("n,seed,high", [(50, 1, 40), (700, 2, 40), (3000, 3, 40),
                                         (5000, 4, 400), (5000, 5, 10**6)])
def test_pareto_matches_quadratic_definition(n, seed, high):
    rng = np.random.default_rng(seed)
    pts = rng.integers(0, high, size=(n, 3)).astype(float)  # ties when high is small
    pts[rng.random(n) < 0.02, 1] = np.nan
    np.testing.assert_array_equal(pareto_mask(pts), _brute_pareto(pts))


def test_search_pareto_flags_match_definition(small, ctx):
    reqs = requirements_from_text({k: v for k, v in SMALL_REQS.items()
                                   if k not in ("max_price", "max_mass")})
    res = search(small, reqs, ctx=ctx, limit=100_000, chunk=64)
    a = res.arrays
    pts = np.column_stack([a["price_minor"].astype(float), a["mass_pack"], a["volume_pack"]])
    np.testing.assert_array_equal(a["pareto"], _brute_pareto(pts))
    assert res.pareto_count >= 1
    # with a small limit the front is still returned in full
    few = search(small, reqs, ctx=ctx, limit=3, chunk=64)
    assert few.pareto_count == res.pareto_count and len(few) >= 3


@pytest.mark.parametrize("reqs", [
    {},
    {"chemistries": "LFP", "min_energy": "20 kWh", "max_volume": "300 L"},
    {"formats": "cylindrical", "manufacturers": "Samsung,LG", "min_current": "300 A",
     "max_height": "0.2 m", "max_width": "500 mm"},
    {"min_cutoff_voltage": "250 V", "max_charge_voltage": "500 V", "min_capacity": "100 A*h",
     "min_charge_power": "20 kW", "max_price": "20000 USD"},
])
def test_rejections_add_up_to_total(catalog, ctx, reqs):
    r = requirements_from_text(reqs)
    res = search(list(catalog), r, ctx=ctx)
    assert res.feasible + sum(res.rejections.values()) == res.total == len(catalog) * 400 * 200
    brute = search(list(catalog), r, ctx=ctx, prune=False, chunk=200_000)
    assert brute.rejections == res.rejections and brute.feasible == res.feasible
    cell_level = sum(len(v) for v in res.excluded_cells.values())
    assert cell_level * 80_000 <= res.total - res.feasible


def test_no_requirements_everything_feasible(catalog, ctx):
    res = search(list(catalog), ctx=ctx, limit=5)
    assert res.feasible == res.total and res.rejections == {}
    assert res.suggestions == ()
    # the cheapest pack of all is a 1S1P of the cheapest cell
    assert res.design(0)[1:] == (1, 1)


def test_missing_figures_explained(catalog, ctx):
    res = search(list(catalog), requirements_from_text({"max_mass": "450 kg"}), ctx=ctx)
    assert set(res.excluded_cells["no_mass"]) == {c.id for c in catalog if c.mass is None}
    assert res.rejections["no_mass"] == 80_000 * len(res.excluded_cells["no_mass"])
    assert any(line.startswith("no mass figure:") for line in explain.rejection_lines(res))
    # without a ctx, sorting by mass needs the mass figure too
    nomass = search(list(catalog), objective="mass")
    assert "no_mass" in nomass.excluded_cells and nomass.currency is None


def test_impossible_requirement_explains_and_suggests(catalog, ctx):
    res = search(list(catalog), requirements_from_text({"min_energy": "100 MWh"}), ctx=ctx)
    assert res.feasible == 0 and len(res) == 0
    assert res.rejections == {"energy_low": res.total}
    (sug,) = res.suggestions
    best = max(compute_pack(c, 400, 200)["energy_nominal"] for c in catalog)
    assert sug.field == "min_energy" and sug.best.to("kWh").magnitude == pytest.approx(
        best.to("kWh").magnitude)
    assert sug.relax_to <= sug.best
    text = "\n".join(explain.explanation(res))
    assert "nominal energy too low: 3.0M" in text and "lower min nominal energy to" in text


def test_mass_suggestion_is_quantified_and_works(catalog, ctx):
    base = {"min_voltage": "350 V", "max_voltage": "420 V", "min_energy_usable": "60 kWh",
            "min_power": "150 kW"}
    res = search(list(catalog), requirements_from_text({**base, "max_mass": "300 kg"}),
                 ctx=ctx)
    assert res.feasible == 0
    mass = next(s for s in res.suggestions if s.field == "max_mass")
    assert mass.best > Q_(300, "kg") and mass.relax_to >= mass.best
    assert "the lightest design meeting everything else is" in explain.suggestion_text(mass)
    assert "raise max mass to" in explain.suggestion_text(mass)
    relaxed = search(list(catalog), requirements_from_text(
        {**base, "max_mass": f"{mass.relax_to.to('kg').magnitude} kg"}), ctx=ctx)
    assert relaxed.feasible >= 1
    assert min(relaxed.arrays["mass_pack"]) == pytest.approx(mass.best.to("kg").magnitude)


def test_price_suggestion(catalog, ctx):
    res = search(list(catalog), requirements_from_text(
        {"min_energy": "60 kWh", "max_price": "100 CNY"}), ctx=ctx)
    (sug,) = [s for s in res.suggestions if s.field == "max_price"]
    assert isinstance(sug.best, Money) and sug.relax_to >= sug.best
    again = search(list(catalog), requirements_from_text(
        {"min_energy": "60 kWh", "max_price": sug.relax_to.to_text()}), ctx=ctx, limit=1)
    assert again.feasible >= 1 and again.price(0) == sug.best


def test_max_price_in_other_currency(small, ctx):
    usd = Money("1200", "USD")
    res = search(small, Requirements(max_price=usd, series=(10, 30), parallel=(1, 4)),
                 ctx=ctx, limit=10_000)
    limit_cny = to_minor(ctx.convert(usd)[0].rounded())
    assert res.feasible > 0 and (res.arrays["price_minor"] <= limit_cny).all()


@pytest.mark.parametrize("field,text,kind", [
    ("max_mass", "450 V", "a mass"), ("min_voltage", "60 kWh", "a voltage"),
    ("min_power", "150", "a power"), ("max_length", "2 kg", "a length"),
])
def test_wrong_units_refused_naming_requirement(field, text, kind):
    with pytest.raises(UnitError, match=f"^{field} must be {kind}"):
        requirements_from_text({field: text})
    with pytest.raises(UnitError, match="^--flag must be"):
        requirements_from_text({field: text}, {field: "--flag"})


def test_bad_requirements_refused(catalog):
    with pytest.raises(UnitError, match="max_mass"):
        Requirements(max_mass=450)
    with pytest.raises(InputError, match="min_voltage 420 V is above max_voltage 350 V"):
        requirements_from_text({"min_voltage": "420 V", "max_voltage": "350 V"})
    with pytest.raises(InputError, match="unknown chemistry"):
        Requirements(chemistries=("LiFe",))
    with pytest.raises(InputError, match="unknown format"):
        Requirements(formats=("cube",))
    with pytest.raises(InputError, match="series range"):
        Requirements(series=(5, 2))
    with pytest.raises(InputError, match="greater than zero"):
        requirements_from_text({"max_mass": "-1 kg"})
    with pytest.raises(InputError, match="did you mean"):
        search(list(catalog), Requirements(manufacturers=("Samsnug SDI",)), objective="mass")
    with pytest.raises(InputError, match="sort must be one of"):
        search(list(catalog), objective="cheapest")
    with pytest.raises(InputError, match="cost context"):
        search(list(catalog))


def test_progress_and_cancel(catalog, ctx):
    seen: list[float] = []
    search(list(catalog), ctx=ctx, chunk=100_000, progress=seen.append)
    assert len(seen) > 5 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(SearchCancelled):
        search(list(catalog), ctx=ctx, cancel=lambda: True)


def test_result_json_and_candidates(small, ctx):
    res = search(small, requirements_from_text(SMALL_REQS), ctx=ctx)
    data = explain.search_json(res, limit=2)
    assert data["feasible"] == res.feasible and len(data["candidates"]) == 2
    row = data["candidates"][0]
    assert row["mass_pack"]["unit"] == "kg" and row["price"]["currency"] == "CNY"
    c = res.candidate(0)
    assert c.configuration == f"{c.series}S{c.parallel}P" and c.price == res.price(0)
    assert math.isclose(float(c.price_per_kwh.amount), float(c.price.amount) / c[
        "energy_usable"].to("kWh").magnitude, rel_tol=1e-3)


def test_cli_search(capsys):
    from packconfig.cli import main

    assert main(["search", "--min-voltage", "350 V", "--max-voltage", "420 V",
                 "--min-energy-usable", "60 kWh", "--min-power", "150 kW",
                 "--max-mass", "500 kg", "--limit", "5"]) == 0
    out = capsys.readouterr().out
    assert "meet every requirement" in out and "S" in out.splitlines()[1]
    assert main(["search", "--max-mass", "450 V"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("packconfig: error: --max-mass must be a mass") and "\n" not in err
    assert main(["search", "--chemistry", "LFP", "--min-energy", "1000 MWh", "--json"]) == 0
    import json

    data = json.loads(capsys.readouterr().out)
    assert data["feasible"] == 0 and data["suggestions"][0]["requirement"] == "min_energy"
