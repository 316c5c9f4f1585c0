"""The user's own cells: checking a cell typed field by field, saving it to the user's
cells folder, and importing a datasheet CSV row by row.

Everything is checked by the loader itself (:mod:`packconfig.core.cells.catalog`): a
field typed in the cell editor gets exactly the error a cell file with that value would
get, and a saved file is read back through the loader before the save counts. Files
are ``<user data>/cells/<id>.toml``, one ``[[cell]]`` table each, in the format of the
shipped catalog (:func:`packconfig.core.cells.csv_import.to_toml`), written atomically.

Importing a CSV (the layout of ``shared/reference/cells.csv``, read by
:func:`packconfig.core.cells.csv_import.row_to_record`) never stops at a bad row: each
row is imported or refused with its reason (:class:`RowOutcome`).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from packconfig.core.cells.catalog import (
    _quantity,
    _text,
    load_cell_file,
    parse_cell,
    parse_cells_text,
    user_cell_files,
)
from packconfig.core.cells.csv_import import MAX_CSV_BYTES, row_to_record, to_toml
from packconfig.core.cells.model import ECM_FIELDS, QUANTITY_FIELDS, TEXT_FIELDS, Cell
from packconfig.core.errors import DataFileError, PackconfigError, StorageError
from packconfig.core.fs.atomic import atomic_write_text
from packconfig.core.fs.paths import user_file

#: A cell id that is also a safe file name on every system: a letter or digit first,
#: then letters, digits and ``. _ + -``; at most 64 characters.
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+\-]{0,63}$")
#: Order of the keys in a written file (the loader accepts any order).
#: (The optional equivalent-circuit figures too: without them in this order the editor
#: dropped them on save.)
KEY_ORDER = (*TEXT_FIELDS, *QUANTITY_FIELDS, *ECM_FIELDS, "cycle_life", "price")
HEADER = ("packconfig user cell, written by the cell editor. One [[cell]] table; every "
          "figure\nwith its unit, as in the shipped catalog (docs/gui.md, \"Cell editor\").")


def cells_folder() -> Path:
    """``<user data>/cells`` (not created)."""
    return user_file("cells")


def id_problem(cell_id: str) -> str:
    """"" if ``cell_id`` can name a cell file, else a short English reason code:
    ``"empty"``, ``"chars"``."""
    if not cell_id:
        return "empty"
    return "" if ID_RE.match(cell_id) else "chars"


def field_error(key: str, text: str, cell_id: str = "", path: str = "") -> \
        DataFileError | None:
    """The loader's error for field ``key`` holding ``text`` (as typed), or None (also
    for an empty field).

    Quantities are parsed with their kind and must be positive; text must be short
    enough, and not empty when the loader requires it. Checks that need other fields
    (format and dimensions, voltage order, chemistry) are :func:`build_cell`'s."""
    if not text.strip():
        return None  # not typed yet: required fields are the whole cell's check
    raw = {key: text.strip()}
    where = path or str(cells_folder() / f"{cell_id or 'new'}.toml")
    try:
        if key in QUANTITY_FIELDS or key in ECM_FIELDS:
            _quantity(where, cell_id, raw, key)
        elif key in TEXT_FIELDS:
            _text(where, cell_id, raw, key, TEXT_FIELDS[key])
    except DataFileError as exc:
        return exc
    return None


def record_of(values: dict[str, str], cycle_life: int | None = None) -> dict[str, object]:
    """A cell record (the TOML shape) from typed texts: stripped, empty ones left out
    (unknown), keys in :data:`KEY_ORDER`."""
    record: dict[str, object] = {}
    for key in KEY_ORDER:
        if key == "cycle_life":
            if cycle_life:
                record[key] = int(cycle_life)
            continue
        text = str(values.get(key, "")).strip()
        if text:
            record[key] = text
    return record


def build_cell(record: dict[str, object], path: str = "") -> Cell:
    """The cell the loader makes of ``record`` (raises its :class:`DataFileError`)."""
    cid = str(record.get("id", "") or "new")
    return parse_cell(dict(record), path or str(cells_folder() / f"{cid}.toml"), 1)


def toml_text(record: dict[str, object]) -> str:
    """``record`` as a cell file."""
    ordered = {k: record[k] for k in KEY_ORDER if k in record}
    return to_toml([ordered], HEADER)


def files_holding(cell_id: str) -> list[Path]:
    """The user's cell files that define ``cell_id`` (unreadable files are skipped)."""
    found = []
    for path in user_cell_files():
        try:
            cells = load_cell_file(path)
        except PackconfigError:
            continue
        if any(c.id == cell_id for c in cells):
            found.append(path)
    return found


def editable_file(cell_id: str) -> Path | None:
    """The user file the editor may rewrite for ``cell_id``: the only file defining it,
    holding that cell alone. None for a shipped cell, or a cell in a file of several
    cells (edit that file by hand, or duplicate the cell)."""
    files = files_holding(cell_id)
    if len(files) != 1:
        return None
    try:
        return files[0] if len(load_cell_file(files[0])) == 1 else None
    except PackconfigError:
        return None


def name_taken(cell_id: str, allowed: Path | None = None) -> Path | None:
    """An existing file in the cells folder named like ``<cell_id>.toml`` (ignoring
    case, as some file systems do), other than ``allowed``."""
    want = f"{cell_id}.toml".lower()
    try:
        entries = list(cells_folder().iterdir())
    except OSError:
        return None
    for entry in entries:
        if entry.name.lower() == want and (allowed is None or entry != allowed):
            return entry
    return None


