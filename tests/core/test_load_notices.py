"""What loaded, but the user should know (issue 14, items 6 and 6b): a user cell with
the id of a shipped cell is kept and reported naming both files; unknown keys in
settings.json are reported with the closest known key and the rest still loads."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from packconfig.cli import main
from packconfig.core.cells.catalog import load_catalog
from packconfig.core.commerce.settings import load_settings, shipped_defaults
from packconfig.core.commerce.settings_schema import SCHEMA, unknown_keys
from packconfig.core.fs.resources import resource_path

DATA = Path(__file__).parent.parent / "data"


def user_cell(home: Path, name: str = "my-cbak.toml") -> Path:
    folder = home / "cells"
    folder.mkdir(exist_ok=True)
    path = folder / name
    shutil.copy(DATA / "cbak-32140fs.toml", path)  # id CBAK-32140FS, as shipped
    return path


def test_user_cell_shadowing_a_shipped_cell_is_kept_and_reported(packconfig_home):
    path = user_cell(packconfig_home)
    catalog = load_catalog()
    assert catalog.get("CBAK-32140FS").source == "BAK 32140FS-15.0Ah performance introduction"
    (notice,) = catalog.notices
    assert notice.code == "user_cell_shadows"
    shipped = str(resource_path("catalog/cells.toml"))
    for text in (notice.text("en"), notice.text("zh")):
        assert str(path) in text and shipped in text and "CBAK-32140FS" in text
    assert "取代" in notice.text("zh")


def test_two_user_files_with_one_id_are_reported(packconfig_home):
    first = user_cell(packconfig_home, "a.toml")
    second = user_cell(packconfig_home, "b.toml")
    codes = [(n.code, n.params.get("path")) for n in load_catalog().notices]
    assert codes == [("user_cell_shadows", str(first)), ("user_cell_repeated", str(second))]


def test_no_notice_without_user_cells(packconfig_home):
    assert load_catalog().notices == []
    assert load_settings().notices == ()


def test_misspelt_settings_keys_are_reported_and_the_rest_loads(packconfig_home):
    path = packconfig_home / "settings.json"
    path.write_text(json.dumps({"seller": {"compnay": "Wrong Key Co.", "email": "a@b.cn"},
                                "company": "Top Level Co.",
                                "commercial": {"margin_pct": "25", "validty_days": 10},
                                "zzz": 1}), encoding="utf-8")
    settings = load_settings()
    assert settings.seller["email"] == "a@b.cn"  # the rest still loads
    assert str(settings.policy.margin_pct) == "25"
    messages = [n.text("en") for n in settings.notices]
    assert messages == [
        f"settings file {path}: unknown key 'seller.compnay' ignored (did you mean 'company'?)",
        f"settings file {path}: unknown key 'company' ignored "
        "(did you mean 'seller.company'?)",
        f"settings file {path}: unknown key 'commercial.validty_days' ignored "
        "(did you mean 'validity_days'?)",
        f"settings file {path}: unknown key 'zzz' ignored",
    ]
    zh = settings.notices[0].text("zh")
    assert "设置文件" in zh and "seller.compnay" in zh and "“company”" in zh


def test_the_shipped_defaults_match_the_schema():
    assert unknown_keys(shipped_defaults(), "costs.toml") == []
    assert set(SCHEMA) >= set(shipped_defaults())


def test_cli_prints_the_notices_on_stderr(packconfig_home, capsys):
    path = user_cell(packconfig_home)
    (packconfig_home / "settings.json").write_text('{"seller": {"nmae": "x"}}',
                                                   encoding="utf-8")
    assert main(["cells"]) == 0
    err = capsys.readouterr().err
    assert f"packconfig: warning: user cell CBAK-32140FS in {path} replaces" in err
    assert main(["price", "--cell", "CBAK-32140FS", "-s", "4", "-p", "1", "-n", "10"]) == 0
    err = capsys.readouterr().err
    assert "replaces the shipped cell" in err and "unknown key 'seller.nmae'" in err
