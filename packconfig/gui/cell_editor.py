"""The cell editor: enter a new cell from its datasheet, duplicate a cell, or edit one of
the user's own cells (shipped cells are read-only: they are duplicated to edit).

Every field is checked as it is typed by the loader's own code
(:func:`packconfig.core.cells.user_cells.field_error`), with the loader's messages in
the interface language; the whole cell is then checked as the loader would read the
file (format and dimensions, voltage order, chemistry). A datasheet source and a
confidence are required. Save writes ``<user data>/cells/<id>.toml`` atomically and
reads it back through the loader (:func:`~packconfig.core.cells.user_cells.save_user_cell`);
the window then reloads the catalog and selects the cell (:func:`open_editor`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from packconfig.core import messages
from packconfig.core.cells import chemistry
from packconfig.core.cells import user_cells as uc
from packconfig.core.cells.model import ECM_FIELDS, QUANTITY_FIELDS, TEXT_FIELDS, Cell
from packconfig.core.errors import DataFileError, PackconfigError
from packconfig.gui.cell_details import DETAIL_LABELS
from packconfig.gui.fit import ScrollPage
from packconfig.gui.i18n import current_language

if TYPE_CHECKING:
    from packconfig.gui.main_window import MainWindow

INVALID_STYLE = "QLineEdit, QComboBox, QPlainTextEdit { background: #ffe0e0; }"

#: Text fields' names (quantities use the detail pane's names, ``DETAIL_LABELS``).
TEXT_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("CellEditor", "Cell id"),
    "manufacturer": QT_TRANSLATE_NOOP("CellEditor", "Manufacturer"),
    "model": QT_TRANSLATE_NOOP("CellEditor", "Model"),
    "format": QT_TRANSLATE_NOOP("CellEditor", "Format"),
    "chemistry": QT_TRANSLATE_NOOP("CellEditor", "Chemistry"),
    "chemistry_detail": QT_TRANSLATE_NOOP("CellEditor", "Chemistry detail"),
    "source": QT_TRANSLATE_NOOP("CellEditor", "Datasheet source"),
    "source_type": QT_TRANSLATE_NOOP("CellEditor", "Source type"),
    "confidence": QT_TRANSLATE_NOOP("CellEditor", "Confidence"),
    "cycle_life": QT_TRANSLATE_NOOP("CellEditor", "Cycle life"),
    "cycle_life_conditions": QT_TRANSLATE_NOOP("CellEditor", "Cycle life conditions"),
    "temperature_charge": QT_TRANSLATE_NOOP("CellEditor", "Charge temperature"),
    "temperature_discharge": QT_TRANSLATE_NOOP("CellEditor", "Discharge temperature"),
    "price": QT_TRANSLATE_NOOP("CellEditor", "Price"),
    "price_source": QT_TRANSLATE_NOOP("CellEditor", "Price source"),
    "notes": QT_TRANSLATE_NOOP("CellEditor", "Notes"),
    "cycle_life_source": QT_TRANSLATE_NOOP("CellEditor", "Cycle-life conditions source"),
    "ecm_source": QT_TRANSLATE_NOOP("CellEditor", "Equivalent-circuit source"),
}
#: An example value of each quantity, in a usual datasheet unit (any unit of the right
#: kind is accepted).
EXAMPLES: dict[str, str] = {
    "nominal_voltage": "3.2 V", "max_voltage": "3.65 V", "min_voltage": "2.5 V",
    "capacity": "15 Ah", "min_capacity": "14.5 Ah", "mass": "300 g",
    "diameter": "33.2 mm", "height": "140 mm", "length": "174 mm", "width": "207 mm",
    "thickness": "54 mm", "max_continuous_discharge": "30 A",
    "max_continuous_charge": "15 A", "standard_charge": "7.5 A",
    "internal_resistance": "3 mΩ", "price": "3.85 EUR",
    "cycle_life_temperature": "25 °C", "cycle_life_charge_rate": "0.5C",
    "cycle_life_discharge_rate": "1C", "cycle_life_dod": "100 %",
    "cycle_life_end_capacity": "80 %", "dc_resistance": "5 mΩ", "rc1_resistance": "2 mΩ",
    "rc1_time_constant": "30 s", "rc2_resistance": "1 mΩ", "rc2_time_constant": "300 s",
    "specific_heat": "1100 J/(kg·K)", "activation_energy": "30 kJ/mol",
}
#: The unit shown beside each kind of quantity (any unit of that kind is accepted).
UNIT_HINTS = {"voltage": "V", "charge": "Ah", "current": "A", "mass": "g", "length": "mm",
              "resistance": "mΩ", "temperature": "°C", "rate": "C", "time": "s",
              "dimensionless": "%", "specific_heat": "J/(kg·K)", "molar_energy": "kJ/mol"}
#: Every quantity field of a cell file and its kind (datasheet figures, then the
#: optional equivalent-circuit figures).
KINDS: dict[str, str] = {key: kind for key, (kind, _req)
                         in {**QUANTITY_FIELDS, **ECM_FIELDS}.items()}
#: Suggested confidence levels (any text is accepted).
CONFIDENCE_LEVELS = ("high", "medium-high", "medium", "medium-low", "low")
#: The groups of the form: (title, keys), placed top to bottom in two columns (the
#: first five rows of groups hold about as many fields as the other three).
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("CellEditor", "Identity"),
     ("id", "manufacturer", "model", "format", "chemistry", "chemistry_detail")),
    (QT_TRANSLATE_NOOP("CellEditor", "Datasheet source"),
     ("source", "source_type", "confidence", "notes")),
    (QT_TRANSLATE_NOOP("CellEditor", "Electrical"),
     ("nominal_voltage", "max_voltage", "min_voltage", "capacity", "min_capacity",
      "internal_resistance", "max_continuous_discharge", "max_continuous_charge",
      "standard_charge")),
    (QT_TRANSLATE_NOOP("CellEditor", "Size and mass"),
     ("mass", "diameter", "height", "length", "width", "thickness")),
    (QT_TRANSLATE_NOOP("CellEditor", "Life, temperature and price"),
     ("cycle_life", "cycle_life_conditions", "temperature_charge", "temperature_discharge",
      "price", "price_source")),
    (QT_TRANSLATE_NOOP("CellEditor", "Cycle-life test conditions"),
     ("cycle_life_temperature", "cycle_life_charge_rate", "cycle_life_discharge_rate",
      "cycle_life_dod", "cycle_life_end_capacity", "cycle_life_source")),
    (QT_TRANSLATE_NOOP("CellEditor", "Equivalent circuit (optional)"),
     ("dc_resistance", "rc1_resistance", "rc1_time_constant", "rc2_resistance",
      "rc2_time_constant", "specific_heat", "activation_energy", "ecm_source")),
)
#: The column of each group in :data:`GROUPS` (0 left, 1 right).
GROUP_COLUMNS = (0, 0, 1, 0, 0, 1, 1)
REQUIRED = tuple(k for k, req in TEXT_FIELDS.items() if req) + tuple(
    k for k, (_kind, req) in QUANTITY_FIELDS.items() if req) + ("confidence",)


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("CellEditor", text)


def label_of(key: str) -> str:
    """A field's name in the interface language."""
    if key in DETAIL_LABELS:
        return QCoreApplication.translate("CellBrowser", DETAIL_LABELS[key])
    return _tr(TEXT_LABELS.get(key, key))


