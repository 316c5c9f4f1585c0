"""Field-by-field checks of the commercial settings: the seller profile, the quoting
defaults, the sales engineer, the logo image and the cell price list.

Every check raises a coded :class:`InputError` whose ``name`` param is the field's path
(``seller.email``), so the settings editor can put the message, in the interface
language (:mod:`packconfig.core.messages`), next to the field it is about.
:func:`packconfig.core.commerce.settings.problems` collects every problem of a whole
settings document at once.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from packconfig.core.commerce.pricing import INCOTERMS, Incoterm, TaxRule
from packconfig.core.errors import InputError
from packconfig.core.money import Money, check_currency, to_decimal

#: Longest text accepted per field (characters): a guard against pasted documents.
TEXT_LIMITS = {
    "seller.company": 200, "seller.company_zh": 200, "seller.contact": 120,
    "seller.address": 600, "seller.tax_id": 40, "seller.bank": 600, "seller.phone": 60,
    "seller.email": 254, "seller.website": 200, "seller.logo": 1000,
    "commercial.payment_terms": 1000, "commercial.incoterm_place": 120,
    "commercial.lead_time": 200, "commercial.warranty_text": 2000, "sales_engineer": 120,
}
#: A letterhead logo is a few kB to a few hundred kB; the quote keeps a copy of it.
MAX_LOGO_BYTES = 1_000_000
LOGO_TYPES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
PHONE = re.compile(r"^[0-9+()./\- ]{5,}(?:\s*(?:ext\.?|x|转)\s*[0-9]{1,6})?$", re.IGNORECASE)
WEBSITE = re.compile(r"^(https?://)?[A-Za-z0-9\-._~%]+\.[A-Za-z]{2,}(/\S*)?$")


def _text(value: object, name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InputError(f"{name} must be text, got {value!r}"[:200]).coded(
            "field_not_text", name=name)
    text = value.strip()
    limit = TEXT_LIMITS.get(name, 2000)
    if len(text) > limit:
        raise InputError(f"{name} is too long ({len(text):,} characters, at most {limit:,})"
                         ).coded("field_too_long", name=name, length=len(text), limit=limit)
    return text


def check_text(value: object, name: str) -> str:
    """Plain text of at most the field's limit (empty allowed)."""
    return _text(value, name)


def check_email(value: object, name: str = "seller.email") -> str:
    text = _text(value, name)
    if text and not EMAIL.match(text):
        raise InputError(f"{name}: {text!r} is not an e-mail address (name@example.com)"
                         ).coded("email_invalid", name=name, text=text[:60])
    return text


def check_phone(value: object, name: str = "seller.phone") -> str:
    text = _text(value, name)
    if text and not PHONE.match(text):
        raise InputError(f"{name}: {text!r} is not a phone number (digits, spaces, + - ( ) "
                         "and an optional extension)").coded("phone_invalid", name=name,
                                                             text=text[:60])
    return text


def check_website(value: object, name: str = "seller.website") -> str:
    text = _text(value, name)
    if text and not WEBSITE.match(text):
        raise InputError(f"{name}: {text!r} is not a web address (www.example.com)").coded(
            "website_invalid", name=name, text=text[:60])
    return text


def check_tax_id(value: object, name: str = "seller.tax_id") -> str:
    text = _text(value, name)
    if text and not re.fullmatch(r"[A-Za-z0-9\- ./]+", text):
        raise InputError(f"{name}: {text!r} may hold only letters, digits, spaces and - . /"
                         ).coded("tax_id_invalid", name=name, text=text[:60])
    return text


# ------------------------------------------------------------------------ logo
@dataclass(frozen=True)
class Logo:
    """A copy of the seller's logo image, kept in each quote so a reprint years later
    shows the logo that was sent (``data`` is base64)."""

    media_type: str
    sha256: str
    data: str

    def image_bytes(self) -> bytes:
        return base64.b64decode(self.data.encode("ascii"), validate=True)


def check_logo(value: object, name: str = "seller.logo") -> str:
    """An existing PNG or JPEG file of at most :data:`MAX_LOGO_BYTES` that opens as an
    image; returns the path text ("" for no logo)."""
    text = _text(value, name)
    if text:
        read_logo(text, name)
    return text


def read_logo(path_text: str, name: str = "seller.logo") -> Logo:
    """The logo at ``path_text`` checked and copied (never reads more than the limit)."""
    path = Path(path_text).expanduser()
    try:
        size = path.stat().st_size
        is_file = path.is_file()
    except OSError:
        size, is_file = -1, False
    if not is_file:
        raise InputError(f"{name}: no image file at {path_text}").coded(
            "logo_missing", name=name, path=path_text[:200])
    if size > MAX_LOGO_BYTES:
        raise InputError(f"{name}: the logo file is {size:,} bytes; a logo may have at most "
                         f"{MAX_LOGO_BYTES:,} bytes").coded("logo_too_large", name=name,
                                                            size=size, limit=MAX_LOGO_BYTES)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_LOGO_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot read {path_text} ({exc.strerror or exc})").coded(
            "logo_unreadable", name=name, path=path_text[:200]) from None
    media = next((m for magic, m in LOGO_TYPES.items() if data.startswith(magic)), None)
    if media is None or not _opens_as_image(data):
        raise InputError(f"{name}: {path_text} is not a PNG or JPEG image").coded(
            "logo_not_image", name=name, path=path_text[:200])
    return Logo(media, hashlib.sha256(data).hexdigest(), base64.b64encode(data).decode("ascii"))


