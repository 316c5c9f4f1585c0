"""Commercial settings: cost defaults, overhead/warranty/margin, volume tiers, tax,
seller block, quote validity, exchange rates, and overrides of the pack component table
(``components``: ``{"parts": {...}, "params": {...}}``, see
:func:`packconfig.core.pack.components.component_table`).

Shipped defaults are in ``resources/costs.toml``. The user's file is
``<user data folder>/settings.json`` with the same structure; any top-level section it
holds replaces the shipped one (``fx``, ``component`` and ``commercial.tiers`` lists
are replaced whole, tables are merged key by key). A corrupt or invalid file raises
:class:`DataFileError` naming it; saving is atomic.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from packconfig.core.commerce.costing import (
    CellPriceDefault,
    CostComponent,
    CostContext,
    CostPolicy,
    components_for,
)
from packconfig.core.commerce.fx import RateTable, rates_from_records
from packconfig.core.commerce.pricing import TaxRule, Tier, TierTable
from packconfig.core.errors import DataFileError, InputError
from packconfig.core.fs.atomic import atomic_write_text
from packconfig.core.fs.paths import ensure_user_dir, user_file
from packconfig.core.fs.reading import read_limited
from packconfig.core.fs.resources import resource_path
from packconfig.core.money import Money, check_currency, to_decimal
from packconfig.core.pack.components import ComponentTable, component_table, default_table
from packconfig.core.pack.options import Overhead

SCHEMA_VERSION = 1
SETTINGS_NAME = "settings.json"
MAX_BYTES = 2_000_000
SELLER_KEYS = ("company", "contact", "address", "email", "phone", "tax_id")


@dataclass(frozen=True)
class Settings:
    base_currency: str
    rates: RateTable
    cell_defaults: dict[str, CellPriceDefault]
    components: tuple[CostComponent, ...]
    policy: CostPolicy
    tiers: TierTable
    tax: dict[str, TaxRule]
    seller: dict[str, str]
    validity_days: int
    raw: dict[str, Any]  # the merged data the settings were built from
    #: the pack component table with the ``components`` overrides applied
    parts: ComponentTable = field(default_factory=default_table)

    def context(self, currency: str, on: dt.date, overhead: Overhead | None = None
                ) -> CostContext:
        """A costing context for quotes in ``currency`` dated ``on``; with ``overhead``
        the BMS, enclosure and thermal lines follow the design's options (see
        :func:`packconfig.core.commerce.costing.components_for`)."""
        components = self.components if overhead is None else components_for(
            self.components, overhead)
        return CostContext(check_currency(currency), on, self.rates, components,
                           self.cell_defaults, self.policy)

    def tax_for(self, currency: str) -> TaxRule:
        code = check_currency(currency)
        return self.tax.get(code, TaxRule(Decimal(0), "No tax set for " + code))


def settings_path() -> Path:
    return user_file(SETTINGS_NAME)


def shipped_defaults() -> dict[str, Any]:
    path = resource_path("costs.toml")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(path, f"cannot read shipped cost defaults ({exc})") from None


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _components(raw: object, base: str) -> tuple[CostComponent, ...]:
    if not isinstance(raw, list):
        raise InputError("'component' must be a list of tables")
    out = []
    for i, rec in enumerate(raw):
        if not isinstance(rec, dict) or "key" not in rec:
            raise InputError(f"component[{i}] must be a table with a 'key'")
        known = {"key", "label", "category", "currency", "fixed", "per_series",
                 "per_parallel", "per_cell", "per_kwh", "source"}
        extra = set(rec) - known
        if extra:
            raise InputError(f"component[{i}] has unknown fields {sorted(extra)}")
        kw = {k: to_decimal(str(rec[k]), f"component[{i}].{k}")
              for k in ("fixed", "per_series", "per_parallel", "per_cell", "per_kwh") if k in rec}
        out.append(CostComponent(str(rec["key"]), str(rec.get("label", rec["key"])),
                                 str(rec.get("category", "purchased")),
                                 str(rec.get("currency", base)),
                                 source=str(rec.get("source", "engineering estimate")), **kw))
    return tuple(out)


def _cell_defaults(raw: object) -> dict[str, CellPriceDefault]:
    if not isinstance(raw, dict):
        raise InputError("'cell_price_per_kwh' must be a table of chemistries")
    out = {}
    for chem, rec in raw.items():
        if not isinstance(rec, dict):
            raise InputError(f"cell_price_per_kwh.{chem} must be a table")
        money = Money(to_decimal(str(rec.get("amount")), f"cell_price_per_kwh.{chem}.amount"),
                      str(rec.get("currency", "USD")))
        out[chem] = CellPriceDefault(chem, money, str(rec.get("source", "")))
    return out


def _int(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{name} must be a whole number, got {value!r}").coded(
            "not_whole", name=name, got=repr(value)[:40])
    return value


def build_settings(data: dict[str, Any]) -> Settings:
    """Validate merged settings data; raises :class:`InputError` on a bad value."""
    try:
        base = check_currency(str(data.get("base_currency", "CNY")), "base_currency")
        com = data.get("commercial", {})
        if not isinstance(com, dict):
            raise InputError("'commercial' must be a table")
        policy = CostPolicy(*(to_decimal(str(com.get(k, "0")), f"commercial.{k}")
                              for k in ("overhead_pct", "warranty_pct", "margin_pct")))
        tiers_raw = com.get("tiers", [{"min_qty": 1, "discount_pct": "0"}])
        if not isinstance(tiers_raw, list) or not all(isinstance(t, dict) for t in tiers_raw):
            raise InputError("commercial.tiers must be a list of tables")
        tiers = TierTable(tuple(Tier(_int(t.get("min_qty"), "tier min_qty"),
                                     to_decimal(str(t.get("discount_pct", "0")),
                                                "tier discount_pct")) for t in tiers_raw),
                          str(com.get("tier_convention", "range")))
        validity = _int(com.get("validity_days", 30), "commercial.validity_days")
        if not 1 <= validity <= 366:
            raise InputError("commercial.validity_days must be between 1 and 366").coded(
                "validity_days", got=validity)
        tax_raw = data.get("tax", {})
        if not isinstance(tax_raw, dict):
            raise InputError("'tax' must be a table")
        tax = {check_currency(code, "tax currency"): TaxRule(
            to_decimal(str(r.get("rate_pct", "0")), f"tax.{code}.rate_pct"),
            str(r.get("label", "")), str(r.get("label_zh", "")))
            for code, r in tax_raw.items() if isinstance(r, dict)}
        seller_raw = data.get("seller", {})
        if not isinstance(seller_raw, dict):
            raise InputError("'seller' must be a table")
        seller = {k: str(seller_raw.get(k, "")) for k in SELLER_KEYS}
        return Settings(base, RateTable(rates_from_records(data.get("fx", []), "fx")),
                        _cell_defaults(data.get("cell_price_per_kwh", {})),
                        _components(data.get("component", []), base), policy, tiers, tax,
                        seller, validity, data, component_table(data.get("components")))
    except (TypeError, AttributeError) as exc:
        raise InputError(f"invalid settings structure ({exc})") from None


def load_settings(path: Path | None = None) -> Settings:
    """Shipped defaults overlaid with the user's settings file (if it exists)."""
    data = shipped_defaults()
    target = path or settings_path()
    if target.exists():
        data = _merge(data, _read_user(target))
    try:
        return build_settings(data)
    except InputError as exc:
        raise DataFileError.wrapping(target if target.exists() else resource_path("costs.toml"),
                                     exc) from None


