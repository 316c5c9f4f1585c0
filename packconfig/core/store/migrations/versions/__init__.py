"""One Alembic revision per file (v0001 is the first SQLite register's schema)."""
