"""Text colour, weight and size of labels through their palette and font.

A style sheet per label makes Qt polish each through the style-sheet engine, which the
window's first paint pays for (about 0.2 ms per label); a palette colour and a font
weight look the same and cost next to nothing. Roles and font fields not given here are
inherited from the parent, so a theme change still applies.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

#: Text colours: names of figures, and figures the cell's data cannot give.
NAME_COLOUR, MISSING_COLOUR = "#555", "#999"


def set_text_style(widget: QWidget, colour: str | None = None, bold: bool = False,
                   size: int | None = None) -> None:
    """Show ``widget``'s text in ``colour`` (None: inherited), bold or not, and at
    ``size`` pixels (None: inherited)."""
    palette, font = _style(colour, bold, size)
    widget.setPalette(palette)
    widget.setFont(font)


@lru_cache(maxsize=32)
def _style(colour: str | None, bold: bool, size: int | None) -> tuple[QPalette, QFont]:
    palette = QPalette()
    if colour is not None:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    font = QFont()
    font.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
    if size is not None:
        font.setPixelSize(size)
    return palette, font
