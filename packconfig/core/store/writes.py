"""What changes the register, as steps inside one open write transaction: issue a quote
(a new number or the next revision), change a revision's stage, record history.

The caller (:class:`~packconfig.core.store.register.Register`) opens the transaction,
retries it on a race or a lost connection, and commits; these functions never commit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from packconfig.core.commerce.quote import Quote, quote_to_json
from packconfig.core.errors import InputError
from packconfig.core.store import customers as book
from packconfig.core.store.browse import to_e4
from packconfig.core.store.customers import Customer
from packconfig.core.store.lifecycle import check_change, check_revisable
from packconfig.core.store.schema import quote_counters, quotes, status_history


@dataclass(frozen=True)
class Actor:
    """Who changes the register: the OS user and, on PostgreSQL, the database role."""

    user: str
    role: str = ""


def now_text(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")


def next_seq(conn: sa.Connection, year: int) -> int:
    """The next number of ``year``, in one statement: the per-year counter row is
    created or incremented (never below the highest number already used) and stays
    locked until the transaction ends, so numbers are unique and gap-free across
    clients, and a rolled-back issue gives its number back."""
    pg = conn.dialect.name == "postgresql"
    used = sa.select(sa.func.coalesce(sa.func.max(quotes.c.seq), 0)).where(
        quotes.c.year == year).scalar_subquery()
    insert = (postgresql.insert if pg else sqlite.insert)(quote_counters).values(
        year=year, last_seq=used + 1)
    larger = sa.func.greatest if pg else sa.func.max
    upsert = insert.on_conflict_do_update(
        index_elements=[quote_counters.c.year],
        set_={"last_seq": larger(quote_counters.c.last_seq, used) + 1},
    ).returning(quote_counters.c.last_seq)
    return int(conn.execute(upsert).scalar_one())


def record(conn: sa.Connection, number: str, revision: int, old: str | None, new: str,
           actor: Actor, stamp: str, note: str = "") -> None:
    conn.execute(status_history.insert().values(
        number=number, revision=revision, old=old, new=new, changed_at=stamp,
        changed_by=actor.user, changed_role=actor.role, note=note))


def issue(conn: sa.Connection, draft: Quote, actor: Actor, *, stamp: str,
          key: str | None = None, customer: Customer | None = None,
          approved_by: str = "", amend: bool = False, check_key: bool = True) -> Quote:
    """Issue ``draft``: a new number (R0), or the next revision of its number (which
    supersedes the earlier ones). With ``key``, issuing is idempotent: a quote already
    issued under that key is returned as it was (``check_key=False`` skips that look-up
    for a key just made, which cannot have been used)."""
    if key and check_key:
        done = conn.execute(sa.select(quotes.c.body, quotes.c.status).where(
            quotes.c.issue_key == key)).first()
        if done is not None:
            from packconfig.core.commerce.quote import quote_from_json

            return dataclasses.replace(quote_from_json(done[0]), status="issued")
    if draft.status != "draft":
        raise InputError(f"{draft.label} is already {draft.status}; revise it instead"
                         ).coded("already_issued", label=draft.label, status=draft.status)
    if draft.number:
        year, seq, revision = _next_revision(conn, draft.number, actor, stamp, amend)
        number = draft.number
    else:
        year, revision = draft.date.year, 0
        seq = next_seq(conn, year)
        number = f"Q-{year}-{seq:04d}"
    issued = dataclasses.replace(draft, number=number, revision=revision, status="issued",
                                 issued_at=stamp)
    who = customer if customer is not None else _book_entry(conn, draft)
    approver = (approved_by or str(getattr(draft, "approved_by", "") or "")).strip()
    total = issued.pricing.total_excl_tax.amount
    conn.execute(quotes.insert().values(
        year=year, seq=seq, number=number, revision=revision, status="issued",
        quote_date=issued.date.isoformat(), valid_until=issued.valid_until.isoformat(),
        customer=issued.customer.company, sales_engineer=issued.sales_engineer,
        currency=issued.currency, total_excl_tax=str(total), issued_at=stamp,
        body=quote_to_json(issued), stage="draft", total_e4=to_e4(total),
        customer_id=who.id if who else None,
        customer_snapshot=_as_quoted(who, issued).snapshot(),
        issued_by=actor.user, issued_role=actor.role, issue_key=key or None,
        approved_by=approver, approved_at=stamp if approver else None))
    record(conn, number, revision, None, "draft", actor, stamp,
           note="amended" if amend else "")
    return issued


def _next_revision(conn: sa.Connection, number: str, actor: Actor, stamp: str,
                   amend: bool) -> tuple[int, int, int]:
    rows = conn.execute(sa.select(quotes.c.year, quotes.c.seq, quotes.c.revision,
                                  quotes.c.status, quotes.c.stage)
                        .where(quotes.c.number == number).order_by(quotes.c.revision)
                        .with_for_update()).all()
    if not rows:
        raise InputError(f"quote {number} is not in the register").coded(
            "not_in_register", number=number)
    last = rows[-1]
    check_revisable(f"{number} R{last.revision}", last.stage, amend=amend)
    for row in rows:
        if row.status == "issued":
            record(conn, number, row.revision, row.stage, "superseded", actor, stamp)
    conn.execute(quotes.update().where(quotes.c.number == number,
                                       quotes.c.status == "issued").values(
        status="superseded"))
    return last.year, last.seq, last.revision + 1


def _book_entry(conn: sa.Connection, draft: Quote) -> Customer | None:
    """The customer book's entry for the draft's company, if it has one."""
    try:
        return book.find(conn, draft.customer.company)
    except InputError:
        return None


def _as_quoted(entry: Customer | None, quote: Quote) -> Customer:
    """The customer as this quote addresses them: the book entry (both names, defaults)
    with the contact details the quote itself carries where it has them."""
    if entry is None:
        return _from_party(quote)
    p = quote.customer
    given = {k: getattr(p, k) for k in ("contact", "address", "email", "phone", "tax_id")
             if getattr(p, k)}
    return dataclasses.replace(entry, **given)


def _from_party(quote: Quote) -> Customer:
    p = quote.customer
    return Customer(company=p.company, contact=p.contact, address=p.address,
                    tax_id=p.tax_id, email=p.email, phone=p.phone, currency=quote.currency)


def set_stage(conn: sa.Connection, number: str, revision: int | None, stage: str,
              actor: Actor, stamp: str, note: str = "") -> bool:
    """Move a revision (the latest if ``revision`` is None) to ``stage``; ``False`` when
    it already was there. Forbidden moves raise a coded :class:`InputError`."""
    query = sa.select(quotes.c.revision, quotes.c.status, quotes.c.stage).where(
        quotes.c.number == number)
    query = query.where(quotes.c.revision == revision) if revision is not None else (
        query.order_by(quotes.c.revision.desc()).limit(1))
    row = conn.execute(query.with_for_update()).first()
    if row is None:
        what = number if revision is None else f"{number} R{revision}"
        raise InputError(f"quote {what} is not in the register").coded(
            "not_in_register", number=what)
    if not check_change(f"{number} R{row.revision}", row.status, row.stage, stage):
        return False
    conn.execute(quotes.update().where(quotes.c.number == number,
                                       quotes.c.revision == row.revision).values(stage=stage))
    record(conn, number, row.revision, row.stage, stage, actor, stamp, note)
    return True


def expire_due(conn: sa.Connection, today: dt.date, actor: Actor, stamp: str) -> list[str]:
    """Mark ``expired`` every latest revision in draft or sent whose validity ended
    before ``today``; accepted and rejected quotes are never touched."""
    rows = conn.execute(sa.select(quotes.c.number, quotes.c.revision, quotes.c.stage).where(
        quotes.c.status == "issued", quotes.c.stage.in_(("draft", "sent")),
        quotes.c.valid_until < today.isoformat()).order_by(quotes.c.year, quotes.c.seq)
        .with_for_update()).all()
    for row in rows:
        conn.execute(quotes.update().where(quotes.c.number == row.number,
                                           quotes.c.revision == row.revision,
                                           quotes.c.stage.in_(("draft", "sent"))).values(
            stage="expired"))
        record(conn, row.number, row.revision, row.stage, "expired", actor, stamp,
               note="validity ended")
    return [f"{r.number} R{r.revision}" for r in rows]
