"""The pack seen from above as its modules, for the drawings (window and PDF).

Modules sit on the engine's rows × columns grid (:mod:`.hardware`) with the module
spacing; the series path snakes row by row (neighbouring modules are consecutive), each
string takes its share of the modules in order, HV− is the first module of the path and
HV+ the last, and the junction box is drawn beside the grid at the HV end (its real
position is the pack designer's choice). Layers above the first repeat the grid and are
given as a count. Lengths in metres, origin at the tray's lower-left corner.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ModuleBox:
    x: float
    y: float
    w: float
    d: float
    number: int  # 1-based position on the series path
    string: int  # 0-based string


@dataclass(frozen=True)
class PackLayout:
    width: float  # tray, along the module length
    depth: float
    modules: tuple[ModuleBox, ...]  # first layer, in series order
    layers: int
    junction: tuple[float, float, float, float]  # x, y, w, d
    cells_along: int  # cells (or cell rows) drawn along a module's length
    cells_across: int
    round_cells: bool
    cell_to_pack: bool


def pack_layout(result) -> PackLayout:
    """The modules of ``result`` (a :class:`physics.PackResult`) laid out from above."""
    ev = result.evaluator
    mod = ev.get("module")
    mods = result.modules
    rows, cols, layers = mods.arrangement
    length, width = float(mod["length"][0]), float(mod["width"][0])
    spacing = _spacing(ev)
    per_layer = rows * cols
    count = min(mods.module_count, per_layer)
    per_string = max(1, mods.module_count // max(mods.strings, 1))
    boxes = []
    for k in range(count):
        r, c = divmod(k, cols)
        if r % 2 == 1:
            c = cols - 1 - c  # snake: consecutive modules are neighbours
        x = spacing + c * (length + spacing)
        y = spacing + r * (width + spacing)
        boxes.append(ModuleBox(x, y, length, width, k + 1, min(k // per_string,
                                                                 mods.strings - 1)))
    grid_w = cols * length + (cols + 1) * spacing
    grid_d = rows * width + (rows + 1) * spacing
    box_w, box_d = min(0.25 * grid_w, 0.3), min(0.5 * grid_d, 0.25)
    junction = (grid_w + spacing, max(0.0, grid_d - box_d - spacing), box_w, box_d)
    n_cells = mods.module_series * mods.module_parallel
    geo = ev.get("geo")
    cyl = bool(geo.cyl[0])
    if cyl or mods.cell_to_pack:
        along = max(1, round(float(mod["block_x"][0]) / (float(geo.gx[0]) + 1e-9)))
        across = max(1, -(-n_cells // along))
    else:
        along, across = n_cells, 1
    return PackLayout(grid_w, grid_d, tuple(boxes), layers, junction, along, across, cyl,
                      mods.cell_to_pack)


def _spacing(ev) -> float:
    from packconfig.core.units import to_si

    spacing = ev.o.architecture.module_spacing
    return ev.components.p["module_spacing"] if spacing is None else to_si(spacing, "length")