def problem_text(exc: PackconfigError, language: str) -> str:
    """The loader's words for what is wrong with one value (without the file name)."""
    if isinstance(exc, DataFileError):
        if language == "zh":
            return messages.render(exc.code, exc.params) or exc.problem
        return exc.problem
    return messages.text(exc, language)


class CellEditorDialog(QDialog):
    """``mode``: "new", "duplicate" (of ``base``) or "edit" (``base``, a user cell in
    its own file ``target``). ``taken``: ids already in the catalog."""

    cellSaved = Signal(str)  # noqa: N815 - the id of the cell written

    def __init__(self, parent: QWidget | None, taken: set[str], formats: list[str],
                 base: Cell | None = None, mode: str = "new",
                 target: Path | None = None) -> None:
        super().__init__(parent, objectName="cellEditorDialog")
        self.mode, self.target, self._taken = mode, target, set(taken)
        self._base_id = base.id if base is not None else ""
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, str] = {}  # key -> message shown on that field
        self._names: dict[str, QLabel] = {}
        self._boxes: list[tuple[QGroupBox, str]] = []
        body = QWidget()
        grid = QGridLayout(body)
        rows = [0, 0]
        for (title, keys), column in zip(GROUPS, GROUP_COLUMNS, strict=True):
            box = QGroupBox()
            form = QFormLayout(box)
            for key in keys:
                widget = self._make(key, formats)
                self._names[key] = QLabel()
                form.addRow(self._names[key], widget)
            self._boxes.append((box, title))
            grid.addWidget(box, rows[column], column)
            rows[column] += 1
        grid.setRowStretch(max(rows), 1)
        self.message = QLabel(objectName="cellEditorMessage")
        self.message.setWordWrap(True)
        self._error_palette = self.message.palette()
        self._error_palette.setColor(QPalette.ColorRole.WindowText, QColor("#b00020"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(objectName="cellSaveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(objectName="cellCancelButton")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        outer = QVBoxLayout(self)
        outer.addWidget(ScrollPage(body), 1)
        outer.addLayout(buttons)
        self.retranslate_ui()
        if base is not None:
            self.set_record(base.to_record())
        if mode == "duplicate":
            self.id_edit.setText(self._copy_id(base.id if base else "cell"))
            self.id_edit.selectAll()
        if mode == "edit":
            self.id_edit.setReadOnly(True)
        self.revalidate()

    # ------------------------------------------------------------------ build
    def _make(self, key: str, formats: list[str]) -> QWidget:
        widget: QWidget
        if key in ("format", "chemistry", "confidence"):
            combo = QComboBox(editable=True)
            items = {"format": formats, "chemistry": list(chemistry.chemistries()),
                     "confidence": list(CONFIDENCE_LEVELS)}[key]
            combo.addItems(items)
            combo.setCurrentIndex(-1)
            combo.setEditText("")
            combo.editTextChanged.connect(lambda _t, k=key: self._changed(k))
            widget = combo
        elif key == "notes":
            widget = QPlainTextEdit()
            widget.setMaximumHeight(70)
            widget.textChanged.connect(lambda k=key: self._changed(k))
        elif key == "cycle_life":
            widget = QSpinBox()
            widget.setRange(0, 1_000_000)
            widget.setGroupSeparatorShown(True)
            widget.valueChanged.connect(lambda _v, k=key: self._changed(k))
        else:
            widget = QLineEdit()
            widget.textChanged.connect(lambda _t, k=key: self._changed(k))
        name = {"id": "cellIdEdit", "source": "cellSourceEdit",
                "confidence": "cellConfidenceCombo"}.get(key, f"cellField_{key}")
        widget.setObjectName(name)
        self.widgets[key] = widget
        if key == "id":
            self.id_edit = widget
        return widget

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.revalidate()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        titles = {"new": translate("CellEditor", "New cell"),
                  "duplicate": translate("CellEditor", "Duplicate cell %1"),
                  "edit": translate("CellEditor", "Edit cell %1")}
        self.setWindowTitle(titles[self.mode].replace("%1", self._base_id))
        for box, title in self._boxes:
            box.setTitle(_tr(title))
        for key, name in self._names.items():
            unit = UNIT_HINTS.get(KINDS.get(key, ""), "")
            name.setText(label_of(key) + (f" ({unit})" if unit else "")
                         + (" *" if key in REQUIRED else ""))
        for key, example in EXAMPLES.items():
            hint = translate("CellEditor", "e.g. %1")
            self.widgets[key].setPlaceholderText(hint.replace("%1", example))
        self.id_edit.setPlaceholderText(translate("CellEditor",
            "letters, digits and . _ + -, e.g. ACME-21700-50"))
        self.widgets["source"].setPlaceholderText(
            translate("CellEditor",
                "document title, publisher and date, e.g. ACME 21700-50 datasheet, ACME "
                "Corp., 2025"))
        self.widgets["cycle_life"].setSpecialValueText(translate("CellEditor", "unknown"))
        self.save_button.setText(translate("CellEditor", "Save"))
        self.cancel_button.setText(translate("CellEditor", "Cancel"))

    # ----------------------------------------------------------------- values
    def text_of(self, key: str) -> str:
        widget = self.widgets[key]
        if isinstance(widget, QComboBox):
            return widget.currentText()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QSpinBox):
            return str(widget.value()) if widget.value() else ""
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def set_record(self, record: dict[str, object]) -> None:
        """Fill the form from a cell record (the TOML shape)."""
        for key, widget in self.widgets.items():
            value = record.get(key)
            text = "" if value is None else str(value)
            if KINDS.get(key) == "rate" and text.endswith(" 1/h"):
                text = text[:-4] + "C"  # a C-rate as the datasheet and the unit hint say
            if isinstance(widget, QComboBox):
                widget.setEditText(text)
                if widget.lineEdit() is not None:
                    widget.lineEdit().setCursorPosition(0)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text)
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value) if isinstance(value, int) else 0)
            else:
                assert isinstance(widget, QLineEdit)
                widget.setText(text)
                widget.setCursorPosition(0)  # long sources show their beginning

    def record(self) -> dict[str, object]:
        values = {key: self.text_of(key) for key in self.widgets if key != "cycle_life"}
        cycles = self.widgets["cycle_life"]
        assert isinstance(cycles, QSpinBox)
        return uc.record_of(values, cycles.value() or None)

    # ------------------------------------------------------------- checking
    def _changed(self, key: str) -> None:
        if hasattr(self, "save_button"):  # (not while the form is being built)
            self.revalidate()

    def revalidate(self) -> None:
        """Check every field as typed, then the whole cell; mark bad fields, show the
        first problem and enable Save only for a cell the loader accepts."""
        language = current_language()
        cid = self.text_of("id").strip()
        errors: dict[str, str] = {}
        for key in self.widgets:
            if key in ("id", "cycle_life", "price"):
                continue
            exc = uc.field_error(key, self.text_of(key), cid)
            if exc is not None:
                errors[key] = problem_text(exc, language)
        id_error = self._id_error(cid)
        if id_error:
            errors["id"] = id_error
        missing = [k for k in REQUIRED if not self.text_of(k).strip()]
        if not errors and not missing:
            try:
                uc.build_cell(self.record(), str(self.target or ""))
            except DataFileError as exc:
                errors[exc.field or "id"] = problem_text(exc, language)
        self.errors = errors
        for key in self.widgets:
            self._mark(key, errors.get(key, ""))
        self.message.setPalette(self._error_palette if errors else self.palette())
        if errors:
            key = next(iter(errors))
            self.message.setText(translate("CellEditor", "%1: %2").replace("%1", label_of(key))
                                 .replace("%2", errors[key]))
        elif missing:
            self.message.setText(translate("CellEditor", "Still required: %1").replace(
                "%1", ", ".join(label_of(k) for k in missing)))
        else:
            self.message.setText("")
        self.save_button.setEnabled(not errors and not missing)

    def _id_error(self, cid: str) -> str:
        if not cid:
            return ""
        if uc.id_problem(cid):
            return translate("CellEditor",
                "an id starts with a letter or digit and holds only letters, digits "
                       "and . _ + - (at most 64)")
        if self.mode != "edit" and cid in self._taken:
            return translate("CellEditor",
                "a cell with this id is already in the catalog: choose another id")
        if uc.name_taken(cid, self.target) is not None:
            return translate("CellEditor",
                "a file for this id is already in your cells folder: choose "
                       "another id")
        return ""

    def _mark(self, key: str, error: str) -> None:
        widget = self.widgets[key]
        if bool(widget.property("invalid")) != bool(error):
            widget.setStyleSheet(INVALID_STYLE if error else "")
        widget.setProperty("invalid", bool(error))
        widget.setToolTip(error)

    # ------------------------------------------------------------------ save
    def save(self) -> bool:
        """Write the cell (atomically, read back by the loader); on success emit
        ``cellSaved`` and close, else say why and keep everything typed."""
        self.revalidate()
        if not self.save_button.isEnabled():
            return False
        try:
            _path, cell = uc.save_user_cell(self.record(), self.target)
        except PackconfigError as exc:
            self.message.setText(messages.text(exc, current_language()))
            return False
        self.cellSaved.emit(cell.id)
        self.accept()
        return True

    @staticmethod
    def _copy_id(cell_id: str) -> str:
        return f"{cell_id}-copy"[:64]


