"""The citizen kiosk as a person uses it: tap a tile, read the ticket, the paper comes out (or not)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.app import Services
from kiosk.ui import worker
from tests.helpers import pdfcheck
from tests.ui.citizen_helpers import (
    BlockingPrinter,
    FailingPrinter,
    RecordingPrinter,
    open_kiosk,
    print_jobs,
    tickets,
    use_printer,
)

TAP = Qt.MouseButton.LeftButton


@pytest.fixture
def inline() -> Iterator[None]:
    worker.run_inline(True)
    yield
    worker.run_inline(False)


@pytest.fixture
def threads() -> Iterator[None]:
    """Real worker threads, as in the running program; every task is finished before the window goes."""
    worker.run_inline(False)
    yield
    assert worker.wait_for_tasks(10_000)


def test_a_tap_on_a_tile_gives_a_ticket_on_screen_in_the_database_and_on_paper(
    qtbot: QtBot, any_services: Services, inline: None
) -> None:
    services = any_services
    printer = RecordingPrinter()
    use_printer(services, printer)
    kiosk = open_kiosk(qtbot, services)
    qtbot.mouseClick(kiosk.home.tiles["A"], TAP)

    assert kiosk.current_page() is kiosk.ticket_page
    [ticket] = tickets(services)
    assert (ticket.code, ticket.status, ticket.priority_group) == ("A001", "waiting", None)
    page = kiosk.ticket_page
    assert page.code_label.text() == "A001"
    assert page.service_label.text() == "Tư pháp – Hộ tịch"
    assert "quầy số 1 hoặc 2" in page.counter_label.text()
    assert page.qr.data == str(ticket.uuid)
    [job] = print_jobs(services)
    assert (job.kind, job.status, job.ticket_id) == ("ticket", "printed", ticket.id)
    assert job.printer_name == "Máy in phiếu quầy"
    assert page.print_state == "printed" and "Đã in phiếu" in page.status.text()
    paper = pdfcheck.flat_text(printer.jobs[0].pdf)
    assert "A001" in paper and "Tư pháp – Hộ tịch" in paper
    assert pdfcheck.qr_codes(printer.jobs[0].pdf) == [str(ticket.uuid)]


def test_priority_ticket_takes_two_taps(qtbot: QtBot, services: Services, inline: None) -> None:
    kiosk = open_kiosk(qtbot, services)
    qtbot.mouseClick(kiosk.home.group_tiles["nguoi_cao_tuoi"], TAP)
    assert kiosk.current_page() is kiosk.priority_page
    qtbot.mouseClick(kiosk.priority_page.tiles["B"], TAP)

    [ticket] = tickets(services)
    assert (ticket.code, ticket.priority_group) == ("B001", "nguoi_cao_tuoi")
    assert kiosk.current_page() is kiosk.ticket_page
    assert kiosk.ticket_page.priority_label.text() == "Ưu tiên: Người cao tuổi"
    assert not kiosk.ticket_page.priority_label.isHidden()


def test_a_double_tap_gives_one_ticket(qtbot: QtBot, services: Services, inline: None) -> None:
    kiosk = open_kiosk(qtbot, services)
    tile = kiosk.home.tiles["C"]
    qtbot.mouseClick(tile, TAP)
    qtbot.mouseClick(tile, TAP)
    qtbot.mouseDClick(tile, TAP)
    assert [t.code for t in tickets(services)] == ["C001"]


def test_a_double_tap_gives_one_ticket_with_real_threads(qtbot: QtBot, services: Services, threads: None) -> None:
    kiosk = open_kiosk(qtbot, services)
    tile = kiosk.home.tiles["C"]
    with qtbot.waitSignal(kiosk.ticket_shown, timeout=5000):
        qtbot.mouseClick(tile, TAP)
        qtbot.mouseClick(tile, TAP)  # while the first is being issued
    qtbot.mouseClick(tile, TAP)  # on the home tile now hidden behind the ticket
    # A tap that issued would have started its task at once: when the workers are idle, its ticket would exist.
    assert worker.pool().waitForDone(10_000)
    assert [t.code for t in tickets(services)] == ["C001"]


def test_the_ticket_is_on_screen_before_the_printer_answers(qtbot: QtBot, services: Services, threads: None) -> None:
    printer = BlockingPrinter()
    use_printer(services, printer)
    kiosk = open_kiosk(qtbot, services)
    qtbot.mouseClick(kiosk.home.tiles["A"], TAP)
    qtbot.waitUntil(lambda: kiosk.current_page() is kiosk.ticket_page, timeout=5000)
    assert printer.started.wait(5)
    assert kiosk.ticket_page.code_label.text() == "A001"
    assert kiosk.ticket_page.print_state == "printing"
    assert [j.status for j in print_jobs(services)] == ["printing"]
    # The database work is off the UI thread: measured from the tap to the ticket on screen.
    assert kiosk.last_issue_ms is not None and kiosk.last_issue_ms < 1000
    printer.release.set()
    qtbot.waitUntil(lambda: kiosk.ticket_page.print_state == "printed", timeout=5000)
    assert [j.status for j in print_jobs(services)] == ["printed"]


def test_printer_failure_keeps_the_number_up_and_the_job_for_the_desk(
    qtbot: QtBot, services: Services, inline: None
) -> None:
    use_printer(services, FailingPrinter())
    kiosk = open_kiosk(qtbot, services)
    qtbot.mouseClick(kiosk.home.tiles["A"], TAP)

    page = kiosk.ticket_page
    assert page.status.text() == "Máy in đang lỗi — xin ghi nhớ số A001 hoặc chụp ảnh màn hình này."
    assert page.code_label.text() == "A001" and kiosk.current_page() is page
    assert kiosk._ticket_timer.isActive() and kiosk._ticket_timer.interval() >= 60_000
    [ticket] = tickets(services)
    [job] = print_jobs(services)
    assert (job.status, job.ticket_id) == ("failed", ticket.id) and "hết giấy" in (job.error or "")
    assert [j.id for j in services.printing.pending()] == [job.id]  # the desk sees it for a reprint
    kiosk.idle_reset()  # the idle time (45 s) is shorter than the failed ticket's: the number stays
    assert kiosk.current_page() is page and page.code_label.text() == "A001"
    qtbot.mouseClick(kiosk.home.tiles["A"], TAP)  # taps on the hidden home change nothing
    assert len(tickets(services)) == 1


def test_without_a_printer_the_screen_says_to_remember_the_number(
    qtbot: QtBot, services: Services, inline: None
) -> None:
    kiosk = open_kiosk(qtbot, services)  # default setting: tickets are saved as PDF, no paper
    qtbot.mouseClick(kiosk.home.tiles["G"], TAP)
    assert kiosk.ticket_page.status.text() == (
        "Máy này không in phiếu giấy — xin ghi nhớ số G001 hoặc chụp ảnh màn hình này."
    )
    assert kiosk._ticket_timer.interval() >= 60_000


def test_ticket_screen_returns_home_after_its_time(qtbot: QtBot, services: Services, inline: None) -> None:
    services.settings.set("kiosk.ticket_show_s", 1)
    use_printer(services, RecordingPrinter())
    kiosk = open_kiosk(qtbot, services)
    qtbot.mouseClick(kiosk.home.tiles["A"], TAP)
    assert kiosk.current_page() is kiosk.ticket_page
    qtbot.waitUntil(lambda: kiosk.current_page() is kiosk.home, timeout=3000)
    assert kiosk.ticket_page.code_label.text() == "" and kiosk.ticket_page.qr.data == ""


def test_the_qr_on_screen_carries_the_ticket_uuid_only(
    qtbot: QtBot, services: Services, inline: None, tmp_path: Path
) -> None:
    kiosk = open_kiosk(qtbot, services)
    qtbot.mouseClick(kiosk.home.tiles["B"], TAP)
    picture = tmp_path / "qr.png"
    assert kiosk.ticket_page.qr.grab().save(str(picture))
    out = subprocess.run(["zbarimg", "--raw", "-q", "-Sqrcode.enable", str(picture)], capture_output=True, check=True)
    [ticket] = tickets(services)
    assert out.stdout.decode().split() == [str(ticket.uuid)]


def test_with_the_lan_pages_on_the_qr_on_screen_and_on_paper_is_the_phone_link(
    qtbot: QtBot, services: Services, inline: None, tmp_path: Path
) -> None:
    services.settings.set("web.enabled", True)
    services.settings.set("web.public_url", "http://192.168.1.10:8080")
    printer = RecordingPrinter()
    use_printer(services, printer)
    kiosk = open_kiosk(qtbot, services)
    qtbot.mouseClick(kiosk.home.tiles["A"], TAP)
    [ticket] = tickets(services)
    link = f"http://192.168.1.10:8080/v/{ticket.uuid}"
    picture = tmp_path / "qr.png"
    assert kiosk.ticket_page.qr.grab().save(str(picture))
    out = subprocess.run(["zbarimg", "--raw", "-q", "-Sqrcode.enable", str(picture)], capture_output=True, check=True)
    assert out.stdout.decode().split() == [link]
    assert pdfcheck.qr_codes(printer.jobs[0].pdf) == [link]


def test_waiting_counts_follow_the_change_feed(
    qtbot: QtBot, services: Services, inline: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    kiosk = open_kiosk(qtbot, services)
    assert kiosk.home.tiles["B"].badge == ("0", "người chờ")
    reads = []
    monkeypatch.setattr(services.queue, "service_tiles", lambda: reads.append(1) or [])
    services.queue.issue("B")  # another kiosk, or the desk's command line
    services.queue.issue("B", "nguoi_khuyet_tat")
    qtbot.waitUntil(lambda: kiosk.home.tiles["B"].badge == ("2", "người chờ"), timeout=3000)  # the 500 ms poll
    assert kiosk.priority_page.tiles["B"].badge == ("2", "người chờ")
    services.queue.call_next(1)
    qtbot.waitUntil(lambda: kiosk.home.tiles["B"].badge == ("1", "người chờ"), timeout=3000)
    assert reads == []  # followed from the feed, not by re-reading the tiles


def test_outside_opening_hours_the_home_says_when_to_come_back(qtbot: QtBot, services: Services, inline: None) -> None:
    from datetime import datetime

    from kiosk.clock import LOCAL_TZ

    services.clock.set(datetime(2026, 11, 24, 17, 30, tzinfo=LOCAL_TZ))  # Tuesday evening
    kiosk = open_kiosk(qtbot, services)
    home = kiosk.home
    assert home.closed.isVisible() and not home.services.isVisible() and not home.band.isVisible()
    assert home.closed_when.text() == "Mời ông/bà quay lại lúc 07:30 ngày mai, Thứ Tư 25/11."
    assert "Thứ Hai–Thứ Sáu 07:30–11:30, 13:30–17:00" in home.closed_hours.text()
    assert home.guides_tile.isVisible() and home.rating_tile.isVisible()
    qtbot.mouseClick(home.tiles["A"], TAP)
    kiosk.issue("A")
    assert tickets(services) == []
    services.settings.set("queue.enforce_opening_hours", False)
    kiosk.reload_home()
    assert home.services.isVisible() and not home.closed.isVisible()
    qtbot.mouseClick(home.tiles["A"], TAP)
    assert [t.code for t in tickets(services)] == ["A001"]
