"""The customer book, stored with the register: one row per company, found by its name
in either script. A quote keeps a snapshot of the customer as quoted (JSON in its row),
so editing the book never changes an issued quote."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from packconfig.core.commerce.quote import Party
from packconfig.core.errors import InputError
from packconfig.core.money import check_currency
from packconfig.core.store.schema import customers

LANGUAGES = ("", "en", "zh")
FIELDS = ("company", "company_zh", "contact", "address", "tax_id", "email", "phone",
          "currency", "language")
MAX_TEXT = 2000
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Customer:
    company: str
    company_zh: str = ""
    contact: str = ""
    address: str = ""
    tax_id: str = ""
    email: str = ""
    phone: str = ""
    currency: str = ""  # default quote currency ("" = the settings' default)
    language: str = ""  # default quote language: "", "en" or "zh"
    id: int | None = None
    updated_at: str = ""
    updated_by: str = ""

    def party(self, language: str = "en") -> Party:
        """The customer block a quote prints (the Chinese name for a Chinese quote when
        the book has one)."""
        name = self.company_zh if language == "zh" and self.company_zh else self.company
        return Party(company=name, contact=self.contact, address=self.address,
                     email=self.email, phone=self.phone, tax_id=self.tax_id)

    def snapshot(self) -> str:
        """JSON of the customer as quoted (kept with each issued revision)."""
        data = {k: getattr(self, k) for k in FIELDS}
        data["id"] = self.id
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


def company_key(name: str) -> str:
    """What makes two company names the same entry: case, width and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def validated(customer: Customer) -> Customer:
    """``customer`` with trimmed fields, or a coded :class:`InputError` naming the bad
    field."""
    values = {}
    for name in FIELDS:
        value = getattr(customer, name)
        if not isinstance(value, str):
            raise InputError(f"customer {name} must be text").coded("customer_field",
                                                                    field=name)
        value = value.strip() if name != "address" else value.strip("\n ")
        if len(value) > MAX_TEXT:
            raise InputError(f"customer {name} is longer than {MAX_TEXT} characters").coded(
                "customer_field", field=name)
        values[name] = value
    if not values["company"]:
        raise InputError("a customer needs a company name").coded("customer_no_company")
    if values["email"] and not EMAIL.match(values["email"]):
        raise InputError(f"customer e-mail {values['email']!r} is not an e-mail address"
                         ).coded("customer_email", got=values["email"])
    if values["currency"]:
        values["currency"] = check_currency(values["currency"].upper(), "currency")
    if values["language"] not in LANGUAGES:
        raise InputError(f"customer language must be en or zh, got {values['language']!r}"
                         ).coded("customer_language", got=values["language"])
    return dataclasses.replace(customer, **values)


def from_row(row: Any) -> Customer:
    m = row._mapping
    return Customer(**{k: m[k] for k in FIELDS}, id=m["id"], updated_at=m["updated_at"],
                    updated_by=m["updated_by"])


def add(conn: sa.Connection, customer: Customer, user: str) -> Customer:
    c = validated(customer)
    key = company_key(c.company)
    if conn.execute(sa.select(customers.c.id).where(customers.c.company_key == key)).first():
        raise InputError(f"the customer book already has {c.company!r}; edit it instead"
                         ).coded("customer_exists", company=c.company)
    stamp = _now()
    new_id = conn.execute(customers.insert().values(
        company_key=key, created_at=stamp, updated_at=stamp, updated_by=user,
        **{k: getattr(c, k) for k in FIELDS}).returning(customers.c.id)).scalar_one()
    return dataclasses.replace(c, id=new_id, updated_at=stamp, updated_by=user)


def edit(conn: sa.Connection, ident: int | str, changes: dict[str, str], user: str
         ) -> Customer:
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise InputError(f"a customer has no field {sorted(unknown)[0]!r}").coded(
            "customer_field", field=sorted(unknown)[0])
    current = find(conn, ident, lock=True)
    c = validated(dataclasses.replace(current, **changes))
    key = company_key(c.company)
    clash = conn.execute(sa.select(customers.c.id).where(
        customers.c.company_key == key, customers.c.id != current.id)).first()
    if clash:
        raise InputError(f"the customer book already has {c.company!r}").coded(
            "customer_exists", company=c.company)
    stamp = _now()
    conn.execute(customers.update().where(customers.c.id == current.id).values(
        company_key=key, updated_at=stamp, updated_by=user,
        **{k: getattr(c, k) for k in FIELDS}))
    return dataclasses.replace(c, updated_at=stamp, updated_by=user)


def find(conn: sa.Connection, ident: int | str, *, lock: bool = False) -> Customer:
    """A customer by id, or by company name (either script, any case)."""
    query = sa.select(customers)
    if isinstance(ident, int) or str(ident).isdigit():
        query = query.where(customers.c.id == int(ident))
    else:
        key = company_key(str(ident))
        query = query.where(sa.or_(customers.c.company_key == key,
                                   sa.func.lower(customers.c.company_zh) == key))
    if lock:
        query = query.with_for_update()
    row = conn.execute(query).first()
    if row is None:
        raise InputError(f"no customer {ident!r} in the customer book").coded(
            "customer_unknown", customer=str(ident))
    return from_row(row)


def search(conn: sa.Connection, text: str = "", *, limit: int = 200, offset: int = 0
           ) -> list[Customer]:
    query = sa.select(customers).order_by(customers.c.company_key)
    if text.strip():
        pattern = f"%{like_escape(text.strip().casefold())}%"
        query = query.where(sa.or_(
            customers.c.company_key.like(pattern, escape="\\"),
            sa.func.lower(customers.c.company_zh).like(pattern, escape="\\"),
            sa.func.lower(customers.c.contact).like(pattern, escape="\\")))
    return [from_row(r) for r in conn.execute(query.limit(limit).offset(offset))]


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
