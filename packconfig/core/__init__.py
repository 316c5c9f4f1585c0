"""The model of packconfig: Qt-free, organised by domain, layered bottom-up.

Each sub-package's ``__init__`` says what lives in it and what it may import. The layers,
lowest first (an arrow only ever points down; ``lint-imports`` checks it in CI, contract
in ``pyproject.toml``):

* **foundation** (modules at this level): ``units`` (the one pint registry, parsing,
  dimension checks), ``errors``, ``messages`` (error texts in the interface language),
  ``constants``, ``money`` (Decimal amounts with an ISO currency; a value type like a
  quantity, used as low as a cell's catalog price), ``codec`` (lossless JSON of
  dataclasses, quantities and money) and ``fs`` (atomic writes, size-limited reads, the
  user data folder, shipped resources);
* ``cells``: the cell model, chemistry data, the catalog, the CSV import;
* ``pack``: the vectorised pack engine and everything about one pack's design;
* ``commerce``: exchange rates, costing, pricing and tiers, quotes, commercial settings;
* ``explore`` and ``store`` (side by side, independent of each other): the design-space
  search, and the files and register that keep projects and quotes.

Nothing here imports Qt, :mod:`packconfig.display`, ``report``, ``gui`` or ``commands``.

Old module paths (``packconfig.core.physics`` and the like, before the domain
sub-packages) still import for one release, with a :class:`DeprecationWarning`; see
:data:`MOVED`.
"""

from __future__ import annotations

import importlib
import sys
import warnings
from importlib.machinery import ModuleSpec

#: Deprecated module path (``packconfig.core.<old>``) -> its new home. Removed in 0.3.
MOVED: dict[str, str] = {
    "atomic": "fs.atomic", "files": "fs.reading", "paths": "fs.paths",
    "resources": "fs.resources", "quote_json": "codec",
    "chemistry": "cells.chemistry", "catalog": "cells.catalog",
    "csv_import": "cells.csv_import",
    "engine": "pack.engine", "physics": "pack.physics", "layout": "pack.layout",
    "sizing": "pack.sizing", "options": "pack.options", "validate": "pack.validate",
    "warnings": "pack.warnings",
    "explorer": "explore.requirements", "explorer_engine": "explore.engine",
    "explorer_pareto": "explore.pareto", "explorer_result": "explore.results",
    "fx": "commerce.fx", "costing": "commerce.costing",
    "costing_arrays": "commerce.costing_arrays", "pricing": "commerce.pricing",
    "quote": "commerce.quote", "settings": "commerce.settings",
    "project": "store.project", "register": "store.register",
}


class _MovedModules:
    """Import hook: ``packconfig.core.<old>`` is the module at its new path."""

    prefix = __name__ + "."

    def find_spec(self, fullname: str, path: object = None, target: object = None
                  ) -> ModuleSpec | None:
        if not fullname.startswith(self.prefix):
            return None
        new = MOVED.get(fullname[len(self.prefix):])
        return None if new is None else ModuleSpec(fullname, self, origin=new)

    def create_module(self, spec: ModuleSpec) -> object:
        target = f"{__name__}.{spec.origin}"
        warnings.warn(f"{spec.name} is deprecated; import {target}", DeprecationWarning,
                      stacklevel=2)
        return importlib.import_module(target)

    def exec_module(self, module: object) -> None:
        """The module was run at its new path already."""


if not any(isinstance(f, _MovedModules) for f in sys.meta_path):
    sys.meta_path.append(_MovedModules())
