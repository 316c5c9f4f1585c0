"""Where the quote register lives: a URL, its timeout, and how its password is found.

* ``sqlite:///PATH`` (the default: ``quotes.sqlite3`` in the user data folder) for one
  user, or ``postgresql://USER@HOST:PORT/DB`` (also ``postgresql://USER@/DB?host=/run/
  postgresql`` for a Unix socket) for a team.
* Chosen by the environment variable ``PACKCONFIG_REGISTER_URL`` (it wins) or
  ``settings.json`` -> ``"register": {"url": ..., "timeout_s": ...}``.
* Passwords are never stored in settings.json (refused with a clear message): libpq
  finds them in ``PGPASSFILE`` / ``~/.pgpass`` or a service file (``?service=NAME``),
  or the system keyring holds them (service :data:`KEYRING_SERVICE`, user
  ``USER@HOST:PORT/DB``) when the optional ``keyring`` package is installed. A password
  in the environment variable is accepted (it is not a file) but never shown: every
  message and log line uses :func:`redact`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from packconfig.core.errors import DataFileError, InputError
from packconfig.core.fs.paths import user_file
from packconfig.core.fs.reading import read_limited

ENV_URL = "PACKCONFIG_REGISTER_URL"
ENV_TIMEOUT = "PACKCONFIG_REGISTER_TIMEOUT"
DB_NAME = "quotes.sqlite3"
DEFAULT_TIMEOUT_S = 10.0
KEYRING_SERVICE = "packconfig-register"
SETTINGS_NAME = "settings.json"
MAX_SETTINGS_BYTES = 2_000_000


@dataclass(frozen=True)
class Location:
    """A register's URL (as given, may hold a password only if it came from the
    environment), its backend and its timeout."""

    url: str
    timeout_s: float = DEFAULT_TIMEOUT_S

    @property
    def backend(self) -> str:
        return "postgresql" if self.url.startswith("postgresql") else "sqlite"

    @property
    def shown(self) -> str:
        """The URL as messages and logs show it: no password."""
        return redact(self.url)

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_path(self.url)


def default_sqlite_path() -> Path:
    return user_file(DB_NAME)


def sqlite_url(path: str | os.PathLike[str]) -> str:
    return "sqlite:///" + str(Path(path))


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///PATH`` URL (``None`` for other backends)."""
    if not url.startswith("sqlite:"):
        return None
    rest = url.removeprefix("sqlite:")
    if not rest.startswith("///"):
        raise InputError(f"a SQLite register URL is sqlite:///PATH, got {redact(url)!r}"
                         ).coded("register_bad_url", url=redact(url))
    return Path(rest[3:].split("?", 1)[0])


def redact(url: str) -> str:
    """``url`` with any password replaced by ``***`` (the user name, host and database
    stay: they say which register is meant)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    netloc, slash, tail = rest.partition("/")
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")
        if ":" in userinfo:
            userinfo = userinfo.split(":", 1)[0] + ":***"
        netloc = f"{userinfo}@{host}"
    tail = _redact_query(tail)
    return f"{scheme}://{netloc}{slash}{tail}"


def _redact_query(tail: str) -> str:
    path, q, query = tail.partition("?")
    if not q:
        return tail
    parts = []
    for item in query.split("&"):
        key, eq, _ = item.partition("=")
        parts.append(f"{key}=***" if eq and key.lower() == "password" else item)
    return f"{path}?{'&'.join(parts)}"


def has_password(url: str) -> bool:
    return redact(url) != url


def _settings_register(path: Path | None = None) -> dict[str, object]:
    target = path or user_file(SETTINGS_NAME)
    if not target.exists():
        return {}
    try:
        data = json.loads(read_limited(target, MAX_SETTINGS_BYTES, "a settings file"))
    except ValueError:
        return {}  # the settings loader reports a broken file with its own message
    section = data.get("register", {}) if isinstance(data, dict) else {}
    if not isinstance(section, dict):
        raise DataFileError(target, "'register' must be a table with 'url' and 'timeout_s'"
                            ).coded("register_settings")
    return section


def resolve(url: str | os.PathLike[str] | None = None, *, timeout_s: float | None = None,
            settings_path: Path | None = None) -> Location:
    """The register to open: ``url`` (a URL or a SQLite file path) if given, else the
    environment, else settings.json, else the default SQLite file."""
    section: dict[str, object] = {}
    if url is None:
        section = _settings_register(settings_path)
        env = os.environ.get(ENV_URL, "").strip()
        from_settings = str(section.get("url", "") or "").strip()
        if from_settings and has_password(from_settings):
            where = settings_path or user_file(SETTINGS_NAME)
            raise DataFileError(where, "the register URL holds a password; passwords are "
                                "never kept in settings.json: put it in PGPASSFILE "
                                "(~/.pgpass), a service file or the system keyring").coded(
                "register_password_in_file")
        text = env or from_settings or sqlite_url(default_sqlite_path())
    else:
        text = str(url)
        if "://" not in text:
            text = sqlite_url(text)
    if not (text.startswith("sqlite:") or text.startswith("postgresql")):
        raise InputError(f"the register URL must start with sqlite:/// or postgresql://, got "
                         f"{redact(text)!r}").coded("register_bad_url", url=redact(text))
    text = text.replace("postgresql+psycopg://", "postgresql://", 1)
    return Location(text, _timeout(timeout_s, section))


def _timeout(given: float | None, section: dict[str, object]) -> float:
    raw: object = given
    if raw is None:
        raw = os.environ.get(ENV_TIMEOUT) or section.get("timeout_s", DEFAULT_TIMEOUT_S)
    try:
        value = float(str(raw))
    except ValueError:
        value = -1.0
    if not 0.5 <= value <= 600:
        raise InputError(f"the register timeout must be 0.5 to 600 seconds, got {raw!r}"
                         ).coded("register_timeout", got=str(raw)[:40])
    return value


def keyring_password(url: str) -> str | None:
    """The password the system keyring holds for ``url``'s user, host, port and
    database, or ``None`` (no keyring package, no entry, or a keyring error)."""
    try:
        import keyring  # optional
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_user(url))
    except Exception:  # any backend failure means "no password from the keyring"
        return None


def keyring_user(url: str) -> str:
    """The keyring entry name for ``url``: ``USER@HOST:PORT/DB``."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    host = u.host or str(u.query.get("host", "") or "local")
    return f"{u.username or ''}@{host}:{u.port or 5432}/{u.database or ''}"
