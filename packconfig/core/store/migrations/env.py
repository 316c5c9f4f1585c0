"""Alembic environment: migrate the connection packconfig hands over (never a URL from
a config file), inside the transaction the caller opened."""

from __future__ import annotations

from alembic import context

context.configure(connection=context.config.attributes["connection"], render_as_batch=True,
                  transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
