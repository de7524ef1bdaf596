"""QR handouts for the citizen to take home: on the 80 mm roll or on A6 cards.

Each QR carries a public address only (a store page, the commune's website, a portal's tracking page, a phone
number) and has a caption under it saying what it opens; nothing personal is ever encoded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kiosk.clock import format_local
from kiosk.errors import InputError
from kiosk.services.documents.draw import RULE_PT, Sheet, fonts, render_fitted, render_paged, with_mark, wrap
from kiosk.services.documents.ticket import PRINT_WIDTH, ROLL_WIDTH, SIDE_MARGIN

HANDOUT_SIZES = ("80mm", "a6")
A6_MARGIN = 7 * mm


@dataclass(frozen=True)
class QrLink:
    data: str
    caption: str


@dataclass(frozen=True)
class HandoutSection:
    heading: str
    lines: Sequence[str] = ()
    emphasis: str | None = None  # printed very large: a dossier code, a hotline number
    links: Sequence[QrLink] = ()


@dataclass(frozen=True)
class HandoutView:
    title: str
    office_name: str
    printed_at: datetime
    intro: str | None = None
    sections: Sequence[HandoutSection] = ()
    warning: str | None = None
    footer_lines: Sequence[str] = field(default_factory=tuple)


@dataclass(frozen=True)
class _Metrics:
    width: float
    title: float
    heading: float
    body: float
    caption: float
    qr_single: float
    qr_pair: float


_METRICS = {
    "80mm": _Metrics(PRINT_WIDTH, 17, 14, 11.5, 9, 34 * mm, 30 * mm),
    "a6": _Metrics(A6[0] - 2 * A6_MARGIN, 16, 13, 11, 9, 34 * mm, 29 * mm),
}


def check_size(size: str) -> str:
    value = size.strip().lower()
    if value not in HANDOUT_SIZES:
        raise InputError(f"Khổ giấy '{size}' không hợp lệ; chọn 80mm hoặc a6.")
    return value


def handout_sheet(view: HandoutView, size: str, *, with_footer: bool = True) -> Sheet:
    m = _METRICS[check_size(size)]
    sheet = Sheet(m.width)
    sheet.text(view.office_name.upper(), 10, bold=True, after=2)
    sheet.rule(before=2, after=6)
    sheet.text(view.title, m.title, bold=True, after=4)
    if view.intro:
        sheet.text(view.intro, m.body, after=4)
    if view.warning:
        # First, not last: the safety sentence is what an elderly reader must not miss.
        sheet.boxed(view.warning, m.body - 0.5, pad=4, after=2)
    for section in view.sections:
        start = len(sheet.blocks)
        sheet.text(section.heading, m.heading, bold=True, before=4, after=2)
        for line in section.lines:
            sheet.text(line, m.body, after=1)
        if section.emphasis:
            sheet.space(2)
            sheet.big(section.emphasis, largest=34, smallest=14, after=6)
        links = list(section.links)
        for first in range(0, len(links), 2):
            pair = links[first : first + 2]
            qr_size = m.qr_single if len(pair) == 1 else m.qr_pair
            sheet.space(3)
            sheet.qr_row([(link.data, link.caption) for link in pair], qr_size, m.caption, after=4)
        sheet.merge_from(start)
    if not with_footer:
        return sheet
    start = len(sheet.blocks)
    sheet.rule(before=4, after=5)
    for line in view.footer_lines:
        sheet.text(line, m.body - 1, after=1)
    sheet.text(f"In ngày {format_local(view.printed_at, '%d/%m/%Y')}", 9, before=2)
    sheet.merge_from(start)
    return sheet


def render_handout(view: HandoutView, size: str = "80mm", mark: str = "") -> bytes:
    """80 mm: one roll page fitted to the content. A6: as many cards as needed, a QR never split, and each card
    carries the office and hotline at its foot so it stands alone."""
    size = check_size(size)
    if size == "80mm":
        sheet = with_mark(handout_sheet(view, size), mark)
        return render_fitted(sheet, ROLL_WIDTH, SIDE_MARGIN, 4 * mm, 9 * mm, view.title)
    sheet = with_mark(handout_sheet(view, size, with_footer=False), mark)
    regular, _ = fonts()
    width = A6[0] - 2 * A6_MARGIN
    lines = wrap(" · ".join(view.footer_lines), regular, 8.5, width)
    printed = f"In ngày {format_local(view.printed_at, '%d/%m/%Y')}"
    if mark:  # every card, not only the first: each stands alone
        printed = f"{printed} · DỮ LIỆU MẪU"

    def footer(canvas: Canvas, page: int) -> None:
        canvas.setLineWidth(RULE_PT)
        top = A6_MARGIN + (len(lines) + 1) * 10.5 + 4
        canvas.line(A6_MARGIN, top, A6[0] - A6_MARGIN, top)
        canvas.setFont(regular, 8.5)
        y = top - 11
        for line in lines:
            canvas.drawCentredString(A6[0] / 2, y, line)
            y -= 10.5
        canvas.drawString(A6_MARGIN, y, printed)
        canvas.drawRightString(A6[0] - A6_MARGIN, y, f"Trang {page}")

    return render_paged(sheet, A6, A6_MARGIN, view.title, footer, (len(lines) + 1) * 10.5 + 10)
