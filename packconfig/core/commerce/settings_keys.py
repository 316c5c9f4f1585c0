"""Every key a settings file (``settings.json``, ``resources/costs.toml``) may hold, in
one place: the loader, the unknown-key report and the settings editor all read these
sets, so adding a setting means adding its key here once.

``KNOWN`` maps each top-level key to the keys of its table (``None``: a plain value);
list-valued sections (``fx``, ``component``, ``commercial.tiers``) give the keys of
each record; ``tax`` and ``cell_price_per_kwh``/``cell_prices`` are tables of records
keyed by a currency, chemistry or cell id (``RECORD_TABLES``).
"""

from __future__ import annotations

SELLER_KEYS = ("company", "company_zh", "contact", "address", "tax_id", "bank", "phone",
               "email", "website", "logo")

COMMERCIAL_KEYS = ("overhead_pct", "warranty_pct", "margin_pct", "validity_days",
                   "tier_convention", "tiers", "payment_terms", "incoterm", "incoterm_place",
                   "lead_time", "warranty_text", "discount_approval_pct")

TIER_KEYS = ("min_qty", "discount_pct")
FX_KEYS = ("currency", "date", "cny_per_unit", "source", "placeholder")
TAX_KEYS = ("rate_pct", "label", "label_zh")
COMPONENT_KEYS = ("key", "label", "category", "currency", "fixed", "per_series",
                  "per_parallel", "per_cell", "per_kwh", "source")
CELL_DEFAULT_KEYS = ("amount", "currency", "source")
CELL_PRICE_KEYS = ("price", "currency", "date", "source")
#: Signed quotes (packconfig.report.signing): the seller's PKCS#12 file and the trust
#: list (CA certificate files). Paths; a relative path is relative to the settings
#: file's folder. Never a password.
SIGNING_KEYS = ("pkcs12", "trust")
#: The quote register (core/store/location.py): its URL and the server timeout.
REGISTER_KEYS = ("url", "timeout_s")
#: Lifetime projections (core/life/outputs.py): the warranty proposal's margin.
LIFE_KEYS = ("warranty_margin_pct",)
#: Overrides of the pack component table (core/pack/components.py): per part, per
#: sizing parameter (their own keys are checked by ``component_table``).
COMPONENTS_KEYS = ("parts", "params")

KNOWN: dict[str, tuple[str, ...] | None] = {
    "schema_version": None,
    "base_currency": None,
    "sales_engineer": None,
    "seller": SELLER_KEYS,
    "commercial": COMMERCIAL_KEYS,
    "fx": FX_KEYS,
    "tax": TAX_KEYS,
    "component": COMPONENT_KEYS,
    "cell_price_per_kwh": CELL_DEFAULT_KEYS,
    "cell_prices": CELL_PRICE_KEYS,
    "signing": SIGNING_KEYS,
    "register": REGISTER_KEYS,
    "life": LIFE_KEYS,
    "components": COMPONENTS_KEYS,
}

#: Sections that are tables of records keyed by free names (currency, chemistry, cell).
RECORD_TABLES = frozenset({"tax", "cell_price_per_kwh", "cell_prices"})
#: Sections that are lists of records.
RECORD_LISTS = frozenset({"fx", "component"})
#: Keys inside ``commercial`` that are lists of records, with their record keys.
NESTED_LISTS = {"tiers": TIER_KEYS}
