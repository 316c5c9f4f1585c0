"""The window weighs and prices with settings.json's component table (issue 15)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QLabel

from packconfig.core.commerce.settings import settings_path
from packconfig.gui.main_window import MainWindow


def figures(qtbot) -> tuple[str, str]:
    win = MainWindow()
    qtbot.addWidget(win)
    win.use_design("CBAK-32140FS", 96, 2)
    texts = (win.findChild(QLabel, "result_mass_pack").text(),
             win.findChild(QLabel, "result_price_unit").text())
    win.doc.stack.setClean()
    return texts


def test_a_heavier_dearer_harness_shows_in_the_window(qtbot):
    mass, price = figures(qtbot)
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"components": {"parts": {
        "harness": {"mass_kg": 30.0, "cost_usd": "999"}}}}), encoding="utf-8")
    heavy_mass, heavy_price = figures(qtbot)
    assert heavy_mass != mass and heavy_price != price
    number = float(mass.split()[0].replace(",", ""))
    assert float(heavy_mass.split()[0].replace(",", "")) - number > 28
