"""Passwords stay out of files, quotes, messages and logs; libpq's password file and the
system keyring supply them instead."""

from __future__ import annotations

import json
import logging
import sys
import types

import pytest

from packconfig.core import messages
from packconfig.core.commerce.quote import quote_to_json
from packconfig.core.errors import DataFileError, StorageError
from packconfig.core.store import location
from packconfig.core.store.location import redact, resolve
from packconfig.core.store.register import Register

SECRET = "s3cret-Pw_9"


@pytest.mark.parametrize("url,shown", [
    ("postgresql://alice:pw@db/q", "postgresql://alice:***@db/q"),
    ("postgresql://alice:p%40ss:w@db:5433/q?host=/tmp", "postgresql://alice:***@db:5433/q?host=/tmp"),
    ("postgresql://alice@db/q?password=pw&sslmode=require",
     "postgresql://alice@db/q?password=***&sslmode=require"),
    ("postgresql://a:b@c@db/q", "postgresql://a:***@db/q"),
    ("postgresql://alice@db/q", "postgresql://alice@db/q"),
    ("sqlite:////home/me/quotes.sqlite3", "sqlite:////home/me/quotes.sqlite3"),
])
def test_redact(url, shown):
    assert redact(url) == shown


@pytest.fixture(scope="module")
def secret_db(pg):
    pg.sql(f"CREATE ROLE pw_user LOGIN PASSWORD '{SECRET}'")
    name = pg.new_database("secret")
    pg.sql("GRANT ALL ON SCHEMA public TO pw_user", database=name)
    pg.sql(f"ALTER DATABASE {name} OWNER TO pw_user")
    return name


def test_password_in_environment_works_and_is_never_shown(pg, secret_db, draft, caplog,
                                                          monkeypatch):
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("PACKCONFIG_REGISTER_URL", pg.url(secret_db, "pw_user", SECRET))
    with Register() as reg:
        q = reg.issue(draft)
        assert SECRET not in reg.url and "***" in reg.url
        assert SECRET not in quote_to_json(reg.get(q.number))
    monkeypatch.setenv("PACKCONFIG_REGISTER_URL", pg.url("no_such_db", "pw_user", SECRET))
    with pytest.raises(StorageError) as info:
        Register()
    assert info.value.code == "register_unreachable"
    assert SECRET not in str(info.value) and "***" in str(info.value)
    assert SECRET not in caplog.text


def test_wrong_or_missing_password_is_a_clear_message(pg, secret_db, monkeypatch, tmp_path):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with pytest.raises(StorageError) as info:
        Register(pg.url(secret_db, "pw_user"))
    assert info.value.code == "register_login" and "PGPASSFILE" in str(info.value)
    assert "拒绝登录" in messages.text(info.value, "zh")
    with pytest.raises(StorageError) as info:
        Register(pg.url(secret_db, "pw_user", "wrong-password"))
    assert info.value.code == "register_login" and "wrong-password" not in str(info.value)


def test_pgpassfile_supplies_the_password(pg, secret_db, monkeypatch, tmp_path):
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:{secret_db}:pw_user:{SECRET}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    with Register(pg.url(secret_db, "pw_user")) as reg:
        assert reg.actor.role == "pw_user"


def test_keyring_supplies_the_password(pg, secret_db, monkeypatch, tmp_path):
    url = pg.url(secret_db, "pw_user")
    asked = []

    def get_password(service, user):
        asked.append((service, user))
        return SECRET
    monkeypatch.setitem(sys.modules, "keyring", types.SimpleNamespace(get_password=get_password))
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with Register(url) as reg:
        assert reg.actor.role == "pw_user"
    assert asked == [("packconfig-register", f"pw_user@{pg.sock}:5432/{secret_db}")]


def test_keyring_is_optional(monkeypatch):
    monkeypatch.setitem(sys.modules, "keyring", None)  # "import keyring" fails
    assert location.keyring_password("postgresql://a@h/d") is None


def test_password_in_settings_is_refused(packconfig_home):
    settings = packconfig_home / "settings.json"
    settings.write_text(json.dumps({"register": {"url": f"postgresql://a:{SECRET}@h/d"}}))
    with pytest.raises(DataFileError) as info:
        resolve()
    assert info.value.code == "register_password_in_file"
    assert SECRET not in str(info.value) and "PGPASSFILE" in str(info.value)
    settings.write_text(json.dumps({"register": {"url": "postgresql://a@h/d",
                                                 "timeout_s": 3}}))
    found = resolve()
    assert (found.url, found.timeout_s, found.backend) == ("postgresql://a@h/d", 3.0,
                                                          "postgresql")
