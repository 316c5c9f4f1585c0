"""The register's tables as SQLAlchemy Core objects (the schema at the newest migration;
the migrations in ``migrations/versions`` build it, this module only queries it).

Dates are ISO text (as the first SQLite register stored them, so old files keep
working); money is the exact decimal text plus ``total_e4``, the amount times 10^4 as a
64-bit integer, so value filters and pipeline sums are exact on both backends.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

quotes = sa.Table(
    "quotes", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("year", sa.Integer, nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("number", sa.Text, nullable=False),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("status", sa.Text, nullable=False),  # issued | superseded
    sa.Column("quote_date", sa.Text, nullable=False),
    sa.Column("valid_until", sa.Text, nullable=False),
    sa.Column("customer", sa.Text, nullable=False),
    sa.Column("sales_engineer", sa.Text, nullable=False),
    sa.Column("currency", sa.Text, nullable=False),
    sa.Column("total_excl_tax", sa.Text, nullable=False),
    sa.Column("issued_at", sa.Text, nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    # added by migration 0002
    sa.Column("stage", sa.Text, nullable=False, server_default="draft"),
    sa.Column("total_e4", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("customer_id", sa.Integer, nullable=True),
    sa.Column("customer_snapshot", sa.Text, nullable=True),
    sa.Column("issued_by", sa.Text, nullable=False, server_default=""),
    sa.Column("issued_role", sa.Text, nullable=False, server_default=""),
    sa.Column("issue_key", sa.Text, nullable=True),
    sa.Column("approved_by", sa.Text, nullable=False, server_default=""),
    sa.Column("approved_at", sa.Text, nullable=True),
)

customers = sa.Table(
    "customers", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("company_key", sa.Text, nullable=False, unique=True),
    sa.Column("company", sa.Text, nullable=False),
    sa.Column("company_zh", sa.Text, nullable=False, server_default=""),
    sa.Column("contact", sa.Text, nullable=False, server_default=""),
    sa.Column("address", sa.Text, nullable=False, server_default=""),
    sa.Column("tax_id", sa.Text, nullable=False, server_default=""),
    sa.Column("email", sa.Text, nullable=False, server_default=""),
    sa.Column("phone", sa.Text, nullable=False, server_default=""),
    sa.Column("currency", sa.Text, nullable=False, server_default=""),
    sa.Column("language", sa.Text, nullable=False, server_default=""),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("updated_at", sa.Text, nullable=False),
    sa.Column("updated_by", sa.Text, nullable=False, server_default=""),
)

status_history = sa.Table(
    "status_history", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("number", sa.Text, nullable=False),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("old", sa.Text, nullable=True),
    sa.Column("new", sa.Text, nullable=False),
    sa.Column("changed_at", sa.Text, nullable=False),
    sa.Column("changed_by", sa.Text, nullable=False),
    sa.Column("changed_role", sa.Text, nullable=False, server_default=""),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
)

quote_counters = sa.Table(
    "quote_counters", metadata,
    sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("last_seq", sa.Integer, nullable=False),
)
