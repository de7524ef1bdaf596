"""The hall display for `kiosk screenshot display`: the demo morning (Tuesday 09:40), desks serving, a notice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kiosk.app import Services
from kiosk.ui.display.window import DisplayWindow

DEMO_NOTICE = (
    "Từ ngày 01/12, xã nhận hồ sơ đăng ký khai sinh trực tuyến trên Cổng Dịch vụ công quốc gia. "
    "Tổ công nghệ số cộng đồng hỗ trợ kích hoạt VNeID mức 2 miễn phí tại Quầy 5."
)


def _display(services: Services) -> QWidget:
    window = DisplayWindow(services, start=False)
    window.feed.refresh()  # screenshots run tasks inline: the board is on screen when this returns
    if not services.settings.get("display.ticker"):
        # Show what a notice looks like without writing one into the database (--use-db draws a real one).
        window.ticker.set_notices([DEMO_NOTICE])
    return window


SCREENS: dict[str, Callable[[Services], QWidget]] = {
    "display": _display,
}
