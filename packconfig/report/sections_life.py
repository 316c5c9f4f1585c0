"""The PDF quote's lifetime section (issue 17): usage assumptions, SOH curve, warranty
terms and the guaranteed-vs-typical table.

Data first: :func:`build_life_data` turns a quote's stored lifetime terms
(``Quote.life``: usage, warranty SOH, margin) and warranty text into a
:class:`LifeReport` of finished texts (through :mod:`packconfig.display`) and plain
arrays; :func:`life_section` lays it out for :class:`~packconfig.report.renderer.
QuoteRenderer` (its ``lifetime`` step). A quote without lifetime terms has no section.
The projection is recomputed from the quote's own copy of the cell, so a reprint shows
the same figures; the cost per kWh uses the quote's average pack unit price.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from packconfig import display
from packconfig.core import messages
from packconfig.core.commerce.quote import Quote
from packconfig.core.errors import PackconfigError

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import Flowable

LIFE_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "lifetime": "Lifetime and warranty",
        "usage": "Usage assumed",
        "cycles_per_day": "Cycles per day", "dod": "Depth of discharge (window)",
        "rates": "Charge / discharge rate", "ambient": "Ambient temperature",
        "rise": "Pack temperature rise while cycling", "rest_soc": "Rest state of charge",
        "horizon": "Years projected",
        "rise_model": "{rise} (thermal model, {cooling})", "rise_given": "{rise} (given)",
        "counted": "Counted from a simulated day (rainflow)",
        "range_cycle": "Range cycle",
        "range_value": "{cycle}, {vehicle}, {ambient}, {cooling}, repeated until empty",
        "none": "no cooling", "air": "air cooling", "liquid": "liquid cooling",
        "outcomes": "Projected (typical)",
        "to_80": "To 80 % state of health", "to_70": "To 70 % state of health",
        "throughput": "Energy delivered to end of life", "cost": "Pack price per kWh delivered",
        "cycles_value": "{years} · {cycles} equivalent full cycles",
        "warranty": "Warranty terms", "no_warranty": "As agreed in the warranty agreement.",
        "figures": "Guaranteed and typical", "figure": "Figure", "typical": "Typical",
        "guaranteed": "Guaranteed",
        "curve_title": "State of health over the years", "curve_x": "Years",
        "curve_y": "Capacity, % of new", "curve_r": "Resistance, × new (dashed)",
        "model": "Ageing model: {model}. Scaled to the cell's datasheet cycle-life rating "
                 "({rating}). Projections are model estimates, not guarantees; the "
                 "guaranteed column and the warranty terms are what is promised.",
        "not_projected": "No lifetime projection for this cell: {reason}",
    },
    "zh": {
        "lifetime": "寿命与质保",
        "usage": "假定使用工况",
        "cycles_per_day": "每日循环次数", "dod": "放电深度（窗口）",
        "rates": "充电 / 放电倍率", "ambient": "环境温度",
        "rise": "循环时电池包温升", "rest_soc": "静置荷电状态",
        "horizon": "预测年限",
        "rise_model": "{rise}（热模型，{cooling}）", "rise_given": "{rise}（给定）",
        "counted": "由仿真日工况雨流计数得出",
        "range_cycle": "续驶里程工况",
        "range_value": "{cycle}，{vehicle}，{ambient}，{cooling}，重复至电量耗尽",
        "none": "无冷却", "air": "风冷", "liquid": "液冷",
        "outcomes": "预测（典型值）",
        "to_80": "至 80% 健康度", "to_70": "至 70% 健康度",
        "throughput": "寿命期内放电能量", "cost": "每 kWh 放电能量的电池包价格",
        "cycles_value": "{years} · {cycles} 次等效全循环",
        "warranty": "质保条款", "no_warranty": "按质保协议执行。",
        "figures": "保证值与典型值", "figure": "项目", "typical": "典型值",
        "guaranteed": "保证值",
        "curve_title": "健康度随年份变化", "curve_x": "年",
        "curve_y": "容量（新品的 %）", "curve_r": "内阻（新品倍数，虚线）",
        "model": "老化模型：{model}。按电芯规格书循环寿命缩放（{rating}）。预测为模型估算值，"
                 "并非保证；承诺以保证值一栏和质保条款为准。",
        "not_projected": "该电芯无法进行寿命预测：{reason}",
    },
}


@dataclass(frozen=True)
class LifeReport:
    title: str
    usage: tuple[tuple[str, str], ...]  # (label, text)
    outcomes: tuple[tuple[str, str], ...]
    warranty: str
    figures: tuple[tuple[str, str, str], ...]  # (label, typical, guaranteed)
    years: np.ndarray
    capacity: np.ndarray
    resistance: np.ndarray
    notes: tuple[str, ...]  # model and warnings
    labels: dict[str, str]
    error: str = ""


def build_life_data(quote: Quote, language: str = "en") -> LifeReport | None:
    """The lifetime section of ``quote`` for ``language``; None when the quote has no
    lifetime terms."""
    if quote.life is None:
        return None
    from packconfig.core.life.outputs import summarise

    L = LIFE_LABELS[language]
    lang, terms, d = language, quote.life, quote.design
    u = terms.usage
    warranty = quote.warranty.strip() or L["no_warranty"]
    if lang != quote.print_language:  # a reprint in the other language states it in that one
        warranty = display.restate_warranty(warranty, lang)
    try:
        s = summarise(d.cell, d.series, d.parallel, u, price=quote.pricing.average_unit_price,
                      margin=terms.margin, soh=terms.soh)
        s = _with_range(s, terms)
    except PackconfigError as exc:
        empty = np.zeros(0)
        return LifeReport(L["lifetime"], (), (), warranty, (), empty, empty, empty, (), L,
                          L["not_projected"].format(reason=messages.text(exc, lang)))
    low, high = u.soc_window
    usage = (
        (L["cycles_per_day"], _num(u.cycles_per_day)),
        (L["dod"], f"{display.fraction(u.dod, lang, 0)} ({display.fraction(low, lang, 0)}–"
                   f"{display.fraction(high, lang, 0)})"),
        (L["rates"], f"{_num(u.charge_rate)} C / {_num(u.discharge_rate)} C"),
        (L["ambient"], ", ".join(display.temperature(t, lang) for t in u.ambient)),
        (L["rise"], L["rise_model" if u.thermal else "rise_given"].format(
            rise=f"{u.temperature_rise:g} K", cooling=L.get(u.thermal, u.thermal))),
        (L["rest_soc"], display.fraction(u.rest_soc, lang, 0)),
        (L["horizon"], display.years(u.years, lang)),
    ) + (((L["counted"], _drive_name(u.profile, lang)),) if u.profile else ()) + (
        ((L["range_cycle"], L["range_value"].format(
            cycle=_drive_name(s.ranges.cycle, lang, terms.range_cycle),
            vehicle=_vehicle_name(terms.vehicle, s.ranges.vehicle, lang),
            ambient=display.temperature(s.ranges.ambient, lang),
            cooling=L[s.ranges.thermal])),) if s.ranges is not None else ())
    at_end = float(s.projection.fec[0, -1])
    outcomes = tuple(
        (L[key], L["cycles_value"].format(
            years=display.years(s.years_to[level], lang, beyond=u.years),
            cycles=display.cycles_beyond(s.cycles_to[level], at_end, lang)))
        for key, level in (("to_80", 0.8), ("to_70", 0.7))) + (
        (L["throughput"], display.quantity(s.throughput, "throughput", lang)),
        (L["cost"], display.cost_per_kwh(s.cost_per_kwh, lang)),
    )
    figures = tuple((display.LIFE_FIGURE_LABELS[lang][f.key],
                     display.life_figure(f.typical, f.kind, lang),
                     display.life_figure(f.guaranteed, f.kind, lang)) for f in s.figures)
    fam, rating = s.projection.families[0], s.projection.ratings[0]
    notes = (L["model"].format(model=fam.name_zh if lang == "zh" else fam.name,
                               rating=display.rating(rating, lang)),
             *(w.text(lang) for w in s.warnings))
    return LifeReport(L["lifetime"], usage, outcomes, warranty, figures, s.years, s.capacity,
                      s.resistance, notes, L)


def _drive_name(name: str, lang: str, key: str = "") -> str:
    """A shipped cycle's name in the quote's language (``key``, or the English name
    stored on the usage); a profile file's name as stored."""
    from packconfig.core.sim import vehicle

    keys = {english: k for k, english in vehicle.CYCLE_NAMES.items()}
    key = key if key in vehicle.CYCLE_NAMES else keys.get(name, "")
    return vehicle.cycle_label(key, lang) if key else name


