"""The citizen kiosk's other screens: rating, guides, idle reset, the locked window and its way out, fit."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.app import Services
from kiosk.clock import LOCAL_TZ
from kiosk.db import models as m
from kiosk.ui import worker
from kiosk.ui.citizen.style import MIN_PT, MIN_TOUCH_PX
from kiosk.ui.citizen.tile import TileButton
from kiosk.ui.citizen.window import KioskWindow
from tests.helpers import pdfcheck
from tests.ui.citizen_helpers import RecordingPrinter, open_kiosk, print_jobs, ratings, use_printer

TAP = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _inline() -> Iterator[None]:
    worker.run_inline(True)
    yield
    worker.run_inline(False)


def _served(services: Services, prefix: str = "A") -> str:
    code = services.queue.issue(prefix).code
    services.queue.call_next(1)
    services.queue.finish(1)
    return code


def _type_on_pad(qtbot: QtBot, kiosk: KioskWindow, text: str) -> None:
    for key in text:
        qtbot.mouseClick(kiosk.rating_page.keys[key], TAP)


# ------------------------------------------------------------ rating


def test_rating_with_the_number_pad_once_per_ticket(qtbot: QtBot, services: Services) -> None:
    code = _served(services)  # A001
    kiosk = open_kiosk(qtbot, services)
    page = kiosk.rating_page
    qtbot.mouseClick(kiosk.top.rating_button, TAP)
    assert kiosk.current_page() is page
    _type_on_pad(qtbot, kiosk, "A1")  # said aloud: "A một"
    assert page.field.text() == "A1"
    qtbot.mouseClick(page.go_button, TAP)
    assert page.stages.currentIndex() == 1 and code in page.question.text()
    assert [f.title for f in page.faces.values()] == ["Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng"]
    qtbot.mouseClick(page.faces["hai_long"], TAP)
    assert page.stages.currentIndex() == 2 and "Hài lòng" in page.thanks.text()
    with services.sessions() as s:
        assert s.scalars(select(m.Rating.level)).all() == ["hai_long"]

    qtbot.mouseClick(page.home_button, TAP)
    assert kiosk.current_page() is kiosk.home
    qtbot.mouseClick(kiosk.top.rating_button, TAP)
    assert page.field.text() == ""  # the last citizen's number is gone
    _type_on_pad(qtbot, kiosk, "A001")
    qtbot.mouseClick(page.go_button, TAP)
    qtbot.mouseClick(page.faces["khong_hai_long"], TAP)
    assert page.stages.currentIndex() == 0
    assert "đã được đánh giá" in page.notice.text()
    assert ratings(services) == 1


def test_rating_refuses_a_ticket_not_yet_served_and_an_unknown_number(qtbot: QtBot, services: Services) -> None:
    services.queue.issue("B")
    kiosk = open_kiosk(qtbot, services)
    page = kiosk.rating_page
    kiosk.show_rating()
    _type_on_pad(qtbot, kiosk, "B1")
    qtbot.mouseClick(page.go_button, TAP)
    assert page.stages.currentIndex() == 0 and "chưa được phục vụ" in page.notice.text()
    qtbot.mouseClick(page.keys["erase"], TAP)
    qtbot.mouseClick(page.keys["erase"], TAP)
    _type_on_pad(qtbot, kiosk, "D9")
    qtbot.mouseClick(page.go_button, TAP)
    assert "Không tìm thấy số D009" in page.notice.text()
    assert ratings(services) == 0


def test_a_scanned_ticket_qr_opens_the_rating_from_any_screen(qtbot: QtBot, services: Services) -> None:
    _served(services, "A")
    [ticket_uuid] = [str(t.uuid) for t in _tickets(services)]
    kiosk = open_kiosk(qtbot, services)
    assert kiosk.current_page() is kiosk.home
    qtbot.keyClicks(kiosk, ticket_uuid)  # a scanner is a keyboard: the uuid, then Enter
    qtbot.keyClick(kiosk, Qt.Key.Key_Return)
    assert kiosk.current_page() is kiosk.rating_page
    assert kiosk.rating_page.stages.currentIndex() == 1 and "A001" in kiosk.rating_page.question.text()
    qtbot.mouseClick(kiosk.rating_page.faces["rat_hai_long"], TAP)
    assert ratings(services) == 1


def test_a_scanned_phone_link_qr_opens_the_rating_too(qtbot: QtBot, services: Services) -> None:
    """With the LAN pages on, the QR holds <public_url>/v/<uuid>; the kiosk's scanner still opens the rating."""
    _served(services, "A")
    [ticket_uuid] = [str(t.uuid) for t in _tickets(services)]
    kiosk = open_kiosk(qtbot, services)
    qtbot.keyClicks(kiosk, f"http://192.168.1.10:8080/v/{ticket_uuid}")
    qtbot.keyClick(kiosk, Qt.Key.Key_Return)
    assert kiosk.current_page() is kiosk.rating_page
    assert kiosk.rating_page.stages.currentIndex() == 1 and "A001" in kiosk.rating_page.question.text()
    qtbot.mouseClick(kiosk.rating_page.faces["hai_long"], TAP)
    assert ratings(services) == 1


