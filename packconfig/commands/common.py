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
from packconfig.core.constants import MAX_SERIES
from packconfig.core.errors import InputError
from packconfig.core.pack.modules import Architecture, parse_arrangement
from packconfig.core.pack.options import LAYOUTS, THERMAL, Overhead, PackOptions
from packconfig.core.pack.validate import count
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


def user_parts() -> None:
    """Apply settings.json's component-table overrides (``components``) to the pack
    figures of a command that prices nothing (calc, bom). A settings file that cannot
    be read is said on stderr and the shipped table is used."""
    from packconfig.core.errors import PackconfigError

    try:
        settings()
    except PackconfigError as exc:
        print(f"warning: {exc}; the shipped component table is used", file=sys.stderr)


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
    add_module_arguments(p)


def add_module_arguments(p: argparse.ArgumentParser) -> None:
    """The module split and pack arrangement (docs/physics.md, "Modules and components")."""
    g = p.add_argument_group("modules", "without --module-series/--module-parallel the first "
                             "suggested split is used (and said so in the notes)")
    g.add_argument("--module-series", metavar="MS", help="cells in series per module")
    g.add_argument("--module-parallel", metavar="MP", help="cells in parallel per module")
    g.add_argument("--arrangement", metavar="ROWSxCOLSxLAYERS",
                   help="modules in the pack, e.g. 3x4x1 (default: near-square, one layer)")
    g.add_argument("--module-spacing", metavar="LENGTH",
                   help='gap between modules (default from the component table, "10 mm")')
    g.add_argument("--footprint", metavar="LxW",
                   help='tray the pack must fit, e.g. "1547x1188 mm"')
    g.add_argument("--cell-to-pack", action="store_true", help="no modules: cells in the pack")
    g.add_argument("--fast-charge", action="store_true",
                   help="size pack bus bars for fast charge (0.04 °C/s)")
    g.add_argument("--dc-link", metavar="CAPACITANCE",
                   help='DC-link capacitance for the pre-charge, e.g. "1000 uF"')
    g.add_argument("--precharge-time", metavar="TIME", help='pre-charge time, e.g. "0.5 s"')


def _footprint(text: str | None):
    if text is None:
        return None
    cleaned = text.strip().lower().replace("×", "x")
    number, _sep, unit = cleaned.partition(" ")
    parts = number.split("x")
    if len(parts) != 2:
        raise InputError(f"--footprint must look like 1547x1188 mm, got {text!r}").coded(
            "footprint_format", got=text)
    unit = unit.strip() or "mm"
    return tuple(parse_quantity(f"{v} {unit}", "length", "--footprint") for v in parts)


def architecture_from_args(args: argparse.Namespace) -> Architecture:
    def opt_count(value: str | None, name: str) -> int | None:
        return None if value is None else count(value, name, MAX_SERIES)

    def opt_q(value: str | None, kind: str, name: str):
        return None if value is None else parse_quantity(value, kind, name)

    return Architecture(
        module_series=opt_count(getattr(args, "module_series", None), "--module-series"),
        module_parallel=opt_count(getattr(args, "module_parallel", None), "--module-parallel"),
        arrangement=(parse_arrangement(args.arrangement)
                     if getattr(args, "arrangement", None) else None),
        module_spacing=opt_q(getattr(args, "module_spacing", None), "length",
                             "--module-spacing"),
        footprint=_footprint(getattr(args, "footprint", None)),
        cell_to_pack=bool(getattr(args, "cell_to_pack", False)),
        fast_charge=bool(getattr(args, "fast_charge", False)),
        dc_link_capacitance=opt_q(getattr(args, "dc_link", None), "capacitance", "--dc-link"),
        precharge_time=opt_q(getattr(args, "precharge_time", None), "time",
                             "--precharge-time"),
    )


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
        architecture=architecture_from_args(args),
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
