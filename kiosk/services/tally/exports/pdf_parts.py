"""The parts of an administrative report (Decree 30/2020/NĐ-CP, Appendix I) shared by the tally and the payment list.

Issuing body and national motto side by side, "Số: …/BC-…" under the body, place and date under the motto, the
document type and its summary, "Kính gửi", the body, then "Nơi nhận" bottom left beside the signature block.
Everything in the embedded Noto Sans (the shipped fonts have no italic, so the date line is upright).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from kiosk.clock import to_local
from kiosk.services.documents.fonts import register_fonts
from kiosk.services.tally.exports.fmt import fmt_value
from kiosk.services.tally.exports.layout import Table as ReportTable
from kiosk.services.tally.exports.layout import Val
from kiosk.services.tally.exports.pdf_flow import Block, Grid

# Decree 30: top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
LEFT, RIGHT, TOP, BOTTOM = 30 * mm, 15 * mm, 20 * mm, 20 * mm
WIDTH = A4[0] - LEFT - RIGHT
FRAME_HEIGHT = A4[1] - TOP - BOTTOM - 12  # SimpleDocTemplate's frame keeps 6 pt padding top and bottom
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"]
HEADER_FILL = colors.HexColor("#e4ebf3")
LINE = colors.HexColor("#8796a5")
PAD = 3  # cell padding left and right, points
BLANK_NUMBER = "\u00a0" * 8  # "Số:        /BC-UBND": room to write the number by hand


class ReportGrid(Grid):
    full_height = FRAME_HEIGHT


class Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold
        base = ParagraphStyle("base", fontName=regular, fontSize=10, leading=13)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8, leading=9.6, splitLongWords=0)
        self.cell_split = ParagraphStyle("cell_s", parent=self.cell, splitLongWords=1)
        self.cell_right = ParagraphStyle("cell_r", parent=self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=bold)
        self.head_right = ParagraphStyle("head_r", parent=self.head, alignment=TA_RIGHT)
        self.center = ParagraphStyle("center", parent=base, alignment=TA_CENTER, fontSize=10.5, leading=13.5)
        self.center_bold = ParagraphStyle("center_b", parent=self.center, fontName=bold)
        self.kind = ParagraphStyle("kind", parent=self.center_bold, fontSize=14, leading=18, spaceBefore=10)
        self.summary = ParagraphStyle("summary", parent=self.center_bold, fontSize=11.5, leading=15)
        self.h1 = ParagraphStyle("h1", parent=base, fontName=bold, fontSize=11, leading=14, spaceBefore=9, spaceAfter=3)
        self.h2 = ParagraphStyle(
            "h2", parent=base, fontName=bold, fontSize=9.5, leading=12, spaceBefore=5, spaceAfter=2
        )
        self.small_center = ParagraphStyle("small_c", parent=self.small, alignment=TA_CENTER)
        self.copies_head = ParagraphStyle("copies_h", parent=base, fontName=bold, fontSize=9.5, leading=12)
        self.copies = ParagraphStyle("copies", parent=base, fontSize=8.5, leading=11)


def p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def layout_style(st: Styles, *commands: tuple[Any, ...]) -> TableStyle:
    # A table cell holding a plain string (even "") is set in the table's font, Helvetica unless told otherwise.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), st.regular), *commands])


def date_line(place: str, moment: datetime) -> str:
    day = to_local(moment)
    return f"{place or '……………'}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def header(
    st: Styles,
    *,
    parent_body: str,
    body: str,
    report: dict[str, Any],
    place: str,
    made: datetime,
    kind: str,
    summary: Sequence[str],
    recipient: bool = True,
) -> list[Flowable]:
    """Issuing body | motto; Số | place and date; the document type, its summary lines and 'Kính gửi'."""
    number = report.get("number") or BLANK_NUMBER
    symbol = report.get("symbol") or "BC-UBND"
    left = [p(parent_body.upper(), st.center), p(body.upper(), st.center_bold), p("————", st.center)]
    right = [
        p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st.center_bold),
        p("Độc lập - Tự do - Hạnh phúc", st.center_bold),
        p("————————————", st.center),
    ]
    head = Table(
        [[left, right], [p(f"Số: {number}/{symbol}", st.center), p(date_line(place, made), st.center)]],
        colWidths=[WIDTH * 0.42, WIDTH * 0.58],
    )
    head.setStyle(
        layout_style(
            st,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        )
    )
    out: list[Flowable] = [head, p(kind, st.kind), *[p(line, st.summary) for line in summary], Spacer(1, 3 * mm)]
    if recipient:
        # A report sent upward names its recipient; unset, a dotted line to fill in by hand.
        out += [p(f"Kính gửi: {report.get('recipient') or '……………………………………………'}", st.center), Spacer(1, 3 * mm)]
    return out


def _widths(table: ReportTable, cells: list[list[str]], st: Styles) -> list[float]:
    """Column widths from the declared proportions, but never narrower than a column's longest word.

    A code such as LUU-DONG or a date is one word: it must never break inside ("LUU-DON / G").
    """
    total = sum(c.width for c in table.columns)
    wanted = [WIDTH * c.width / total for c in table.columns]
    floor = []
    for i, column in enumerate(table.columns):
        words = [w for row in cells for w in row[i].split()]
        longest = max((stringWidth(w, st.regular, 8) for w in words), default=0)
        head = max((stringWidth(w, st.bold, 8) for w in column.label.split()), default=0)
        # A web address in a source is one "word" too: past 40% of the page it may break, a code never is that long.
        floor.append(min(max(longest, head) + 2 * PAD + 1, WIDTH * 0.4))
    if sum(floor) >= WIDTH:
        return [WIDTH * f / sum(floor) for f in floor]
    widths = list(wanted)
    # Columns below their floor take it; the others give up width in proportion to what they have.
    while True:
        short = [i for i, w in enumerate(widths) if w < floor[i] - 0.01]
        if not short:
            return widths
        fixed = {i for i, w in enumerate(widths) if w <= floor[i] + 0.01}
        for i in short:
            widths[i] = floor[i]
        free = [i for i in range(len(widths)) if i not in fixed]
        room = WIDTH - sum(widths[i] for i in fixed)
        have = sum(wanted[i] for i in free)
        if not free or have <= 0:
            return widths
        for i in free:
            widths[i] = room * wanted[i] / have


def cell_text(value: Any, kind: str) -> tuple[str, bool]:
    if isinstance(value, Val):
        value, kind = value.value, value.kind
    return fmt_value(value, kind), kind in ("int", "rate", "min")


def grid(table: ReportTable, st: Styles, *, bold_last: bool = False) -> Flowable:
    """The table with its header row repeated on every page, or a sentence when it has no rows."""
    if not table.rows:
        return p("Không có số liệu trong kỳ.", st.small)
    texts = [[cell_text(v, c.kind) for v, c in zip(row, table.columns, strict=True)] for row in table.rows]
    widths = _widths(table, [[t for t, _ in row] for row in texts], st)
    header_row = [p(c.label, st.head_right if c.right else st.head) for c in table.columns]

    def style(text: str, right: bool, width: float) -> ParagraphStyle:
        if right:
            return st.cell_right
        longest = max((stringWidth(w, st.regular, 8) for w in text.split()), default=0)
        # Only a word wider than its whole column may break (a long web address); codes and names never do.
        return st.cell_split if longest > width - 2 * PAD else st.cell

    body = [[p(t, style(t, right, widths[i])) for i, (t, right) in enumerate(row)] for row in texts]
    if bold_last and body:
        body[-1] = [p(t, st.head_right if right else st.head) for t, right in texts[-1]]
    out = ReportGrid([header_row, *body], colWidths=widths, repeatRows=1)
    out.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.regular),
                ("GRID", (0, 0), (-1, -1), 0.4, LINE),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ]
        )
    )
    return out


def signature(st: Styles, report: dict[str, Any], *, preparer: bool = False) -> Flowable:
    """'Nơi nhận' bottom left, the signer's authority, title, room to sign and seal, and name on the right."""
    copies = [c.strip() for c in str(report.get("copies_to") or "").split(";") if c.strip()] or ["Lưu: VT"]
    left: list[Flowable] = [p("Nơi nhận:", st.copies_head)]
    for i, c in enumerate(copies):
        left.append(p(f"- {c}{'.' if i == len(copies) - 1 else ';'}", st.copies))
    right: list[Flowable] = []
    if report.get("signer_authority"):
        right.append(p(report["signer_authority"].upper(), st.center_bold))
    right.append(p((report.get("signer_title") or "THỦ TRƯỞNG ĐƠN VỊ").upper(), st.center_bold))
    right.append(Spacer(1, 22 * mm))
    right.append(p(report.get("signer_name") or " ", st.center_bold))
    if preparer:
        # A payment list is signed by whoever drew it up and the head of the unit; it is sent to nobody.
        left = [p("NGƯỜI LẬP BIỂU", st.center_bold), Spacer(1, 22 * mm), p(" ", st.center_bold)]
    block = Table([[left, right]], colWidths=[WIDTH * 0.45, WIDTH * 0.55])
    pad = ("LEFTPADDING", (0, 0), (-1, -1), 0)
    block.setStyle(layout_style(st, ("VALIGN", (0, 0), (-1, -1), "TOP"), pad, ("TOPPADDING", (0, 0), (-1, -1), 0)))
    return block


