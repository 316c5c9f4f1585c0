"""The pack from above as its modules: numbered in series order, the series path, HV−
and HV+, the junction box, and each module's cells (issue 15).

Positions come from the Qt-free :func:`packconfig.core.pack.module_layout.pack_layout`;
this widget only scales and paints them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from packconfig.core.pack.module_layout import PackLayout

_MARGIN = 30.0
STRING_COLOURS = ("#cfe3f7", "#f7e0c4", "#d8efd0", "#eed5ee")


class PackView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="packView")
        self.setMinimumSize(220, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout: PackLayout | None = None
        self._message = ""
        self._dims = ""
        self._retranslate()

    def _retranslate(self) -> None:
        self.setToolTip(self.tr("The pack from above: modules numbered along the series "
                                "path from HV− to HV+, colour = string, JB = junction box"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.update()
        super().changeEvent(event)

    def set_pack(self, layout: PackLayout | None, dims: str = "", message: str = "") -> None:
        self._layout, self._dims, self._message = layout, dims, message
        self.update()

    @property
    def module_count(self) -> int:
        return len(self._layout.modules) if self._layout is not None else 0

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#fafafa"))
        lay = self._layout
        if lay is None or not lay.modules:
            p.setPen(QColor("#777"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._message)
            return
        jx, jy, jw, jd = lay.junction
        total_w = jx + jw
        avail_w, avail_h = self.width() - 2 * _MARGIN, self.height() - 2 * _MARGIN
        if avail_w <= 10 or avail_h <= 10:
            return
        scale = min(avail_w / total_w, avail_h / lay.depth)
        ox = (self.width() - total_w * scale) / 2
        oy = (self.height() - lay.depth * scale) / 2

        def rect(x: float, y: float, w: float, d: float) -> QRectF:
            return QRectF(ox + x * scale, oy + (lay.depth - y - d) * scale, w * scale,
                          d * scale)

        p.setPen(QPen(QColor("#888"), 1.2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect(0, 0, lay.width, lay.depth))
        font = QFont(self.font())
        many = len(lay.modules) > 150
        for box in lay.modules:
            r = rect(box.x, box.y, box.w, box.d)
            p.setPen(QPen(QColor("#455a64"), 1.0))
            p.setBrush(QColor(STRING_COLOURS[box.string % len(STRING_COLOURS)]))
            p.drawRect(r)
            if not many:
                self._cells(p, r, lay)
            if r.width() > 16 and r.height() > 12:
                font.setPixelSize(int(max(8, min(13, r.height() * 0.35, r.width() * 0.3))))
                font.setBold(True)
                p.setFont(font)
                p.setPen(QColor("#1a237e"))
                p.drawText(r, Qt.AlignmentFlag.AlignCenter, str(box.number))
        centres = [rect(b.x, b.y, b.w, b.d).center() for b in lay.modules]
        if 1 < len(centres) <= 400:
            path = QPainterPath(centres[0])
            for c in centres[1:]:
                path.lineTo(c)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(183, 28, 28, 170), 2.0))
            p.drawPath(path)
        jr = rect(jx, jy, jw, jd)
        p.setPen(QPen(QColor("#4e342e"), 1.5))
        p.setBrush(QColor("#ffe0b2"))
        p.drawRect(jr)
        font.setPixelSize(11)
        p.setFont(font)
        p.setPen(QColor("#4e342e"))
        p.drawText(jr, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                   self.tr("JB"))
        self._terminals(p, centres, jr)
        p.setPen(QColor("#444"))
        font.setBold(False)
        font.setPixelSize(11)
        p.setFont(font)
        note = self._dims
        if lay.layers > 1:
            note += "  " + self.tr("× %1 layers").replace("%1", str(lay.layers))
        p.drawText(QRectF(ox, oy + lay.depth * scale + 4, total_w * scale, _MARGIN - 6),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, note)

    def _cells(self, p: QPainter, r: QRectF, lay: PackLayout) -> None:
        """The module's cells: slices of a stack, or a grid of round/square cells."""
        along, across = lay.cells_along, lay.cells_across
        if along * across > 400 or r.width() / along < 2.5:
            return
        p.setPen(QPen(QColor(69, 90, 100, 110), 0.6))
        p.setBrush(Qt.BrushStyle.NoBrush)
        step_x, step_y = r.width() / along, r.height() / max(across, 1)
        if across == 1:
            for i in range(1, along):
                x = r.left() + i * step_x
                p.drawLine(QPointF(x, r.top() + 2), QPointF(x, r.bottom() - 2))
            return
        for i in range(along):
            for j in range(across):
                cell = QRectF(r.left() + i * step_x + 0.5, r.top() + j * step_y + 0.5,
                              step_x - 1, step_y - 1)
                if lay.round_cells:
                    p.drawEllipse(cell)
                else:
                    p.drawRect(cell)

    def _terminals(self, p: QPainter, centres: list[QPointF], jr: QRectF) -> None:
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(10)
        p.setFont(font)
        for text, q, colour in (("HV−", centres[0], "#0d47a1"),
                                ("HV+", centres[-1], "#b71c1c")):
            p.setPen(QPen(QColor(colour), 1.2, Qt.PenStyle.DashLine))
            p.drawLine(q, jr.center())
            r = QRectF(q.x() - 15, q.y() - 8, 30, 16)
            p.setPen(QPen(QColor("white"), 1))
            p.setBrush(QColor(colour))
            p.drawRoundedRect(r, 4, 4)
            p.setPen(QColor("white"))
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, text)
