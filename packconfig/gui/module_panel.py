"""The module section of the configurator: module S and P, the arrangement of modules,
cell-to-pack, the split suggestion and the design-rule results (issue 15).

Every control edits the design's :class:`~packconfig.core.pack.modules.Architecture`
through the :class:`~packconfig.gui.undo.DesignDocument`, one undoable step per change.
0 in a spin box means "suggested": the split is then the first suggested one and the
panel says which. Qt only at import time (the window's first paint builds it before
the core is loaded).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from packconfig.core.constants import MAX_PARALLEL, MAX_SERIES
from packconfig.gui.style import set_text_style
from packconfig.gui.undo import DesignDocument, MergeId
from packconfig.gui.validation import mark_invalid

if TYPE_CHECKING:
    from packconfig.core.pack.physics import PackResult
    from packconfig.core.store.project import Project

# Merge ids of the module spins (after the ones in undo.MergeId).
MODULE_SERIES_MERGE = 101
MODULE_PARALLEL_MERGE = 102


class ModulePanel(QGroupBox):
    """Module split inputs and what the core made of them."""

    status = Signal(str)

    def __init__(self, doc: DesignDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="moduleBox")
        self.doc = doc
        self.module_series = QSpinBox(objectName="moduleSeriesSpin")
        self.module_series.setRange(0, MAX_SERIES)
        self.module_parallel = QSpinBox(objectName="moduleParallelSpin")
        self.module_parallel.setRange(0, MAX_PARALLEL)
        for spin, suffix in ((self.module_series, " S"), (self.module_parallel, " P")):
            spin.setSuffix(suffix)
            spin.setAccelerated(True)
        self.arrangement = QLineEdit(objectName="moduleArrangementEdit")
        self.suggest = QPushButton(objectName="suggestModulesButton")
        self.cell_to_pack = QCheckBox(objectName="cellToPackCheck")
        self.summary = QLabel(objectName="moduleSummaryLabel")
        set_text_style(self.summary, bold=True)
        self.rules = QLabel(objectName="moduleRulesLabel")
        self._labels = {k: QLabel() for k in ("split", "arrangement", "times")}
        self._tips: dict[QWidget, str] = {}
        self._attached = False
        self._suggested: tuple[int, int] | None = None
        for label in (self.summary, self.rules):
            label.setWordWrap(True)  # long texts wrap instead of widening the window
        grid = QGridLayout(self)  # compact: the pack drawing below gets the height
        grid.setContentsMargins(6, 2, 6, 2)
        grid.setVerticalSpacing(3)
        grid.addWidget(self._labels["split"], 0, 0)
        grid.addWidget(self.module_series, 0, 1)
        grid.addWidget(self._labels["times"], 0, 2)
        grid.addWidget(self.module_parallel, 0, 3)
        grid.addWidget(self.suggest, 0, 4)
        grid.addWidget(self._labels["arrangement"], 1, 0)
        grid.addWidget(self.arrangement, 1, 1, 1, 2)
        grid.addWidget(self.cell_to_pack, 1, 3, 1, 2)
        grid.addWidget(self.summary, 2, 0, 1, 5)
        grid.addWidget(self.rules, 3, 0, 1, 5)
        grid.setColumnStretch(5, 1)  # the inputs keep their natural width
        self.retranslate_ui()

    # ------------------------------------------------------------------ texts
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _tip(self, widget: QWidget, tip: str) -> None:
        self._tips[widget] = tip
        if not widget.property("invalid"):
            widget.setToolTip(tip)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Modules"))
        self._labels["split"].setText(self.tr("Module S × P"))
        self._labels["times"].setText("×")
        self._labels["arrangement"].setText(self.tr("Arrangement"))
        for spin in (self.module_series, self.module_parallel):
            spin.setSpecialValueText(self.tr("auto"))
        self._tip(self.module_series, self.tr(
            "Cells in series per module; S must be a multiple of it. auto = the suggested "
            "split"))
        self._tip(self.module_parallel, self.tr(
            "Cells in parallel per module; P must be a multiple of it (P / module P "
            "strings). auto = the suggested split"))
        self.arrangement.setPlaceholderText(self.tr("auto (e.g. 3x4x1)"))
        self._tip(self.arrangement, self.tr(
            "Modules in the pack as rows x columns x layers, e.g. \"3x4x1\"; empty = a "
            "near-square single layer"))
        self.suggest.setText(self.tr("Suggest"))
        self.suggest.setToolTip(self.tr(
            "Set the split with the fewest modules whose voltage (≤ 60 V) and mass "
            "(≤ 23 kg) stay within the rules"))
        self.cell_to_pack.setText(self.tr("Cell-to-pack"))
        self._tip(self.cell_to_pack, self.tr(
            "No modules: the cells sit directly in the pack (one level fewer)"))

    # --------------------------------------------------------------- editing
    def attach(self) -> None:
        if self._attached:
            return
        self._attached = True
        self.module_series.valueChanged.connect(
            lambda v: self._edit(self.tr("Module series"), MODULE_SERIES_MERGE,
                                 module_series=v or None))
        self.module_parallel.valueChanged.connect(
            lambda v: self._edit(self.tr("Module parallel"), MODULE_PARALLEL_MERGE,
                                 module_parallel=v or None))
        self.arrangement.editingFinished.connect(self._arrangement_changed)
        self.cell_to_pack.toggled.connect(
            lambda on: self._edit(self.tr("Cell-to-pack"), MergeId.NONE, cell_to_pack=on))
        self.suggest.clicked.connect(self.apply_suggestion)

    def _edit(self, text: str, merge: int, **changes: Any) -> None:
        if not self.doc.loaded:
            return
        from packconfig.core.errors import InputError

        arch = self.doc.project.options.architecture
        try:
            new = replace(arch, **changes)
        except InputError as exc:
            self._error(exc)
            return
        self.doc.edit_options(text, merge, architecture=new)

    def _error(self, exc: Exception) -> None:
        from packconfig.core import messages
        from packconfig.gui import i18n

        message = messages.text(exc, i18n.current_language())
        mark_invalid(self.arrangement, message, self._tips.get(self.arrangement, ""))
        self.status.emit(message)

    def _arrangement_changed(self) -> None:
        from packconfig.core.errors import InputError
        from packconfig.core.pack.modules import parse_arrangement

        text = self.arrangement.text().strip()
        try:
            value = parse_arrangement(text) if text else None
        except InputError as exc:
            self._error(exc)
            return
        mark_invalid(self.arrangement, None, self._tips.get(self.arrangement, ""))
        self._edit(self.tr("Arrangement"), MergeId.NONE, arrangement=value)

    def apply_suggestion(self) -> None:
        """Make the suggested split explicit (one undo step)."""
        if self._suggested is None or not self.doc.loaded:
            return
        ms, mp = self._suggested
        self._edit(self.tr("Suggested module split"), MergeId.NONE, module_series=ms,
                   module_parallel=mp, cell_to_pack=False)
        self.status.emit(self.tr("Module split %1S%2P").replace("%1", str(ms))
                         .replace("%2", str(mp)))

    # --------------------------------------------------------------- mirror
    def show_project(self, project: Project) -> None:
        arch = project.options.architecture
        blockers = [QSignalBlocker(w) for w in (self.module_series, self.module_parallel,
                                                self.cell_to_pack)]
        self.module_series.setValue(arch.module_series or 0)
        self.module_parallel.setValue(arch.module_parallel or 0)
        self.cell_to_pack.setChecked(arch.cell_to_pack)
        for w in (self.module_series, self.module_parallel, self.arrangement, self.suggest):
            w.setEnabled(not arch.cell_to_pack)
        if not self.arrangement.hasFocus():
            self.arrangement.setText("x".join(map(str, arch.arrangement))
                                     if arch.arrangement else "")
        mark_invalid(self.arrangement, None, self._tips.get(self.arrangement, ""))
        del blockers

    def show_result(self, result: PackResult | None, warnings: list, language: str) -> None:
        """The split the core used and the module rules' results."""
        from packconfig import display

        mods = result.modules if result is not None else None
        if mods is None:
            self.summary.setText("")
            self.rules.setText("")
            return
        if mods.suggested and not mods.cell_to_pack:
            self._suggested = (mods.module_series, mods.module_parallel)
        elif not mods.cell_to_pack:
            self._suggested = self._suggested or (mods.module_series, mods.module_parallel)
        if mods.cell_to_pack:
            text = self.tr("Cell-to-pack: no modules")
        else:
            rows, cols, layers = mods.arrangement
            text = self.tr("Modules: %n × %2 · %3 · %4 · %5×%6×%7", "",
                           mods.module_count).replace("%2", mods.configuration).replace(
                "%3", display.quantity(mods["module_voltage_nominal"], "voltage", language)
            ).replace("%4", display.quantity(mods["module_mass"], "mass", language)).replace(
                "%5", str(rows)).replace("%6", str(cols)).replace("%7", str(layers))
            if mods.suggested:
                text += " · " + self.tr("suggested")
        self.summary.setText(text)
        codes = {"module_over_voltage", "module_over_mass", "too_many_strings",
                 "pack_over_voltage", "contactor_rating", "fuse_rating", "contactor_current",
                 "footprint_too_small", "board_underused"}
        broken = [w for w in warnings if w.code in codes]
        error = any(w.severity == "error" for w in broken)
        if broken:
            self.rules.setText(self.tr("Rules: %n not met (see the warnings)", "",
                                       len(broken)))
            self.rules.setToolTip("\n".join(w.text(language) for w in broken))
        else:
            self.rules.setText(self.tr("Rules met (≤ 60 V, ≤ 23 kg per module; ≤ 2 "
                                       "strings; contactor, fuse)"))
            self.rules.setToolTip("")
        set_text_style(self.rules, "#b00020" if error else "#a05a00" if broken else "#2a7a2a")

    def show_error(self, message: str) -> None:
        self.summary.setText("")
        self.rules.setText(message if len(message) <= 70 else message[:67] + "…")
        self.rules.setToolTip(message)
        set_text_style(self.rules, "#b00020")

    def state(self) -> dict[str, Any]:
        """What the panel shows, as plain data (the window's stored first paint)."""
        return {"module_series": self.module_series.value(),
                "module_parallel": self.module_parallel.value(),
                "arrangement": self.arrangement.text(), "cell_to_pack":
                self.cell_to_pack.isChecked(), "summary": self.summary.text(),
                "rules": self.rules.text(), "rules_tip": self.rules.toolTip(),
                "rules_colour":
                self.rules.palette().windowText().color().name()}

    def show_state(self, state: Any) -> None:
        """Show stored values (first paint; the controls are not connected yet)."""
        if not isinstance(state, dict):
            return
        for spin, key in ((self.module_series, "module_series"),
                          (self.module_parallel, "module_parallel")):
            value = state.get(key)
            if isinstance(value, int) and not isinstance(value, bool):
                spin.setValue(value)
        if isinstance(state.get("cell_to_pack"), bool):
            self.cell_to_pack.setChecked(state["cell_to_pack"])
            for w in (self.module_series, self.module_parallel, self.arrangement,
                      self.suggest):
                w.setEnabled(not state["cell_to_pack"])
        for widget, key in ((self.arrangement, "arrangement"), (self.summary, "summary"),
                            (self.rules, "rules")):
            if isinstance(state.get(key), str):
                widget.setText(state[key])
        if isinstance(state.get("rules_tip"), str):
            self.rules.setToolTip(state["rules_tip"])
        colour = state.get("rules_colour")
        if isinstance(colour, str) and colour.startswith("#") and len(colour) == 7:
            set_text_style(self.rules, colour)
