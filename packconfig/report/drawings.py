"""Vector drawings of the PDF quote (reportlab graphics): the pack layout seen from
above, the discharge (OCV) curve and the default logo mark.

The layout uses :func:`packconfig.core.layout.block_layout`, which reproduces the
engine's :func:`~packconfig.core.engine.block_dimensions`, so the drawn block is exactly
the block the spec table sizes.
"""

from __future__ import annotations

import math

import numpy as np
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

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


def layout_drawing(data: LayoutData, width: float, height: float) -> Drawing:
    """The S×P cells from above, scaled into ``width`` × ``height`` points, with the
    block dimensions and the B−/B+ ends of the series string."""
    d = Drawing(width, height)
    block = data.block
    if block is None:
        d.add(text(width / 2, height / 2, data.caption, 8, "middle"))
        return d
    margin_l, margin_b, margin_t, margin_r = 10 * mm, 8 * mm, 3 * mm, 3 * mm
    avail_w, avail_h = width - margin_l - margin_r, height - margin_b - margin_t
    bw, bh = block.width * 1000, block.depth * 1000  # mm
    scale = min(avail_w / bw, avail_h / bh)  # points per mm
    ox = margin_l + (avail_w - bw * scale) / 2
    oy = margin_b + (avail_h - bh * scale) / 2
    d.add(Rect(ox, oy, bw * scale, bh * scale, fillColor=colors.HexColor("#F4F6F9"),
               strokeColor=NAVY, strokeWidth=0.6))
    cx = ox + block.centres[:, 0] * 1000 * scale
    cy = oy + block.centres[:, 1] * 1000 * scale
    fx, fy = block.cell_x * 1000 * scale, block.cell_y * 1000 * scale
    stroke = 0.25 if min(fx, fy) > 3 else 0.1
    cells = Group()
    for x, y, g in zip(cx.tolist(), cy.tolist(), block.group.tolist(), strict=True):
        fill = GROUP_FILLS[g % 2]
        if block.round_cells:
            cells.add(Circle(x, y, fx / 2, fillColor=fill, strokeColor=NAVY,
                             strokeWidth=stroke))
        else:
            cells.add(Rect(x - fx / 2, y - fy / 2, fx, fy, fillColor=fill, strokeColor=NAVY,
                           strokeWidth=stroke))
    d.add(cells)
    # series-string ends
    centres = block.group_centres()
    first, last = centres[0], centres[-1]
    size = max(5.0, min(8.0, fx * 0.9))
    for (gx, gy), label, col in ((first, "B−", NAVY), (last, "B+", colors.HexColor("#B42318"))):
        x = ox + gx * 1000 * scale
        y = oy + gy * 1000 * scale
        d.add(String(x, y - size * 0.35, label, fontName=CJK_FONT if label == "B−" else BOLD_FONT,
                     fontSize=size, fillColor=col, textAnchor="middle"))
    # dimensions
    y_dim = oy - 4 * mm
    d.add(Line(ox, y_dim, ox + bw * scale, y_dim, strokeColor=MUTED, strokeWidth=0.4))
    for x in (ox, ox + bw * scale):
        d.add(Line(x, y_dim - 1.5, x, y_dim + 1.5, strokeColor=MUTED, strokeWidth=0.4))
    d.add(text(ox + bw * scale / 2, y_dim - 3 * mm, f"{bw:,.0f} mm", 7, "middle"))
    x_dim = ox - 4 * mm
    d.add(Line(x_dim, oy, x_dim, oy + bh * scale, strokeColor=MUTED, strokeWidth=0.4))
    for y in (oy, oy + bh * scale):
        d.add(Line(x_dim - 1.5, y, x_dim + 1.5, y, strokeColor=MUTED, strokeWidth=0.4))
    label = text(0, 0, f"{bh:,.0f} mm", 7, "middle")
    g = Group(label)
    g.translate(x_dim - 1.5 * mm, oy + bh * scale / 2)
    g.rotate(90)
    d.add(g)
    return d


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
