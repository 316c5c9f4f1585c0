"""Edit → Settings…, the "Propose UN38.3 samples" button and the XLSX/CSV export of the
issued quote (``exportSheetButton``)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from packconfig.core import messages
from packconfig.core.commerce.lines import propose_samples_line
from packconfig.core.commerce.quote import Quote
from packconfig.core.commerce.settings import load_settings
from packconfig.core.errors import PackconfigError

if TYPE_CHECKING:
    from packconfig.gui.main_window import MainWindow


def open_settings(win: MainWindow) -> None:
    """The settings dialog; after a save the window prices with the new settings."""
    from packconfig.gui.settings_dialog import SettingsDialog

    settings = win.commercial
    if settings is None:
        try:
            settings = load_settings()
        except PackconfigError as exc:  # a broken settings.json: say so, open nothing
            QMessageBox.critical(win, QCoreApplication.translate("MainWindow", "Settings"),
                                 messages.text(exc, win.language()))
            return
    dlg = SettingsDialog(settings, win.catalog, win)
    dlg.exec()
    if dlg.saved is not None:
        win.commercial = dlg.saved
        win.commercial_error = ""
        if win.quote is not None:
            win.quote.apply_settings(dlg.saved)
        win.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "Settings saved"), 5000)
        win.recompute()
        win.lifetime.design_changed(win)  # the price and the warranty margin may change
    dlg.deleteLater()


def propose_samples(win: MainWindow) -> None:
    """Add the UN38.3 samples line for the current pack: the count follows its mass
    class (16 packs up to 12 kg, 8 above), priced at the list unit price."""
    if win.quote is None or win.result is None or win.cost is None:
        return
    mass = win.result.values.get("mass_pack")
    if mass is None:
        QMessageBox.warning(win, QCoreApplication.translate("MainWindow", "UN38.3 samples"),
                            QCoreApplication.translate(
                                "MainWindow", "The pack mass is unknown, so the number of "
                                "UN38.3 samples cannot be chosen. Add the line by hand."))
        return
    kg = Decimal(str(float(mass.to("kg").magnitude)))
    line = propose_samples_line(kg, win.cost.price, win.quote.pdf_language())
    win.quote.lines.add_line(line)
    win.quote.input_tabs.setCurrentWidget(win.quote.lines)


def export_sheet(parent: QWidget, quote: Quote, language: str) -> str | None:
    """Ask where, then write ``quote`` as XLSX or CSV (by the chosen type); a failure is
    explained and nothing is left half-written. Returns the path written."""
    from pathlib import Path

    from packconfig.gui.i18n import current_language
    from packconfig.report.spreadsheet import write_quote_sheet

    xlsx = QCoreApplication.translate("MainWindow", "Excel workbook (*.xlsx)")
    csv = QCoreApplication.translate("MainWindow", "CSV, UTF-8 (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("MainWindow", "Export the quote as a spreadsheet"),
        f"{quote.number}-R{quote.revision}.xlsx", f"{xlsx};;{csv}")
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_suffix(".csv" if chosen == csv else ".xlsx")
    try:
        written = write_quote_sheet(quote, target, language)
    except PackconfigError as exc:
        QMessageBox.critical(parent, QCoreApplication.translate(
            "MainWindow", "Cannot export the spreadsheet"), messages.text(exc, current_language()))
        return None
    return str(written)
