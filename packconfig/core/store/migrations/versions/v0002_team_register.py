"""The team register: lifecycle stage, exact totals, customers, status history,
per-year counters, who issued, discount approval, idempotent issue keys.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: What the first SQLite register's own version table must say after this step, so a
#: packconfig from before Alembic refuses the file ("written by a newer packconfig")
#: instead of issuing quotes that skip the counters and the lifecycle.
LEGACY_VERSION = 2


def upgrade() -> None:
    with op.batch_alter_table("quotes", recreate="never") as batch:
        batch.add_column(sa.Column("stage", sa.Text, nullable=False, server_default="draft"))
        batch.add_column(sa.Column("total_e4", sa.BigInteger, nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("customer_id", sa.Integer, nullable=True))
        batch.add_column(sa.Column("customer_snapshot", sa.Text, nullable=True))
        batch.add_column(sa.Column("issued_by", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("issued_role", sa.Text, nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("issue_key", sa.Text, nullable=True))
        batch.add_column(sa.Column("approved_by", sa.Text, nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("approved_at", sa.Text, nullable=True))
    op.create_index("quotes_issue_key", "quotes", ["issue_key"], unique=True)
    op.create_index("quotes_stage", "quotes", ["stage"])
    op.create_index("quotes_customer_id", "quotes", ["customer_id"])
    op.create_index("quotes_year_seq", "quotes", ["year", "seq"])
    op.create_table(
        "customers",
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
    op.create_table(
        "status_history",
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
    op.create_index("status_history_quote", "status_history", ["number", "revision"])
    op.create_table(
        "quote_counters",
        sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("last_seq", sa.Integer, nullable=False),
    )
    _backfill()


def _backfill() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, total_excl_tax FROM quotes")).fetchall()
    for row_id, total in rows:
        try:
            e4 = int((Decimal(total) * 10_000).to_integral_value())
        except (InvalidOperation, ValueError):
            e4 = 0
        bind.execute(sa.text("UPDATE quotes SET total_e4 = :e4 WHERE id = :id"),
                     {"e4": e4, "id": row_id})
    bind.execute(sa.text("INSERT INTO quote_counters (year, last_seq) "
                         "SELECT year, MAX(seq) FROM quotes GROUP BY year"))
    inspector = sa.inspect(bind)
    if "schema_version" in inspector.get_table_names():
        bind.execute(sa.text("DELETE FROM schema_version"))
    else:
        bind.execute(sa.text("CREATE TABLE schema_version (version INTEGER)"))
    bind.execute(sa.text("INSERT INTO schema_version VALUES (:v)"), {"v": LEGACY_VERSION})


def downgrade() -> None:
    raise RuntimeError("the register is never migrated down")
