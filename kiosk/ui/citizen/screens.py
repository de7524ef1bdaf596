"""Citizen screens for `kiosk screenshot`: drawn over the demo data at the command's fixed Tuesday 09:40.

The ticket pictures issue a real ticket in the throwaway demo database; the printer they print to is a stand-in
that takes the job (kiosk-ticket) or refuses it (kiosk-ticket-failed), so both outcomes can be looked at.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QWidget

from kiosk.app import Services
from kiosk.clock import LOCAL_TZ
from kiosk.services.printing.service import PrinterError, PrintOutcome, PrintRequest
from kiosk.ui.citizen.window import KioskWindow

PICTURE_PRINTER = "Máy in phiếu"


class _PicturePrinter:
    """Takes a job without paper, or refuses it, for the screenshots only."""

    def __init__(self, works: bool) -> None:
        self.name = PICTURE_PRINTER
        self._works = works

    def print_pdf(self, request: PrintRequest) -> PrintOutcome:
        if not self._works:
            raise PrinterError("Máy in hết giấy.")
        return PrintOutcome(paper_confirmed=True, detail=f"picture:{request.key}")


class _PictureBackend:
    def __init__(self, works: bool) -> None:
        self._printer = _PicturePrinter(works)

    def printer_names(self) -> list[str]:
        return [PICTURE_PRINTER]

    def printer(self, name: str) -> _PicturePrinter:
        return self._printer


def _window(services: Services) -> KioskWindow:
    return KioskWindow(services, locked=False)


def _home(services: Services) -> QWidget:
    return _window(services)


def _home_large(services: Services) -> QWidget:
    window = _window(services)
    window.top.toggle.setChecked(True)
    return window


def _priority(services: Services) -> QWidget:
    window = _window(services)
    window.show_priority("nguoi_cao_tuoi")
    return window


def _ticket(works: bool, group: str | None = None):
    def build(services: Services) -> QWidget:
        services.settings.set("print.ticket_printer", PICTURE_PRINTER)
        services.printing.attach(_PictureBackend(works))
        window = _window(services)
        if group:
            window.show_priority(group)
        window.issue("A", group)
        return window

    return build


def _guides(services: Services) -> QWidget:
    window = _window(services)
    window.show_guides()
    return window


def _guide(services: Services) -> QWidget:
    window = _window(services)
    window.show_guides()
    window.open_guide("vneid-level2")
    window.guide_page.show_sheet(5)
    return window


def _rating(services: Services) -> QWidget:
    window = _window(services)
    window.show_rating()
    for key in "A3":
        window.rating_page.press(key)
    return window


def _rating_faces(services: Services) -> QWidget:
    window = _window(services)
    window.show_rating()
    served = next(
        code for code in (f"A{n:03d}" for n in range(1, 30)) if services.queue.lookup(code).called_at is not None
    )
    for key in served:
        window.rating_page.press(key)
    window.rating_page.submit()
    return window


def _closed(services: Services) -> QWidget:
    move = getattr(services.clock, "set", None)
    if move is not None:  # the demo clock: the same Tuesday, after closing time
        move(datetime(2026, 11, 24, 18, 30, tzinfo=LOCAL_TZ))
    return _window(services)


def _admin(services: Services) -> QWidget:
    window = _window(services)
    window.show_admin()
    return window


SCREENS: dict[str, Callable[[Services], QWidget]] = {
    "kiosk-home": _home,
    "kiosk-home-large": _home_large,
    "kiosk-priority": _priority,
    "kiosk-ticket": _ticket(True),
    "kiosk-ticket-priority": _ticket(True, "nguoi_cao_tuoi"),
    "kiosk-ticket-failed": _ticket(False),
    "kiosk-guides": _guides,
    "kiosk-guide": _guide,
    "kiosk-rating": _rating,
    "kiosk-rating-faces": _rating_faces,
    "kiosk-closed": _closed,
    "kiosk-admin": _admin,
}
