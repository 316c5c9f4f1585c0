"""Arguments shared by the commands that take a design: the cell, S, P and options; the
catalog and settings loaders that print their warnings (coded notices) on stderr."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from packconfig.core.cells.catalog import Catalog, load_catalog, load_cell_file
from packconfig.core.cells.model import Cell
from packconfig.core.errors import InputError
from packconfig.core.pack.options import LAYOUTS, THERMAL, Overhead, PackOptions
from packconfig.core.units import parse_quantity

if TYPE_CHECKING:
    from packconfig.core.commerce.settings import Settings
    from packconfig.core.messages import Notice


def warn(notices: Iterable[Notice]) -> None:
    """Each notice as one ``packconfig: warning: …`` line on stderr."""
    for notice in notices:
        print(f"packconfig: warning: {notice.message}", file=sys.stderr)


def catalog() -> Catalog:
    """The catalog; its problems and notices (a user cell replacing a shipped one) go
    to stderr."""
    loaded = load_catalog()
    for problem in loaded.problems:
        print(f"packconfig: warning: {problem}", file=sys.stderr)
    warn(loaded.notices)
    return loaded


def settings() -> Settings:
    """The commercial settings; unknown keys in settings.json are reported on stderr."""
    from packconfig.core.commerce.settings import load_settings

    loaded = load_settings()
    warn(loaded.notices)
    return loaded


def add_cell_arguments(p: argparse.ArgumentParser, required: bool = True) -> None:
    group = p.add_mutually_exclusive_group(required=required)
    group.add_argument("--cell", metavar="ID", help="a cell id from the catalog")
    group.add_argument("--cell-file", metavar="FILE", help="a cell TOML file")
    p.add_argument("--cell-id", metavar="ID", help="which cell of a multi-cell --cell-file")


def add_design_arguments(p: argparse.ArgumentParser, required: bool = True) -> None:
    add_cell_arguments(p, required)
    p.add_argument("--series", "-s", required=required, metavar="S", help="cells in series")
    p.add_argument("--parallel", "-p", required=required, metavar="P", help="cells in parallel")
    p.add_argument("--soc-min", type=str,
                   help='usable SOC window lower end: 0.1, "10 %%" or "10%%"')
    p.add_argument("--soc-max", type=str,
                   help='usable SOC window upper end: 0.9, "90 %%" or "90%%"')
    p.add_argument("--current", help='operating current for sag and heat, e.g. "100 A"')
    p.add_argument("--charge-current", help='charge current, e.g. "50 A"')
    p.add_argument("--layout", choices=LAYOUTS, default="square")
    p.add_argument("--gap", default="1 mm", help='gap between cells (default "1 mm")')
    p.add_argument("--thermal", choices=THERMAL, default="liquid")
    p.add_argument("--no-bms", action="store_true", help="leave the BMS out")
    p.add_argument("--no-enclosure", action="store_true", help="leave the enclosure out")


def resolve_cell(args: argparse.Namespace) -> Cell:
    if getattr(args, "cell", None):
        return catalog().get(args.cell)
    cells = load_cell_file(args.cell_file)
    if args.cell_id:
        for cell in cells:
            if cell.id == args.cell_id:
                return cell
        raise InputError(f"{args.cell_file} has no cell with id {args.cell_id!r}")
    if len(cells) > 1:
        ids = ", ".join(c.id for c in cells[:10])
        raise InputError(f"{args.cell_file} holds {len(cells)} cells; choose one with "
                         f"--cell-id ({ids})")
    return cells[0]


def _fraction(text: str | None, name: str) -> float | None:
    """A state of charge as a fraction: ``0.1``, ``"10 %"`` or ``"10%"``."""
    if text is None:
        return None
    stripped = text.strip()
    try:
        value = float(stripped)
    except ValueError:
        value = None
    if value is not None and 1 < value <= 100:
        raise InputError(f"{name} is a fraction between 0 and 1 (e.g. 0.9) or a percentage "
                         f"with its sign (e.g. \"90 %\"), got {text}")
    if value is None:
        try:
            quantity = parse_quantity(stripped, "dimensionless", name)
        except InputError:
            raise InputError(f"{name} must be a fraction between 0 and 1 (e.g. 0.1) or a "
                             f"percentage (e.g. \"10 %\"), got {text!r}") from None
        value = float(quantity.to("dimensionless").magnitude)
    if not 0 <= value <= 1:
        raise InputError(f"{name} must be between 0 and 1 (0 % and 100 %), got {text}")
    return value


def options_from_args(args: argparse.Namespace) -> PackOptions:
    def current(text: str | None, name: str):
        return None if text is None else parse_quantity(text, "current", name)

    return PackOptions(
        soc_min=_fraction(args.soc_min, "--soc-min"),
        soc_max=_fraction(args.soc_max, "--soc-max"),
        operating_current=current(args.current, "--current"),
        charge_current=current(args.charge_current, "--charge-current"),
        layout=args.layout,
        gap=parse_quantity(args.gap, "length", "--gap"),
        overhead=Overhead(bms=not args.no_bms, enclosure=not args.no_enclosure,
                          thermal=args.thermal),
    )


#: More packs than any supply deal; a typo guard, not a business limit.
MAX_QUANTITY = 10_000_000


def whole_number(text: object, name: str, minimum: int = 1, maximum: int = MAX_QUANTITY
                 ) -> int:
    """``text`` as a whole number within ``minimum..maximum``; InputError naming ``name``."""
    if text is None:
        raise InputError(f"{name} is required")
    try:
        value = int(str(text).strip())
    except ValueError:
        raise InputError(f"{name} must be a whole number, got {text!r}") from None
    if not minimum <= value <= maximum:
        raise InputError(f"{name} must be between {minimum:,} and {maximum:,}, got {value:,}")
    return value


def parse_date(text: str | None, name: str = "--date") -> dt.date:
    """An ISO date (YYYY-MM-DD); today when not given."""
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{name} must be YYYY-MM-DD, got {text!r}") from None
