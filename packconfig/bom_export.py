"""Bill of materials as table rows, CSV and XLSX (the BOM data is
:class:`packconfig.core.pack.bom.Bom`; this module only turns it into text and files).

* CSV: UTF-8 with a byte-order mark (so spreadsheet programs detect the encoding),
  one header row, numbers with a dot and no grouping; part numbers are written as the
  text they are (``00010``), never as numbers.
* XLSX (XlsxWriter): a summary sheet (roll-up per level with the ratios), one sheet per
  level (pack, module, cell) and the full hierarchy; totals are formulas whose cached
  values are the app's own figures, so a spreadsheet shows the same numbers and
  recalculates when someone edits a quantity.

Both are written atomically (a failed export leaves any earlier file as it was).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from packconfig import display
from packconfig.core.errors import InputError
from packconfig.core.fs.atomic import atomic_write_bytes
from packconfig.core.pack.bom import Bom, BomLine

#: Longest BOM exported as a formatted workbook (writing one takes about a second per
#: 5,000 lines; Excel itself holds 1,048,576 rows). Longer BOMs go to CSV.
XLSX_MAX_LINES = 20_000
CSV_MAX_LINES = 5_000_000

HEADERS = {
    "en": ("Item", "Level", "Part no.", "Description", "Qty per parent", "Qty in pack",
           "Rating", "Unit mass (kg)", "Total mass (kg)", "Unit cost", "Total cost",
           "Currency", "Source", "Confidence"),
    "zh": ("序号", "层级", "零件号", "名称", "单件用量", "整包用量", "规格", "单件质量 (kg)",
           "总质量 (kg)", "单价", "总价", "货币", "来源", "可信度"),
}
LEVEL_NAMES = {"en": ("pack", "assembly / part", "part"), "zh": ("电池包", "组件 / 零件", "零件")}


@dataclass(frozen=True)
class Row:
    """One BOM line as values for a table or a file (numbers stay numbers)."""

    item: str
    level: str
    part_no: str
    description: str
    quantity: float
    total_quantity: float
    rating: str
    unit_mass: float
    total_mass: float | None  # None for an assembly line (its parts carry the mass)
    unit_cost: Decimal | None
    total_cost: Decimal | None
    currency: str
    source: str
    confidence: str
    assembly: bool
    depth: int


def rating_text(line: BomLine, language: str = "en") -> str:
    parts = []
    for label, kind, q in line.rating:
        value = display.quantity(q, kind, language)
        parts.append(f"{label} {value}".strip())
    return ", ".join(parts)


def rows(bom: Bom, language: str = "en") -> list[Row]:
    names = LEVEL_NAMES.get(language, LEVEL_NAMES["en"])
    out = []
    for line in bom.lines:
        out.append(Row(
            line.item, names[min(line.depth, 2)], line.part_no,
            line.label_zh if language == "zh" else line.label, line.quantity,
            line.total_quantity, rating_text(line, language), line.unit_mass,
            None if line.assembly else line.total_mass, line.unit_cost,
            None if line.assembly else line.total_cost, line.currency, line.source,
            line.confidence, line.assembly, line.depth))
    return out


def _number(value: float | Decimal | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return str(value)
    text = repr(round(float(value), 9))
    return text[:-2] if text.endswith(".0") else text


def _check_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputError(f"a BOM can be exported as .csv or .xlsx, got {path.name!r}").coded(
            "bom_format", got=path.suffix or path.name)
    return suffix


def _check_size(count: int, maximum: int, fmt: str) -> None:
    if count > maximum:
        hint = "; export it as CSV" if fmt == "XLSX" else ""
        raise InputError(f"the BOM has {count:,} lines, more than the {fmt} export "
                         f"takes ({maximum:,}){hint}").coded("bom_too_large", lines=count,
                                                             fmt=fmt, maximum=maximum)


def csv_bytes(table: Sequence[Row], language: str = "en") -> bytes:
    _check_size(len(table), CSV_MAX_LINES, "CSV")
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(HEADERS.get(language, HEADERS["en"]))
    for r in table:
        writer.writerow((r.item, r.level, r.part_no, r.description, _number(r.quantity),
                         _number(r.total_quantity), r.rating, _number(r.unit_mass),
                         _number(r.total_mass), _number(r.unit_cost), _number(r.total_cost),
                         r.currency, r.source, r.confidence))
    return buf.getvalue().encode("utf-8-sig")


def export(bom: Bom, path: str | Path, language: str = "en",
           title: str = "", table: Sequence[Row] | None = None) -> Path:
    """Write ``bom`` to ``path`` (.csv or .xlsx, atomically)."""
    target = Path(path)
    suffix = _check_format(target)
    table = rows(bom, language) if table is None else table
    if suffix == ".csv":
        return atomic_write_bytes(target, csv_bytes(table, language))
    from packconfig.bom_xlsx import xlsx_bytes

    _check_size(len(table), XLSX_MAX_LINES, "XLSX")
    return atomic_write_bytes(target, xlsx_bytes(bom, table, language, title))
