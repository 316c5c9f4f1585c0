"""The reportlab renderer of the PDF quote.

:class:`QuoteRenderer` lays out a :class:`~packconfig.report.data.ReportData` with
platypus. The document is a list of *steps* (:attr:`QuoteRenderer.steps`), each a
method returning flowables; subclass and override a step (or change ``steps``) to
change one part without touching the rest — see docs/pdf.md. Page decorations (the
continuation header, the draft mark and the "Page x of y" footer) are drawn by
:meth:`QuoteRenderer.on_page` and a counting canvas (:meth:`QuoteRenderer.footer`).

Every piece of text goes through :meth:`QuoteRenderer.para`, which escapes it (customer
text is data, never markup) and sets non-WinAnsi runs in the CJK font.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from packconfig.report import drawings, renderer_commercial, sections_performance
from packconfig.report.data import Field, ReportData
from packconfig.report.fonts import BASE_FONT, BOLD_FONT, CJK_FONT, has_cjk, markup, register_fonts
from packconfig.report.renderer_commercial import CommercialSteps
from packconfig.report.sections_pack import PackSectionsMixin


def shorten(text: str, limit: int = 160) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for places that repeat a
    name the customer block already prints in full (the signature block)."""
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

class SignatureSpot(Spacer):
    """A blank area that records where it was drawn: ``sink["page"]`` (0-based) and
    ``sink["box"]`` (x1, y1, x2, y2 in PDF points), where a digital signature's visible
    field goes (:mod:`packconfig.report.signing`)."""

    def __init__(self, width: float, height: float, sink: dict) -> None:
        super().__init__(width, height)
        self.sink = sink

    def draw(self) -> None:
        x1, y1 = self.canv.absolutePosition(0, 0)
        x2, y2 = self.canv.absolutePosition(self.width, self.height)
        self.sink.update(page=self.canv.getPageNumber() - 1, box=(x1, y1, x2, y2))


