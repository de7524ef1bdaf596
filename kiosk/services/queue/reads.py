"""Read models of the queue for the screens: today's status, desks, one ticket, service tiles; and ratings.

Each read is one short transaction with a fixed number of queries (no query per ticket or per desk).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.clock import to_local
from kiosk.db import models as m
from kiosk.db.engine import read_transaction, transaction
from kiosk.errors import InputError, NotFoundError, StateError
from kiosk.services.queue import core
from kiosk.services.queue.base import T, read_settings
from kiosk.services.queue.follow import FollowReads
from kiosk.services.queue.refs import ticket_uuid_in
from kiosk.services.queue.rules import describe_hours, issuing_open, parse_hours
from kiosk.services.queue.views import CounterInfo, QueueStatus, RatingInfo, TicketInfo


@dataclass(frozen=True)
class ServiceTile:
    """One service on the kiosk's home screen."""

    prefix: str
    name: str
    description: str | None
    icon: str | None
    waiting: int
    open_counters: int
    estimated_wait_min: int


class QueueReads(FollowReads):
    # ------------------------------------------------------------ today at a glance

    def status(self) -> QueueStatus:
        """Waiting (per service, in calling order), serving per desk, parked and skipped tickets, desks."""
        with read_transaction(self._sessions) as session:
            _, today = self._now()
            return core.status(session.connection(), self._point(session), today)

    def waiting_count(self, prefix: str) -> int:
        with read_transaction(self._sessions) as session:
            _, today = self._now()
            return self._waiting(session, self._service(session, prefix).id, today)

    def counters(self) -> list[CounterInfo]:
        with read_transaction(self._sessions) as session:
            _, today = self._now()
            return self._counters(session, self._point(session), today)

    def counter(self, number: int) -> CounterInfo:
        with read_transaction(self._sessions) as session:
            return self._counter_info(session, self._counter(session, number))

    def service_tiles(self) -> list[ServiceTile]:
        """Active services with people waiting, open desks and the wait a new normal ticket would get."""
        with read_transaction(self._sessions) as session:
            _, today = self._now()
            window = read_settings(session, ("queue.estimate_window",))["queue.estimate_window"]
            services = session.scalars(
                select(m.QueueService).where(m.QueueService.active).order_by(m.QueueService.sort_order)
            ).all()
            waiting = dict(
                session.execute(
                    select(T.service_id, func.count())
                    .where(T.business_date == today, T.point_id == self._point(session), T.status == "waiting")
                    .group_by(T.service_id)
                ).all()
            )
            open_by = dict(
                session.execute(
                    select(m.CounterService.service_id, func.count())
                    .join(m.Counter, m.Counter.id == m.CounterService.counter_id)
                    .where(m.Counter.point_id == self._point(session), m.Counter.state == "open", m.Counter.active)
                    .group_by(m.CounterService.service_id)
                ).all()
            )
            return [
                ServiceTile(
                    prefix=s.prefix,
                    name=s.name,
                    description=s.description,
                    icon=s.icon,
                    waiting=int(waiting.get(s.id, 0)),
                    open_counters=int(open_by.get(s.id, 0)),
                    estimated_wait_min=self._estimate(
                        session,
                        s.id,
                        s.default_service_min,
                        int(waiting.get(s.id, 0)),
                        today,
                        window,
                        int(open_by.get(s.id, 0)),
                    ),
                )
                for s in services
            ]

    def issuing_hours(self) -> tuple[bool, str]:
        """(tickets handed out right now?, the opening hours as a sentence) for the kiosk's home screen."""
        with read_transaction(self._sessions) as session:
            conf = read_settings(session, ("queue.enforce_opening_hours", "queue.opening_hours"))
        hours = parse_hours(conf["queue.opening_hours"])
        now, _ = self._now()
        return (not conf["queue.enforce_opening_hours"]) or issuing_open(hours, to_local(now)), describe_hours(hours)

    # ------------------------------------------------------------ one ticket

    def ticket(self, code: str) -> TicketInfo:
        """Today's ticket by its code ("A001"), with people ahead and the estimate while it waits."""
        with read_transaction(self._sessions) as session:
            _, today = self._now()
            return self._detailed(session, self._ticket_today(session, code, today))

    def ticket_by_uuid(self, value: str | uuid.UUID) -> TicketInfo:
        """Any day's ticket by the uuid its QR code carries."""
        with read_transaction(self._sessions) as session:
            return self._detailed(session, self._ticket_uuid(session, value))

    def lookup(self, ref: str) -> TicketInfo:
        """A code of today, a uuid or the phone link `<public_url>/v/<uuid>`, as typed or read from a QR code."""
        return self.ticket_by_uuid(ref) if _looks_like_uuid(ref) else self.ticket(ref)

    def rate(self, ref: str, level: str, *, finished_only: bool = False) -> RatingInfo:
        """The citizen's satisfaction for a ticket that was served; one rating per ticket.

        `finished_only` (the phone page): only once the visit is over, checked in the same transaction.
        """
        level = (level or "").strip()
        try:
            with transaction(self._sessions) as session:
                _, today = self._now()
                if _looks_like_uuid(ref):
                    t = self._ticket_uuid(session, ref)
                else:
                    t = self._ticket_today(session, ref, today)
                levels = dict(
                    session.execute(
                        select(m.Term.code, m.Term.name).where(m.Term.kind == "satisfaction", m.Term.active)
                    ).all()
                )
                if level not in levels:
                    raise InputError(f"Mức đánh giá '{level}' không hợp lệ. Các mức: {', '.join(levels)}.")
                if t.called_at is None or t.status in ("waiting", "cancelled"):
                    raise StateError(f"Số {t.code} chưa được phục vụ nên chưa thể đánh giá.")
                if finished_only and t.status != "finished":
                    raise StateError(f"Số {t.code} chưa xong việc; xin đánh giá sau khi được phục vụ xong.")
                if session.scalar(select(m.Rating.id).where(m.Rating.ticket_id == t.id)) is not None:
                    raise StateError(f"Số {t.code} đã được đánh giá; xin cảm ơn ông/bà.")
                session.add(
                    m.Rating(
                        ticket_id=t.id,
                        point_id=t.point_id,
                        business_date=t.business_date,
                        created_at=self._clock.now(),
                        level=level,
                    )
                )
                session.flush()
                return RatingInfo(code=t.code, level=level, level_name=levels[level], business_date=t.business_date)
        except IntegrityError as exc:  # two screens rating the same ticket at the same instant
            raise StateError("Số này đã được đánh giá; xin cảm ơn ông/bà.") from exc

    # ------------------------------------------------------------ helpers shared with the commands

    def _ticket_today(self, session: Session, code: str, today: date, *, lock: bool = False) -> m.Ticket:
        """This point's ticket of today with this code: another point on the same server has its own A001."""
        wanted = (code or "").strip().upper()
        q = select(T).where(T.point_id == self._point(session), T.business_date == today, T.code == wanted)
        row = session.scalar(q.with_for_update() if lock else q)
        if row is None:
            raise NotFoundError(f"Không tìm thấy số {wanted or '(trống)'} trong ngày hôm nay.")
        return row

    @staticmethod
    def _ticket_uuid(session: Session, value: str | uuid.UUID) -> m.Ticket:
        key = ticket_uuid_in(value)
        if key is None:
            raise InputError("Mã QR trên phiếu không đọc được; xin nhập số thứ tự in trên phiếu.")
        row = session.scalar(select(T).where(T.uuid == key))
        if row is None:
            raise NotFoundError("Không tìm thấy phiếu có mã QR này.")
        return row

    def _detailed(self, session: Session, t: m.Ticket) -> TicketInfo:
        if t.status != "waiting":
            return self._info(session, t)
        ahead, _ = self._ahead(session, t)
        service = session.get(m.QueueService, t.service_id)
        assert service is not None
        window = read_settings(session, ("queue.estimate_window",))["queue.estimate_window"]
        estimate = self._estimate(
            session, service.id, service.default_service_min, ahead, t.business_date, window, point_id=t.point_id
        )
        return self._info(session, t, ahead=ahead, estimate=estimate)

    def _counters(self, session: Session, point_id: int, today: date) -> list[CounterInfo]:
        return core.counters(session.connection(), point_id, today)

    def _counter_info(self, session: Session, desk: m.Counter) -> CounterInfo:
        _, today = self._now()
        return next(c for c in self._counters(session, desk.point_id, today) if c.number == desk.number)


def _looks_like_uuid(ref: str | uuid.UUID) -> bool:
    # Long text that is no uuid still goes the uuid way, to be refused as an unreadable QR rather than a code.
    return ticket_uuid_in(ref) is not None or len(str(ref).strip()) >= 32
