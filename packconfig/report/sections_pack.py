"""The quote's module and BOM sections (issue 15): modules × module configuration,
module mass and dimensions, the junction box, the pack drawn by modules, and a BOM
summary (the lines directly under the pack; a quote option, default on).

Data first (:func:`pack_section_data`, tested precisely), rendering second
(:class:`PackSectionsMixin`, steps ``module_table``, ``pack_drawing`` and
``bom_summary`` of :class:`packconfig.report.renderer.QuoteRenderer`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from packconfig import display
from packconfig.core.units import Q_
from packconfig.report.fonts import BASE_FONT, BOLD_FONT, CJK_FONT, has_cjk

NAVY = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5B6573")
STRING_FILLS = (colors.HexColor("#DCE7F3"), colors.HexColor("#F6E3CB"),
                colors.HexColor("#DDEFD6"), colors.HexColor("#EEDAEE"))

LABELS = {
    "en": {
        "modules_title": "Modules and junction box", "modules": "Modules",
        "modules_value": "{count} × {split} ({strings} string{plural}), arranged {rows} × "
                         "{cols} × {layers}",
        "cell_to_pack": "Cell-to-pack: the cells sit directly in the pack (no modules)",
        "module_voltage": "Module nominal voltage", "module_mass": "Module mass",
        "module_dims": "Module dimensions (L × W × H)", "junction_box": "Junction box",
        "jb_value": "{mains} × main contactor ({contactor}), pre-charge relay and resistor, "
                    "main fuse {fuse} (≥ {volts} DC), current sensor{msd}; {mass}",
        "jb_msd": ", manual service disconnect",
        "no_contactor": "no contactor class of the component table fits",
        "drawing_title": "Pack by modules (top view)",
        "drawing_caption": "Modules numbered along the series path from HV− to HV+; JB = "
                           "junction box (position indicative). Envelope {dims}.",
        "bom_title": "Bill of materials (summary)", "bom_part": "Part", "bom_qty": "Qty",
        "bom_mass": "Mass", "bom_total": "Pack mass (sum of the parts)",
        "bom_note": "Hardware masses and costs: component models with sources (BatPaC 5 "
                    "and datasheets); the full bill of materials is available as a "
                    "spreadsheet.",
    },
    "zh": {
        "modules_title": "模组与高压配电盒", "modules": "模组",
        "modules_value": "{count} × {split}（{strings} 串并联），排布 {rows} × {cols} × {layers}",
        "cell_to_pack": "无模组 (CTP)：电芯直接装入电池包",
        "module_voltage": "模组标称电压", "module_mass": "模组质量",
        "module_dims": "模组尺寸（长 × 宽 × 高）", "junction_box": "高压配电盒",
        "jb_value": "{mains} × 主接触器（{contactor}），预充继电器与预充电阻，主熔断器 {fuse}"
                    "（≥ {volts} DC），电流传感器{msd}；{mass}",
        "jb_msd": "，手动维修开关",
        "no_contactor": "部件表中没有合适的接触器",
        "drawing_title": "电池包模组排布（俯视图）",
        "drawing_caption": "模组按串联路径从 HV− 到 HV+ 编号；JB = 高压配电盒（位置示意）。"
                           "外形尺寸 {dims}。",
        "bom_title": "物料清单（汇总）", "bom_part": "零件", "bom_qty": "数量",
        "bom_mass": "质量", "bom_total": "电池包质量（各零件之和）",
        "bom_note": "结构件质量与成本来自有来源的部件模型（BatPaC 5 与规格书）；完整物料清单"
                    "可提供电子表格。",
    },
}


@dataclass(frozen=True)
class PackSectionData:
    title: str
    fields: tuple[tuple[str, str], ...]  # (label, text)
    layout: Any  # core.pack.module_layout.PackLayout, None for no drawing
    drawing_title: str
    drawing_caption: str
    bom_title: str
    bom_rows: tuple[tuple[str, str, str], ...]  # (part, qty, mass)
    bom_total: tuple[str, str]
    bom_note: str
    labels: dict[str, str]
    include_bom: bool = True


def pack_section_data(result: Any, language: str = "en", include_bom: bool = True
                      ) -> PackSectionData | None:
    """The module, junction-box and BOM-summary content of a quote for ``result``."""
    mods = getattr(result, "modules", None)
    if mods is None:
        return None
    from packconfig.core.pack.module_layout import pack_layout

    L = LABELS["zh" if language == "zh" else "en"]
    lang = language
    fields: list[tuple[str, str]] = []
    if mods.cell_to_pack:
        fields.append((L["modules"], L["cell_to_pack"]))
    else:
        rows, cols, layers = mods.arrangement
        fields.append((L["modules"], L["modules_value"].format(
            count=mods.module_count, split=mods.configuration, strings=mods.strings,
            plural="" if mods.strings == 1 else "s", rows=rows, cols=cols, layers=layers)))
        fields.append((L["module_voltage"], display.quantity(
            mods["module_voltage_nominal"], "voltage", lang)))
        fields.append((L["module_mass"], display.quantity(mods["module_mass"], "mass", lang)))
        fields.append((L["module_dims"], display.dimensions(
            (mods["module_length"], mods["module_width"], mods["module_height"]), lang)))
    jb = mods.junction_box
    fields.append((L["junction_box"], L["jb_value"].format(
        mains=jb["main_contactors"], contactor=jb["contactor"] or L["no_contactor"],
        fuse=display.quantity(jb["fuse_current"], "current", lang),
        volts=display.quantity(jb["fuse_voltage_min"], "voltage", lang),
        msd=L["jb_msd"] if jb["service_disconnect"] else "",
        mass=display.quantity(jb["mass"], "mass", lang))))
    dims = display.dimensions((result["envelope_length"], result["envelope_width"],
                               result["envelope_height"]), lang)
    bom = result.bom
    rows_: list[tuple[str, str, str]] = []
    for line in bom.top_level():
        mass = line.total_mass if not line.assembly else line.unit_mass * line.quantity
        rows_.append((line.label_zh if lang == "zh" else line.label,
                      display.count(int(line.total_quantity), lang),
                      display.quantity(Q_(mass, "kg"), "mass", lang)))
    total = (L["bom_total"], display.quantity(Q_(bom.mass_total, "kg"), "mass", lang))
    return PackSectionData(L["modules_title"], tuple(fields), pack_layout(result),
                           L["drawing_title"], L["drawing_caption"].format(dims=dims),
                           L["bom_title"], tuple(rows_), total, L["bom_note"], L,
                           include_bom)


def _font(text: str, bold: bool = False) -> str:
    return CJK_FONT if has_cjk(text) else (BOLD_FONT if bold else BASE_FONT)


class PackFlowable(Flowable):
    """The pack from above as its modules (numbers, series path, HV−/HV+, JB)."""

    def __init__(self, layout: Any, width: float, height: float) -> None:
        super().__init__()
        self.layout, self.width, self.height = layout, width, height

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        lay, c = self.layout, self.canv
        jx, jy, jw, jd = lay.junction
        total_w = jx + jw
        scale = min((self.width - 8) / total_w, (self.height - 8) / lay.depth)
        ox = (self.width - total_w * scale) / 2
        oy = (self.height - lay.depth * scale) / 2
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.6)
        c.rect(ox, oy, lay.width * scale, lay.depth * scale, stroke=1, fill=0)
        centres = []
        c.setLineWidth(0.4)
        for box in lay.modules:
            x, y = ox + box.x * scale, oy + box.y * scale
            w, h = box.w * scale, box.d * scale
            c.setFillColor(STRING_FILLS[box.string % len(STRING_FILLS)])
            c.setStrokeColor(NAVY)
            c.rect(x, y, w, h, stroke=1, fill=1)
            centres.append((x + w / 2, y + h / 2))
            if len(lay.modules) <= 120 and min(w, h) > 7:
                size = max(4.0, min(8.0, h * 0.35, w * 0.3))
                c.setFillColor(NAVY)
                c.setFont(BOLD_FONT, size)
                c.drawCentredString(x + w / 2, y + h / 2 - size / 3, str(box.number))
        if 1 < len(centres) <= 400:
            c.setStrokeColor(colors.HexColor("#B42318"))
            c.setLineWidth(0.8)
            path = c.beginPath()
            path.moveTo(*centres[0])
            for pt in centres[1:]:
                path.lineTo(*pt)
            c.drawPath(path, stroke=1, fill=0)
        jxs, jys = ox + jx * scale, oy + jy * scale
        c.setFillColor(colors.HexColor("#FFE9C7"))
        c.setStrokeColor(colors.HexColor("#6D4C41"))
        c.rect(jxs, jys, jw * scale, jd * scale, stroke=1, fill=1)
        c.setFillColor(colors.HexColor("#6D4C41"))
        c.setFont(BOLD_FONT, 7)
        c.drawCentredString(jxs + jw * scale / 2, jys + jd * scale / 2 - 2.5, "JB")
        if centres:
            for (cx, cy), text, col in ((centres[0], "HV-", NAVY),
                                        (centres[-1], "HV+", colors.HexColor("#B42318"))):
                c.setFillColor(col)
                c.roundRect(cx - 8, cy - 4.5, 16, 9, 2, stroke=0, fill=1)
                c.setFillColor(colors.white)
                c.setFont(BOLD_FONT, 5.5)
                c.drawCentredString(cx, cy - 2, text)


class PackSectionsMixin:
    """Render steps for :class:`QuoteRenderer` (uses its ``para``, ``grid_style``,
    ``width`` and ``data``)."""

    def module_table(self) -> list[Flowable]:
        sec = getattr(self.data, "modules", None)
        if sec is None:
            return []
        rows = [[self.para(label, "label"), self.para(text)] for label, text in sec.fields]
        table = Table(rows, colWidths=[45 * mm, self.width - 45 * mm])
        table.setStyle(TableStyle(self.grid_style(len(rows), header=False)))
        return [KeepTogether([self.para(sec.title, "h2"), table])]

    def pack_drawing(self) -> list[Flowable]:
        sec = getattr(self.data, "modules", None)
        if sec is None or sec.layout is None or not sec.layout.modules:
            return []
        drawing = PackFlowable(sec.layout, self.width, 62 * mm)
        return [KeepTogether([Spacer(1, 2 * mm), self.para(sec.drawing_title, "bold"),
                              drawing, self.para(sec.drawing_caption, "caption")])]

    def bom_summary(self) -> list[Flowable]:
        sec = getattr(self.data, "modules", None)
        if sec is None or not sec.include_bom or not sec.bom_rows:
            return []
        L = sec.labels
        head = [self.para(L["bom_part"], "th"), self.para(L["bom_qty"], "th_num"),
                self.para(L["bom_mass"], "th_num")]
        rows = [head] + [[self.para(part), self.para(qty, "num"), self.para(mass, "num")]
                         for part, qty, mass in sec.bom_rows]
        rows.append([self.para(sec.bom_total[0], "bold"), "",
                     self.para(sec.bom_total[1], "num_bold")])
        table = Table(rows, colWidths=[self.width - 50 * mm, 20 * mm, 30 * mm], repeatRows=1)
        table.setStyle(TableStyle(self.grid_style(len(rows))))
        return [KeepTogether([self.para(sec.bom_title, "h2"), table,
                              self.para(sec.bom_note, "small")])]
