"""Vectorised module and pack hardware: geometry, part counts and unit masses for many
designs at once (plain float64 arrays in SI units). Formulas and sources are in
docs/physics.md, "Modules and components"; the defaults are in resources/components.toml.

Every part is returned as two arrays, ``count`` (per module for module parts, per pack
otherwise) and ``unit`` mass in kg, so the bill of materials (:mod:`.bom`) and the
mass roll-up (:mod:`.engine`) read the same numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from packconfig.core.pack.components import ComponentTable
from packconfig.core.pack.modules import Architecture, near_square_rows

SQRT3_2 = math.sqrt(3.0) / 2.0
#: Proportions for a cell without dimensions (derived: medians of the catalog's cells
#: with dimensions): pouch width/length 0.709, thickness/length 0.035; prismatic 0.724,
#: 0.286; cylindrical height/diameter 3.333.
_FALLBACK_SHAPE = {"pouch": (0.709, 0.035), "prismatic": (0.724, 0.286), "cyl": 3.333}
MODULE_PARTS = ("module_housing", "heat_plates", "cell_holders", "interconnect_panels",
                "cell_interconnects", "module_terminals", "slave_board", "sense_harness",
                "temperature_sensors", "gas_release")
JUNCTION_PARTS = ("main_contactor", "aux_contactor", "precharge_relay", "precharge_resistor",
                  "main_fuse", "current_sensor", "service_disconnect", "charger_fuse")
PACK_PARTS = ("module_interconnects", "pack_busbars", "master_bms", "bms_enclosure",
              "harness", "enclosure", "structure", "cooling", "module_racks")
#: R10 preferred numbers (ISO 3) for fuse ratings, one decade.
_R10 = np.array([1.0, 1.25, 1.6, 2.0, 2.5, 3.15, 4.0, 5.0, 6.3, 8.0, 10.0])


@dataclass(frozen=True)
class CellGeo:
    """Per-design cell figures the hardware needs (SI), dimensions filled in from the
    mass where the datasheet gives none (``estimated``)."""

    gx: np.ndarray  # along the series direction: thickness or diameter
    gy: np.ndarray  # along the parallel direction: width or diameter
    gh: np.ndarray  # length or height
    cyl: np.ndarray
    pouch: np.ndarray
    estimated: np.ndarray
    mass: np.ndarray
    v_nom: np.ndarray
    v_max: np.ndarray
    current: np.ndarray  # design current per cell: max continuous discharge, else 1C


def cell_geo(t, idx: np.ndarray, table: ComponentTable) -> CellGeo:
    """Gather the cell columns of :class:`engine.CellTable` ``t`` for designs ``idx``."""
    fx, fy, h = t.fx[idx], t.fy[idx], t.h[idx]
    cyl, pouch, mass = t.cylindrical[idx], t.pouch[idx], t.mass[idx]
    estimated = np.isnan(fx) | np.isnan(fy) | np.isnan(h)
    named = np.isnan(fx) & cyl  # "21700": 21 mm x 70.0 mm (IEC 61960 designation)
    if named.any():
        fx = np.where(named, t.fmt_d[idx], fx)
        fy = np.where(named, t.fmt_d[idx], fy)
        h = np.where(named, t.fmt_h[idx], h)
    est = np.isnan(fx) | np.isnan(fy) | np.isnan(h)
    if est.any():
        p = table.p
        density = np.where(cyl, p["fallback_density_cylindrical"],
                           np.where(pouch, p["fallback_density_pouch"],
                                    p["fallback_density_prismatic"]))
        vol = mass / density
        wl = np.where(pouch, _FALLBACK_SHAPE["pouch"][0], _FALLBACK_SHAPE["prismatic"][0])
        tl = np.where(pouch, _FALLBACK_SHAPE["pouch"][1], _FALLBACK_SHAPE["prismatic"][1])
        length = np.cbrt(vol / (wl * tl))
        d = np.cbrt(4 * vol / (math.pi * _FALLBACK_SHAPE["cyl"]))
        fx = np.where(est, np.where(cyl, d, length * tl), fx)
        fy = np.where(est, np.where(cyl, d, length * wl), fy)
        h = np.where(est, np.where(cyl, d * _FALLBACK_SHAPE["cyl"], length), h)
    i_dis = t.i_dis[idx]
    current = np.where(np.isnan(i_dis), t.cap[idx] / 3600.0, i_dis)
    return CellGeo(fx, fy, h, cyl, pouch, estimated, mass, t.v_nom[idx], t.v_max[idx], current)


def _full(value, shape) -> np.ndarray:
    """``value`` as a float array of ``shape`` (a scalar is repeated)."""
    if np.ndim(value) == 0:
        return np.full(shape, float(value))
    return np.asarray(value, dtype=float)


def conductor_area(current: np.ndarray, rate: float, p: dict[str, float]) -> np.ndarray:
    """Cu cross-section (m²) that heats adiabatically at ``rate`` (K/s) at ``current``:
    ``A = I / sqrt(sigma · rate · c_p · rho)`` (BatPaC v5, Battery Design!G167)."""
    return current / math.sqrt(p["sigma_cu"] * rate * p["cp_cu"] * p["rho_cu"])


def grid(fx, fy, cyl, series, parallel, honeycomb, gap):
    """Footprint (x, y) of ``series`` groups of ``parallel`` upright cells folded into
    near-square rows (the flat block of docs/physics.md, "Size")."""
    px, py = fx + gap, fy + gap
    honey = cyl & honeycomb
    py_eff = np.where(honey, py * SQRT3_2, py)
    with np.errstate(invalid="ignore", divide="ignore"):
        k = np.rint(np.sqrt(series * px / (parallel * py_eff)))
    k = np.clip(np.where(np.isfinite(k), k, 1.0), 1, series).astype(np.int64)
    nx = -(-series // k)
    ny = parallel * k
    x_sq = nx * px - gap
    y_sq = ny * py - gap
    x = np.where(honey, x_sq + np.where(ny > 1, px / 2.0, 0.0), x_sq)
    y = np.where(honey, (ny - 1) * py_eff + fy, y_sq)
    return x, y


def module_arrays(g: CellGeo, ms, mp, table: ComponentTable, *, board_cells: int,
                  honeycomb: bool, gap: float, cell_to_pack: bool) -> dict[str, np.ndarray]:
    """Dimensions (module frame: ``length`` along the stack, ``width``, ``height``
    vertical), part counts and unit masses of one module of ``ms × mp`` cells."""
    p = table.p
    n = (ms * mp).astype(float)
    wall = 0.0 if cell_to_pack else p["module_wall"]
    plate = p["heat_plate"]
    stacked = ~g.cyl & (not cell_to_pack)
    # cell block: prismatic/pouch modules stack their cells face to face (BatPaC);
    # cylindrical modules and cell-to-pack blocks fold the groups near-square.
    gx_, gy_ = grid(g.gx, g.gy, g.cyl, ms, mp, honeycomb, gap)
    bx = np.where(stacked, n * g.gx + (n + 1) * plate, gx_)
    by = np.where(stacked, g.gy, gy_)
    holder = np.where(g.cyl, 2 * p["holder_thickness"], 0.0)
    bh = g.gh + holder
    allowance = p["terminal_allowance"]
    length = bx + 2 * wall
    lies_flat = stacked & g.pouch  # pouch modules: cell width vertical (BatPaC)
    width = np.where(lies_flat, bh + allowance, by) + 2 * wall
    height = np.where(lies_flat, by, bh + allowance) + 2 * wall
    out: dict[str, np.ndarray] = {"length": length, "width": width, "height": height,
                                  "block_x": bx, "block_y": by}
    i_mod = mp * g.current
    zero = np.zeros_like(n)

    def put(key, count, unit):
        out[f"{key}:count"] = _full(count, n.shape)
        out[f"{key}:unit"] = _full(unit, n.shape)

    area = 2 * (length * width + length * height + width * height)
    put("module_housing", zero if cell_to_pack else 1.0, p["rho_steel"] * wall * area)
    heat = (g.gh + 0.006) * (g.gy + 2 * plate + 1.9 * g.gx) * plate * p["rho_al"]
    put("heat_plates", np.where(g.cyl, 0.0, n + 1), heat)
    holes = n * math.pi * g.gx**2 / 4
    holder_area = np.maximum(bx * by - holes, 0.1 * bx * by)
    put("cell_holders", np.where(g.cyl, 2.0, 0.0),
        p["rho_panel"] * p["holder_thickness"] * holder_area)
    put("interconnect_panels", np.where(g.cyl, 0.0, 2.0),
        p["rho_panel"] * p["panel_thickness"] * bx * 0.9 * g.gy)
    feed = np.where(g.gy > 0.084, 50e-6, 40e-6)  # 1 mm x 40/50 mm (BatPaC G158, G92)
    a_cell = np.maximum(conductor_area(i_mod / 2, p["rate_cell_to_module"], p),
                        np.where(g.cyl, 0.0, feed))
    span = np.where(g.cyl, mp * (g.gy + gap), mp * (g.gx + plate) + 0.012)
    put("cell_interconnects", ms + 1.0, a_cell * span * p["rho_cu"])
    a_term = conductor_area(i_mod, p["rate_module"], p)
    put("module_terminals", zero if cell_to_pack else 2.0,
        a_term * p["module_terminal_length"] * 1.2 * p["rho_cu"])
    put("slave_board", -(-ms // board_cells), table.part("slave_board").mass_kg)
    put("sense_harness", 1.0, (ms + 1) * length * p["sense_wire"])
    put("temperature_sensors", 2.0, table.part("temperature_sensors").mass_kg)
    put("gas_release", zero if cell_to_pack else 1.0, table.part("gas_release").mass_kg)
    hardware = sum(out[f"{k}:count"] * out[f"{k}:unit"] for k in MODULE_PARTS)
    out["hardware"] = hardware
    out["mass"] = n * g.mass + hardware
    out["current"] = i_mod
    out["a_terminal"] = a_term
    out["a_cell"] = a_cell
    return out


def arrangement(n_mod, length, width, arch: Architecture):
    """(rows, cols, layers) arrays: the design's arrangement, else near-square."""
    if arch.arrangement is not None:
        rows, cols, layers = (np.full(n_mod.shape, v, dtype=np.int64) for v in arch.arrangement)
        return rows, cols, layers
    rows = near_square_rows(n_mod, length, width)
    return rows, -(-n_mod // rows), np.ones_like(n_mod)


def contactor_choice(current, voltage, table: ComponentTable):
    """Index into ``table.contactors`` of the smallest class covering ``current`` and
    ``voltage`` (−1 when none does)."""
    choice = np.full(current.shape, -1, dtype=np.int64)
    for i in range(len(table.contactors) - 1, -1, -1):
        c = table.contactors[i]
        ok = (current <= c.current_a) & (voltage <= c.voltage_v)
        choice = np.where(ok, i, choice)
    return choice


def fuse_rating(current, factor: float) -> np.ndarray:
    """``factor × current`` rounded up to the R10 preferred numbers (ISO 3), in A."""
    need = np.maximum(current * factor, 1.0)
    decade = 10.0 ** np.floor(np.log10(need))
    steps = _R10[np.searchsorted(_R10, need / decade * (1 - 1e-12))]
    return steps * decade


def pack_arrays(g: CellGeo, s, p, ms, mp, mod: dict[str, np.ndarray], *, arch: Architecture,
                table: ComponentTable, enclosure: bool, bms: bool, thermal: str,
                energy: np.ndarray, spacing: float) -> dict[str, np.ndarray]:
    """Arrangement, envelope, junction box and pack-level parts for many designs."""
    pp = table.p
    strings = p // mp
    n_mod = (s // ms) * strings
    rows, cols, layers = arrangement(n_mod, mod["length"], mod["width"], arch)
    out: dict[str, np.ndarray] = {"strings": strings.astype(float),
                                  "module_count": n_mod.astype(float), "rows": rows,
                                  "cols": cols, "layers": layers}
    tol = pp["interior_tolerance"]
    x_in = cols * mod["length"] + (cols + 1) * spacing + 2 * tol
    y_in = rows * mod["width"] + (rows + 1) * spacing + 2 * tol
    cooling_t = {"liquid": 2 * pp["cooling_plate"], "air": spacing, "none": 0.0}[thermal]
    z_in = layers * (mod["height"] + cooling_t) + (layers - 1) * spacing + 2 * tol
    t_outer = np.where(energy < 10 * 3.6e6, 1e-3, np.where(energy < 20 * 3.6e6, 1.5e-3, 2e-3))
    ins = pp["jacket_insulation"]
    side = ins + pp["jacket_base_al"] + pp["jacket_base_steel"] if enclosure else 0.0
    base = side
    top = ins + pp["jacket_top_al"] + t_outer if enclosure else 0.0
    x_out, y_out = x_in + 2 * side, y_in + 2 * side
    long_, short = np.maximum(x_out, y_out), np.minimum(x_out, y_out)
    out["fits"] = rows * cols * layers >= n_mod
    if arch.footprint is not None:
        fp = sorted((float(q.to("m").magnitude) for q in arch.footprint), reverse=True)
        out["fits"] = out["fits"] & (long_ <= fp[0] * (1 + 1e-9)) & (short <= fp[1] * (1 + 1e-9))
        long_, short = np.maximum(long_, fp[0]), np.maximum(short, fp[1])
        x_in, y_in = long_ - 2 * side, short - 2 * side
    out["envelope_length"], out["envelope_width"] = long_, short
    out["envelope_height"] = z_in + base + top
    out["module_footprint"] = n_mod * mod["length"] * mod["width"]

    def put(key, count, unit):
        out[f"{key}:count"] = _full(count, n_mod.shape)
        out[f"{key}:unit"] = _full(unit, n_mod.shape)

    i_pack = p * g.current
    i_string = i_pack / strings
    v_nom, v_max = s * g.v_nom, s * g.v_max
    out["current"], out["voltage_max"] = i_pack, v_max
    single = n_mod == 1
    a_mod = conductor_area(i_string, pp["rate_module"], pp)
    put("module_interconnects", np.where(single, 0.0, n_mod + strings),
        a_mod * (pp["module_interconnect_length"] + spacing) * 1.3 * pp["rho_cu"])
    rate = pp["rate_pack_fast_charge"] if arch.fast_charge else pp["rate_pack"]
    a_pack = conductor_area(i_pack, rate, pp)
    lines = rows * layers
    bus = (lines % 2) * (cols * mod["length"] + 0.04)
    bridges = np.maximum(-(-(lines + 1) // 2) - 1, 0) * (2 * mod["width"] + 0.025)
    terminals = 2 * (pp["pack_terminal_length"] + 0.02) / 0.9
    put("pack_busbars", 1.0, a_pack * pp["rho_cu"] * (terminals + bus + bridges))
    out["a_module_interconnect"], out["a_pack"] = a_mod, a_pack
    _junction_box(out, put, g, v_nom, v_max, i_pack, n_mod, table)
    asic = -(-s // int(pp["cells_per_asic"]))
    bmu = (pp["bmu_base"] + pp["bmu_per_asic"] * asic) * 1.1
    put("master_bms", 1.0 if bms else 0.0, bmu)
    box = sum(out[f"{k}:count"] * out[f"{k}:unit"] for k in JUNCTION_PARTS)
    put("bms_enclosure", 1.0 if bms else 0.0, 0.3 * (bmu + box))
    put("harness", 1.0, table.part("harness").mass_kg)
    put("enclosure", 1.0 if enclosure else 0.0,
        _jacket(x_in, y_in, z_in, t_outer, n_mod, mod, pp))
    areal = {"liquid": pp["cooling_liquid_areal"], "air": pp["cooling_air_areal"]}
    put("cooling", 0.0 if thermal == "none" else 1.0,
        areal.get(thermal, 0.0) * out["module_footprint"])
    put("module_racks", np.where(single, 0.0, 1.0), pp["rack_areal"] * out["module_footprint"])
    put("structure", 1.0 if enclosure else 0.0, pp["structure_areal"] * x_in * y_in)
    out["hardware"] = sum(out[f"{k}:count"] * out[f"{k}:unit"]
                          for k in JUNCTION_PARTS + PACK_PARTS)
    return out


def _junction_box(out, put, g: CellGeo, v_nom, v_max, i_pack, n_mod, table) -> None:
    """Main and auxiliary contactors, pre-charge, fuse, current sensor, MSD."""
    pp = table.p
    mains = np.where(v_nom < 50, 0.0, np.where(v_nom < 100, 1.0, 2.0))
    choice = contactor_choice(i_pack, v_max, table)
    masses = np.array([c.mass_kg for c in table.contactors] + [
        table.part("main_contactor").mass_kg])
    put("main_contactor", mains, masses[choice])
    out["contactor_choice"] = choice
    out["contactor_ok"] = (choice >= 0) | (mains == 0)
    two = mains == 2
    put("aux_contactor", np.where(two, 2.0, 0.0), table.part("aux_contactor").mass_kg)
    put("precharge_relay", np.where(mains > 0, 1.0, 0.0), table.part("precharge_relay").mass_kg)
    put("precharge_resistor", np.where(mains > 0, 1.0, 0.0),
        table.part("precharge_resistor").mass_kg)
    out["fuse_rating"] = fuse_rating(i_pack, pp["fuse_factor"])
    put("main_fuse", 1.0, table.part("main_fuse").mass_kg)
    put("current_sensor", 1.0, table.part("current_sensor").mass_kg)
    put("service_disconnect", np.where(v_max > pp["max_module_voltage"], 1.0, 0.0),
        table.part("service_disconnect").mass_kg)
    put("charger_fuse", np.where(two, 1.0, 0.0), table.part("charger_fuse").mass_kg)


def _jacket(x, y, z, t_outer, n_mod, mod, pp) -> np.ndarray:
    """BatPaC-style pack jacket: base, top and walls with insulation, and a perimeter
    angle frame sized by the total module volume (BP5 G411-G430, Lists!AP133)."""
    ins = pp["jacket_insulation"] * pp["rho_insulation"]
    base = pp["jacket_base_al"] * pp["rho_al"] + pp["jacket_base_steel"] * pp["rho_steel"] + ins
    top = (pp["jacket_top_al"] + t_outer) * pp["rho_al"] + ins
    walls = top * 2 * (x + y) * z
    volume = n_mod * mod["length"] * mod["width"] * mod["height"]
    leg, t = np.where(volume < 0.040, 0.030, 0.040), np.where(volume < 0.040, 0.003, 0.004)
    frame = np.where(volume < 0.020, 0.0, (2 * leg * t - t * t) * pp["rho_steel"]) * 2 * (x + y)
    return (base + top) * x * y + walls + frame
