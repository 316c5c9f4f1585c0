"""Alembic migrations of the quote register (both backends), applied on open by
:mod:`packconfig.core.store.backend`. ``env.py`` takes the open connection from the
Alembic config; ``versions/`` holds one file per schema step, oldest first.

To add a step: copy the newest file in ``versions/``, give it the next number as
``revision`` and the previous as ``down_revision``, and update ``schema.py``.
"""
