"""Many tickets followed at once (the phones on the LAN pages): each one's state, people ahead, wait and rating.

One short read transaction with a fixed number of queries however many phones follow: after every change in the
queue the web server refreshes all of them together, so 200 phones cost one read, not 200. People ahead are
counted with `rules.people_ahead`, the same order as `QueueBase._ahead` (a test keeps the two in agreement).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.db import models as m
from kiosk.db.engine import read_transaction
from kiosk.services.queue import sql
from kiosk.services.queue.base import QueueBase, T, read_settings
from kiosk.services.queue.rules import estimate_wait, people_ahead
from kiosk.services.queue.views import TicketInfo

_CHUNK = 500  # bind parameters per IN list: well under SQLite's and PostgreSQL's limits


@dataclass(frozen=True)
class Followed:
    """A ticket as its citizen's phone shows it; `today` tells an earlier day's ticket (expired) apart."""

    ticket: TicketInfo
    today: date
    rating: str | None = None  # the satisfaction level's code once rated
    rating_name: str | None = None

    @property
    def expired(self) -> bool:
        return self.ticket.business_date < self.today


class FollowReads(QueueBase):
    def follow(self, keys: Sequence[uuid.UUID]) -> dict[uuid.UUID, Followed]:
        """The tickets with these uuids that exist (unknown ones are left out), as of one moment."""
        wanted = list(dict.fromkeys(keys))
        with read_transaction(self._sessions) as session:
            _, today = self._now()
            rows: list[m.Ticket] = []
            for start in range(0, len(wanted), _CHUNK):
                rows.extend(session.scalars(select(T).where(T.uuid.in_(wanted[start : start + _CHUNK]))))
            # Held here so `_info`'s lookups of services and desks hit the session's (weak) identity map; for a
            # page or two, `_info`'s own lookups are fewer queries.
            keep = (
                [*session.scalars(select(m.QueueService)), *session.scalars(select(m.Counter))] if len(rows) > 2 else []
            )
            waiting = [t for t in rows if t.status == "waiting" and t.business_date == today]
            ahead = self._ahead_many(session, waiting, today)
            estimates = self._estimates(session, waiting, ahead, today)
            ratings = self._ratings(session, [t.id for t in rows if t.status == "finished"])
            out = {}
            for t in rows:
                info = self._info(session, t, ahead=ahead.get(t.id), estimate=estimates.get(t.id))
                level, name = ratings.get(t.id, (None, None))
                out[t.uuid] = Followed(ticket=info, today=today, rating=level, rating_name=name)
            del keep
            return out

    def ticket_exists(self, key: uuid.UUID) -> bool:
        """Is there a ticket with this uuid (any day)? One indexed lookup: a live stream's check before it opens."""
        with read_transaction(self._sessions) as session:
            return session.scalar(select(T.id).where(T.uuid == key)) is not None

    def _ahead_many(self, session: Session, tickets: list[m.Ticket], today: date) -> dict[int, int]:
        if len(tickets) <= 2:  # one phone's page: a count in SQL beats reading the whole queue
            return {t.id: self._ahead(session, t)[0] for t in tickets}
        queues: dict[tuple[int, int], list] = defaultdict(list)
        service_ids = {t.service_id for t in tickets}
        for row in session.execute(
            select(T.id, T.point_id, T.service_id, T.queued_at, T.front_of_queue, T.priority_group).where(
                T.business_date == today, T.status == "waiting", T.service_id.in_(service_ids)
            )
        ):
            queues[(row.point_id, row.service_id)].append(row)
        ahead: dict[int, int] = {}
        for rows in queues.values():
            ahead.update(people_ahead(rows))
        return {t.id: ahead.get(t.id, 0) for t in tickets}

    def _estimates(
        self, session: Session, tickets: list[m.Ticket], ahead: dict[int, int], today: date
    ) -> dict[int, int]:
        """`QueueBase._estimate` for each ticket, with the pace and the open desks read once per queue (point and
        service: a phone follows its ticket by uuid, whichever point of the server issued it)."""
        if not tickets:
            return {}
        window = read_settings(session, ("queue.estimate_window",))["queue.estimate_window"]
        service_ids = {t.service_id for t in tickets}
        services = {s.id: s for s in session.scalars(select(m.QueueService).where(m.QueueService.id.in_(service_ids)))}
        pace, desks = {}, {}
        for point_id, sid in {(t.point_id, t.service_id) for t in tickets}:
            pace[point_id, sid] = self._pace(session, point_id, sid, services[sid].default_service_min, today, window)
            params = {"service_id": sid, "point_id": point_id}
            desks[point_id, sid] = int(session.connection().execute(sql.OPEN_COUNTERS_FOR, params).scalar() or 0)
        return {
            t.id: estimate_wait(pace[t.point_id, t.service_id], ahead[t.id], desks[t.point_id, t.service_id])
            if ahead[t.id] > 0
            else 0
            for t in tickets
        }

    @staticmethod
    def _ratings(session: Session, ticket_ids: list[int]) -> dict[int, tuple[str, str]]:
        if not ticket_ids:
            return {}
        names = dict(session.execute(select(m.Term.code, m.Term.name).where(m.Term.kind == "satisfaction")).all())
        out = {}
        for start in range(0, len(ticket_ids), _CHUNK):
            for ticket_id, level in session.execute(
                select(m.Rating.ticket_id, m.Rating.level).where(
                    m.Rating.ticket_id.in_(ticket_ids[start : start + _CHUNK])
                )
            ):
                out[ticket_id] = (level, names.get(level, level))
        return out
