"""Files (foundation): atomic, umask-respecting writes (``atomic``), size-limited reads
(``reading``), the user data folder and its sub-folders (``paths``), the shipped
resources (``resources``) and small derived-state files such as caches (``state``).

May import only ``packconfig.core.errors``. Everything above it (the unit registry, the
catalog, settings, projects, the register) reads and writes through it.
"""
