"""The explorer's explanation in Chinese (packconfig.explain_zh): every reason and
requirement has Chinese words, the lines follow the English ones, nothing English
leaks into the Chinese text of a real search."""

from __future__ import annotations

import datetime as dt
import re

from packconfig import explain, explain_zh
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.commerce.settings import load_settings
from packconfig.core.explore.engine import search
from packconfig.core.explore.life_rules import LifeRequirement
from packconfig.core.explore.requirements import LIMITS, PRICE_LIMIT, REASONS
from packconfig.core.explore.requirements import requirements_from_text as reqs_from
from packconfig.core.life.usage import make_usage
from packconfig.core.pack.options import PackOptions

CELLS = list(load_catalog())
CTX = load_settings().context("CNY", dt.date(2026, 1, 1), PackOptions().overhead)


def test_every_reason_and_requirement_has_chinese_words():
    assert set(explain_zh.REASONS_ZH) == set(REASONS)
    assert {lim.field for lim in (*LIMITS, PRICE_LIMIT)} == set(explain_zh.FIELDS_ZH)


def _latin_words(text: str) -> list[str]:
    """Latin words other than units, cell ids and codes (which stay as they are)."""
    return [w for w in re.findall(r"[A-Za-z]{3,}", text)
            if w not in {"kWh", "CNY", "kg"} and not any(c.isdigit() for c in w)]


def test_nothing_feasible_explained_in_chinese_with_suggestions():
    reqs = reqs_from({"min_voltage": "350 V", "max_voltage": "420 V",
                      "min_energy_usable": "60 kWh", "max_mass": "300 kg"})
    result = search(CELLS, reqs, ctx=CTX)
    en, zh = explain.explanation(result), explain.explanation(result, "zh")
    assert result.feasible == 0 and result.suggestions
    assert len(en) == len(zh)
    assert zh[0].startswith(f"共 {result.total:,} 个候选方案，0 个满足全部要求")
    assert zh[1] == "被排除（按首个未满足的要求计）："
    assert "  质量超限：" in "\n".join(zh)
    assert any(line.startswith("  满足其他全部要求的最轻的方案为") and "将最大质量放宽至" in line
               for line in zh)
    ids = set(result.excluded_cells.get("no_mass", ()))
    leftover = [w for line in zh for w in _latin_words(line) if not any(w in i for i in ids)]
    assert leftover == []


def test_lifetime_and_cell_reasons_in_chinese():
    usage = make_usage(cycles_per_day=3, dod=0.9, charge_rate=1, discharge_rate=1)
    reqs = reqs_from({"min_voltage": "350 V", "max_voltage": "420 V",
                      "life": LifeRequirement(min_years=12, usage=usage, thermal="air")})
    result = search(CELLS, reqs, ctx=CTX)
    zh = "\n".join(explain.explanation(result, "zh"))
    assert "该工况下寿命不足：" in zh and "种电芯：" in zh
    assert "无法预测寿命" in zh
    assert "lifetime too short" in "\n".join(explain.explanation(result))
