"""The project's own exception types.

Every error a user can cause (bad input, a bad file, an unwritable path) is raised as a
``PackconfigError`` subclass with a message fit to show as-is: the CLI prints it on one
line, the window shows it in a dialog. Anything else escaping is a bug.
"""

from __future__ import annotations


class PackconfigError(Exception):
    """Base class for errors whose message is meant for the user.

    ``code`` and ``params`` (set with :meth:`coded`) let an interface render the same
    error in another language (:mod:`packconfig.core.messages`); ``str(exc)`` is English.
    """

    code: str = ""
    params: dict[str, object] = {}

    def coded(self, code: str, **params: object) -> PackconfigError:
        self.code, self.params = code, params
        return self

    def coded_like(self, other: BaseException, **extra: object) -> PackconfigError:
        """Take ``other``'s code and params (plus ``extra``) if ``other`` is coded, so an
        error re-raised with more context still renders in another language."""
        if isinstance(other, PackconfigError) and other.code:
            self.coded(other.code, **{**other.params, **extra})
        return self


class InputError(PackconfigError, ValueError):
    """A value given by the user (argument, field, option) is not acceptable."""


class UnitError(InputError):
    """A quantity has the wrong dimension or no unit at all."""


class DataFileError(PackconfigError):
    """A data file (catalog, cell, project, settings...) cannot be read or is invalid.

    The message names the file and, where known, the record and the field. Its code and
    params (if any) describe ``problem`` only; :mod:`packconfig.core.messages` adds the
    file, record and field around it.
    """

    def __init__(
        self,
        path: object,
        problem: str,
        *,
        record: str | None = None,
        field: str | None = None,
    ) -> None:
        self.path = str(path)
        self.problem = problem
        self.record = record
        self.field = field
        where = self.path
        if record is not None:
            where += f", cell {record!r}" if not record.startswith("[") else f", {record}"
        if field is not None:
            where += f", field {field!r}"
        super().__init__(f"{where}: {problem}")

    @classmethod
    def wrapping(cls, path: object, exc: BaseException, *, record: str | None = None,
                 field: str | None = None) -> DataFileError:
        """``exc`` (e.g. an :class:`InputError` about one value) as the problem of a file,
        keeping its code and params."""
        err = cls(path, str(exc), record=record, field=field)
        err.coded_like(exc)
        return err


class StorageError(PackconfigError):
    """A file or database could not be written or read (permissions, full disk, lock)."""


class NotAvailable(PackconfigError):
    """A result cannot be computed because an input figure is unknown."""
