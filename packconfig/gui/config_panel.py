"""Pack configuration: S, P, sizing helpers, SOC window, currents, layout, overheads.

Every control edits the :class:`~packconfig.gui.undo.DesignDocument` (one undoable step
per change); :meth:`ConfigPanel.show_project` mirrors the document back into the
controls without emitting. Text fields with units are parsed by the core
(:func:`parse_quantity`); bad text marks the field red and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from packconfig.core import messages
from packconfig.core.constants import LAYOUTS, MAX_PARALLEL, MAX_SERIES, THERMAL
from packconfig.core.errors import InputError
from packconfig.gui import i18n
from packconfig.gui.style import set_text_style
from packconfig.gui.undo import DesignDocument, MergeId
from packconfig.gui.validation import mark_invalid

if TYPE_CHECKING:
    from packconfig.core.store.project import Project

#: Controls whose value :meth:`ConfigPanel.state` keeps, by attribute name.
_SPINS = ("series", "parallel", "soc_min", "soc_max", "gap")
_CHECKS = ("soc_custom", "bms", "enclosure")
_EDITS = ("current", "charge_current")
_COMBOS = ("layout_combo", "thermal")


class ConfigPanel(QWidget):
    """The configuration inputs; ``status`` carries explanations for the status bar."""

    status = Signal(str)

    def __init__(self, doc: DesignDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._tips: dict[QWidget, str] = {}

        self.cell_label = QLabel(objectName="cellLabel")
        set_text_style(self.cell_label, bold=True)
        self.series = QSpinBox(objectName="seriesSpin")
        self.series.setRange(1, MAX_SERIES)
        self.parallel = QSpinBox(objectName="parallelSpin")
        self.parallel.setRange(1, MAX_PARALLEL)
        for spin, suffix in ((self.series, " S"), (self.parallel, " P")):
            spin.setSuffix(suffix)
            spin.setAccelerated(True)

        self.target_v = QLineEdit(objectName="targetVoltageEdit")
        self.target_v.setPlaceholderText("48 V")
        self.suggest_s = QPushButton(objectName="suggestSeriesButton")
        self.target_p = QLineEdit(objectName="targetParallelEdit")
        self.suggest_p = QPushButton(objectName="suggestParallelButton")

        self.soc_custom = QCheckBox(objectName="socCustomCheck")
        self.soc_min = QDoubleSpinBox(objectName="socMinSpin")
        self.soc_max = QDoubleSpinBox(objectName="socMaxSpin")
        for spin in (self.soc_min, self.soc_max):
            spin.setRange(0, 100)
            spin.setDecimals(0)
            spin.setSuffix(" %")
            spin.setSingleStep(5)

        self.current = QLineEdit(objectName="currentEdit")
        self.charge_current = QLineEdit(objectName="chargeCurrentEdit")

        self.layout_combo = QComboBox(objectName="layoutCombo")
        for key in LAYOUTS:
            self.layout_combo.addItem(key, key)
        self.gap = QDoubleSpinBox(objectName="gapSpin")
        self.gap.setRange(0, 100)
        self.gap.setDecimals(1)
        self.gap.setSingleStep(0.5)
        self.gap.setSuffix(" mm")

        self.bms = QCheckBox(objectName="bmsCheck")
        self.enclosure = QCheckBox(objectName="enclosureCheck")
        self.thermal = QComboBox(objectName="thermalCombo")
        for key in THERMAL:
            self.thermal.addItem(key, key)

        self._build_layout()
        self.retranslate_ui()
        self._attached = False
        self._applied: dict[str, str] = {}  # edit objectName -> the design's value text

    def attach(self) -> None:
        """Connect the controls to the document (once the design is loaded)."""
        if not self._attached:
            self._attached = True
            self._connect()

    def _tip(self, widget: QWidget, tip: str) -> None:
        """Set the explanatory tooltip (kept under an error message while invalid)."""
        self._tips[widget] = tip
        if not widget.property("invalid"):
            widget.setToolTip(tip)
        else:
            widget.setToolTip(widget.toolTip().split("\n\n")[0] + "\n\n" + tip)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every text of the panel in the current language."""
        self._tip(self.series, self.tr(
            "S: number of cells (parallel groups) in series; sets the pack voltage"))
        self._tip(self.parallel, self.tr(
            "P: number of cells in parallel in each group; sets capacity and current"))
        self._tip(self.target_v, self.tr(
            "Target pack voltage with its unit, e.g. \"48 V\"; Suggest S picks the nearest "
            "nominal voltage"))
        self.suggest_s.setText(self.tr("Suggest S"))
        self.suggest_s.setToolTip(self.tr(
            "Set S so the nominal pack voltage is nearest the target"))
        self._tip(self.target_p, self.tr(
            "Target capacity (A·h), energy (Wh, kWh) or continuous current (A), e.g. "
            "\"100 Ah\", \"5 kWh\" or \"150 A\"; Suggest P picks the smallest P that meets it"))
        self.target_p.setPlaceholderText(self.tr("100 Ah · 5 kWh · 150 A"))
        self.suggest_p.setText(self.tr("Suggest P"))
        self.suggest_p.setToolTip(self.tr("Set P to the smallest value meeting the target"))
        self.soc_custom.setText(self.tr("Custom usable SOC window"))
        self._tip(self.soc_custom, self.tr(
            "Off: the chemistry's default usable window. On: the window below (percent of "
            "state of charge)"))
        self._tip(self.soc_min, self.tr("Lowest state of charge used, in percent (0–100 %)"))
        self._tip(self.soc_max, self.tr("Highest state of charge used, in percent (0–100 %)"))
        self._tip(self.current, self.tr(
            "Operating (discharge) current for voltage sag and heat, with its unit, e.g. "
            "\"50 A\"; empty = 1C (pack capacity over one hour)"))
        self.current.setPlaceholderText(self.tr("1C (default)"))
        self._tip(self.charge_current, self.tr(
            "Charge current for the charge time, with its unit, e.g. \"20 A\"; empty = "
            "P × the cell's standard charge current"))
        self.charge_current.setPlaceholderText(self.tr("cell standard (default)"))
        self._tip(self.layout_combo, self.tr(
            "How the cells stand in the block: square grid, or honeycomb (cylindrical "
            "cells only; rows offset by half a cell)"))
        for i, label in enumerate((self.tr("Square"), self.tr("Honeycomb"))):
            self.layout_combo.setItemText(i, label)
        self._tip(self.gap, self.tr(
            "Gap between neighbouring cells, in millimetres (0–100 mm)"))
        self.bms.setText(self.tr("BMS"))
        self._tip(self.bms, self.tr(
            "Include a battery management system (adds its mass: base + per series cell)"))
        self.enclosure.setText(self.tr("Enclosure"))
        self._tip(self.enclosure, self.tr(
            "Include the enclosure and structure (adds mass and the wall thickness to the "
            "size)"))
        self._tip(self.thermal, self.tr(
            "Thermal management: none, air cooling or liquid cooling (adds mass)"))
        for i, label in enumerate((self.tr("None"), self.tr("Air"), self.tr("Liquid"))):
            self.thermal.setItemText(i, label)
        for widget, text in (
                (self.cell_box, self.tr("Cell and arrangement")),
                (self.use_box, self.tr("Operation")), (self.build_box, self.tr("Build"))):
            widget.setTitle(text)
        for widget, text in (
                (self._labels["cell"], self.tr("Cell")),
                (self._labels["sp"], self.tr("Series × parallel")),
                (self._labels["target_v"], self.tr("Target voltage")),
                (self._labels["target_p"], self.tr("Target for P")),
                (self._labels["to"], self.tr("to")),
                (self._labels["soc"], self.tr("Usable SOC")),
                (self._labels["current"], self.tr("Operating current")),
                (self._labels["charge"], self.tr("Charge current")),
                (self._labels["gap"], self.tr("gap")),
                (self._labels["layout"], self.tr("Layout")),
                (self._labels["over"], self.tr("Overheads")),
                (self._labels["thermal"], self.tr("Thermal"))):
            widget.setText(text)
        if self.doc.loaded:
            self._cell_tooltip(self.doc.project)

    def _build_layout(self) -> None:
        lab = self._labels = {k: QLabel() for k in (
            "cell", "sp", "target_v", "target_p", "to", "soc", "current", "charge", "gap",
            "layout", "over", "thermal")}
        self.cell_box = cell_box = QGroupBox()
        form = QFormLayout(cell_box)
        form.addRow(lab["cell"], self.cell_label)
        sp = QHBoxLayout()
        sp.addWidget(self.series)
        sp.addWidget(QLabel("×"))
        sp.addWidget(self.parallel)
        form.addRow(lab["sp"], sp)
        row_v = QHBoxLayout()
        row_v.addWidget(self.target_v, 1)
        row_v.addWidget(self.suggest_s)
        form.addRow(lab["target_v"], row_v)
        row_p = QHBoxLayout()
        row_p.addWidget(self.target_p, 1)
        row_p.addWidget(self.suggest_p)
        form.addRow(lab["target_p"], row_p)

        self.use_box = use_box = QGroupBox()
        form2 = QFormLayout(use_box)
        form2.addRow(self.soc_custom)
        soc = QHBoxLayout()
        soc.addWidget(self.soc_min)
        soc.addWidget(lab["to"])
        soc.addWidget(self.soc_max)
        form2.addRow(lab["soc"], soc)
        form2.addRow(lab["current"], self.current)
        form2.addRow(lab["charge"], self.charge_current)

        self.build_box = build_box = QGroupBox()
        form3 = QFormLayout(build_box)
        lay = QHBoxLayout()
        lay.addWidget(self.layout_combo, 1)
        lay.addWidget(lab["gap"])
        lay.addWidget(self.gap)
        form3.addRow(lab["layout"], lay)
        over = QHBoxLayout()
        over.addWidget(self.bms)
        over.addWidget(self.enclosure)
        over.addStretch(1)
        form3.addRow(lab["over"], over)
        form3.addRow(lab["thermal"], self.thermal)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        for box in (cell_box, use_box, build_box):
            outer.addWidget(box)
        outer.addStretch(1)

    def _connect(self) -> None:
        from packconfig.core.units import Q_

        doc = self.doc
        self.series.valueChanged.connect(
            lambda v: doc.edit(self.tr("Series %n", "", v), MergeId.SERIES, series=v))
        self.parallel.valueChanged.connect(
            lambda v: doc.edit(self.tr("Parallel %n", "", v), MergeId.PARALLEL, parallel=v))
        self.suggest_s.clicked.connect(self._suggest_series)
        self.target_v.returnPressed.connect(self._suggest_series)
        self.suggest_p.clicked.connect(self._suggest_parallel)
        self.target_p.returnPressed.connect(self._suggest_parallel)
        self.soc_custom.toggled.connect(self._soc_changed)
        self.soc_min.valueChanged.connect(lambda _v: self._soc_changed(merge=MergeId.SOC_MIN))
        self.soc_max.valueChanged.connect(lambda _v: self._soc_changed(merge=MergeId.SOC_MAX))
        self.current.editingFinished.connect(
            lambda: self._current_changed(self.current, "operating_current",
                                          self.tr("Operating current")))
        self.charge_current.editingFinished.connect(
            lambda: self._current_changed(self.charge_current, "charge_current",
                                          self.tr("Charge current")))
        self.layout_combo.currentIndexChanged.connect(
            lambda _i: doc.edit_options(self.tr("Layout"), layout=self.layout_combo.currentData()))
        self.gap.valueChanged.connect(
            lambda v: doc.edit_options(self.tr("Gap"), MergeId.GAP, gap=Q_(v, "mm")))
        self.bms.toggled.connect(lambda on: doc.edit_overhead(self.tr("BMS"), bms=on))
        self.enclosure.toggled.connect(lambda on: doc.edit_overhead(self.tr("Enclosure"),
                                                                    enclosure=on))
        self.thermal.currentIndexChanged.connect(
            lambda _i: doc.edit_overhead(self.tr("Thermal"), thermal=self.thermal.currentData()))

    # ---------------------------------------------------------------- handlers
    def _guard(self, widget: QWidget, action: Callable[[], None]) -> bool:
        """Run ``action``; a user error marks ``widget`` and is explained."""
        try:
            action()
        except InputError as exc:
            message = messages.text(exc, i18n.current_language())
            mark_invalid(widget, message, self._tips.get(widget, ""))
            self.status.emit(message)
            return False
        mark_invalid(widget, None, self._tips.get(widget, ""))
        return True

    def _suggest_series(self) -> None:
        from packconfig.core.pack.sizing import suggest_series
        from packconfig.core.units import parse_quantity

        def run() -> None:
            s = suggest_series(self.doc.project.cell,
                               parse_quantity(self.target_v.text(), "voltage", "target voltage"))
            self.series.setValue(s)
            self.status.emit(self.tr("Suggested %n in series", "", s))
        self._guard(self.target_v, run)

    def _suggest_parallel(self) -> None:
        from packconfig.core.pack.sizing import parse_parallel_target, suggest_parallel

        def run() -> None:
            text = self.target_p.text().strip()
            if not text:
                raise InputError(self.tr("give a target capacity, energy or current first"))
            target = parse_parallel_target(text, self.tr("target for P"))
            p = suggest_parallel(self.doc.project.cell, self.doc.project.series, target)
            self.parallel.setValue(p)
            self.status.emit(self.tr("Suggested %n in parallel", "", p))
        self._guard(self.target_p, run)

    def _soc_changed(self, *_args: object, merge: int = MergeId.NONE) -> None:
        custom = self.soc_custom.isChecked()
        self.soc_min.setEnabled(custom)
        self.soc_max.setEnabled(custom)

        def run() -> None:
            lo = self.soc_min.value() / 100 if custom else None
            hi = self.soc_max.value() / 100 if custom else None
            self.doc.edit_options(self.tr("Usable SOC window"), merge, soc_min=lo, soc_max=hi)
        if self._guard(self.soc_max, run):
            mark_invalid(self.soc_min, None, self._tips[self.soc_min])
        else:
            mark_invalid(self.soc_min, self.soc_max.toolTip().split("\n")[0],
                         self._tips[self.soc_min])

    def _current_changed(self, edit: QLineEdit, field: str, label: str) -> None:
        from packconfig.core.units import parse_quantity

        def run() -> None:
            text = edit.text().strip()
            value = parse_quantity(text, "current", label.lower()) if text else None
            self.doc.edit_options(label, **{field: value})
        self._guard(edit, run)

    # ---------------------------------------------------------------- mirror
    def _cell_tooltip(self, project: Project) -> None:
        cell = project.cell
        self.cell_label.setToolTip(self.tr("The cell used: %1 %2 (pick another in the cell "
                                           "table)").replace("%1", cell.manufacturer)
                                   .replace("%2", cell.model))

    def show_project(self, project: Project) -> None:
        """Set every control from ``project`` without emitting edits."""
        from packconfig.core.cells.model import quantity_text

        opts, cell = project.options, project.cell
        blockers = [QSignalBlocker(w) for w in (
            self.series, self.parallel, self.soc_custom, self.soc_min, self.soc_max,
            self.layout_combo, self.gap, self.bms, self.enclosure, self.thermal)]
        self.cell_label.setText(f"{cell.id} · {cell.chemistry} {cell.format}")
        self._cell_tooltip(project)
        self.series.setValue(project.series)
        self.parallel.setValue(project.parallel)
        custom = opts.soc_min is not None or opts.soc_max is not None
        self.soc_custom.setChecked(custom)
        self.soc_min.setEnabled(custom)
        self.soc_max.setEnabled(custom)
        if custom:
            self.soc_min.setValue((opts.soc_min or 0.0) * 100)
            self.soc_max.setValue((opts.soc_max if opts.soc_max is not None else 1.0) * 100)
        else:
            from packconfig.core.cells import chemistry

            try:
                chem = chemistry.get(cell.chemistry)
                self.soc_min.setValue(chem.usable_soc_min * 100)
                self.soc_max.setValue(chem.usable_soc_max * 100)
            except InputError:
                pass  # a chemistry without data: the spins keep their last values (greyed)
        for edit, value in ((self.current, opts.operating_current),
                            (self.charge_current, opts.charge_current)):
            text = quantity_text(value) if value is not None else ""
            self._applied[edit.objectName()] = text
            if not edit.hasFocus() or value is not None:
                edit.setText(text)
            mark_invalid(edit, None, self._tips[edit])
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(opts.layout)))
        self.layout_combo.setEnabled(True)
        self.gap.setValue(opts.gap.to("mm").magnitude)
        self.bms.setChecked(opts.overhead.bms)
        self.enclosure.setChecked(opts.overhead.enclosure)
        self.thermal.setCurrentIndex(max(0, self.thermal.findData(opts.overhead.thermal)))
        del blockers

    # ------------------------------------------------------------ first paint
    def state(self) -> dict[str, Any]:
        """The controls' values, as plain data (see :mod:`packconfig.gui.first_paint`)."""
        return {"cell": self.cell_label.text(), "cell_tip": self.cell_label.toolTip(),
                **{n: getattr(self, n).value() for n in _SPINS},
                **{n: getattr(self, n).isChecked() for n in _CHECKS},
                # the design's values, not text typed but not (validly) applied
                **{n: self._applied.get(getattr(self, n).objectName(), "") for n in _EDITS},
                **{n: getattr(self, n).currentIndex() for n in _COMBOS}}

    def show_state(self, state: dict[str, Any]) -> None:
        """Show stored values (the first paint; the controls are not connected yet)."""
        self.cell_label.setText(str(state.get("cell", "")))
        self.cell_label.setToolTip(str(state.get("cell_tip", "")))
        for name in _SPINS:
            value = state.get(name)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                spin = getattr(self, name)
                spin.setValue(int(value) if isinstance(spin, QSpinBox) else float(value))
        for name in _CHECKS:
            if isinstance(state.get(name), bool):
                getattr(self, name).setChecked(state[name])
        for name in _EDITS:
            if isinstance(state.get(name), str):
                getattr(self, name).setText(state[name])
        for name in _COMBOS:
            index = state.get(name)
            if isinstance(index, int) and 0 <= index < getattr(self, name).count():
                getattr(self, name).setCurrentIndex(index)
        custom = self.soc_custom.isChecked()
        self.soc_min.setEnabled(custom)
        self.soc_max.setEnabled(custom)
