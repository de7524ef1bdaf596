"""Several points on one database (a commune desk and its village point, or a district's communes): each point
numbers its own tickets from A001 every morning, and everything that finds a ticket by its code — the desk, the
hall display, the spoken call, the printed ticket, a desk record — finds its own point's ticket only."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.app import Services, build_services
from kiosk.cli import main
from kiosk.clock import Clock
from kiosk.config import Config, sqlite_url
from kiosk.db import models as m
from kiosk.errors import StateError
from kiosk.services.sync.service import SyncService
from kiosk.services.voice.service import from_event
from tests.assist_helpers import add_staff, visit
from tests.conftest import make_config

VILLAGE = "TH-DONG"  # a village point of the shipped catalogue, without desks of its own yet


def at_village(config: Config, clock: Clock) -> Services:
    """The services of the village point's machine on the database `config` names."""
    return build_services(replace(config, point_code=VILLAGE, point_explicit=True), clock=clock, prepare=False)


@pytest.fixture
def village(any_services: Services) -> Iterator[Services]:
    """The village point's machine on the commune's database, with two desks: 1 serves A and B, 2 serves A."""
    svc = at_village(any_services.config, any_services.clock)
    with svc.sessions.begin() as s:
        point = s.scalar(select(m.Point).where(m.Point.code == VILLAGE))
        by_prefix = {q.prefix: q for q in s.scalars(select(m.QueueService))}
        s.add(m.Counter(point_id=point.id, number=1, name="Bàn 1", services=[by_prefix["A"], by_prefix["B"]]))
        s.add(m.Counter(point_id=point.id, number=2, name="Bàn 2", services=[by_prefix["A"]]))
    yield svc
    svc.close()


def _row(services: Services, key: uuid.UUID) -> m.Ticket:
    with services.sessions() as s:
        row = s.scalar(select(m.Ticket).where(m.Ticket.uuid == key))
        assert row is not None
        s.expunge(row)
        return row


def test_each_point_starts_at_001_every_day(any_services: Services, village: Services) -> None:
    commune = any_services
    codes = [
        commune.queue.issue("A", enforce_hours=False).code,
        commune.queue.issue("A", enforce_hours=False).code,
        village.queue.issue("A", enforce_hours=False).code,
        village.queue.issue("B", enforce_hours=False).code,
        commune.queue.issue("A", enforce_hours=False).code,
        village.queue.issue("A", enforce_hours=False).code,
    ]
    assert codes == ["A001", "A002", "A001", "B001", "A003", "A002"]
    commune.clock.advance(days=1)
    assert village.queue.issue("A", enforce_hours=False).code == "A001"
    assert commune.queue.issue("A", enforce_hours=False).code == "A001"


def test_waiting_counts_calls_board_and_voice_stay_at_their_point(any_services: Services, village: Services) -> None:
    commune = any_services
    commune_tickets = [commune.queue.issue("A", enforce_hours=False) for _ in range(3)]
    mine = village.queue.issue("A", enforce_hours=False)

    # The kiosk's home screen: people waiting per service, at this point only.
    assert (commune.queue.waiting_count("A"), village.queue.waiting_count("A")) == (3, 1)
    tiles = {t.prefix: t.waiting for t in village.queue.service_tiles()}
    assert tiles["A"] == 1
    assert mine.waiting_ahead == 0  # the commune's three are not ahead of the village's first citizen

    # The desk's "call next": the village desk 1 calls the village's A001, not the commune's (issued earlier).
    called = village.queue.call_next(1)
    assert called.ticket is not None and called.ticket.uuid == mine.uuid
    assert [t.code for t in commune.queue.status().waiting] == ["A001", "A002", "A003"]
    assert village.queue.status().waiting == [] and village.queue.counter(1).serving == "A001"
    assert commune.queue.counter(1).serving is None
    commune_call = commune.queue.call_next(2)
    assert commune_call.ticket is not None and commune_call.ticket.uuid == commune_tickets[0].uuid

    # The hall display: each hall shows its own desks, waiting people and recent calls.
    hall = village.display.board()
    assert [(d.number, d.serving) for d in hall.desks] == [(1, "A001"), (2, None)]
    assert {s.prefix: s.waiting for s in hall.services}["A"] == 0
    assert [(c.code, c.counter) for c in hall.recent] == [("A001", 1)]
    commune_hall = commune.display.board()
    assert [(c.code, c.counter) for c in commune_hall.recent] == [("A001", 2)]
    assert {s.prefix: s.waiting for s in commune_hall.services}["A"] == 2

    # The spoken calls: each hall hears the calls of its own desks.
    heard = [from_event(e.kind, e.payload) for e in village.events.since(0, 1000)]
    assert [(a.code, a.counter) for a in heard if a is not None] == [("A001", 1)]
    heard = [from_event(e.kind, e.payload) for e in commune.events.since(0, 1000)]
    assert [(a.code, a.counter) for a in heard if a is not None] == [("A001", 2)]


