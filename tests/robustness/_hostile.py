"""Generators of hostile input, and the valid documents they start from.

Structured mutations take a valid document (parsed TOML/JSON), pick 1-3 places in it
and drop, duplicate or retype a field, or put a hostile value there: wrong units,
negative/zero/NaN/inf/huge numbers, huge integers, unicode, control characters, very
long strings, deep nesting. The result is serialised and, sometimes, mangled at the
byte level (truncated, bytes flipped or inserted). Random bytes complete the picture.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import functools
import json
import math
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

DATA = Path(__file__).resolve().parents[1] / "data"

UNIT_TEXTS = [
    "3.2 V", "15 Ah", "300 g", "33.2 mm", "3 mohm", "30 A", "-1 V", "0 V", "0 Ah",
    "-0.0 mm", "nan V", "inf A", "-inf Ah", "1e400 V", "1e-400 V", "1e308 Ah",
    "10**400 V", "2**100000 V", "9**9**9 V", "V**9**9**9", "3 V**99999999", "3.2",
    "3.2 furlong", "3.2 V/0", "3.2 V V", "(" * 60 + "1" + ")" * 60 + " V", "3,2 V",
    "٣٫٢ V", "3.2 Ａh", "3.2 degC", "3.2 delta_degC", "1/0 V", "0/0 Ah", "3.2 kWh",
    "", " ", "Ah", "3.2e V", "0x10 V", "1_000 V", "3.2 V # comment", "\x00 V",
    "1" * 99 + " V", "1" * 200 + " V", "3.2 dimensionless", "3 1/h", "3 m**3",
]
BIGINT = "__BIGINT__"
NASTY_TEXT = [
    "Smith & Sons <Ltd>", "A&B<C", "<para>", "&amp;", "</para><para>x", "\x00\x01\x1b[31m",
    "\u202eevil\u202c", "مرحبا بالعالم", "שלום עולם", "🔋⚡️👩‍🔧", "\ud800", "\udfff",
    "x" * 10_000, "é" * 50_000, "\r\n\t\v\f", "NaN", "Infinity", "null", "true", "0",
    "1e999999999", "-1e999999999", "1E+999999999999999999", "Q-2026-0001", "../../etc/passwd",
    "C:\\Windows\\system32", "%s%n%x", "'; DROP TABLE quotes; --", "\ufeffBOM",
    "__BIGINT__",  # BIGINT: json_bytes writes a 5000-digit integer literal here
]
HUGE_INTS = [0, -1, 1, 2**31, 2**63, -(2**63) - 1, 10**400, 10**4000]
SPECIAL_FLOATS = [0.0, -0.0, math.nan, math.inf, -math.inf, 1e308, -1e308, 5e-324, 1e-400]


def _nested(depth: int, leaf: Any) -> Any:
    value = leaf
    for i in range(depth):
        value = [value] if i % 2 else {"a": value}
    return value


json_leaf = st.one_of(
    st.none(), st.booleans(), st.sampled_from(HUGE_INTS), st.integers(),
    st.sampled_from(SPECIAL_FLOATS), st.floats(),
    st.sampled_from(UNIT_TEXTS), st.sampled_from(NASTY_TEXT), st.text(max_size=40),
)
hostile_value = st.one_of(
    json_leaf,
    st.lists(json_leaf, max_size=4),
    st.dictionaries(st.text(max_size=10), json_leaf, max_size=4),
    st.builds(_nested, st.integers(10, 60), json_leaf),
)


def _places(doc: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path (tuple of keys/indexes) into ``doc``, the root included."""
    out = [prefix]
    if isinstance(doc, dict):
        for key, value in doc.items():
            out.extend(_places(value, prefix + (key,)))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            out.extend(_places(value, prefix + (i,)))
    return out


def _pick(draw, options: list) -> Any:
    """Like ``draw(st.sampled_from(options))`` without building a strategy per draw."""
    return options[draw(st.integers(0, len(options) - 1))]


def _get(doc: Any, path: tuple) -> Any:
    for key in path:
        doc = doc[key]
    return doc


OPS = ("drop", "set", "set", "set", "duplicate", "extra_key", "retype", "wrap", "unit",
       "negate", "long")