def fit(text: str, width: float, size: float, font: str) -> str:
    """``text`` cut with an ellipsis to fit ``width`` points (for one-line page furniture:
    the continuation header repeats a name the letterhead prints in full)."""
    face = CJK_FONT if has_cjk(text) else font
    if stringWidth(text, face, size) <= width:
        return text
    while text and stringWidth(text + "…", face, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


NAVY = renderer_commercial.NAVY
TEAL = drawings.TEAL
MUTED = drawings.MUTED
RULE = renderer_commercial.RULE
ZEBRA = colors.HexColor("#F4F6F9")
HEAD_BG = colors.HexColor("#1F3A5F")
APPLIED_BG = renderer_commercial.APPLIED_BG
SEVERITY = {"error": colors.HexColor("#B42318"), "warning": colors.HexColor("#B54708"),
            "info": colors.HexColor("#5B6573")}


class QuoteRenderer(CommercialSteps, PackSectionsMixin):
    """Renders one quote. Override any step; keep each step's contract: return a list
    of flowables (possibly empty)."""

    page_size = A4
    left_margin = right_margin = 18 * mm
    top_margin = 16 * mm
    bottom_margin = 18 * mm

    steps: tuple[str, ...] = (
        "letterhead", "customer_block", "pack_summary", "spec_table", "module_table",
        "drawings", "pack_drawing", "bom_summary", "pricing_table", "commercial_table",
        "tier_table", "performance", "lifetime", "warnings", "notes", "terms", "signature",
    )

    def __init__(self, data: ReportData) -> None:
        register_fonts()
        self.data = data
        #: where the seller's signature goes, filled by render() (see SignatureSpot)
        self.signature_spot: dict = {}
        self.styles = self.make_styles()
        # the frame's own 6 pt paddings on each side are inside the margins
        self.width = self.page_size[0] - self.left_margin - self.right_margin - 12

    # ------------------------------------------------------------------ basics
    def make_styles(self) -> dict[str, ParagraphStyle]:
        body = ParagraphStyle("body", fontName=BASE_FONT, fontSize=8.5, leading=11.2,
                              textColor=colors.HexColor("#1D2733"))
        s = {
            "body": body,
            "bold": ParagraphStyle("bold", body, fontName=BOLD_FONT),
            "num": ParagraphStyle("num", body, alignment=TA_RIGHT),
            "num_bold": ParagraphStyle("num_bold", body, fontName=BOLD_FONT, alignment=TA_RIGHT),
            "center": ParagraphStyle("center", body, alignment=TA_CENTER),
            "small": ParagraphStyle("small", body, fontSize=7, leading=9, textColor=MUTED),
            "label": ParagraphStyle("label", body, textColor=MUTED),
            "th": ParagraphStyle("th", body, fontName=BOLD_FONT, fontSize=8,
                                 textColor=colors.white),
            "th_num": ParagraphStyle("th_num", body, fontName=BOLD_FONT, fontSize=8,
                                     textColor=colors.white, alignment=TA_RIGHT),
            "h1": ParagraphStyle("h1", body, fontName=BOLD_FONT, fontSize=20, leading=24,
                                 textColor=NAVY, alignment=TA_RIGHT),
            "h2": ParagraphStyle("h2", body, fontName=BOLD_FONT, fontSize=10.5, leading=13,
                                 textColor=NAVY, spaceBefore=9, spaceAfter=4),
            "company": ParagraphStyle("company", body, fontName=BOLD_FONT, fontSize=13,
                                      leading=16, textColor=NAVY),
            "customer": ParagraphStyle("customer", body, fontName=BOLD_FONT, fontSize=10,
                                       leading=13),
            "total": ParagraphStyle("total", body, fontName=BOLD_FONT, fontSize=9.5,
                                    leading=12, alignment=TA_RIGHT),
            "caption": ParagraphStyle("caption", body, fontSize=7, leading=9, textColor=MUTED,
                                      alignment=TA_LEFT),
        }
        for name in list(s):  # CJK twins break lines between any two characters
            s[name + "_cjk"] = ParagraphStyle(name + "_cjk", s[name], wordWrap="CJK")
        return s

    def label(self, key: str, **params: object) -> str:
        return self.data.label(key, **params)

    def para(self, text: object, style: str = "body") -> Paragraph:
        """A Paragraph of plain ``text`` (escaped; CJK runs in the CJK font)."""
        raw = "" if text is None else str(text)
        name = style
        if has_cjk(raw) and (len(raw) > 40 or stringWidth(raw, CJK_FONT, 9) > 60):
            name = style + "_cjk"  # CJK line breaking (slower) only for text that may wrap
        return Paragraph(markup(raw), self.styles[name])

    def heading(self, key: str) -> Paragraph:
        return self.para(self.label(key), "h2")

    def field_table(self, fields: Sequence[Field], label_width: float,
                    value_style: str = "body", zebra: bool = True) -> Table:
        rows = [[self.para(f.label, "label"), self.para(f.text, value_style)] for f in fields]
        table = Table(rows, colWidths=[label_width, self.width - label_width])
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
                 ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)]
        if zebra:
            style += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(0, len(rows), 2)]
        table.setStyle(TableStyle(style))
        return table

    def grid_style(self, rows: int, header: bool = True) -> list[tuple]:
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                 ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)]
        if header:
            style += [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                      ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
        start = 1 if header else 0
        style += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(start + 1, rows, 2)]
        return style

    # ------------------------------------------------------------------- steps
    def customer_block(self) -> list[Flowable]:
        c = self.data.customer
        rows = [[self.para(self.label("customer"), "label"), self.para(c.company, "customer")]]
        if c.company_alt:  # the name in the other script (a customer from the book)
            rows.append(["", self.para(c.company_alt, "bold")])
        rows += [[self.para(f.label, "label"), self.para(f.text)] for f in c.lines]
        # splitInRow: a very long name or address flows on to the next page
        table = Table(rows, colWidths=[30 * mm, self.width - 30 * mm], splitInRow=1)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                   ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                                   ("LINEBEFORE", (0, 0), (0, -1), 2.5, TEAL),
                                   ("TOPPADDING", (0, 0), (-1, 0), 5),
                                   ("BOTTOMPADDING", (0, -1), (-1, -1), 5)]))
        return [table]

    def pack_summary(self) -> list[Flowable]:
        d = self.data
        fields = list(d.cell) + [d.configuration]
        rows = []
        for f in fields:
            style = "small" if f.key == "source" else ("bold" if f.key == "configuration"
                                                       else "body")
            rows.append([self.para(f.label, "label"), self.para(f.text, style)])
        table = Table(rows, colWidths=[45 * mm, self.width - 45 * mm])
        table.setStyle(TableStyle(self.grid_style(len(rows), header=False)))
        return [self.heading("pack_summary"), table]

    def spec_table(self) -> list[Flowable]:
        rows = [[self.para(self.label("parameter"), "th"), self.para(self.label("value"), "th")]]
        rows += [[self.para(f.label), self.para(f.text)] for f in self.data.spec]
        table = Table(rows, colWidths=[85 * mm, self.width - 85 * mm], repeatRows=1)
        table.setStyle(TableStyle(self.grid_style(len(rows))))
        return [KeepTogether([self.heading("specification"), table])]

    def drawings(self) -> list[Flowable]:
        d = self.data
        half = (self.width - 6 * mm) / 2
        layout = drawings.LayoutFlowable(d.layout, half, 72 * mm)
        curve = drawings.curve_drawing(d.curve, half, 72 * mm)
        table = Table([[self.para(d.layout.title, "bold"), "", self.para(d.curve.title, "bold")],
                       [layout, "", curve],
                       [self.para(d.layout.caption, "caption"), "",
                        self.para(d.curve.caption, "caption")]],
                      colWidths=[half, 6 * mm, half])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOX", (0, 1), (0, 1), 0.4, RULE),
                                   ("BOX", (2, 1), (2, 1), 0.4, RULE)]))
        return [CondPageBreak(100 * mm), Spacer(1, 2 * mm), table]

    def commercial_table(self) -> list[Flowable]:
        return [KeepTogether([self.heading("commercial"),
                              self.field_table(self.data.commercial, 50 * mm)])]

    def tier_table(self) -> list[Flowable]:
        d = self.data
        if not d.tiers:
            return []
        rows = [[self.para(self.label("tier_quantity"), "th"),
                 self.para(self.label("tier_discount"), "th_num"),
                 self.para(self.label("tier_unit_price"), "th_num"), ""]]
        for t in d.tiers:
            rows.append([self.para(t.quantity, "bold" if t.applied else "body"),
                         self.para(t.discount, "num"),
                         self.para(t.unit_price, "num_bold" if t.applied else "num"),
                         self.para(self.label("tier_applied") if t.applied else "", "small")])
        table = Table(rows, colWidths=[50 * mm, 25 * mm, 40 * mm, self.width - 115 * mm],
                      repeatRows=1)
        style = self.grid_style(len(rows))
        style += [("BACKGROUND", (0, i + 1), (-1, i + 1), APPLIED_BG)
                  for i, t in enumerate(d.tiers) if t.applied]
        style += [("LEFTPADDING", (3, 0), (3, -1), 10)]
        table.setStyle(TableStyle(style))
        return [KeepTogether([self.heading("tier_table"), table, Spacer(1, 1.5 * mm),
                              self.para(d.tier_note, "caption")])]

    def lifetime(self) -> list[Flowable]:
        """Usage assumed, SOH curve, warranty terms, guaranteed vs typical (issue 17)."""
        from packconfig.report.sections_life import life_section

        return life_section(self)

    def performance(self) -> list[Flowable]:
        """Behaviour in use (report/sections_performance.py)."""
        return sections_performance.flowables(self)

    def warnings(self) -> list[Flowable]:
        items = self.data.warnings
        if not items:
            return []
        rows = [["", self.para(w.text)] for w in items]
        table = Table(rows, colWidths=[2 * mm, self.width - 2 * mm])
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                 ("LEFTPADDING", (1, 0), (1, -1), 6)]
        for i, w in enumerate(items):
            style.append(("BACKGROUND", (0, i), (0, i), SEVERITY.get(w.severity, MUTED)))
            style.append(("LINEBELOW", (1, i), (1, i), 0.25, RULE))
        table.setStyle(TableStyle(style))
        return [KeepTogether([self.heading("warnings"), table])]

    def notes(self) -> list[Flowable]:
        if not self.data.notes:
            return []
        return [CondPageBreak(30 * mm), self.heading("notes"), self.para(self.data.notes)]

    def terms(self) -> list[Flowable]:
        rows = [[self.para(f"{i}.", "body"), self.para(t)]
                for i, t in enumerate(self.data.terms, start=1)]
        if not rows:
            return []
        table = Table(rows, colWidths=[7 * mm, self.width - 7 * mm], splitInRow=1)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2)]))
        return [CondPageBreak(40 * mm), self.heading("terms"), table]

    def signature(self) -> list[Flowable]:
        d = self.data
        half = (self.width - 10 * mm) / 2

        def block(title_key: str, company: str, seal: bool) -> Table:
            rows = [[self.para(self.label(title_key), "bold")],
                    [self.para(shorten(company) or " ", "body")],
                    [Spacer(1, 9 * mm)],
                    [self.para(self.label("name_title"), "small")],
                    [Spacer(1, 9 * mm) if seal else SignatureSpot(half, 9 * mm,
                                                                  self.signature_spot)],
                    [self.para(self.label("signature_line") + (
                        " / " + self.label("company_seal") if seal else ""), "small")],
                    [Spacer(1, 7 * mm)],
                    [self.para(self.label("sign_date"), "small")]]
            t = Table(rows, colWidths=[half])
            t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                   ("LINEABOVE", (0, 3), (0, 3), 0.5, MUTED),
                                   ("LINEABOVE", (0, 5), (0, 5), 0.5, MUTED),
                                   ("LINEABOVE", (0, 7), (0, 7), 0.5, MUTED)]))
            return t

        table = Table([[block("for_seller", d.seller.company, False), "",
                        block("for_customer", d.customer.company, True)]],
                      colWidths=[half, 10 * mm, half])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [KeepTogether([self.heading("signature"), Spacer(1, 1 * mm), table])]

    # ----------------------------------------------------------- page furniture
    def on_page(self, canvas: Canvas, doc: SimpleDocTemplate) -> None:
        """Continuation header on pages after the first, and the draft mark."""
        d = self.data
        w, h = self.page_size
        canvas.saveState()
        if doc.page > 1:
            y = h - self.top_margin + 5 * mm
            right = self.label("continued", label=d.quote_label)
            room = (w - self.left_margin - self.right_margin - 8 * mm
                    - stringWidth(right, CJK_FONT if has_cjk(right) else BASE_FONT, 8))
            self._string(canvas, self.left_margin, y, fit(d.seller.company, room, 8, BOLD_FONT),
                         8, BOLD_FONT, NAVY)
            self._string(canvas, w - self.right_margin, y, right, 8, BASE_FONT, MUTED,
                         right=True)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(self.left_margin, y - 2 * mm, w - self.right_margin, y - 2 * mm)
        if d.draft:
            canvas.setFillColor(colors.Color(0.85, 0.2, 0.2, alpha=0.10))
            canvas.setFont(BOLD_FONT, 90)
            canvas.translate(w / 2, h / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, -30, "DRAFT")
        canvas.restoreState()

    @staticmethod
    def _string(canvas: Canvas, x: float, y: float, text: str, size: float, font: str,
                color, right: bool = False) -> None:
        font = CJK_FONT if has_cjk(text) else font
        canvas.setFont(font, size)
        canvas.setFillColor(color)
        (canvas.drawRightString if right else canvas.drawString)(x, y, text)

    def footer(self, canvas: Canvas, page: int, pages: int) -> None:
        """Drawn on every page once the page count is known."""
        w = self.page_size[0]
        y = self.bottom_margin - 9 * mm
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.left_margin, y + 4 * mm, w - self.right_margin, y + 4 * mm)
        self._string(canvas, self.left_margin, y, self.data.footer, 7.5, BASE_FONT, MUTED)
        self._string(canvas, w - self.right_margin, y,
                     self.label("page", page=page, pages=pages), 7.5, BASE_FONT, MUTED,
                     right=True)
        canvas.restoreState()

    def canvasmaker(self) -> type[Canvas]:
        renderer = self

        class NumberedCanvas(Canvas):
            """Keeps each page's state and draws the footers at save, when the total
            page count is known."""

            def __init__(self, *args, **kwargs) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict] = []

            def showPage(self) -> None:  # noqa: N802 (reportlab API)
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._pages)
                for number, state in enumerate(self._pages, start=1):
                    self.__dict__.update(state)
                    renderer.footer(self, number, total)
                    super().showPage()
                super().save()

        return NumberedCanvas

    # ------------------------------------------------------------------ render
    def story(self) -> list[Flowable]:
        out: list[Flowable] = []
        for step in self.steps:
            out.extend(getattr(self, step)() or [])
        return out

    def render(self) -> bytes:
        """The PDF as bytes (without the quote.json attachment)."""
        buf = io.BytesIO()
        meta = self.data.metadata
        doc = SimpleDocTemplate(
            buf, pagesize=self.page_size, leftMargin=self.left_margin,
            rightMargin=self.right_margin, topMargin=self.top_margin,
            bottomMargin=self.bottom_margin, title=meta.get("title", ""),
            author=meta.get("author", ""), subject=meta.get("subject", ""),
            keywords=meta.get("keywords", ""), creator=meta.get("creator", "packconfig"),
            lang="zh-CN" if self.data.language == "zh" else "en")
        doc.build(self.story(), onFirstPage=self.on_page, onLaterPages=self.on_page,
                  canvasmaker=self.canvasmaker())
        return buf.getvalue()
