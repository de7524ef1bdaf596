"""Shared plumbing of the queue engine: the point, lookups, the ticket view, people ahead and the wait estimate.

`QueueReads` (read models for the screens) and `QueueService` (the commands) both build on `QueueBase`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock, business_date
from kiosk.db import models as m
from kiosk.errors import NotFoundError
from kiosk.services import events, settings
from kiosk.services.queue import core, sql
from kiosk.services.queue.rules import estimate_wait
from kiosk.services.queue.views import TicketInfo

T = m.Ticket


def read_settings(session: Session, keys: Sequence[str]) -> dict[str, Any]:
    """Several declared settings in one query inside the caller's transaction (defaults when unset or mistyped)."""
    return settings.read_settings(session.connection(), keys)


class QueueBase:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, *, point_code: str = "XA") -> None:
        self._sessions = sessions
        self._clock = clock
        self._point_code = point_code
        self._point_id: int | None = None

    # ------------------------------------------------------------ time and place

    def _now(self) -> tuple[datetime, date]:
        now = self._clock.now()
        return now, business_date(now)

    def _point(self, session: Session) -> int:
        # Points are catalogue rows that do not change while a process runs: resolve once.
        if self._point_id is None:
            self._point_id = core.point_id(session.connection(), self._point_code)
        return self._point_id

    def _append(self, session: Session, kind: str, payload: dict[str, Any], **where: Any) -> None:
        """Append an event of this point (its id on the row, its code in the payload): on a server shared by
        several points, each screen follows its own point's events only."""
        events.append(session, kind, payload | {"point": self._point_code}, point_id=self._point(session), **where)

    # ------------------------------------------------------------ catalogue lookups

    @staticmethod
    def _service(session: Session, prefix: str) -> m.QueueService:
        code = (prefix or "").strip().upper()
        row = session.scalar(select(m.QueueService).where(m.QueueService.prefix == code, m.QueueService.active))
        if row is None:
            raise core.no_such_service(session.connection(), prefix)
        return row

    @staticmethod
    def _priority_names(session: Session) -> dict[str, str]:
        return core.priority_names(session.connection())

    def _priority_name(self, session: Session, group: str) -> str:
        return core.priority_name(session.connection(), group)

    def _counter(self, session: Session, number: int, *, lock: bool = False) -> m.Counter:
        q = select(m.Counter).where(
            m.Counter.point_id == self._point(session), m.Counter.number == int(number), m.Counter.active
        )
        if lock:
            # PostgreSQL: one desk's commands run one after another even from two windows; SQLite ignores it
            # (its write transactions are already serial: BEGIN IMMEDIATE).
            q = q.with_for_update()
        row = session.scalar(q)
        if row is None:
            numbers = session.scalars(
                select(m.Counter.number)
                .where(m.Counter.point_id == self._point(session), m.Counter.active)
                .order_by(m.Counter.number)
            ).all()
            raise NotFoundError(
                f"Không có quầy số {number}. Các quầy: {', '.join(str(n) for n in numbers) or 'chưa có'}."
            )
        return row

    @staticmethod
    def _counter_prefixes(session: Session, counter_id: int) -> list[str]:
        q = (
            select(m.QueueService.prefix)
            .join(m.CounterService, m.CounterService.service_id == m.QueueService.id)
            .where(m.CounterService.counter_id == counter_id)
            .order_by(m.QueueService.prefix)
        )
        return list(session.scalars(q))

    # ------------------------------------------------------------ the ticket as screens see it

    def _info(
        self,
        session: Session,
        t: m.Ticket,
        *,
        priority_name: str | None = None,
        ahead: int | None = None,
        estimate: int | None = None,
    ) -> TicketInfo:
        service = session.get(m.QueueService, t.service_id)
        assert service is not None
        counter_id = t.counter_id if t.status != "waiting" else t.target_counter_id
        counter = session.get(m.Counter, counter_id) if counter_id else None
        target = session.get(m.Counter, t.target_counter_id) if t.target_counter_id else None
        origin = session.get(m.QueueService, t.transferred_from_service_id) if t.transferred_from_service_id else None
        if t.priority_group and priority_name is None:
            priority_name = self._priority_names(session).get(t.priority_group, t.priority_group)
        return TicketInfo(
            uuid=t.uuid,
            code=t.code,
            number=t.number,
            service=service.prefix,
            service_name=service.name,
            business_date=t.business_date,
            priority=t.priority_group,
            priority_name=priority_name if t.priority_group else None,
            status=t.status,
            issued_at=t.issued_at,
            queued_at=t.queued_at,
            called_at=t.called_at,
            finished_at=t.finished_at,
            counter=counter.number if counter else None,
            counter_name=counter.name if counter else None,
            call_count=t.call_count,
            returned_after_skip=t.returned_after_skip,
            front_of_queue=t.front_of_queue,
            transferred_from=origin.prefix if origin else None,
            target_counter=target.number if target else None,
            service_seconds=t.service_seconds,
            waiting_ahead=ahead,
            estimated_wait_min=estimate,
        )

    # ------------------------------------------------------------ people ahead and the estimate

    @staticmethod
    def _ahead(session: Session, t: m.Ticket) -> tuple[int, int]:
        """(people who would be called before `t`, all waiting in its service) for the same day and point.

        Before a ticket: returned-after-skip tickets at the front, then priority tickets (for a normal ticket),
        then those who queued earlier. Anti-starvation may reorder this a little; it is an estimate.
        """
        earlier = or_(T.queued_at < t.queued_at, and_(T.queued_at == t.queued_at, T.id < t.id))
        if t.front_of_queue:
            before = and_(T.front_of_queue, earlier)
        elif t.priority_group:
            before = or_(T.front_of_queue, and_(T.priority_group.is_not(None), earlier))
        else:
            before = or_(T.front_of_queue, T.priority_group.is_not(None), earlier)
        q = select(func.count(), func.coalesce(func.sum(case((and_(before, T.id != t.id), 1), else_=0)), 0)).where(
            T.business_date == t.business_date,
            T.point_id == t.point_id,
            T.service_id == t.service_id,
            T.status == "waiting",
        )
        waiting, ahead = session.execute(q).one()
        return int(ahead), int(waiting)

    def _waiting(self, session: Session, service_id: int, day: date) -> int:
        params = {"day": day, "point_id": self._point(session), "service_id": service_id}
        return int(session.connection().execute(sql.WAITING, params).scalar() or 0)

    def _estimate(
        self,
        session: Session,
        service_id: int,
        default_min: float,
        ahead: int,
        day: date,
        window: int,
        open_counters: int | None = None,
        *,
        point_id: int | None = None,
    ) -> int:
        """Median of the last `window` service times today × people ahead ÷ open desks serving the service, at
        `point_id` (by default this point)."""
        if ahead <= 0:
            return 0
        point_id = self._point(session) if point_id is None else point_id
        if open_counters is None:
            params = {"service_id": service_id, "point_id": point_id}
            open_counters = int(session.connection().execute(sql.OPEN_COUNTERS_FOR, params).scalar() or 0)
        pace = self._pace(session, point_id, service_id, default_min, day, window)
        return estimate_wait(pace, ahead, open_counters)

    @staticmethod
    def _pace(session: Session, point_id: int, service_id: int, default_min: float, day: date, window: int) -> float:
        """Typical minutes per citizen of the service at the point today (the median of the last `window` served):
        another commune's desks on the same server work at their own pace."""
        return core.pace(session.connection(), point_id, service_id, default_min, day, window)
