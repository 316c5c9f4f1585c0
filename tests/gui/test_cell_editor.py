"""The cell editor and File → Import cells, driven like a user: menu actions, typing,
clicks on Save; the saved file read back by the loader, the catalog reloaded, the cell
chosen and computed. ``tests/data/cells-reference.csv`` is a copy of the shared
reference ``cells.csv`` (the layout the import reads)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from packconfig import display
from packconfig.core import messages
from packconfig.core.cells import user_cells as uc
from packconfig.core.cells.catalog import load_catalog, load_cell_file
from packconfig.core.cells.model import ECM_FIELDS, QUANTITY_FIELDS, TEXT_FIELDS
from packconfig.core.errors import DataFileError
from packconfig.core.fs.paths import user_data_dir
from packconfig.core.pack.engine import RESULTS
from packconfig.core.pack.physics import compute_pack
from packconfig.core.units import Q_
from packconfig.gui import i18n
from packconfig.gui.main_window import MainWindow

DATA = Path(__file__).resolve().parents[1] / "data"
REFERENCE_CSV = DATA / "cells-reference.csv"
NEW = {"cellIdEdit": "ACME-21700-50", "cellField_manufacturer": "ACME Cells",
       "cellField_model": "21700-50", "cellField_format": "21700",
       "cellField_chemistry": "NMC", "cellField_nominal_voltage": "3.6 V",
       "cellField_max_voltage": "4.2 V", "cellField_min_voltage": "2.5 V",
       "cellField_capacity": "5 Ah", "cellField_mass": "70 g",
       "cellField_diameter": "21.2 mm", "cellField_height": "70.5 mm",
       "cellField_max_continuous_discharge": "15 A",
       "cellField_internal_resistance": "15 mohm",
       "cellSourceEdit": "ACME 21700-50 product datasheet, ACME Cells Ltd., 2025",
       "cellConfidenceCombo": "medium"}


@pytest.fixture
def win(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.cell_editor is not None:
        w.cell_editor.close()
    w.doc.stack.setClean()


def results(w: MainWindow) -> dict[str, str]:
    return {k: w.findChild(QLabel, f"result_{k}").text() for k in RESULTS}


def expected(cell, s: int, p: int) -> dict[str, str]:
    r = compute_pack(cell, s, p)
    return {k: display.result(k, r[k]) for k in RESULTS}


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Select what the field holds and type ``text`` over it, key by key."""
    edit = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    assert isinstance(edit, QLineEdit), widget.objectName()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def editor(w: MainWindow):
    dlg = w.cell_editor
    assert dlg is not None and dlg.objectName() == "cellEditorDialog" and dlg.isVisible()
    return dlg


def field(dlg, name: str) -> QWidget:
    found = dlg.findChild(QWidget, name)
    assert found is not None, name
    return found


def cells_folder() -> Path:
    return user_data_dir() / "cells"


def test_every_datasheet_field_has_a_named_widget(win):
    win.actions.cells["new"].trigger()
    dlg = editor(win)
    special = {"id": "cellIdEdit", "source": "cellSourceEdit",
               "confidence": "cellConfidenceCombo"}
    for key in (*QUANTITY_FIELDS, *ECM_FIELDS, *TEXT_FIELDS, "cycle_life", "price"):
        field(dlg, special.get(key, f"cellField_{key}"))
    for key in (*QUANTITY_FIELDS, *ECM_FIELDS):  # each with its unit and an example
        assert dlg._names[key].text().endswith(")") or dlg._names[key].text().endswith(
            ") *"), key
        assert field(dlg, f"cellField_{key}").placeholderText().startswith("e.g. "), key
    titles = [box.title() for box, _title in dlg._boxes]
    assert "Cycle-life test conditions" in titles
    assert "Equivalent circuit (optional)" in titles
    save = field(dlg, "cellSaveButton")
    assert isinstance(save, QPushButton) and not save.isEnabled()  # nothing typed yet
    assert "Still required" in dlg.message.text()
    # every quantity shows an example with its unit, and the required ones a star
    assert field(dlg, "cellField_nominal_voltage").placeholderText() == "e.g. 3.2 V"
    assert dlg._names["nominal_voltage"].text().endswith("*")


