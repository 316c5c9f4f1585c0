"""The register's database connection, for both backends: the engine, transactions,
schema migration on open, retries, and database errors as clear coded messages.

* SQLite: WAL journal, ``busy_timeout``; a write transaction starts with ``BEGIN
  IMMEDIATE`` so two processes never allocate the same number; "database is locked" is
  retried for :data:`RETRY_SECONDS` and then explained.
* PostgreSQL (psycopg 3): ``connect_timeout`` and ``statement_timeout`` from the
  location's timeout, so nothing hangs longer; READ COMMITTED with row locks (``FOR
  UPDATE``) on the per-year counter and on the quote being changed; serialisation
  failures, deadlocks and unique-key races are retried.
* Migrations: Alembic (``migrations/``), applied on open for both backends; a register
  written by a newer packconfig is refused (:func:`migrate`).
"""

from __future__ import annotations

import functools
import getpass
import logging
import math
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy import event, exc

from packconfig.core.errors import DataFileError, PackconfigError, StorageError
from packconfig.core.store.location import Location, keyring_password

log = logging.getLogger("packconfig.register")
T = TypeVar("T")
#: How long a busy SQLite register (another process writing) is retried.
RETRY_SECONDS = 30.0
#: How long one SQLite statement waits for another process's write lock.
SQLITE_BUSY_MS = 5000
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: PostgreSQL error classes worth retrying: serialisation failure, deadlock, unique
#: violation (two clients racing for the same key), lock not available.
PG_TRANSIENT = {"40001", "40P01", "23505", "55P03"}
#: libpq's words for a refused login (connection errors carry no SQLSTATE).
LOGIN_FAILURES = ("no password supplied", "password authentication failed",
                  "authentication failed", "role \"")
ADVISORY_KEY = 0x7061636B  # "pack": one lock id for schema migration


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, no LOGNAME in a container
        return "unknown"


def make_engine(location: Location) -> sa.Engine:
    if location.backend == "sqlite":
        return _sqlite_engine(location)
    return _pg_engine(location)


def _sqlite_engine(location: Location) -> sa.Engine:
    path = location.sqlite_path
    engine = sa.create_engine(f"sqlite:///{path}",
                              connect_args={"timeout": SQLITE_BUSY_MS / 1000},
                              poolclass=sa.pool.SingletonThreadPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi, _record) -> None:  # noqa: ANN001 (DB-API objects)
        dbapi.isolation_level = None  # packconfig issues BEGIN itself
        dbapi.execute(f"PRAGMA busy_timeout = {int(SQLITE_BUSY_MS)}")
        _sqlite_retry(lambda: dbapi.execute("PRAGMA journal_mode = WAL").fetchone())
        dbapi.execute("PRAGMA synchronous = NORMAL")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        write = conn.get_execution_options().get("packconfig_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _sqlite_retry(work: Callable[[], T]) -> T:
    import sqlite3

    deadline = time.monotonic() + RETRY_SECONDS
    while True:
        try:
            return work()
        except sqlite3.OperationalError as err:
            if "locked" not in str(err).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.01 + random.random() * 0.05)


def _pg_engine(location: Location) -> sa.Engine:
    url = sa.engine.make_url(location.url).set(drivername="postgresql+psycopg")
    timeout_ms = int(location.timeout_s * 1000)
    args: dict[str, object] = {
        "connect_timeout": max(2, math.ceil(location.timeout_s)),
        "options": f"-c statement_timeout={timeout_ms} -c lock_timeout={timeout_ms} "
                   f"-c idle_in_transaction_session_timeout={max(timeout_ms * 6, 60000)}",
        "application_name": "packconfig",
        "keepalives": 1, "keepalives_idle": max(1, int(location.timeout_s)),
        "keepalives_interval": 2, "keepalives_count": 3, "tcp_user_timeout": timeout_ms,
    }
    if url.username and not url.password and "service" not in url.query:
        password = keyring_password(location.url)
        if password:
            args["password"] = password
    # No pre-ping round trip per transaction: a connection the server dropped fails its
    # first statement, is invalidated, and retry() runs the transaction again.
    return sa.create_engine(url, connect_args=args, pool_size=2,
                            max_overflow=2, pool_timeout=location.timeout_s,
                            hide_parameters=True)


# ----------------------------------------------------------------------- errors
def is_transient(err: BaseException) -> bool:
    """A lock, a race or a lost connection: the same work may succeed if tried again."""
    if isinstance(err, exc.DBAPIError) and err.connection_invalidated:
        return True
    orig = getattr(err, "orig", None)
    state = getattr(orig, "sqlstate", None)
    if state in PG_TRANSIENT:
        return True
    module = type(orig).__module__ if orig is not None else ""
    if module.startswith("sqlite3"):
        text = str(orig).lower()
        return "locked" in text or "busy" in text or isinstance(err, exc.IntegrityError)
    return module.startswith("psycopg") and is_connection_lost(err)


def is_connection_lost(err: BaseException) -> bool:
    """The server went away or could not be reached (not a refusal or a timeout)."""
    if isinstance(err, exc.DBAPIError) and err.connection_invalidated:
        return True
    orig = getattr(err, "orig", None)
    state = str(getattr(orig, "sqlstate", "") or "")
    if state.startswith("08") or state in {"57P01", "57P02", "57P03"}:
        return True
    return isinstance(err, exc.OperationalError) and not state


def translate(err: BaseException, location: Location) -> PackconfigError:
    """A database error as a coded message the user can act on (the URL without its
    password)."""
    if isinstance(err, PackconfigError):
        return err
    if location.backend == "sqlite":
        return _sqlite_error(err, location)
    return _pg_error(err, location)


