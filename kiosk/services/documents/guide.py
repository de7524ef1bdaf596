"""Instruction sheets (A4, A5) rendered from a guide document: large print, numbered steps, QR links.

Body text is never below 14 pt; the sheet says where to get help (office, address, hotline) and the date its
content was last checked, because procedures and apps change.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kiosk.errors import InputError
from kiosk.services.documents.draw import RULE_PT, fonts
from kiosk.services.documents.handout import QrLink
from kiosk.services.documents.qr import draw_qr

GUIDE_SIZES = ("a4", "a5")


@dataclass(frozen=True)
class GuideStep:
    title: str
    text: str


@dataclass(frozen=True)
class GuideProblem:
    problem: str
    fix: str


@dataclass(frozen=True)
class HelpPlace:
    office_name: str
    address: str | None = None
    hotline: str | None = None


@dataclass(frozen=True)
class GuideView:
    slug: str
    title: str
    version_date: date
    summary: str | None = None
    bring: Sequence[str] = ()
    steps: Sequence[GuideStep] = ()
    problems: Sequence[GuideProblem] = ()
    links: Sequence[QrLink] = ()
    warning: str | None = None
    sources: Sequence[str] = ()


# Symbols writers like but Noto Sans lacks: printed as the nearest glyph the font has instead of an empty box.
_SUBSTITUTES = str.maketrans({"→": "›", "⇒": "›", "➜": "›", "➔": "›", "✓": "•", "✔": "•", "⚠": "!", "☎": "ĐT"})


def _text(value: Any) -> str:
    return " ".join(str(value).translate(_SUBSTITUTES).split()) if value is not None else ""


def _items(slug: str, content: dict[str, Any], name: str) -> list[Any]:
    value = content.get(name) or []
    if not isinstance(value, list):
        raise InputError(f"Tờ hướng dẫn '{slug}': mục '{name}' phải là một danh sách.")
    return value


def _pairs(slug: str, content: dict[str, Any], name: str, keys: tuple[str, str]) -> list[tuple[str, str]]:
    pairs = []
    for number, item in enumerate(_items(slug, content, name), start=1):
        if not isinstance(item, dict) or not all(_text(item.get(k)) for k in keys):
            raise InputError(
                f"Tờ hướng dẫn '{slug}': phần tử {number} của mục '{name}' cần đủ '{keys[0]}' và '{keys[1]}'."
            )
        pairs.append((_text(item[keys[0]]), _text(item[keys[1]])))
    return pairs


def guide_view(slug: str, content: dict[str, Any], extra_links: Sequence[QrLink] = ()) -> GuideView:
    """Build the view from the stored YAML document; a malformed field becomes one sentence naming it."""
    title = _text(content.get("title"))
    raw_date = content.get("version_date")
    try:
        version = raw_date if isinstance(raw_date, date) else date.fromisoformat(str(raw_date))
    except ValueError:
        raise InputError(f"Tờ hướng dẫn '{slug}' thiếu ngày kiểm tra nội dung (version_date).") from None
    if not title:
        raise InputError(f"Tờ hướng dẫn '{slug}' thiếu tiêu đề (title).")
    links = list(extra_links) + [QrLink(url, label) for label, url in _pairs(slug, content, "links", ("label", "url"))]
    return GuideView(
        slug=slug,
        title=title,
        version_date=version,
        summary=_text(content.get("summary")) or None,
        bring=[_text(b) for b in _items(slug, content, "bring") if _text(b)],
        steps=[GuideStep(t, x) for t, x in _pairs(slug, content, "steps", ("title", "text"))],
        problems=[GuideProblem(p, f) for p, f in _pairs(slug, content, "problems", ("problem", "fix"))],
        links=links,
        warning=_text(content.get("warning")) or None,
        sources=[_text(s) for s in _items(slug, content, "sources") if _text(s)],
    )


# ---------------------------------------------------------------- layout


@dataclass(frozen=True)
class _Layout:
    pagesize: tuple[float, float]
    margin: float
    title: float
    heading: float
    body: float
    number: float
    qr: float
    qr_per_row: int


_LAYOUTS = {
    "a4": _Layout(A4, 18 * mm, 26, 19, 15, 22, 36 * mm, 3),
    "a5": _Layout(A5, 12 * mm, 21, 17, 14, 19, 32 * mm, 2),
}


class QrFlowable(Flowable):
    """A vector QR code in a platypus story."""

    def __init__(self, data: str, size: float) -> None:
        super().__init__()
        self.data = data
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, 0, 0, self.size, self.data)


def check_size(size: str) -> str:
    value = size.strip().lower()
    if value not in GUIDE_SIZES:
        raise InputError(f"Khổ giấy '{size}' không hợp lệ; chọn a4 hoặc a5.")
    return value


def _styles(lay: _Layout) -> dict[str, ParagraphStyle]:
    regular, bold = fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=lay.body, leading=lay.body * 1.35, spaceAfter=3)
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=lay.title, leading=lay.title * 1.2, spaceAfter=6),
        "heading": ParagraphStyle(
            "heading",
            fontName=bold,
            fontSize=lay.heading,
            leading=lay.heading * 1.25,
            spaceBefore=12,
            spaceAfter=6,
        ),
        "body": body,
        "bold": ParagraphStyle("bold", parent=body, fontName=bold),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=8 * mm, bulletIndent=2 * mm, bulletFontName=bold),
        "fix": ParagraphStyle("fix", parent=body, leftIndent=8 * mm, spaceAfter=8),
        "number": ParagraphStyle(
            "number", fontName=bold, fontSize=lay.number, leading=lay.number * 1.1, alignment=TA_CENTER
        ),
        "caption": ParagraphStyle("caption", parent=body, fontSize=12, leading=14.5, alignment=TA_CENTER),
        "url": ParagraphStyle("url", parent=body, fontSize=10, leading=12, alignment=TA_CENTER),
        "meta": ParagraphStyle("meta", parent=body, fontSize=12, leading=15),
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=11, spaceAfter=1),
    }


def _story(view: GuideView, help_place: HelpPlace, lay: _Layout) -> list[Flowable]:
    st = _styles(lay)
    width = lay.pagesize[0] - 2 * lay.margin
    e = escape
    story: list[Flowable] = [
        Paragraph(e(view.title), st["title"]),
        Paragraph(f"Nội dung kiểm tra ngày {view.version_date:%d/%m/%Y} · {e(help_place.office_name)}", st["meta"]),
    ]
    if view.summary:
        story += [Spacer(1, 4), Paragraph(e(view.summary), st["body"])]
    if view.warning:
        box = _table(
            [[Paragraph(f"<b>LƯU Ý:</b> {e(view.warning)}", st["body"])]],
            [width],
            [("BOX", (0, 0), (-1, -1), RULE_PT * 1.5, "black"), ("PADDING", (0, 0), (-1, -1), 8)],
        )
        story += [Spacer(1, 8), box]
    if view.bring:
        story.append(Paragraph("Cần chuẩn bị", st["heading"]))
        story += [Paragraph(e(item), st["bullet"], bulletText="•") for item in view.bring]
    if view.steps:
        number_w = lay.number * 1.6
        for index, step in enumerate(view.steps, start=1):
            cell = [Paragraph(e(step.title), st["bold"]), Paragraph(e(step.text), st["body"])]
            commands: list[tuple[Any, ...]] = [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
            if index < len(view.steps):
                commands.append(("LINEBELOW", (0, 0), (-1, -1), RULE_PT, "black"))
            row = _table([[Paragraph(str(index), st["number"]), cell]], [number_w, width - number_w], commands)
            lead = [Paragraph("Các bước thực hiện", st["heading"])] if index == 1 else []
            story += [KeepTogether([*lead, row]), Spacer(1, 4)]
    for index, problem in enumerate(view.problems):
        lead = [Paragraph("Nếu gặp khó khăn", st["heading"])] if index == 0 else []
        fix = Paragraph("Cách xử lý: " + e(problem.fix), st["fix"])
        story.append(KeepTogether([*lead, Paragraph(e(problem.problem), st["bold"]), fix]))
    if view.links:
        # Kept with its heading: a heading never ends a page alone (same for steps, problems, help above/below).
        heading = Paragraph("Quét mã QR bằng camera điện thoại", st["heading"])
        story.append(KeepTogether([heading, _qr_grid(view.links, lay, st, width)]))
    place = [Paragraph("Nơi hỗ trợ", st["heading"]), Paragraph(f"<b>{e(help_place.office_name)}</b>", st["body"])]
    if help_place.address:
        place.append(Paragraph("Địa chỉ: " + e(help_place.address), st["body"]))
    if help_place.hotline:
        place.append(Paragraph(f"Đường dây nóng: <b>{e(help_place.hotline)}</b>", st["body"]))
    place.append(Paragraph("Tổ công nghệ số cộng đồng ở thôn, tổ dân phố cũng sẵn lòng giúp.", st["body"]))
    story.append(KeepTogether(place))
    if view.sources:
        story.append(Spacer(1, 10))
        story.append(Paragraph("Nguồn thông tin: " + "; ".join(e(s) for s in view.sources), st["small"]))
    return story


def _qr_grid(links: Sequence[QrLink], lay: _Layout, st: dict[str, ParagraphStyle], width: float) -> Table:
    cells = [
        [
            QrFlowable(link.data, lay.qr),
            Paragraph(f"<b>{escape(link.caption)}</b>", st["caption"]),
            Paragraph(escape(link.data), st["url"]),
        ]
        for link in links
    ]
    per_row = lay.qr_per_row
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    # Empty cells hold a Spacer, not "": a string cell would be set in the table's default Helvetica.
    rows[-1] += [Spacer(1, 1)] * (per_row - len(rows[-1]))
    commands = [
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
    ]
    grid = _table(rows, [width / per_row] * per_row, commands)
    return grid


def _table(rows: list[list[Any]], widths: list[float], commands: list[tuple[Any, ...]]) -> Table:
    """A table whose own font is Noto Sans: reportlab sets each cell's font (Helvetica by default) even when
    the cell holds only flowables, and that would put a non-embedded font reference in the PDF."""
    regular, _ = fonts()
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), regular), *commands]))
    return table


def render_guide(view: GuideView, help_place: HelpPlace, size: str = "a4", mark: str = "") -> bytes:
    lay = _LAYOUTS[check_size(size)]
    regular, bold = fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=lay.pagesize,
        leftMargin=lay.margin,
        rightMargin=lay.margin,
        topMargin=lay.margin,
        bottomMargin=lay.margin + 6 * mm,
        title=view.title,
        author=help_place.office_name,
        initialFontName=regular,
        invariant=1,
    )

    def footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(regular, 10)
        y = lay.margin * 0.6
        page = f"Trang {document.page}"
        room = lay.pagesize[0] - 2 * lay.margin - stringWidth(page, regular, 10) - 12
        checked = f" · cập nhật {view.version_date:%d/%m/%Y}"
        title = view.title
        while title and stringWidth(title + checked, regular, 10) > room:
            title = title[:-2].rstrip() + "…"
        canvas.drawString(lay.margin, y, title + checked)
        canvas.drawRightString(lay.pagesize[0] - lay.margin, y, page)
        if mark:  # sample data: at the top of every page
            canvas.setFont(bold, 11)
            canvas.drawCentredString(lay.pagesize[0] / 2, lay.pagesize[1] - lay.margin * 0.6, mark)
        canvas.restoreState()

    doc.build(_story(view, help_place, lay), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