def test_new_cell_is_saved_listed_chosen_and_computed(win, qtbot):
    win.actions.cells["new"].trigger()
    dlg = editor(win)
    for name, text in NEW.items():
        type_into(qtbot, field(dlg, name), text)
    save = field(dlg, "cellSaveButton")
    assert save.isEnabled(), dlg.message.text()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    path = cells_folder() / "ACME-21700-50.toml"
    [cell] = load_cell_file(path)  # the loader reads the file the editor wrote
    assert cell.nominal_voltage == Q_(3.6, "V") and cell.confidence == "medium"
    assert cell.source == NEW["cellSourceEdit"] and cell.format == "21700"
    assert "ACME-21700-50" in win.catalog and "ACME-21700-50" in load_catalog().user_ids
    # the catalog lists it, selects it, and the design computes with it
    assert win.doc.project.cell == cell
    table = win.browser.table
    assert table.model().index(table.currentIndex().row(), 0).data() == "ACME-21700-50"
    assert results(win) == expected(cell, win.doc.project.series, win.doc.project.parallel)
    assert results(win)["voltage_nominal"] == "57.6 V"  # 16S of 3.6 V


#: Every cycle-life test condition and equivalent-circuit field, as a user types them
#: from a datasheet (``0.5C`` is how datasheets write a C-rate), and the value the
#: loader must read back.
LIFE_AND_ECM = {
    "cycle_life_temperature": ("25 °C", Q_(25, "degC")),
    "cycle_life_charge_rate": ("0.5C", Q_(0.5, "1/h")),
    "cycle_life_discharge_rate": ("1 1/h", Q_(1, "1/h")),
    "cycle_life_dod": ("100 %", Q_(1, "")),
    "cycle_life_end_capacity": ("80 %", Q_(0.8, "")),
    "dc_resistance": ("16 mohm", Q_(16, "mohm")),
    "rc1_resistance": ("4 mohm", Q_(4, "mohm")),
    "rc1_time_constant": ("20 s", Q_(20, "s")),
    "rc2_resistance": ("3 mohm", Q_(3, "mohm")),
    "rc2_time_constant": ("400 s", Q_(400, "s")),
    "specific_heat": ("1100 J/(kg·K)", Q_(1100, "J/kg/K")),
    "activation_energy": ("28 kJ/mol", Q_(28, "kJ/mol")),
}
SOURCES = {"cycle_life_source": "ACME 21700-50 datasheet p. 4, cycle life at 25 °C",
           "ecm_source": "ACME HPPC test report 2025-03, 25 °C, 50 % SOC"}


def test_cycle_life_and_equivalent_circuit_fields_round_trip(win, qtbot):
    """Typed in the editor, saved, read back by the loader with the same values, shown in
    the detail pane, and shown again by the editor as values it accepts unchanged."""
    win.actions.cells["new"].trigger()
    dlg = editor(win)
    for name, text in NEW.items():
        type_into(qtbot, field(dlg, name), text)
    for key, (text, _want) in LIFE_AND_ECM.items():
        type_into(qtbot, field(dlg, f"cellField_{key}"), text)
        assert field(dlg, f"cellField_{key}").property("invalid") is False, key
    for key, text in SOURCES.items():
        type_into(qtbot, field(dlg, f"cellField_{key}"), text)
    assert field(dlg, "cellSaveButton").isEnabled(), dlg.message.text()
    qtbot.mouseClick(field(dlg, "cellSaveButton"), Qt.MouseButton.LeftButton)
    [cell] = load_cell_file(cells_folder() / "ACME-21700-50.toml")
    for key, (_text, want) in LIFE_AND_ECM.items():
        got = getattr(cell, key)
        assert got is not None and abs(got.to(want.units).magnitude - want.magnitude) < 1e-9, key
    assert cell.cycle_life_source == SOURCES["cycle_life_source"]
    assert cell.ecm_source == SOURCES["ecm_source"]
    details = win.browser.details.toPlainText()
    for text in ("Cycle-life test temperature", "25.0 °C", "Cycle-life test charge rate",
                 "0.50 C", "Cycle-life end capacity", "80 %", "DC resistance (R0)",
                 "16.0 mΩ", "RC pair 2 time constant", "400 s", "RC pair 1 time constant",
                 "20 s", "1,100 J/(kg·K)", "28.0 kJ/mol", SOURCES["ecm_source"],
                 SOURCES["cycle_life_source"]):
        assert text in details, text
    # the editor shows the saved cell's values in a form it reads back unchanged
    win.actions.cells["edit"].trigger()
    again = editor(win)
    assert again.mode == "edit" and again.errors == {}
    assert field(again, "cellField_cycle_life_charge_rate").text() == "0.5C"
    assert uc.build_cell(again.record()) == cell


