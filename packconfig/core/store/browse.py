"""Browsing the register: filters (status, customer, number, dates, value), pages of
rows without bodies (a 10,000-quote register opens by reading one page), and the
pipeline summary (value by status and by month, exact, per currency)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import sqlalchemy as sa

from packconfig.core.errors import InputError
from packconfig.core.money import Money, check_currency, minor_exponent
from packconfig.core.store.customers import like_escape
from packconfig.core.store.lifecycle import LIFECYCLE
from packconfig.core.store.schema import quotes

E4 = Decimal(10_000)
REVISION_STATES = ("issued", "superseded")


@dataclass(frozen=True)
class QuoteFilter:
    """Every given filter must match. ``status`` is a revision state (issued,
    superseded) or a lifecycle stage (draft, sent, accepted, rejected, expired; those
    match the latest revisions only). Text filters are substrings, any case.
    ``value_min``/``value_max`` compare the total excl. tax and select that currency."""

    number: str | None = None
    customer: str | None = None
    customer_id: int | None = None
    status: str | tuple[str, ...] | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    value_min: Money | None = None
    value_max: Money | None = None
    sales_engineer: str | None = None
    latest_only: bool = False
    extra: tuple[sa.ColumnElement[bool], ...] = field(default=(), compare=False)

    def where(self) -> list[sa.ColumnElement[bool]]:
        q = quotes.c
        out: list[sa.ColumnElement[bool]] = list(self.extra)
        if self.number:
            out.append(q.number.like(f"%{like_escape(self.number)}%", escape="\\"))
        if self.customer:
            out.append(sa.func.lower(q.customer).like(
                f"%{like_escape(self.customer.lower())}%", escape="\\"))
        if self.customer_id is not None:
            out.append(q.customer_id == self.customer_id)
        if self.date_from:
            out.append(q.quote_date >= self.date_from.isoformat())
        if self.date_to:
            out.append(q.quote_date <= self.date_to.isoformat())
        if self.sales_engineer:
            out.append(sa.func.lower(q.sales_engineer).like(
                f"%{like_escape(self.sales_engineer.lower())}%", escape="\\"))
        out += self._status() + self._value()
        if self.latest_only:
            out.append(q.status == "issued")
        return out

    def _status(self) -> list[sa.ColumnElement[bool]]:
        if not self.status:
            return []
        wanted = (self.status,) if isinstance(self.status, str) else tuple(self.status)
        bad = [s for s in wanted if s not in LIFECYCLE and s not in REVISION_STATES]
        if bad:
            raise InputError(f"unknown quote status {bad[0]!r}; choose from "
                             f"{', '.join(('issued', *LIFECYCLE))}").coded(
                "stage_unknown", got=bad[0], known=["issued", *LIFECYCLE])
        q = quotes.c
        terms = []
        for s in wanted:
            if s in REVISION_STATES:
                terms.append(q.status == s)
            else:
                terms.append(sa.and_(q.status == "issued", q.stage == s))
        return [sa.or_(*terms)]

    def _value(self) -> list[sa.ColumnElement[bool]]:
        out: list[sa.ColumnElement[bool]] = []
        given = [m for m in (self.value_min, self.value_max) if m is not None]
        currencies = {check_currency(m.currency) for m in given}
        if len(currencies) > 1:
            raise InputError("the value range needs one currency").coded(
                "value_range_currency")
        if currencies:
            out.append(quotes.c.currency == currencies.pop())
        if self.value_min is not None:
            out.append(quotes.c.total_e4 >= to_e4(self.value_min.amount))
        if self.value_max is not None:
            out.append(quotes.c.total_e4 <= to_e4(self.value_max.amount))
        return out


def to_e4(amount: Decimal) -> int:
    return int((Decimal(amount) * E4).to_integral_value())


ENTRY_COLUMNS = (quotes.c.number, quotes.c.revision, quotes.c.status, quotes.c.quote_date,
                 quotes.c.valid_until, quotes.c.customer, quotes.c.sales_engineer,
                 quotes.c.total_excl_tax, quotes.c.currency, quotes.c.issued_at,
                 quotes.c.stage, quotes.c.customer_id, quotes.c.issued_by,
                 quotes.c.issued_role, quotes.c.approved_by)

ORDERS = {
    "number": (quotes.c.year, quotes.c.seq, quotes.c.revision),
    "-number": (quotes.c.year.desc(), quotes.c.seq.desc(), quotes.c.revision.desc()),
    "date": (quotes.c.quote_date, quotes.c.year, quotes.c.seq, quotes.c.revision),
    "-date": (quotes.c.quote_date.desc(), quotes.c.year.desc(), quotes.c.seq.desc(),
              quotes.c.revision.desc()),
    "value": (quotes.c.total_e4, quotes.c.year, quotes.c.seq, quotes.c.revision),
    "-value": (quotes.c.total_e4.desc(), quotes.c.year, quotes.c.seq, quotes.c.revision),
}


def page_query(flt: QuoteFilter, *, offset: int = 0, limit: int | None = None,
               order: str = "number") -> sa.Select:
    if order not in ORDERS:
        raise InputError(f"unknown order {order!r}; choose from {', '.join(ORDERS)}")
    query = sa.select(*ENTRY_COLUMNS).where(*flt.where()).order_by(*ORDERS[order])
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    return query


def count_query(flt: QuoteFilter) -> sa.Select:
    return sa.select(sa.func.count()).select_from(quotes).where(*flt.where())


@dataclass(frozen=True)
class Pipeline:
    """Totals excl. tax of the latest revisions, exact, per currency: ``by_status``
    maps stage -> currency -> Money (and a count); ``by_month`` maps "YYYY-MM" ->
    stage -> currency -> Money."""

    by_status: dict[str, dict[str, Money]]
    counts: dict[str, int]
    by_month: dict[str, dict[str, dict[str, Money]]]


def pipeline(conn: sa.Connection, flt: QuoteFilter) -> Pipeline:
    q = quotes.c
    month = sa.func.substr(q.quote_date, 1, 7)
    where = [*flt.where(), q.status == "issued"]
    rows = conn.execute(sa.select(month, q.stage, q.currency, sa.func.count(),
                                  sa.func.sum(q.total_e4)).where(*where)
                        .group_by(month, q.stage, q.currency)
                        .order_by(month, q.stage, q.currency)).all()
    by_status: dict[str, dict[str, Money]] = {}
    counts: dict[str, int] = {}
    by_month: dict[str, dict[str, dict[str, Money]]] = {}
    for mon, stage, currency, n, total in rows:
        amount = (Decimal(int(total)) / E4).quantize(minor_exponent(currency))
        status_total = by_status.setdefault(stage, {})
        status_total[currency] = Money(
            status_total.get(currency, Money(0, currency)).amount + amount, currency)
        counts[stage] = counts.get(stage, 0) + int(n)
        by_month.setdefault(mon, {}).setdefault(stage, {})[currency] = Money(amount, currency)
    return Pipeline(by_status, counts, by_month)
