"""Chinese words for a design-space search's explanation (:mod:`packconfig.explain`).

The same mechanism as the core's coded errors (:func:`packconfig.core.messages.render`):
each line is a template code with parameters, rendered from :data:`TEMPLATES`; the
rejection reasons, requirement names and "best design" phrases are keyed by the core's
stable keys (``explore.requirements.REASONS`` keys, ``Requirements`` field names).
A key without a Chinese text falls back to the English one (never a missing line).
"""

from __future__ import annotations

#: Rejection reason key -> Chinese (keys of ``core.explore.requirements.REASONS``).
REASONS_ZH: dict[str, str] = {
    "chemistry": "化学体系不在允许范围内",
    "format": "电芯形式不在允许范围内",
    "manufacturer": "制造商不在允许范围内",
    "no_max_continuous_discharge": "缺少持续放电电流数据",
    "no_max_continuous_charge": "缺少持续充电电流数据",
    "no_mass": "缺少质量数据",
    "no_geometry": "缺少尺寸数据",
    "no_price": "无法定价（无价格且无默认单价）",
    "no_life_model": "无法预测寿命（无老化模型、规格书循环寿命或热模型数据）",
    "life_short": "该工况下寿命不足",
    "voltage_low": "标称电压过低",
    "voltage_high": "标称电压过高",
    "charge_voltage_high": "最高（充电）电压过高",
    "cutoff_voltage_low": "最低（截止）电压过低",
    "capacity_low": "容量不足",
    "energy_low": "标称能量不足",
    "usable_energy_low": "可用能量不足",
    "current_low": "持续电流不足",
    "power_low": "持续功率不足",
    "charge_power_low": "充电功率不足",
    "over_mass": "质量超限",
    "over_volume": "体积超限",
    "too_long": "长度超限",
    "too_wide": "宽度超限",
    "too_tall": "高度超限",
    "module_voltage_high": "模组电压过高（无满足要求的模组划分）",
    "module_over_mass": "模组过重（无满足要求的模组划分）",
    "over_price": "价格超限",
    "sim_profile": "无法跑完负载工况（达到电芯限值）",
    "sim_range": "工况续驶里程不足",
    "sim_peak_temperature": "电芯最高温度过高",
    "sim_charge_time": "10–80% 充电过慢",
}

#: Requirement field -> (its name, the "best design" phrase of a suggestion).
FIELDS_ZH: dict[str, tuple[str, str]] = {
    "min_voltage": ("最低标称电压", "标称电压最高的方案"),
    "max_voltage": ("最高标称电压", "标称电压最低的方案"),
    "max_charge_voltage": ("最高充电电压", "最高电压最低的方案"),
    "min_cutoff_voltage": ("最低截止电压", "最低电压最高的方案"),
    "min_capacity": ("最低容量", "容量最大的方案"),
    "min_energy": ("最低标称能量", "能量最多的方案"),
    "min_energy_usable": ("最低可用能量", "可用能量最多的方案"),
    "min_current": ("最低持续电流", "持续电流最高的方案"),
    "min_power": ("最低持续功率", "持续功率最大的方案"),
    "min_charge_power": ("最低充电功率", "充电功率最大的方案"),
    "max_mass": ("最大质量", "最轻的方案"),
    "max_volume": ("最大体积", "最小的方案"),
    "max_length": ("最大长度", "最短的方案"),
    "max_width": ("最大宽度", "最窄的方案"),
    "max_height": ("最大高度", "最矮的方案"),
    "max_module_voltage": ("最高模组电压", "模组电压最低的方案"),
    "max_module_mass": ("最大模组质量", "模组最轻的方案"),
    "max_price": ("最高价格", "最便宜的方案"),
}

#: Line templates (rendered with ``core.messages.render``).
TEMPLATES: dict[str, str] = {
    "summary": "共 {total} 个候选方案，{feasible} 个满足全部要求（{elapsed} 秒）",
    "no_cells": "没有可搜索的电芯",
    "rejected_first": "被排除（按首个未满足的要求计）：",
    "rejected": "被排除：",
    "to_get": "要得到方案：",
    "rejection": "{reason}：{count} 个候选方案",
    "rejection_cells": "{reason}：{count} 个候选方案（{n} 种电芯：{ids}）",
    "suggest_lower": "满足其他全部要求的{best_text}为 {best}；将{label}降至 {to}",
    "suggest_raise": "满足其他全部要求的{best_text}为 {best}；将{label}放宽至 {to}",
}

#: The engine's English notes -> Chinese (matched by their beginning).
NOTES_ZH: dict[str, str] = {
    "No single requirement can be relaxed alone": "没有哪一项要求单独放宽即可得到方案："
                                                  "多项要求共同约束（见被排除的数量）。",
}


def note(text: str) -> str:
    """An engine note in Chinese (the English text if it is not known)."""
    for start, zh in NOTES_ZH.items():
        if text.startswith(start):
            return zh
    return text