def test_details_say_when_the_chemistry_defaults_stand_in_for_the_circuit(win):
    cell = win.doc.project.cell
    assert cell.dc_resistance is None
    details = win.browser.details.toPlainText()
    assert "Equivalent circuit" in details and "the chemistry's defaults" in details
    assert "RC pair 1 resistance" not in details  # no column of "not available"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_wrong_unit_shows_the_loaders_message_and_blocks_save(win, qtbot, tmp_path,
                                                                 language):
    # what the loader says about a cell file with that value
    bad = tmp_path / "bad.toml"
    bad.write_text('[[cell]]\nid = "X"\nmanufacturer = "M"\nmodel = "m"\nformat = "18650"\n'
                   'chemistry = "LFP"\nsource = "s"\nnominal_voltage = "3.2 A"\n'
                   'capacity = "3 Ah"\n', encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_cell_file(bad)
    want = (messages.render(caught.value.code, caught.value.params) if language == "zh"
            else caught.value.problem)
    assert "3.2 A" in want
    i18n.set_language(language)
    try:
        win.actions.cells["new"].trigger()
        dlg = editor(win)
        for name, text in NEW.items():
            type_into(qtbot, field(dlg, name), text)
        assert field(dlg, "cellSaveButton").isEnabled()
        voltage = field(dlg, "cellField_nominal_voltage")
        type_into(qtbot, voltage, "3.2 A")
        assert voltage.property("invalid") is True and voltage.toolTip() == want
        assert want in dlg.message.text()
        assert not field(dlg, "cellSaveButton").isEnabled()
        qtbot.mouseClick(field(dlg, "cellSaveButton"), Qt.MouseButton.LeftButton)
        assert dlg.isVisible() and not cells_folder().exists()  # nothing written
        type_into(qtbot, voltage, "3.6 V")  # corrected: accepted again
        assert voltage.property("invalid") is False and field(dlg, "cellSaveButton").isEnabled()
    finally:
        i18n.set_language("en")


def test_whole_cell_checks_and_required_source_and_confidence(win, qtbot):
    win.actions.cells["new"].trigger()
    dlg = editor(win)
    for name, text in NEW.items():
        type_into(qtbot, field(dlg, name), text)
    save = field(dlg, "cellSaveButton")
    type_into(qtbot, field(dlg, "cellField_max_voltage"), "3.0 V")  # below nominal
    assert not save.isEnabled() and "must be above nominal_voltage" in dlg.message.text()
    assert field(dlg, "cellField_max_voltage").property("invalid") is True
    type_into(qtbot, field(dlg, "cellField_max_voltage"), "4.2 V")
    type_into(qtbot, field(dlg, "cellField_thickness"), "10 mm")  # not for cylinders
    assert not save.isEnabled() and "only prismatic and pouch" in dlg.message.text()
    field(dlg, "cellField_thickness").clear()
    type_into(qtbot, field(dlg, "cellIdEdit"), "CBAK-32140FS")  # a shipped id
    assert not save.isEnabled() and "already in the catalog" in dlg.message.text()
    type_into(qtbot, field(dlg, "cellIdEdit"), "MY CELL")
    assert not save.isEnabled() and field(dlg, "cellIdEdit").property("invalid") is True
    type_into(qtbot, field(dlg, "cellIdEdit"), "MY-CELL")
    assert save.isEnabled()
    for name in ("cellSourceEdit", "cellConfidenceCombo"):
        type_into(qtbot, field(dlg, name), "")
        assert not save.isEnabled() and "Still required" in dlg.message.text()
        type_into(qtbot, field(dlg, name), NEW[name])
        assert save.isEnabled()


def test_shipped_cell_is_duplicated_to_edit_then_the_copy_is_edited(win, qtbot, dialogs):
    shipped = win.doc.project.cell
    assert shipped.id == "CBAK-32140FS"
    win.actions.cells["edit"].trigger()
    # a shipped cell is read-only: the user is offered a duplicate
    [asked] = dialogs.calls_of("question")
    assert "shipped" in asked.args[2] and "Duplicate" in asked.args[2]
    dlg = editor(win)
    assert dlg.mode == "duplicate" and field(dlg, "cellIdEdit").text() == "CBAK-32140FS-copy"
    assert field(dlg, "cellField_nominal_voltage").text() == "3.2 V"
    assert field(dlg, "cellSourceEdit").text() == shipped.source
    type_into(qtbot, field(dlg, "cellField_capacity"), "16 Ah")
    qtbot.mouseClick(field(dlg, "cellSaveButton"), Qt.MouseButton.LeftButton)
    copy = win.catalog.get("CBAK-32140FS-copy")
    assert win.doc.project.cell == copy and copy.capacity == Q_(16, "A*h")
    assert win.catalog.get("CBAK-32140FS") == shipped  # the shipped cell is unchanged
    assert results(win)["capacity"] == "16.0 A·h"
    # now the user's own cell: edited in place
    win.actions.cells["edit"].trigger()
    assert len(dialogs.calls_of("question")) == 1  # not asked again
    dlg = editor(win)
    assert dlg.mode == "edit" and field(dlg, "cellIdEdit").isReadOnly()
    type_into(qtbot, field(dlg, "cellField_mass"), "310 g")
    qtbot.mouseClick(field(dlg, "cellSaveButton"), Qt.MouseButton.LeftButton)
    assert [p.name for p in cells_folder().iterdir()] == ["CBAK-32140FS-copy.toml"]
    [edited] = load_cell_file(cells_folder() / "CBAK-32140FS-copy.toml")
    assert edited.mass == Q_(310, "g") and win.doc.project.cell == edited
    assert results(win) == expected(edited, 16, 1)
    win.doc.stack.undo()  # the edit is one undoable step
    assert win.doc.project.cell == copy


def test_import_the_shared_csv_reports_every_row(win, dialogs):
    before = set(win.catalog.cells)
    dialogs.open_file = str(REFERENCE_CSV)
    win.actions.cells["import"].trigger()
    report = win.import_report
    assert report is not None and report.objectName() == "cellImportReport"
    rows = [report.row_texts(r) for r in range(report.table.rowCount())]
    with REFERENCE_CSV.open(encoding="utf-8") as f:
        assert len(rows) == sum(1 for _ in __import__("csv").DictReader(f))
    # every row of the reference is either a shipped cell or lacks the basic figures
    assert {r[2] for r in rows} == {"refused"}
    no_figures = [r for r in rows if "no pack can be computed" in r[3]]
    shipped = [r for r in rows if "shipped catalog cell has this id" in r[3]]
    assert len(no_figures) + len(shipped) == len(rows) and no_figures and shipped
    assert any(r[1] == "TESLA-4680-2022" and "Nominal voltage or Capacity" in r[3]
               for r in no_figures)
    assert "0 of" in report.summary.text()
    assert set(win.catalog.cells) == before and not cells_folder().exists()


def test_import_writes_good_rows_and_refuses_bad_ones(win, dialogs, tmp_path):
    lines = REFERENCE_CSV.read_text(encoding="utf-8").splitlines()
    header, rows = lines[0], lines[1:]
    mine = [rows[0].replace("CBAK-32140FS", "MY-32140", 1),
            rows[1].replace("CBAK-40135FS", "MY-40135", 1),
            rows[1].replace("CBAK-40135FS", "MY-40135", 1),  # the same id again
            rows[0].replace("CBAK-32140FS", "MY-BAD", 1).replace(",3.2,3.6,", ",3.2 A,3.6,", 1)]
    csv_path = tmp_path / "new cells.csv"
    csv_path.write_text("\n".join([header, *mine]) + "\n", encoding="utf-8")
    dialogs.open_file = str(csv_path)
    win.actions.cells["import"].trigger()
    rows = [win.import_report.row_texts(r) for r in range(4)]
    assert [r[:3] for r in rows] == [["2", "MY-32140", "imported"],
                                     ["3", "MY-40135", "imported"],
                                     ["4", "MY-40135", "refused"],
                                     ["5", "MY-BAD", "refused"]]
    assert "earlier row" in rows[2][3]
    assert rows[3][3].startswith("Nominal voltage:")
    assert "must be a voltage (V), got 3.2 A" in rows[3][3]
    assert {"MY-32140", "MY-40135"} <= win.catalog.user_ids
    assert "MY-BAD" not in win.catalog
    assert sorted(p.name for p in cells_folder().iterdir()) == ["MY-32140.toml",
                                                               "MY-40135.toml"]
    assert "2 of 4" in win.import_report.summary.text()


def test_import_of_a_file_that_is_not_a_cell_csv_says_so(win, dialogs, tmp_path):
    bad = tmp_path / "notes.csv"
    bad.write_text("name,value\nx,1\n", encoding="utf-8")
    dialogs.open_file = str(bad)
    win.actions.cells["import"].trigger()
    [warned] = dialogs.calls_of("warning")
    assert "lacks column(s) id, chemistry, format" in warned.args[2]
    assert win.import_report is None
