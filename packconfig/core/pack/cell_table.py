"""The cells of a design space as a struct of arrays (SI units, NaN for unknown
figures): what :mod:`packconfig.core.pack.engine` computes on."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from packconfig.core.cells import chemistry
from packconfig.core.cells.model import Cell
from packconfig.core.units import to_si


@dataclass(frozen=True)
class CellTable:
    """A struct of arrays over cells, in SI units, NaN for unknown figures.

    ``v_max``/``v_min`` fall back to the chemistry default when the datasheet gives none;
    ``v_max_default``/``v_min_default`` record where that happened.
    """

    ids: tuple[str, ...]
    v_nom: np.ndarray
    v_max: np.ndarray
    v_min: np.ndarray
    v_max_default: np.ndarray
    v_min_default: np.ndarray
    cap: np.ndarray
    mass: np.ndarray
    r: np.ndarray
    i_dis: np.ndarray
    i_chg: np.ndarray
    i_std: np.ndarray
    cylindrical: np.ndarray
    pouch: np.ndarray
    fmt_d: np.ndarray  # diameter from a cylindrical format code (IEC 61960), m
    fmt_h: np.ndarray  # height from the format code, m
    fx: np.ndarray  # footprint along the series direction (diameter or thickness), m
    fy: np.ndarray  # footprint along the parallel direction (diameter or width), m
    h: np.ndarray  # height standing upright (height or length), m
    vol: np.ndarray  # volume of one cell, m³
    soc_min: np.ndarray
    soc_max: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def from_cells(cls, cells: Sequence[Cell]) -> CellTable:
        rows = [_cell_row(cell) for cell in cells]
        columns = {name: np.array([row[name] for row in rows]) for name in _ROW_FIELDS}
        return cls(ids=tuple(cell.id for cell in cells), **columns)


_ROW_FIELDS = (
    "v_nom v_max v_min v_max_default v_min_default cap mass r i_dis i_chg i_std "
    "cylindrical pouch fx fy h vol soc_min soc_max fmt_d fmt_h"
).split()


def _cell_row(cell: Cell) -> dict[str, float | bool]:
    chem = chemistry.get(cell.chemistry)
    cyl = cell.is_cylindrical
    if cyl:
        fx = fy = to_si(cell.diameter, "length")
        h = to_si(cell.height, "length")
    else:
        fx, fy, h = (to_si(getattr(cell, k), "length") for k in ("thickness", "width", "length"))
    vol = to_si(cell.volume, "volume") if cell.volume is not None else math.nan
    return {
        "v_nom": to_si(cell.nominal_voltage, "voltage"),
        "v_max": to_si(cell.max_voltage or chem.max_voltage, "voltage"),
        "v_min": to_si(cell.min_voltage or chem.min_voltage, "voltage"),
        "v_max_default": cell.max_voltage is None,
        "v_min_default": cell.min_voltage is None,
        "cap": to_si(cell.capacity, "charge"),
        "mass": to_si(cell.mass, "mass"),
        "r": to_si(cell.internal_resistance, "resistance"),
        "i_dis": to_si(cell.max_continuous_discharge, "current"),
        "i_chg": to_si(cell.max_continuous_charge, "current"),
        "i_std": to_si(cell.standard_charge, "current"),
        "cylindrical": cyl,
        "pouch": cell.format.strip().lower() == "pouch",
        "fx": fx,
        "fy": fy,
        "h": h,
        "vol": vol,
        "soc_min": chem.usable_soc_min,
        "soc_max": chem.usable_soc_max,
        "fmt_d": int(cell.format[:2]) / 1000 if cyl else math.nan,
        "fmt_h": int(cell.format[2:]) / 10000 if cyl else math.nan,
    }
