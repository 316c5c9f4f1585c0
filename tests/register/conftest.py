"""Register tests run on both backends: ``register_url`` is a fresh SQLite file or a
fresh database on a throwaway PostgreSQL cluster (``pgcluster.Cluster``, one per test
session, removed at the end). No skips: without PostgreSQL the tests fail and say how
to install it."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from pgcluster import CELL_FILE, Cluster  # noqa: E402

from packconfig.core.cells.catalog import load_cell_file  # noqa: E402
from packconfig.core.commerce.quote import Party, make_quote  # noqa: E402
from packconfig.core.commerce.settings import load_settings  # noqa: E402


@pytest.fixture(scope="session")
def pg():
    try:
        cluster = Cluster()
    except RuntimeError as err:
        pytest.fail(str(err), pytrace=False)
    yield cluster
    cluster.remove()


@pytest.fixture(params=["sqlite", "postgresql"])
def register_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'quotes.sqlite3'}"
    cluster = request.getfixturevalue("pg")
    return cluster.url(cluster.new_database())


@pytest.fixture
def pg_url(pg) -> str:
    return pg.url(pg.new_database())


@pytest.fixture(scope="session")
def cell():
    return load_cell_file(CELL_FILE)[0]


@pytest.fixture(scope="session")
def settings():
    return load_settings(Path("/nonexistent/settings.json"))


@pytest.fixture
def draft(cell, settings):
    return make_quote(cell, 4, 1, 10, "CNY", settings, Party(company="ACME 电池"),
                      date=dt.date(2026, 3, 1))
