"""``packconfig register``: which quote register is in use, and moving to a team one.

    packconfig register info [--register URL] [--json]
    packconfig register migrate --to postgresql://USER@HOST/DB [--from sqlite:///PATH]

``migrate`` copies a single-user register (default: your own register file) into the
team register, verifies counts and checksums, is safe to run twice, and refuses when
quote numbers collide (listing them). URLs are shown without passwords.
"""

from __future__ import annotations

import argparse
import json

from packconfig.commands.quotes import add_register_argument
from packconfig.core.store.location import default_sqlite_path, sqlite_url
from packconfig.core.store.register import Register


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("register", help="the quote register in use; move to a team register")
    rsub = p.add_subparsers(dest="register_command", metavar="ACTION", required=True,
                            parser_class=type(p))
    info = rsub.add_parser("info", help="which register, its schema, your user and rights")
    add_register_argument(info)
    info.add_argument("--json", action="store_true")
    info.set_defaults(func=run_info)
    mig = rsub.add_parser("migrate", help="copy a single-user register into a team register")
    mig.add_argument("--to", required=True, metavar="URL", help="the team register")
    mig.add_argument("--from", dest="source", metavar="URL", default=None,
                     help="the register to copy (default: your own register file)")
    mig.set_defaults(func=run_migrate)


def run_info(args: argparse.Namespace) -> int:
    with Register(args.register) as reg:
        facts = {"url": reg.url, "backend": reg.backend, "schema": reg.schema_revision,
                 "user": reg.actor.user, "role": reg.actor.role,
                 "can_write": reg.can_write(), "quotes": reg.count(),
                 "customers": len(reg.customers(limit=100_000))}
    if args.json:
        print(json.dumps(facts, ensure_ascii=False, indent=2))
    else:
        for key, value in facts.items():
            print(f"{key:<10} {value}")
    return 0


def run_migrate(args: argparse.Namespace) -> int:
    source_url = args.source or sqlite_url(default_sqlite_path())
    with Register(source_url) as source, Register(args.to) as target:
        report = source.migrate_to(target)
        shown = target.url
    print(f"migrated {source.url} -> {shown}: {report.source_quotes} quotes "
          f"({report.copied} copied, {report.already} already there), customers "
          f"{report.customers_added} added, {report.customers_matched} matched, "
          f"{report.history_copied} status changes; checksums equal "
          f"({report.checksum_target[:16]})")
    return 0
