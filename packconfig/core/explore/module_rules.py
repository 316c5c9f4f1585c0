"""Module splits in the design-space search (issue 15).

Every candidate (cell, S, P) gets the first suggested module split, computed for all
candidates at once by the same vectorised code as the configurator
(:func:`packconfig.core.pack.split.suggest_splits`). Two requirements constrain it:

* ``max_module_voltage`` — the largest module maximum voltage allowed (default rule
  60 V DC);
* ``max_module_mass`` — the heaviest module allowed (default rule 23 kg).

When either is given, the suggestion itself aims at it (the component table's
``max_module_voltage``/``max_module_mass`` are replaced for the search), and a
candidate whose best split still breaks it is rejected with that reason. A fixed split
in the configurator's options does not apply to other S and P, so the search always
uses suggested splits. Envelope requirements (max length, width, height, volume) are
checked on the module grid's envelope.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from packconfig.core.pack.components import ComponentTable, component_table
from packconfig.core.pack.options import PackOptions

#: Arguments of :class:`requirements.Limit`, appended to ``requirements.LIMITS``.
MODULE_LIMIT_ARGS: tuple[tuple[Any, ...], ...] = (
    ("max_module_voltage", "module_voltage_max", "<=", "voltage", "max module voltage",
     "module_voltage_high", "module voltage too high (no split within it)",
     "the lowest module voltage"),
    ("max_module_mass", "module_mass", "<=", "mass", "max module mass",
     "module_over_mass", "module too heavy (no split within it)", "the lightest module",
     "mass"),
)
#: Result columns about the split, added to a search result's arrays.
SPLIT_COLUMNS = ("module_series", "module_parallel", "module_count", "module_mass",
                 "module_voltage_max")


def search_setup(options: PackOptions, reqs: Any) -> tuple[PackOptions, ComponentTable]:
    """The options (split left to the suggestion) and the component table (limits
    from the requirements) a search evaluates with."""
    arch = options.architecture
    if arch.explicit_split or arch.arrangement is not None:
        arch = replace(arch, module_series=None, module_parallel=None, arrangement=None)
        options = options.with_(architecture=arch)
    params = {}
    for field, param in (("max_module_voltage", "max_module_voltage"),
                         ("max_module_mass", "max_module_mass")):
        value = getattr(reqs, field, None)
        if value is not None:
            unit = "V" if field.endswith("voltage") else "kg"
            params[param] = f"{float(value.to(unit).magnitude)!r} {unit}"
    return options, component_table({"params": params} if params else None)
