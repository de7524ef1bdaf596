"""The change feed (complete, ordered, self-contained payloads) and the read models the screens use."""

from __future__ import annotations

import uuid

import pytest

from kiosk.app import Services
from kiosk.clock import FixedClock
from kiosk.errors import InputError, NotFoundError, StateError

ELDER = "nguoi_cao_tuoi"
COMMON = {
    "ticket_uuid",
    "code",
    "number",
    "service",
    "service_name",
    "priority",
    "priority_name",
    "status",
    "business_date",
    "counter",
    "counter_name",
    "waiting",
    "at",
    "point",
}
EXTRA = {
    "ticket_issued": {"waiting_ahead", "estimated_wait_min"},
    "ticket_called": {"call_count", "resumed"},
    "ticket_recalled": {"call_count"},
    "ticket_transferred": {"from_service", "from_service_name", "from_counter"},
    "ticket_finished": {"service_seconds", "auto"},
}


def test_every_change_is_in_the_feed_in_order(any_services: Services, clock: FixedClock) -> None:
    q, feed = any_services.queue, any_services.events
    # The office's set-up (the template's) left its config_changed events: the queue's own start after them.
    start = feed.latest_id()
    assert feed.since(start) == []
    q.issue("A")
    q.issue("A", ELDER)
    q.issue("B")
    q.call_next(1)  # opens desk 1, calls A002 (priority)
    q.recall(1)
    q.park(1)
    clock.advance(minutes=1)
    q.call_next(1)  # A001
    q.transfer(1, to_service="B")
    q.call_ticket(1, "A002")  # the parked citizen is back
    clock.advance(minutes=4)
    q.finish(1)
    q.call_next(1)  # A001 (now in B, arrived before B001)
    q.skip(1)
    q.return_skipped("A001")
    q.cancel("B001")
    q.pause_counter(1)
    q.close_counter(1)

    events = feed.since(start, 1000)
    assert [(e.kind, e.payload.get("code")) for e in events] == [
        ("ticket_issued", "A001"),
        ("ticket_issued", "A002"),
        ("ticket_issued", "B001"),
        ("counter_opened", None),
        ("ticket_called", "A002"),
        ("ticket_recalled", "A002"),
        ("ticket_parked", "A002"),
        ("ticket_called", "A001"),
        ("ticket_transferred", "A001"),
        ("ticket_called", "A002"),
        ("ticket_finished", "A002"),
        ("ticket_called", "A001"),
        ("ticket_skipped", "A001"),
        ("ticket_returned", "A001"),
        ("ticket_cancelled", "B001"),
        ("counter_paused", None),
        ("counter_closed", None),
    ]
    ids = [e.id for e in events]
    assert ids == sorted(set(ids)) and feed.latest_id() == ids[-1]
    # Polling in small pages gives the same feed.
    paged, last = [], start
    while batch := feed.since(last, 4):
        paged.extend(batch)
        last = batch[-1].id
    assert [e.id for e in paged] == ids
    assert feed.since(ids[5], 2) == events[6:8]

    for e in events:
        if e.kind.startswith("ticket_"):
            assert COMMON | EXTRA.get(e.kind, set()) <= set(e.payload), e.kind
            assert e.ticket_id is not None
        else:
            assert set(e.payload) == {"counter", "counter_name", "state", "services", "at", "point"}
            assert e.payload["point"] == "XA"
            assert e.payload["counter"] == 1 and e.payload["services"] == ["A", "B", "G"]
    by_kind = {(e.kind, e.payload.get("code")): e.payload for e in events}
    called = by_kind[("ticket_called", "A002")]
    assert called["counter"] == 1 and called["counter_name"].startswith("Quầy 1")
    assert called["priority_name"] == "Người cao tuổi" and called["service_name"] == "Tư pháp – Hộ tịch"
    assert called["resumed"] is True and called["call_count"] == 3  # called, recalled, called back
    assert by_kind[("ticket_finished", "A002")]["service_seconds"] == 240
    assert by_kind[("ticket_finished", "A002")]["auto"] is False
    transferred = by_kind[("ticket_transferred", "A001")]
    assert (transferred["service"], transferred["from_service"], transferred["from_counter"]) == ("B", "A", 1)
    assert by_kind[("ticket_issued", "B001")]["waiting"] == 1
    # The read models agree with the feed (also on PostgreSQL).
    status = q.status()
    assert [(t.code, t.service, t.front_of_queue) for t in status.waiting] == [("A001", "B", True)]
    assert status.serving == [] and status.waiting_by_service == {"B": 1}
    tiles = {t.prefix: t for t in q.service_tiles()}
    assert (tiles["B"].waiting, tiles["B"].open_counters, tiles["A"].waiting) == (1, 0, 0)
    assert [c.state for c in q.counters()] == ["closed"] * 5
    assert q.ticket("A001").waiting_ahead == 0 and q.rate("A002", "hai_long").level == "hai_long"