def test_a_code_finds_this_points_ticket_only(any_services: Services, village: Services) -> None:
    commune = any_services
    ours = commune.queue.issue("A", enforce_hours=False)
    theirs = village.queue.issue("A", enforce_hours=False)
    assert ours.code == theirs.code == "A001"

    assert commune.queue.ticket("A001").uuid == ours.uuid
    assert village.queue.ticket("a001").uuid == theirs.uuid

    # The commune calls its A001 by code and sends it to service B: the village's A001 stays where it was.
    assert commune.queue.call_ticket(1, "A001").ticket.uuid == ours.uuid
    moved = commune.queue.transfer(1, to_service="B")
    assert moved.uuid == ours.uuid and moved.service == "B"
    untouched, service_a = _row(village, theirs.uuid), _row(commune, ours.uuid).transferred_from_service_id
    assert (untouched.status, untouched.service_id, untouched.call_count) == ("waiting", service_a, 0)

    # The village calls and recalls its A001; the commune's A001 (waiting in B) is not announced again.
    assert village.queue.call_ticket(1, "A001").ticket.uuid == theirs.uuid
    assert village.queue.recall(1).uuid == theirs.uuid
    assert _row(village, theirs.uuid).call_count == 2 and _row(commune, ours.uuid).call_count == 1
    assert commune.announce.for_code("A001", 3).service == commune.catalogue.queue_service("B").name
    assert village.announce.for_code("A001", 1).service == village.catalogue.queue_service("A").name

    # Cancelling and bringing back by code: each point's command sees its own ticket's state.
    village.queue.skip(1)
    with pytest.raises(StateError, match="không ở trạng thái vắng mặt"):
        commune.queue.return_skipped("A001")  # the commune's A001 waits; the skipped one is the village's
    assert commune.queue.cancel("A001").uuid == ours.uuid
    assert _row(village, theirs.uuid).status == "skipped"
    assert village.queue.return_skipped("A001").uuid == theirs.uuid
    assert _row(commune, ours.uuid).status == "cancelled"


def test_printing_and_records_by_code_stay_at_their_point(any_services: Services, village: Services) -> None:
    commune = any_services
    ours = commune.queue.issue("A", enforce_hours=False)
    theirs = village.queue.issue("A", enforce_hours=False)

    # `kiosk print ticket A001` (and the desk's reprint) at each point prints that point's ticket.
    assert commune.handouts.ticket_view("A001").ticket_uuid == str(ours.uuid)
    assert village.handouts.ticket_view("a1").ticket_uuid == str(theirs.uuid)

    # A desk record typed with the ticket's code links the ticket of the record's point.
    me = add_staff(commune, "Nguyễn Thị Lan", "officer")
    at_village = village.assists.record(visit(me, ticket_code="A001"), me)
    at_commune = commune.assists.record(visit(me, ticket_code="A001"), me)
    with commune.sessions() as s:
        linked = [s.get(m.AssistRecord, r.id).ticket_id for r in (at_village, at_commune)]
    assert linked == [_row(village, theirs.uuid).id, _row(commune, ours.uuid).id]


