"""Commercial settings: cost defaults, overhead/warranty/margin, volume tiers, tax,
the seller profile, quoting defaults (validity, payment terms, Incoterm and place, lead
time, warranty text, discount-approval threshold), exchange rates, the cell price list
and the sales engineer's name.

Every key a file may hold is listed once in :mod:`.settings_keys`; each field is
checked by :mod:`.settings_fields` (coded errors naming the field).
Overrides of the pack component table: ``components`` (``{"parts": {...}, "params":
{...}}``, see :func:`packconfig.core.pack.components.component_table`).

Shipped defaults are in ``resources/costs.toml``. The user's file is
``<user data folder>/settings.json`` with the same structure; any top-level section it
holds replaces the shipped one (``fx``, ``component`` and ``commercial.tiers`` lists
are replaced whole, tables are merged key by key). A corrupt or invalid file raises
:class:`DataFileError` naming it; saving is atomic.

The section ``register`` (``url``, ``timeout_s``: which quote register to use) belongs to
:mod:`packconfig.core.store.location`, which reads and checks it; it is kept as it is.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import tomllib
from collections.abc import Callable
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
from packconfig.core.commerce.pricing import Incoterm, TaxRule, Tier, TierTable
from packconfig.core.commerce.settings_fields import (
    SELLER_CHECKS,
    CellPrice,
    Logo,
    Terms,
    check_cell_price,
    check_incoterm,
    check_percent,
    check_seller,
    check_tax,
    check_text,
    read_logo,
)
from packconfig.core.commerce.settings_keys import COMPONENT_KEYS, SELLER_KEYS, SIGNING_KEYS
from packconfig.core.commerce.settings_schema import unknown_keys
from packconfig.core.errors import DataFileError, InputError
from packconfig.core.fs.atomic import atomic_write_text
from packconfig.core.fs.paths import ensure_user_dir, user_file
from packconfig.core.fs.reading import read_limited
from packconfig.core.fs.resources import resource_path
from packconfig.core.messages import Notice
from packconfig.core.money import Money, check_currency, to_decimal
from packconfig.core.pack.components import (
    ComponentTable,
    component_table,
    default_table,
    use_table,
)
from packconfig.core.pack.options import Overhead

SCHEMA_VERSION = 1
SETTINGS_NAME = "settings.json"
MAX_BYTES = 2_000_000
__all__ = ["SELLER_KEYS", "Settings", "build_settings", "load_settings", "save_settings",
           "settings_path", "shipped_defaults", "problems",
           "load_user_overrides", "with_defaults"]


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
    terms: Terms = Terms()
    incoterm: Incoterm | None = None
    discount_approval_pct: Decimal = Decimal(10)
    price_list: dict[str, CellPrice] | None = None
    sales_engineer: str = ""

    @property
    def seller_party_fields(self) -> dict[str, str]:
        """The seller profile without the logo path (what a quote's seller block holds)."""
        return {k: v for k, v in self.seller.items() if k != "logo"}

    def logo(self) -> Logo | None:
        """A copy of the seller's logo image (``None``: no logo set). Raises
        :class:`InputError` if the file is gone or is no longer an image."""
        path = self.seller.get("logo", "")
        return read_logo(path) if path else None

    def unpriced(self, cells: Any) -> list[Any]:
        """The cells with neither a catalog price nor a price-list entry (their cost is
        a per-kWh estimate)."""
        return [c for c in cells if getattr(c, "price", None) is None
                and self.cell_price(getattr(c, "id", "")) is None]

    def cell_price(self, cell_id: str) -> CellPrice | None:
        return (self.price_list or {}).get(cell_id)

    def priced_cell(self, cell: Any) -> Any:
        """``cell`` with the price list's price (and its date and source) in place of the
        catalog price, if the list has one."""
        entry = self.cell_price(getattr(cell, "id", ""))
        if entry is None:
            return cell
        import dataclasses

        return dataclasses.replace(cell, price=entry.price, price_source=(
            f"price list {entry.date.isoformat()}: {entry.source}"))
    #: Coded warnings about the user's file (unknown keys), see settings_schema.
    notices: tuple[Notice, ...] = ()
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
                           self.cell_defaults, self.policy, self.price_list)

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
        extra = set(rec) - set(COMPONENT_KEYS)
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