def _read_user(path: Path) -> dict[str, Any]:
    raw = read_limited(path, MAX_BYTES, "a settings file")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # bad UTF-8/JSON, a 5000-digit integer
        raise DataFileError(path, f"not valid JSON ({exc})").coded(
            "settings_json", detail=str(exc)) from None
    if not isinstance(data, dict):
        raise DataFileError(path, "settings must be a JSON object").coded("json_not_object",
                                                                          doc="a settings file")
    version = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise DataFileError(path, f"written by a newer packconfig (schema {version!r}); "
                            f"this version reads schema {SCHEMA_VERSION}").coded(
            "newer_schema", doc="a settings file", version=repr(version)[:40],
            supported=SCHEMA_VERSION)
    return data


def save_settings(overrides: dict[str, Any], path: Path | None = None) -> Path:
    """Validate and atomically save user overrides (same structure as costs.toml).

    Money and percentages must be strings. Raises :class:`InputError` if the merged
    result is invalid (nothing is written then).
    """
    build_settings(_merge(shipped_defaults(), overrides))
    target = path or settings_path()
    if path is None:
        ensure_user_dir()
    body = dict(overrides, schema_version=SCHEMA_VERSION)
    return atomic_write_text(target, json.dumps(body, ensure_ascii=False, indent=2,
                                                default=str) + "\n")
