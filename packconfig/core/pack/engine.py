"""Vectorised pack physics: the single source of truth for every pack figure.

Everything here works on plain numpy float64 arrays in fixed SI units (V, C, J, W, A,
kg, m, m³, Ω, s); unknown cell figures are NaN and propagate, so a result that needs an
unknown figure comes out NaN. :mod:`packconfig.core.pack.physics` wraps a single design in
pint quantities (NaN becomes "not available"); the design-space explorer sweeps millions
of (cell, S, P) candidates through the same :class:`Evaluator`.

Formulas (sources in docs/physics.md):

* cells ``n = S·P``; pack voltages ``V = S·V_cell`` (min, nominal, max);
* capacity ``C = P·C_cell``; nominal energy ``E = V_nom·C``;
* usable energy ``E_u = E·(SOC_max − SOC_min)`` (linear in SOC; Plett, *Battery
  Management Systems* vol. 1, §1.4 energy = V·Ah);
* resistance ``R = S·R_cell / P`` (series resistances add, parallel divide);
* sag ``ΔV = I·R`` and Joule heat ``P_loss = I²·R`` at the operating current I;
* continuous current ``I_max = P·I_cell``, power ``P_max = V_nom·I_max``; C-rate
  ``I/C``;
* charge time (constant-current estimate, CV phase ignored)
  ``t = C·(SOC_max − SOC_min)/I_charge``;
* mass: bottom-up, cells + modules' hardware + pack hardware (:mod:`.hardware`,
  docs/physics.md "Modules and components");
* envelope: the modules on a rows × columns × layers grid inside the enclosure.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import fields
from typing import Any

import numpy as np

from packconfig.core.constants import MAX_PARALLEL
from packconfig.core.pack.cell_table import CellTable
from packconfig.core.pack.components import ComponentTable, active_table
from packconfig.core.pack.hardware import CellGeo, cell_geo, module_arrays, pack_arrays
from packconfig.core.pack.options import PackOptions
from packconfig.core.pack.result_keys import MODULE_RESULTS, RESULT_KEYS, RESULTS
from packconfig.core.pack.split import suggest_splits
from packconfig.core.units import to_si

__all__ = ["MODULE_RESULTS", "RESULTS", "RESULT_KEYS", "SQRT3_2", "CellTable", "Evaluator",
           "Gathered", "block_dimensions", "evaluate", "group_rows"]

SQRT3_2 = math.sqrt(3.0) / 2.0


def group_rows(series: np.ndarray, parallel: np.ndarray, px: np.ndarray, py: np.ndarray):
    """How many rows the S parallel groups are folded into, so that the footprint is
    near-square: ``k = clip(round(sqrt(S·px / (P·py))), 1, S)``."""
    with np.errstate(invalid="ignore", divide="ignore"):
        k = np.rint(np.sqrt(series * px / (parallel * py)))
    k = np.where(np.isfinite(k), k, 1.0)
    return np.clip(k, 1, series).astype(np.int64)


def block_dimensions(table: CellTable, idx, series, parallel, layout: str, gap: float):
    """Footprint (x, y) and height of the cell block, in metres.

    Cells stand upright. Each parallel group is a line of P cells along y; the S groups
    follow each other along x, folded into ``k`` rows of groups (:func:`group_rows`), so
    the grid is ``nx = ceil(S/k)`` columns by ``ny = P·k`` rows, ``gap`` between cells.
    Square: ``x = nx·(fx+g) − g``, ``y = ny·(fy+g) − g``. Honeycomb (cylindrical cells
    only; prismatic and pouch cells always use square): rows offset by half a pitch
    and spaced ``(d+g)·√3/2``, so ``x = nx·(d+g) − g + (d+g)/2`` when ``ny > 1`` and
    ``y = (ny−1)·(d+g)·√3/2 + d``.
    """
    fx, fy, cyl = table.fx[idx], table.fy[idx], table.cylindrical[idx]
    px, py = fx + gap, fy + gap
    honey = cyl & (layout == "honeycomb")
    py_eff = np.where(honey, py * SQRT3_2, py)
    k = group_rows(series, parallel, px, py_eff)
    nx = -(-series // k)
    ny = parallel * k
    x_sq = nx * px - gap
    y_sq = ny * py - gap
    x_hc = x_sq + np.where(ny > 1, px / 2.0, 0.0)
    y_hc = (ny - 1) * py_eff + fy
    return np.where(honey, x_hc, x_sq), np.where(honey, y_hc, y_sq), table.h[idx]


class Gathered(dict):
    """Arrays computed on distinct rows, gathered per design on first access."""

    def __init__(self, arrays: dict[str, np.ndarray], inverse: np.ndarray | None):
        super().__init__()
        self._arrays, self._inverse = arrays, inverse

    def __getitem__(self, key: str) -> np.ndarray:
        if not dict.__contains__(self, key):
            value = self._arrays[key]
            if self._inverse is not None:
                value = np.asarray(value)[self._inverse]
            dict.__setitem__(self, key, value)
        return dict.__getitem__(self, key)

    def __contains__(self, key: object) -> bool:
        return key in self._arrays

    def __iter__(self):
        return iter(self._arrays)

    def keys(self):
        return self._arrays.keys()


class Evaluator:
    """Lazily computes the figures of many designs; each figure is computed once.

    ``idx``, ``series`` and ``parallel`` are equal-length integer arrays (cell index into
    ``table``, S, P). ``get(key)`` returns a float64 array in SI units.
    """

    def __init__(self, table: CellTable, idx, series, parallel, options: PackOptions, *,
                 split: tuple[object, object] | None = None,
                 components: ComponentTable | None = None):
        self.t = table
        self.idx = np.asarray(idx, dtype=np.int64)
        self.s = np.asarray(series, dtype=np.int64)
        self.p = np.asarray(parallel, dtype=np.int64)
        self.o = options
        self.split = split
        self.components = components or active_table()
        self._cache: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        if key not in self._cache:
            self._cache[key] = getattr(self, f"_{key}")()
        return self._cache[key]

    def all(self, keys: Sequence[str] = ()) -> dict[str, np.ndarray]:
        return {key: self.get(key) for key in (keys or RESULT_KEYS)}

    # -- electrical ---------------------------------------------------------------
    def _cell_count(self):
        return (self.s * self.p).astype(float)

    def _voltage_nominal(self):
        return self.s * self.t.v_nom[self.idx]

    def _voltage_max(self):
        return self.s * self.t.v_max[self.idx]

    def _voltage_min(self):
        return self.s * self.t.v_min[self.idx]

    def _capacity(self):
        return self.p * self.t.cap[self.idx]

    def _energy_nominal(self):
        return self.get("voltage_nominal") * self.get("capacity")

    def _soc_window(self):
        lo = self.t.soc_min[self.idx] if self.o.soc_min is None else self.o.soc_min
        hi = self.t.soc_max[self.idx] if self.o.soc_max is None else self.o.soc_max
        return np.broadcast_to(np.asarray(hi - lo, dtype=float), self.s.shape)

    def _energy_usable(self):
        return self.get("energy_nominal") * self.get("soc_window")

    def _resistance_pack(self):
        return self.s * self.t.r[self.idx] / self.p

    def _operating_current(self):
        if self.o.operating_current is None:
            return self.get("capacity") / 3600.0  # 1C
        return np.full(self.s.shape, self.o.si["operating_current"])

    def _voltage_sag(self):
        return self.get("operating_current") * self.get("resistance_pack")

    def _heat_loss(self):
        return self.get("operating_current") ** 2 * self.get("resistance_pack")

    def _current_continuous_max(self):
        return self.p * self.t.i_dis[self.idx]

    def _power_continuous_max(self):
        return self.get("voltage_nominal") * self.get("current_continuous_max")

    def _current_charge_max(self):
        return self.p * self.t.i_chg[self.idx]

    def _power_charge_max(self):
        return self.get("voltage_nominal") * self.get("current_charge_max")

    def _c_rate_discharge_max(self):
        return self.get("current_continuous_max") / self.get("capacity")

    def _c_rate_charge_max(self):
        return self.get("current_charge_max") / self.get("capacity")

    def _charge_current(self):
        if self.o.charge_current is not None:
            return np.full(self.s.shape, self.o.si["charge_current"])
        std = self.t.i_std[self.idx]
        return self.p * np.where(np.isnan(std), self.t.i_chg[self.idx], std)

    def _charge_time(self):
        return self.get("capacity") * self.get("soc_window") / self.get("charge_current")

    # -- modules and pack hardware (core/pack/hardware.py) ------------------------------
    def _components(self):
        return self.components

    def _geo(self):
        return cell_geo(self.t, self.idx, self.components)

    def _module_kwargs(self, cell_to_pack: bool = False) -> dict[str, object]:
        return {"board_cells": self._board_cells(), "honeycomb": self.o.layout == "honeycomb",
                "gap": self.o.si["gap"], "cell_to_pack": cell_to_pack}

    def _board_cells(self) -> int:
        boards = self.components.boards
        board = boards.get(self.o.architecture.board) or next(iter(boards.values()))
        return board.max_cells

    def _split(self):
        """(module S, module P, suggestion within limits) per design."""
        arch = self.o.architecture
        if arch.cell_to_pack:
            return self.s.copy(), self.p.copy(), np.ones(self.s.shape, dtype=bool)
        if self.split is not None:
            ms, mp = (np.broadcast_to(np.asarray(a, dtype=np.int64), self.s.shape)
                      for a in self.split)
            return ms, mp, np.ones(self.s.shape, dtype=bool)
        if arch.module_series is not None and arch.module_parallel is not None:
            ms = np.full(self.s.shape, arch.module_series, dtype=np.int64)
            mp = np.full(self.s.shape, arch.module_parallel, dtype=np.int64)
            fits = (self.s % ms == 0) & (self.p % mp == 0)
            if fits.all():  # a given split needs no suggestion
                return ms, mp, fits
        pp = self.components.p

        def mass(ms, mp):
            return self._module_unique(ms, mp, False)["mass"]

        ms, mp, ok = suggest_splits(
            self.s, self.p, self.get("geo").v_max, mass, max_voltage=pp["max_module_voltage"],
            max_mass=pp["max_module_mass"], board_mass=self.components.part(
                "slave_board").mass_kg, board_cells=self._board_cells(),
            max_strings=int(pp["max_strings"]))
        if arch.module_series is not None or arch.module_parallel is not None:
            want_ms = arch.module_series or ms
            want_mp = arch.module_parallel or (self.p if arch.module_series else mp)
            fits = (self.s % want_ms == 0) & (self.p % want_mp == 0)
            ms, mp = np.where(fits, want_ms, ms), np.where(fits, want_mp, mp)
            ok = np.where(fits, True, False)
        return ms, mp, ok

    def _module(self):
        ms, mp, _ok = self.get("split")
        return self._module_unique(ms, mp, self.o.architecture.cell_to_pack)

    def _module_unique(self, ms, mp, cell_to_pack: bool) -> Gathered:
        """:func:`module_arrays` evaluated once per distinct (cell, module S, module P)
        and gathered back per design: a sweep has millions of designs but only
        thousands of distinct modules."""
        n = len(self.s)
        ms, mp = np.asarray(ms, dtype=np.int64), np.asarray(mp, dtype=np.int64)
        repeat = ms.size // n if n and ms.ndim and ms.size % n == 0 and ms.size > n else 1
        shape = (n * repeat,)  # the designs once, or k times over (module S = 1, 2...)
        ms, mp = np.broadcast_to(ms, shape), np.broadcast_to(mp, shape)
        geo = self.get("geo")
        if shape[0] <= 128:  # a few designs: memoised (the suggestion's check is reused)
            memo = self._cache.setdefault("_modules_small", {})
            key = (ms.tobytes(), mp.tobytes(), cell_to_pack)
            if key not in memo:
                rows = np.tile(np.arange(n), repeat)
                sub = geo if repeat == 1 else CellGeo(*(getattr(geo, f.name)[rows]
                                                       for f in fields(CellGeo)))
                memo[key] = Gathered(module_arrays(sub, ms, mp, self.components,
                                                   **self._module_kwargs(cell_to_pack)), None)
            return memo[key]
        base = np.int64(MAX_PARALLEL + 1)
        idx = np.tile(self.idx, repeat) if repeat > 1 else self.idx
        key = (idx * base + ms) * base + mp
        uniq, first, inverse = np.unique(key, return_index=True, return_inverse=True)
        sub = CellGeo(*(getattr(geo, f.name)[first % n] for f in fields(CellGeo)))
        arrays = module_arrays(sub, ms[first], mp[first], self.components,
                               **self._module_kwargs(cell_to_pack))
        return Gathered(arrays, inverse)

    def _pack(self):
        ms, mp, _ok = self.get("split")
        ov = self.o.overhead
        spacing = self.o.architecture.module_spacing
        gap = self.components.p["module_spacing"] if spacing is None else to_si(
            spacing, "length")
        return pack_arrays(self.get("geo"), self.s, self.p, ms, mp, self.get("module"),
                           arch=self.o.architecture, table=self.components,
                           enclosure=ov.enclosure, bms=ov.bms, thermal=ov.thermal,
                           energy=self.get("energy_nominal"), spacing=gap)

    def _module_series(self):
        return self.get("split")[0].astype(float)

    def _module_parallel(self):
        return self.get("split")[1].astype(float)

    def _module_count(self):
        return self.get("pack")["module_count"]

    def _module_voltage_nominal(self):
        return self.get("split")[0] * self.t.v_nom[self.idx]

    def _module_voltage_max(self):
        return self.get("split")[0] * self.t.v_max[self.idx]

    def _module_mass(self):
        return self.get("module")["mass"]

    def _module_dims(self):
        mod, geo = self.get("module"), self.get("geo")
        dims = np.stack([mod["length"], mod["width"], mod["height"]])
        return np.where(geo.estimated, np.nan, dims)

    def _module_length(self):
        return self.get("module_dims")[0]

    def _module_width(self):
        return self.get("module_dims")[1]

    def _module_height(self):
        return self.get("module_dims")[2]

    # -- mass -----------------------------------------------------------------------
    def _mass_cells(self):
        return self.s * self.p * self.t.mass[self.idx]

    def _mass_modules(self):
        """All modules with their cells (for a cell-to-pack design: the cells and
        their cell-level hardware)."""
        return self.get("module_count") * self.get("module_mass")

    def _mass_overhead(self):
        return self.get("mass_pack") - self.get("mass_cells")

    def _mass_pack(self):
        return self.get("mass_modules") + self.get("pack")["hardware"]

    # -- size -----------------------------------------------------------------------
    def _envelope(self):
        pack, geo = self.get("pack"), self.get("geo")
        dims = np.stack([pack["envelope_length"], pack["envelope_width"],
                         pack["envelope_height"]])
        return np.where(geo.estimated, np.nan, dims)

    def _envelope_length(self):
        return self.get("envelope")[0]

    def _envelope_width(self):
        return self.get("envelope")[1]

    def _envelope_height(self):
        return self.get("envelope")[2]

    def _volume_pack(self):
        return self.get("envelope_length") * self.get("envelope_width") * self.get(
            "envelope_height")

    def _volume_cells(self):
        return self.s * self.p * self.t.vol[self.idx]

    # -- densities ------------------------------------------------------------------
    def _energy_density_gravimetric_cell(self):
        t = self.t
        return t.v_nom[self.idx] * t.cap[self.idx] / t.mass[self.idx]

    def _energy_density_volumetric_cell(self):
        t = self.t
        return t.v_nom[self.idx] * t.cap[self.idx] / t.vol[self.idx]

    def _energy_density_gravimetric_pack(self):
        return self.get("energy_nominal") / self.get("mass_pack")

    def _energy_density_volumetric_pack(self):
        return self.get("energy_nominal") / self.get("volume_pack")


def evaluate(
    table: CellTable, idx, series, parallel, options: PackOptions | None = None,
    keys: Sequence[str] = (),
) -> dict[str, np.ndarray]:
    """Figures for many designs at once (see :class:`Evaluator`)."""
    return Evaluator(table, idx, series, parallel, options or PackOptions()).all(keys)