def _opens_as_image(data: bytes) -> bool:
    """Whether Pillow (reportlab's image reader) can decode ``data``."""
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            width, height = img.size
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError,
            Image.DecompressionBombError):
        return False
    return 0 < width <= 10_000 and 0 < height <= 10_000


# ------------------------------------------------------------- quoting defaults
@dataclass(frozen=True)
class Terms:
    """The commercial terms printed on a quote (snapshotted per revision)."""

    payment_terms: str = ""
    lead_time: str = ""
    warranty_text: str = ""


def check_incoterm(code: object, place: object) -> Incoterm | None:
    """The default Incoterm (Incoterms 2020) with its named place; ``None`` when no code
    is set (the quote then says EXW seller's works)."""
    code_text = _text(code, "commercial.incoterm").upper()
    place_text = _text(place, "commercial.incoterm_place")
    if not code_text:
        return None
    if code_text not in INCOTERMS:
        raise InputError(f"commercial.incoterm must be one of {', '.join(INCOTERMS)} "
                         f"(Incoterms 2020), got {code_text!r}").coded(
            "incoterm_unknown", known=INCOTERMS, got=code_text[:40],
            name="commercial.incoterm")
    try:
        return Incoterm(code_text, place_text)
    except InputError as exc:
        raise exc.coded(exc.code, **{**exc.params, "name": "commercial.incoterm_place"}
                        ) from None


def check_percent(value: object, name: str, top: int = 100) -> Decimal:
    result = to_decimal(value if isinstance(value, (Decimal, int)) else str(value), name)
    if result < 0 or result > top:
        raise InputError(f"{name} must be between 0 and {top} %, got {result}").coded(
            "percent_range", name=name, top=top, got=str(result))
    return result


def check_tax(code: str, rec: object) -> TaxRule:
    """One currency's tax rule (rate 0–100 %, labels)."""
    at = f"tax.{code}"
    if not isinstance(rec, dict):
        raise InputError(f"{at} must be a table").coded("section_not_table", name=at)
    rate = check_percent(str(rec.get("rate_pct", "0")), f"{at}.rate_pct")
    return TaxRule(rate, _text(rec.get("label", ""), f"{at}.label"),
                   _text(rec.get("label_zh", ""), f"{at}.label_zh"))


# -------------------------------------------------------------- cell price list
@dataclass(frozen=True)
class CellPrice:
    """The seller's own price of one catalog cell, with its date and source."""

    cell_id: str
    price: Money
    date: dt.date
    source: str


def check_cell_price(cell_id: str, rec: object) -> CellPrice:
    at = f"cell_prices.{cell_id}"
    if not isinstance(rec, dict):
        raise InputError(f"{at} must be a table").coded("section_not_table", name=at)
    amount = to_decimal(str(rec.get("price", "")), f"{at}.price")
    if amount <= 0:
        raise InputError(f"{at}.price must be above zero, got {amount}").coded(
            "price_not_positive_at", name=f"{at}.price")
    currency = check_currency(str(rec.get("currency", "")), f"{at}.currency")
    try:
        day = dt.date.fromisoformat(str(rec.get("date", "")))
    except ValueError:
        raise InputError(f"{at}.date must be YYYY-MM-DD, got {rec.get('date')!r}").coded(
            "bad_date", at=f"{at}.date", text=str(rec.get("date"))[:40]) from None
    source = _text(rec.get("source", ""), f"{at}.source")
    if not source:
        raise InputError(f"{at}.source: say where the price comes from (quote, contract, "
                         "estimate)").coded("source_missing", name=f"{at}.source")
    return CellPrice(cell_id, Money(amount, currency), day, source)


# ------------------------------------------------------------------ all fields
SELLER_CHECKS: dict[str, Callable[[object, str], str]] = {
    "company": check_text, "company_zh": check_text, "contact": check_text,
    "address": check_text, "tax_id": check_tax_id, "bank": check_text,
    "phone": check_phone, "email": check_email, "website": check_website, "logo": check_logo,
}


def check_seller(raw: object, files: bool = True) -> dict[str, str]:
    """The seller profile, every field checked (raises the first problem). With
    ``files`` False the logo path is not opened (loading settings must not fail because
    a logo file moved; issuing a quote reads it and says so then)."""
    if not isinstance(raw, dict):
        raise InputError("'seller' must be a table").coded("section_not_table", name="seller")
    out = {}
    for key, check in SELLER_CHECKS.items():
        if key == "logo" and not files:
            check = check_text
        out[key] = check(raw.get(key, ""), f"seller.{key}")
    return out


def field_of(exc: BaseException) -> str:
    """The settings field an error from this module is about ("" if unknown)."""
    params = getattr(exc, "params", {}) or {}
    name = params.get("name") or params.get("at") or ""
    return str(name)
