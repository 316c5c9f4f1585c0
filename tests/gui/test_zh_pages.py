"""The window in Chinese with every page and tab opened, the cell editor and the
settings dialog: no English left but codes, units and names used as is.

``tests/gui/test_i18n.py`` compares the configurator as it opens; this walks what is
built later (the Explorer, Performance and Lifetime pages, the Pack and BOM tabs, every
settings tab, the cell editor's cycle-life and equivalent-circuit groups). It found the
BOM summary's cost basis, the settings' tier conventions and the Performance page's
vehicles in English.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget
from test_i18n import ALLOWED_WORDS, foreign_words, visible_texts

from packconfig.gui import i18n
from packconfig.gui.main_window import MainWindow

#: Codes, units and names a Chinese quote or window uses as is.
AS_IS = {
    "CSV", "XLSX", "UTF", "PNG", "JPEG", "MB", "R", "RC", "SOH", "J", "kJ", "mol", "K",
    "MWh", "CTP", "HV", "JB", "x", "ACME", "Naumann", "WLTC", "b", "UDDS", "EPA", "NEDC",
    "CLTC", "Zoe", "ZE", "ID", "Pro", "Performance", "range", "slab", "BatPaC",
    # a placeholder seller and the settings keys the warnings name (settings.json)
    "Your", "Company", "Co", "Ltd", "settings", "json", "seller", "signing", "pkcs",
    "PACKCONFIG", "SIGNING", "PKCS", "fx", "verify",
}
#: Widgets that show data as stored (catalog ids, codes, the confidence words a cell
#: file holds), not interface text.
DATA = ("cellConfidenceCombo", "cellField_chemistry", "defaultIncotermCombo", "simDesign")


def english_left(root) -> list[str]:
    bad = []
    for key, text in visible_texts(root).items():
        if any(f"/{name}[" in key or key.startswith(name) for name in DATA):
            continue
        words = [w for w in foreign_words(text) if w not in AS_IS]
        if words:
            bad.append(f"{key}: {text[:80]!r} ({', '.join(words)})")
    return bad


@pytest.fixture
def zh():
    i18n.set_language("zh")
    yield
    i18n.set_language("en")


def test_every_page_tab_and_dialog_is_in_chinese(qtbot, dialogs, zh):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    bad: set[str] = set()
    for page in range(win.pages.count()):
        win.pages.setCurrentIndex(page)
        qtbot.wait(50)
        for tabs in win.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(20)  # charts and the BOM fill on a zero timer
                bad.update(english_left(win))
    win.pages.setCurrentIndex(0)
    win.tabs.setCurrentWidget(win.bom_tab)
    summary = win.findChild(QLabel, "bomSummaryLabel")
    qtbot.waitUntil(lambda: summary.text() != "")
    assert "估算" in summary.text() and "packs/yr" not in summary.text()

    def settings(dialog: QDialog) -> int:
        tabs = dialog.findChild(QTabWidget, "settingsTabs")
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            bad.update(english_left(dialog))
        return QDialog.DialogCode.Rejected

    dialogs.dialog_result = settings
    win.actions.settings.trigger()
    win.actions.cells["new"].trigger()
    bad.update(english_left(win.cell_editor))
    win.cell_editor.close()
    win.doc.stack.setClean()
    assert not bad, "English in the Chinese window:\n" + "\n".join(sorted(bad))


def test_the_check_sees_english():
    assert ALLOWED_WORDS  # (the shared allow-list of test_i18n)
    assert [w for w in foreign_words("导出 Pack summary") if w not in AS_IS] == ["Pack",
                                                                               "summary"]
