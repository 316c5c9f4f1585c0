"""The one lookup for shipped resources (catalog, chemistry data, fonts, logo, icons,
translations).

It works from a source checkout (``<repo>/resources``), an installed wheel (the same
folder installed as the ``packconfig.resources`` package) and a frozen PyInstaller
build (``<bundle>/resources``). Asking for an unknown name raises
:class:`ResourceNotFound`, listing the names that do exist.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from packconfig.core.errors import PackconfigError


class ResourceNotFound(PackconfigError, LookupError):
    """A resource name that is not shipped."""


def _candidates() -> list[Path]:
    here = Path(__file__).resolve()
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen) / "resources")
    roots.append(here.parents[2] / "resources")  # installed: packconfig/resources
    roots.append(here.parents[3] / "resources")  # source checkout: <repo>/resources
    return roots


@lru_cache(maxsize=1)
def resource_root() -> Path:
    """The folder holding the shipped resources."""
    for root in _candidates():
        if (root / "catalog").is_dir():
            return root
    tried = ", ".join(str(p) for p in _candidates())
    raise ResourceNotFound(f"shipped resources not found (looked in {tried})")


def known_resources() -> list[str]:
    """All shipped resource names, as relative POSIX paths."""
    root = resource_root()
    return sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.name != "__init__.py"
    )


def resource_path(name: str) -> Path:
    """Path of the shipped resource ``name`` (e.g. ``"catalog/cells.toml"``)."""
    root = resource_root()
    path = (root / name).resolve()
    if root.resolve() not in path.parents or not path.is_file():
        known = ", ".join(known_resources())
        raise ResourceNotFound(f"no shipped resource named {name!r}; known resources: {known}")
    return path
