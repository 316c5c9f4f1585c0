"""The commercial steps of the PDF quote, mixed into
:class:`~packconfig.report.renderer.QuoteRenderer`: the letterhead (the seller's logo
and full profile in both scripts) and the price table (every line with its unit and
discount, flowing over as many pages as it needs with the header repeated, then the
totals with the tax of each class, never split).

Override a step in a subclass of ``QuoteRenderer`` as with any other step.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from packconfig.core.fs.resources import ResourceNotFound, resource_path
from packconfig.report import drawings

NAVY = drawings.NAVY
RULE = colors.HexColor("#C9D1DC")
APPLIED_BG = colors.HexColor("#E6F4F1")
#: The box a seller's logo is fitted into (aspect ratio kept).
LOGO_BOX = (34 * mm, 17 * mm)


class CommercialSteps:
    """Letterhead and price-table steps (see the module docstring)."""

    logo_resource = "logo/logo.png"

    def logo(self) -> Flowable | None:
        """The seller's logo as the quote recorded it, else the shipped mark."""
        data = self.data.logo
        if data:
            reader = ImageReader(io.BytesIO(data))
            w, h = reader.getSize()
            scale = min(LOGO_BOX[0] / w, LOGO_BOX[1] / h)
            return Image(io.BytesIO(data), width=w * scale, height=h * scale)
        try:
            path = resource_path(self.logo_resource)
        except ResourceNotFound:
            return None
        return Image(str(path), width=15 * mm, height=15 * mm)

    def seller_lines(self) -> list[Flowable]:
        d = self.data
        out = [self.para(d.seller.company or "", "company")]
        if d.seller.company_alt:
            out.append(self.para(d.seller.company_alt, "bold"))
        for f in d.seller.lines:
            text = f.text if f.key != "tax_id" else self.label("seller_tax_id", value=f.text)
            out.append(self.para(text, "small"))
        return out

    def letterhead(self) -> list[Flowable]:
        d = self.data
        logo = self.logo()
        logo_width = (logo.drawWidth + 3 * mm) if logo is not None else 0
        text_width = self.width - 70 * mm - 4 * mm - logo_width  # 4 mm clear of the title
        left = Table([[logo, self.seller_lines()]] if logo else [[self.seller_lines()]],
                     colWidths=[logo_width, text_width] if logo else [text_width])
        left.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0)]))
        meta = Table([[self.para(f.label, "label"), self.para(f.text, "num_bold"
                                                              if f.key == "number" else "num")]
                      for f in d.header], colWidths=[28 * mm, 40 * mm])
        meta.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        right = [self.para(d.title, "h1"), Spacer(1, 2 * mm), meta]
        if d.draft:
            right.insert(1, self.para(self.label("status_draft"), "num_bold"))
        top = Table([[left, right]], colWidths=[self.width - 70 * mm, 70 * mm])
        top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [top, Spacer(1, 3 * mm),
                HRFlowable(width="100%", thickness=1.6, color=NAVY, spaceAfter=4 * mm)]

    def price_columns(self) -> list[tuple[str, str, float]]:
        """``(row attribute, header label, width)``; the unit and discount columns only
        when a line has them (quotes from before lines look as they did)."""
        rows = self.data.price_rows
        cols = [("no", "line_no", 9 * mm), ("description", "description", 0.0),
                ("quantity", "quantity", 15 * mm)]
        if any(r.unit for r in rows):
            cols.append(("unit", "unit", 13 * mm))
        cols.append(("unit_price", "unit_price", 27 * mm))
        if any(r.discount for r in rows):
            cols.append(("discount", "discount_col", 12 * mm))
        cols.append(("amount", "amount", 30 * mm))
        rest = self.width - sum(w for _a, _l, w in cols)
        return [(a, label, w or rest) for a, label, w in cols]

    def pricing_table(self) -> list[Flowable]:
        d = self.data
        cols = self.price_columns()
        text_cols = ("no", "description", "unit")
        rows: list[list] = [[self.para(self.label(label), "th" if a in text_cols else "th_num")
                             for a, label, _w in cols]]
        for r in d.price_rows:
            rows.append([self.para(getattr(r, a), "body" if a in text_cols else "num")
                         for a, _label, _w in cols])
        # repeatRows: the header on every page; splitInRow: a very long description
        # may continue on the next page instead of failing the layout
        table = Table(rows, colWidths=[w for _a, _l, w in cols], repeatRows=1, splitInRow=1)
        table.setStyle(TableStyle(self.grid_style(len(rows))))
        w_amt = cols[-1][2]
        totals = []
        for f in d.totals:
            style = "total" if f.key == "total_incl_tax" else "num"
            totals.append([self.para(f.label, style), self.para(f.text, style)])
        tail = Table(totals, colWidths=[self.width - w_amt, w_amt])
        tail.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
            ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY),
            ("LINEBELOW", (0, -1), (-1, -1), 1.6, NAVY),
            ("BACKGROUND", (0, -1), (-1, -1), APPLIED_BG)]))
        # the totals block is never split across pages
        return [CondPageBreak(45 * mm), self.heading("pricing"), table,
                KeepTogether([tail])]
