"""Project-wide test setup.

* ``PACKCONFIG_HOME`` points at a fresh temporary folder for every test, so no test
  ever reads or writes the real user data folder (see ``packconfig.core.fs.paths``).
* Qt runs on the ``offscreen`` platform unless ``PACKCONFIG_TEST_ONSCREEN=1`` is set,
  so tests work on machines and CI runners without a display. tests/gui/conftest.py
  adds the dialog patches for GUI tests.
"""

from __future__ import annotations

import os

import pytest

if os.environ.get("PACKCONFIG_TEST_ONSCREEN") != "1":
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def packconfig_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """A private, empty user data folder for each test (``PACKCONFIG_HOME``)."""
    home = tmp_path_factory.mktemp("packconfig-home")
    monkeypatch.setenv("PACKCONFIG_HOME", str(home))
    monkeypatch.delenv("PACKCONFIG_REGISTER_URL", raising=False)  # a team register stays
    monkeypatch.delenv("PACKCONFIG_REGISTER_TIMEOUT", raising=False)  # out of the tests
    return home


@pytest.fixture(autouse=True)
def no_signing_environment(monkeypatch: pytest.MonkeyPatch):
    """A developer's own signing certificate (docs/pdf.md, "Signed quotes") never reaches
    the tests: every PDF is unsigned unless a test configures a throwaway one."""
    for name in ("PACKCONFIG_SIGNING_PKCS12", "PACKCONFIG_SIGNING_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def shipped_component_table():
    """Loading settings makes their component table the one in force for every pack
    evaluation (core/pack/components.use_table); each test starts and ends with the
    shipped one."""
    from packconfig.core.pack.components import use_table

    use_table(None)
    yield
    use_table(None)
