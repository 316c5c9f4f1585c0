"""Cells: the cell model (``model``), per-chemistry data (``chemistry``), the catalog of
shipped and user cells (``catalog``) and the generator of the shipped catalog from the
sourced reference CSV (``csv_import``), and the user's own cells (``user_cells``: the cell
editor's checks and saves, CSV import row by row).

May import the foundation only (``units``, ``errors``, ``messages``, ``constants``,
``money``, ``codec``, ``fs``).

The cell model's names are re-exported here, so ``from packconfig.core.cells import
Cell`` (the path before this package existed) keeps working.
"""

from packconfig.core.cells.model import (
    BOX_FORMATS,
    CYLINDRICAL_RE,
    FIELD_LABELS,
    QUANTITY_FIELDS,
    TEXT_FIELDS,
    Cell,
)

__all__ = ["BOX_FORMATS", "CYLINDRICAL_RE", "FIELD_LABELS", "QUANTITY_FIELDS", "TEXT_FIELDS",
           "Cell"]
