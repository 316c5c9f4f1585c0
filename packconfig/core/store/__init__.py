"""Store: what keeps the user's work. Project files (``project``) and the quote register
(``register``: one interface over SQLite and PostgreSQL; see docs/register.md).

May import the types it saves (``commerce``, ``pack``, ``cells``) and the foundation.
Never ``explore``. The low-level file primitives it uses (atomic writes, limited reads,
the user data folder) are in the foundation's ``fs``, because the catalog and the unit
registry read files too.
"""
