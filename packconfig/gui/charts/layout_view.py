"""The pack layout seen from above: S×P cells, parallel groups coloured, series path.

Positions come from the Qt-free :func:`packconfig.core.pack.layout.block_layout`; this widget
only scales and paints them. It paints a :class:`Drawing` (plain numbers and the two
dimension texts), so the window's first paint can show a stored one before the core is
imported (:mod:`packconfig.gui.first_paint`).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from packconfig.core.pack.layout import BlockLayout

_MARGIN = 28.0
#: Largest pack whose drawing is stored for the first paint (above it, the cells are
#: drawn without outlines and the state file would grow past ~200 kB).
MAX_STORED_CELLS = 2500


@dataclass(frozen=True)
class Drawing:
    """What the view paints, in metres: cell centres, parallel group of each cell, the
    series path through the group centres, and the texts of the block's dimensions."""

    centres: list[tuple[float, float]]
    group: list[int]
    path: list[tuple[float, float]]
    cell_x: float
    cell_y: float
    round_cells: bool
    width: float
    depth: float
    width_text: str
    depth_text: str

    @classmethod
    def of(cls, layout: BlockLayout) -> Drawing:
        from packconfig import display
        from packconfig.core.units import Q_

        return cls([(float(x), float(y)) for x, y in layout.centres],
                   [int(g) for g in layout.group],
                   [(float(x), float(y)) for x, y in layout.group_centres()],
                   float(layout.cell_x), float(layout.cell_y), bool(layout.round_cells),
                   float(layout.width), float(layout.depth),
                   display.quantity(Q_(layout.width, "m"), "length"),
                   display.quantity(Q_(layout.depth, "m"), "length"))

    @classmethod
    def from_state(cls, state: Any) -> Drawing | None:
        """A stored drawing, or None if ``state`` is not a sound one."""
        try:
            centres = [(float(x), float(y)) for x, y in state["centres"]]
            path = [(float(x), float(y)) for x, y in state["path"]]
            group = [int(g) for g in state["group"]]
            sizes = [float(state[k]) for k in ("cell_x", "cell_y", "width", "depth")]
            texts = str(state["width_text"]), str(state["depth_text"])
            round_cells = state["round_cells"] is True
        except (TypeError, ValueError, KeyError):
            return None
        numbers = sizes + [v for pt in centres + path for v in pt]
        if len(group) != len(centres) or len(centres) > MAX_STORED_CELLS \
                or not all(math.isfinite(v) for v in numbers):
            return None
        return cls(centres, group, path, *sizes[:2], round_cells, *sizes[2:], *texts)


def group_colour(index: int) -> QColor:
    """A distinct, soft colour per parallel group (golden-angle hues)."""
    return QColor.fromHsv(int(index * 137.508) % 360, 90, 235)


class LayoutView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layoutView")
        self.setMinimumSize(220, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout: Drawing | None = None
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
        self.set_drawing(Drawing.of(layout) if layout is not None else None, message)

    def set_drawing(self, drawing: Drawing | None, message: str = "") -> None:
        self._layout, self._message = drawing, message
        self.update()

    def state(self) -> dict[str, Any] | None:
        """The drawing shown, as plain data (None if none or too many cells to store)."""
        if self._layout is None or len(self._layout.centres) > MAX_STORED_CELLS:
            return None
        return asdict(self._layout)

    def show_state(self, state: Any) -> None:
        self.set_drawing(Drawing.from_state(state))

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
        path_pts = [pt(x, y) for x, y in lay.path]
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
        p.setPen(QColor("#444"))
        font.setBold(False)
        p.setFont(font)
        width_txt, depth_txt = lay.width_text, lay.depth_text
        p.drawText(QRectF(ox, oy + lay.depth * scale + 4, lay.width * scale, _MARGIN - 6),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                   self.tr("%1  (cell block)").replace("%1", width_txt))
        p.save()
        p.translate(ox - 6, oy + lay.depth * scale / 2)
        p.rotate(-90)
        p.drawText(QRectF(-100, -_MARGIN + 6, 200, _MARGIN - 8),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, depth_txt)
        p.restore()
