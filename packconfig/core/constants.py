"""Fixed choices and limits of a design, in a module with no numpy or pint import.

The window's first paint (``packconfig/gui/first_paint.py``) builds its controls from
these before the numeric core is imported; :mod:`packconfig.core.pack.options` and
:mod:`packconfig.core.pack.validate` use the same objects.
"""

from __future__ import annotations

#: Cell arrangements of a block (``docs/physics.md``, "Layout").
LAYOUTS: tuple[str, ...] = ("square", "honeycomb")
#: Thermal management options, in the order of ``Overhead.thermal_fractions``.
THERMAL: tuple[str, ...] = ("none", "air", "liquid")
#: Largest series / parallel counts and cells in one pack the application accepts.
MAX_SERIES = 1000
MAX_PARALLEL = 1000
MAX_CELLS = 200_000
