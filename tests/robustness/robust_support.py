"""Shared helpers of the robustness suite (see docs/robustness.md). A module of its own,
not conftest.py: test modules import from it, and ``from conftest import`` would find
whichever conftest.py of the test tree came first on sys.path.

* Hypothesis profiles: ``ci`` (default, a tenth of the cases) and ``full``
  (``PACKCONFIG_FUZZ=full``, at least 10,000 generated loader cases). Each test asks
  :func:`examples` for its count; the count actually run is tallied and printed at the
  end of the session ("robustness: N generated cases").
* :func:`expect_clean` is the oracle of every loader test: the call returns, or raises a
  ``PackconfigError`` whose message names the file and says what is wrong. Any other
  exception escapes and fails the test.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings

from packconfig.core.errors import DataFileError, PackconfigError

FULL = os.environ.get("PACKCONFIG_FUZZ", "").lower() == "full"
#: In CI each test runs this fraction of its full count.
CI_FRACTION = 10

settings.register_profile(
    "ci",
    deadline=dt.timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.large_base_example],
    derandomize=False,
    print_blob=True,
)
settings.register_profile(
    "full",
    parent=settings.get_profile("ci"),
    deadline=dt.timedelta(seconds=10),
)
settings.load_profile("full" if FULL else "ci")

DATA = Path(__file__).resolve().parents[1] / "data"

#: Generated cases run per loader (filled in by the tests, printed at session end).
CASES: Counter[str] = Counter()
#: Other figures for the session summary (kill runs, concurrent quotes, fs mode...).
NOTES: list[str] = []


def examples(full_count: int) -> int:
    """How many examples a test runs: ``full_count`` in full mode, a tenth in CI."""
    return full_count if FULL else max(10, full_count // CI_FRACTION)


def expect_clean(call: Callable[[], Any], path: object, loader: str) -> str:
    """Run ``call``; it must succeed or raise a PackconfigError naming ``path``.

    Returns ``"ok"`` or ``"refused"``.
    """
    CASES[loader] += 1
    try:
        call()
    except PackconfigError as exc:
        message = str(exc)
        assert str(path) in message, f"message does not name the file {path}: {message!r}"
        problem = message.split(str(path), 1)[1].lstrip(":, ")
        assert problem.strip(), f"message names no problem: {message!r}"
        if isinstance(exc, DataFileError):
            assert exc.path.startswith(str(path))  # e.g. "q.pdf (quote.json)"
        return "refused"
    return "ok"
