"""Reading files the user (or a customer) hands us: one place for the size limit and the
clear error, so every loader refuses a folder, a missing file, an unreadable file or an
absurdly large one the same way, before reading a byte of it."""

from __future__ import annotations

import os
from pathlib import Path

from packconfig.core.errors import DataFileError


def read_limited(path: str | os.PathLike[str], limit: int, kind: str) -> bytes:
    """The bytes of ``path``; :class:`DataFileError` naming the file when it is missing,
    a folder, unreadable, or larger than ``limit`` bytes (``kind`` says what it should
    have been, e.g. "a cell file")."""
    target = Path(path)
    try:
        if target.is_dir():
            raise DataFileError(target, f"is a folder, not {kind}").coded("is_folder", doc=kind)
        size = target.stat().st_size
        if size > limit:
            raise DataFileError(target, f"file is too large ({size:,} bytes) to be {kind}"
                                ).coded("file_too_large", size=size, doc=kind)
        return target.read_bytes()
    except FileNotFoundError:
        raise DataFileError(target, "file not found").coded("file_not_found") from None
    except DataFileError:
        raise
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise DataFileError(target, f"cannot read file ({reason})").coded(
            "cannot_read_file", reason=reason) from None
