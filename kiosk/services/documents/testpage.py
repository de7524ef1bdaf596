"""The wizard's test page: a few lines that tell a person the chosen printer works and which one it is."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from kiosk.clock import format_local
from kiosk.services.documents.draw import Sheet, render_fitted
from kiosk.services.documents.service import Document
from kiosk.services.documents.ticket import PRINT_WIDTH, ROLL_WIDTH, SIDE_MARGIN

TITLE = "Trang in thử"


def printer_test_page(target: str, printer: str, at: datetime) -> Document:
    """`target` is "ticket" (80 mm roll) or "sheet" (A4); the page is as tall as its lines on a roll."""
    roll = target == "ticket"
    width = PRINT_WIDTH if roll else A4[0] - 40 * mm
    sheet = Sheet(width)
    sheet.text("TRANG IN THỬ", 20, bold=True, after=4)
    sheet.text(f"Máy in: {printer}", 13, after=2)
    sheet.text("Máy in phiếu số thứ tự (80 mm)" if roll else "Máy in tờ hướng dẫn, báo cáo (A4)", 13, after=2)
    sheet.rule()
    sheet.big("A001", largest=60, after=4)
    sheet.text("Chữ tiếng Việt: ă â đ ê ô ơ ư – Ạ Ấ Ề Ổ Ữ", 13, after=2)
    sheet.text(f"In lúc: {format_local(at)}", 11, after=2)
    sheet.text("Nếu đọc rõ trang này, máy in đã sẵn sàng.", 13, bold=True)
    page_width, margin = (ROLL_WIDTH, SIDE_MARGIN) if roll else (A4[0], 20 * mm)
    pdf = render_fitted(sheet, page_width, margin, 6 * mm, 9 * mm, TITLE)
    return Document("test", printer, TITLE, target, pdf)
