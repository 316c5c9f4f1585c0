"""Edit → Settings… and the "Propose UN38.3 samples" button of the quote panel."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from packconfig.core import messages
from packconfig.core.commerce.lines import propose_samples_line
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
