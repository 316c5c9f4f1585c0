"""Atomic file writes: a temporary file in the same folder, fsync, then ``os.replace``.

A crash or full disk mid-write leaves the old file untouched. Failures raise
:class:`StorageError` with a message naming the file and the reason. A crash (power
loss, kill) can leave the temporary file behind; the next successful save of the same
file removes such leftovers once they are older than :data:`STALE_SECONDS`, so a save
running at the same moment in another window is never disturbed.

File modes: ``mkstemp`` creates its file 0600, so the mode is set before the rename. A
new file gets what ``open()`` would give it, 0666 less the process umask (0644 under
umask 022, 0640 under 027); an overwritten file keeps its mode. ``private=True`` (the
user data folder's settings and window state, see ``docs/robustness.md``) makes it 0600
whatever the umask or the old mode.
"""

from __future__ import annotations

import errno
import glob
import os
import tempfile
import time
from pathlib import Path

from packconfig.core.errors import StorageError

#: Age after which a leftover temporary file of a save is certainly not in use.
STALE_SECONDS = 600


def _save_error(target: Path, exc: OSError) -> StorageError:
    """"cannot save <target>: <reason>", coded by reason for other languages."""
    def error(reason: str) -> StorageError:
        return StorageError(f"cannot save {target}: {reason}")

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return error("the disk is full").coded("save_disk_full", path=str(target))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return error("permission denied (the folder or file is not writable)").coded(
            "save_permission", path=str(target))
    if exc.errno == errno.ENOENT:
        return error("the folder does not exist").coded("save_no_folder", path=str(target))
    if exc.errno == errno.EISDIR:
        return error("it is a folder, not a file").coded("save_is_folder", path=str(target))
    reason = exc.strerror or str(exc)
    return error(reason).coded("save_failed", path=str(target), reason=reason)


PRIVATE_MODE = 0o600


def current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux
    ``/proc/self/status``), else by setting and restoring it."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass  # not Linux, or an old kernel: ask the system call below
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def target_mode(target: Path, private: bool = False) -> int:
    """The permission bits a save of ``target`` should leave: 0600 when ``private``,
    else the existing file's mode, else 0666 less the umask."""
    if private:
        return PRIVATE_MODE
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~current_umask()


class StagedWrite:
    """An atomic write in two steps, for saves that must agree with something else (a
    quote PDF and the register): :meth:`write` puts the data in a temporary file next to
    the target (fsync'ed; this is where a missing folder, a read-only folder, a full
    disk or a target that is a folder show up), :meth:`commit` renames it over the
    target, :meth:`discard` (or leaving the ``with`` block without committing) removes
    it. Errors are :class:`StorageError` naming the target.

    ``stage(path)`` already creates the empty temporary file, so a folder that cannot
    take the file fails before anything else is done."""

    def __init__(self, path: str | os.PathLike[str], *, private: bool = False) -> None:
        self.target = Path(path)
        self.private = private
        self._tmp: str | None = None
        self._fd: int | None = None  # the temporary file, open until written
        self._mode = 0

    def open(self) -> StagedWrite:
        """Create the temporary file (checks the target can be written)."""
        try:
            if self.target.is_dir():
                raise IsADirectoryError(errno.EISDIR, "is a directory", str(self.target))
            self._mode = target_mode(self.target, self.private)
            self._fd, self._tmp = tempfile.mkstemp(prefix=f".{self.target.name}.",
                                                   suffix=".tmp", dir=self.target.parent)
        except OSError as exc:
            raise _save_error(self.target, exc) from None
        return self

    def write(self, data: bytes) -> None:
        """Fill the temporary file with ``data``, set its mode and fsync it."""
        if self._tmp is None:
            self.open()
        assert self._tmp is not None
        if self._fd is None:
            raise _save_error(self.target, OSError(errno.EEXIST, "written already"))
        fd, self._fd = self._fd, None
        try:
            with os.fdopen(fd, "wb") as handle:
                if hasattr(os, "fchmod"):
                    os.fchmod(handle.fileno(), self._mode)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if not hasattr(os, "fchmod"):  # Windows: only the read-only bit exists
                os.chmod(self._tmp, self._mode)
        except OSError as exc:
            self.discard()
            raise _save_error(self.target, exc) from None

    def commit(self) -> Path:
        """Rename the written temporary file over the target; return the target."""
        if self._tmp is None:
            raise _save_error(self.target, OSError(errno.ENOENT, "nothing was written"))
        try:
            os.replace(self._tmp, self.target)
        except OSError as exc:
            self.discard()
            raise _save_error(self.target, exc) from None
        self._tmp = None
        _fsync_dir(self.target.parent)
        remove_stale_temps(self.target)
        return self.target

    def discard(self) -> None:
        """Remove the temporary file, if any (the target is untouched)."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                os.close(fd)
            except OSError:
                pass  # already closed: removing the file below is what matters
        if self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except OSError:
                pass  # best effort: the save error the caller raises is what matters
            self._tmp = None

    def __enter__(self) -> StagedWrite:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.discard()  # after a commit there is nothing left to discard


def stage(path: str | os.PathLike[str], *, private: bool = False) -> StagedWrite:
    """A :class:`StagedWrite` of ``path`` (use it as a context manager)."""
    return StagedWrite(path, private=private)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *,
                       private: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically; return the path. The file's mode follows
    the umask when new and is kept when overwritten; ``private`` makes it 0600."""
    with stage(path, private=private) as staged:
        staged.write(data)
        return staged.commit()


def remove_stale_temps(target: Path, now: float | None = None) -> int:
    """Delete ``.<name>.*.tmp`` files a crashed save of ``target`` left behind, if they
    are older than :data:`STALE_SECONDS`. Returns how many were removed."""
    cutoff = (time.time() if now is None else now) - STALE_SECONDS
    removed = 0
    try:
        leftovers = list(target.parent.glob(f".{glob.escape(target.name)}.*.tmp"))
    except OSError:
        return 0
    for leftover in leftovers:
        try:
            if leftover.is_file() and leftover.stat().st_mtime < cutoff:
                leftover.unlink()
                removed += 1
        except OSError:
            pass  # best effort: a leftover we cannot remove is retried next save
    return removed


def atomic_write_text(path: str | os.PathLike[str], text: str, *,
                      private: bool = False) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically; return the path (modes as
    :func:`atomic_write_bytes`)."""
    return atomic_write_bytes(path, text.encode("utf-8"), private=private)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot fsync a folder; the file itself was synced
    finally:
        os.close(fd)
