"""The hall display's read model, on SQLite and PostgreSQL: desks, waiting counts, latest calls, notices."""

from __future__ import annotations

import pytest

from kiosk.app import Services
from kiosk.clock import FixedClock
from kiosk.services.display import notices_from


def test_board_follows_the_queue(any_services: Services, clock: FixedClock) -> None:
    q = any_services.queue
    empty = any_services.display.board()
    assert empty.office == "Trung tâm Phục vụ hành chính công xã Tân Phú"  # as the office set it up
    assert [d.number for d in empty.desks] == [1, 2, 3, 4, 5] and all(d.serving is None for d in empty.desks)
    assert [s.prefix for s in empty.services] == list("ABCDEFGH") and all(s.waiting == 0 for s in empty.services)
    assert empty.recent == [] and empty.voice.repeat == 2

    for service in "AABCC":
        q.issue(service, enforce_hours=False)
    clock.advance(minutes=1)
    q.call_next(1)  # A001
    clock.advance(minutes=1)
    q.call_next(3)  # C001
    clock.advance(minutes=1)
    q.pause_counter(4)
    board = any_services.display.board()
    desks = {d.number: d for d in board.desks}
    assert (desks[1].serving, desks[1].service_name) == ("A001", "Tư pháp – Hộ tịch")
    assert desks[3].serving == "C001" and desks[3].state == "open"
    assert desks[4].state == "paused" and desks[4].serving is None
    assert {s.prefix: s.waiting for s in board.services if s.waiting} == {"A": 1, "B": 1, "C": 1}
    assert [(c.code, c.counter) for c in board.recent] == [("C001", 3), ("A001", 1)]
    assert board.last_event_id == any_services.events.latest_id()

    clock.advance(minutes=1)
    q.call_next(1)  # finishes A001, calls A002
    board = any_services.display.board()
    assert {d.number: d.serving for d in board.desks}[1] == "A002"
    assert [c.code for c in board.recent] == ["A002", "C001", "A001"]

    clock.advance(days=1)  # a new business day starts empty
    board = any_services.display.board()
    assert board.recent == [] and all(s.waiting == 0 for s in board.services)


def test_board_carries_the_notices_and_the_voice(services: Services) -> None:
    board = services.display.board()
    assert board.notices == ["Giờ làm việc: Thứ Hai–Thứ Sáu 07:30–11:30, 13:30–17:00; Thứ Bảy 07:30–11:30."]
    services.settings.set("office.hotline", "0290 3 123 456")
    assert services.display.board().notices[-1] == "Cần hỗ trợ, xin gọi 0290 3 123 456."
    services.settings.set("display.ticker", "Nghỉ Tết từ 14/02.\n\n  Mang theo CCCD gắn chip.  ")
    services.settings.set("announce.volume", 35)
    services.settings.set("announce.enabled", False)
    board = services.display.board()
    assert board.notices == ["Nghỉ Tết từ 14/02.", "Mang theo CCCD gắn chip."]
    assert (board.voice.volume, board.voice.enabled) == (35, False)


@pytest.mark.parametrize(
    ("ticker", "hours", "expected"),
    [
        ("", {"mon-fri": ["07:00-11:00"]}, ["Giờ làm việc: Thứ Hai–Thứ Sáu 07:00–11:00."]),
        ("Một\nHai", {}, ["Một", "Hai"]),
    ],
)
def test_notices_from(ticker: str, hours: dict, expected: list[str]) -> None:
    assert notices_from(ticker, hours, "") == expected
