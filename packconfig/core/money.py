"""Money: a Decimal amount with an ISO 4217 currency code. Never a float.

This module holds the value type only; conversion, rounding policy and pricing live in
the costing modules that build on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from packconfig.core.errors import InputError

#: Currencies the product supports, with their minor-unit exponent (ISO 4217).
CURRENCIES: dict[str, int] = {"CNY": 2, "USD": 2, "EUR": 2}


def check_currency(code: str, name: str = "currency") -> str:
    """Return ``code`` upper-cased if it is a supported ISO 4217 code."""
    if not isinstance(code, str) or code.strip().upper() not in CURRENCIES:
        known = ", ".join(sorted(CURRENCIES))
        raise InputError(f"{name} must be one of {known}, got {code!r}")
    return code.strip().upper()


def to_decimal(value: object, name: str) -> Decimal:
    """Convert text, int or Decimal (never float) to a finite Decimal."""
    if isinstance(value, float) or isinstance(value, bool):
        raise InputError(f"{name} must be given as text or Decimal, not {type(value).__name__}")
    try:
        result = Decimal(str(value).strip()) if not isinstance(value, Decimal) else value
    except (InvalidOperation, ValueError):
        raise InputError(f"{name}: {value!r} is not a number") from None
    if not result.is_finite():
        raise InputError(f"{name} must be a finite number, got {value!r}")
    return result


@dataclass(frozen=True, order=False)
class Money:
    """An amount of money in one currency. Arithmetic across currencies is refused."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "amount", to_decimal(self.amount, "amount"))
        object.__setattr__(self, "currency", check_currency(self.currency))

    @classmethod
    def parse(cls, text: str, name: str = "price") -> Money:
        """Parse ``"3.85 EUR"`` (amount then ISO code)."""
        parts = str(text).split()
        if len(parts) != 2:
            raise InputError(f"{name} must look like '3.85 EUR', got {text!r}")
        return cls(to_decimal(parts[0], name), check_currency(parts[1], name))

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(Decimal(0), currency)

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise InputError(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor: int | Decimal) -> Money:
        if isinstance(factor, (float, bool)) or not isinstance(factor, (int, Decimal)):
            raise TypeError("Money can only be multiplied by int or Decimal")
        return Money(self.amount * factor, self.currency)

    __rmul__ = __mul__

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def rounded(self) -> Money:
        """Half-up to the currency's minor unit (e.g. 0.01 CNY)."""
        exp = Decimal(1).scaleb(-CURRENCIES[self.currency])
        return Money(self.amount.quantize(exp, rounding=ROUND_HALF_UP), self.currency)

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"
