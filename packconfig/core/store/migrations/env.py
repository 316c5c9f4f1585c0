"""Alembic environment: migrate the connection packconfig hands over (never a URL from
a config file), inside the transaction the caller opened. Alembic runs this file; a
plain import (e.g. a test importing every module) does nothing."""

from __future__ import annotations

from alembic import context

if hasattr(context, "config"):  # only while Alembic is running a command
    context.configure(connection=context.config.attributes["connection"],
                      render_as_batch=True, transactional_ddl=True)
    with context.begin_transaction():
        context.run_migrations()
