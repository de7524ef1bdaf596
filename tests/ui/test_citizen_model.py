"""The citizen screen's plain rules: next opening, ticket references, feed events, colours, the hidden gesture."""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace

import pytest

from kiosk.clock import LOCAL_TZ
from kiosk.services.queue.rules import next_opening, parse_hours
from kiosk.ui.citizen.corner import CornerTaps
from kiosk.ui.citizen.model import apply_events, is_uuid, normalise_code, ticket_ref
from kiosk.ui.citizen.style import LARGE, NORMAL, contrast

HOURS = parse_hours({"mon-fri": ["07:30-11:30", "13:30-17:00"], "sat": ["07:30-11:30"]})


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=LOCAL_TZ)  # 23 Nov 2026 is a Monday


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (_at(24, 6, 50), _at(24, 7, 30)),  # Tuesday before opening: this morning
        (_at(24, 17, 5), _at(25, 7, 30)),  # Tuesday evening: tomorrow
        (_at(28, 12, 0), _at(30, 7, 30)),  # Saturday after closing: Monday (no Sunday hours)
        (_at(29, 9, 0), _at(30, 7, 30)),  # Sunday
    ],
)
def test_next_opening(now: datetime, expected: datetime) -> None:
    assert next_opening(HOURS, now) == expected


def test_next_opening_without_limits_is_unknown() -> None:
    assert next_opening({}, _at(24, 9)) is None


def test_codes_are_read_as_said_aloud_and_uuids_pass_through() -> None:
    assert normalise_code("a12") == "A012"
    assert normalise_code(" A0012 ") == "A012"
    assert normalise_code("B7") == "B007"
    assert normalise_code("H1234") == "H1234"
    uuid = "3f2a6c1e-8d4b-4b7a-9a51-0c2f0e6b9d10"
    assert is_uuid(uuid) and ticket_ref(f" {uuid} ") == uuid
    assert not is_uuid("A012") and ticket_ref("a3") == "A003"
    # With the LAN pages on, the ticket QR is the phone link: a scanner types the whole link.
    link = f"http://192.168.1.10:8080/v/{uuid}"
    assert is_uuid(link) and ticket_ref(link) == uuid


def _event(kind: str, **payload: object) -> SimpleNamespace:
    return SimpleNamespace(kind=kind, payload=payload)


def test_feed_events_set_the_counts_they_carry() -> None:
    day = date(2026, 11, 24)
    counts = {"A": 3, "B": 0}
    events = [
        _event("ticket_issued", service="B", waiting=1, business_date="2026-11-24"),
        _event("ticket_called", service="A", waiting=2, business_date="2026-11-24"),
        _event("counter_opened", counter=1, services=["A"]),
        _event("ticket_issued", service="Z", waiting=9, business_date="2026-11-24"),  # not on this screen
        _event("ticket_issued", service="A", waiting=7, business_date="2026-11-23"),  # an old day's event
    ]
    new, reload = apply_events(counts, events, day)
    assert new == {"A": 2, "B": 1} and not reload
    assert counts == {"A": 3, "B": 0}  # the caller's dict is left alone
    _, reload = apply_events(counts, [_event("day_rolled_over", business_date="2026-11-25", closed=2)], day)
    assert reload
    _, reload = apply_events(counts, [_event("ticket_issued", service="A", waiting=1, business_date="2026-11-25")], day)
    assert reload


@pytest.mark.parametrize("look", [NORMAL, LARGE], ids=lambda look: look.name)
def test_every_text_colour_has_at_least_4_5_to_1(look) -> None:
    for what, ink, background in look.text_pairs():
        assert contrast(ink, background) >= 4.5, (look.name, what, ink, background)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_five_corner_taps_within_three_seconds_open_the_admin_exit() -> None:
    taps = CornerTaps()
    assert not any(taps.tap(t) for t in (0.0, 0.5, 1.0, 1.5))
    assert taps.tap(2.0)
    slow = CornerTaps()
    assert not any(slow.tap(t) for t in (0.0, 1.0, 2.0, 3.0, 4.0))  # five taps over four seconds
    assert not slow.tap(4.5)  # the last five span 1.0–4.5 s
    assert slow.tap(4.6)  # the last five span 2.0–4.6 s
