"""Render resources/icons/packconfig.svg to packconfig-256.png (run after editing the SVG):

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/render_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent


def render(size: int = 256) -> Path:
    renderer = QSvgRenderer(str(HERE / "packconfig.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out = HERE / f"packconfig-{size}.png"
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")
    return out


if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])
    print(render())