def _tickets(services: Services) -> list[m.Ticket]:
    with services.sessions() as s:
        return list(s.scalars(select(m.Ticket)))


# ------------------------------------------------------------ guides


def test_guides_page_by_page_and_printed_once(qtbot: QtBot, services: Services) -> None:
    printer = RecordingPrinter()
    use_printer(services, printer, setting="print.sheet_printer")
    kiosk = open_kiosk(qtbot, services)
    qtbot.mouseClick(kiosk.top.guides_button, TAP)
    guides = kiosk.guides_page
    assert len(guides.tiles) == 13
    tile = guides.tiles["vneid-level2"]
    guides.grid.show_tile(tile)
    qtbot.mouseClick(tile, TAP)
    page = kiosk.guide_page
    assert kiosk.current_page() is page and page.view is not None
    assert page.sheets[0].title.startswith("Kích hoạt tài khoản định danh điện tử mức 2")
    qtbot.mouseClick(page.next_button, TAP)
    assert page.index == 1 and page.sheet_title.text() == "Đến Công an xã/phường"
    assert "Bước 1/" in page.heading.text()
    assert any(sheet.links for sheet in page.sheets)  # the official links as QR codes on the last page

    qtbot.mouseClick(page.print_button, TAP)
    qtbot.mouseClick(page.print_button, TAP)  # a second tap prints nothing more
    [job] = print_jobs(services)
    assert (job.kind, job.reference, job.status) == ("guide", "vneid-level2", "printed")
    assert len(printer.jobs) == 1 and "VNeID" in pdfcheck.flat_text(printer.jobs[0].pdf)
    assert "Đã in tờ hướng dẫn" in page.status.text()


# ------------------------------------------------------------ idle reset


def test_idle_reset_returns_home_and_forgets(qtbot: QtBot, services: Services) -> None:
    services.settings.set("kiosk.idle_reset_s", 1)
    kiosk = open_kiosk(qtbot, services)
    qtbot.mouseClick(kiosk.top.toggle, TAP)
    assert kiosk.look.name == "large"
    qtbot.mouseClick(kiosk.top.rating_button, TAP)
    _type_on_pad(qtbot, kiosk, "A12")
    assert kiosk.rating_page.field.text() == "A12"
    idle = kiosk._idle
    # Touch again once most of the idle second has gone (the timer says so): without a restart, home would come
    # well under a second after this touch.
    qtbot.waitUntil(lambda: 0 <= idle.remainingTime() < 400, timeout=3000)
    assert kiosk.current_page() is kiosk.rating_page
    qtbot.mouseClick(kiosk.rating_page.keys["3"], TAP)  # a touch restarts the count
    touched = time.monotonic()
    assert idle.remainingTime() > 600
    qtbot.waitUntil(lambda: kiosk.current_page() is kiosk.home, timeout=3000)
    assert time.monotonic() - touched > 0.9  # the full second after the last touch
    assert kiosk.rating_page.field.text() == ""
    assert kiosk.look.name == "normal" and not kiosk.top.toggle.isChecked()


# ------------------------------------------------------------ the locked window and its way out


