"""Money: a Decimal amount with an ISO 4217 currency code. Never a float.

Rounding policy (see docs/costing.md): amounts are rounded half-up to the currency's
minor unit where a real quote rounds — each unit price and each line — via
:meth:`Money.rounded` / :func:`round_minor`. The integer helpers (:func:`to_minor`,
:func:`from_minor`, :func:`mul_ratio_half_up`, :func:`div_ratio_half_up`) give the exact
same results on int64 minor units, for the vectorised explorer path.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from fractions import Fraction

from packconfig.core.errors import InputError

#: Currencies the product supports, with their minor-unit exponent (ISO 4217).
CURRENCIES: dict[str, int] = {"CNY": 2, "USD": 2, "EUR": 2}

#: Decimal precision used for intermediate products and quotients (exact for any
#: realistic quote: amounts below 10^15 minor units and ratios with < 10 digits).
PRECISION = 50


def check_currency(code: str, name: str = "currency") -> str:
    """Return ``code`` upper-cased if it is a supported ISO 4217 code."""
    if not isinstance(code, str) or code.strip().upper() not in CURRENCIES:
        known = ", ".join(sorted(CURRENCIES))
        raise InputError(f"{name} must be one of {known}, got {code!r}").coded(
            "unknown_currency", name=name, known=sorted(CURRENCIES), got=str(code)[:40])
    return code.strip().upper()


def to_decimal(value: object, name: str) -> Decimal:
    """Convert text, int or Decimal (never float) to a finite Decimal."""
    if isinstance(value, float) or isinstance(value, bool):
        raise InputError(f"{name} must be given as text or Decimal, not {type(value).__name__}")
    try:
        result = Decimal(str(value).strip()) if not isinstance(value, Decimal) else value
    except (InvalidOperation, ValueError):
        raise InputError(f"{name}: {value!r} is not a number").coded(
            "not_a_number", name=name, text=str(value)[:40]) from None
    if not result.is_finite():
        raise InputError(f"{name} must be a finite number, got {value!r}").coded(
            "not_finite", name=name, got=str(value)[:40])
    return result


def significant(value: Decimal, digits: int = 6) -> str:
    """``value`` rounded half-up to ``digits`` significant digits, in plain notation
    (an exchange rate shown to a person: ``1.08255``; the exact value stays in data)."""
    value = Decimal(value)
    if not value.is_finite() or value == 0:
        return f"{value:f}"
    exponent = value.adjusted() - digits + 1
    with localcontext() as ctx:
        ctx.prec = max(digits, value.adjusted() + 2, 1) + 2
        shown = value.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)
    text = f"{shown:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def minor_exponent(currency: str) -> Decimal:
    """The minor unit of ``currency`` as a Decimal, e.g. ``Decimal('0.01')``."""
    return Decimal(1).scaleb(-CURRENCIES[check_currency(currency)])


def round_minor(amount: Decimal, currency: str) -> Decimal:
    """``amount`` rounded half-up (away from zero at .5) to the minor unit."""
    return amount.quantize(minor_exponent(currency), rounding=ROUND_HALF_UP)


def to_minor(money: Money) -> int:
    """Integer minor units (fen, cents) of an amount already on the minor unit.

    Raises :class:`InputError` if the amount has more decimals than the currency has.
    """
    scaled = money.amount.scaleb(CURRENCIES[money.currency])
    if scaled != scaled.to_integral_value():
        raise InputError(f"{money} is not rounded to the minor unit of {money.currency}")
    return int(scaled)


def from_minor(units: int, currency: str) -> Money:
    """Money from integer minor units (``from_minor(12345, 'CNY')`` is 123.45 CNY)."""
    code = check_currency(currency)
    return Money(Decimal(int(units)).scaleb(-CURRENCIES[code]), code)


def ratio(value: Decimal) -> tuple[int, int]:
    """``value`` as an exact integer fraction ``(numerator, denominator)``."""
    frac = Fraction(value)
    return frac.numerator, frac.denominator


def mul_ratio_half_up(units: int, num: int, den: int) -> int:
    """``round_half_up(units * num / den)`` in exact integers (non-negative inputs).

    Works elementwise on numpy int64 arrays too.
    """
    return (2 * units * num + den) // (2 * den)


def div_ratio_half_up(units: int, num: int, den: int) -> int:
    """``round_half_up(units * den / num)``: division by the fraction ``num/den``."""
    return (2 * units * den + num) // (2 * num)


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
            raise InputError(f"{name} must look like '3.85 EUR', got {text!r}").coded(
                "money_format", name=name, text=str(text)[:40])
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
        with localcontext() as ctx:
            ctx.prec = PRECISION
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

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.amount >= other.amount

    def rounded(self) -> Money:
        """Half-up to the currency's minor unit (e.g. 0.01 CNY)."""
        return Money(round_minor(self.amount, self.currency), self.currency)

    def divided(self, divisor: int | Decimal) -> Money:
        """Exact-enough quotient (50 digits), not rounded; call :meth:`rounded` after."""
        if isinstance(divisor, (float, bool)) or not isinstance(divisor, (int, Decimal)):
            raise TypeError("Money can only be divided by int or Decimal")
        if divisor == 0:
            raise InputError("cannot divide an amount by zero")
        with localcontext() as ctx:
            ctx.prec = PRECISION
            return Money(self.amount / Decimal(divisor), self.currency)

    def to_text(self) -> str:
        """``"123.45 CNY"``: the lossless text form used in JSON files."""
        return f"{self.amount} {self.currency}"

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"
