"""The keys ``settings.json`` may hold, and the check that reports the others.

:data:`SCHEMA` is built from the one list of known keys,
:mod:`packconfig.core.commerce.settings_keys`: a table maps each key to the schema of its
value (``None`` for a plain value), ``[schema]`` is a list of such records, and a table
keyed by :data:`ANY` takes any key (a chemistry, a currency) whose value follows the
schema. A new setting needs only a line in ``settings_keys`` (and its use in
:func:`packconfig.core.commerce.settings.build_settings`).

:func:`unknown_keys` walks a user's settings and returns one coded
:class:`~packconfig.core.messages.Notice` per key not in the schema, with the closest
known key (``difflib``) when there is one: a seller's name typed under ``"compnay"``
would otherwise be silently ignored. The rest of the file still loads.
"""

from __future__ import annotations

import difflib
from typing import Any

from packconfig.core.commerce import settings_keys as K
from packconfig.core.messages import Notice

#: A table key that stands for any key (chemistries, currencies).
ANY = "*"


def _schema() -> dict[str, Any]:
    """:data:`SCHEMA` from the one list of keys, :mod:`settings_keys`."""
    out: dict[str, Any] = {}
    for key, sub in K.KNOWN.items():
        if sub is None:
            out[key] = None
        elif key in K.RECORD_LISTS:
            out[key] = [dict.fromkeys(sub)]
        elif key in K.RECORD_TABLES:
            out[key] = {ANY: dict.fromkeys(sub)}
        else:
            table: dict[str, Any] = dict.fromkeys(sub)
            for name, record in K.NESTED_LISTS.items():
                if name in table:
                    table[name] = [dict.fromkeys(record)]
            out[key] = table
    return out


SCHEMA: dict[str, Any] = _schema()


def _leaves(schema: Any, prefix: str = "") -> dict[str, list[str]]:
    """Every key name in the schema -> the dotted paths where it is known."""
    out: dict[str, list[str]] = {}
    if isinstance(schema, list) and schema:
        return _leaves(schema[0], prefix + "[]")
    if isinstance(schema, dict):
        for key, sub in schema.items():
            path = f"{prefix}.{key}" if prefix else key
            if key != ANY:
                out.setdefault(key, []).append(path)
            for name, paths in _leaves(sub, path).items():
                out.setdefault(name, []).extend(paths)
    return out


def _hint(key: str, siblings: list[str]) -> str:
    """The closest known key: the same name known elsewhere in the file (``company`` at
    the top is ``seller.company``), else a close sibling, else a close name elsewhere."""
    leaves = _leaves(SCHEMA)
    if key in leaves:
        return leaves[key][0].replace(".*", ".<…>")
    close = difflib.get_close_matches(key, siblings, n=1, cutoff=0.6)
    if close:
        return close[0]
    close = difflib.get_close_matches(key, list(leaves), n=1, cutoff=0.75)
    return leaves[close[0]][0].replace(".*", ".<…>") if close else ""


def _walk(data: Any, schema: Any, where: str, path: str, out: list[Notice]) -> None:
    if isinstance(schema, list) and isinstance(data, list) and schema:
        for i, item in enumerate(data):
            _walk(item, schema[0], f"{where}[{i}]", path, out)
        return
    if not isinstance(schema, dict) or not isinstance(data, dict):
        return  # a wrong type is build_settings' to report, as an error
    known = [k for k in schema if k != ANY]
    for key, value in data.items():
        here = f"{where}.{key}" if where else str(key)
        if key in schema:
            _walk(value, schema[key], here, path, out)
        elif ANY in schema:
            _walk(value, schema[ANY], here, path, out)
        else:
            hint = _hint(str(key), known)
            if hint:
                out.append(Notice("settings_unknown_key_hint",
                                  f"settings file {path}: unknown key {here!r} ignored "
                                  f"(did you mean {hint!r}?)",
                                  {"path": path, "key": here, "hint": hint}))
            else:
                out.append(Notice("settings_unknown_key",
                                  f"settings file {path}: unknown key {here!r} ignored",
                                  {"path": path, "key": here}))


def unknown_keys(data: dict[str, Any], path: object) -> list[Notice]:
    """One notice per key of ``data`` (a user's settings) that :data:`SCHEMA` does not
    know, in file order."""
    out: list[Notice] = []
    _walk(data, SCHEMA, "", str(path), out)
    return out