def test_status_lists_the_queue_in_calling_order(services: Services, clock: FixedClock) -> None:
    q = services.queue
    q.issue("A")  # A001
    clock.advance(minutes=1)
    q.issue("A", ELDER)  # A002
    q.issue("A")  # A003
    q.issue("C")  # C001
    q.call_next(2)  # desk 2 takes A002
    q.call_next(1)  # desk 1 takes A001
    q.skip(1)
    q.return_skipped("A001")
    q.issue("A", ELDER)  # A004
    q.call_next(3)  # C001
    q.park(3)
    status = q.status()
    assert [(t.code, t.priority) for t in status.waiting] == [("A001", None), ("A004", ELDER), ("A003", None)]
    assert status.waiting[0].front_of_queue and status.waiting_by_service == {"A": 3}
    assert [(t.code, t.counter) for t in status.serving] == [("A002", 2)]
    assert [(t.code, t.counter) for t in status.parked] == [("C001", 3)]
    data = status.as_dict()
    assert {"code", "service", "priority", "issued_at"} <= set(data["waiting"][0])
    assert data["serving"] == [{"code": "A002", "counter": 2, "service": "A", "since": data["serving"][0]["since"]}]
    assert q.waiting_count("a") == 3 and q.waiting_count("C") == 0
    desks = {c.number: c for c in q.counters()}
    assert (desks[2].state, desks[2].serving, desks[3].parked, desks[5].state) == ("open", "A002", ("C001",), "closed")
    tiles = {t.prefix: t for t in q.service_tiles()}
    assert (tiles["A"].waiting, tiles["A"].open_counters) == (3, 2)
    assert tiles["A"].estimated_wait_min == round(12 * 3 / 2)


def test_ticket_lookup_by_code_and_by_qr_uuid(services: Services) -> None:
    q = services.queue
    issued = q.issue("B")
    q.issue("B")
    third = q.issue("B")
    found = q.ticket("b003")
    assert (found.code, found.status, found.waiting_ahead, found.estimated_wait_min) == ("B003", "waiting", 2, 12)
    assert q.ticket_by_uuid(third.uuid).code == "B003"
    assert q.lookup(str(issued.uuid)).code == "B001"
    assert q.lookup(" B001 ").uuid == issued.uuid
    with pytest.raises(NotFoundError):
        q.ticket("B777")
    with pytest.raises(NotFoundError):
        q.ticket_by_uuid(uuid.uuid4())
    with pytest.raises(InputError):
        q.lookup("x" * 36)


def test_rating_once_per_served_ticket(services: Services) -> None:
    q = services.queue
    ticket = q.issue("G")
    with pytest.raises(StateError):
        q.rate("G001", "hai_long")  # not served yet
    q.call_next(4)
    q.finish(4)
    with pytest.raises(InputError) as err:
        q.rate("G001", "tuyet_voi")
    assert "rat_hai_long" in err.value.message
    rating = q.rate(str(ticket.uuid), "rat_hai_long")  # from the QR code
    assert (rating.code, rating.level_name) == ("G001", "Rất hài lòng")
    with pytest.raises(StateError) as err:
        q.rate("G001", "hai_long")
    assert "đã được đánh giá" in err.value.message
