"""Loading and validating cell files (TOML), and the merged cell catalog.

A cell file holds one or more ``[[cell]]`` tables. Every quantity is a string with a
unit (``nominal_voltage = "3.2 V"``) that pint parses and the loader checks for
dimension and sign. Any problem raises :class:`DataFileError` naming the file, the
cell and the field; the loader never lets another exception escape.

The catalog is the shipped ``resources/catalog/cells.toml`` plus every ``*.toml`` file
in ``<user data>/cells/``. A user cell with the id of a shipped cell replaces it (the
user's datasheet wins), and :attr:`Catalog.notices` says so, naming both files; so
does a user cell repeating the id of another user file's cell. A broken user file does
not stop the catalog from loading: it is skipped and reported in
:attr:`Catalog.problems`.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from packconfig.core.cells import chemistry
from packconfig.core.cells.model import (
    BOX_FORMATS,
    CYLINDRICAL_RE,
    ECM_FIELDS,
    QUANTITY_FIELDS,
    TEXT_FIELDS,
    Cell,
)
from packconfig.core.errors import DataFileError, InputError, PackconfigError
from packconfig.core.fs.paths import user_file
from packconfig.core.fs.reading import read_limited
from packconfig.core.fs.resources import resource_path
from packconfig.core.messages import Notice
from packconfig.core.money import Money
from packconfig.core.units import parse_quantity

#: Refuse cell files larger than this before parsing (a catalog of thousands of cells
#: is well under it).
MAX_FILE_BYTES = 5_000_000
MAX_CELLS_PER_FILE = 10_000
ALL_QUANTITIES = {**QUANTITY_FIELDS, **ECM_FIELDS}
ALLOWED_KEYS = set(ALL_QUANTITIES) | set(TEXT_FIELDS) | {"cycle_life", "price"}
_CYL_ONLY = ("diameter",)
_BOX_ONLY = ("length", "width", "thickness")


def _text(path: str, cid: str, raw: dict, key: str, required: bool) -> str:
    value = raw.get(key)
    if value is None:
        if required:
            raise DataFileError(path, "required field is missing", record=cid, field=key
                                ).coded("required_missing")
        return ""
    if not isinstance(value, str):
        raise DataFileError(path, f"must be text, got {value!r}", record=cid, field=key
                            ).coded("must_be_text", got=repr(value)[:40])
    value = value.strip()
    if required and not value:
        raise DataFileError(path, "must not be empty", record=cid, field=key).coded(
            "must_not_be_empty")
    if len(value) > 2000:
        raise DataFileError(path, "text is too long (over 2000 characters)", record=cid,
                            field=key).coded("text_too_long", limit=2000)
    return value


def _quantity(path: str, cid: str, raw: dict, key: str) -> object:
    kind, required = ALL_QUANTITIES[key]
    value = raw.get(key)
    if value is None:
        if required:
            raise DataFileError(path, "required field is missing", record=cid, field=key
                                ).coded("required_missing")
        return None
    if not isinstance(value, str):
        raise DataFileError(
            path, f"must be text with a unit, e.g. \"3.2 V\", got {value!r}", record=cid, field=key
        ).coded("needs_unit_text", got=repr(value)[:40])
    try:
        quantity = parse_quantity(value, kind, key)
    except InputError as exc:
        raise DataFileError.wrapping(path, exc, record=cid, field=key) from None
    if kind == "temperature":
        return _check_temperature(path, cid, key, value, quantity)
    if kind == "dimensionless" and not 0 < quantity.to("").magnitude <= 1:
        raise DataFileError(path, f"must be a fraction above 0 and at most 100 %, got "
                            f"{value!r}", record=cid, field=key).coded("fraction_range",
                                                                       got=value)
    if not quantity.magnitude > 0:
        raise DataFileError(
            path, f"must be greater than zero, got {value!r}", record=cid, field=key
        ).coded("not_positive", got=value)
    return quantity


def _check_temperature(path: str, cid: str, key: str, value: str, quantity: object) -> object:
    """A test temperature: any value from -60 to 100 °C (datasheet tests lie inside)."""
    celsius = quantity.to("degC").magnitude
    if not -60 <= celsius <= 100:
        raise DataFileError(path, f"must be between -60 and 100 °C, got {value!r}",
                            record=cid, field=key).coded("temperature_range", got=value)
    return quantity


def _check_format(path: str, cid: str, fmt: str, values: dict) -> None:
    cylindrical = bool(CYLINDRICAL_RE.match(fmt))
    if not cylindrical and fmt not in BOX_FORMATS:
        raise DataFileError(
            path,
            f"unknown format {fmt!r}; use a cylindrical size code such as \"18650\" "
            "or \"prismatic\" / \"pouch\"",
            record=cid,
            field="format",
        ).coded("unknown_format", got=fmt)
    wrong = _BOX_ONLY if cylindrical else _CYL_ONLY
    for key in wrong:
        if values.get(key) is not None:
            kind = "prismatic and pouch" if cylindrical else "cylindrical"
            err = DataFileError(path, f"only {kind} cells have a {key}", record=cid, field=key)
            if cylindrical:
                raise err.coded("box_only", dimension=key)
            raise err.coded("cylindrical_only", dimension=key)


def _check_voltages(path: str, cid: str, values: dict) -> None:
    nominal = values["nominal_voltage"]
    vmax, vmin = values.get("max_voltage"), values.get("min_voltage")
    if vmin is not None and vmin >= nominal:
        raise DataFileError(
            path, f"min_voltage {vmin:~P} must be below nominal_voltage {nominal:~P}",
            record=cid, field="min_voltage",
        ).coded("min_voltage_order", low=f"{vmin:~P}", nominal=f"{nominal:~P}")
    if vmax is not None and vmax <= nominal:
        raise DataFileError(
            path, f"max_voltage {vmax:~P} must be above nominal_voltage {nominal:~P}",
            record=cid, field="max_voltage",
        ).coded("max_voltage_order", high=f"{vmax:~P}", nominal=f"{nominal:~P}")


def parse_cell(raw: object, path: str, index: int) -> Cell:
    """Validate one ``[[cell]]`` table and build a :class:`Cell`."""
    if not isinstance(raw, dict):
        raise DataFileError(path, "each [[cell]] entry must be a table",
                            record=f"[cell #{index}]").coded("cell_not_table")
    cid = raw.get("id") if isinstance(raw.get("id"), str) else f"[cell #{index}]"
    unknown = sorted(set(raw) - ALLOWED_KEYS)
    if unknown:
        hint = difflib.get_close_matches(unknown[0], ALLOWED_KEYS, n=1)
        extra = f" (did you mean {hint[0]!r}?)" if hint else ""
        err = DataFileError(path, f"unknown field{extra}", record=cid, field=unknown[0])
        raise (err.coded("unknown_field_hint", hint=hint[0]) if hint else
               err.coded("unknown_field"))
    texts = {key: _text(path, cid, raw, key, req) for key, req in TEXT_FIELDS.items()}
    values = {key: _quantity(path, cid, raw, key) for key in ALL_QUANTITIES}
    chem = chemistry.normalise(texts["chemistry"])
    if chem is None:
        known = ", ".join(chemistry.chemistries())
        raise DataFileError(
            path, f"unknown chemistry {texts['chemistry']!r}; known: {known}",
            record=cid, field="chemistry",
        ).coded("unknown_chemistry", got=texts["chemistry"], known=list(chemistry.chemistries()))
    if chem != texts["chemistry"] and not texts["chemistry_detail"]:
        texts["chemistry_detail"] = texts["chemistry"]
    texts["chemistry"] = chem
    _check_format(path, cid, texts["format"], values)
    _check_voltages(path, cid, values)
    cycle_life = raw.get("cycle_life")
    if cycle_life is not None and (
        not isinstance(cycle_life, int) or isinstance(cycle_life, bool) or cycle_life < 1
    ):
        raise DataFileError(
            path, f"must be a whole number of cycles >= 1, got {cycle_life!r}",
            record=cid, field="cycle_life",
        ).coded("cycle_life", got=repr(cycle_life)[:40])
    price = None
    if raw.get("price") is not None:
        try:
            price = Money.parse(raw["price"], "price")
        except PackconfigError as exc:
            raise DataFileError.wrapping(path, exc, record=cid, field="price") from None
        if price.amount <= 0:
            raise DataFileError(path, "must be greater than zero", record=cid, field="price"
                                ).coded("price_not_positive")
    return Cell(**texts, **values, cycle_life=cycle_life, price=price)


def parse_cells_text(text: str, path: str) -> list[Cell]:
    """Parse the text of a cell file. Duplicate ids within the file are refused, and so
    is text longer than a cell file may be (as :func:`load_cell_file` refuses the file)."""
    size = len(text)  # at least this many bytes; encode only when it could matter
    if MAX_FILE_BYTES // 4 < size <= MAX_FILE_BYTES:
        size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_FILE_BYTES:
        raise DataFileError(path, f"file is too large ({size:,} bytes) to be a cell file"
                            ).coded("file_too_large", size=size, doc="a cell file")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(path, f"not valid TOML ({exc})").coded(
            "invalid_toml", detail=str(exc)) from None
    except RecursionError:
        raise DataFileError(path, "not valid TOML (nested too deeply)").coded(
            "too_deep", doc="a cell file") from None
    except ValueError:  # tomllib lets int() refuse a literal of more than 4300 digits
        raise DataFileError(path, "not valid TOML (a number has too many digits)").coded(
            "toml_long_number") from None
    entries = data.get("cell")
    if not isinstance(entries, list) or not entries:
        raise DataFileError(path, "no [[cell]] entries found").coded("no_cells")
    if len(entries) > MAX_CELLS_PER_FILE:
        raise DataFileError(path, f"too many cells ({len(entries)}; limit {MAX_CELLS_PER_FILE})"
                            ).coded("file_too_many_cells", count=len(entries),
                                    limit=MAX_CELLS_PER_FILE)
    cells: list[Cell] = []
    seen: set[str] = set()
    for index, raw in enumerate(entries, start=1):
        cell = parse_cell(raw, path, index)
        if cell.id in seen:
            raise DataFileError(path, "duplicate id", record=cell.id, field="id").coded(
                "duplicate_id")
        seen.add(cell.id)
        cells.append(cell)
    return cells


def load_cell_file(path: str | Path) -> list[Cell]:
    """Load and validate a cell TOML file (one cell or a whole catalog)."""
    p = Path(path)
    raw = read_limited(p, MAX_FILE_BYTES, "a cell file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DataFileError(p, "not a UTF-8 text file").coded("not_utf8",
                                                              doc="a cell file") from None
    return parse_cells_text(text, str(p))


@dataclass
class Catalog:
    """Cells by id, in a stable order (shipped first, then user cells)."""

    cells: dict[str, Cell]
    problems: list[str] = field(default_factory=list)
    user_ids: set[str] = field(default_factory=set)
    #: Coded warnings about what loaded (a user cell replacing a shipped one).
    notices: list[Notice] = field(default_factory=list)

    def __iter__(self) -> Iterator[Cell]:
        return iter(self.cells.values())

    def __len__(self) -> int:
        return len(self.cells)

    def __contains__(self, cell_id: object) -> bool:
        return cell_id in self.cells

    def get(self, cell_id: str) -> Cell:
        """The cell ``cell_id``; raises :class:`InputError` suggesting close ids."""
        try:
            return self.cells[cell_id]
        except KeyError:
            close = difflib.get_close_matches(str(cell_id), list(self.cells), n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(close)}?" if close else (
                "; run 'packconfig cells' to list them"
            )
            raise InputError(f"no cell with id {cell_id!r} in the catalog{hint}") from None

    def filter(
        self, chemistry_key: str | None = None, fmt: str | None = None, text: str = ""
    ) -> list[Cell]:
        """Cells matching a chemistry key, a format and a free-text filter."""
        needle = text.strip().lower()
        out = []
        for cell in self:
            if chemistry_key and cell.chemistry != chemistry_key:
                continue
            if fmt and cell.format != fmt:
                continue
            if needle and needle not in " ".join(
                (cell.id, cell.manufacturer, cell.model, cell.format, cell.chemistry)
            ).lower():
                continue
            out.append(cell)
        return out


def shipped_cells() -> list[Cell]:
    """The shipped catalog's cells: from the parse cache when it is current
    (:mod:`packconfig.core.cells.catalog_cache`), else parsed (and cached)."""
    from packconfig.core.cells import catalog_cache

    path = resource_path("catalog/cells.toml")
    cells = catalog_cache.load(path)
    if cells is None:
        cells = load_cell_file(path)
        catalog_cache.save(path, cells)
    return cells


def user_cell_files() -> list[Path]:
    folder = user_file("cells")
    try:
        return sorted(p for p in folder.glob("*.toml") if p.is_file())
    except OSError:
        return []


def build_catalog(shipped: Iterable[Cell], user_paths: Iterable[Path],
                  shipped_name: str = "the shipped catalog") -> Catalog:
    """Shipped cells, then the user's files in order; a later cell with an id already
    present replaces it and adds a notice naming both files."""
    cells = {cell.id: cell for cell in shipped}
    catalog = Catalog(cells)
    origin: dict[str, str] = {}  # user cell id -> its file
    for path in user_paths:
        try:
            loaded = load_cell_file(path)
        except DataFileError as exc:
            catalog.problems.append(f"skipped user cell file {exc}")
            continue
        for cell in loaded:
            if cell.id in origin:
                catalog.notices.append(Notice(
                    "user_cell_repeated", f"user cell {cell.id} in {path} replaces the one "
                    f"in {origin[cell.id]}", {"id": cell.id, "path": str(path),
                                              "other": origin[cell.id]}))
            elif cell.id in cells:
                catalog.notices.append(Notice(
                    "user_cell_shadows", f"user cell {cell.id} in {path} replaces the shipped "
                    f"cell of that id ({shipped_name}); the user's cell is used",
                    {"id": cell.id, "path": str(path), "shipped": shipped_name}))
            cells[cell.id] = cell
            origin[cell.id] = str(path)
            catalog.user_ids.add(cell.id)
    return catalog


def load_catalog() -> Catalog:
    """The shipped catalog merged with the user's cells (see module docstring)."""
    return build_catalog(shipped_cells(), user_cell_files(),
                         str(resource_path("catalog/cells.toml")))