# --------------------------------------------------------------- window side
def reload_catalog(win: MainWindow, select: str = "") -> None:
    """Load the catalog again (after the user's cells changed); with ``select``, that
    cell becomes the design's cell (one undoable step), else the design keeps its cell
    (with its new figures if it changed)."""
    from packconfig.core.cells.catalog import load_catalog

    win.catalog = load_catalog()
    win.browser.set_catalog(win.catalog)
    if win.catalog.problems:
        win.statusBar().showMessage("; ".join(win.catalog.problems), 10000)
    cell_id = select or win.doc.project.cell.id
    if cell_id in win.catalog and win.catalog.get(cell_id) != win.doc.project.cell:
        win.doc.edit(QCoreApplication.translate("MainWindow", "Cell %1").replace("%1", cell_id),
                     cell=win.catalog.get(cell_id))
    win.browser.show_cell(win.doc.project.cell)


def _formats(win: MainWindow) -> list[str]:
    found = {c.format for c in win.catalog} if win.catalog is not None else set()
    return sorted(found | {"prismatic", "pouch"})


def open_editor(win: MainWindow, mode: str, base: Cell | None = None,
                target: Path | None = None) -> CellEditorDialog:
    """Open the editor (window-modal, not blocking); a saved cell reloads the catalog
    and becomes the design's cell."""
    taken = set(win.catalog.cells) if win.catalog is not None else set()
    dialog = CellEditorDialog(win, taken, _formats(win), base, mode, target)
    dialog.cellSaved.connect(lambda cell_id: win.reload_catalog(select=cell_id))
    dialog.finished.connect(dialog.deleteLater)
    win.cell_editor = dialog
    dialog.resize(min(980, max(win.width() - 40, 600)), min(720, max(win.height() - 40, 400)))
    dialog.open()
    return dialog


