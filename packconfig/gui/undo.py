"""The design document and its undo stack.

Every configuration change (cell, S, P, SOC window, currents, layout, gap, overheads,
quote fields) replaces the document's immutable :class:`~packconfig.core.store.project.Project`
through a :class:`SetProjectCommand` on a ``QUndoStack``. Consecutive steps of the same
control merge (``id()``/``mergeWith``), so spinning S from 16 to 20 is one undo step.
"""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from packconfig.core.store.project import Project


class MergeId(IntEnum):
    """Controls whose consecutive changes merge into one undo step (-1: never)."""

    NONE = -1
    SERIES = 1
    PARALLEL = 2
    SOC_MIN = 3
    SOC_MAX = 4
    CURRENT = 5
    GAP = 6
    CHARGE_CURRENT = 7
    QUOTE_TEXT = 8


class SetProjectCommand(QUndoCommand):
    """Replace the document's project; undo restores the previous one."""

    def __init__(self, doc: DesignDocument, old: Project, new: Project, text: str,
                 merge_id: int = MergeId.NONE) -> None:
        super().__init__(text)
        self._doc, self.old, self.new, self._id = doc, old, new, int(merge_id)

    def id(self) -> int:  # noqa: A003 - Qt API
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, SetProjectCommand) or other.id() != self._id or self._id < 0:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self._doc._set(self.new)

    def undo(self) -> None:
        self._doc._set(self.old)


class DesignDocument(QObject):
    """The open design: a :class:`Project`, its undo stack and where it is saved.

    ``project`` is ``None`` only while the window shows its first paint, before the core
    is imported (:mod:`packconfig.gui.first_paint`); :meth:`reset` then sets it."""

    changed = Signal(object)  # Project

    def __init__(self, project: Project | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self.stack = QUndoStack(self)
        self.path: str | None = None

    @property
    def project(self) -> Project:
        assert self._project is not None, "the design is not loaded yet"
        return self._project

    @property
    def loaded(self) -> bool:
        return self._project is not None

    def _set(self, project: Project) -> None:
        self._project = project
        self.changed.emit(project)

    def edit(self, text: str, merge_id: int = MergeId.NONE, **changes: Any) -> None:
        """Apply ``changes`` (Project fields) as one undoable step."""
        if self._project is None:  # nothing to edit before the design is loaded
            return
        new = replace(self._project, **changes)
        if new == self._project:
            return
        self.stack.push(SetProjectCommand(self, self._project, new, text, merge_id))

    def edit_options(self, text: str, merge_id: int = MergeId.NONE, **changes: Any) -> None:
        """Apply ``changes`` to the PackOptions as one undoable step."""
        if self._project is None:
            return
        self.edit(text, merge_id, options=self._project.options.with_(**changes))

    def edit_overhead(self, text: str, **changes: Any) -> None:
        if self._project is None:
            return
        overhead = replace(self._project.options.overhead, **changes)
        self.edit_options(text, overhead=overhead)

    def reset(self, project: Project, path: str | None = None) -> None:
        """Load ``project`` as a fresh document (New / Open): clears undo history."""
        self.stack.clear()
        self.path = path
        self._set(project)
        self.stack.setClean()
