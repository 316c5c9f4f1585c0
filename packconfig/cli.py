"""The ``packconfig`` command line: a thin driver over the Qt-free core.

Each sub-command lives in ``packconfig/commands/<name>.py`` and provides
``register(subparsers)``, which adds its parser and sets ``func`` to a callable taking
the parsed arguments and returning an exit code. Modules are imported only when
needed so ``packconfig cells`` does not pay for reportlab or Qt.

Errors the user can cause are :class:`PackconfigError` subclasses: they are printed as
one line on stderr with exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from packconfig import __version__
from packconfig.core.errors import PackconfigError

#: Sub-command modules under packconfig.commands, in the order shown by --help.
COMMANDS: list[str] = ["cells", "calc", "price", "quotes", "quote", "search", "selftest",
                       "life", "customers", "register", "verify", "bom", "simulate", "charge"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, no usage dump
        self.exit(2, f"packconfig: error: {message}\n")


def _language(value: str) -> str:
    """``en`` or ``zh`` (``zh_CN``, ``zh-CN``… accepted); Qt-free."""
    text = value.strip().lower().replace("-", "_")
    if text.startswith("zh"):
        return "zh"
    if text.startswith("en"):
        return "en"
    raise argparse.ArgumentTypeError(f"unknown language {value!r} (choose from en, zh)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="packconfig", description="Battery pack configurator and quoting tool")
    parser.add_argument("--version", action="version", version=f"packconfig {__version__}")
    parser.add_argument("--language", metavar="en|zh", default=None, type=_language,
                        help="language of the window (default: the remembered choice, "
                             "else the system locale)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        importlib.import_module(f"packconfig.commands.{name}").register(sub)
    return parser


#: What users type for each sub-command module (``selftest`` is ``self-test``).
COMMAND_NAMES: dict[str, str] = {name: name for name in COMMANDS} | {"selftest": "self-test"}


def window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of a window start: nothing, ``--language L`` and/or an existing FILE
    to open (what a desktop file association runs). ``None`` for anything else (a
    sub-command, ``--help``, a typo), which goes to the full parser. Deciding this first
    keeps the window's start-up free of every sub-command's imports."""
    window = _Parser(prog="packconfig", add_help=False)
    window.add_argument("--language", default=None, type=_language)
    window.add_argument("file", nargs="?")
    try:
        args, rest = window.parse_known_args(list(argv))
    except SystemExit:
        return None
    if rest:
        return None
    if args.file is not None and (args.file in COMMAND_NAMES.values()
                                  or not os.path.isfile(args.file)):
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``packconfig`` console script."""
    argv = sys.argv[1:] if argv is None else list(argv)
    window = window_args(argv)
    if window is not None:
        from packconfig.commands import gui_launch

        return gui_launch.launch(window)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        if args.command is None:
            from packconfig.commands import gui_launch

            return gui_launch.launch(args)
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except PackconfigError as exc:
        print(f"packconfig: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("packconfig: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