def new_cell(win: MainWindow) -> CellEditorDialog:
    return open_editor(win, "new")


def duplicate_cell(win: MainWindow, cell: Cell | None = None) -> CellEditorDialog:
    return open_editor(win, "duplicate", cell or win.doc.project.cell)


def edit_cell(win: MainWindow, cell: Cell | None = None) -> CellEditorDialog | None:
    """Edit the design's cell if it is the user's own (in a file of its own); a shipped
    cell, or one in a file of several, is offered as a duplicate instead."""
    cell = cell or win.doc.project.cell
    user = win.catalog is not None and cell.id in win.catalog.user_ids
    target = uc.editable_file(cell.id) if user else None
    if target is not None:
        return open_editor(win, "edit", cell, target)
    if user:
        text = translate("CellEditor",
            "%1 is one of several cells in a file of your cells folder; the editor "
                   "only rewrites files of one cell. Duplicate it to edit a copy?")
    else:
        text = translate("CellEditor",
            "%1 is a shipped catalog cell and cannot be changed. Duplicate it to "
                   "edit a copy under a new id?")
    answer = QMessageBox.question(win, translate("CellEditor",
        "Edit cell"), text.replace("%1", cell.id),
                                  QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    if answer == QMessageBox.StandardButton.Yes:
        return duplicate_cell(win, cell)
    return None
