"""``packconfig customers``: the customer book kept with the quote register.

    packconfig customers list [TEXT] [--json]
    packconfig customers add --company NAME [--company-zh NAME] [--contact NAME]
                             [--address TEXT] [--tax-id ID] [--email ADDR]
                             [--phone NUMBER] [--currency CUR] [--language en|zh]
    packconfig customers edit ID|NAME [the same options: only those given change]
"""

from __future__ import annotations

import argparse
import json

from packconfig.commands.quotes import add_register_argument
from packconfig.core.store.customers import FIELDS, Customer
from packconfig.core.store.register import Register

OPTIONS = {"company": "company name", "company_zh": "company name in Chinese",
           "contact": "contact person", "address": "address (\\n for a new line)",
           "tax_id": "tax ID", "email": "e-mail", "phone": "phone",
           "currency": "default quote currency", "language": "default quote language"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("customers", help="the customer book: list, add, edit")
    csub = p.add_subparsers(dest="customers_command", metavar="ACTION", required=True,
                            parser_class=type(p))
    lst = csub.add_parser("list", help="list customers (name or contact contains TEXT)")
    lst.add_argument("text", nargs="?", default="")
    lst.add_argument("--json", action="store_true")
    add_register_argument(lst)
    lst.set_defaults(func=run_list)
    add = csub.add_parser("add", help="add a customer")
    edit = csub.add_parser("edit", help="change a customer's fields")
    edit.add_argument("customer", metavar="ID|NAME")
    for parser in (add, edit):
        for name, text in OPTIONS.items():
            parser.add_argument("--" + name.replace("_", "-"), dest=name, default=None,
                                help=text, required=parser is add and name == "company")
        add_register_argument(parser)
    add.set_defaults(func=run_add)
    edit.set_defaults(func=run_edit)


def customer_dict(c: Customer) -> dict[str, object]:
    return {"id": c.id, **{k: getattr(c, k) for k in FIELDS}, "updated_at": c.updated_at,
            "updated_by": c.updated_by}


def _given(args: argparse.Namespace) -> dict[str, str]:
    return {k: getattr(args, k).replace("\\n", "\n") for k in FIELDS
            if getattr(args, k) is not None}


def run_list(args: argparse.Namespace) -> int:
    with Register(args.register) as reg:
        found = reg.customers(args.text)
    if args.json:
        print(json.dumps([customer_dict(c) for c in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("no customers match")
        return 0
    for c in found:
        zh = f" / {c.company_zh}" if c.company_zh else ""
        print(f"{c.id:>5}  {c.company}{zh}  {c.contact}  {c.email}  {c.currency}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    with Register(args.register) as reg:
        c = reg.add_customer(Customer(**_given(args)))
    print(f"{c.id}\t{c.company}")
    return 0


def run_edit(args: argparse.Namespace) -> int:
    ident: int | str = int(args.customer) if args.customer.isdigit() else args.customer
    with Register(args.register) as reg:
        c = reg.edit_customer(ident, **_given(args))
    print(f"{c.id}\t{c.company}")
    return 0
