"""The Performance page: the current design on a drive cycle or load profile, and its
CC-CV charge (core/sim). The computation runs in a :class:`SimWorker` thread; nothing
here runs on the configurator's edit → results path.

Embedding (main window)::

    page = PerformanceTab(parent=self)
    page.set_design(cell, series, parallel, thermal)   # cheap; marks results stale
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from packconfig import display
from packconfig.core import messages, sim
from packconfig.core.cells.model import Cell
from packconfig.core.constants import THERMAL
from packconfig.core.errors import InputError, PackconfigError
from packconfig.core.units import Q_, parse_any_quantity, parse_quantity
from packconfig.gui import i18n
from packconfig.gui.performance.charts import TimeChart
from packconfig.gui.performance.worker import Job, Outcome, SimWorker

CYCLE_KEYS = ("wltc3b", "udds", "nedc", "cltc-p", "csv")


class PerformanceTab(QWidget):
    """Signals: ``finished(outcome)`` after each run, ``failed(message)``."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("performancePage")
        self._design: tuple[Cell, int, int] | None = None
        self._worker: SimWorker | None = None
        self._profile_path = ""
        self._vehicle_path = ""
        self.outcome: Outcome | None = None
        self._build()
        self.retranslate_ui()

    # ---- construction ---------------------------------------------------------------
    def _build(self) -> None:
        form_box = QWidget()
        form = QFormLayout(form_box)
        self.profile_combo = QComboBox(objectName="profileCombo")
        self.profile_combo.addItems([""] * len(CYCLE_KEYS))
        self.profile_combo.activated.connect(self._profile_chosen)
        self.vehicle_combo = QComboBox(objectName="vehicleCombo")
        # (long vehicle names: the form must not push the page past a 1024-px screen)
        self.vehicle_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.vehicle_combo.setMinimumContentsLength(16)
        for vid, vehicle in sim.presets().items():
            self.vehicle_combo.addItem(vehicle.name, vid)
        self.vehicle_combo.addItem("", "file")
        self.vehicle_combo.activated.connect(self._vehicle_chosen)
        self.ambient_edit = QLineEdit("25 °C", objectName="ambientEdit")
        self.thermal_combo = QComboBox(objectName="simThermalCombo")
        for key in THERMAL:
            self.thermal_combo.addItem(key, key)
        self.thermal_combo.setCurrentIndex(THERMAL.index("air"))
        self.until_empty = QCheckBox(objectName="untilEmptyCheck")
        self.until_empty.setChecked(True)
        self.charge_from = QSpinBox(
            objectName="chargeFromSpin", minimum=0, maximum=99, value=10, suffix=" %"
        )
        self.charge_to = QSpinBox(
            objectName="chargeToSpin", minimum=1, maximum=100, value=80, suffix=" %"
        )
        self.charger_power = QLineEdit("60 kW", objectName="chargerPowerEdit")
        self.simulate_button = QPushButton(objectName="simulateButton")
        self.simulate_button.clicked.connect(self.simulate)
        self.labels = [QLabel() for _ in range(8)]
        for label, widget in zip(
            self.labels,
            (
                self.profile_combo,
                self.vehicle_combo,
                self.ambient_edit,
                self.thermal_combo,
                self.until_empty,
                self.charge_from,
                self.charge_to,
                self.charger_power,
            ),
            strict=True,
        ):
            form.addRow(label, widget)
        form.addRow(self.simulate_button)
        self.design_label = QLabel(objectName="simDesign", wordWrap=True)
        self.summary = QLabel(objectName="simSummary", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(self.design_label)
        lv.addWidget(form_box)
        lv.addWidget(self.summary, 1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(left)
        scroll.setMinimumWidth(350)  # the form and the summary without a horizontal bar
        scroll.setMaximumWidth(560)
        self.charts = QTabWidget(objectName="performanceCharts")
        self.voltage_chart = TimeChart("voltageChart", "#1565c0")
        self.current_chart = TimeChart("currentChart", "#6a1b9a")
        self.soc_chart = TimeChart("socChart", "#2e7d32")
        self.temperature_chart = TimeChart("temperatureChart", "#c62828")
        self.charge_chart = TimeChart("chargeChart", "#ef6c00")
        for chart in (
            self.voltage_chart,
            self.current_chart,
            self.soc_chart,
            self.temperature_chart,
            self.charge_chart,
        ):
            self.charts.addTab(chart, "")
        split = QSplitter()
        split.addWidget(scroll)
        split.addWidget(self.charts)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def retranslate_ui(self) -> None:
        names = [
            self.tr("WLTC class 3b"),
            self.tr("UDDS (EPA urban)"),
            self.tr("NEDC"),
            self.tr("CLTC-P (not available)"),
            self.tr("Profile CSV file…"),
        ]
        for i, name in enumerate(names):
            self.profile_combo.setItemText(i, name)
        if self._profile_path:
            self.profile_combo.setItemText(
                4, self.tr("Profile: %1").replace("%1", self._profile_path.rsplit("/", 1)[-1])
            )
        language = i18n.current_language()
        for i, vehicle in enumerate(sim.presets().values()):
            self.vehicle_combo.setItemText(i, vehicle.label(language))
        self.vehicle_combo.setItemText(
            self.vehicle_combo.count() - 1,
            self.tr("Vehicle file…")
            if not self._vehicle_path
            else self._vehicle_path.rsplit("/", 1)[-1],
        )
        texts = [
            self.tr("Profile or cycle"),
            self.tr("Vehicle"),
            self.tr("Ambient"),
            self.tr("Cooling"),
            self.tr("Range"),
            self.tr("Charge from"),
            self.tr("Charge to"),
            self.tr("Charger power"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for i, text in enumerate((self.tr("none"), self.tr("air"), self.tr("liquid"))):
            self.thermal_combo.setItemText(i, text)
        self.until_empty.setText(self.tr("Repeat until empty"))
        self.simulate_button.setText(self.tr("Simulate"))
        self.charger_power.setPlaceholderText(self.tr("empty = cell limits only"))
        for i, title in enumerate(
            (
                self.tr("Voltage"),
                self.tr("Current"),
                self.tr("SOC"),
                self.tr("Temperature"),
                self.tr("Charge"),
            )
        ):
            self.charts.setTabText(i, title)
        self._show_design()
        if self.outcome is not None:
            self._show(self.outcome)
        elif not self.summary.text():
            self.summary.setText(self.tr("Press Simulate to run the design."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ---- inputs ---------------------------------------------------------------------
    def set_design(self, cell: Cell, series: int, parallel: int, thermal: str) -> None:
        """The design to simulate (cheap: no computation)."""
        new = (cell, series, parallel)
        if self._design is not None and (self._design[0].id, *self._design[1:]) == (
            cell.id,
            series,
            parallel,
        ):
            return
        self._design = new
        if thermal in THERMAL:
            self.thermal_combo.setCurrentIndex(THERMAL.index(thermal))
        self._show_design()
        if self.outcome is not None:
            self.summary.setText(self.tr("The design changed: press Simulate again."))
            self.outcome = None

    def _show_design(self) -> None:
        if self._design is None:
            self.design_label.setText("")
            return
        cell, s, p = self._design
        self.design_label.setText(f"<b>{cell.id}</b> · {s}S{p}P")

    def _profile_chosen(self, index: int) -> None:
        if CYCLE_KEYS[index] != "csv":
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load profile"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self._profile_path = path
            self.retranslate_ui()
        elif not self._profile_path:
            self.profile_combo.setCurrentIndex(0)

    def _vehicle_chosen(self, index: int) -> None:
        if self.vehicle_combo.itemData(index) != "file":
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Vehicle file"), "", self.tr("Vehicle files (*.toml);;All files (*)")
        )
        if path:
            self._vehicle_path = path
            self.retranslate_ui()
        elif not self._vehicle_path:
            self.vehicle_combo.setCurrentIndex(0)

    def job(self) -> Job:
        """The job the form describes; :class:`InputError` on bad input."""
        if self._design is None:
            raise InputError("no design to simulate")
        cell, s, p = self._design
        ambient = sim.kelvin(
            parse_any_quantity(self.ambient_edit.text().replace("°C", "degC"), "ambient"), "ambient"
        )
        power_text = self.charger_power.text().strip()
        power = None
        if power_text:
            power = float(parse_quantity(power_text, "power", "charger power").to("W").magnitude)
        lo, hi = self.charge_from.value() / 100, self.charge_to.value() / 100
        if lo >= hi:
            raise InputError(f"--from {lo} must be below --to {hi}").coded(
                "sim_charge_order", low=lo, high=hi
            )
        key = CYCLE_KEYS[self.profile_combo.currentIndex()]
        vehicle = self.vehicle_combo.currentData()
        return Job(
            cell,
            s,
            p,
            key,
            self._profile_path,
            self._vehicle_path if vehicle == "file" else vehicle,
            Q_(ambient, "K"),
            self.thermal_combo.currentData(),
            self.until_empty.isChecked(),
            lo,
            hi,
            power,
            i18n.current_language(),
        )

    # ---- running ----------------------------------------------------------------------
    def simulate(self) -> None:
        """Start a run in the worker thread (ignored while one runs)."""
        if self._worker is not None:
            return
        try:
            job = self.job()
        except PackconfigError as exc:
            self._fail(messages.text(exc, i18n.current_language()))
            return
        self.simulate_button.setEnabled(False)
        self.summary.setText(self.tr("Simulating…"))
        worker = SimWorker(job, self)
        worker.succeeded.connect(self._done)
        worker.failed.connect(self._fail)
        worker.finished.connect(self._worker_finished)
        self._worker = worker
        worker.start()

    def busy(self) -> bool:
        return self._worker is not None

    def _worker_finished(self) -> None:
        if self._worker is not None:
            self._worker.deleteLater()
        self._worker = None
        self.simulate_button.setEnabled(True)

    def _fail(self, message: str) -> None:
        self.summary.setText(f"<span style='color:#b71c1c'>{_esc(message)}</span>")
        self.failed.emit(message)

    def _done(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self._show(outcome)
        self.finished.emit(outcome)

    # ---- output -----------------------------------------------------------------------
    def _show(self, out: Outcome) -> None:
        lang = i18n.current_language()
        run, ch = out.run, out.charge
        t = run.row(0, "time")
        scale, unit = (
            (3600.0, self.tr("Time (h)")) if t[-1] > 3 * 3600 else (60.0, self.tr("Time (min)"))
        )
        self.voltage_chart.plot(t / scale, run.row(0, "voltage"), unit, self.tr("Pack voltage (V)"))
        self.current_chart.plot(t / scale, run.row(0, "current"), unit, self.tr("Pack current (A)"))
        self.soc_chart.plot(t / scale, run.row(0, "soc") * 100, unit, self.tr("SOC (%)"))
        self.temperature_chart.plot(
            t / scale, run.row(0, "temperature") - 273.15, unit, self.tr("Cell temperature (°C)")
        )
        self.charge_chart.plot(
            ch.row(0, "time") / 60,
            ch.row(0, "soc") * 100,
            self.tr("Time (min)"),
            self.tr("SOC (%)"),
        )
        self.summary.setText(summary_html(out, lang, self.profile_combo.currentText(),
                                          self.thermal_combo.currentText()))


def _esc(text: str) -> str:
    import html

    return html.escape(text).replace("\n", "<br>")


def end_texts() -> dict[str, str]:
    """Why a run or a charge stopped, in the interface language."""
    return {
        "cutoff_voltage": QCoreApplication.translate("PerformanceTab", "cut-off voltage reached"),
        "power_limit": QCoreApplication.translate(
            "PerformanceTab", "power not deliverable (voltage collapse)"
        ),
        "over_temperature": QCoreApplication.translate(
            "PerformanceTab", "maximum cell temperature reached"
        ),
        "under_temperature": QCoreApplication.translate(
            "PerformanceTab", "below the minimum discharge temperature"
        ),
        "empty": QCoreApplication.translate("PerformanceTab", "empty (SOC 0)"),
        "full": QCoreApplication.translate("PerformanceTab", "full (SOC 100 %)"),
        "step_limit": QCoreApplication.translate("PerformanceTab", "step limit reached"),
        "profile_complete": QCoreApplication.translate("PerformanceTab", "profile complete"),
        "time_limit": QCoreApplication.translate("PerformanceTab", "time limit reached"),
        "target": QCoreApplication.translate("PerformanceTab", "target SOC reached"),
        "taper": QCoreApplication.translate("PerformanceTab", "CV current below the cut-off"),
        "temperature_window": QCoreApplication.translate(
            "PerformanceTab", "outside the charge temperature window"
        ),
        "estimate": QCoreApplication.translate("PerformanceTab", "engineering estimate"),
        "low": QCoreApplication.translate("PerformanceTab", "low"),
        "medium": QCoreApplication.translate("PerformanceTab", "medium"),
        "high": QCoreApplication.translate("PerformanceTab", "high"),
    }


def summary_html(out: Outcome, lang: str, profile: str = "", thermal: str = "") -> str:
    """The summary figures with their conditions (display formats every number)."""
    run, ch, job = out.run, out.charge, out.job
    sm = {k: float(v[0]) for k, v in run.summary.items()}
    words = end_texts()

    def q(value: float, unit: str, kind: str) -> str:
        return display.quantity(Q_(value, unit) if math.isfinite(value) else None, kind, lang)

    dist = (
        q(sm["range"], "m", "distance")
        if math.isfinite(sm["range"])
        else q(sm["distance"], "m", "distance")
        if sm["distance"]
        else "—"
    )
    charge_title = (
        QCoreApplication.translate("PerformanceTab", "Charge %1 → %2 %")
        .replace("%1", f"{job.charge_from * 100:.0f}")
        .replace("%2", f"{job.charge_to * 100:.0f}")
    )
    charge = (
        q(float(ch.charge_time[0]), "s", "time")
        if math.isfinite(ch.charge_time[0])
        else words[ch.end_reason[0]]
    )
    rows = [
        (QCoreApplication.translate("PerformanceTab", "Profile"), profile or run.profile),
        (
            QCoreApplication.translate("PerformanceTab", "Stopped"),
            f"{words[run.end_reason[0]]} ({q(sm['duration'], 's', 'time')})",
        ),
        (
            QCoreApplication.translate("PerformanceTab", "Energy delivered"),
            q(sm["energy_delivered"], "J", "energy"),
        ),
        (QCoreApplication.translate("PerformanceTab", "Range / distance"), dist),
        (
            QCoreApplication.translate("PerformanceTab", "Consumption"),
            q(sm["consumption"], "J/m", "consumption"),
        ),
        (
            QCoreApplication.translate("PerformanceTab", "Lowest voltage / cut-off"),
            f"{q(sm['min_voltage'], 'V', 'voltage')} / {q(sm['cutoff_voltage'], 'V', 'voltage')}",
        ),
        (
            QCoreApplication.translate("PerformanceTab", "Highest cell temperature / limit"),
            f"{q(sm['max_temperature'], 'K', 'temperature')} / "
            f"{q(sm['temperature_limit'], 'K', 'temperature')}",
        ),
        (charge_title, charge),
        (
            QCoreApplication.translate("PerformanceTab", "Energy from the grid"),
            q(float(ch.energy_from_grid[0]), "J", "energy"),
        ),
        (
            QCoreApplication.translate("PerformanceTab", "Conditions"),
            QCoreApplication.translate("PerformanceTab", "ambient %1, cooling %2, h %3")
            .replace("%1", q(run.conditions.ambient, "K", "temperature"))
            .replace("%2", thermal or run.conditions.thermal)
            .replace("%3", q(run.conditions.h, "W/m**2/K", "heat_transfer")),
        ),
        (
            QCoreApplication.translate("PerformanceTab", "Model confidence"),
            words.get(out.model.confidence(), out.model.confidence()),
        ),
    ]
    body = "".join(
        f"<tr><td style='color:#555;padding-right:8px'>{_esc(k)}</td><td>{_esc(v)}</td></tr>"
        for k, v in rows
    )
    return f"<table>{body}</table>"
