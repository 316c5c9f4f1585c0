"""Cell positions of the pack block seen from above, for the layout drawing.

Reproduces :func:`packconfig.core.pack.engine.block_dimensions`: S parallel groups, each a
line of P cells along y; the groups follow each other along x, folded into ``k`` rows of
groups (:func:`engine.group_rows`), so the grid is ``nx = ceil(S/k)`` columns by
``ny = P·k`` rows. Honeycomb (cylindrical cells only) offsets odd rows by half a pitch and
spaces rows by ``pitch·√3/2``. The series path snakes: rows of groups alternate
direction so that consecutive groups are neighbours.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from packconfig.core.cells.model import Cell
from packconfig.core.errors import InputError
from packconfig.core.pack.engine import SQRT3_2, group_rows
from packconfig.core.pack.options import PackOptions
from packconfig.core.pack.validate import series_parallel
from packconfig.core.units import to_si


@dataclass(frozen=True)
class BlockLayout:
    """Cell centres in metres (origin at the block's lower-left corner)."""

    centres: np.ndarray  # (S·P, 2) x, y
    group: np.ndarray  # (S·P,) index of the parallel group (0..S-1) in series order
    cell_x: float  # footprint along x (diameter or thickness), m
    cell_y: float  # footprint along y (diameter or width), m
    round_cells: bool  # cylindrical: draw circles
    width: float  # block extent along x, m
    depth: float  # block extent along y, m
    rows_of_groups: int  # k

    def group_centres(self) -> np.ndarray:
        """Centre of each parallel group, in series order (the series path)."""
        count = int(self.group.max()) + 1 if self.group.size else 0
        return np.array([self.centres[self.group == g].mean(axis=0) for g in range(count)])


def _footprint(cell: Cell) -> tuple[float, float]:
    if not cell.has_geometry:
        raise InputError(f"{cell.id} has no dimensions; the layout cannot be drawn")
    if cell.is_cylindrical:
        d = to_si(cell.diameter, "length")
        return d, d
    return to_si(cell.thickness, "length"), to_si(cell.width, "length")


def block_layout(cell: Cell, series: int, parallel: int,
                 options: PackOptions | None = None) -> BlockLayout:
    """Centres of the ``series`` × ``parallel`` cells of ``cell`` laid out as the engine
    sizes the block."""
    s, p = series_parallel(series, parallel)
    opts = options or PackOptions()
    fx, fy = _footprint(cell)
    gap = to_si(opts.gap, "length")
    px, py = fx + gap, fy + gap
    honey = cell.is_cylindrical and opts.layout == "honeycomb"
    py_eff = py * SQRT3_2 if honey else py
    k = int(group_rows(np.array([s]), np.array([p]), np.array([px]), np.array([py_eff]))[0])
    nx = math.ceil(s / k)
    ny = p * k
    g = np.arange(s)
    row_of_groups = g // nx
    col = g % nx
    col = np.where(row_of_groups % 2 == 1, nx - 1 - col, col)  # snake the series path
    group = np.repeat(g, p)
    j = np.repeat(row_of_groups * p, p) + np.tile(np.arange(p), s)  # grid row of each cell
    x = np.repeat(col, p) * px + fx / 2
    y = j * py_eff + fy / 2
    if honey:
        x = x + np.where(j % 2 == 1, px / 2, 0.0)
    width = nx * px - gap + (px / 2 if honey and ny > 1 else 0.0)
    depth = (ny - 1) * py_eff + fy if honey else ny * py - gap
    return BlockLayout(np.column_stack([x, y]), group, fx, fy, cell.is_cylindrical,
                       width, depth, k)