def _vehicle_name(vehicle_id: str, stored: str, lang: str) -> str:
    """A shipped vehicle's name in the quote's language, else the name stored."""
    from packconfig.core import sim

    preset = sim.presets().get(vehicle_id)
    return preset.label(lang) if preset is not None else stored


def _num(value: float) -> str:
    """A duty figure to two decimals, trailing zeros dropped (counted duties are not
    round): ``1.55375`` -> ``1.55``, ``0.5`` -> ``0.5``."""
    return f"{round(value, 2):g}"


def _with_range(s, terms):
    """The end-of-warranty range rows when the terms name a range cycle and vehicle
    (simulated on the quote's own cell copy, so a reprint shows the same figures)."""
    if not terms.range_cycle:
        return s
    import numpy as np_

    from packconfig.core import sim
    from packconfig.core.life.driving import warranty_ranges, with_ranges

    vehicle = sim.presets()[terms.vehicle]
    profile = sim.cycle_profile(terms.range_cycle, vehicle)
    cooling = terms.usage.thermal or "air"
    r = warranty_ranges(s, sim.cell_model(s.cell), profile, vehicle.name, thermal=cooling,
                        ambient=float(np_.mean(terms.usage.ambient)))
    return with_ranges(s, r)


def soh_drawing(report: LifeReport, width: float, height: float) -> Drawing:
    """Capacity (% of new, solid) and resistance (× new, dashed, right scale) over years."""
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing, Group, Line
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    from packconfig.report import drawings
    from packconfig.report.fonts import BASE_FONT

    d = Drawing(width, height)
    years, cap, res = report.years, report.capacity * 100, report.resistance
    end = float(years[-1])
    r_top = max(1.5, math.ceil(float(res.max()) * 10) / 10)
    c_low = min(60.0, math.floor(float(cap.min()) / 10) * 10)
    plot = LinePlot()
    plot.x, plot.y = 13 * mm, 10 * mm
    plot.width, plot.height = width - plot.x - 12 * mm, height - plot.y - 3 * mm
    # resistance is drawn on the capacity scale: r -> c_low + (r - 1)/(r_top - 1)·span
    span = 100 - c_low
    scaled = c_low + (res - 1.0) / (r_top - 1.0) * span
    plot.data = [list(zip(years.tolist(), cap.tolist(), strict=True)),
                 list(zip(years.tolist(), scaled.tolist(), strict=True))]
    plot.lines[0].strokeColor, plot.lines[0].strokeWidth = drawings.TEAL, 1.4
    plot.lines[1].strokeColor, plot.lines[1].strokeWidth = colors.HexColor("#B42318"), 0.9
    plot.lines[1].strokeDashArray = [3, 2]
    xa, ya = plot.xValueAxis, plot.yValueAxis
    step = next(s for s in (1, 2, 5, 10) if end / s <= 10)
    xa.valueMin, xa.valueMax, xa.valueStep = 0, end, step
    ya.valueMin, ya.valueMax, ya.valueStep = c_low, 100, 10
    for axis in (xa, ya):
        axis.labels.fontName = BASE_FONT
        axis.labels.fontSize = 7
        axis.labels.fillColor = drawings.MUTED
        axis.strokeColor = drawings.MUTED
        axis.strokeWidth = 0.5
        axis.gridStrokeColor = drawings.GRID
        axis.gridStrokeWidth = 0.4
        axis.visibleGrid = True
    xa.labelTextFormat = "%d"
    ya.labelTextFormat = "%d"
    d.add(plot)

    def y_of(v: float) -> float:
        return plot.y + (v - c_low) / span * plot.height

    for level in (80, 70):
        if c_low <= level <= 100:
            d.add(Line(plot.x, y_of(level), plot.x + plot.width, y_of(level),
                       strokeColor=drawings.MUTED, strokeWidth=0.4, strokeDashArray=[1, 2]))
    for i in range(6):  # right-hand resistance scale
        r = 1.0 + (r_top - 1.0) * i / 5
        d.add(drawings.text(plot.x + plot.width + 2, y_of(c_low + span * i / 5) - 2,
                            f"{r:.2f}", 6.5, "start", colors.HexColor("#B42318")))
    d.add(drawings.text(plot.x + plot.width / 2, 1.5 * mm, report.labels["curve_x"], 7.5,
                        "middle"))
    g = Group(drawings.text(0, 0, report.labels["curve_y"], 7.5, "middle"))
    g.translate(3 * mm, plot.y + plot.height / 2)
    g.rotate(90)
    d.add(g)
    return d


