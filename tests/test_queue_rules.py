"""Pure queue rules: ticket codes, opening hours, the wait estimate."""

from __future__ import annotations

from datetime import datetime, time

from kiosk.clock import LOCAL_TZ
from kiosk.services.queue.rules import (
    describe_hours,
    estimate_wait,
    issuing_open,
    parse_hours,
    service_minutes,
    ticket_code,
)
from kiosk.services.settings import SETTINGS

DEFAULT_HOURS = SETTINGS["queue.opening_hours"].default


def _at(day: int, hh: int, mm: int) -> datetime:
    return datetime(2026, 11, day, hh, mm, tzinfo=LOCAL_TZ)  # 23 Nov 2026 is a Monday


def test_ticket_codes() -> None:
    assert [ticket_code("A", 1), ticket_code("B", 42), ticket_code("H", 999), ticket_code("A", 1000)] == [
        "A001",
        "B042",
        "H999",
        "A1000",
    ]


def test_opening_hours_from_the_default_setting() -> None:
    hours = parse_hours(DEFAULT_HOURS)
    assert hours[0] == [(time(7, 30), time(11, 30)), (time(13, 30), time(17, 0))] == hours[4]
    assert hours[5] == [(time(7, 30), time(11, 30))] and 6 not in hours
    assert not issuing_open(hours, _at(24, 7, 29))
    assert issuing_open(hours, _at(24, 7, 30))
    assert issuing_open(hours, _at(24, 12, 0))  # lunch: numbers for the afternoon
    assert issuing_open(hours, _at(24, 16, 59))
    assert not issuing_open(hours, _at(24, 17, 0))
    assert issuing_open(hours, _at(28, 11, 0)) and not issuing_open(hours, _at(28, 13, 45))  # Saturday
    assert not issuing_open(hours, _at(29, 9, 0))  # Sunday
    assert describe_hours(hours) == "Thứ Hai–Thứ Sáu 07:30–11:30, 13:30–17:00; Thứ Bảy 07:30–11:30"


def test_odd_or_broken_hours() -> None:
    hours = parse_hours({"sat-mon": ["8:00-10:00"], "wed": ["17:00-09:00"], "fun": ["08:00-09:00"], "thu": "x"})
    assert sorted(hours) == [0, 5, 6]  # wrap-around range kept; reversed span, unknown day, junk skipped
    assert describe_hours(hours) == "Thứ Hai 08:00–10:00; Thứ Bảy–Chủ nhật 08:00–10:00"
    assert issuing_open(parse_hours({}), _at(29, 3, 0))  # nothing readable: no limit


def test_estimate() -> None:
    assert service_minutes([], 12) == 12.0
    assert service_minutes([240, 360, 1200], 12) == 6.0  # median, not mean
    assert service_minutes([300, 420], 12) == 6.0
    assert estimate_wait(6.0, 4, 2) == 12
    assert estimate_wait(5.0, 1, 2) == 3  # 2.5 rounds half up
    assert estimate_wait(12.0, 3, 0) == 36  # no desk open yet: counts as one
    assert estimate_wait(12.0, 0, 1) == 0
    assert estimate_wait(12.0, -3, 1) == 0
