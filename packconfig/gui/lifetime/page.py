"""The Lifetime page: a thin view over :mod:`packconfig.core.life`.

The page is an empty frame until first shown (no start-up cost); then it builds its
form, chart and tables. Every input change (debounced) validates the usage on the GUI
thread (cheap, coded errors in the interface language) and runs the projection in a
QThreadPool worker; a result for an older input is dropped. Numbers become text only
through :mod:`packconfig.display`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packconfig.gui.i18n import current_language
from packconfig.gui.lifetime.sim_inputs import TRACTION_MIN_WH, SimInputs
from packconfig.gui.style import MISSING_COLOUR, set_text_style

if TYPE_CHECKING:
    from packconfig.core.life.outputs import LifeSummary
    from packconfig.core.life.usage import LifeTerms, Usage

FIGURE_KEYS = ("capacity_new", "energy_usable_new", "soh_end", "energy_usable_end",
               "resistance_end", "power_end")


def _spin(name: str, low: float, high: float, value: float, step: float, decimals: int,
          suffix: str = "") -> QDoubleSpinBox:
    spin = QDoubleSpinBox(objectName=name)
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)
    return spin


class LifetimePage(QWidget):
    """Usage in, SOH over years, warranty proposal and lifetime cost out."""

    computed = Signal()  # a projection was shown (or refused with a message)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lifetimePage")
        QVBoxLayout(self).setContentsMargins(6, 6, 6, 6)
        self.built = False
        self.summary: LifeSummary | None = None
        self.usage: Usage | None = None
        self._design: tuple | None = None
        self._price = None
        self._settings_raw: dict = {}
        self._job_id = 0
        self._jobs: dict[int, object] = {}
        self._edited = False
        self._proposal = ""
        self._quote_panel = None  # the quote panel whose PDF language the proposal uses

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        from packconfig.gui.lifetime.chart import LifeChart

        self.built = True
        self.sim = SimInputs(self)
        self.cycles = _spin("cyclesPerDaySpin", 0, 50, 1.0, 0.5, 2)
        self.dod = _spin("dodSpin", 0, 100, 80, 5, 0, " %")
        self.charge_rate = _spin("chargeRateSpin", 0.05, 20, 0.5, 0.1, 2, " C")
        self.discharge_rate = _spin("dischargeRateSpin", 0.05, 20, 0.5, 0.1, 2, " C")
        self.temperature = QLineEdit("25 °C", objectName="lifeTemperatureEdit")
        self.rise = _spin("temperatureRiseSpin", 0, 60, 0, 1, 1, " K")
        self.rest_soc = _spin("restSocSpin", 0, 100, 50, 5, 0, " %")
        self.years = _spin("lifeYearsSpin", 1, 50, 15, 1, 0)
        self.soh = QComboBox(objectName="warrantySohCombo")
        self.soh.addItems(["70 %", "80 %"])
        rates, horizon = QWidget(), QWidget()
        for box, widgets in ((rates, (self.charge_rate, self.discharge_rate)),
                             (horizon, (self.years, self.soh))):
            line = QHBoxLayout(box)
            line.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                line.addWidget(widget, 1)
        form_box = QGroupBox(objectName="lifeUsageBox")
        self.form = form = QFormLayout(form_box)
        self._form_rows = {"source": self.sim.source, "cycles": self.cycles, "dod": self.dod,
                           "rates": rates, "drive": self.sim.drive_row,
                           "profile": self.sim.profile_row, "ambient": self.temperature,
                           "cooling": self.sim.cooling_row, "rise": self.rise,
                           "rest": self.rest_soc, "horizon": horizon}
        for widget in self._form_rows.values():
            form.addRow(QLabel(), widget)
        self.error = QLabel(objectName="lifeErrorLabel", wordWrap=True)
        set_text_style(self.error, colour="#b71c1c")
        self.model = QLabel(objectName="lifeModelLabel", wordWrap=True)
        set_text_style(self.model, colour=MISSING_COLOUR)
        left = QVBoxLayout()
        left.addWidget(form_box)
        left.addWidget(self.error)
        left.addWidget(self.model)
        left.addStretch(1)
        self.chart = LifeChart()
        self.chart.setMinimumHeight(220)
        top = QWidget()
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(0, 0, 0, 0)
        left_w = QWidget()
        left_w.setLayout(left)
        scroll = QScrollArea(objectName="lifeUsageScroll")
        scroll.setWidget(left_w)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll, self._left = scroll, left_w  # sized to the labels in retranslate_ui
        top_row.addWidget(scroll)
        top_row.addWidget(self.chart, 1)
        splitter = QSplitter(objectName="lifeSplitter")
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self._results_box())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.layout().addWidget(splitter)
        self.timer = QTimer(self, singleShot=True, interval=120)
        self.timer.timeout.connect(self.compute)
        for spin in (self.cycles, self.dod, self.charge_rate, self.discharge_rate, self.rise,
                     self.rest_soc, self.years):
            spin.valueChanged.connect(lambda _v: self.timer.start())
        self.temperature.editingFinished.connect(self.timer.start)
        self.soh.currentIndexChanged.connect(lambda _i: self.timer.start())
        self.sim.changed.connect(self._sim_changed)
        self.warranty.textEdited.connect(self._warranty_edited)
        self.reset.clicked.connect(self._reset_warranty)
        self.retranslate_ui()

    def _results_box(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.labels = {}
        names = ("years80", "years70", "throughput", "cost")
        for row, key in enumerate(names):
            name = QLabel()
            value = QLabel(objectName="lifetimeCostLabel" if key == "cost"
                           else f"life_{key}Label")
            set_text_style(value, bold=True)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.labels[key] = (name, value)
        self.warranty_title = QLabel()
        self.warranty = QLineEdit(objectName="warrantyEdit")
        self.reset = QPushButton(objectName="warrantyResetButton")
        row = len(names)
        grid.addWidget(self.warranty_title, row + 1, 0)
        line = QHBoxLayout()
        line.addWidget(self.warranty, 1)
        line.addWidget(self.reset)
        grid.addLayout(line, row + 1, 1, 1, 2)
        self.table = QTableWidget(len(FIGURE_KEYS), 2, objectName="lifeFiguresTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        grid.addWidget(self.table, 0, 2, row + 1, 1)
        self.warnings = QLabel(objectName="lifeWarningsLabel", wordWrap=True)
        set_text_style(self.warnings, colour="#8d6e00")
        grid.addWidget(self.warnings, row, 0, 1, 2)
        grid.setRowStretch(row, 1)  # spare height goes to the warnings, not between rows
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        return box

    def retranslate_ui(self) -> None:
        if not self.built:
            return
        texts = {"source": self.tr("Usage from"), "cycles": self._cycles_label(),
                 "dod": self.tr("Depth of discharge"),
                 "rates": self.tr("Charge / discharge rate"),
                 "drive": self.tr("Drive cycle, vehicle"), "profile": self.tr("Profile file"),
                 "ambient": self.tr("Ambient temperature"), "cooling": self.tr("Cooling"),
                 "rise": self.tr("Pack temperature rise"), "rest": self.tr("Rest SOC"),
                 "horizon": self.tr("Years, warranty end of life")}
        for key, widget in self._form_rows.items():
            self.form.labelForField(widget).setText(texts[key])
        self.sim.retranslate()
        self._sim_rows()
        QTimer.singleShot(0, self, self._fit_usage)  # once polished (dropped if deleted)
        self.form.parentWidget().setTitle(self.tr("Usage"))
        self.rise.setToolTip(self.tr("The pack's own temperature rise while cycling, added "
                                     "to the ambient: computed by the thermal model when "
                                     "'rise from the thermal model' is on, else as typed"))
        self.temperature.setToolTip(self.tr("One temperature (e.g. 25 °C) or twelve monthly "
                                            "values separated by commas"))
        names = {"years80": self.tr("To 80 % SOH"), "years70": self.tr("To 70 % SOH"),
                 "throughput": self.tr("Lifetime energy throughput"),
                 "cost": self.tr("Lifetime cost per kWh delivered")}
        for key, (name, _value) in self.labels.items():
            name.setText(names[key])
        self._warranty_title()
        self.warranty.setToolTip(self.tr("Worded in the quote's PDF language, as the quote "
                                         "will state it"))
        self.reset.setText(self.tr("Use proposal"))
        self.table.setHorizontalHeaderLabels([self.tr("Typical"), self.tr("Guaranteed")])
        if self.summary is not None:
            self._show(self.summary)

    def _fit_usage(self) -> None:
        """The usage column as wide as its labels and fields, never clipped."""
        width = (self._left.sizeHint().width()
                 + self._scroll.verticalScrollBar().sizeHint().width() + 2)
        self._scroll.setMinimumWidth(width)
        self._scroll.setMaximumWidth(width + 40)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ the window
    def activate(self, win) -> None:
        """The page is shown: build it (once) and project the window's design."""
        if not self.built:
            self._build()
        panel = getattr(win, "quote", None)
        if panel is not None and self._quote_panel is None:
            self._quote_panel = panel
            panel.language.currentIndexChanged.connect(self._quote_language_changed)
        self.set_design(win)

    def design_changed(self, win) -> None:
        """The configurator's design changed: re-project if the page is in view."""
        if self.built and self.isVisible():
            self.set_design(win)
        else:
            self._design = None  # stale: re-projected when next shown

    def set_design(self, win) -> None:
        project = win.doc.project
        design = (project.cell, project.series, project.parallel)
        self.sim.set_design_cooling(project.options.overhead.thermal)
        price = win.cost.price if getattr(win, "cost", None) is not None else None
        raw = win.commercial.raw if getattr(win, "commercial", None) is not None else {}
        if design == self._design and price == self._price and raw == self._settings_raw:
            return
        self._design, self._price, self._settings_raw = design, price, raw
        self.compute()

    def terms(self) -> tuple[str, LifeTerms | None]:
        """(warranty text, lifetime terms) to store on a quote; empty if never projected."""
        if not self.built or self.summary is None:
            return "", None
        from packconfig.core.life.usage import LifeTerms

        w, r = self.summary.warranty, self.summary.ranges
        plan = self.sim.plan()
        cycle, vehicle = (plan.cycle, plan.vehicle) if r is not None else ("", "")
        return self.warranty.text().strip(), LifeTerms(self.usage, w.soh, w.margin, cycle,
                                                       vehicle)

    # ------------------------------------------------------------------ computing
    def read_usage(self) -> Usage:
        """The form as a checked usage (raises a coded PackconfigError)."""
        from packconfig.core.life.usage import make_usage
        from packconfig.core.units import parse_any_quantity

        temps = []
        for part in self.temperature.text().replace("，", ",").split(","):
            text = part.strip().replace("°C", "degC").replace("℃", "degC")
            try:
                temps.append(float(text))
            except ValueError:
                temps.append(parse_any_quantity(text, "ambient temperature"))
        return make_usage(cycles_per_day=self.cycles.value(), dod=self.dod.value() / 100,
                          charge_rate=self.charge_rate.value(),
                          discharge_rate=self.discharge_rate.value(),
                          temperature=temps if len(temps) > 1 else temps[0],
                          temperature_rise=self.rise.value(),
                          rest_soc=self.rest_soc.value() / 100, years=self.years.value())

    def compute(self) -> None:
        if self._design is None:
            return
        from packconfig.core import messages
        from packconfig.core.errors import PackconfigError
        from packconfig.core.life.outputs import warranty_margin
        from packconfig.gui.lifetime.worker import LifeJob

        language = current_language()
        try:
            usage = self.read_usage()
            margin = warranty_margin(self._settings_raw)
        except PackconfigError as exc:
            self._fail(messages.text(exc, language))
            return
        self._job_id += 1
        soh = 0.7 if self.soh.currentIndex() == 0 else 0.8
        cell, series, parallel = self._design
        traction = series * parallel * float(
            (cell.capacity * cell.nominal_voltage).to("W*h").magnitude) >= TRACTION_MIN_WH
        job = LifeJob(self._job_id, (*self._design, usage),
                      {"price": self._price, "margin": margin, "soh": soh}, language,
                      self.sim.plan(), traction)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self._jobs[self._job_id] = job  # keep the signals alive until it reports
        QThreadPool.globalInstance().start(job)

    def _cycles_label(self) -> str:
        return (self.tr("Cycles per day") if self.sim.mode == "duty"
                else self.tr("Runs per day"))

    def _sim_changed(self) -> None:
        self._sim_rows()
        self.timer.start()

    def _sim_rows(self) -> None:
        """Rows that the drive simulation fills are read-only; the profile row shows only
        for a profile; the rise is typed only without the thermal model."""
        mode = self.sim.mode
        self.form.setRowVisible(self.sim.profile_row, mode == "profile")
        counted = mode != "duty"
        for spin in (self.dod, self.discharge_rate, self.rest_soc):
            spin.setEnabled(not counted)
        self.rise.setEnabled(not self.sim.from_model.isChecked())
        self.form.labelForField(self.cycles).setText(self._cycles_label())

    def _finished(self, job_id: int, summary: LifeSummary) -> None:
        self._jobs.pop(job_id, None)
        if job_id != self._job_id:
            return  # an older input's result
        self.summary, self.usage = summary, summary.usage
        self._show_computed(summary.usage)
        self._show(summary)
        self.computed.emit()

    def _failed(self, job_id: int, message: str) -> None:
        self._jobs.pop(job_id, None)
        if job_id == self._job_id:
            self._fail(message)

    def _fail(self, message: str) -> None:
        self.summary, self.usage = None, None
        self.error.setText(message)
        self.model.setText("")
        self.chart.clear()
        for _name, value in self.labels.values():
            value.setText("")
        self.table.clearContents()
        self.warnings.setText("")
        self.computed.emit()

    # ------------------------------------------------------------------ showing
    def _show(self, s: LifeSummary) -> None:
        from packconfig import display

        lang = current_language()
        self.error.setText("")
        fam, rating = s.projection.families[0], s.projection.ratings[0]
        notes = [self.tr("Model: %1. Scaled to the datasheet rating: %2.")
                 .replace("%1", fam.name_zh if lang == "zh" else fam.name)
                 .replace("%2", display.rating(rating, lang))]
        if s.usage.profile:
            notes.append(self.tr("Usage counted by rainflow from the simulated day: %1.")
                         .replace("%1", s.usage.profile))
        if s.ranges is not None:
            notes.append(self.tr("Range: %1, %2, repeated until empty, %3.")
                         .replace("%1", s.ranges.cycle).replace("%2", s.ranges.vehicle)
                         .replace("%3", display.temperature(s.ranges.ambient, lang)))
        self.model.setText("\n".join(notes))
        self.chart.show_curve(s.years, s.capacity, s.resistance)
        horizon = s.usage.years
        for key, level in (("years80", 0.8), ("years70", 0.7)):
            self.labels[key][1].setText(
                self.tr("%1 · %2 cycles").replace(
                    "%1", display.years(s.years_to[level], lang, beyond=horizon))
                .replace("%2", display.cycles_beyond(s.cycles_to[level],
                                                     float(s.projection.fec[0, -1]), lang)))
        self.labels["throughput"][1].setText(display.quantity(s.throughput, "throughput",
                                                              lang))
        self.labels["cost"][1].setText(display.cost_per_kwh(s.cost_per_kwh, lang))
        self._proposal = display.warranty(s.warranty, self.quote_language())
        if not self._edited:
            self.warranty.setText(self._proposal)
        self.reset.setEnabled(self._edited)
        self.table.setRowCount(len(s.figures))
        self.table.setVerticalHeaderLabels([display.LIFE_FIGURE_LABELS[lang][f.key]
                                            for f in s.figures])
        for r, f in enumerate(s.figures):
            for c, q in enumerate((f.typical, f.guaranteed)):
                self.table.setItem(r, c, QTableWidgetItem(display.life_figure(q, f.kind,
                                                                              lang)))
        self.warnings.setText("\n".join(w.text(lang) for w in s.warnings))

    def _show_computed(self, u: Usage) -> None:
        """Put what the simulation computed (rise; counted DoD and rates) in the
        read-only fields, without starting another projection."""
        shown = [(self.rise, u.temperature_rise, self.sim.from_model.isChecked())]
        if self.sim.mode != "duty":
            shown += [(self.dod, u.dod * 100, True), (self.discharge_rate, u.discharge_rate,
                                                      True), (self.rest_soc, u.rest_soc * 100,
                                                              True)]
        for spin, value, computed in shown:
            if computed:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)

    def quote_language(self) -> str:
        """The language the warranty proposal is written in: the quote's PDF language
        (the quote prints it as it stands), not the window's."""
        panel = self._quote_panel
        return panel.pdf_language() if panel is not None else current_language()

    def _quote_language_changed(self, _index: int) -> None:
        """The quote's PDF language changed: the proposal is restated in it (an edited
        text is the user's and stays as typed)."""
        if not self.built:
            return
        self._warranty_title()
        if self.summary is None:
            return
        from packconfig import display

        self._proposal = display.warranty(self.summary.warranty, self.quote_language())
        if not self._edited:
            self.warranty.setText(self._proposal)

    def _warranty_title(self) -> None:
        """"Warranty proposal", naming the quote's language when it is not the window's."""
        quote = self.quote_language()
        if quote == current_language():
            text = self.tr("Warranty proposal")
        elif quote == "zh":
            text = self.tr("Warranty proposal (Chinese quote)")
        else:
            text = self.tr("Warranty proposal (English quote)")
        self.warranty_title.setText(text)

    def _warranty_edited(self, _text: str) -> None:
        self._edited = True
        self.reset.setEnabled(True)

    def _reset_warranty(self) -> None:
        self._edited = False
        self.warranty.setText(self._proposal)
        self.reset.setEnabled(False)

