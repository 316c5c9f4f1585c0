"""core/units.py imports pint with the optional libraries it probes for but packconfig
does not use (scipy, uncertainties) hidden: they are not loaded at start, stay
importable afterwards, and no packconfig code uses the pint features they serve."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

from packconfig.core import units

PACKAGE = Path(units.__file__).resolve().parents[1]


def run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_pint_is_imported_without_its_unused_optionals_which_stay_importable():
    assert run("""
        import sys
        from packconfig.core import units
        print(sorted(n for n in units.PINT_UNUSED_OPTIONALS if n in sys.modules))
        import pint.compat
        print(pint.compat.HAS_SCIPY, pint.compat.HAS_UNCERTAINTIES)
        import importlib.util
        import scipy  # importable as before (the simulation's solvers need it)
        print(units.parse_quantity("3.2 V", "voltage", "v"))
        print(importlib.util.find_spec("uncertainties") is None)  # (not installed here)
    """).splitlines() == ["[]", "False False", "3.2 V", plain_has_no_uncertainties()]


def plain_has_no_uncertainties() -> str:
    """What a plain interpreter says (hiding must not change it)."""
    return run("import importlib.util; print(importlib.util.find_spec('uncertainties') "
               "is None)")


def test_an_optional_already_loaded_is_left_alone():
    assert run("""
        import sys, scipy
        from packconfig.core import units
        import pint.compat
        print(pint.compat.HAS_SCIPY, sys.modules["scipy"] is scipy)
    """) == "True True"


def test_no_packconfig_code_uses_the_pint_features_they_serve():
    pattern = re.compile(r"\bto_preferred\b|\bMeasurement\b|\bplus_minus\b|\bufloat\b")
    users = [str(p) for p in PACKAGE.rglob("*.py") if p.name != "units.py"
             and pattern.search(p.read_text(encoding="utf-8"))]
    assert users == []
