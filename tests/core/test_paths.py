"""The user data folder: PACKCONFIG_HOME, and on Linux the same folder platformdirs
gives (the fast path avoids importing it on the window's start)."""

from __future__ import annotations

import sys

import pytest
from platformdirs import user_data_path

from packconfig.core.fs import paths

LINUX = sys.platform.startswith("linux")


def test_override(monkeypatch, tmp_path):
    monkeypatch.setenv("PACKCONFIG_HOME", str(tmp_path / "h"))
    assert paths.user_data_dir() == tmp_path / "h"


@pytest.mark.parametrize("xdg, home", [
    (None, "/home/ana"),            # the usual desktop
    ("/data/xdg", "/home/ana"),     # XDG_DATA_HOME set
    ("", "/home/ana"),              # set but empty: ignored
    ("relative/xdg", "/home/ana"),  # relative: platformdirs ignores it too
    (None, "relative-home"),        # relative HOME: left to platformdirs
    (None, ""),
])
def test_linux_folder_is_platformdirs_folder(monkeypatch, xdg, home):
    monkeypatch.delenv("PACKCONFIG_HOME", raising=False)
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    monkeypatch.setenv("HOME", home)
    try:
        expected = user_data_path("packconfig", appauthor=False)
    except RuntimeError:  # platformdirs finds no home at all: so must we
        with pytest.raises(RuntimeError):
            paths.user_data_dir()
        return
    assert paths.user_data_dir() == expected


def test_fast_path_used_in_the_common_case(monkeypatch):
    monkeypatch.delenv("PACKCONFIG_HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", "/home/ana")
    fast = paths._linux_data_dir()
    if LINUX:
        assert fast == user_data_path("packconfig", appauthor=False)
    else:
        assert fast is None  # other systems: platformdirs decides
