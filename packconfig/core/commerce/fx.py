"""Dated exchange rates and currency conversion.

Rates are stored as "CNY per one unit of X" (CNY is the pivot: the company books in
RMB). A conversion on a date uses, for each currency, the latest rate dated on or
before that date; a cross rate (USD→EUR) is the quotient of the two CNY rates.
The rate actually used, and its date, is returned so a quote can record it.

Defaults live in ``resources/costs.toml`` (sources in /work/shared/reference/costs.md
§5); the user edits them in the settings file.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, localcontext

from packconfig.core.errors import InputError
from packconfig.core.money import PRECISION, Money, check_currency, to_decimal

PIVOT = "CNY"


@dataclass(frozen=True)
class Rate:
    """One dated rate: ``cny_per_unit`` CNY buy one unit of ``currency`` on ``date``."""

    currency: str
    date: dt.date
    cny_per_unit: Decimal
    source: str = ""
    #: A stand-in (the shipped EUR rate): flagged until the user adds a real rate.
    placeholder: bool = False

    @property
    def needs_attention(self) -> bool:
        """A placeholder or a rate without a source."""
        return self.placeholder or not self.source.strip()

    def __post_init__(self) -> None:
        object.__setattr__(self, "currency", check_currency(self.currency))
        value = to_decimal(self.cny_per_unit, f"{self.currency} rate")
        if value <= 0:
            raise InputError(f"{self.currency} rate on {self.date} must be positive").coded(
                "rate_not_positive", currency=self.currency, date=str(self.date))
        object.__setattr__(self, "cny_per_unit", value)


@dataclass(frozen=True)
class AppliedRate:
    """The rate a conversion used: ``1 base = rate quote``, valid as of ``date``."""

    base: str
    quote: str
    rate: Decimal
    date: dt.date | None
    source: str

    def to_dict(self) -> dict[str, str | None]:
        return {
            "base": self.base,
            "quote": self.quote,
            "rate": str(self.rate),
            "date": self.date.isoformat() if self.date else None,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: dict[str, str | None]) -> AppliedRate:
        day = data.get("date")
        return cls(
            check_currency(str(data["base"])),
            check_currency(str(data["quote"])),
            to_decimal(data["rate"], "rate"),
            dt.date.fromisoformat(day) if day else None,
            str(data.get("source") or ""),
        )


class RateTable:
    """An immutable table of dated rates against CNY."""

    def __init__(self, rates: Iterable[Rate]) -> None:
        by_currency: dict[str, list[Rate]] = {}
        for rate in rates:
            if rate.currency == PIVOT:
                raise InputError("CNY is the pivot currency; give rates for other currencies"
                                 ).coded("rate_pivot")
            by_currency.setdefault(rate.currency, []).append(rate)
        for code, items in by_currency.items():
            items.sort(key=lambda r: r.date)
            dates = [r.date for r in items]
            if len(set(dates)) != len(dates):
                raise InputError(f"two {code} rates have the same date").coded(
                    "rate_same_date", currency=code)
        self._rates = by_currency
        self._applied: dict[tuple[str, str, dt.date], AppliedRate] = {}

    @property
    def rates(self) -> list[Rate]:
        return [r for items in self._rates.values() for r in items]

    def rate_on(self, currency: str, on: dt.date) -> Rate | None:
        """Latest rate for ``currency`` dated on or before ``on``; ``None`` for CNY."""
        code = check_currency(currency)
        if code == PIVOT:
            return None
        items = self._rates.get(code)
        if not items:
            raise InputError(f"no exchange rate for {code} is set; add one in the settings"
                             ).coded("no_rate", currency=code)
        index = bisect_right([r.date for r in items], on)
        if index == 0:
            raise InputError(
                f"no {code} exchange rate dated on or before {on.isoformat()} "
                f"(earliest is {items[0].date.isoformat()})"
            ).coded("no_rate_on_date", currency=code, date=on.isoformat(),
                    earliest=items[0].date.isoformat())
        return items[index - 1]

    def in_effect(self, on: dt.date) -> list[Rate]:
        """For each currency, the rate a conversion on ``on`` uses (none for currencies
        whose rates all start later)."""
        out = []
        for items in self._rates.values():
            index = bisect_right([r.date for r in items], on)
            if index:
                out.append(items[index - 1])
        return sorted(out, key=lambda r: r.currency)

    def applied(self, base: str, quote: str, on: dt.date) -> AppliedRate:
        """The rate ``1 base = x quote`` to use on date ``on`` (memoised: the table never
        changes, and costing asks for the same rate for every line)."""
        key = (base, quote, on)
        if key not in self._applied:
            self._applied[key] = self._applied_uncached(base, quote, on)
        return self._applied[key]

    def _applied_uncached(self, base: str, quote: str, on: dt.date) -> AppliedRate:
        base, quote = check_currency(base), check_currency(quote)
        if base == quote:
            return AppliedRate(base, quote, Decimal(1), None, "same currency")
        rb, rq = self.rate_on(base, on), self.rate_on(quote, on)
        num = rb.cny_per_unit if rb else Decimal(1)
        den = rq.cny_per_unit if rq else Decimal(1)
        with localcontext() as ctx:
            ctx.prec = PRECISION
            value = (num / den).normalize()
        used = [r for r in (rb, rq) if r is not None]
        day = min(r.date for r in used)
        source = "; ".join(f"{r.currency} {r.cny_per_unit} CNY on {r.date}: {r.source}"
                           for r in used)
        return AppliedRate(base, quote, value, day, source)

    def convert(self, money: Money, to: str, on: dt.date) -> tuple[Money, AppliedRate]:
        """``money`` in currency ``to`` (not rounded) and the rate used."""
        applied = self.applied(money.currency, to, on)
        with localcontext() as ctx:
            ctx.prec = PRECISION
            amount = money.amount * applied.rate
        return Money(amount, applied.quote), applied


def rates_from_records(records: object, where: str) -> list[Rate]:
    """Rates from ``[{"currency", "date", "cny_per_unit", "source"}, ...]``.

    Raises :class:`InputError` naming ``where`` on any bad record.
    """
    if not isinstance(records, list):
        raise InputError(f"{where}: exchange rates must be a list").coded("rates_not_list",
                                                                          at=where)
    out: list[Rate] = []
    for i, rec in enumerate(records):
        label = f"{where}[{i}]"
        if not isinstance(rec, dict):
            raise InputError(f"{label}: each rate must be a table").coded("rate_not_table",
                                                                          at=label)
        try:
            day = rec["date"]
            if not isinstance(day, dt.date):
                try:
                    day = dt.date.fromisoformat(str(day))
                except ValueError as exc:
                    raise InputError(f"{label}: {exc}").coded(
                        "bad_date", at=label, text=str(day)[:40]) from None
            flag = rec.get("placeholder", False)
            if not isinstance(flag, bool):
                raise InputError(f"{label}.placeholder must be true or false").coded(
                    "expected_bool_at", at=label)
            out.append(Rate(str(rec["currency"]), day, to_decimal(str(rec["cny_per_unit"]),
                                                                  f"{label}.cny_per_unit"),
                            str(rec.get("source", "")), flag))
        except KeyError as exc:
            raise InputError(f"{label}: missing {exc.args[0]!r}").coded(
                "missing_field", at=label, field=str(exc.args[0])) from None
        except InputError as exc:
            if exc.params.get("at") == label:  # already says which record
                raise
            raise InputError(f"{label}: {exc}").coded_like(exc, at=label) from None
        except ValueError as exc:
            raise InputError(f"{label}: {exc}") from None
    return out
