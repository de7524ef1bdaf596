"""Several points on one PostgreSQL server (a district's communes, or a commune and its village point): each
screen shows and speaks its own point's queue, and each process holds at most two connections."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, select, text

from kiosk.app import Services, build_services
from kiosk.config import Config
from kiosk.db import models as m
from kiosk.db.engine import application_name
from kiosk.ui import worker
from kiosk.ui.app import make_application
from kiosk.ui.citizen.model import apply_events
from kiosk.ui.display.window import DisplayWindow
from tests.ui.test_display import RecordingSpeaker

pytestmark = pytest.mark.postgres

VILLAGE = "TH-DONG"  # a village point the shipped catalogue has, without desks until this test adds one


def _services(url: str, point: str, folder: Path) -> Services:
    config = Config(
        data_dir=folder / point,
        config_file=folder / "kiosk.toml",
        db_url=url,
        log_dir=folder / "logs",
        point_code=point,
    )
    return build_services(config, prepare=False)


def _add_village_desk(services: Services) -> None:
    with services.sessions.begin() as session:
        point_id = session.scalar(select(m.Point.id).where(m.Point.code == VILLAGE))
        service_id = session.scalar(select(m.QueueService.id).where(m.QueueService.prefix == "A"))
        desk = m.Counter(point_id=point_id, number=1, name="Bàn hỗ trợ thôn Đông", state="closed")
        session.add(desk)
        session.flush()
        session.add(m.CounterService(counter_id=desk.id, service_id=service_id))


@pytest.fixture
def two_points(
    pg_url: str, tmp_path: Path, from_template: Callable[[str], str]
) -> Iterator[tuple[str, Services, Services]]:
    url = from_template(pg_url)
    commune = _services(url, "XA", tmp_path)
    village = _services(url, VILLAGE, tmp_path)
    _add_village_desk(commune)
    try:
        yield url, commune, village
    finally:
        commune.close()
        village.close()


def test_every_event_carries_its_point_and_each_feed_reads_its_own(two_points: tuple[str, Services, Services]) -> None:
    _url, commune, village = two_points
    commune.queue.open_counter(1)
    village.queue.open_counter(1)
    a1 = commune.queue.issue("A", enforce_hours=False)
    a2 = commune.queue.issue("A", enforce_hours=False)
    v1 = village.queue.issue("A", enforce_hours=False)
    commune.queue.call_next(1)
    village.queue.call_next(1)

    queue_kinds = ("ticket_", "counter_")  # the set-up's config_changed events concern every point and carry none
    commune_feed = [e for e in commune.events.since(0) if e.kind.startswith(queue_kinds)]
    village_feed = [e for e in village.events.since(0) if e.kind.startswith(queue_kinds)]
    assert {e.payload["point"] for e in commune_feed} == {"XA"}
    assert {e.payload["point"] for e in village_feed} == {VILLAGE}
    assert [e.payload["code"] for e in commune_feed if e.kind == "ticket_issued"] == [a1.code, a2.code]
    assert [e.payload["code"] for e in village_feed if e.kind == "ticket_issued"] == [v1.code]
    # The kiosk's waiting counts come from the payloads: the village's ticket never changes the commune's.
    counts, _ = apply_events({"A": 0}, commune_feed, a1.business_date)
    assert counts["A"] == 1  # two issued, one called
    counts, _ = apply_events({"A": 0}, village_feed, v1.business_date)
    assert counts["A"] == 0
    board = village.display.board()
    assert [(d.number, d.serving) for d in board.desks] == [(1, v1.code)]
    # A reader that wants every point (a district overview) still sees both.
    from kiosk.services.events import EventService

    everything = EventService(commune.sessions).since(0)
    assert {e.payload["point"] for e in everything if e.kind.startswith(queue_kinds)} == {"XA", VILLAGE}


def test_each_hall_shows_and_speaks_only_its_points_calls(qtbot, two_points: tuple[str, Services, Services]) -> None:
    url, commune, village = two_points
    make_application()
    speaker = RecordingSpeaker()
    village.announce.attach(speaker)
    window = DisplayWindow(village, windowed=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.feed.last_id is not None, timeout=5000)
        commune.queue.open_counter(1)
        village.queue.open_counter(1)
        commune.queue.issue("A", enforce_hours=False)
        village_ticket = village.queue.issue("A", enforce_hours=False)
        commune.queue.call_next(1)  # the commune's desk 1: not this hall's
        village.queue.call_next(1)  # the village's desk 1: this hall's
        qtbot.waitUntil(lambda: window.hero.code.text() == village_ticket.code, timeout=5000)
        qtbot.waitUntil(lambda: len(speaker.said) == 1, timeout=5000)
        assert [a.code for a in speaker.said] == [village_ticket.code]
        assert window.recent.texts() == []
        assert window.waiting.count_text("A") == "0"

        # Meanwhile the village's display (LISTENing) holds at most two connections. Counted by the application
        # name its connections carry: the commune's services in this same process have their own, and a closed
        # connection's server process may still be listed for a moment after the client left.
        with create_engine(url).connect() as admin:
            held = admin.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND application_name = :name"
                ),
                {"name": application_name(VILLAGE)},
            ).scalar()
        assert held is not None and 1 <= held <= 2, f"{held} connections for one screen process"
        assert village.changes.mode == "listen"
    finally:
        window.stop()
        assert worker.wait_for_tasks(15_000)
        QApplication.processEvents()