def test_locked_window_cannot_be_closed_and_the_admin_leaves_with_gesture_and_pin(
    qtbot: QtBot, services: Services
) -> None:
    admin = services.auth.add_staff("Trần Quản Trị", "admin", "5791")
    services.auth.add_staff("Lê Cán Bộ", "officer", "2468")
    kiosk = open_kiosk(qtbot, services, locked=True)
    assert kiosk.isFullScreen()
    locked = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
    assert kiosk.windowHandle().flags() & locked == locked  # the native window has them from the start
    qtbot.waitUntil(lambda: kiosk.windowFlags() & locked == locked)  # the widget learns them after its first paint
    assert kiosk.close() is False and kiosk.isVisible()  # Alt+F4 and the window manager end here
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible() and kiosk.current_page() is kiosk.home

    corner = QPoint(30, 30)
    for _ in range(4):
        qtbot.mouseClick(kiosk, TAP, pos=corner)
    assert kiosk.current_page() is kiosk.home
    qtbot.mouseClick(kiosk, TAP, pos=corner)
    page = kiosk.admin_page
    entry = page.entry
    assert kiosk.current_page() is page
    admins = [s.id for s in services.auth.list_staff(role="admin")]  # this one and the office's first one
    assert list(entry.name_buttons) == admins and admin.id in admins  # administrators only
    assert all(isinstance(b, TileButton) for b in entry.buttons())  # the citizen screen's own tiles
    qtbot.mouseClick(entry.name_buttons[admin.id], TAP)
    for key in "1111":
        qtbot.mouseClick(entry.keys[key], TAP)
    qtbot.mouseClick(entry.keys["enter"], TAP)
    assert entry.stages.currentIndex() == 1 and entry.notice.isVisible()  # wrong PIN
    assert entry.notice.text() == "Mã PIN không đúng; còn 4 lần thử."
    assert kiosk.isVisible()
    for key in "5791":
        qtbot.mouseClick(entry.keys[key], TAP)
    qtbot.mouseClick(entry.keys["enter"], TAP)
    assert page.stages.currentWidget() is page.done_page
    with qtbot.waitSignal(kiosk.exited, timeout=2000):
        qtbot.mouseClick(page.exit_button, TAP)
    assert not kiosk.isVisible()
    with services.sessions() as s:
        entry = s.scalar(select(m.AuditEntry).where(m.AuditEntry.action == "kiosk_exit"))
        assert entry is not None and entry.staff_id == admin.id


def test_slow_corner_taps_do_nothing(qtbot: QtBot, services: Services) -> None:
    kiosk = open_kiosk(qtbot, services)
    for _ in range(3):
        qtbot.mouseClick(kiosk, TAP, pos=QPoint(20, 20))
    kiosk._corner._times[0] -= 10  # as if the first taps were long ago
    for _ in range(2):
        qtbot.mouseClick(kiosk, TAP, pos=QPoint(20, 20))
    assert kiosk.current_page() is kiosk.home


# ------------------------------------------------------------ fit: sizes, text, targets


def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.isVisible()


def _check_fit(kiosk: KioskWindow, size: tuple[int, int], where: str) -> None:
    assert (kiosk.width(), kiosk.height()) == size, where
    minimum = kiosk.minimumSizeHint()
    assert minimum.width() <= size[0] and minimum.height() <= size[1], where
    window = kiosk.rect()
    for tile in kiosk.findChildren(TileButton):
        if not _visible(tile, kiosk):
            continue
        label = f"{where}: '{tile.title}'"
        assert tile.width() >= MIN_TOUCH_PX and tile.height() >= MIN_TOUCH_PX, (label, tile.size())
        assert window.contains(tile.geometry().translated(tile.parentWidget().mapTo(kiosk, QPoint(0, 0)))), label
        assert not tile.title_cut, (label, tile.size(), size)
        assert min(font.pointSizeF() for font in tile.fonts()) >= MIN_PT, label
    for widget in kiosk.findChildren(QWidget):
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton) and _visible(widget, kiosk):
            assert widget.font().pointSizeF() >= MIN_PT, (where, type(widget).__name__, widget.objectName())


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (1080, 1920)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_fits_with_large_text_and_targets(qtbot: QtBot, services: Services, size) -> None:
    _served(services)
    kiosk = open_kiosk(qtbot, services, size)
    screens = {
        "home": kiosk.go_home,
        "priority": lambda: kiosk.show_priority("phu_nu_mang_thai"),
        "ticket": lambda: kiosk.issue("D", None),
        "guides": kiosk.show_guides,
        "guide": lambda: (kiosk.open_guide("bank-qr"), kiosk.guide_page.show_sheet(2)),
        "rating": kiosk.show_rating,
        "faces": lambda: kiosk.show_rating("A001"),
        "admin": kiosk.show_admin,
    }
    for large in (False, True):
        kiosk.top.toggle.setChecked(large)
        for name, show in screens.items():
            kiosk.go_home()
            show()
            QApplication.processEvents()  # run the layout requests the change posted (nothing timed is awaited)
            assert kiosk.top.toggle.isVisible()  # the text toggle is on every screen
            _check_fit(kiosk, size, f"{name} large={large}")
    services.clock.set(datetime(2026, 11, 24, 18, 0, tzinfo=LOCAL_TZ))  # closed: the home says when to come back
    kiosk.reload_home()
    kiosk.go_home()
    assert kiosk.home.closed.isVisible()
    for large in (False, True):
        kiosk.top.toggle.setChecked(large)
        QApplication.processEvents()
        _check_fit(kiosk, size, f"closed large={large}")
