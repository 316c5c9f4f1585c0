"""The explorer's lifetime requirement (core/explore/life_rules.py)."""

from __future__ import annotations

import pytest

from packconfig import explain
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.errors import InputError
from packconfig.core.explore.engine import search
from packconfig.core.explore.life_rules import LifeRequirement, life_reasons
from packconfig.core.explore.requirements import Requirements
from packconfig.core.life.project import project
from packconfig.core.life.usage import make_usage

CELLS = list(load_catalog())
DUTY = make_usage(cycles_per_day=1, dod=0.8, temperature=25)
SMALL = Requirements(series=(1, 20), parallel=(1, 5))


def test_life_rule_rejects_cells_with_reasons_and_counts_add_up():
    req = LifeRequirement(min_years=6, soh=0.8, usage=DUTY)
    result = search(CELLS, Requirements(series=(1, 20), parallel=(1, 5), life=req),
                    objective="mass")
    assert result.feasible + sum(result.rejections.values()) == result.total
    assert result.rejections["no_life_model"] > 0 and result.rejections["life_short"] > 0
    assert "AESC-LEAF24-CELL" in result.excluded_cells["no_life_model"]
    text = "\n".join(explain.rejection_lines(result))
    assert "lifetime too short at the duty" in text
    assert "no lifetime projection" in text
    survivors = {result.design(i)[0] for i in range(len(result))}
    assert survivors
    for cid in survivors:  # every survivor really lasts 6 years to 80 %
        days, _fec = project(load_catalog().get(cid), req.usage).time_to(0.8)
        assert not days[0] < 6 * 365.25


def test_life_rule_matches_single_projections():
    req = LifeRequirement(min_cycles=2000, soh=0.7, usage=DUTY)
    reasons = life_reasons(CELLS, req)
    for cell, reason in zip(CELLS, reasons, strict=True):
        try:
            p = project(cell, req.usage)
        except Exception:
            assert reason == "no_life_model"
            continue
        _days, fec = p.time_to(0.7)
        long_enough = fec[0] != fec[0] or fec[0] >= 2000  # NaN: not reached = lasts
        assert (reason is None) == long_enough, cell.id


def test_no_life_requirement_changes_nothing():
    plain = search(CELLS, SMALL, objective="mass")
    inactive = search(CELLS, Requirements(series=(1, 20), parallel=(1, 5),
                                          life=LifeRequirement(usage=DUTY)), objective="mass")
    assert plain.feasible == inactive.feasible and plain.rejections == inactive.rejections


def test_bad_life_requirement():
    with pytest.raises(InputError, match="min years must be a number above 0"):
        LifeRequirement(min_years=-3)
    with pytest.raises(InputError, match="SOH must be between"):
        LifeRequirement(min_years=3, soh=1.2)


def test_cli_search_with_a_lifetime_requirement(capsys):
    from packconfig import cli

    assert cli.main(["search", "--series", "1-20", "--parallel", "1-5", "--sort", "mass",
                     "--min-life-years", "6", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"life_short"' in out and "lifetime too short" in out
