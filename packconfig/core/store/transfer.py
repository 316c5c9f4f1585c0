"""Moving a single-user register into the team register (``packconfig register migrate``).

Copies quotes (every revision, with stage, issuer and approval), customers and the
status history in ONE transaction on the target, then verifies: every source row is in
the target with an equal checksum. Safe to run twice (rows already there, with the
same content, are skipped); refuses, before writing anything, when a quote number in
the source is used by a different quote in the target, listing the numbers.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from packconfig.core.errors import InputError, StorageError
from packconfig.core.store.customers import company_key
from packconfig.core.store.schema import customers, quote_counters, quotes, status_history

#: What makes a quote the same quote: never changes after issue.
IDENTITY = ("number", "revision", "issued_at", "body")
#: Everything the copy must carry over.
CONTENT = (*IDENTITY, "year", "seq", "status", "stage", "quote_date", "valid_until",
           "customer", "sales_engineer", "currency", "total_excl_tax", "total_e4",
           "customer_snapshot", "issued_by", "issued_role", "issue_key", "approved_by",
           "approved_at")
BATCH = 500
LOCK_KEY = 0x7063_6D67  # one migration into a team register at a time


@dataclass
class Report:
    source_quotes: int = 0
    copied: int = 0
    already: int = 0
    customers_added: int = 0
    customers_matched: int = 0
    history_copied: int = 0
    checksum_source: str = ""
    checksum_target: str = ""
    collisions: list[str] = field(default_factory=list)
    copied_keys: set[tuple[str, int]] = field(default_factory=set)

    @property
    def verified(self) -> bool:
        return self.checksum_source == self.checksum_target and not self.collisions


def row_digest(row: dict[str, Any], columns: tuple[str, ...]) -> str:
    data = json.dumps([row[c] for c in columns], ensure_ascii=False, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def set_digest(digests: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(digests)).encode("ascii")).hexdigest()


def _rows(conn: sa.Connection, table: sa.Table) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in conn.execute(sa.select(table).order_by(table.c.id))]


def read_source(conn: sa.Connection) -> tuple[list[dict], list[dict], list[dict]]:
    return _rows(conn, quotes), _rows(conn, customers), _rows(conn, status_history)


def copy_into(conn: sa.Connection, src_quotes: list[dict], src_customers: list[dict],
              src_history: list[dict]) -> Report:
    """Copy into the target inside the open write transaction ``conn``."""
    report = Report(source_quotes=len(src_quotes))
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOCK_KEY})
        conn.execute(sa.text("LOCK TABLE quotes IN SHARE ROW EXCLUSIVE MODE"))
    target = {(r["number"], r["revision"]): row_digest(r, IDENTITY) for r in (
        dict(m._mapping) for m in conn.execute(sa.select(*(quotes.c[c] for c in IDENTITY))))}
    numbers_in_target = {n for n, _ in target}
    todo, clash = [], set()
    for row in src_quotes:
        key = (row["number"], row["revision"])
        if key in target:
            if target[key] == row_digest(row, IDENTITY):
                report.already += 1
            else:
                clash.add(row["number"])
        elif row["number"] in numbers_in_target and row["revision"] == 0:
            clash.add(row["number"])
        else:
            todo.append(row)
    if clash:
        report.collisions = sorted(clash)
        shown = ", ".join(report.collisions[:20]) + (
            f" and {len(clash) - 20} more" if len(clash) > 20 else "")
        raise InputError(f"not migrated: {len(clash)} quote number(s) are used by other "
                         f"quotes in the team register: {shown}").coded(
            "migrate_collision", count=len(clash), numbers=shown)
    ids = _customers(conn, src_customers, report)
    rows = [{**{c: row[c] for c in CONTENT},
             "customer_id": ids.get(row["customer_id"]) if row["customer_id"] else None}
            for row in todo]
    for start in range(0, len(rows), BATCH):  # executemany: one round trip per batch
        conn.execute(quotes.insert(), rows[start:start + BATCH])
    copied = {(r["number"], r["revision"]) for r in todo}
    report.copied_keys = copied
    history = [{k: v for k, v in h.items() if k != "id"} for h in src_history
               if (h["number"], h["revision"]) in copied]
    for start in range(0, len(history), BATCH):
        conn.execute(status_history.insert(), history[start:start + BATCH])
    report.history_copied = len(history)
    _counters(conn)
    report.copied = len(todo)
    return report


def _customers(conn: sa.Connection, rows: list[dict], report: Report) -> dict[int, int]:
    existing = {r.company_key: r.id for r in conn.execute(
        sa.select(customers.c.company_key, customers.c.id))}
    ids = {}
    for row in rows:
        key = company_key(row["company"])
        if key in existing:
            ids[row["id"]] = existing[key]
            report.customers_matched += 1
            continue
        values = {k: v for k, v in row.items() if k != "id"}
        values["company_key"] = key
        new_id = conn.execute(customers.insert().values(**values).returning(
            customers.c.id)).scalar_one()
        ids[row["id"]] = existing[key] = new_id
        report.customers_added += 1
    return ids


def _counters(conn: sa.Connection) -> None:
    for year, top in conn.execute(sa.select(quotes.c.year, sa.func.max(quotes.c.seq))
                                  .group_by(quotes.c.year)).all():
        current = conn.execute(sa.select(quote_counters.c.last_seq).where(
            quote_counters.c.year == year)).scalar_one_or_none()
        if current is None:
            conn.execute(quote_counters.insert().values(year=year, last_seq=top))
        elif current < top:
            conn.execute(quote_counters.update().where(quote_counters.c.year == year)
                         .values(last_seq=top))


def migrate(source: sa.Engine, target: sa.Engine) -> Report:
    """Copy the register behind ``source`` into ``target`` and verify it (both already
    opened, i.e. migrated to the newest schema, by :class:`Register`)."""
    from packconfig.core.store.backend import transaction

    with transaction(source, write=False) as conn:
        src_quotes, src_customers, src_history = read_source(conn)
    with transaction(target, write=True) as conn:
        report = copy_into(conn, src_quotes, src_customers, src_history)
    with transaction(target, write=False) as conn:
        return verify(conn, src_quotes, report)


def verify(conn: sa.Connection, src_quotes: list[dict], report: Report) -> Report:
    """Checksums of the source rows and of the same rows read back from the target
    (the full content for rows copied now, the identity for rows already there)."""
    wanted = {(r["number"], r["revision"]) for r in src_quotes}
    got: dict[tuple[str, int], dict] = {}
    for m in conn.execute(sa.select(*(quotes.c[c] for c in CONTENT))):
        row = dict(m._mapping)
        if (row["number"], row["revision"]) in wanted:
            got[(row["number"], row["revision"])] = row
    src, dst = [], []
    for row in src_quotes:
        key = (row["number"], row["revision"])
        columns = CONTENT if key in report.copied_keys else IDENTITY
        src.append(row_digest(row, columns))
        if key in got:
            dst.append(row_digest(got[key], columns))
    report.checksum_source, report.checksum_target = set_digest(src), set_digest(dst)
    if len(got) != len(src_quotes) or not report.verified:
        raise StorageError(f"migration check failed: {len(got)} of {len(src_quotes)} quotes "
                           "found with equal checksums in the team register").coded(
            "migrate_verify", found=len(got), total=len(src_quotes))
    return report
