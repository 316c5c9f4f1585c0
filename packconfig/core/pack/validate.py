"""Validation of series and parallel counts."""

from __future__ import annotations

import numbers

import numpy as np

from packconfig.core.constants import MAX_CELLS, MAX_PARALLEL, MAX_SERIES
from packconfig.core.errors import InputError

__all__ = ["MAX_CELLS", "MAX_PARALLEL", "MAX_SERIES", "count", "count_array", "series_parallel"]


def count(value: object, name: str, maximum: int) -> int:
    """A whole number ``1 <= value <= maximum``; text like ``"96"`` is accepted."""
    if isinstance(value, bool):
        raise InputError(f"{name} must be a whole number, got {value!r}").coded(
            "not_whole", name=name, got=repr(value))
    if isinstance(value, str):
        text = value.strip()
        try:
            value = int(text)
        except ValueError:
            raise InputError(f"{name} must be a whole number, got {text!r}").coded(
            "not_whole", name=name, got=repr(text)) from None
    if isinstance(value, numbers.Integral):
        number = int(value)
    elif isinstance(value, numbers.Real):
        if not np.isfinite(float(value)) or float(value) != int(value):
            raise InputError(f"{name} must be a whole number, got {value!r}").coded(
            "not_whole", name=name, got=repr(value))
        number = int(value)
    else:
        raise InputError(f"{name} must be a whole number, got {value!r}").coded(
            "not_whole", name=name, got=repr(value))
    if number < 1:
        raise InputError(f"{name} must be at least 1, got {number}").coded(
            "too_small", name=name, got=number)
    if number > maximum:
        raise InputError(f"{name} of {number} is beyond the supported maximum of {maximum}"
                         ).coded("too_large", name=name, got=number, maximum=maximum)
    return number


def series_parallel(series: object, parallel: object) -> tuple[int, int]:
    """Validate an S/P pair; the total cell count is limited too."""
    s = count(series, "series", MAX_SERIES)
    p = count(parallel, "parallel", MAX_PARALLEL)
    if s * p > MAX_CELLS:
        raise InputError(f"{s}S{p}P is {s * p:,} cells, beyond the supported {MAX_CELLS:,}"
                         ).coded("too_many_cells", config=f"{s}S{p}P", cells=s * p,
                                 maximum=MAX_CELLS)
    return s, p


def count_array(values: np.ndarray, name: str, maximum: int) -> np.ndarray:
    """Validate an integer array of counts (all within ``1..maximum``)."""
    arr = np.asarray(values)
    if arr.dtype.kind not in "iu":
        raise InputError(f"{name} must be an array of whole numbers, got dtype {arr.dtype}")
    if arr.size and (arr.min() < 1 or arr.max() > maximum):
        raise InputError(f"{name} values must be within 1..{maximum}")
    return arr.astype(np.int64, copy=False)
