"""Render resources/icons/packconfig.svg to packconfig-256.png and the Windows icon
packconfig.ico (16-256 px, each size rendered from the SVG, not scaled from one bitmap);
run after editing the SVG:

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


def render_ico(sizes: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)) -> Path:
    """A multi-size .ico (Pillow writes it; reportlab already depends on Pillow)."""
    from PIL import Image

    images = [Image.open(render(size)) for size in sizes]
    out = HERE / "packconfig.ico"
    images[-1].save(out, format="ICO", sizes=[(s, s) for s in sizes],
                    append_images=images[:-1])
    for size in sizes[:-1]:
        (HERE / f"packconfig-{size}.png").unlink()
    return out


if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])
    print(render())
    print(render_ico())
