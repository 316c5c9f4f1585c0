"""Project files and quote JSON written before the module split (schema 1, saved by the
code of commit 10f0f73 into tests/data/pre_modules/) still open and mean the same pack;
new files carry schema 2 and round-trip the split."""

import json
from pathlib import Path

import pytest

from packconfig.core.commerce.quote import quote_from_json, quote_to_json
from packconfig.core.errors import DataFileError
from packconfig.core.pack.modules import Architecture
from packconfig.core.pack.options import PackOptions
from packconfig.core.pack.physics import compute_pack
from packconfig.core.store.project import Project, load_project, save_project
from packconfig.core.units import Q_

OLD = Path(__file__).parent.parent / "data" / "pre_modules"


def test_old_project_opens_as_the_same_pack():
    raw = json.loads((OLD / "zoe-96s2p.pcproj.json").read_text(encoding="utf-8"))
    assert raw["schema_version"] == 1 and "architecture" not in raw["configuration"]["options"]
    project = load_project(OLD / "zoe-96s2p.pcproj.json")
    assert (project.cell.id, project.series, project.parallel) == ("LG-E63", 96, 2)
    assert project.options.architecture == Architecture()  # the suggested split
    assert project.options.layout == "square" and project.name == "Zoe ZE40"
    r = compute_pack(project.cell, project.series, project.parallel, project.options)
    assert r.modules.suggested and r.modules.configuration == "8S2P"
    # the quote inside keeps the figures it was issued with
    assert project.quote.design.figures["mass_pack"].to("kg").magnitude == pytest.approx(
        276.35024)


def test_old_honeycomb_project_keeps_its_options():
    project = load_project(OLD / "cbak-23s4p-honeycomb.pcproj.json")
    assert project.options.layout == "honeycomb" and (project.series, project.parallel) == (
        23, 4)


def test_old_quote_json_opens_unchanged():
    text = (OLD / "zoe-quote.json").read_text(encoding="utf-8")
    quote = quote_from_json(text)
    assert json.loads(text)["schema_version"] == 1
    assert quote.design.configuration == "96S2P"
    assert quote.design.options.architecture == Architecture()
    old = json.loads(text)["quote"]
    assert str(quote.cost.price.amount) == old["cost"]["price"]["amount"] == "76091.60"
    assert str(quote.pricing.total_incl_tax.amount) == old["pricing"]["total_incl_tax"][
        "amount"]
    again = json.loads(quote_to_json(quote))
    assert again["schema_version"] == 2
    assert again["quote"]["design"]["options"]["architecture"]["module_series"] is None


def test_new_project_round_trips_the_split(tmp_path):
    old = load_project(OLD / "zoe-96s2p.pcproj.json")
    arch = Architecture(module_series=8, module_parallel=2, arrangement=(3, 4, 1),
                        module_spacing=Q_(15, "mm"), footprint=(Q_(1.5, "m"), Q_(1.1, "m")))
    project = Project(old.cell, 96, 2, PackOptions(architecture=arch), "split", old.quote)
    path = save_project(tmp_path / "p.pcproj.json", project)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == 2
    back = load_project(path)
    assert back.options.architecture == arch


def test_newer_schema_is_refused(tmp_path):
    data = json.loads((OLD / "zoe-96s2p.pcproj.json").read_text(encoding="utf-8"))
    data["schema_version"] = 3
    path = tmp_path / "future.pcproj.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataFileError, match="newer"):
        load_project(path)


def test_v2_file_with_a_bad_split_is_a_clear_error(tmp_path):
    data = json.loads((OLD / "zoe-96s2p.pcproj.json").read_text(encoding="utf-8"))
    data["schema_version"] = 2
    data["configuration"]["options"]["architecture"] = {"module_series": 0}
    path = tmp_path / "bad.pcproj.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataFileError, match="module_series"):
        load_project(path)
