"""Vector drawings of the PDF quote (reportlab graphics): the pack layout seen from
above, the discharge (OCV) curve and the default logo mark.

The layout uses :func:`packconfig.core.pack.layout.block_layout`, which reproduces the
engine's :func:`~packconfig.core.pack.engine.block_dimensions`, so the drawn block is exactly
the block the spec table sizes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from packconfig.report.data import CurveData, LayoutData
from packconfig.report.fonts import BASE_FONT, BOLD_FONT, CJK_FONT, clean, has_cjk

NAVY = colors.HexColor("#1F3A5F")
TEAL = colors.HexColor("#0F766E")
GROUP_FILLS = (colors.HexColor("#DCE7F3"), colors.HexColor("#A9C1DD"))
GRID = colors.HexColor("#D9DEE5")
MUTED = colors.HexColor("#5B6573")


def _font(text: str, bold: bool = False) -> str:
    return CJK_FONT if has_cjk(text) else (BOLD_FONT if bold else BASE_FONT)


def text(x: float, y: float, value: str, size: float = 7, anchor: str = "start",
         color=MUTED, bold: bool = False) -> String:
    value = clean(value).replace("\n", " ")
    return String(x, y, value, fontName=_font(value, bold), fontSize=size, fillColor=color,
                  textAnchor=anchor)


@dataclass(frozen=True)
class LayoutGeometry:
    """The layout scaled into a box: cell centres and footprint in points."""

    x: np.ndarray
    y: np.ndarray
    group: np.ndarray
    cell_w: float
    cell_h: float
    round_cells: bool
    origin: tuple[float, float]
    size: tuple[float, float]  # block width, depth in points
    block_mm: tuple[float, float]
    ends: tuple[tuple[float, float], tuple[float, float]]  # B−, B+ positions


def layout_geometry(data: LayoutData, width: float, height: float) -> LayoutGeometry | None:
    block = data.block
    if block is None:
        return None
    margin_l, margin_b, margin_t, margin_r = 10 * mm, 8 * mm, 3 * mm, 3 * mm
    avail_w, avail_h = width - margin_l - margin_r, height - margin_b - margin_t
    bw, bh = block.width * 1000, block.depth * 1000  # mm
    scale = min(avail_w / bw, avail_h / bh)  # points per mm
    ox = margin_l + (avail_w - bw * scale) / 2
    oy = margin_b + (avail_h - bh * scale) / 2
    centres = block.group_centres()
    ends = tuple((ox + gx * 1000 * scale, oy + gy * 1000 * scale)
                 for gx, gy in (centres[0], centres[-1]))
    return LayoutGeometry(ox + block.centres[:, 0] * 1000 * scale,
                          oy + block.centres[:, 1] * 1000 * scale, block.group,
                          block.cell_x * 1000 * scale, block.cell_y * 1000 * scale,
                          block.round_cells, (ox, oy), (bw * scale, bh * scale), (bw, bh), ends)


class LayoutFlowable(Flowable):
    """The S×P cells from above with the block dimensions and the B−/B+ ends of the
    series string. Drawn straight on the canvas (two paths, one per shade), so a pack
    of thousands of cells stays fast."""

    def __init__(self, data: LayoutData, width: float, height: float) -> None:
        super().__init__()
        self.data, self.width, self.height = data, width, height

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        geo = layout_geometry(self.data, self.width, self.height)
        if geo is None:
            c.setFont(_font(self.data.caption), 8)
            c.setFillColor(MUTED)
            c.drawCentredString(self.width / 2, self.height / 2, clean(self.data.caption))
            return
        (ox, oy), (w, h) = geo.origin, geo.size
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.6)
        c.setFillColor(colors.HexColor("#F4F6F9"))
        c.rect(ox, oy, w, h, stroke=1, fill=1)
        c.setLineWidth(0.25 if min(geo.cell_w, geo.cell_h) > 3 else 0.1)
        for shade, fill in enumerate(GROUP_FILLS):
            path = c.beginPath()
            pick = geo.group % 2 == shade
            for x, y in zip(geo.x[pick].tolist(), geo.y[pick].tolist(), strict=True):
                if geo.round_cells:
                    path.circle(x, y, geo.cell_w / 2)
                else:
                    path.rect(x - geo.cell_w / 2, y - geo.cell_h / 2, geo.cell_w, geo.cell_h)
            c.setFillColor(fill)
            c.drawPath(path, stroke=1, fill=1)
        size = 6.5
        for (x, y), label, col in zip(geo.ends, ("B−", "B+"),
                                      (NAVY, colors.HexColor("#B42318")), strict=True):
            c.setStrokeColor(col)
            c.setLineWidth(0.6)
            c.setFillColor(colors.white)
            c.roundRect(x - size * 1.1, y - size * 0.6, size * 2.2, size * 1.2, 2,
                        stroke=1, fill=1)
            c.setFillColor(col)
            c.setFont(CJK_FONT if label == "B−" else BOLD_FONT, size)
            c.drawCentredString(x, y - size * 0.33, label)
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.4)
        c.setFillColor(MUTED)
        c.setFont(BASE_FONT, 7)
        y_dim = oy - 4 * mm
        c.line(ox, y_dim, ox + w, y_dim)
        for x in (ox, ox + w):
            c.line(x, y_dim - 1.5, x, y_dim + 1.5)
        c.drawCentredString(ox + w / 2, y_dim - 3 * mm, f"{geo.block_mm[0]:,.0f} mm")
        x_dim = ox - 4 * mm
        c.line(x_dim, oy, x_dim, oy + h)
        for y in (oy, oy + h):
            c.line(x_dim - 1.5, y, x_dim + 1.5, y)
        c.saveState()
        c.translate(x_dim - 1.5 * mm, oy + h / 2)
        c.rotate(90)
        c.drawCentredString(0, 0, f"{geo.block_mm[1]:,.0f} mm")
        c.restoreState()


def _nice_step(span: float) -> float:
    raw = span / 5
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def curve_drawing(data: CurveData, width: float, height: float) -> Drawing:
    """Pack OCV against SOC (0–100 %), with the cut-off and full-charge voltages."""
    d = Drawing(width, height)
    volts = data.voltage
    if not np.all(np.isfinite(volts)):
        d.add(text(width / 2, height / 2, "—", 8, "middle"))
        return d
    lo = float(np.nanmin([volts.min(), data.voltage_min]))
    hi = float(np.nanmax([volts.max(), data.voltage_max]))
    step = _nice_step(max(hi - lo, 1e-6))
    y_min = math.floor(lo / step) * step
    y_max = math.ceil(hi / step) * step
    if y_max - hi < step * 0.15:
        y_max += step
    plot = LinePlot()
    plot.x, plot.y = 13 * mm, 10 * mm
    plot.width, plot.height = width - plot.x - 3 * mm, height - plot.y - 3 * mm
    plot.data = [list(zip((data.soc * 100).tolist(), volts.tolist(), strict=True))]
    plot.lines[0].strokeColor = TEAL
    plot.lines[0].strokeWidth = 1.4
    xa, ya = plot.xValueAxis, plot.yValueAxis
    xa.valueMin, xa.valueMax, xa.valueStep = 0, 100, 20
    ya.valueMin, ya.valueMax, ya.valueStep = y_min, y_max, step
    for axis in (xa, ya):
        axis.labels.fontName = BASE_FONT
        axis.labels.fontSize = 7
        axis.labels.fillColor = MUTED
        axis.strokeColor = MUTED
        axis.strokeWidth = 0.5
        axis.gridStrokeColor = GRID
        axis.gridStrokeWidth = 0.4
        axis.visibleGrid = True
    ya.labelTextFormat = "%d" if step >= 1 else "%.1f"
    d.add(plot)
    # limit lines
    def y_of(v: float) -> float:
        return plot.y + (v - y_min) / (y_max - y_min) * plot.height

    for v in (data.voltage_min, data.voltage_max):
        if math.isfinite(v) and y_min <= v <= y_max:
            y = y_of(v)
            d.add(Line(plot.x, y, plot.x + plot.width, y, strokeColor=colors.HexColor("#B42318"),
                       strokeWidth=0.5, strokeDashArray=[2, 2]))
            d.add(text(plot.x + plot.width - 1, y + 1.5, f"{v:,.1f} V", 6.5, "end",
                       colors.HexColor("#B42318")))
    d.add(text(plot.x + plot.width / 2, 1.5 * mm, data.x_label, 7.5, "middle"))
    g = Group(text(0, 0, data.y_label, 7.5, "middle"))
    g.translate(3 * mm, plot.y + plot.height / 2)
    g.rotate(90)
    d.add(g)
    return d


def logo_drawing(size: float = 48) -> Drawing:
    """The default logo mark: a navy tile with a white cell outline and three charge bars."""
    d = Drawing(size, size)
    s = size / 48
    d.add(Rect(0, 0, 48 * s, 48 * s, rx=9 * s, ry=9 * s, fillColor=NAVY, strokeColor=None))
    d.add(Rect(9 * s, 14 * s, 27 * s, 20 * s, rx=3 * s, ry=3 * s, fillColor=None,
               strokeColor=colors.white, strokeWidth=2.6 * s))
    d.add(Rect(37.5 * s, 20 * s, 3.5 * s, 8 * s, rx=1 * s, ry=1 * s, fillColor=colors.white,
               strokeColor=None))
    for i in range(3):
        d.add(Rect((13 + i * 7) * s, 18 * s, 5 * s, 12 * s, fillColor=colors.HexColor("#5EEAD4"),
                   strokeColor=None))
    return d


def write_logo_png(path: str, pixels: int = 512) -> None:
    """Render :func:`logo_drawing` to a PNG (development helper; needs pdftoppm)."""
    import subprocess
    import tempfile
    from pathlib import Path

    from reportlab.graphics import renderPDF

    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "logo.pdf"
        renderPDF.drawToFile(logo_drawing(48), str(pdf))
        dpi = round(pixels / (48 / 72))
        subprocess.run(["pdftoppm", "-png", "-singlefile", "-r", str(dpi), str(pdf),
                        str(Path(tmp) / "logo")], check=True)
        Path(path).write_bytes((Path(tmp) / "logo.png").read_bytes())


if __name__ == "__main__":  # python -m packconfig.report.drawings OUT.png
    import sys

    write_logo_png(sys.argv[1])