def build_settings(data: dict[str, Any], check_files: bool = False) -> Settings:
    """Validate merged settings data; raises :class:`InputError` on a bad value. With
    ``check_files`` the logo file is opened and checked too (on save)."""
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
        tax = {check_currency(code, "tax currency"): check_tax(code, r)
               for code, r in tax_raw.items()}
        seller = check_seller(data.get("seller", {}), files=check_files)
        prices_raw = data.get("cell_prices", {})
        if not isinstance(prices_raw, dict):
            raise InputError("'cell_prices' must be a table of cells").coded(
                "section_not_table", name="cell_prices")
        price_list = {str(k): check_cell_price(str(k), v) for k, v in prices_raw.items()}
        terms = Terms(*(check_text(com.get(k, ""), f"commercial.{k}")
                        for k in ("payment_terms", "lead_time", "warranty_text")))
        incoterm = check_incoterm(com.get("incoterm", ""), com.get("incoterm_place", ""))
        approval = check_percent(str(com.get("discount_approval_pct", "10")),
                                 "commercial.discount_approval_pct")
        engineer = check_text(data.get("sales_engineer", ""), "sales_engineer")
        _check_signing(data.get("signing", {}))
        return Settings(base, RateTable(rates_from_records(data.get("fx", []), "fx")),
                        _cell_defaults(data.get("cell_price_per_kwh", {})),
                        _components(data.get("component", []), base), policy, tiers, tax,
                        seller, validity, data, terms, incoterm, approval, price_list,
                        engineer, parts=component_table(data.get("components")))
    except (TypeError, AttributeError) as exc:
        raise InputError(f"invalid settings structure ({exc})") from None


def _check_signing(raw: object) -> None:
    """``signing``: a table with ``pkcs12`` (a path) and ``trust`` (a list of paths)."""
    if not isinstance(raw, dict):
        raise InputError("'signing' must be a table").coded("settings_signing")
    extra = sorted(set(raw) - set(SIGNING_KEYS))
    if extra:
        raise InputError(f"signing has unknown fields {extra} (known: pkcs12, trust; a "
                         "password never goes in the settings file)").coded(
            "settings_signing_keys", fields=", ".join(extra))
    if not isinstance(raw.get("pkcs12", ""), str):
        raise InputError("signing.pkcs12 must be the path of a .p12/.pfx file").coded(
            "settings_signing")
    trust = raw.get("trust", [])
    if not isinstance(trust, list) or not all(isinstance(t, str) for t in trust):
        raise InputError("signing.trust must be a list of certificate file paths").coded(
            "settings_signing")


def load_settings(path: Path | None = None) -> Settings:
    """Shipped defaults overlaid with the user's settings file (if it exists)."""
    data = shipped_defaults()
    target = path or settings_path()
    notices: list[Notice] = []
    if target.exists():
        user = _read_user(target)
        notices = unknown_keys(user, target)
        data = _merge(data, user)
    try:
        settings = build_settings(data)
    except InputError as exc:
        raise DataFileError.wrapping(target if target.exists() else resource_path("costs.toml"),
                                     exc) from None
    use_table(settings.parts)  # a part overridden here sizes, weighs and prices designs
    return dataclasses.replace(settings, notices=tuple(notices)) if notices else settings


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


def load_user_overrides(path: Path | None = None) -> dict[str, Any]:
    """The user's own settings file as written (``{}`` when there is none), for an
    editor that changes some sections and keeps the rest."""
    target = path or settings_path()
    if not target.exists():
        return {}
    data = dict(_read_user(target))
    data.pop("schema_version", None)
    return data


def with_defaults(overrides: dict[str, Any]) -> dict[str, Any]:
    """``overrides`` laid over the shipped defaults, as loading does."""
    return _merge(shipped_defaults(), overrides)


def save_settings(overrides: dict[str, Any], path: Path | None = None) -> Path:
    """Validate and atomically save user overrides (same structure as costs.toml).

    Money and percentages must be strings. Raises :class:`InputError` if the merged
    result is invalid (nothing is written then).
    """
    build_settings(_merge(shipped_defaults(), overrides), check_files=True)
    target = path or settings_path()
    if path is None:
        ensure_user_dir()
    body = dict(overrides, schema_version=SCHEMA_VERSION)
    # the user's own settings.json is private (0600); a copy saved elsewhere follows
    # the umask like any file the user names
    return atomic_write_text(target, json.dumps(body, ensure_ascii=False, indent=2,
                                                default=str) + "\n", private=path is None)


def problems(data: dict[str, Any]) -> list[InputError]:
    """Every problem of a merged settings document (empty: valid). Each error's
    ``name`` (or ``at``) param says which field it is about."""
    found: list[InputError] = []
    seller = data.get("seller", {})
    if isinstance(seller, dict):
        for key, check in SELLER_CHECKS.items():
            _collect(found, lambda k=key, c=check: c(seller.get(k, ""), f"seller.{k}"))
    com = data.get("commercial", {})
    if isinstance(com, dict):
        _collect(found, lambda: check_incoterm(com.get("incoterm", ""),
                                               com.get("incoterm_place", "")))
        for key in ("payment_terms", "lead_time", "warranty_text"):
            _collect(found, lambda k=key: check_text(com.get(k, ""), f"commercial.{k}"))
    tax = data.get("tax", {})
    if isinstance(tax, dict):
        for code, rec in tax.items():
            _collect(found, lambda c=code, r=rec: check_tax(c, r))
    prices = data.get("cell_prices", {})
    if isinstance(prices, dict):
        for cell_id, rec in prices.items():
            _collect(found, lambda c=cell_id, r=rec: check_cell_price(c, r))
    if not found:
        _collect(found, lambda: build_settings(data, check_files=True))
    return found


def _collect(found: list[InputError], check: Callable[[], object]) -> None:
    try:
        check()
    except InputError as exc:
        found.append(exc)