def life_section(r) -> list[Flowable]:
    """The section's flowables for renderer ``r`` (a QuoteRenderer); [] without data."""
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

    life: LifeReport | None = getattr(r.data, "life", None)
    if life is None:
        return []
    L = life.labels
    head = r.para(L["lifetime"], "h2")
    if life.error:
        return [KeepTogether([head, r.para(life.error)])]
    half = (r.width - 6 * mm) / 2

    def rows(pairs, first, width=half):
        out = [[r.para(first, "th"), r.para("", "th")]]
        out += [[r.para(a, "label"), r.para(b)] for a, b in pairs]
        t = Table(out, colWidths=[width * 0.5, width * 0.5], hAlign="LEFT")
        t.setStyle(TableStyle(r.grid_style(len(out))))
        return t

    left = rows(life.usage, L["usage"])
    right = [r.para(L["curve_title"], "bold"), soh_drawing(life, half, 58 * mm),
             r.para(L["curve_r"], "caption")]
    top = Table([[left, "", right]], colWidths=[half, 6 * mm, half])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    outcomes = rows(life.outcomes, L["outcomes"], r.width)
    fig_rows = [[r.para(L["figure"], "th"), r.para(L["typical"], "th_num"),
                 r.para(L["guaranteed"], "th_num")]]
    fig_rows += [[r.para(a, "label"), r.para(b, "num"), r.para(c, "num_bold")]
                 for a, b, c in life.figures]
    figures = Table(fig_rows, colWidths=[r.width * 0.5, r.width * 0.25, r.width * 0.25])
    figures.setStyle(TableStyle(r.grid_style(len(fig_rows))))
    warranty = Table([[r.para(L["warranty"], "th")], [r.para(life.warranty, "bold")]],
                     colWidths=[r.width])
    warranty.setStyle(TableStyle(r.grid_style(2)))
    notes = [r.para(n, "small") for n in life.notes]
    return [CondPageBreak(80 * mm), KeepTogether([head, top]), Spacer(1, 3 * mm),
            KeepTogether([outcomes]), Spacer(1, 3 * mm), KeepTogether([warranty]),
            Spacer(1, 3 * mm), KeepTogether([r.para(L["figures"], "h2"), figures]),
            Spacer(1, 2 * mm), *notes]