@st.composite
def mutated(draw, base: Any, max_mutations: int = 3) -> Any:
    """``base`` with 1..max_mutations structured mutations applied."""
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, max_mutations))):
        places = [p for p in _places(doc) if p]
        if not places:
            return draw(hostile_value)
        path = _pick(draw, places)
        parent, key = _get(doc, path[:-1]), path[-1]
        value = parent[key]
        op = draw(st.sampled_from(OPS))
        if op == "drop":
            if isinstance(parent, dict):
                del parent[key]
            else:
                parent.pop(key)
        elif op == "duplicate" and isinstance(parent, list):
            parent.insert(key, copy.deepcopy(value))
        elif op == "extra_key" and isinstance(parent, dict):
            parent[_pick(draw, [key + "_", "extra", "", "\x00", "é" * 3])] = value
        elif op == "retype":
            parent[key] = (str(value) if not isinstance(value, str)
                           else _pick(draw, [1, 1.5, None, True, [value], {"v": value}]))
        elif op == "wrap":
            parent[key] = _nested(draw(st.integers(1, 50)), value)
        elif op == "unit" and isinstance(value, str):
            parent[key] = draw(st.sampled_from(UNIT_TEXTS))
        elif op == "negate" and isinstance(value, (int, float)) and not isinstance(value, bool):
            parent[key] = -value
        elif op == "negate" and isinstance(value, str):
            parent[key] = "-" + value
        elif op == "long" and isinstance(value, str):
            # long enough to pass every field limit; capped because two "long" steps on
            # one value multiplied to 300 MB (huge inputs are test_limits' job)
            parent[key] = (value * draw(st.sampled_from([2, 100, 5000])))[:200_000]
        else:
            parent[key] = draw(hostile_value)
    return doc


@st.composite
def mangled(draw, data: bytes) -> bytes:
    """``data`` unchanged, truncated, or with bytes flipped, inserted or deleted."""
    how = draw(st.sampled_from(["same", "same", "truncate", "flip", "insert", "delete"]))
    if how == "same" or not data:
        return data
    pos = draw(st.integers(0, len(data) - 1))
    if how == "truncate":
        return data[:pos]
    if how == "flip":
        return data[:pos] + bytes([data[pos] ^ draw(st.integers(1, 255))]) + data[pos + 1:]
    if how == "insert":
        return data[:pos] + draw(st.binary(min_size=1, max_size=16)) + data[pos:]
    end = draw(st.integers(pos, min(len(data), pos + 64)))
    return data[:pos] + data[end:]


def json_bytes(doc: Any, ensure_ascii: bool) -> bytes:
    """Serialise like the app does, but allowing NaN/Infinity tokens and lone
    surrogates (``surrogatepass``), as a hostile editor might."""
    try:
        text = json.dumps(doc, allow_nan=True, ensure_ascii=ensure_ascii)
    except (ValueError, RecursionError):
        text = "[" * 100 + "]" * 100
    text = text.replace(f'"{BIGINT}"', "7" * 5000)
    return text.encode("utf-8", "surrogatepass")


