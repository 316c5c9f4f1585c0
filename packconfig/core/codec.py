"""Lossless JSON for quotes, projects and the cells inside them (foundation: imports
only units, money and errors; the types it decodes are passed in).

A small typed codec over frozen dataclasses: Decimal as strings, Money as
``{"amount", "currency"}``, pint quantities as ``{"value", "unit"}``, dates as ISO
text, tuples as lists. Decoding follows the dataclass type hints and raises
:class:`DataFileError` naming the file and the field path on anything unexpected.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import types
import typing
from decimal import Decimal
from typing import Any

from packconfig.core.errors import DataFileError, PackconfigError
from packconfig.core.money import Money, to_decimal
from packconfig.core.units import Q_, Quantity, check_powers

MAX_BYTES = 4_000_000
MAX_DEPTH = 40


class _Bad(Exception):
    """A decoding problem at the field path ``where``; :meth:`coded` as
    :meth:`PackconfigError.coded` (uncoded: the English text only)."""

    code: str = ""
    params: dict[str, object] = {}

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}" if where else problem)
        self.where = where

    def coded(self, code: str, **params: object) -> _Bad:
        self.code, self.params = code, params
        return self


def encode(obj: Any) -> Any:
    """A JSON-ready structure for ``obj`` (dataclasses, Money, Decimal, quantities...)."""
    if obj is None or isinstance(obj, (str, bool, int)):
        return obj
    if isinstance(obj, float):
        if not math.isfinite(obj):
            raise ValueError("non-finite number cannot be saved")
        return obj
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, Money):
        return {"amount": str(obj.amount), "currency": obj.currency}
    if isinstance(obj, Quantity):
        return {"value": encode(obj.magnitude if not hasattr(obj.magnitude, "item")
                                else obj.magnitude.item()),
                "unit": format(obj.units, "C")}
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    if dataclasses.is_dataclass(obj):
        return {f.name: encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [encode(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): encode(v) for k, v in obj.items()}
    raise TypeError(f"cannot encode {type(obj).__name__}")


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def decode(tp: Any, data: Any, where: str = "") -> Any:
    """Rebuild a value of type ``tp`` from :func:`encode` output; raises ``_Bad``."""
    origin = typing.get_origin(tp)
    if tp is Any:
        return data
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if data is None and type(None) in args:
            return None
        real = [a for a in args if a is not type(None)]
        if len(real) == 1:
            return decode(real[0], data, where)
        for arg in real:
            try:
                return decode(arg, data, where)
            except _Bad:
                continue
        raise _Bad(where, f"unexpected value {data!r}")
    if origin is tuple or origin is list:
        if not isinstance(data, list):
            raise _Bad(where, "expected a list").coded("expected_list")
        args = typing.get_args(tp)
        if origin is tuple and args and args[-1] is not Ellipsis:
            if len(args) != len(data):
                raise _Bad(where, f"expected {len(args)} items")
            pairs = enumerate(zip(args, data, strict=True))
            return tuple(decode(a, x, f"{where}[{i}]") for i, (a, x) in pairs)
        item = args[0] if args else Any
        seq = [decode(item, x, f"{where}[{i}]") for i, x in enumerate(data)]
        return tuple(seq) if origin is tuple else seq
    if origin is dict:
        if not isinstance(data, dict):
            raise _Bad(where, "expected an object").coded("expected_object")
        _, vt = typing.get_args(tp) or (str, Any)
        return {str(k): decode(vt, v, f"{where}.{k}") for k, v in data.items()}
    return _decode_leaf(tp, data, where)


def _decode_leaf(tp: Any, data: Any, where: str) -> Any:
    try:
        if tp is type(None):
            if data is not None:
                raise _Bad(where, "expected null")
            return None
        if tp is str:
            if not isinstance(data, str):
                raise _Bad(where, "expected text").coded("expected_text")
            return data
        if tp is bool or tp is int:
            if not isinstance(data, tp) or (tp is int and isinstance(data, bool)):
                if tp is bool:
                    raise _Bad(where, "expected true/false").coded("expected_bool")
                raise _Bad(where, "expected a whole number").coded("expected_whole")
            return data
        if tp is float:
            if isinstance(data, bool) or not isinstance(data, (int, float)):
                raise _Bad(where, "expected a number").coded("expected_number")
            return float(data)
        if tp is Decimal:
            if not isinstance(data, str):
                raise _Bad(where, "expected a decimal number as text").coded(
                    "expected_decimal_text")
            return to_decimal(data, where)
        if tp is dt.date:
            return dt.date.fromisoformat(data)
        if tp is Money:
            _keys(data, {"amount", "currency"}, where)
            return Money(to_decimal(data["amount"], where), data["currency"])
        if tp is Quantity:
            _keys(data, {"value", "unit"}, where)
            value = data["value"]
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise _Bad(where, "quantity value must be a number").coded("expected_number")
            unit = str(data["unit"])
            if len(unit) > 100:  # pint takes seconds to minutes on 20,000 characters
                raise _Bad(where, f"unit text is too long ({len(unit)} characters)").coded(
                    "unit_too_long", length=len(unit))
            check_powers(unit, where)  # "V**9**9**9" would hang pint
            return Q_(value, unit)
        if dataclasses.is_dataclass(tp):
            return _decode_dataclass(tp, data, where)
    except _Bad:
        raise
    except PackconfigError as exc:
        raise _Bad(where, str(exc)).coded(exc.code, **exc.params) from None
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise _Bad(where, f"invalid value ({exc})").coded("invalid_value",
                                                          detail=str(exc)) from None
    except Exception as exc:  # pint raises assorted types for bad unit text
        detail = f"{type(exc).__name__}: {exc}"
        raise _Bad(where, f"invalid value ({detail})").coded("invalid_value",
                                                             detail=detail) from None
    raise _Bad(where, f"unsupported type {tp!r}")


def _keys(data: Any, keys: set[str], where: str) -> None:
    if not isinstance(data, dict) or set(data) != keys:
        raise _Bad(where, f"expected an object with exactly {sorted(keys)}").coded(
            "expected_keys", keys=sorted(keys))


def _decode_dataclass(cls: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise _Bad(where, f"expected an object for {cls.__name__}").coded("expected_object")
    hints = _hints(cls)
    names = {f.name for f in dataclasses.fields(cls) if f.init}
    unknown = set(data) - names
    if unknown:
        raise _Bad(where, f"unknown fields {sorted(unknown)}").coded(
            "unknown_fields", fields=sorted(unknown))
    kwargs = {}
    for f in dataclasses.fields(cls):
        if not f.init:
            continue
        if f.name not in data:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise _Bad(where, f"missing field {f.name!r}").coded("missing_field",
                                                                     field=f.name)
            continue
        kwargs[f.name] = decode(hints[f.name], data[f.name], f"{where}.{f.name}".lstrip("."))
    obj = cls(**kwargs)
    _check_decoded(obj, where)
    return obj


def _check_decoded(obj: Any, where: str) -> None:
    """Let a decoded object check itself: a class may define ``check_decoded(where)``
    (a :class:`~packconfig.core.cells.model.Cell` checks each figure's dimension)."""
    check = getattr(obj, "check_decoded", None)
    if check is not None:
        check(where)


def depth_ok(data: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether ``data`` nests no deeper than ``limit`` (iterative, no recursion)."""
    stack = [(data, 1)]
    while stack:
        node, level = stack.pop()
        if level > limit:
            return False
        if isinstance(node, dict):
            stack.extend((v, level + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, level + 1) for v in node)
    return True


def parse_json_document(text: str | bytes, source: object, kind: str) -> dict[str, Any]:
    """Parse ``text`` as a JSON object, refusing huge or deeply nested input."""
    if len(text) > MAX_BYTES:
        raise DataFileError(source, f"too large to be a {kind} ({len(text)} bytes)").coded(
            "file_too_large", size=len(text), doc=kind)
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise DataFileError(source, f"not a {kind}: the file is not UTF-8 text").coded(
                "not_utf8", doc=kind) from None
    try:
        data = json.loads(text)
    except RecursionError:
        raise DataFileError(source, f"not a {kind}: nested too deeply").coded(
            "too_deep", doc=kind) from None
    except json.JSONDecodeError as exc:
        raise DataFileError(source, f"not a {kind}: invalid or truncated JSON "
                            f"(line {exc.lineno}, column {exc.colno}: {exc.msg})").coded(
            "invalid_json", doc=kind, line=exc.lineno, column=exc.colno) from None
    except ValueError:  # an integer of more than 4300 digits (Python's int limit)
        raise DataFileError(source, f"not a {kind}: invalid JSON (a number has too many "
                            "digits)").coded("json_long_number", doc=kind) from None
    if not isinstance(data, dict):
        raise DataFileError(source, f"not a {kind}: expected a JSON object at the top").coded(
            "json_not_object", doc=kind)
    if not depth_ok(data):
        raise DataFileError(source, f"not a {kind}: nested too deeply").coded("too_deep",
                                                                              doc=kind)
    return data


def decode_or_error(tp: Any, data: Any, source: object, where: str = "") -> Any:
    """:func:`decode` with errors turned into :class:`DataFileError` on ``source``."""
    try:
        return decode(tp, data, where)
    except _Bad as exc:
        err = DataFileError(source, str(exc))
        if exc.code:  # the field path is the "field" of the message in other languages
            err.coded(exc.code, **{**exc.params, "at": exc.where})
        raise err from None


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
