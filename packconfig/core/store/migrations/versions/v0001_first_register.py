"""The first register's schema (SQLite ``schema_version`` 1): one table of quotes.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("number", sa.Text, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("quote_date", sa.Text, nullable=False),
        sa.Column("valid_until", sa.Text, nullable=False),
        sa.Column("customer", sa.Text, nullable=False),
        sa.Column("sales_engineer", sa.Text, nullable=False),
        sa.Column("currency", sa.Text, nullable=False),
        sa.Column("total_excl_tax", sa.Text, nullable=False),
        sa.Column("issued_at", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.CheckConstraint("status IN ('issued', 'superseded')", name="quotes_status"),
        sa.UniqueConstraint("number", "revision", name="quotes_number_revision"),
        sa.UniqueConstraint("year", "seq", "revision", name="quotes_year_seq_revision"),
    )
    op.create_index("quotes_customer", "quotes", ["customer"])
    op.create_index("quotes_date", "quotes", ["quote_date"])


def downgrade() -> None:
    op.drop_table("quotes")
