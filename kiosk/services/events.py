"""The change feed every screen follows: an append-only `events` table read as "events after id N".

Writers append in the same transaction as the change they describe, so an event exists exactly when its change
does. Readers (hall display, kiosk, desk screens, in any process or machine) poll `EventService.since(last_id)`
every few hundred milliseconds and remember the last id they saw.

Ids are handed out in commit order, so a reader never skips an event that commits late: SQLite runs one write
transaction at a time, and on PostgreSQL `append` takes a transaction-scoped advisory lock before drawing the id,
held until commit (a plain sequence would let id 11 commit before id 10, and a poller that saw 11 would never
see 10). The lock is taken last in every transaction, after the row locks, so it cannot deadlock.

Payload keys (a contract: the hall display and the kiosk read them without another query)
-------------------------------------------------------------------------------------------
Every ticket event (kind starts with ``ticket_``):
    ticket_uuid      str   the opaque id on the ticket's QR code
    code             str   "A001" (keeps its letter after a transfer)
    number           int   1
    service          str   prefix of the ticket's current service, "A"
    service_name     str   "Tư pháp – Hộ tịch"
    priority         str|None   priority group code ("nguoi_cao_tuoi"), None for a normal ticket
    priority_name    str|None   "Người cao tuổi"
    status           str   the ticket's status after the change
    business_date    str   "2026-11-24" (Asia/Ho_Chi_Minh)
    counter          int|None   desk number involved (the calling desk; for a transfer, the target desk or None)
    counter_name     str|None   "Quầy 1 – Tư pháp, Chứng thực"
    waiting          int   tickets still waiting for that service after the change
    at               str   ISO-8601 UTC time of the change
    point            str   code of the point whose queue changed (also on counter events); several points may
                           share one server, and each screen follows its own point (EventService(point_code))
Extra keys by kind:
    ticket_issued       waiting_ahead (int), estimated_wait_min (int)
    ticket_called       call_count (int), resumed (bool: a parked ticket called back)
    ticket_recalled     call_count (int)
    ticket_skipped      (none)
    ticket_returned     (none; the ticket goes to the front of its queue, once)
    ticket_parked       (none; `counter` is the desk that will call it back)
    ticket_transferred  from_service, from_service_name (str), from_counter (int|None)
    ticket_finished     service_seconds (int), auto (bool: finished by calling the next ticket or closing the desk)
    ticket_cancelled    (none)
Counter events (counter_opened, counter_paused, counter_closed):
    counter (int), counter_name (str), state (str), services (list of prefixes), at (str)
Day rollover (day_rolled_over, once per business day when tickets were left open):
    business_date (str, the new day), closed (int: earlier tickets closed as no-show), at (str)
Configuration (config_changed, an administrator changed what the screens show: staff, counters, services,
villages, catalogue, ticker notices, settings; kiosk/services/admin/changes.py):
    what (str: staff | counters | services | villages | catalogue | notices | settings), action (str), at (str)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.db import models as m
from kiosk.db.engine import read_transaction
from kiosk.services import feed
from kiosk.services.feed import COUNTER_KINDS, KINDS, OTHER_KINDS, TICKET_KINDS

__all__ = ["COUNTER_KINDS", "KINDS", "OTHER_KINDS", "TICKET_KINDS", "EventInfo", "EventService", "append"]

MAX_LIMIT = 1000
_PENDING = "kiosk_pending_events"


@dataclass(frozen=True)
class EventInfo:
    id: int
    kind: str
    created_at: datetime
    ticket_id: int | None
    counter_id: int | None
    payload: dict[str, Any]


def append(
    session: Session,
    kind: str,
    payload: dict[str, Any],
    *,
    at: datetime,
    ticket_id: int | None = None,
    counter_id: int | None = None,
    point_id: int | None = None,
) -> None:
    """Append an event to the caller's transaction; it is written, in order, just before that transaction commits.

    Writing last keeps the PostgreSQL event lock after every row lock of the transaction (no deadlock) and
    held for the shortest time.
    """
    row = feed.event_row(kind, payload, at=at, ticket_id=ticket_id, counter_id=counter_id, point_id=point_id)
    session.info.setdefault(_PENDING, []).append(row)


def _write_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    feed.write(session.connection(), rows)


@event.listens_for(Session, "before_commit")
def _write_pending(session: Session) -> None:
    rows = session.info.pop(_PENDING, None)
    if rows:
        session.flush()
        _write_rows(session, rows)  # looked up at call time, so a test can hang a process right here


@event.listens_for(Session, "after_rollback")
def _drop_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)


class EventService:
    """Read side of the feed, for screens that poll: this point's events and those for every point.

    `point_code` None reads every point's events (a district overview); a point code that is not in the database
    (a fresh one, before set-up) reads everything too, as there is nothing to tell apart yet.
    """

    def __init__(self, sessions: sessionmaker[Session], point_code: str | None = None) -> None:
        self._sessions = sessions
        self._point_code = point_code
        self._point_id: int | None = None

    def _point_filter(self, session: Session) -> Any:
        if self._point_code is None:
            return None
        if self._point_id is None:
            self._point_id = session.scalar(select(m.Point.id).where(m.Point.code == self._point_code))
            if self._point_id is None:
                return None
        return or_(m.Event.point_id == self._point_id, m.Event.point_id.is_(None))

    def since(self, after_id: int = 0, limit: int = 200) -> list[EventInfo]:
        """Events with id > after_id, oldest first, at most `limit` (1–1000), of this point (and every point's)."""
        limit = max(1, min(int(limit), MAX_LIMIT))
        with read_transaction(self._sessions) as session:
            q = select(m.Event).where(m.Event.id > after_id)
            mine = self._point_filter(session)
            if mine is not None:
                q = q.where(mine)
            q = q.order_by(m.Event.id).limit(limit)
            return [
                EventInfo(e.id, e.kind, e.created_at, e.ticket_id, e.counter_id, dict(e.payload or {}))
                for e in session.scalars(q)
            ]

    def latest_id(self) -> int:
        """The id a screen starts from when it only wants what happens next (0 on an empty feed)."""
        with read_transaction(self._sessions) as session:
            return int(session.scalar(select(func.coalesce(func.max(m.Event.id), 0))) or 0)