def _detail(err: BaseException, location: Location) -> str:
    orig = getattr(err, "orig", None) or err
    text = " ".join(str(orig).split())
    from sqlalchemy.engine import make_url

    password = make_url(location.url).password
    if password:
        text = text.replace(str(password), "***")
    return text[:300]


def _sqlite_error(err: BaseException, location: Location) -> PackconfigError:
    text = _detail(err, location)
    low = text.lower()
    path = str(location.sqlite_path)
    if "not a database" in low or "malformed" in low:
        return DataFileError(path, "the quote register is damaged or not a packconfig "
                             "database; restore it from a backup").coded("register_damaged")
    if "locked" in low or "busy" in low:
        return StorageError(f"the quote register {path} is busy (another packconfig is "
                            "writing to it); try again in a moment").coded(
            "register_busy", path=path)
    if "readonly" in low or "unable to open" in low or "disk" in low:
        return StorageError(f"cannot write the quote register {path}: {text}").coded(
            "register_unwritable", path=path, detail=text)
    return StorageError(f"quote register {path}: {text}").coded(
        "register_error", path=path, detail=text)


def _pg_error(err: BaseException, location: Location) -> PackconfigError:
    orig = getattr(err, "orig", None)
    state = str(getattr(orig, "sqlstate", "") or "")
    shown, text = location.shown, _detail(err, location)
    if state == "42501":
        return StorageError(f"not permitted: your database role may read the team register "
                            f"{shown} but not change it; ask its administrator for the "
                            "writer role").coded("register_not_permitted", url=shown)
    if state.startswith("28") or any(w in text for w in LOGIN_FAILURES):
        return StorageError(f"the team register {shown} refused the login ({text}); put "
                            "the password in PGPASSFILE (~/.pgpass), a service file or the "
                            "system keyring").coded("register_login", url=shown, detail=text)
    if state in ("57014", "55P03"):  # statement or lock timeout
        return StorageError(f"the team register {shown} did not answer within "
                            f"{location.timeout_s:g} s; try again").coded(
            "register_timeout_hit", url=shown, seconds=f"{location.timeout_s:g}")
    if is_connection_lost(err) or isinstance(err, exc.OperationalError) or state == "3D000":
        return StorageError(f"cannot reach the team register {shown}: {text}").coded(
            "register_unreachable", url=shown, detail=text)
    return StorageError(f"team register {shown}: {text}").coded(
        "register_error", path=shown, detail=text)


def retry(work: Callable[[], T], location: Location, *, seconds: float | None = None) -> T:
    """Run ``work`` (a whole transaction) until it succeeds; transient failures (locks,
    races, a lost connection) are retried with jittered back-off for ``seconds``
    (default: :data:`RETRY_SECONDS` for SQLite, the location's timeout for
    PostgreSQL); anything else, or running out of time, raises a coded error."""
    limit = seconds if seconds is not None else (
        RETRY_SECONDS if location.backend == "sqlite" else location.timeout_s)
    deadline = time.monotonic() + limit
    delay = 0.002
    while True:
        try:
            return work()
        except exc.SQLAlchemyError as err:
            if not is_transient(err) or time.monotonic() > deadline:
                log.warning("register %s: %s", location.shown, _detail(err, location))
                raise translate(err, location) from None
            time.sleep(delay * (1 + random.random()))
            delay = min(delay * 2, 0.2)


# -------------------------------------------------------------------- migration
def _alembic_config(conn: sa.Connection):  # -> alembic.config.Config
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


@functools.cache
def _script():  # -> alembic.script.ScriptDirectory, read once per process
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR))


def head_revision() -> str:
    return str(_script().get_current_head())


def migrate(conn: sa.Connection, location: Location) -> str:
    """Bring the schema to the newest revision inside the open write transaction;
    returns the revision. Refuses a register from a newer packconfig."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    if location.backend == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": ADVISORY_KEY})
    script = _script()
    head = str(script.get_current_head())
    current = MigrationContext.configure(conn).get_current_revision()
    tables = set(sa.inspect(conn).get_table_names())
    cfg = _alembic_config(conn)
    if current is None:
        if _legacy_version(conn, tables) > 1:
            raise _newer(location)
        if "quotes" in tables:  # a register from before Alembic: schema 0001
            command.stamp(cfg, "0001")
            current = "0001"
    if current is not None and current not in {s.revision for s in script.walk_revisions()}:
        raise _newer(location)
    if current != head:
        log.info("register %s: migrating schema %s -> %s", location.shown, current, head)
        command.upgrade(cfg, "head")
    return head


def current_revision(conn: sa.Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def _legacy_version(conn: sa.Connection, tables: set[str]) -> int:
    if "schema_version" not in tables:
        return 1
    row = conn.execute(sa.text("SELECT version FROM schema_version")).fetchone()
    return int(row[0]) if row and row[0] is not None else 1


def _newer(location: Location) -> StorageError:
    where = str(location.sqlite_path) if location.backend == "sqlite" else location.shown
    return StorageError(f"the quote register {where} was written by a newer packconfig; "
                        "update packconfig to open it").coded("register_newer", path=where)


@contextmanager
def transaction(engine: sa.Engine, *, write: bool) -> Iterator[sa.Connection]:
    """A connection in a transaction that commits when the block ends normally and
    rolls back otherwise (SQLite: ``BEGIN IMMEDIATE`` when ``write``)."""
    with engine.connect() as conn:
        if write:
            conn.execution_options(packconfig_write=True)
        with conn.begin():
            yield conn
