"""The A4 report a leader signs: header of the office, period, tables, two charts, signature blocks.

Vietnamese throughout, in the embedded Noto Sans: the document's initial font is Noto Sans, so no
non-embedded Helvetica ends up in the file (checked with pdffonts in the tests).
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from kiosk.clock import to_local
from kiosk.services.documents.fonts import register_fonts
from kiosk.services.sample import SAMPLE_LINE
from kiosk.services.tally.exports.charts import horizontal_bars, vertical_bars
from kiosk.services.tally.exports.fmt import fmt_value
from kiosk.services.tally.exports.sections import Section, Val, build_sections
from kiosk.services.tally.exports.sections import Table as ReportTable
from kiosk.services.tally.model import Tally

LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 15 * mm, 15 * mm, 18 * mm
WIDTH = A4[0] - LEFT - RIGHT
MAX_DAYS_IN_PDF = 31  # a longer range lists its days in the spreadsheet, not on paper
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
HEADER_FILL = colors.HexColor("#e4ebf3")
LINE = colors.HexColor("#8796a5")


class _Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold
        base = ParagraphStyle("base", fontName=regular, fontSize=9, leading=11.5)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8, leading=9.6)
        self.cell_right = ParagraphStyle("cell_r", parent=self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=bold)
        self.head_right = ParagraphStyle("head_r", parent=self.head, alignment=TA_RIGHT)
        self.center = ParagraphStyle("center", parent=base, alignment=TA_CENTER, fontSize=10, leading=13)
        self.center_bold = ParagraphStyle("center_b", parent=self.center, fontName=bold)
        self.title = ParagraphStyle("title", parent=self.center, fontName=bold, fontSize=14, leading=18)
        self.part = ParagraphStyle("part", parent=base, fontName=bold, fontSize=12, leading=15, spaceBefore=8)
        self.h1 = ParagraphStyle(
            "h1", parent=base, fontName=bold, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=3
        )
        self.small_center = ParagraphStyle("small_c", parent=self.small, alignment=TA_CENTER)
        self.h2 = ParagraphStyle("h2", parent=base, fontName=bold, fontSize=9, leading=12, spaceBefore=5, spaceAfter=2)


def _layout_style(st: _Styles, *commands: tuple[Any, ...]) -> TableStyle:
    # A table cell holding a plain string (even "") is set in the table's font, Helvetica unless told otherwise.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), st.regular), *commands])


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _header(tally: Tally, st: _Styles) -> list[Flowable]:
    office = tally.office
    left = [
        _p(office.commune_name.upper(), st.center),
        _p(office.name.upper(), st.center_bold),
        _p("———————", st.center),
    ]
    right = [
        _p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st.center_bold),
        _p("Độc lập – Tự do – Hạnh phúc", st.center_bold),
        _p("———————", st.center),
    ]
    head = Table([[left, right]], colWidths=[WIDTH * 0.45, WIDTH * 0.55])
    head.setStyle(_layout_style(st, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)))
    d = tally.data
    point = d["point"]["name"] if d["point"] else "Tất cả các điểm (trung tâm xã, điểm hỗ trợ tại thôn, tổ lưu động)"
    period = tally.period
    when = d["labels"]["period"]
    if period.kind == "month":
        when += f" (từ ngày {period.start:%d/%m/%Y} đến ngày {period.end:%d/%m/%Y})"
    return [
        head,
        Spacer(1, 5 * mm),
        _p("BÁO CÁO TỔNG HỢP SỐ LIỆU HỖ TRỢ TẠI ĐIỂM", st.title),
        _p(when, st.center),
        _p(f"Nơi làm việc: {point}", st.center),
        Spacer(1, 3 * mm),
        _p(
            f"{d['labels']['local']}: do phần mềm ki-ốt tổng hợp từ số thứ tự, sổ ghi nhận hỗ trợ và phiếu đánh giá "
            "tại điểm. Đây không phải số liệu chính thức do Cổng Dịch vụ công tính; "
            f"{d['labels']['official'].lower()} được trình bày riêng ở mục cuối.",
            st.small,
        ),
    ]


def _cell(value: Any, kind: str, st: _Styles) -> Paragraph:
    if isinstance(value, Val):
        value, kind = value.value, value.kind
    right = kind in ("int", "rate", "min")
    return _p(fmt_value(value, kind), st.cell_right if right else st.cell)


def _table(table: ReportTable, st: _Styles) -> list[Flowable]:
    out: list[Flowable] = []
    if table.title:
        out.append(_p(table.title, st.h2))
    if not table.rows:
        out.append(_p("Không có số liệu trong kỳ.", st.small))
        return out
    total = sum(c.width for c in table.columns)
    widths = [WIDTH * c.width / total for c in table.columns]
    header = [_p(c.label, st.head_right if c.right else st.head) for c in table.columns]
    body = [[_cell(v, c.kind, st) for v, c in zip(row, table.columns, strict=True)] for row in table.rows]
    grid = Table([header, *body], colWidths=widths, repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.regular),
                ("GRID", (0, 0), (-1, -1), 0.4, LINE),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    out.append(grid)
    return out


def _charts(tally: Tally, st: _Styles) -> Table:
    d = tally.data
    hours = d["queue"]["by_hour"]
    a = d["assist"]
    w, h = WIDTH / 2 - 3 * mm, 58 * mm
    arrivals = vertical_bars("Số người đến theo giờ", [f"{k}h" for k in hours], list(hours.values()), w, h)
    outcomes = horizontal_bars(
        "Kết quả hỗ trợ thủ tục",
        ["Trực tuyến", "Trực tiếp", "Bưu chính", "Chưa nộp được"],
        [a["online"], a["in_person"], a["postal"], a["not_submitted"]],
        w,
        h,
        label_width=62,
    )
    charts = Table([[arrivals, outcomes]], colWidths=[WIDTH / 2, WIDTH / 2])
    charts.setStyle(_layout_style(st, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOX", (0, 0), (-1, -1), 0.4, LINE)))
    return charts


def _signatures(tally: Tally, st: _Styles) -> Flowable:
    day = to_local(tally.generated_at)
    place = tally.office.place or "……………"
    date_line = f"{place}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
    left = [
        Spacer(1, 13),
        _p("NGƯỜI LẬP BIỂU", st.center_bold),
        _p("(Ký, ghi rõ họ tên)", st.small_center),
    ]
    right = [
        _p(date_line, st.center),
        _p("LÃNH ĐẠO", st.center_bold),
        _p("(Ký, ghi rõ họ tên, đóng dấu)", st.small_center),
    ]
    block = Table([[left, right], ["", ""]], colWidths=[WIDTH * 0.45, WIDTH * 0.55], rowHeights=[None, 28 * mm])
    block.setStyle(_layout_style(st, ("VALIGN", (0, 0), (-1, -1), "TOP")))
    return KeepTogether([Spacer(1, 6 * mm), block])


def _section(index: int, section: Section, st: _Styles) -> list[Flowable]:
    if section.official:
        # Apart from the local figures and labelled as typed in by hand, with their source and date.
        return [
            _p(f"B. {section.title.upper()}", st.part),
            _p(
                "Chỉ tiêu do Cổng Dịch vụ công hoặc cơ quan cấp trên tính, được cán bộ nhập tay kèm nguồn và ngày "
                "của nguồn; phần mềm không tính các số liệu này.",
                st.small,
            ),
            *[f for table in section.tables for f in _table(table, st)],
        ]
    out: list[Flowable] = [_p(f"{ROMAN[index]}. {section.title.upper()}", st.h1)]
    for table in section.tables:
        out.extend(_table(table, st))
    return out


def render_pdf(tally: Tally) -> bytes:
    st = _Styles()
    buffer = io.BytesIO()
    title = f"Tổng hợp số liệu – {tally.data['labels']['period']}"
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author=tally.office.name,
        creator="kiosk",
        initialFontName=st.regular,
    )
    sections = [s for s in build_sections(tally) if s.key != "overview"]
    if tally.period.kind != "day" and len(tally.period.days) > MAX_DAYS_IN_PDF:
        sections = [s for s in sections if s.key != "by_day"]
    story: list[Flowable] = _header(tally, st)
    overview = build_sections(tally)[0]
    story.append(_p(f"A. {tally.data['labels']['local'].upper()}", st.part))
    figures = overview.tables[1]
    figures.title = None
    story.extend(_table(figures, st))
    story.append(Spacer(1, 3 * mm))
    story.append(_charts(tally, st))
    for index, section in enumerate(sections):
        story.extend(_section(index, section, st))
    story.append(_signatures(tally, st))
    generated = to_local(tally.generated_at).strftime("%H:%M %d/%m/%Y")

    def footer(canvas: Canvas, doc_: SimpleDocTemplate) -> None:
        canvas.saveState()
        if tally.office.sample:  # sample data: said at the top of every page, never mistaken for the commune's
            canvas.setFont(st.bold, 11)
            canvas.drawCentredString(A4[0] / 2, A4[1] - TOP / 2, SAMPLE_LINE)
        canvas.setFont(st.regular, 7.5)
        canvas.setFillColor(colors.HexColor("#3d4f61"))
        canvas.drawString(LEFT, 10 * mm, f"{title} – lập lúc {generated}")
        canvas.drawRightString(A4[0] - RIGHT, 10 * mm, f"Trang {doc_.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
