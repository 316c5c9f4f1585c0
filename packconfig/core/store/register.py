"""The quote register: an SQLite database in the user data folder.

* WAL journal, ``busy_timeout``, and every write in ``BEGIN IMMEDIATE`` so two
  processes never allocate the same number; ``UNIQUE(number, revision)`` as a backstop,
  with retry on conflict or lock. "database is locked" never reaches the user: after
  retrying for :data:`RETRY_SECONDS` a :class:`StorageError` explains what to do.
* Numbers are sequential per year of the quote date (``Q-2026-0001``); revisions
  ``R0, R1, ...`` share the number. Issuing a revision marks the earlier issued ones
  ``superseded``. Issued bodies are never updated; only the status column changes.
* ``schema_version`` table with ordered migrations.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from packconfig.core.commerce.quote import Quote, quote_from_json, quote_to_json
from packconfig.core.errors import DataFileError, InputError, StorageError
from packconfig.core.fs.paths import ensure_user_dir
from packconfig.core.money import Money

DB_NAME = "quotes.sqlite3"
RETRY_SECONDS = 30.0
T = TypeVar("T")

MIGRATIONS: list[str] = [
    """
    CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        number TEXT NOT NULL,
        revision INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('issued', 'superseded')),
        quote_date TEXT NOT NULL,
        valid_until TEXT NOT NULL,
        customer TEXT NOT NULL,
        sales_engineer TEXT NOT NULL,
        currency TEXT NOT NULL,
        total_excl_tax TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        body TEXT NOT NULL,
        UNIQUE (number, revision),
        UNIQUE (year, seq, revision)
    );
    CREATE INDEX quotes_customer ON quotes (customer);
    CREATE INDEX quotes_date ON quotes (quote_date);
    """,
]


@dataclass(frozen=True)
class RegisterEntry:
    """One row of the register (no body): what list views show."""

    number: str
    revision: int
    status: str
    date: dt.date
    valid_until: dt.date
    customer: str
    sales_engineer: str
    total_excl_tax: Money
    issued_at: str

    @property
    def label(self) -> str:
        return f"{self.number} R{self.revision}"


def default_path() -> Path:
    return ensure_user_dir() / DB_NAME


class Register:
    """Repository over the quotes database. One instance per thread."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        try:
            self._db = sqlite3.connect(self.path, timeout=5.0, isolation_level=None)
            self._db.execute("PRAGMA busy_timeout = 5000")
            self._retry(lambda: self._db.execute("PRAGMA journal_mode = WAL").fetchone())
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise self._error(exc) from None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- plumbing
    def _error(self, exc: sqlite3.Error) -> StorageError | DataFileError:
        text = str(exc).lower()
        path = str(self.path)
        if "not a database" in text or "malformed" in text:
            return DataFileError(self.path, "the quote register is damaged or not a "
                                 "packconfig database; restore it from a backup").coded(
                "register_damaged")
        if "locked" in text or "busy" in text:
            return StorageError(f"the quote register {self.path} is busy (another "
                                "packconfig is writing to it); try again in a moment").coded(
                "register_busy", path=path)
        if "readonly" in text or "unable to open" in text or "disk" in text:
            return StorageError(f"cannot write the quote register {self.path}: {exc}").coded(
                "register_unwritable", path=path, detail=str(exc))
        return StorageError(f"quote register {self.path}: {exc}").coded(
            "register_error", path=path, detail=str(exc))

    def _retry(self, work: Callable[[], T]) -> T:
        deadline = time.monotonic() + RETRY_SECONDS
        delay = 0.002
        while True:
            try:
                return work()
            except (sqlite3.OperationalError, sqlite3.IntegrityError) as exc:
                transient = isinstance(exc, sqlite3.IntegrityError) or any(
                    w in str(exc).lower() for w in ("locked", "busy"))
                if not transient or time.monotonic() > deadline:
                    raise self._error(exc) from None
                time.sleep(delay * (1 + random.random()))
                delay = min(delay * 2, 0.2)
            except sqlite3.DatabaseError as exc:
                raise self._error(exc) from None

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _migrate(self) -> None:
        def work() -> None:
            with self._write() as db:
                db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER)")
                row = db.execute("SELECT version FROM schema_version").fetchone()
                current = row[0] if row else 0
                if current > len(MIGRATIONS):
                    raise StorageError(f"the quote register {self.path} was written by a "
                                       "newer packconfig; update packconfig to open it"
                                       ).coded("register_newer", path=str(self.path))
                for script in MIGRATIONS[current:]:
                    for statement in filter(str.strip, script.split(";")):
                        db.execute(statement)
                if row is None:
                    db.execute("INSERT INTO schema_version VALUES (?)", (len(MIGRATIONS),))
                else:
                    db.execute("UPDATE schema_version SET version = ?", (len(MIGRATIONS),))
        self._retry(work)

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("SELECT version FROM schema_version").fetchone()[0])

    # ------------------------------------------------------------------ writes
    def issue(self, draft: Quote, *, now: dt.datetime | None = None) -> Quote:
        """Issue ``draft``: a new number (R0), or — if the draft comes from
        :func:`~packconfig.core.commerce.quote.revise` — the next revision of its number,
        superseding the earlier ones. Returns the issued (immutable) quote."""
        stamp = _issue_stamp(draft, now)
        return self._retry(lambda: self._issue_once(draft, stamp))

    @contextmanager
    def issue_pending(self, draft: Quote, *, now: dt.datetime | None = None
                      ) -> Iterator[Quote]:
        """Issue ``draft`` as :meth:`issue` does, but commit only when the ``with`` block
        ends without an exception (e.g. once the quote's PDF is written); an exception
        rolls the issue back, so no number is consumed. The register is locked for
        writing meanwhile (other writers wait, see :data:`RETRY_SECONDS`): keep the block
        short."""
        stamp = _issue_stamp(draft, now)

        def begin() -> Quote:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                return self._insert(self._db, draft, stamp)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

        issued = self._retry(begin)
        try:
            yield issued
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        try:
            self._db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise self._error(exc) from None

    def _issue_once(self, draft: Quote, stamp: str) -> Quote:
        with self._write() as db:
            return self._insert(db, draft, stamp)

    def _insert(self, db: sqlite3.Connection, draft: Quote, stamp: str) -> Quote:
        """Number ``draft`` and insert it (inside the caller's write transaction)."""
        if draft.number:
            row = db.execute("SELECT year, seq, MAX(revision) FROM quotes WHERE number = ?",
                             (draft.number,)).fetchone()
            if row is None or row[0] is None:
                raise InputError(f"quote {draft.number} is not in the register").coded(
                    "not_in_register", number=draft.number)
            year, seq, revision = row[0], row[1], row[2] + 1
            number = draft.number
            db.execute("UPDATE quotes SET status = 'superseded' WHERE number = ? "
                       "AND status = 'issued'", (number,))
        else:
            year = draft.date.year
            row = db.execute("SELECT MAX(seq) FROM quotes WHERE year = ?",
                             (year,)).fetchone()
            seq, revision = (row[0] or 0) + 1, 0
            number = f"Q-{year}-{seq:04d}"
        issued = dataclasses.replace(draft, number=number, revision=revision,
                                     status="issued", issued_at=stamp)
        db.execute(
            "INSERT INTO quotes (year, seq, number, revision, status, quote_date, "
            "valid_until, customer, sales_engineer, currency, total_excl_tax, issued_at,"
            " body) VALUES (?, ?, ?, ?, 'issued', ?, ?, ?, ?, ?, ?, ?, ?)",
            (year, seq, number, revision, issued.date.isoformat(),
             issued.valid_until.isoformat(), issued.customer.company,
             issued.sales_engineer, issued.currency,
             str(issued.pricing.total_excl_tax.amount), stamp, quote_to_json(issued)))
        return issued

    # ------------------------------------------------------------------- reads
    def get(self, number: str, revision: int | None = None) -> Quote:
        """The quote ``number`` at ``revision`` (latest if ``None``)."""
        sql = "SELECT body, status FROM quotes WHERE number = ? "
        args: tuple[Any, ...] = (number,)
        if revision is None:
            sql += "ORDER BY revision DESC LIMIT 1"
        else:
            sql += "AND revision = ?"
            args += (revision,)
        row = self._retry(lambda: self._db.execute(sql, args).fetchone())
        if row is None:
            what = number if revision is None else f"{number} R{revision}"
            raise InputError(f"quote {what} is not in the register").coded(
                "not_in_register", number=what)
        quote = quote_from_json(row[0], source=f"{self.path} ({number})")
        return dataclasses.replace(quote, status=row[1])

    def search(self, *, number: str | None = None, customer: str | None = None,
               date_from: dt.date | None = None, date_to: dt.date | None = None,
               status: str | None = None, latest_only: bool = False) -> list[RegisterEntry]:
        """Entries matching all given filters (text filters are substring, any case)."""
        where, args = [], []
        if number:
            where.append("number LIKE ? ESCAPE '\\'")
            args.append(f"%{_like(number)}%")
        if customer:
            where.append("customer LIKE ? ESCAPE '\\'")
            args.append(f"%{_like(customer)}%")
        if date_from:
            where.append("quote_date >= ?")
            args.append(date_from.isoformat())
        if date_to:
            where.append("quote_date <= ?")
            args.append(date_to.isoformat())
        if status:
            where.append("status = ?")
            args.append(status)
        if latest_only:
            where.append("revision = (SELECT MAX(revision) FROM quotes q2 "
                         "WHERE q2.number = quotes.number)")
        sql = ("SELECT number, revision, status, quote_date, valid_until, customer, "
               "sales_engineer, total_excl_tax, currency, issued_at FROM quotes")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY year, seq, revision"
        rows = self._retry(lambda: self._db.execute(sql, args).fetchall())
        return [RegisterEntry(r[0], r[1], r[2], dt.date.fromisoformat(r[3]),
                              dt.date.fromisoformat(r[4]), r[5], r[6], Money(r[7], r[8]), r[9])
                for r in rows]

    def revisions(self, number: str) -> list[RegisterEntry]:
        return [e for e in self.search(number=number) if e.number == number]


def _issue_stamp(draft: Quote, now: dt.datetime | None) -> str:
    """Refuse a draft that is not a draft; the issue time stamp."""
    if draft.status != "draft":
        raise InputError(f"{draft.label} is already {draft.status}; revise it instead"
                         ).coded("already_issued", label=draft.label, status=draft.status)
    return (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