@st.composite
def hostile_json(draw, base: Any) -> bytes:
    """Bytes of a JSON document: mutated ``base``, maybe mangled, or random bytes."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=2000))
    doc = draw(mutated(base)) if draw(st.integers(0, 7)) else copy.deepcopy(base)
    return draw(mangled(json_bytes(doc, draw(st.booleans()))))


# -------------------------------------------------------------------- TOML writer
def _toml_str(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04x}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\\ud800")  # invalid on purpose: TOML forbids surrogates
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if value == BIGINT:
        return "7" * 5000  # over Python's 4300-digit int limit
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _toml_str(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_toml_str(str(k))} = {toml_value(v)}"
                               for k, v in value.items()) + "}"
    return '""' if value is None else _toml_str(str(value))  # TOML has no null


def cells_toml(doc: Any) -> str:
    """A ``{"cell": [...]}`` document as TOML; other shapes as plain key/values."""
    if not isinstance(doc, dict):
        return "cell = " + toml_value(doc) + "\n"
    lines = []
    for key, value in doc.items():
        if key == "cell" and isinstance(value, list) and all(isinstance(v, dict) for v in value):
            for table in value:
                lines.append("[[cell]]")
                lines.extend(f"{_toml_str(str(k))} = {toml_value(v)}" for k, v in table.items())
        else:
            lines.insert(0, f"{_toml_str(str(key))} = {toml_value(value)}")
    return "\n".join(lines) + "\n"


@st.composite
def hostile_cells_toml(draw, base: dict) -> bytes:
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=2000))
    doc = draw(mutated(base)) if draw(st.integers(0, 7)) else copy.deepcopy(base)
    text = cells_toml(doc)
    return draw(mangled(text.encode("utf-8", "surrogatepass")))


# ---------------------------------------------------------------- valid documents
@functools.cache
def valid_cells_doc() -> dict:
    """The example cylindrical cell plus a prismatic one, as parsed TOML."""
    import tomllib

    doc = tomllib.loads((DATA / "cbak-32140fs.toml").read_text("utf-8"))
    doc["cell"].append({
        "id": "CATL-280Ah", "manufacturer": "CATL", "model": "280Ah", "format": "prismatic",
        "chemistry": "LFP", "nominal_voltage": "3.2 V", "max_voltage": "3.65 V",
        "min_voltage": "2.5 V", "capacity": "280 Ah", "mass": "5340 g", "length": "208 mm",
        "width": "174 mm", "thickness": "72 mm", "source": "test", "cycle_life": 6000,
    })
    return doc


@functools.cache
def _quote_and_project(tmp_settings: str):
    from packconfig.core.cells.catalog import load_cell_file
    from packconfig.core.commerce.quote import Party, make_quote
    from packconfig.core.commerce.settings import load_settings
    from packconfig.core.store.project import Project

    cell = load_cell_file(DATA / "cbak-32140fs.toml")[0]
    settings = load_settings(Path(tmp_settings))
    draft = make_quote(cell, 16, 2, 50, "EUR", settings,
                       Party(company="Smith & Sons <Ltd>", contact="Ана", email="a@b.c"),
                       date=dt.date(2026, 1, 15), sales_engineer="Li Na", notes="n")
    issued = dataclasses.replace(draft, number="Q-2026-0001", status="issued",
                                 issued_at="2026-01-15T10:00:00+00:00")
    return settings, issued, Project(cell, 16, 2, name="demo pack", quote=issued)


def valid_quote():
    return _quote_and_project("/nonexistent/packconfig-settings.json")[1]


def valid_project():
    return _quote_and_project("/nonexistent/packconfig-settings.json")[2]


def base_settings():
    return _quote_and_project("/nonexistent/packconfig-settings.json")[0]


@functools.cache
def valid_quote_doc() -> dict:
    from packconfig.core.commerce.quote import quote_to_json

    return json.loads(quote_to_json(valid_quote()))


@functools.cache
def valid_project_doc() -> dict:
    from packconfig.core.store.project import project_to_json

    return json.loads(project_to_json(valid_project()))


@functools.cache
def valid_settings_doc() -> dict:
    """A user settings file touching every section."""
    return {
        "schema_version": 1,
        "base_currency": "CNY",
        "commercial": {"overhead_pct": "8", "warranty_pct": "2", "margin_pct": "20",
                       "validity_days": 30, "tier_convention": "range",
                       "tiers": [{"min_qty": 1, "discount_pct": "0"},
                                 {"min_qty": 100, "discount_pct": "5"}]},
        "tax": {"CNY": {"rate_pct": "13", "label": "VAT 13 %"}},
        "seller": {"company": "Seller & Co <Ltd>", "email": "s@example.com"},
        "fx": [{"currency": "EUR", "date": "2026-01-02", "cny_per_unit": "7.85",
                "source": "test"},
               {"currency": "USD", "date": "2026-01-02", "cny_per_unit": "7.10"}],
        "cell_price_per_kwh": {"LFP": {"amount": "400", "currency": "CNY", "source": "x"}},
        "component": [{"key": "bms", "label": "BMS", "category": "purchased",
                       "currency": "CNY", "fixed": "300", "per_series": "12"}],
    }


CSV_HEADER = ["id", "manufacturer", "model", "chemistry", "format", "nominal_voltage_V",
              "charge_voltage_V", "cutoff_voltage_V", "nominal_capacity_Ah", "mass_g",
              "diameter_mm", "height_mm", "length_mm", "width_mm", "thickness_mm",
              "max_cont_discharge_A", "ac_ir_mOhm", "cycle_life", "source", "notes"]
CSV_ROWS = [
    ["CBAK-32140FS", "CBAK Energy", "32140FS", "LFP", "cylindrical 32140", "3.2", "3.65",
     "2.0", "15", "300", "33.2", "140", "", "", "", "30", "3", "2000", "datasheet", ""],
    ["CATL-280Ah", "CATL", "280Ah", "LiFePO4", "prismatic (VDA)", "3.2", "3.65", "2.5",
     "280", "5340", "", "", "208", "174", "72", "560", "", "6000", "db", "note, quoted"],
]
