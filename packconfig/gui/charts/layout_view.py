"""The pack layout seen from above: S×P cells, parallel groups coloured, series path.

Positions come from the Qt-free :func:`packconfig.core.layout.block_layout`; this widget
only scales and paints them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from packconfig.core.layout import BlockLayout

_MARGIN = 28.0


def group_colour(index: int) -> QColor:
    """A distinct, soft colour per parallel group (golden-angle hues)."""
    return QColor.fromHsv(int(index * 137.508) % 360, 90, 235)


class LayoutView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layoutView")
        self.setMinimumSize(220, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout: BlockLayout | None = None
        self._message = ""
        self.setToolTip(self.tr("Cell block from above: each colour is one parallel group; "
                                "the line is the series path from − to +"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.setToolTip(self.tr("Cell block from above: each colour is one parallel "
                                    "group; the line is the series path from − to +"))
            self.update()
        super().changeEvent(event)

    def set_layout(self, layout: BlockLayout | None, message: str = "") -> None:
        self._layout, self._message = layout, message
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#fafafa"))
        lay = self._layout
        if lay is None:
            p.setPen(QColor("#777"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._message)
            return
        avail_w = self.width() - 2 * _MARGIN
        avail_h = self.height() - 2 * _MARGIN
        if avail_w <= 10 or avail_h <= 10 or lay.width <= 0 or lay.depth <= 0:
            return
        scale = min(avail_w / lay.width, avail_h / lay.depth)
        ox = (self.width() - lay.width * scale) / 2
        oy = (self.height() - lay.depth * scale) / 2

        def pt(x: float, y: float) -> QPointF:  # y up in the block, down on screen
            return QPointF(ox + x * scale, oy + (lay.depth - y) * scale)

        p.setPen(QPen(QColor("#bbb"), 1, Qt.PenStyle.DashLine))
        p.drawRect(QRectF(ox, oy, lay.width * scale, lay.depth * scale))
        w, h = lay.cell_x * scale, lay.cell_y * scale
        many = len(lay.centres) > 2500
        outline = QPen(QColor("#555"), 0.6 if not many else 0)
        for (x, y), g in zip(lay.centres, lay.group, strict=True):
            c = pt(x, y)
            rect = QRectF(c.x() - w / 2, c.y() - h / 2, w, h)
            p.setBrush(group_colour(int(g)))
            p.setPen(outline if not many else Qt.PenStyle.NoPen)
            if lay.round_cells:
                p.drawEllipse(rect)
            else:
                p.drawRect(rect)
        path_pts = [pt(x, y) for x, y in lay.group_centres()]
        if len(path_pts) > 1 and len(path_pts) <= 400:
            path = QPainterPath(path_pts[0])
            for q in path_pts[1:]:
                path.lineTo(q)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(183, 28, 28, 200), min(5.0, max(1.5, min(w, h) * 0.12)),
                          Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                          Qt.PenJoinStyle.RoundJoin))
            p.drawPath(path)
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        if path_pts:
            for text, q, colour in (("−", path_pts[0], "#0d47a1"), ("+", path_pts[-1], "#b71c1c")):
                r = min(13.0, max(7.0, min(w, h) * 0.35))
                p.setPen(QPen(QColor("white"), 1.5))
                p.setBrush(QColor(colour))
                p.drawEllipse(q, r, r)
                p.setPen(QColor("white"))
                p.drawText(QRectF(q.x() - r, q.y() - r, 2 * r, 2 * r),
                           Qt.AlignmentFlag.AlignCenter, text)
        from packconfig import display  # imported by now; kept off the first paint's path
        from packconfig.core.units import Q_

        p.setPen(QColor("#444"))
        font.setBold(False)
        p.setFont(font)
        width_txt = display.quantity(Q_(lay.width, "m"), "length")
        depth_txt = display.quantity(Q_(lay.depth, "m"), "length")
        p.drawText(QRectF(ox, oy + lay.depth * scale + 4, lay.width * scale, _MARGIN - 6),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                   self.tr("%1  (cell block)").replace("%1", width_txt))
        p.save()
        p.translate(ox - 6, oy + lay.depth * scale / 2)
        p.rotate(-90)
        p.drawText(QRectF(-100, -_MARGIN + 6, 200, _MARGIN - 8),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, depth_txt)
        p.restore()
