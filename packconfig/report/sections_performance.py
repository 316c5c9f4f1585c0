"""The quote's performance page: behaviour in use from the pack simulation (core/sim).

Data first (:func:`performance_data`, tested precisely), rendering second
(:func:`flowables`, called by :meth:`QuoteRenderer.performance`). Fixed, stated
conditions so every quote is comparable and a reprint shows the same figures:

* 1C constant-current discharge from full at 25 °C and at 40 °C with the design's
  cooling option: energy delivered, lowest voltage, highest cell temperature and rise;
* CC-CV charge 10 → 80 % at 25 °C with the cell's charge-current limit only (no charger
  limit): time and energy from the grid (charger efficiency of resources/ecm.toml);
* WLTC class 3b with the compact-car preset, repeated until empty: range and
  consumption — shown for packs of at least 20 kWh nominal (traction packs) only.

Every figure carries its conditions; the model's confidence (weakest parameter) is
printed. A design the model cannot run (no cell mass or dimensions) gets no page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from packconfig import display
from packconfig.core import sim
from packconfig.core.errors import PackconfigError
from packconfig.core.units import Q_

TRACTION_MIN_WH = 20_000.0
VEHICLE = "id3-pro-58"

LABELS = {
    "en": {
        "title": "Performance in use (simulation)",
        "intro": "Equivalent-circuit and lumped thermal simulation of every cell of the "
                 "pack ({config}, {cooling} cooling). Conditions are stated per figure.",
        "discharge": "1C discharge from full at {ambient}",
        "energy": "Energy delivered",
        "min_voltage": "Lowest voltage (cut-off {cutoff})",
        "max_temperature": "Highest cell temperature (rise {rise})",
        "stopped": "Stopped by",
        "charge": "Charge 10 → 80 % at 25 °C, cell charge limit, no charger limit",
        "charge_time": "Charge time",
        "grid": "Energy from the grid (charger efficiency {eff})",
        "cycle": "WLTC class 3b, {vehicle}, repeated until empty, 25 °C",
        "vehicle": "compact-car preset (VW ID.3 Pro Performance 58 kWh data)",
        "range": "Range",
        "consumption": "Consumption (battery side)",
        "confidence": "Model confidence: {confidence}. Parameters, their sources and the "
                      "model are documented with the software (docs/simulation.md); "
                      "figures are estimates, not test results.",
        "not_reached": "not reached",
        "none": "none", "air": "air", "liquid": "liquid",
        "estimate": "engineering estimate", "low": "low", "medium": "medium", "high": "high",
        "cutoff_voltage": "cut-off voltage reached", "empty": "fully discharged (SOC 0 %)",
        "over_temperature": "temperature limit", "power_limit": "power limit",
        "under_temperature": "below minimum temperature", "profile_complete": "complete",
        "time_limit": "time limit", "full": "fully charged (SOC 100 %)",
        "step_limit": "step limit",
        "target": "target reached", "taper": "CV taper",
        "temperature_window": "outside the charge temperature window",
    },
    "zh": {
        "title": "使用性能（仿真）",
        "intro": "采用等效电路模型与集总热模型对电池包（{config}，{cooling}）中每只电芯进行"
                 "仿真；各项数据均注明条件。",
        "discharge": "满电状态 1C 放电，环境温度 {ambient}",
        "energy": "输出能量",
        "min_voltage": "最低电压（截止电压 {cutoff}）",
        "max_temperature": "电芯最高温度（温升 {rise}）",
        "stopped": "停止原因",
        "charge": "25 °C 下 10 → 80 % 充电，受电芯充电电流限制，不限充电桩功率",
        "charge_time": "充电时间",
        "grid": "电网取电量（充电效率 {eff}）",
        "cycle": "WLTC 3b 类工况，{vehicle}，循环运行至放空，25 °C",
        "vehicle": "紧凑型乘用车预设（大众 ID.3 Pro Performance 58 kWh 数据）",
        "range": "续航里程",
        "consumption": "能耗（电池端）",
        "confidence": "模型可信度：{confidence}。模型、参数及其来源随软件文档提供"
                      "（docs/simulation.md）；数据为估算值，并非测试结果。",
        "not_reached": "未达到",
        "none": "自然冷却", "air": "风冷", "liquid": "液冷",
        "estimate": "工程估计", "low": "低", "medium": "中", "high": "高",
        "cutoff_voltage": "达到截止电压", "empty": "已放空（SOC 0 %）",
        "over_temperature": "达到温度上限", "power_limit": "功率不足",
        "under_temperature": "低于最低温度", "profile_complete": "完成",
        "time_limit": "达到时间上限", "full": "已充满（SOC 100 %）", "step_limit": "达到步骤限值",
        "target": "达到目标", "taper": "恒压截止",
        "temperature_window": "超出充电温度范围",
    },
}


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    text: str
    raw: float | str | None = None


@dataclass(frozen=True)
class Block:
    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class PerformanceData:
    title: str
    intro: str
    blocks: tuple[Block, ...]
    confidence: str
    confidence_key: str


_CACHE: dict[tuple, tuple] = {}
_CACHE_SIZE = 16


def _runs(cell, series: int, parallel: int, thermal: str) -> tuple | None:
    """The simulations behind the page (language-free), cached: a quote is rendered
    again (another language, a reprint) without simulating again."""
    key = (repr(cell), series, parallel, thermal)
    if key in _CACHE:
        return _CACHE[key]
    try:
        model = sim.cell_model(cell)
    except PackconfigError:
        model = None
    if model is None:
        out = None
    else:
        amps = model.capacity / 3600.0 * parallel
        runs = [(ambient, sim.simulate(model, series, parallel,
                                       sim.constant_current(Q_(amps, "A")),
                                       thermal=thermal, ambient=ambient))
                for ambient in (298.15, 313.15)]
        try:
            ch = sim.charge(model, series, parallel, 0.1, 0.8, ambient=298.15,
                            thermal=thermal)
        except PackconfigError:
            ch = None
        cycle = None
        if float(cell.energy.to("Wh").magnitude) * series * parallel >= TRACTION_MIN_WH:
            cycle = sim.simulate(model, series, parallel,
                                 sim.cycle_profile("wltc3b", sim.load_vehicle(VEHICLE)),
                                 thermal=thermal, until_empty=True)
        out = (model, runs, ch, cycle)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[key] = out
    return out


def performance_data(cell, series: int, parallel: int, thermal: str,
                     language: str = "en") -> PerformanceData | None:
    """The page's figures for a design, or ``None`` if the model cannot run it."""
    L = LABELS.get(language, LABELS["en"])
    lang = language
    found = _runs(cell, series, parallel, thermal)
    if found is None:
        return None
    model, runs, ch, cycle = found

    def q(value: float, unit: str, kind: str) -> str:
        return display.quantity(Q_(value, unit) if math.isfinite(value) else None, kind, lang)

    blocks = []
    for ambient, run in runs:
        sm = {k: float(v[0]) for k, v in run.summary.items()}
        rise = sm["max_temperature"] - ambient
        blocks.append(Block(L["discharge"].format(ambient=q(ambient, "K", "temperature")), (
            Row("energy", L["energy"], q(sm["energy_delivered"], "J", "energy"),
                sm["energy_delivered"]),
            Row("min_voltage", L["min_voltage"].format(
                cutoff=q(sm["cutoff_voltage"], "V", "voltage")),
                q(sm["min_voltage"], "V", "voltage"), sm["min_voltage"]),
            Row("max_temperature", L["max_temperature"].format(
                rise=f"{rise:.1f} K"), q(sm["max_temperature"], "K", "temperature"),
                sm["max_temperature"]),
            Row("stopped", L["stopped"], L[run.end_reason[0]], run.end_reason[0]),
        )))
    if ch is not None:
        t = float(ch.charge_time[0])
        blocks.append(Block(L["charge"], (
            Row("charge_time", L["charge_time"], q(t, "s", "time") if math.isfinite(t)
                else f"{L['not_reached']} ({L[ch.end_reason[0]]})", t),
            Row("grid", L["grid"].format(eff=f"{ch.charger_efficiency:.0%}"),
                q(float(ch.energy_from_grid[0]), "J", "energy"), float(ch.energy_from_grid[0])),
        )))
    if cycle is not None:
        sm = {k: float(v[0]) for k, v in cycle.summary.items()}
        blocks.append(Block(L["cycle"].format(vehicle=L["vehicle"]), (
            Row("range", L["range"], q(sm["range"], "m", "distance") if math.isfinite(
                sm["range"]) else q(sm["distance"], "m", "distance"), sm["range"]),
            Row("consumption", L["consumption"], q(sm["consumption"], "J/m", "consumption"),
                sm["consumption"]),
        )))
    conf = model.confidence()
    return PerformanceData(
        L["title"], L["intro"].format(config=f"{series}S{parallel}P", cooling=L[thermal]),
        tuple(blocks), L["confidence"].format(confidence=L[conf]), conf)


def flowables(renderer) -> list:
    """The page for :class:`~packconfig.report.renderer.QuoteRenderer` (its styles)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

    data: PerformanceData | None = getattr(renderer.data, "performance", None)
    if data is None:
        return []
    out = [CondPageBreak(120 * mm), renderer.para(data.title, "h2"),
           renderer.para(data.intro, "small")]
    for block in data.blocks:
        rows = [[renderer.para(block.title, "th"), ""]]
        rows += [[renderer.para(r.label), renderer.para(r.text)] for r in block.rows]
        table = Table(rows, colWidths=[95 * mm, renderer.width - 95 * mm])
        style = renderer.grid_style(len(rows)) + [("SPAN", (0, 0), (1, 0))]
        table.setStyle(TableStyle(style))
        out.append(KeepTogether([table, Spacer(1, 2 * mm)]))
    out.append(renderer.para(data.confidence, "small"))
    return out