def test_commands_at_each_point_read_its_own_a001(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    from_template: Callable[[str], str],
) -> None:
    """`kiosk ticket …` / `kiosk queue …` on a shared database: KIOSK_POINT says which point's A001 is meant."""

    monkeypatch.setenv("KIOSK_DB_URL", from_template(sqlite_url(tmp_path / "shared.sqlite3")))

    def run(point: str, *argv: str) -> dict:
        monkeypatch.setenv("KIOSK_POINT", point)
        code = main([*argv, "--json"])
        out, err = capsys.readouterr()
        assert code == 0, err
        return json.loads(out)

    commune_first = run("XA", "ticket", "issue", "A")
    village_first = run(VILLAGE, "ticket", "issue", "A")
    assert (commune_first["code"], village_first["code"]) == ("A001", "A001")
    assert run("XA", "ticket", "issue", "A")["code"] == "A002"
    assert run(VILLAGE, "ticket", "show", "A001")["uuid"] == village_first["uuid"]
    assert run("XA", "ticket", "show", "A001")["uuid"] == commune_first["uuid"]
    assert run("XA", "queue", "call", "--counter", "1", "--code", "A001")["code"] == "A001"
    assert run(VILLAGE, "ticket", "show", "A001")["status"] == "waiting"
    assert run("XA", "ticket", "show", "A001")["status"] == "serving"


def test_hand_over_keeps_both_a001_apart(
    any_services: Services, tmp_path: Path, from_template: Callable[[str], str]
) -> None:
    """A village point on its own database hands its records to the commune, which has its own A001 that day.
    Tickets stay where they were issued; a record travels without its ticket link, so the commune never ties the
    village's visit to its own A001 by the shared code."""

    commune = any_services
    url = from_template(sqlite_url(tmp_path / "village.sqlite3"))
    field = at_village(make_config(url, tmp_path / "village"), commune.clock)
    try:
        theirs = field.queue.issue("A", enforce_hours=False)
        ours = commune.queue.issue("A", enforce_hours=False)
        assert theirs.code == ours.code == "A001"
        helper = add_staff(field, "Lò Văn Sơn")
        travelled = field.assists.record(visit(helper, ticket_code="A001"), helper)
        me = add_staff(commune, "Nguyễn Thị Lan", "officer")
        stayed = commune.assists.record(visit(me, ticket_code="A001"), me)

        code = SyncService(commune.sessions, commune.clock, "XA").pair_point(VILLAGE)
        SyncService(field.sessions, field.clock, VILLAGE).accept_pairing(code)
        SyncService(field.sessions, field.clock, VILLAGE).export_bundle(tmp_path / "thon.kiosk.gz")
        report = SyncService(commune.sessions, commune.clock, "XA").import_bundle(tmp_path / "thon.kiosk.gz")
        assert report.added["records"] == 1

        with commune.sessions() as s:
            arrived = s.scalar(select(m.AssistRecord).where(m.AssistRecord.uuid == travelled.uuid))
            assert arrived is not None and arrived.ticket_id is None
            assert s.get(m.Point, arrived.point_id).code == VILLAGE
            assert s.get(m.AssistRecord, stayed.id).ticket_id == s.scalar(
                select(m.Ticket.id).where(m.Ticket.uuid == ours.uuid)
            )
            assert s.scalars(select(m.Ticket.code)).all() == ["A001"]  # the commune's own; none came along
        assert field.queue.ticket("A001").uuid == theirs.uuid
    finally:
        field.close()


def test_the_wait_estimate_uses_this_points_pace(any_services: Services, village: Services) -> None:
    """A commune desk that took an hour with a citizen says nothing about how fast the village's desk works."""
    commune = any_services
    commune.queue.issue("A", enforce_hours=False)
    commune.queue.call_next(1)
    commune.clock.advance(minutes=60)
    commune.queue.finish(1)
    assert commune.queue.issue("A", enforce_hours=False).estimated_wait_min == 0  # nobody ahead
    slow = commune.queue.issue("A", enforce_hours=False)
    assert slow.estimated_wait_min >= 30  # the commune's own pace: an hour per citizen (two desks serve A)

    village.queue.open_counter(1)
    village.queue.issue("A", enforce_hours=False)
    second = village.queue.issue("A", enforce_hours=False)
    default = village.catalogue.queue_service("A").default_service_min
    assert second.estimated_wait_min == default  # one citizen ahead, one open desk, no pace of its own yet
    assert village.queue.ticket("A002").estimated_wait_min == default
