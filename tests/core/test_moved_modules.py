"""Module paths from before the domain sub-packages still import, for one release, as
the very module at its new path, with a DeprecationWarning naming the new path."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from packconfig import core


@pytest.mark.parametrize(("old", "new"), sorted(core.MOVED.items()))
def test_old_path_is_the_new_module(old: str, new: str) -> None:
    code = (
        "import importlib, warnings\n"
        "with warnings.catch_warnings(record=True) as seen:\n"
        "    warnings.simplefilter('always')\n"
        f"    old = importlib.import_module('packconfig.core.{old}')\n"
        f"new = importlib.import_module('packconfig.core.{new}')\n"
        "assert old is new, (old, new)\n"
        "msgs = [str(w.message) for w in seen if w.category is DeprecationWarning]\n"
        f"assert any('import packconfig.core.{new}' in m for m in msgs), msgs\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_readme_example_import_still_works() -> None:
    sys.modules.pop("packconfig.core.physics", None)  # warn again in this process
    with pytest.warns(DeprecationWarning, match="packconfig.core.pack.physics"):
        from packconfig.core.physics import compute_pack as old  # noqa: F401
    from packconfig.core.pack.physics import compute_pack

    assert old is compute_pack


def test_cell_names_from_the_cells_package() -> None:
    from packconfig.core.cells import QUANTITY_FIELDS, Cell
    from packconfig.core.cells.model import Cell as ModelCell

    assert Cell is ModelCell and "capacity" in QUANTITY_FIELDS


def test_unknown_names_are_not_invented() -> None:
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("packconfig.core.no_such_module")
