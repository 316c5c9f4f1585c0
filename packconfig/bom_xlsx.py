"""The BOM workbook (XlsxWriter): summary, one sheet per level, the full hierarchy.

Every total is a formula over the sheet's own cells (so it follows an edited quantity)
written with its cached value = the app's figure (so a viewer that does not recalculate
shows the same number). XlsxWriter rather than hand-written OOXML: the format is large
and strict, and XlsxWriter is the maintained reference writer (formats, formulas with
cached results, constant-memory streaming for very long sheets).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal

import xlsxwriter

from packconfig.bom_export import HEADERS, Row
from packconfig.core.pack.bom import Bom

SHEETS = {"en": ("Summary", "Pack level", "Module level", "Cell level", "Full BOM"),
          "zh": ("汇总", "电池包层级", "模组层级", "电芯层级", "完整物料清单")}
SUMMARY = {
    "en": {"title": "Bill of materials", "level": "Level", "count": "Count",
           "mass": "Mass (kg)", "volume": "Volume (L)", "cost": "Hardware cost",
           "ratios": "Ratios", "total_mass": "Pack mass (kg), sum of the parts",
           "total_cost": "Total cost", "cell": "Cell", "module": "Module", "pack": "Pack",
           "basis": "Cost basis", "total": "Total"},
    "zh": {"title": "物料清单", "level": "层级", "count": "数量", "mass": "质量 (kg)",
           "volume": "体积 (L)", "cost": "结构件成本", "ratios": "比例",
           "total_mass": "电池包质量 (kg)，各零件之和", "total_cost": "总成本",
           "cell": "电芯", "module": "模组", "pack": "电池包", "basis": "成本依据",
           "total": "合计"},
}
RATIO_NAMES = {
    "cell_to_module_mass": ("cell-to-module, mass", "电芯/模组（质量）"),
    "cell_to_module_volume": ("cell-to-module, volume", "电芯/模组（体积）"),
    "module_to_pack_mass": ("module-to-pack, mass", "模组/电池包（质量）"),
    "module_to_pack_volume": ("module-to-pack, volume", "模组/电池包（体积）"),
    "cell_to_pack_mass": ("cell-to-pack, mass", "电芯/电池包（质量）"),
    "cell_to_pack_volume": ("cell-to-pack, volume", "电芯/电池包（体积）"),
}
# columns (0-based) of the line sheets, as in HEADERS
C_QTY, C_TOTAL_QTY, C_UNIT_MASS, C_TOTAL_MASS, C_UNIT_COST, C_TOTAL_COST, C_CUR = (
    4, 5, 7, 8, 9, 10, 11)


def _col(c: int) -> str:
    return xlsxwriter.utility.xl_col_to_name(c)


class _Formats:
    def __init__(self, wb: xlsxwriter.Workbook):
        self.head = wb.add_format({"bold": True, "bg_color": "#DDE5F0", "border": 1,
                                   "text_wrap": True, "valign": "top"})
        self.text = wb.add_format({"num_format": "@"})
        self.bold = wb.add_format({"bold": True})
        self.title = wb.add_format({"bold": True, "font_size": 14})
        self.qty = wb.add_format({"num_format": "#,##0.###"})
        self.mass = wb.add_format({"num_format": "#,##0.000"})
        self.money = wb.add_format({"num_format": "#,##0.00"})
        self.ratio = wb.add_format({"num_format": "0.0%"})
        self.total = wb.add_format({"bold": True, "top": 1, "num_format": "#,##0.000"})
        self.total_money = wb.add_format({"bold": True, "top": 1, "num_format": "#,##0.00"})
        self.assembly = wb.add_format({"bold": True, "num_format": "@"})


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


#: Up to this many lines each line's totals are formulas too (XlsxWriter spends ~0.1 ms
#: per formula); beyond it they are values and only the sheet totals are formulas.
LINE_FORMULAS = 2_000


def _write_lines(ws, f: _Formats, table: Sequence[Row], language: str, *,
                 qty_col: int, mass_value: float, cost_values: dict[str, float]) -> None:
    """Header, the lines, and the total row (mass, then cost per currency)."""
    formulas = len(table) <= LINE_FORMULAS
    ws.write_row(0, 0, HEADERS.get(language, HEADERS["en"]), f.head)
    ws.freeze_panes(1, 0)
    for i, r in enumerate(table, start=1):
        text_fmt = f.assembly if r.assembly else f.text
        ws.write_string(i, 0, r.item, text_fmt)
        ws.write_string(i, 1, r.level, f.text)
        ws.write_string(i, 2, r.part_no, f.text)  # leading zeros kept
        ws.write_string(i, 3, ("  " * r.depth) + r.description, text_fmt)
        ws.write_number(i, C_QTY, r.quantity, f.qty)
        ws.write_number(i, C_TOTAL_QTY, r.total_quantity, f.qty)
        ws.write_string(i, 6, r.rating, f.text)
        ws.write_number(i, C_UNIT_MASS, r.unit_mass, f.mass)
        q = f"{_col(qty_col)}{i + 1}"
        n = r.quantity if qty_col == C_QTY else r.total_quantity
        if r.total_mass is not None:
            if formulas:
                ws.write_formula(i, C_TOTAL_MASS, f"={q}*{_col(C_UNIT_MASS)}{i + 1}", f.mass,
                                 r.unit_mass * n)
            else:
                ws.write_number(i, C_TOTAL_MASS, r.unit_mass * n, f.mass)
        if r.unit_cost is not None:
            ws.write_number(i, C_UNIT_COST, float(r.unit_cost), f.money)
            if r.total_cost is not None:
                if formulas:
                    ws.write_formula(i, C_TOTAL_COST, f"={q}*{_col(C_UNIT_COST)}{i + 1}",
                                     f.money, float(r.unit_cost) * n)
                else:
                    ws.write_number(i, C_TOTAL_COST, float(r.unit_cost) * n, f.money)
        ws.write_string(i, C_CUR, r.currency, f.text)
        ws.write_string(i, 12, r.source, f.text)
        ws.write_string(i, 13, r.confidence, f.text)
    last = len(table) + 1
    total = last + 1
    label = SUMMARY.get(language, SUMMARY["en"])["total"]
    ws.write_string(total, 3, label, f.bold)
    ws.write_formula(total, C_TOTAL_MASS, f"=SUM({_col(C_TOTAL_MASS)}2:{_col(C_TOTAL_MASS)}"
                     f"{last})", f.total, mass_value)
    for k, (currency, value) in enumerate(sorted(cost_values.items())):
        row = total + k
        ws.write_formula(row, C_TOTAL_COST,
                         f'=SUMIF({_col(C_CUR)}2:{_col(C_CUR)}{last},"{currency}",'
                         f'{_col(C_TOTAL_COST)}2:{_col(C_TOTAL_COST)}{last})',
                         f.total_money, value)
        ws.write_string(row, C_CUR, currency, f.bold)
    ws.autofilter(0, 0, last - 1, 13)
    for col, width in ((0, 8), (1, 14), (2, 9), (3, 46), (4, 9), (5, 9), (6, 30), (7, 11),
                       (8, 11), (9, 10), (10, 11), (11, 8), (12, 60), (13, 16)):
        ws.set_column(col, col, width)
    ws.total_row = total  # for the summary's references


def _costs(table: Sequence[Row], per_parent: bool) -> dict[str, float]:
    out: dict[str, float] = {}
    for r in table:
        if r.unit_cost is None or r.total_cost is None:
            continue
        n = r.quantity if per_parent else r.total_quantity
        out[r.currency] = out.get(r.currency, 0.0) + float(r.unit_cost) * n
    return out


def _level_tables(table: Sequence[Row]) -> tuple[list[Row], list[Row], list[Row]]:
    """(pack level, module level, cell level) rows."""
    module = [r for r in table if r.item.startswith("1.1.")]
    has_modules = any(r.item == "1.1" and r.assembly for r in table)
    pack = []
    for r in table:
        if r.item == "1" or (has_modules and r.item.startswith("1.1.")):
            continue
        if r.assembly and r.item != "1.1":
            continue  # the junction box header: its parts follow
        if r.assembly:  # the module line counts as a part of the pack
            r = Row(**{**r.__dict__, "total_mass": r.unit_mass * r.quantity})
        pack.append(r)
    cells = [r for r in table if r.part_no == "00030"]
    return pack, (module if has_modules else []), cells


def xlsx_bytes(bom: Bom, table: Sequence[Row], language: str = "en", title: str = "") -> bytes:
    names = SHEETS.get(language, SHEETS["en"])
    words = SUMMARY.get(language, SUMMARY["en"])
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_numbers": False,
                                   "strings_to_formulas": False})
    f = _Formats(wb)
    summary = wb.add_worksheet(names[0])
    pack_rows, module_rows, cell_rows = _level_tables(table)
    sheets = {}
    for name, rows_, per_parent in ((names[1], pack_rows, True), (names[2], module_rows, True),
                                    (names[3], cell_rows, True), (names[4], table, False)):
        if not rows_:
            continue
        ws = wb.add_worksheet(name)
        mass = sum((r.total_mass or 0.0) if not per_parent else
                   (r.unit_mass * r.quantity if r.total_mass is not None else 0.0)
                   for r in rows_)
        _write_lines(ws, f, rows_, language, qty_col=C_QTY if per_parent else C_TOTAL_QTY,
                     mass_value=mass, cost_values=_costs(rows_, per_parent))
        sheets[name] = ws
    _write_summary(summary, f, bom, words, title, names, sheets)
    wb.close()
    return buf.getvalue()


def _write_summary(ws, f: _Formats, bom: Bom, words: dict[str, str], title: str,
                   names: tuple[str, ...], sheets: dict) -> None:
    ws.write_string(0, 0, title or words["title"], f.title)
    ws.write_row(2, 0, (words["level"], words["count"], words["mass"], words["volume"],
                        words["cost"]), f.head)
    for i, level in enumerate(bom.levels, start=3):
        ws.write_string(i, 0, words.get(level.name, level.name), f.text)
        ws.write_number(i, 1, level.count, f.qty)
        ws.write_number(i, 2, level.mass, f.mass)
        if level.volume == level.volume:  # not NaN
            ws.write_number(i, 3, level.volume, f.mass)
        ws.write_number(i, 4, float(level.hardware_cost), f.money)
    row = 4 + len(bom.levels)
    full = sheets.get(names[4])
    if full is not None:
        ref = f"'{names[4]}'!{_col(C_TOTAL_MASS)}{full.total_row + 1}"
        ws.write_string(row, 0, words["total_mass"], f.bold)
        ws.write_formula(row, 2, f"={ref}", f.total, bom.mass_total)
        row += 1
    ws.write_string(row + 1, 0, words["ratios"], f.bold)
    for k, (key, value) in enumerate(bom.ratios.items(), start=row + 2):
        en, zh = RATIO_NAMES.get(key, (key, key))
        ws.write_string(k, 0, zh if words is SUMMARY["zh"] else en, f.text)
        if value == value:
            ws.write_number(k, 2, value, f.ratio)
    ws.write_string(k + 2, 0, words["basis"], f.bold)
    ws.write_string(k + 2, 1, bom.basis("zh" if words is SUMMARY["zh"] else "en"), f.text)
    ws.set_column(0, 0, 34)
    ws.set_column(1, 4, 14)
