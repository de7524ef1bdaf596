"""Queue engine behaviour with an injected clock: numbering, priorities, desk actions, estimates, rollover."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from kiosk.app import Services
from kiosk.clock import LOCAL_TZ, FixedClock
from kiosk.db import models as m
from kiosk.errors import InputError, NotFoundError, StateError
from kiosk.services.demo import DemoGenerator

ELDER = "nguoi_cao_tuoi"


def _codes(services: Services, status: str) -> list[str]:
    with services.sessions() as s:
        return list(s.scalars(select(m.Ticket.code).where(m.Ticket.status == status).order_by(m.Ticket.code)))


def _ticket(services: Services, code: str) -> m.Ticket:
    with services.sessions() as s:
        return s.scalars(select(m.Ticket).where(m.Ticket.code == code).order_by(m.Ticket.id.desc())).first()


def test_numbers_per_service_restart_each_vietnam_day(any_services: Services, clock: FixedClock) -> None:
    q = any_services.queue
    assert [q.issue("A").code, q.issue("A").code, q.issue("b").code, q.issue("A").code] == [
        "A001",
        "A002",
        "B001",
        "A003",
    ]
    first = q.issue("B")
    assert (first.number, first.service, first.business_date.isoformat()) == (2, "B", "2026-11-24")
    clock.set(datetime(2026, 11, 25, 7, 45, tzinfo=LOCAL_TZ))
    again = q.issue("A")
    assert (again.code, again.business_date.isoformat()) == ("A001", "2026-11-25")
    with any_services.sessions() as s:
        rows = s.execute(select(m.TicketNumber.business_date, m.TicketNumber.last_number)).all()
    assert sorted((d.isoformat(), n) for d, n in rows) == [("2026-11-24", 2), ("2026-11-24", 3), ("2026-11-25", 1)]


def test_unknown_service_or_group_is_bad_input(services: Services) -> None:
    with pytest.raises(NotFoundError) as err:
        services.queue.issue("Z")
    assert err.value.exit_code == 2 and "lĩnh vực" in err.value.message and "A, B" in err.value.message
    with pytest.raises(InputError) as err:
        services.queue.issue("A", "vip")
    assert err.value.exit_code == 2 and "nhóm ưu tiên" in err.value.message and ELDER in err.value.message
    assert _codes(services, "waiting") == []


def test_people_ahead_and_estimate_follow_the_formula(services: Services, clock: FixedClock) -> None:
    q = services.queue
    first = q.issue("A")
    assert (first.waiting_ahead, first.estimated_wait_min) == (0, 0)
    for _ in range(3):
        q.issue("A")
    # Nobody served yet: the catalogue default (A: 12 min); no desk open counts as one.
    assert (q.issue("A").waiting_ahead, q.issue("A").estimated_wait_min) == (4, 12 * 5)
    q.open_counter(1)
    q.open_counter(2)  # both serve A
    assert q.issue("A").estimated_wait_min == round(12 * 6 / 2)
    # Served today in 4, 6 and 20 minutes: the median (6) replaces the default.
    for minutes in (4, 6, 20):
        q.call_next(1)
        clock.advance(minutes=minutes)
        q.finish(1)
    ticket = q.issue("A")  # 4 served of 8 issued before it: 4 waiting ahead
    assert (ticket.waiting_ahead, ticket.estimated_wait_min) == (4, round(6 * 4 / 2))
    q.pause_counter(2)
    assert q.ticket(ticket.code).estimated_wait_min == 6 * 4
    # A priority ticket only waits behind other priority tickets.
    assert q.issue("A", ELDER).waiting_ahead == 0


def test_priority_goes_first_but_a_normal_ticket_gets_through_after_the_streak(
    services: Services, clock: FixedClock
) -> None:
    q = services.queue
    q.issue("A")  # A001 normal
    for _ in range(4):
        clock.advance(minutes=1)
        q.issue("A", ELDER)  # A002..A005
    clock.advance(minutes=1)
    q.issue("A")  # A006 normal
    calls = [q.call_next(1).ticket.code for _ in range(6)]
    # Default queue.priority_streak_max = 3: three priority calls, then the oldest normal ticket.
    assert calls == ["A002", "A003", "A004", "A001", "A005", "A006"]
    assert q.call_next(1).ticket is None


def test_streak_length_comes_from_the_settings(services: Services) -> None:
    services.settings.set("queue.priority_streak_max", 1)
    q = services.queue
    for group in (None, None, ELDER, ELDER, ELDER):
        q.issue("B", group)
    assert [q.call_next(1).ticket.code for _ in range(5)] == ["B003", "B001", "B004", "B002", "B005"]


def test_a_normal_ticket_waiting_too_long_goes_first(services: Services, clock: FixedClock) -> None:
    services.settings.set("queue.normal_max_wait_min", 10)
    q = services.queue
    q.issue("A")  # 09:00
    clock.advance(minutes=5)
    q.issue("A", ELDER)  # 09:05
    q.issue("A", ELDER)
    clock.advance(minutes=4)  # 09:09: A001 has waited 9 minutes, not more than 10
    assert q.call_next(1).ticket.code == "A002"
    clock.advance(minutes=2)  # 09:11: 11 minutes
    assert q.call_next(1).ticket.code == "A001"
    assert q.call_next(1).ticket.code == "A003"


def test_a_desk_serves_one_ticket_at_a_time(services: Services, clock: FixedClock) -> None:
    q = services.queue
    q.issue("A")
    q.issue("A")
    first = q.call_next(1)
    assert (first.ticket.code, first.finished) == ("A001", None)
    clock.advance(minutes=3)
    second = q.call_next(1)
    assert (second.ticket.code, second.finished) == ("A002", "A001")
    done = _ticket(services, "A001")
    assert (done.status, done.service_seconds) == ("finished", 180)
    last = q.call_next(1)
    assert (last.ticket, last.finished) == (None, "A002")
    assert [c.serving for c in q.counters() if c.number == 1] == [None]


def test_counter_states(services: Services) -> None:
    q = services.queue
    q.issue("C")
    assert q.counter(3).state == "closed"
    q.pause_counter(3)
    with pytest.raises(StateError) as err:
        q.call_next(3)
    assert "tạm nghỉ" in err.value.message
    q.close_counter(3)
    result = q.call_next(3)  # a closed desk that calls is opened
    assert result.ticket.code == "C001" and q.counter(3).state == "open"
    kinds = [e.kind for e in services.events.since(0) if e.kind.startswith("counter_")]
    assert kinds == ["counter_paused", "counter_closed", "counter_opened"]
    q.open_counter(3)  # already open: no new event
    assert [e.kind for e in services.events.since(0)][-1] == "ticket_called"
    info = q.close_counter(3)  # closing finishes the ticket at the desk
    assert (info.state, info.serving, _ticket(services, "C001").status) == ("closed", None, "finished")
    with pytest.raises(NotFoundError):
        q.open_counter(42)


def test_skipped_citizen_comes_back_to_the_front_once(services: Services, clock: FixedClock) -> None:
    q = services.queue
    for _ in range(3):
        q.issue("A")
    assert q.call_next(1).ticket.code == "A001"
    skipped = q.skip(1)
    assert skipped.status == "skipped"
    assert q.call_next(1).ticket.code == "A002"
    q.issue("A", ELDER)  # A004: priority, but a returned citizen goes before it
    back = q.return_skipped("a001")
    assert (back.status, back.front_of_queue) == ("waiting", True)
    assert q.call_next(2).ticket.code == "A001"
    q.skip(2)
    with pytest.raises(StateError) as err:
        q.return_skipped("A001")
    assert "một lần" in err.value.message
    with pytest.raises(StateError):
        q.call_ticket(2, "A001")
    assert _ticket(services, "A001").queued_at == _ticket(services, "A001").issued_at


def test_parked_ticket_keeps_its_place_and_its_desk(services: Services, clock: FixedClock) -> None:
    q = services.queue
    q.issue("A")
    clock.advance(minutes=1)
    q.issue("A")
    q.call_next(1)
    clock.advance(minutes=2)
    parked = q.park(1)
    assert (parked.status, parked.counter, parked.service_seconds) == ("parked", 1, 120)
    assert q.call_next(1).ticket.code == "A002"  # the desk serves others meanwhile
    assert q.counter(1).parked == ("A001",)
    with pytest.raises(StateError):
        q.call_ticket(2, "A001")  # another desk does not take it
    with pytest.raises(StateError) as err:
        q.close_counter(1)
    assert "A001" in err.value.message
    clock.advance(minutes=10)
    back = q.call_ticket(1, "A001")
    assert (back.ticket.code, back.resumed, back.finished) == ("A001", True, "A002")
    clock.advance(minutes=3)
    q.finish(1)
    row = _ticket(services, "A001")
    assert (row.status, row.service_seconds, row.call_count) == ("finished", 120 + 180, 2)
    assert row.queued_at == row.issued_at


def test_transfer_keeps_code_and_arrival(services: Services, clock: FixedClock) -> None:
    q = services.queue
    q.issue("A")  # 09:00
    clock.advance(minutes=5)
    q.issue("B")  # 09:05
    clock.advance(minutes=5)
    q.call_next(2)  # desk 2 (A, D, F) takes A001
    moved = q.transfer(2, to_service="B")
    assert (moved.code, moved.service, moved.transferred_from, moved.status) == ("A001", "B", "A", "waiting")
    assert moved.queued_at == moved.issued_at
    assert q.issue("B").code == "B002"  # numbering of B is untouched
    # Desk 1 serves B: A001 arrived at 09:00, before B001 (09:05).
    assert q.call_next(1).ticket.code == "A001"
    # To one desk: only that desk calls it, even though desk 2 also serves A.
    q.issue("A")
    assert q.call_next(2).ticket.code == "A002"
    with pytest.raises(StateError):
        q.transfer(2, to_counter=3)  # desk 3 does not serve A
    with pytest.raises(StateError):
        q.transfer(2, to_counter=2)
    sent = q.transfer(2, to_counter=1)
    assert (sent.target_counter, sent.service) == (1, "A")
    clock.advance(minutes=1)
    q.issue("A")  # A003
    assert q.call_next(2).ticket.code == "A003"
    assert q.call_next(2).ticket is None
    # Desk 1 by arrival: B001 (09:05), B002 and A002 (both 09:10, B002 issued first).
    assert [q.call_next(1).ticket.code for _ in range(3)] == ["B001", "B002", "A002"]
    kinds = [e for e in services.events.since(0) if e.kind == "ticket_transferred"]
    assert [(e.payload["from_service"], e.payload["service"], e.payload["counter"]) for e in kinds] == [
        ("A", "B", None),
        ("A", "A", 1),
    ]


def test_cancel(services: Services) -> None:
    q = services.queue
    q.issue("G")
    q.issue("G")
    assert q.cancel("G001").status == "cancelled"
    assert q.call_next(4).ticket.code == "G002"
    with pytest.raises(StateError):
        q.cancel("G002")  # being served: finish it instead
    with pytest.raises(StateError):
        q.cancel("G001")
    with pytest.raises(NotFoundError):
        q.cancel("G999")


def test_rollover_at_vietnam_midnight_closes_yesterday(any_services: Services, clock: FixedClock) -> None:
    q = any_services.queue
    clock.set(datetime(2026, 11, 24, 16, 50, tzinfo=LOCAL_TZ))
    for _ in range(3):
        q.issue("A")
    q.call_next(1)  # A001 at desk 1
    q.issue("A")
    # 23:30 in Vietnam is still the same business day.
    clock.set(datetime(2026, 11, 24, 23, 30, tzinfo=LOCAL_TZ))
    assert q.call_next(2).ticket.code == "A002"
    # 00:10 on the 25th in Vietnam = 17:10 UTC on the 24th: a new business day although UTC has not turned.
    clock.set(datetime(2026, 11, 25, 0, 10, tzinfo=LOCAL_TZ))
    assert clock.now().day == 24
    with pytest.raises(StateError):
        q.finish(1)  # A001, left "serving" overnight, was closed at its call time, not at 00:10
    assert _ticket(any_services, "A001").finished_at == _ticket(any_services, "A001").last_called_at
    assert q.call_next(2).ticket is None  # yesterday's A003 is never called
    assert _codes(any_services, "no_show") == ["A003", "A004"]
    assert _codes(any_services, "finished") == ["A001", "A002"]
    assert q.status().waiting == [] and q.status().serving == []
    rolled = [e.payload for e in any_services.events.since(0) if e.kind == "day_rolled_over"]
    assert rolled == [{"business_date": "2026-11-25", "closed": 2, "at": rolled[0]["at"]}]
    clock.set(datetime(2026, 11, 25, 7, 35, tzinfo=LOCAL_TZ))
    assert q.issue("A").code == "A001"


def test_opening_hours_apply_to_the_kiosk(services: Services, clock: FixedClock) -> None:
    q = services.queue
    clock.set(datetime(2026, 11, 24, 6, 50, tzinfo=LOCAL_TZ))
    with pytest.raises(StateError) as err:
        q.issue("A")
    assert "Thứ Hai–Thứ Sáu 07:30–11:30, 13:30–17:00" in err.value.message
    assert q.issuing_hours()[0] is False
    assert q.issue("A", enforce_hours=False).code == "A001"  # a staff tool may
    clock.set(datetime(2026, 11, 24, 12, 15, tzinfo=LOCAL_TZ))  # lunch: take a number for the afternoon
    assert q.issue("A").code == "A002"
    clock.set(datetime(2026, 11, 29, 9, 0, tzinfo=LOCAL_TZ))  # Sunday
    with pytest.raises(StateError):
        q.issue("A")
    services.settings.set("queue.enforce_opening_hours", False)
    assert q.issue("A").code == "A001" and q.issuing_hours()[0] is True


def test_demo_rows_and_the_engine_work_together(services: Services) -> None:
    DemoGenerator(services.sessions, services.clock).generate(3, seed=3)
    q = services.queue
    today = q.status().business_date
    with services.sessions() as s:
        service_a = s.scalar(select(m.QueueService.id).where(m.QueueService.prefix == "A"))
        last = s.scalar(
            select(m.TicketNumber.last_number).where(
                m.TicketNumber.service_id == service_a, m.TicketNumber.business_date == today
            )
        )
    ticket = q.issue("A")
    assert ticket.number == (last or 0) + 1
    assert ticket.estimated_wait_min >= 0
    result = q.call_next(1)
    assert result.ticket is not None
    status = q.status()
    assert any(t.code == result.ticket.code for t in status.serving)
