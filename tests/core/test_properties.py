"""Property tests: physical laws hold for any S, P and cell; the array path equals the
scalar path."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packconfig.core.cells.catalog import load_catalog
from packconfig.core.pack.engine import RESULTS, CellTable, evaluate
from packconfig.core.pack.options import PackOptions
from packconfig.core.pack.physics import compute_pack

CATALOG = list(load_catalog())
# Speed is measured in benchmarks/, not here: no per-example deadline on a loaded machine.
no_deadline = settings(deadline=None)
counts = st.integers(min_value=1, max_value=400)
cells = st.sampled_from(CATALOG)


@no_deadline
@given(cells, counts, counts)
def test_energy_is_voltage_times_capacity(cell, s, p):
    r = compute_pack(cell, s, p)
    expected = (r["voltage_nominal"] * r["capacity"]).to("kWh").magnitude
    assert r["energy_nominal"].to("kWh").magnitude == pytest.approx(expected, rel=1e-12)


@no_deadline
@given(cells, counts, counts, counts)
def test_voltage_scales_with_series_only(cell, s, p1, p2):
    a, b = compute_pack(cell, s, p1), compute_pack(cell, s, p2)
    for key in ("voltage_nominal", "voltage_max", "voltage_min"):
        assert a[key] == b[key]
    assert a["voltage_nominal"].to("V").magnitude == pytest.approx(
        s * cell.nominal_voltage.to("V").magnitude)


@no_deadline
@given(cells, counts, counts, counts)
def test_capacity_scales_with_parallel_only(cell, s1, s2, p):
    a, b = compute_pack(cell, s1, p), compute_pack(cell, s2, p)
    assert a["capacity"] == b["capacity"]
    assert a["capacity"].to("Ah").magnitude == pytest.approx(
        p * cell.capacity.to("Ah").magnitude)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(CATALOG) - 1), counts, counts),
                min_size=1, max_size=30),
       st.sampled_from(["square", "honeycomb"]))
def test_array_path_equals_scalar_path(designs, layout):
    idx, s, p = (np.array(col) for col in zip(*designs, strict=True))
    options = PackOptions(layout=layout)
    arrays = evaluate(CellTable.from_cells(CATALOG), idx, s, p, options)
    for row, (i, si, pi) in enumerate(designs):
        scalar = compute_pack(CATALOG[i], si, pi, options)
        for key, (_kind, unit, _deps) in RESULTS.items():
            value = scalar[key]
            from_array = arrays[key][row]
            if value is None:
                assert np.isnan(from_array), key
            else:
                from packconfig.core.units import KINDS, Q_
                as_q = Q_(from_array, KINDS[_kind].si).to(unit).magnitude
                assert value.to(unit).magnitude == pytest.approx(as_q, rel=1e-12), key


@no_deadline
@given(cells, counts, counts)
def test_no_nan_or_zero_leaks_from_scalar_path(cell, s, p):
    r = compute_pack(cell, s, p)
    for key, value in r.values.items():
        if value is None:
            assert key in r.missing
        else:
            assert np.isfinite(value.magnitude) and value.magnitude > 0, key
