"""Import cells from a datasheet CSV (the layout of ``shared/reference/cells.csv``) and
write them as a cell TOML file.

The shipped catalog ``resources/catalog/cells.toml`` is generated with::

    python -m packconfig.core.cells.csv_import ../shared/reference/cells.csv \
        resources/catalog/cells.toml --prices resources/catalog/prices.toml \
        --cycle-life resources/catalog/cycle_life.toml

The cycle-life test conditions (``cycle_life_temperature``, ``…_charge_rate``,
``…_discharge_rate``, ``…_dod``, ``…_end_capacity``) are read from the CSV's
``cycle_life_conditions`` text where it states them (:func:`conditions_from_text`), then
from the sourced ``cycle_life.toml`` tables, which win.

Rows without a nominal voltage or a capacity cannot describe a pack and are skipped,
each with its reason. Empty fields stay empty: nothing is filled in by guessing.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import tomllib
from pathlib import Path

from packconfig.core.cells import chemistry
from packconfig.core.cells.catalog import parse_cell
from packconfig.core.errors import DataFileError, PackconfigError

#: CSV column -> (cell field, unit). Text columns have unit None.
COLUMNS: dict[str, tuple[str, str | None]] = {
    "id": ("id", None),
    "manufacturer": ("manufacturer", None),
    "model": ("model", None),
    "nominal_voltage_V": ("nominal_voltage", "V"),
    "charge_voltage_V": ("max_voltage", "V"),
    "cutoff_voltage_V": ("min_voltage", "V"),
    "nominal_capacity_Ah": ("capacity", "Ah"),
    "min_capacity_Ah": ("min_capacity", "Ah"),
    "mass_g": ("mass", "g"),
    "diameter_mm": ("diameter", "mm"),
    "height_mm": ("height", "mm"),
    "length_mm": ("length", "mm"),
    "width_mm": ("width", "mm"),
    "thickness_mm": ("thickness", "mm"),
    "max_cont_discharge_A": ("max_continuous_discharge", "A"),
    "max_charge_A": ("max_continuous_charge", "A"),
    "std_charge_A": ("standard_charge", "A"),
    "ac_ir_mOhm": ("internal_resistance", "mohm"),
    "source": ("source", None),
    "source_type": ("source_type", None),
    "confidence": ("confidence", None),
    "cycle_life_conditions": ("cycle_life_conditions", None),
    "temp_charge_C": ("temperature_charge", None),
    "temp_discharge_C": ("temperature_discharge", None),
    "notes": ("notes", None),
}
MAX_CSV_BYTES = 5_000_000


def _format(text: str) -> str:
    """``"cylindrical 32140"`` -> ``"32140"``; ``"prismatic (VDA BEV2)"`` -> ``"prismatic"``."""
    words = text.replace("(", " ").split()
    for word in words:
        if word.isdigit() and len(word) in (4, 5):
            return word
    return words[0].lower() if words else ""


_END = re.compile(r"(?:to|>=|≥)\s*(\d+(?:\.\d+)?)\s*%|\((\d+(?:\.\d+)?)\s*% of rated\)")
_RATES_PM = re.compile(r"\+?(\d+(?:\.\d+)?)C\s*/\s*-?(\d+(?:\.\d+)?)C")
_RATES_WORDS = re.compile(r"(\d+(?:\.\d+)?)C charge\s*/\s*(\d+(?:\.\d+)?)C discharge")
_TEMP = re.compile(r"(?<![\d.])(-?\d+(?:\.\d+)?)\s*(?:°\s*)?C\b(?!\s*(?:charge|discharge))")
_WINDOW = re.compile(r"(\d+)\s*-\s*(\d+)\s*%\s*SOC")


def conditions_from_text(text: str) -> dict[str, str]:
    """Cycle-life test conditions a datasheet's conditions text states, e.g.
    ``"+0.5C/-0.5C, 2.0-3.6 V, to 80%"`` -> charge and discharge 0.5C, end 80 %.
    Only what the text says; nothing is inferred."""
    out: dict[str, str] = {}
    end = _END.search(text)
    if end:
        out["cycle_life_end_capacity"] = f"{end.group(1) or end.group(2)} %"
    rates = _RATES_PM.search(text) or _RATES_WORDS.search(text)
    if rates:
        out["cycle_life_charge_rate"] = f"{rates.group(1)} 1/h"
        out["cycle_life_discharge_rate"] = f"{rates.group(2)} 1/h"
    window = _WINDOW.search(text)
    if window:
        out["cycle_life_dod"] = f"{abs(int(window.group(2)) - int(window.group(1)))} %"
    stripped = _RATES_PM.sub("", _RATES_WORDS.sub("", text))
    temp = _TEMP.search(stripped)
    if temp:
        out["cycle_life_temperature"] = f"{temp.group(1)} degC"
    return out


def row_to_record(row: dict[str, str]) -> dict[str, object]:
    """One CSV row as a cell record (the TOML shape), keeping empty fields out."""
    record: dict[str, object] = {}
    for column, (key, unit) in COLUMNS.items():
        value = (row.get(column) or "").strip()
        if value:
            record[key] = f"{value} {unit}" if unit else value
    chem_text = (row.get("chemistry") or "").strip()
    key = chemistry.normalise(chem_text) if chem_text else None
    record["chemistry"] = key or chem_text
    if key and key != chem_text:
        record["chemistry_detail"] = chem_text
    record["format"] = _format(row.get("format") or "")
    if record.get("cycle_life_conditions"):
        record.update(conditions_from_text(str(record["cycle_life_conditions"])))
    cycles = (row.get("cycle_life") or "").strip()
    if cycles:
        try:
            record["cycle_life"] = int(float(cycles))
        except (ValueError, OverflowError):  # "abc", "nan", "inf": parse_cell refuses it
            record["cycle_life"] = cycles
    return record


def import_csv(text: str, path: str, prices: dict[str, dict] | None = None,
               cycle_life: dict[str, dict] | None = None):
    """Parse CSV text; return ``(records, skipped)`` where ``skipped`` lists
    ``(id, reason)`` for rows that cannot describe a pack."""
    records, skipped = [], []
    reader = csv.DictReader(io.StringIO(text))
    try:
        fieldnames = reader.fieldnames or []
    except csv.Error as exc:
        raise DataFileError(path, f"not a readable CSV ({exc})") from None
    missing = [c for c in ("id", "chemistry", "format") if c not in fieldnames]
    if missing:
        raise DataFileError(path, f"CSV lacks column(s) {', '.join(missing)}")
    for index, row in enumerate(_rows(reader, path), start=2):
        record = row_to_record(row)
        cid = str(record.get("id") or f"[row {index}]")
        lacking = [k for k in ("nominal_voltage", "capacity") if k not in record]
        if lacking:
            skipped.append((cid, f"no {' or '.join(lacking).replace('_', ' ')} in any source"))
            continue
        if prices and cid in prices:
            record.update(prices[cid])
        if cycle_life and cid in cycle_life:
            record.update(cycle_life[cid])
        parse_cell(record, path, index)  # validates; raises DataFileError naming the row
        records.append(record)
    return records, skipped


def _rows(reader: csv.DictReader, path: str):
    """The reader's rows; a CSV syntax problem (e.g. a field over the csv module's size
    limit) becomes a DataFileError naming the line."""
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise DataFileError(path, f"not a readable CSV at line {reader.line_num} "
                                f"({exc})") from None
        yield row


def _toml_value(value: object) -> str:
    return str(value) if isinstance(value, int) else json.dumps(str(value), ensure_ascii=False)


def to_toml(records: list[dict[str, object]], header: str = "") -> str:
    """Records as ``[[cell]]`` tables."""
    out = [f"# {line}".rstrip() for line in header.splitlines()]
    for record in records:
        out.append("\n[[cell]]")
        out.extend(f"{key} = {_toml_value(value)}" for key, value in record.items())
    return "\n".join(out) + "\n"


HEADER = """packconfig shipped cell catalog. GENERATED by packconfig.core.cells.csv_import from
shared/reference/cells.csv (datasheet figures, each with its source and confidence),
resources/catalog/prices.toml and resources/catalog/cycle_life.toml. Do not edit by
hand: edit the inputs and regenerate.
Empty CSV fields are left out (unknown), never guessed."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv")
    parser.add_argument("out")
    parser.add_argument("--prices", help="TOML of [id] price/price_source tables")
    parser.add_argument("--cycle-life", help="TOML of [id] cycle-life test conditions")
    args = parser.parse_args(argv)
    try:
        prices = tomllib.loads(Path(args.prices).read_text("utf-8")) if args.prices else None
        source = Path(args.csv)
        if source.stat().st_size > MAX_CSV_BYTES:
            raise DataFileError(source, "CSV is too large")
        life = (tomllib.loads(Path(args.cycle_life).read_text("utf-8")) if args.cycle_life
                else None)
        records, skipped = import_csv(source.read_text("utf-8"), str(source), prices, life)
    except PackconfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    Path(args.out).write_text(to_toml(records, HEADER), encoding="utf-8")
    print(f"wrote {len(records)} cells to {args.out}")
    for cid, reason in skipped:
        print(f"skipped {cid}: {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
