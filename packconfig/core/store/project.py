"""Project files: a pack configuration (cell id plus a full copy of the cell, S, P,
options) and optionally a quote, as JSON with a ``schema_version``.

Saving is atomic. Opening a corrupt, truncated, non-JSON, wrong-type or newer-schema
file raises :class:`DataFileError` naming the file, and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from packconfig.core.cells.model import Cell
from packconfig.core.codec import (
    MAX_BYTES,
    decode_or_error,
    dumps,
    encode,
    parse_json_document,
)
from packconfig.core.errors import DataFileError, InputError
from packconfig.core.fs.atomic import atomic_write_text
from packconfig.core.fs.reading import read_limited
from packconfig.core.pack.options import PackOptions, migrate_options_v1
from packconfig.core.pack.validate import series_parallel

if TYPE_CHECKING:  # (imported when a quote is read or written: the window's start
    # opens the last design without the commercial side, docs/gui.md "Start-up")
    from packconfig.core.commerce.quote import Quote

SCHEMA_VERSION = 2  # 2: options.architecture (module split); 1 is migrated
KIND = "packconfig-project"
SUFFIX = ".pcproj.json"


@dataclass(frozen=True)
class Project:
    cell: Cell
    series: int
    parallel: int
    options: PackOptions = field(default_factory=PackOptions)
    name: str = ""
    quote: Quote | None = None

    @property
    def cell_id(self) -> str:
        return self.cell.id


@dataclass(frozen=True)
class _Config:  # the on-disk "configuration" block
    cell_id: str
    cell: Cell
    series: int
    parallel: int
    options: PackOptions


def project_to_json(project: Project) -> str:
    from packconfig.core.commerce.quote import quote_to_dict

    body: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION, "kind": KIND, "name": project.name,
        "configuration": encode(_Config(project.cell.id, project.cell, project.series,
                                        project.parallel, project.options)),
        "quote": quote_to_dict(project.quote) if project.quote else None,
    }
    return dumps(body)


def save_project(path: str | Path, project: Project) -> Path:
    """Atomically write ``project`` to ``path``."""
    return atomic_write_text(path, project_to_json(project))


def project_from_json(text: str | bytes, source: object) -> Project:
    data = parse_json_document(text, source, "packconfig project")
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise DataFileError(source, "not a packconfig project: no schema_version").coded(
            "no_schema_version", doc="packconfig project")
    if version > SCHEMA_VERSION:
        raise DataFileError(source, f"written by a newer packconfig (project schema "
                            f"{version}); this version reads schema {SCHEMA_VERSION}").coded(
            "newer_schema", doc="packconfig project", version=version,
            supported=SCHEMA_VERSION)
    if data.get("kind") != KIND:
        raise DataFileError(source, "not a packconfig project file").coded(
            "wrong_document", doc="packconfig project")
    raw_config = data.get("configuration")
    if version < 2 and isinstance(raw_config, dict) and "options" in raw_config:
        raw_config = {**raw_config, "options": migrate_options_v1(raw_config["options"])}
    config = decode_or_error(_Config, raw_config, source, "configuration")
    if config.cell_id != config.cell.id:
        raise DataFileError(source, "cell_id does not match the saved cell",
                            field="configuration.cell_id").coded("cell_id_mismatch")
    try:  # also bounds S, P and S*P: a project claiming 10**9 cells is refused here
        series_parallel(config.series, config.parallel)
    except InputError as exc:
        raise DataFileError.wrapping(source, exc, field="configuration") from None
    name = data.get("name", "")
    if not isinstance(name, str):
        raise DataFileError(source, "expected text", field="name").coded("expected_text")
    raw_quote = data.get("quote")
    if raw_quote is not None and not isinstance(raw_quote, dict):
        raise DataFileError(source, "expected an object or null", field="quote").coded(
            "expected_object_or_null")
    quote = None
    if raw_quote is not None:
        from packconfig.core.commerce.quote import quote_from_dict

        quote = quote_from_dict(raw_quote, source)
    return Project(config.cell, config.series, config.parallel, config.options, name, quote)


def load_project(path: str | Path) -> Project:
    """Read a project file; raises :class:`DataFileError` on any problem."""
    target = Path(path)
    return project_from_json(read_limited(target, MAX_BYTES, "a packconfig project"), target)
