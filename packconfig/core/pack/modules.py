"""Pack architecture: how the S×P cells are grouped into modules and the modules into
a pack (docs/physics.md, "Modules and components").

A module holds ``module_series × module_parallel`` cells; the pack has
``S / module_series`` modules in series per string and ``P / module_parallel`` strings
in parallel, so ``S = module_series × modules per string`` and ``P = module_parallel ×
strings``. A cell-to-pack design has no modules (one level fewer).

:func:`suggest_splits` proposes module splits for many designs at once (vectorised):
the largest module whose maximum voltage and mass stay within the limits, one string
first, two strings when one cannot meet the limits.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from packconfig.core.constants import MAX_PARALLEL, MAX_SERIES
from packconfig.core.errors import InputError
from packconfig.core.units import Quantity, require_optional

#: Largest rows, columns or layers of modules, and modules in one pack.
MAX_GRID = 1000
MAX_MODULES = 100_000


@dataclass(frozen=True)
class Architecture:
    """The module split and pack arrangement of a design. ``None`` means "suggested":

    * ``module_series``/``module_parallel``: the first suggested split
      (:func:`suggest_splits`);
    * ``arrangement``: (rows, columns, layers) of modules, else a near-square single
      layer;
    * ``module_spacing``: the component table's ``module_spacing``;
    * ``footprint``: (length, width) of the tray the vehicle or cabinet provides; when
      given, the enclosure is that size and the modules must fit in it, otherwise the
      enclosure is sized around the module grid;
    * ``dc_link_capacitance``, ``precharge_time``: when both are given the pre-charge
      resistor is sized (R = t / 5C), otherwise its value is left open.
    """

    module_series: int | None = None
    module_parallel: int | None = None
    arrangement: tuple[int, int, int] | None = None
    module_spacing: Quantity | None = None
    footprint: tuple[Quantity, Quantity] | None = None
    cell_to_pack: bool = False
    fast_charge: bool = False
    board: str = "LTC6813"
    dc_link_capacitance: Quantity | None = None
    precharge_time: Quantity | None = None

    def __post_init__(self) -> None:
        for name, maximum in (("module_series", MAX_SERIES), ("module_parallel", MAX_PARALLEL)):
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int):
                raise InputError(f"{name} must be a whole number, got {value!r}").coded(
                    "not_whole", name=name, got=repr(value))
            if not 1 <= value <= maximum:
                raise InputError(f"{name} must be between 1 and {maximum}, got {value}").coded(
                    "module_split_range", name=name, got=value, maximum=maximum)
        if self.arrangement is not None:
            check_arrangement(self.arrangement)
        require_optional(self.module_spacing, "length", "module_spacing")
        if self.module_spacing is not None:
            mm = float(self.module_spacing.to("mm").magnitude)
            if not mm > 0 or mm > 1000:
                raise InputError(f"module spacing must be more than 0 and at most 1000 mm, "
                                 f"got {self.module_spacing:~P}").coded(
                    "module_spacing", got=f"{self.module_spacing:~P}")
        if self.footprint is not None:
            if not isinstance(self.footprint, tuple) or len(self.footprint) != 2:
                raise InputError("footprint must be (length, width)")
            for name, value in zip(("footprint length", "footprint width"), self.footprint,
                                   strict=True):
                require_optional(value, "length", name)
                mm = float(value.to("mm").magnitude)
                if not 0 < mm <= 50_000:
                    raise InputError(f"{name} must be more than 0 and at most 50 m, got "
                                     f"{value:~P}").coded("footprint_range", name=name,
                                                          got=f"{value:~P}")
        require_optional(self.dc_link_capacitance, "capacitance", "dc_link_capacitance")
        require_optional(self.precharge_time, "time", "precharge_time")
        for name in ("dc_link_capacitance", "precharge_time"):
            value = getattr(self, name)
            if value is not None and not value.magnitude > 0:
                raise InputError(f"{name} must be greater than zero, got {value:~P}")

    @property
    def explicit_split(self) -> bool:
        return self.module_series is not None or self.module_parallel is not None


def check_arrangement(value: object) -> tuple[int, int, int]:
    """``(rows, columns, layers)``, each a whole number 1..1000."""
    if not isinstance(value, (tuple, list)) or len(value) != 3:
        raise InputError(f"arrangement must be rows x columns x layers, got {value!r}").coded(
            "arrangement_format", got=str(value))
    for name, n in zip(("rows", "columns", "layers"), value, strict=True):
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_GRID:
            raise InputError(f"arrangement {name} must be a whole number from 1 to "
                             f"{MAX_GRID}, got {n!r}").coded("arrangement_range", name=name,
                                                            got=str(n), maximum=MAX_GRID)
    return (int(value[0]), int(value[1]), int(value[2]))


def parse_arrangement(text: str) -> tuple[int, int, int]:
    """``"4x3x1"`` (also ``4×3×1``, ``4*3``; layers default to 1) as (rows, cols, layers)."""
    cleaned = str(text).strip().lower().replace("×", "x").replace("*", "x")
    parts = [p.strip() for p in cleaned.split("x")] if cleaned else []
    if len(parts) == 2:
        parts.append("1")
    try:
        numbers = tuple(int(p) for p in parts)
    except ValueError:
        numbers = ()
    if len(numbers) != 3:
        raise InputError(f"arrangement must look like ROWSxCOLSxLAYERS (e.g. 4x3x1), got "
                         f"{text!r}").coded("arrangement_format", got=str(text))
    return check_arrangement(numbers)


def check_split(series: int, parallel: int, module_series: int, module_parallel: int
                ) -> None:
    """Refuse a split that does not divide S and P."""
    if series % module_series or parallel % module_parallel:
        raise InputError(
            f"module split {module_series}S{module_parallel}P does not divide the pack "
            f"{series}S{parallel}P: S must be a multiple of the module series count and P "
            f"of the module parallel count").coded(
            "split_not_dividing", split=f"{module_series}S{module_parallel}P",
            config=f"{series}S{parallel}P")
    if (series // module_series) * (parallel // module_parallel) > MAX_MODULES:
        raise InputError(f"{module_series}S{module_parallel}P gives more than "
                         f"{MAX_MODULES:,} modules").coded("too_many_modules",
                                                           maximum=MAX_MODULES)


@lru_cache(maxsize=1)
def largest_divisor_table() -> np.ndarray:
    """``T[n, limit]`` = the largest divisor of ``n`` that is ``<= limit`` (0 when
    ``limit`` is 0), for ``n, limit`` in 0..MAX_SERIES: one lookup per design."""
    size = max(MAX_SERIES, MAX_PARALLEL) + 1
    table = np.zeros((size, size), dtype=np.int16)
    for d in range(1, size):
        table[d::d, d] = d
    table[0, :] = 0
    return np.maximum.accumulate(table, axis=1)


#: Up to this many designs :func:`largest_divisor` tests the candidate divisors directly
#: (a few µs per design) rather than building the lookup table (~5 ms, once).
DIRECT_DESIGNS = 64


def largest_divisor(n: np.ndarray, limit: np.ndarray) -> np.ndarray:
    """Largest divisor of ``n`` not above ``limit`` (0 if limit < 1), element-wise."""
    size = max(MAX_SERIES, MAX_PARALLEL) + 1
    n, limit = np.broadcast_arrays(np.asarray(n, dtype=np.int64), np.asarray(limit))
    lim = np.clip(limit, 0, size - 1).astype(np.int64)
    if n.size <= DIRECT_DESIGNS and largest_divisor_table.cache_info().currsize == 0:
        d = np.arange(1, size, dtype=np.int64)
        flat_n, flat_lim = n.reshape(-1, 1), lim.reshape(-1, 1)
        ok = (flat_n % d == 0) & (d <= flat_lim) & (flat_n > 0)
        best = np.where(ok, d, 0).max(axis=1, initial=0)
        return best.reshape(n.shape)
    table = largest_divisor_table()
    return table[n, lim].astype(np.int64)


def near_square_rows(count: np.ndarray, along_x: np.ndarray, along_y: np.ndarray
                     ) -> np.ndarray:
    """Rows of a single-layer grid of ``count`` items of footprint along_x × along_y
    that is closest to square: ``clip(round(sqrt(n·x / y)), 1, n)``."""
    with np.errstate(invalid="ignore", divide="ignore"):
        rows = np.rint(np.sqrt(count * along_x / along_y))
    rows = np.where(np.isfinite(rows), rows, 1.0)
    return np.clip(rows, 1, np.maximum(count, 1)).astype(np.int64)
