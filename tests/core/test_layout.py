"""Cell positions for the layout drawing agree with the engine's block dimensions."""

import numpy as np
import pytest

from packconfig.core.cells.catalog import load_catalog
from packconfig.core.errors import InputError
from packconfig.core.pack.engine import CellTable, block_dimensions
from packconfig.core.pack.layout import block_layout
from packconfig.core.pack.options import PackOptions
from packconfig.core.units import Q_


def _engine_block(cell, s, p, opts):
    table = CellTable.from_cells([cell])
    x, y, _h = block_dimensions(table, np.array([0]), np.array([s]), np.array([p]),
                                opts.layout, opts.gap.to("m").magnitude)
    return float(x[0]), float(y[0])


def _extent(lay):
    xs, ys = lay.centres[:, 0], lay.centres[:, 1]
    return (xs.max() + lay.cell_x / 2 - (xs.min() - lay.cell_x / 2),
            ys.max() + lay.cell_y / 2 - (ys.min() - lay.cell_y / 2))


@pytest.mark.parametrize("layout", ["square", "honeycomb"])
@pytest.mark.parametrize(("s", "p"), [(1, 1), (16, 1), (96, 2), (13, 4), (7, 3), (2, 10)])
@pytest.mark.parametrize("gap", [0.0, 1.0, 2.5])
def test_extent_matches_engine(cbak, layout, s, p, gap):
    opts = PackOptions(layout=layout, gap=Q_(gap, "mm"))
    lay = block_layout(cbak, s, p, opts)
    ex, ey = _engine_block(cbak, s, p, opts)
    assert (lay.width, lay.depth) == pytest.approx((ex, ey))
    # the drawn cells fill exactly that extent (or less when the last row is short)
    wx, wy = _extent(lay)
    assert wx <= ex + 1e-12 and wy == pytest.approx(ey)
    assert lay.centres.shape == (s * p, 2)


def test_extent_matches_engine_for_prismatic_cells():
    box = next(c for c in load_catalog() if not c.is_cylindrical and c.has_geometry)
    for layout in ("square", "honeycomb"):  # honeycomb falls back to square
        opts = PackOptions(layout=layout)
        lay = block_layout(box, 12, 2, opts)
        assert (lay.width, lay.depth) == pytest.approx(_engine_block(box, 12, 2, opts))
        assert not lay.round_cells


def test_cells_do_not_overlap_and_series_path_is_continuous(cbak):
    for layout in ("square", "honeycomb"):
        lay = block_layout(cbak, 13, 3, PackOptions(layout=layout, gap=Q_(1, "mm")))
        c = lay.centres
        dist = np.hypot(*(c[:, None, :] - c[None, :, :]).transpose(2, 0, 1))
        np.fill_diagonal(dist, np.inf)
        assert dist.min() >= lay.cell_x - 1e-12
        steps = np.diff(lay.group_centres(), axis=0)
        # consecutive groups are neighbours: never more than one group pitch apart
        assert np.hypot(steps[:, 0], steps[:, 1]).max() <= 3 * (lay.cell_x + 0.001) + 1e-9
        assert sorted(set(lay.group.tolist())) == list(range(13))


def test_cell_without_geometry_is_refused(cbak):
    import dataclasses

    with pytest.raises(InputError, match="no dimensions"):
        block_layout(dataclasses.replace(cbak, diameter=None), 4, 1)
