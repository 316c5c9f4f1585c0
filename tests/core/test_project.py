import datetime as dt
import json

import pytest

from packconfig.core.commerce.quote import Party, make_quote
from packconfig.core.commerce.settings import load_settings
from packconfig.core.errors import DataFileError, StorageError
from packconfig.core.pack.options import PackOptions
from packconfig.core.store.project import Project, load_project, project_to_json, save_project


@pytest.fixture
def project(cbak):
    quote = make_quote(cbak, 96, 2, 500, "CNY", load_settings(), Party(company="康迪"),
                       date=dt.date(2026, 1, 15))
    return Project(cbak, 96, 2, PackOptions(soc_min=0.1, soc_max=0.9), "Kandi 96S", quote)


def test_roundtrip(project, tmp_path):
    path = save_project(tmp_path / "p.pcproj.json", project)
    assert load_project(path) == project


@pytest.mark.parametrize("content,match", [
    (b"", "invalid or truncated"),
    (b"\xff\xfe\x00garbage", "UTF-8"),
    (b"[1, 2]", "JSON object"),
    (b'{"schema_version": 3, "kind": "packconfig-project"}', "newer"),
    (b'{"schema_version": 1, "kind": "something-else"}', "not a packconfig project"),
    (b'{"schema_version": 1, "kind": "packconfig-project", "configuration": {"series": 2}}',
     "missing field"),
])
def test_corrupt_files_raise_clear_error(tmp_path, content, match):
    path = tmp_path / "bad.pcproj.json"
    path.write_bytes(content)
    with pytest.raises(DataFileError, match=match) as info:
        load_project(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content  # nothing changed


def test_truncated_and_wrong_types(project, tmp_path):
    text = project_to_json(project)
    path = tmp_path / "cut.json"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(DataFileError, match="truncated"):
        load_project(path)
    data = json.loads(text)
    data["configuration"]["series"] = "96"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataFileError, match="series"):
        load_project(path)
    with pytest.raises(DataFileError, match="not found"):
        load_project(tmp_path / "missing.json")


def test_save_failure_is_storage_error_and_keeps_old_file(project, tmp_path):
    with pytest.raises(StorageError, match="does not exist"):
        save_project(tmp_path / "no" / "such" / "dir.json", project)
    path = save_project(tmp_path / "p.json", project)
    before = path.read_bytes()
    with pytest.raises(StorageError):
        save_project(tmp_path, project)  # a folder
    assert path.read_bytes() == before


def test_stale_temp_files_of_a_crashed_save_are_removed_by_the_next_save(tmp_path):
    import os
    import time

    from packconfig.core.fs.atomic import STALE_SECONDS, atomic_write_text

    target = tmp_path / "pack [1].pcproj.json"
    old = tmp_path / ".pack [1].pcproj.json.abc123.tmp"
    fresh = tmp_path / ".pack [1].pcproj.json.def456.tmp"  # another save in progress
    other = tmp_path / ".other.json.xyz.tmp"
    for leftover in (old, fresh, other):
        leftover.write_text("partial")
    past = time.time() - STALE_SECONDS - 5
    os.utime(old, (past, past))
    os.utime(other, (past, past))
    atomic_write_text(target, "{}")
    assert target.read_text() == "{}"
    assert not old.exists() and fresh.exists() and other.exists()
