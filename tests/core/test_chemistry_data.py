"""Checks on the shipped chemistry data file itself (resources/chemistries.toml).

Reads the file with tomllib directly, not through packconfig.core.cells.chemistry, so a
bad data file is reported here even if the loader changes.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pint
import pytest

DATA_FILE = Path(__file__).resolve().parents[2] / "resources" / "chemistries.toml"
REQUIRED = ("LFP", "NMC", "NCA", "LMO", "LTO", "LCO", "NaIon")
CONFIDENCE = {"high", "medium", "low"}

ureg = pint.UnitRegistry()


@pytest.fixture(scope="module")
def table() -> dict:
    with DATA_FILE.open("rb") as fh:
        return tomllib.load(fh)["chemistry"]


def volts(text: str) -> float:
    q = ureg.Quantity(text)
    assert q.check("[electric_potential]"), f"{text!r} is not a voltage"
    return q.to("V").magnitude


def test_all_required_chemistries_present(table):
    missing = [k for k in REQUIRED if k not in table]
    assert not missing, f"missing chemistries: {missing}"


@pytest.mark.parametrize("key", REQUIRED)
def test_text_fields_non_empty(table, key):
    chem = table[key]
    for field in ("name", "name_zh", "voltage_source", "usable_soc_source"):
        assert isinstance(chem.get(field), str) and chem[field].strip(), f"{key}.{field}"
    assert isinstance(chem["ocv"].get("source"), str) and chem["ocv"]["source"].strip()
    assert chem["ocv"].get("confidence") in CONFIDENCE
    assert all(isinstance(a, str) and a.strip() for a in chem.get("aliases", []))


def test_sodium_ion_names_and_aliases(table):
    na = table["NaIon"]
    assert na["name"] == "Sodium-ion"
    assert {"Na-ion", "sodium-ion", "SIB"} <= set(na["aliases"])


def test_aliases_unique_across_chemistries(table):
    def squash(text: str) -> str:
        return "".join(c for c in text.lower() if c.isascii() and c.isalnum())

    seen: dict[str, str] = {}
    for key, chem in table.items():
        for alias in [key, chem["name"], *chem.get("aliases", [])]:
            s = squash(alias)
            assert s, f"{key}: alias {alias!r} has no ASCII letters/digits"
            assert seen.setdefault(s, key) == key, f"{alias!r} in both {seen[s]} and {key}"


@pytest.mark.parametrize("key", REQUIRED)
def test_voltage_window(table, key):
    chem = table[key]
    v_min = volts(chem["min_voltage"])
    v_nom = volts(chem["nominal_voltage"])
    v_max = volts(chem["max_voltage"])
    assert 0 < v_min < v_nom < v_max


@pytest.mark.parametrize("key", REQUIRED)
def test_ocv_curve(table, key):
    chem = table[key]
    soc = chem["ocv"]["soc"]
    v = chem["ocv"]["voltage"]
    assert len(soc) == len(v)
    assert 11 <= len(soc) <= 21
    assert soc[0] == 0.0 and soc[-1] == 1.0
    assert all(b > a for a, b in zip(soc, soc[1:], strict=False)), "soc must be strictly increasing"
    assert all(b >= a for a, b in zip(v, v[1:], strict=False)), "OCV must be non-decreasing"
    v_min = volts(chem["min_voltage"])
    v_max = volts(chem["max_voltage"])
    assert all(v_min <= x <= v_max for x in v), f"OCV outside [{v_min}, {v_max}] V"


@pytest.mark.parametrize("key", REQUIRED)
def test_usable_soc_window(table, key):
    chem = table[key]
    lo, hi = chem["usable_soc_min"], chem["usable_soc_max"]
    assert 0.0 <= lo < hi <= 1.0