def save_user_cell(record: dict[str, object], target: Path | None = None) -> tuple[Path, Cell]:
    """Check ``record`` with the loader, write it atomically to ``target`` (default
    ``<user data>/cells/<id>.toml``) and read it back through the loader. Returns the
    file and the cell as loaded. Raises :class:`DataFileError` (bad record) or
    :class:`StorageError` (cannot write, or the file read back differs)."""
    cid = str(record.get("id", ""))
    if id_problem(cid):
        raise DataFileError(cells_folder(), "the id must start with a letter or digit and "
                            "hold only letters, digits and . _ + - (at most 64)",
                            record=cid or "[new cell]", field="id")
    path = target or cells_folder() / f"{cid}.toml"
    cell = build_cell(record, str(path))
    text = toml_text(record)
    if parse_cells_text(text, str(path)) != [cell]:  # the file says what was checked
        raise StorageError(f"cannot save {path}: the written cell would differ")
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, text)
    try:
        loaded = load_cell_file(path)
    except PackconfigError as exc:
        raise StorageError(f"cannot save {path}: it does not read back ({exc})") from None
    if loaded != [cell]:
        raise StorageError(f"cannot save {path}: it does not read back the same")
    return path, cell


# ------------------------------------------------------------------ CSV import
@dataclass
class RowOutcome:
    """One CSV row: imported (``path`` set) or refused, with why. ``reason`` is one of
    ``imported``, ``no_figures`` (params ``missing``: field names), ``bad_id``,
    ``shipped_id``, ``user_id``, ``duplicate`` (an earlier row has the id),
    ``file_exists``, ``invalid`` (``problem``: the loader's error) and ``not_saved``
    (``problem``: the storage error)."""

    line: int
    cell_id: str
    reason: str
    problem: PackconfigError | None = None
    params: dict[str, object] = field(default_factory=dict)
    path: Path | None = None

    @property
    def imported(self) -> bool:
        return self.reason == "imported"


def read_csv_text(path: str | Path) -> str:
    """The text of a CSV file (UTF-8, with or without BOM), refusing huge files."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_CSV_BYTES:
            raise DataFileError(p, "file is too large to be a cell CSV").coded(
                "file_too_large", size=p.stat().st_size, doc="a cell file")
        return p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DataFileError(p, "not a UTF-8 text file").coded(
            "not_utf8", doc="a cell file") from None
    except IsADirectoryError:
        raise DataFileError(p, "it is a folder").coded("is_folder", doc="a cell file") from None
    except FileNotFoundError:
        raise DataFileError(p, "file not found").coded("file_not_found") from None
    except OSError as exc:
        raise DataFileError(p, f"cannot read it ({exc.strerror or exc})").coded(
            "cannot_read_file", reason=exc.strerror or str(exc)) from None


def import_csv_rows(text: str, path: str, shipped: Collection[str],
                    user: Collection[str], write: bool = True) -> list[RowOutcome]:
    """Import every row of a datasheet CSV into the user's cells folder (one file per
    cell); rows that cannot be imported are refused with their reason, the others are
    still imported. ``shipped``/``user``: ids already in the catalog. Raises
    :class:`DataFileError` only when the file as a whole is not a cell CSV."""
    reader = csv.DictReader(io.StringIO(text))
    try:
        columns = reader.fieldnames or []
    except csv.Error as exc:
        raise DataFileError(path, f"not a readable CSV ({exc})").coded(
            "invalid_value", detail=str(exc)) from None
    missing = [c for c in ("id", "chemistry", "format") if c not in columns]
    if missing:
        raise DataFileError(path, f"CSV lacks column(s) {', '.join(missing)}").coded(
            "missing_field", field=", ".join(missing))
    outcomes: list[RowOutcome] = []
    seen: set[str] = set()
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise DataFileError(path, f"not a readable CSV at line {reader.line_num} "
                                f"({exc})").coded("invalid_value", detail=str(exc)) from None
        line += 1
        outcomes.append(_import_row(row, line, path, shipped, user, seen, write))
    return outcomes


def _import_row(row: dict[str, str], line: int, path: str, shipped: Collection[str],
                user: Collection[str], seen: set[str], write: bool) -> RowOutcome:
    record = row_to_record(row)
    cid = str(record.get("id") or "")
    lacking = [k for k in ("nominal_voltage", "capacity") if k not in record]
    if lacking:
        return RowOutcome(line, cid, "no_figures", params={"missing": lacking})
    if id_problem(cid):
        return RowOutcome(line, cid, "bad_id")
    if cid in seen:
        return RowOutcome(line, cid, "duplicate")
    seen.add(cid)
    if cid in shipped:
        return RowOutcome(line, cid, "shipped_id")
    if cid in user:
        return RowOutcome(line, cid, "user_id")
    try:
        build_cell(record, f"{path}, line {line}")
    except DataFileError as exc:
        return RowOutcome(line, cid, "invalid", problem=exc)
    taken = name_taken(cid)
    if taken is not None:
        return RowOutcome(line, cid, "file_exists", params={"file": str(taken)})
    if not write:
        return RowOutcome(line, cid, "imported")
    try:
        saved, _cell = save_user_cell(record)
    except PackconfigError as exc:
        return RowOutcome(line, cid, "not_saved", problem=exc)
    return RowOutcome(line, cid, "imported", path=saved)
