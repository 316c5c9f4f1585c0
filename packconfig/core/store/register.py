"""The quote register: one interface over two backends, chosen by a URL.

* ``sqlite:///PATH`` (default: ``quotes.sqlite3`` in the user data folder) for one
  user; ``postgresql://...`` for a sales team (see ``docs/register.md``). The URL comes
  from the argument, ``PACKCONFIG_REGISTER_URL`` or settings.json ``register.url``
  (:mod:`packconfig.core.store.location`).
* Numbers are sequential and gap-free per year of the quote date (``Q-2026-0001``)
  across any number of clients: a per-year counter row locked in the issuing
  transaction. Revisions ``R0, R1, ...`` share the number; issuing one supersedes the
  earlier ones. Issued bodies are never updated; the revision state (issued /
  superseded), the lifecycle stage (:mod:`~packconfig.core.store.lifecycle`) and the
  history change, each change recorded with who (OS user, database role) and when.
* Schema migrations (Alembic) run on open; a register from a newer packconfig is
  refused. ``Register(lazy=True)`` opens nothing until used, so a window can start
  while the team register is unreachable and ask :meth:`Register.available`.
* :meth:`Register.transaction` issues inside a transaction the caller commits by
  leaving the block normally (e.g. only once the PDF is written).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa

from packconfig.core.commerce.quote import Quote, quote_from_json, quote_to_json
from packconfig.core.errors import InputError, PackconfigError, StorageError
from packconfig.core.money import Money
from packconfig.core.store import backend, browse, writes
from packconfig.core.store import customers as book
from packconfig.core.store.browse import Pipeline, QuoteFilter
from packconfig.core.store.customers import Customer
from packconfig.core.store.lifecycle import lifecycle
from packconfig.core.store.location import DB_NAME, Location, default_sqlite_path, resolve
from packconfig.core.store.schema import quotes, status_history

__all__ = ["DB_NAME", "Customer", "Pipeline", "QuoteFilter", "Register", "RegisterEntry",
           "StatusChange", "default_path"]
T = TypeVar("T")
#: Errors after which an issue may or may not have reached the server.
LOST = {"register_unreachable"}
#: URLs whose schema this process has already checked (opening again skips Alembic).
_MIGRATED: set[str] = set()


@dataclass(frozen=True)
class RegisterEntry:
    """One row of the register (no body): what list views show."""

    number: str
    revision: int
    status: str  # issued | superseded
    date: dt.date
    valid_until: dt.date
    customer: str
    sales_engineer: str
    total_excl_tax: Money
    issued_at: str
    stage: str = "draft"  # draft | sent | accepted | rejected | expired
    customer_id: int | None = None
    issued_by: str = ""
    issued_role: str = ""
    approved_by: str = ""

    @property
    def label(self) -> str:
        return f"{self.number} R{self.revision}"

    @property
    def lifecycle(self) -> str:
        """The stage, or ``superseded``."""
        return lifecycle(self.status, self.stage)


@dataclass(frozen=True)
class StatusChange:
    number: str
    revision: int
    old: str | None
    new: str
    at: str
    by: str
    role: str
    note: str


def default_path() -> Path:
    path = default_sqlite_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _entry(r: Any) -> RegisterEntry:
    return RegisterEntry(r.number, r.revision, r.status, dt.date.fromisoformat(r.quote_date),
                         dt.date.fromisoformat(r.valid_until), r.customer, r.sales_engineer,
                         Money(r.total_excl_tax, r.currency), r.issued_at, r.stage,
                         r.customer_id, r.issued_by, r.issued_role, r.approved_by)


class Register:
    """The quote register. One instance per thread; cheap to create and close."""

    def __init__(self, target: str | os.PathLike[str] | None = None, *,
                 timeout_s: float | None = None, lazy: bool = False) -> None:
        self.location: Location = resolve(target, timeout_s=timeout_s)
        if self.location.backend == "sqlite" and target is None:
            default_path()  # the user data folder exists before SQLite opens the file
        self.path: Path | None = self.location.sqlite_path
        self._engine: sa.Engine | None = None
        self._role = ""
        self._user = backend.os_user()
        self.reason: PackconfigError | None = None
        self._pending: dict[str, str] = {}  # draft digest -> issue key of a lost issue
        if not lazy:
            self._open()

    # ---------------------------------------------------------------- plumbing
    @property
    def url(self) -> str:
        """The register's URL without its password."""
        return self.location.shown

    @property
    def backend(self) -> str:
        return self.location.backend

    def available(self) -> bool:
        """Whether the register can be used now (it is opened if it was not); when not,
        :attr:`reason` holds the coded error to show (with a retry: call again)."""
        try:
            self._ready()
        except PackconfigError as err:
            self.reason = err
            return False
        self.reason = None
        return True

    def _ready(self) -> sa.Engine:
        if self._engine is None:
            self._open()
        assert self._engine is not None
        return self._engine

    def _open(self) -> None:
        engine = backend.make_engine(self.location)
        # A team register's schema is checked once per process; a SQLite file (which
        # another program may replace) on every open, as cheaply as before.
        key = self.location.url if self.backend == "postgresql" else ""

        def work() -> str:
            with backend.transaction(engine, write=key not in _MIGRATED) as conn:
                if key not in _MIGRATED:
                    backend.migrate(conn, self.location)
                if self.backend == "postgresql":
                    return str(conn.execute(sa.text("SELECT current_user")).scalar_one())
                return ""

        try:  # a team server that is down is reported at once, not after the timeout
            self._role = backend.retry(work, self.location, seconds=None if key == "" else 0)
        except BaseException:
            engine.dispose()
            raise
        if key:
            _MIGRATED.add(key)
        self._engine = engine

    @property
    def engine(self) -> sa.Engine:
        """The open SQLAlchemy engine (the register is opened if it was not)."""
        return self._ready()

    def migrate_to(self, target: Register):  # -> transfer.Report
        """Copy this register (quotes, revisions, customers, statuses) into ``target``
        and verify counts and checksums; see :mod:`packconfig.core.store.transfer`."""
        from packconfig.core.store import transfer

        if target.location.url == self.location.url:
            raise InputError("the source and the target register are the same").coded(
                "migrate_same")
        try:
            return transfer.migrate(self.engine, target.engine)
        except sa.exc.SQLAlchemyError as err:
            raise backend.translate(err, target.location) from None

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read(self, work: Callable[[sa.Connection], T]) -> T:
        engine = self._ready()

        def run() -> T:
            with backend.transaction(engine, write=False) as conn:
                return work(conn)
        return backend.retry(run, self.location)

    def _write(self, work: Callable[[sa.Connection, writes.Actor, str], T],
               now: dt.datetime | None = None) -> T:
        engine = self._ready()
        actor = self.actor

        def run() -> T:
            with backend.transaction(engine, write=True) as conn:
                return work(conn, actor, writes.now_text(now))
        return backend.retry(run, self.location)

    @property
    def actor(self) -> writes.Actor:
        return writes.Actor(self._user, self._role)

    @property
    def schema_revision(self) -> str:
        return str(self._read(backend.current_revision))

    @property
    def schema_version(self) -> int:
        """The number of schema steps applied (``0002`` -> 2)."""
        return int(self.schema_revision)

    # ------------------------------------------------------------------ writes
    @contextmanager
    def transaction(self, *, now: dt.datetime | None = None) -> Iterator[Transaction]:
        """A write transaction: everything done through the yielded object commits
        together when the block ends normally, and nothing does if it raises (e.g.
        issue a quote and write its PDF; if the PDF fails the number is not used)."""
        engine = self._ready()
        try:
            with backend.transaction(engine, write=True) as conn:
                yield Transaction(conn, self.actor, writes.now_text(now))
        except sa.exc.SQLAlchemyError as err:
            raise backend.translate(err, self.location) from None

    @contextmanager
    def issue_pending(self, draft: Quote, *, now: dt.datetime | None = None,
                      customer: Customer | None = None, approved_by: str = ""
                      ) -> Iterator[Quote]:
        """Issue ``draft`` as :meth:`issue` does, but commit only when the ``with`` block
        ends without an exception (e.g. once the quote's PDF is written); an exception
        rolls the issue back, so no number is consumed (issue 14, item 3). The counter
        row stays locked meanwhile (other writers wait): keep the block short."""
        with self.transaction(now=now) as tx:
            yield tx.issue(draft, customer=customer, approved_by=approved_by)

    def issue(self, draft: Quote, *, now: dt.datetime | None = None, key: str | None = None,
              customer: Customer | None = None, approved_by: str = "") -> Quote:
        """Issue ``draft``: a new number (R0), or — if the draft comes from
        :func:`~packconfig.core.commerce.quote.revise` — the next revision of its number,
        superseding the earlier ones. Returns the issued (immutable) quote.

        ``key`` makes the issue idempotent (a retry after a lost connection returns the
        quote issued the first time, never a second one); one is made when not given,
        so the internal retries of this call are safe. ``customer`` links a customer
        book entry (else the book entry with the draft's company name, if any);
        ``approved_by`` records the approver of a discount above the threshold."""
        if draft.status != "draft":
            raise InputError(f"{draft.label} is already {draft.status}; revise it instead"
                             ).coded("already_issued", label=draft.label, status=draft.status)
        self._ready()  # an unreachable server at open is not a lost issue

        def digest() -> str:  # the draft's identity, only needed after a lost issue
            return hashlib.sha256(quote_to_json(draft).encode("utf-8")).hexdigest()
        if not key and self._pending:
            key = self._pending.pop(digest(), None)
        attempts = [0] if key is None else [1]  # a fresh key needs no look-up at first
        key = key or uuid.uuid4().hex

        def work(conn: sa.Connection, actor: writes.Actor, stamp: str) -> Quote:
            attempts[0] += 1
            return writes.issue(conn, draft, actor, stamp=stamp, key=key, customer=customer,
                                approved_by=approved_by, check_key=attempts[0] > 1)
        try:
            issued = self._write(work, now)
        except StorageError as err:
            if err.code not in LOST:
                raise
            self._pending[digest()] = key  # the same draft again reuses the key
            raise StorageError(
                f"the connection to the team register {self.url} was lost while issuing "
                f"{draft.label}; it is not confirmed as issued. Issue it again: a quote "
                "issued before the loss is found, never issued twice").coded(
                "register_connection_lost", url=self.url, what=draft.label) from None
        return issued

    def amend(self, number: str, *, now: dt.datetime | None = None, key: str | None = None
              ) -> Quote:
        """A new revision of ``number`` with the latest revision's content: the explicit
        way past an accepted quote's lock (the accepted revision stays accepted)."""
        from packconfig.core.commerce.quote import revise

        base = self.get(number)
        key = key or uuid.uuid4().hex
        return self._write(lambda conn, actor, stamp: writes.issue(
            conn, revise(base), actor, stamp=stamp, key=key, amend=True), now)

    def set_status(self, number: str, stage: str, *, revision: int | None = None,
                   note: str = "", now: dt.datetime | None = None) -> bool:
        """Move a quote (its latest revision, or ``revision``) to ``stage``: sent,
        accepted, rejected or expired. ``False`` if it already was there."""
        return self._write(lambda conn, actor, stamp: writes.set_stage(
            conn, number.strip(), revision, stage, actor, stamp, note), now)

    def expire_due(self, today: dt.date | None = None) -> list[str]:
        """Expire every draft or sent quote whose validity has ended (never an accepted
        or rejected one); returns the labels expired."""
        day = today or dt.date.today()
        return self._write(lambda conn, actor, stamp: writes.expire_due(
            conn, day, actor, stamp))

    # ---------------------------------------------------------------- customers
    def add_customer(self, customer: Customer) -> Customer:
        return self._write(lambda conn, actor, _stamp: book.add(conn, customer, actor.user))

    def edit_customer(self, ident: int | str, **changes: str) -> Customer:
        return self._write(lambda conn, actor, _stamp: book.edit(conn, ident, changes,
                                                                 actor.user))

    def customer(self, ident: int | str) -> Customer:
        return self._read(lambda conn: book.find(conn, ident))

    def customers(self, text: str = "", *, limit: int = 200, offset: int = 0
                  ) -> list[Customer]:
        return self._read(lambda conn: book.search(conn, text, limit=limit, offset=offset))

    # ------------------------------------------------------------------- reads
    def get(self, number: str, revision: int | None = None) -> Quote:
        """The quote ``number`` at ``revision`` (latest if ``None``)."""
        query = sa.select(quotes.c.body, quotes.c.status).where(quotes.c.number == number)
        query = (query.order_by(quotes.c.revision.desc()).limit(1) if revision is None
                 else query.where(quotes.c.revision == revision))
        row = self._read(lambda conn: conn.execute(query).first())
        if row is None:
            what = number if revision is None else f"{number} R{revision}"
            raise InputError(f"quote {what} is not in the register").coded(
                "not_in_register", number=what)
        import dataclasses

        quote = quote_from_json(row[0], source=f"{self.url} ({number})")
        return dataclasses.replace(quote, status=row[1])

    def entry(self, number: str, revision: int | None = None) -> RegisterEntry:
        flt = QuoteFilter(extra=(quotes.c.number == number,) + (
            (quotes.c.revision == revision,) if revision is not None else ()))
        found = self.browse(flt, order="-number", limit=1)
        if not found:
            what = number if revision is None else f"{number} R{revision}"
            raise InputError(f"quote {what} is not in the register").coded(
                "not_in_register", number=what)
        return found[0]

    def customer_as_quoted(self, number: str, revision: int | None = None) -> Customer:
        """The customer as the book had it when this revision was issued."""
        entry = self.entry(number, revision)
        raw = self._read(lambda conn: conn.execute(sa.select(quotes.c.customer_snapshot).where(
            quotes.c.number == number, quotes.c.revision == entry.revision)).scalar_one())
        data = json.loads(raw) if raw else {"company": entry.customer}
        return Customer(**{k: data.get(k, "") or "" for k in book.FIELDS}, id=data.get("id"))

    def history(self, number: str) -> list[StatusChange]:
        h = status_history.c
        rows = self._read(lambda conn: conn.execute(sa.select(
            h.number, h.revision, h.old, h.new, h.changed_at, h.changed_by, h.changed_role,
            h.note).where(h.number == number).order_by(h.id)).all())
        return [StatusChange(*r) for r in rows]

    def browse(self, flt: QuoteFilter | None = None, *, offset: int = 0,
               limit: int | None = None, order: str = "number") -> list[RegisterEntry]:
        """A page of entries (no bodies) matching ``flt``, in ``order`` (number, -number,
        date, -date, -value)."""
        query = browse.page_query(flt or QuoteFilter(), offset=offset, limit=limit,
                                  order=order)
        return [_entry(r) for r in self._read(lambda conn: conn.execute(query).all())]

    def count(self, flt: QuoteFilter | None = None) -> int:
        query = browse.count_query(flt or QuoteFilter())
        return int(self._read(lambda conn: conn.execute(query).scalar_one()))

    def pipeline(self, flt: QuoteFilter | None = None) -> Pipeline:
        return self._read(lambda conn: browse.pipeline(conn, flt or QuoteFilter()))

    def search(self, *, number: str | None = None, customer: str | None = None,
               date_from: dt.date | None = None, date_to: dt.date | None = None,
               status: str | None = None, latest_only: bool = False) -> list[RegisterEntry]:
        """Entries matching all given filters (text filters are substring, any case)."""
        return self.browse(QuoteFilter(number=number, customer=customer, date_from=date_from,
                                       date_to=date_to, status=status,
                                       latest_only=latest_only))

    def revisions(self, number: str) -> list[RegisterEntry]:
        return self.browse(QuoteFilter(extra=(quotes.c.number == number,)))

    def can_write(self) -> bool:
        """Whether this user may issue and change quotes (PostgreSQL: the role's
        grants; SQLite: the file's permissions)."""
        if self.backend == "sqlite":
            return self.path is not None and os.access(self.path, os.W_OK)
        sql = sa.text("SELECT has_table_privilege(current_user, 'quotes', 'INSERT') AND "
                      "has_column_privilege(current_user, 'quotes', 'stage', 'UPDATE')")
        return bool(self._read(lambda conn: conn.execute(sql).scalar_one()))

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` (``ok``); PostgreSQL: ``ok`` when the
        server answers (it checks its own pages)."""
        if self.backend != "sqlite":
            return str(self._read(lambda conn: conn.execute(sa.text("SELECT 'ok'")
                                                            ).scalar_one()))
        return str(self._read(lambda conn: conn.exec_driver_sql(
            "PRAGMA integrity_check").scalar_one()))


class Transaction:
    """Writes inside one :meth:`Register.transaction` (committed together)."""

    def __init__(self, conn: sa.Connection, actor: writes.Actor, stamp: str) -> None:
        self.conn, self.actor, self.stamp = conn, actor, stamp

    def issue(self, draft: Quote, *, key: str | None = None,
              customer: Customer | None = None, approved_by: str = "") -> Quote:
        return writes.issue(self.conn, draft, self.actor, stamp=self.stamp, key=key,
                            customer=customer, approved_by=approved_by)

    def set_status(self, number: str, stage: str, *, revision: int | None = None,
                   note: str = "") -> bool:
        return writes.set_stage(self.conn, number, revision, stage, self.actor, self.stamp,
                                note)

    def add_customer(self, customer: Customer) -> Customer:
        return book.add(self.conn, customer, self.actor.user)


def not_permitted(err: BaseException) -> bool:
    """Whether ``err`` is the register refusing a read-only user."""
    return isinstance(err, StorageError) and err.code == "register_not_permitted"
