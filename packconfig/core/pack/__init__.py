"""Pack: one pack design from a cell. The vectorised engine over arrays of designs
(``engine``, over the cells as arrays in ``cell_table``, computing the figures listed in
``result_keys``) and its one-design quantity wrapper (``physics``), the options a design is
built with (``options``), the cell layout (``layout``), S/P suggestions (``sizing``),
count validation (``validate``) and design warnings (``warnings``).

May import ``cells`` and the foundation. Never ``commerce``, ``explore`` or ``store``.
"""