def section_blocks(
    index: int, title: str, tables: Sequence[ReportTable], st: Styles, *, bold_last: Sequence[str] = ()
) -> list[Flowable]:
    """'I. TITLE', then '1. table title' and the table, each heading kept with the first rows below it.

    A section of one table needs no '1.'; a one-column note table reads as a sentence under the table before it.
    """
    heading = p(f"{ROMAN[index]}. {title.upper()}", st.h1)
    notes = [t for t in tables if t.key.endswith(".note")]
    grids = [t for t in tables if t not in notes]
    out: list[Flowable] = []
    for n, table in enumerate(grids, start=1):
        heads = [heading] if n == 1 else []
        if len(grids) > 1:
            heads.append(p(f"{n}. {table.title or 'Số liệu chung'}", st.h2))
        out.append(Block(heads, grid(table, st, bold_last=table.key in bold_last)))
    if not grids:
        out.append(Block([heading], p("Không có số liệu trong kỳ.", st.small)))
    for note in notes:
        out.append(Block([], p(" ".join(str(row[0]) for row in note.rows), st.small)))
    return out


def keep_with_signature(story: list[Flowable], sign: Flowable) -> list[Flowable]:
    """The signature joins the last block of the story, so it always has at least the last rows with it."""
    last = story[-1] if story else None
    if isinstance(last, Block) and not last.tail:
        return [*story[:-1], Block(last.heads, last.body, [Spacer(1, 5 * mm), sign])]
    return [*story, Block([], Spacer(1, 5 * mm), [sign])]


def build(story: list[Flowable], *, title: str, author: str, footer_note: str, top_note: str | None = None) -> bytes:

    st = Styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author=author,
        creator="kiosk",
        initialFontName=st.regular,
    )

    def footer(canvas: Canvas, doc_: SimpleDocTemplate) -> None:
        canvas.saveState()
        if top_note:  # sample data: said at the top of every page, never mistaken for the commune's figures
            canvas.setFont(st.bold, 11)
            canvas.drawCentredString(A4[0] / 2, A4[1] - TOP / 2, top_note)
        canvas.setFont(st.regular, 7.5)
        canvas.setFillColor(colors.HexColor("#3d4f61"))
        canvas.drawString(LEFT, 10 * mm, footer_note)
        canvas.drawRightString(A4[0] - RIGHT, 10 * mm, f"Trang {doc_.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
