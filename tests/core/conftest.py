from __future__ import annotations

from pathlib import Path

import pytest

from packconfig.core.cells.catalog import load_cell_file

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def cbak():
    """The issue's example cell file, exactly as written there."""
    return load_cell_file(DATA / "cbak-32140fs.toml")[0]
