"""The warnings list (``warningsList``): the core's :func:`pack_warnings`, by severity."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

if TYPE_CHECKING:
    from packconfig.core.pack.warnings import PackWarning

_COLOURS = {"error": "#b71c1c", "warning": "#8a5a00", "info": "#37474f"}
_ORDER = {"error": 0, "warning": 1, "info": 2}
#: Icon per severity: shape, fill and the mark drawn on it.
_ICON_SHAPES = {"error": ("circle", "#c62828", "×"), "warning": ("triangle", "#f9a825", "!"),
                "info": ("circle", "#1e88e5", "i")}
_icon_cache: dict[str, QIcon] = {}


def severity_icon(severity: str) -> QIcon:
    """A small drawn icon for ``severity`` (the same on every platform; drawing it costs
    less at start-up than loading the style's message-box icons)."""
    if severity in _icon_cache or severity not in _ICON_SHAPES:
        return _icon_cache.get(severity, QIcon())
    shape, fill, mark = _ICON_SHAPES[severity]
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(0, 0, 0, 0))
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QColor(0, 0, 0, 0))
        p.setBrush(QColor(fill))
        m = size / 16
        if shape == "circle":
            p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m))
        else:
            p.drawPolygon(QPolygonF([QPointF(size / 2, m), QPointF(size - m, size - 1.5 * m),
                                     QPointF(m, size - 1.5 * m)]))
        font = p.font()
        font.setBold(True)
        font.setPixelSize(int(size * 0.62))
        p.setFont(font)
        p.setPen(QColor("#222" if severity == "warning" else "white"))
        top = 0.12 * size if shape == "triangle" else 0.0
        p.drawText(QRectF(0, top, size, size - top), Qt.AlignmentFlag.AlignCenter, mark)
        p.end()
        icon.addPixmap(pixmap)
    _icon_cache[severity] = icon
    return icon


class WarningsList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningsList")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setToolTip(self.tr("Engineering and regulatory warnings for this design"))
        self._shown: tuple[str, list[tuple[str, str]]] | None = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.setToolTip(self.tr("Engineering and regulatory warnings for this design"))
        super().changeEvent(event)

    def show_warnings(self, warnings: list[PackWarning], language: str = "en") -> None:
        self.show_rows([(w.severity, w.text(language))
                        for w in sorted(warnings, key=lambda w: _ORDER.get(w.severity, 3))],
                       language)

    def show_rows(self, rows: list[tuple[str, str]], language: str = "en") -> None:
        """Show (severity, text) rows in this order."""
        if (language, rows) == self._shown:
            return
        self._shown = (language, rows)
        self.clear()
        if not rows:
            item = QListWidgetItem(self.tr("No warnings for this design."))
            item.setForeground(QBrush(QColor("#2e7d32")))
            self.addItem(item)
            return
        for severity, text in rows:
            item = QListWidgetItem(severity_icon(severity), text)
            item.setForeground(QBrush(QColor(_COLOURS.get(severity, "#000"))))
            item.setToolTip(text)
            item.setData(256, severity)
            self.addItem(item)

    # ------------------------------------------------------------ first paint
    def state(self) -> dict[str, Any]:
        """The rows shown, as plain data (see :mod:`packconfig.gui.first_paint`)."""
        language, rows = self._shown or ("en", [])
        return {"language": language, "rows": [list(r) for r in rows]}

    def show_state(self, state: dict[str, Any]) -> None:
        rows = state.get("rows")
        self.show_rows([(str(r[0]), str(r[1])) for r in rows
                        if isinstance(r, list) and len(r) == 2] if isinstance(rows, list)
                       else [], str(state.get("language", "en")))
