"""The 80 mm queue ticket, drawn from plain data so the citizen screen can print right after issuing.

Made for an elderly reader and a thermal head: the number huge and bold, black on white, no greys, no thin lines,
72 mm of content on an 80 mm roll, the page exactly as tall as what is printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from reportlab.lib.units import mm

from kiosk.clock import format_local
from kiosk.services.documents.draw import Sheet, render_fitted, with_mark

ROLL_WIDTH = 80 * mm
PRINT_WIDTH = 72 * mm  # 576 dots at 203 dpi: what an 80 mm thermal head really prints
SIDE_MARGIN = (ROLL_WIDTH - PRINT_WIDTH) / 2


@dataclass(frozen=True)
class TicketView:
    """What a ticket shows. The QR carries `qr_text` (the phone link `<public_url>/v/<uuid>` when the LAN pages are
    on, kiosk/services/web/links.py) or else `ticket_uuid`: opaque either way, no personal data."""

    code: str
    ticket_uuid: str
    office_name: str
    service_name: str
    printed_at: datetime
    commune_name: str | None = None
    counters: Sequence[int] = field(default_factory=tuple)
    people_ahead: int | None = None
    wait_minutes: int | None = None
    priority_name: str | None = None
    ticket_id: int | None = None
    qr_text: str = ""


def counters_text(numbers: Sequence[int]) -> str:
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"Quầy số {numbers[0]}"
    return "Quầy số " + ", ".join(str(n) for n in numbers[:-1]) + f" hoặc {numbers[-1]}"


def wait_text(minutes: int | None) -> str | None:
    if minutes is None:
        return None
    if minutes <= 1:
        return "Sắp đến lượt"
    if minutes < 60:
        return f"khoảng {minutes} phút"
    hours, rest = divmod(minutes, 60)
    return f"khoảng {hours} giờ {rest} phút" if rest else f"khoảng {hours} giờ"


def ticket_sheet(view: TicketView) -> Sheet:
    sheet = Sheet(PRINT_WIDTH)
    sheet.text(view.office_name.upper(), 11, bold=True, after=1)
    if view.commune_name:
        sheet.text(view.commune_name, 10.5)
    sheet.rule(before=5, after=7)
    sheet.text("SỐ THỨ TỰ", 17, bold=True, after=2)
    sheet.big(view.code, largest=84, after=6)
    sheet.text(view.service_name, 15, bold=True, after=3)
    where = counters_text(view.counters)
    if where:
        sheet.text(where, 14, after=2)
    if view.priority_name:
        sheet.space(3)
        sheet.boxed(f"ƯU TIÊN: {view.priority_name}", 13, after=2)
    sheet.rule(before=4, after=5)
    if view.people_ahead is not None:
        ahead = "Không có ai chờ trước" if view.people_ahead == 0 else f"Số người chờ trước: {view.people_ahead}"
        sheet.text(ahead, 13, bold=True, after=1)
    wait = wait_text(view.wait_minutes)
    if wait and view.people_ahead != 0:
        sheet.text(f"Dự kiến chờ: {wait}", 12, after=1)
    sheet.text(f"In lúc: {format_local(view.printed_at)}", 11, before=2, after=6)
    if view.qr_text and view.qr_text != view.ticket_uuid:
        qr = (view.qr_text, "Quét bằng điện thoại (Wi-Fi của bộ phận một cửa) để theo dõi số và đánh giá")
    else:
        qr = (view.ticket_uuid, "Mã phiếu (không chứa thông tin cá nhân)")
    sheet.qr_row([qr], 26 * mm, 8.5, after=5)
    sheet.text("Xin cảm ơn ông/bà!", 13, bold=True, after=1)
    sheet.text("Xin mời ngồi chờ gọi số.", 11)
    return sheet


def render_ticket(view: TicketView, mark: str = "") -> bytes:
    """PDF bytes: one page, 80 mm wide, height fitted to the content; `mark` boxed on top (sample data)."""
    sheet = with_mark(ticket_sheet(view), mark)
    return render_fitted(sheet, ROLL_WIDTH, SIDE_MARGIN, 4 * mm, 9 * mm, f"Số thứ tự {view.code}")
