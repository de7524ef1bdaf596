"""The queue engine: numbered tickets, calling with priorities, and what a desk does with a citizen.

Numbering: per point, business day and service (A001, A002, … again from A001 the next day; every point sharing
a server has its own A001), drawn with one upsert `INSERT … ON CONFLICT DO UPDATE … RETURNING` on ticket_numbers
in the ticket's own transaction, so a number is used exactly when its ticket commits: no gap, no duplicate, also
across processes and machines; the unique (point_id, business_date, code) constraint is the safety net. A code
names a ticket only together with its point: every lookup by code is scoped to this point.

Calling: `call_next(counter)` picks among the services that desk serves (and tickets transferred to it):
1. a skipped citizen who came back (once) goes first;
2. a normal ticket that has waited longer than `queue.normal_max_wait_min`, oldest first;
3. priority groups (catalogue terms of kind "priority_group"), oldest first — unless this desk has just made
   `queue.priority_streak_max` priority calls in a row, then the oldest normal ticket goes first;
4. everyone else by arrival (`queued_at`: a transfer or a return keeps the original arrival).
On PostgreSQL the pick is `FOR UPDATE SKIP LOCKED`, so two desks calling at once never get the same citizen.

Decisions a desk lives with:
- One citizen at a time: calling the next one while serving finishes the current ticket first (like the
  "next" button of every queue machine); `CallResult.finished` names it.
- Calling on a closed desk opens it (an officer who presses "call" is at the desk); a paused desk refuses.
- Closing a desk finishes the ticket it serves and is refused while a citizen it parked has not come back.
- A parked ticket (citizen filling in a form) stays with its desk; the desk calls it back with `call_ticket`.
- A transferred ticket keeps its code and arrival time; it may go to another service, to one desk, or both.
- Tickets of an earlier business day are never called; the first command of a new day closes them
  (waiting, parked, skipped → no_show; a ticket still shown as serving → finished).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, or_, select
from sqlalchemy.orm import Session

from kiosk.db import models as m
from kiosk.db.engine import transaction
from kiosk.errors import InputError, StateError
from kiosk.services import events
from kiosk.services.queue import core
from kiosk.services.queue.base import T, read_settings
from kiosk.services.queue.reads import QueueReads
from kiosk.services.queue.views import CallResult, CounterInfo, TicketInfo

CALL_SETTINGS = ("queue.priority_streak_max", "queue.normal_max_wait_min")


class QueueService(QueueReads):
    """Commands of the queue; read models come from QueueReads. Every change appends an event (events.py)."""

    _rolled_to: date | None = None

    # ------------------------------------------------------------ issuing

    def issue(self, service: str, priority_group: str | None = None, *, enforce_hours: bool = True) -> TicketInfo:
        """A new ticket for `service` (prefix, e.g. "A"), with people ahead and the estimated wait.

        `enforce_hours`: refuse outside `queue.opening_hours` when `queue.enforce_opening_hours` is on (the kiosk
        screen); staff tools pass False.
        """
        group = (priority_group or "").strip() or None
        self._roll_over()
        with transaction(self._sessions) as session:
            now, _ = self._now()
            point = self._point(session)
            info, ticket_id, payload = core.issue(
                session.connection(), point, now, service, group, enforce_hours=enforce_hours
            )
            self._append(session, "ticket_issued", payload, at=now, ticket_id=ticket_id)
            return info

    # ------------------------------------------------------------ calling

    def call_next(self, counter: int, staff_id: int | None = None) -> CallResult:
        """Finish what the desk serves, then call the next citizen for it (ticket None when nobody waits).

        `staff_id` is the officer logged in at the desk: the ticket keeps who served it (tally by member)."""
        self._roll_over()
        with transaction(self._sessions) as session:
            now, today = self._now()
            desk = self._desk_ready(session, counter, now)
            finished = self._finish_serving(session, desk, now, auto=True)
            ticket = self._pick(session, desk, now, today)
            if ticket is None:
                return CallResult(desk.number, desk.name, None, finished=finished)
            desk.consecutive_priority_calls = desk.consecutive_priority_calls + 1 if ticket.priority_group else 0
            info = self._start_serving(session, ticket, desk, now, resumed=False, staff_id=staff_id)
            return CallResult(desk.number, desk.name, info, finished=finished)

    def call_ticket(self, counter: int, code: str, staff_id: int | None = None) -> CallResult:
        """Call one ticket by its code: a parked citizen who is ready, or a waiting one the desk picks by hand."""
        self._roll_over()
        with transaction(self._sessions) as session:
            now, today = self._now()
            desk = self._desk_ready(session, counter, now)
            ticket = self._ticket_today(session, code, today, lock=True)
            resumed = ticket.status == "parked"
            if resumed and ticket.counter_id != desk.id:
                raise StateError(f"Số {ticket.code} đang tạm chờ ở quầy khác; quầy đó sẽ gọi lại.")
            if ticket.status == "skipped":
                raise StateError(f"Số {ticket.code} đã vắng mặt khi được gọi; hãy xếp lại số này trước.")
            if ticket.status not in ("waiting", "parked"):
                raise StateError(f"Số {ticket.code} không còn chờ gọi.")
            if ticket.status == "waiting" and not self._desk_may_serve(session, desk, ticket):
                raise StateError(f"Quầy số {desk.number} không phục vụ lĩnh vực của số {ticket.code}.")
            finished = self._finish_serving(session, desk, now, auto=True)
            info = self._start_serving(session, ticket, desk, now, resumed=resumed, staff_id=staff_id)
            return CallResult(desk.number, desk.name, info, finished=finished, resumed=resumed)

    def _desk_ready(self, session: Session, number: int, now: datetime) -> m.Counter:
        desk = self._counter(session, number, lock=True)
        if desk.state == "paused":
            raise StateError(f"Quầy số {desk.number} đang tạm nghỉ; hãy mở lại quầy rồi mới gọi số.")
        if desk.state == "closed":
            self._set_state(session, desk, "open", now)
        return desk

    @staticmethod
    def _desk_may_serve(session: Session, desk: m.Counter, t: m.Ticket) -> bool:
        if t.target_counter_id is not None:
            return t.target_counter_id == desk.id
        q = select(m.CounterService.service_id).where(
            m.CounterService.counter_id == desk.id, m.CounterService.service_id == t.service_id
        )
        return session.scalar(q) is not None

    def _pick(self, session: Session, desk: m.Counter, now: datetime, today: date) -> m.Ticket | None:
        conf = read_settings(session, CALL_SETTINGS)
        if desk.consecutive_priority_calls >= conf["queue.priority_streak_max"]:
            rank = case((T.priority_group.is_(None), 0), else_=1)
        else:
            starving = and_(
                T.priority_group.is_(None), T.queued_at < now - timedelta(minutes=conf["queue.normal_max_wait_min"])
            )
            rank = case((starving, 0), (T.priority_group.is_not(None), 1), else_=2)
        served = select(m.CounterService.service_id).where(m.CounterService.counter_id == desk.id)
        q = (
            select(T)
            .where(T.status == "waiting", T.business_date == today, T.point_id == desk.point_id)
            .where(or_(and_(T.target_counter_id.is_(None), T.service_id.in_(served)), T.target_counter_id == desk.id))
            .order_by(T.front_of_queue.desc(), rank, T.queued_at, T.id)
            .limit(1)
            .with_for_update(skip_locked=True)
        )
        return session.scalar(q)

    def _start_serving(
        self, session: Session, t: m.Ticket, desk: m.Counter, now: datetime, *, resumed: bool, staff_id: int | None
    ) -> TicketInfo:
        t.status = "serving"
        if staff_id is not None:
            t.served_by_id = staff_id
        t.counter_id = desk.id
        t.target_counter_id = None
        t.front_of_queue = False
        t.called_at = t.called_at or now
        t.last_called_at = now
        t.call_count += 1
        session.flush()
        info = self._info(session, t)
        payload = info.payload(self._waiting(session, t.service_id, t.business_date))
        self._append(
            session,
            "ticket_called",
            payload | {"call_count": t.call_count, "resumed": resumed},
            at=now,
            ticket_id=t.id,
            counter_id=desk.id,
        )
        return info

    # ------------------------------------------------------------ what the desk does with its citizen

    def recall(self, counter: int) -> TicketInfo:
        """Announce the ticket at the desk again."""
        self._roll_over()
        with transaction(self._sessions) as session:
            now, _ = self._now()
            desk, t = self._serving_at(session, counter, "gọi lại")
            t.call_count += 1
            return self._emit(session, "ticket_recalled", t, desk, now, call_count=t.call_count)

    def skip(self, counter: int) -> TicketInfo:
        """The citizen did not come: set the ticket aside; `return_skipped` puts it back at the front, once."""
        self._roll_over()
        with transaction(self._sessions) as session:
            now, _ = self._now()
            desk, t = self._serving_at(session, counter, "bỏ qua")
            self._end_stint(t, now)
            t.status = "skipped"
            return self._emit(session, "ticket_skipped", t, desk, now)

    def park(self, counter: int) -> TicketInfo:
        """The citizen steps away (to fill a form); the desk serves others and calls this ticket back later."""
        self._roll_over()
        with transaction(self._sessions) as session:
            now, _ = self._now()
            desk, t = self._serving_at(session, counter, "tạm chờ")
            self._end_stint(t, now)
            t.status = "parked"
            return self._emit(session, "ticket_parked", t, desk, now)

    def finish(self, counter: int) -> TicketInfo:
        self._roll_over()
        with transaction(self._sessions) as session:
            now, _ = self._now()
            desk, t = self._serving_at(session, counter, "kết thúc")
            return self._finish(session, t, desk, now, auto=False)

    def transfer(self, counter: int, *, to_service: str | None = None, to_counter: int | None = None) -> TicketInfo:
        """Send the citizen at this desk to another service and/or desk; code and arrival time stay."""
        if not to_service and to_counter is None:
            raise InputError("Hãy chọn lĩnh vực hoặc quầy để chuyển số đến.")
        self._roll_over()
        with transaction(self._sessions) as session:
            now, _ = self._now()
            desk, t = self._serving_at(session, counter, "chuyển")
            from_service = session.get(m.QueueService, t.service_id)
            assert from_service is not None
            svc = self._service(session, to_service) if to_service else from_service
            target = self._counter(session, to_counter) if to_counter is not None else None
            if target is not None and target.id == desk.id:
                raise StateError("Không thể chuyển số đến chính quầy đang phục vụ.")
            if target is not None and svc.prefix not in self._counter_prefixes(session, target.id):
                raise StateError(f"Quầy số {target.number} không phục vụ lĩnh vực {svc.prefix} – {svc.name}.")
            if target is None and svc.id == from_service.id:
                raise StateError("Số này đã ở lĩnh vực đó; hãy chọn lĩnh vực hoặc quầy khác.")
            if target is None and not self._served_anywhere(session, svc.id):
                raise StateError(f"Chưa có quầy nào phục vụ lĩnh vực {svc.prefix} – {svc.name}.")
            self._end_stint(t, now)
            if svc.id != from_service.id:
                # Time at the old desk says nothing about the new service's pace.
                t.service_seconds = None
                t.transferred_from_service_id = from_service.id
                t.service_id = svc.id
            t.status = "waiting"
            t.counter_id = None
            t.target_counter_id = target.id if target is not None else None
            extra = {"from_service": from_service.prefix, "from_service_name": from_service.name}
            return self._emit(session, "ticket_transferred", t, desk, now, from_counter=desk.number, **extra)

    def return_skipped(self, code: str) -> TicketInfo:
        """A skipped citizen came back the same day: to the front of the queue, once."""
        self._roll_over()
        with transaction(self._sessions) as session:
            now, today = self._now()
            t = self._ticket_today(session, code, today, lock=True)
            if t.status != "skipped":
                raise StateError(f"Số {t.code} không ở trạng thái vắng mặt nên không cần xếp lại.")
            if t.returned_after_skip:
                raise StateError(f"Số {t.code} đã được xếp lại một lần; xin công dân lấy số mới.")
            t.status = "waiting"
            t.front_of_queue = True
            t.returned_after_skip = True
            t.counter_id = None
            return self._emit(session, "ticket_returned", t, None, now)

    def cancel(self, code: str) -> TicketInfo:
        """The citizen leaves before being served (or the ticket was taken by mistake)."""
        self._roll_over()
        with transaction(self._sessions) as session:
            now, today = self._now()
            t = self._ticket_today(session, code, today, lock=True)
            if t.status == "serving":
                raise StateError(f"Số {t.code} đang được phục vụ; hãy kết thúc thay vì huỷ.")
            if t.status not in ("waiting", "parked", "skipped"):
                raise StateError(f"Số {t.code} đã kết thúc, không huỷ được.")
            t.status = "cancelled"
            t.front_of_queue = False
            return self._emit(session, "ticket_cancelled", t, None, now)

    def _serving_at(self, session: Session, number: int, action: str) -> tuple[m.Counter, m.Ticket]:
        desk = self._counter(session, number, lock=True)
        t = session.scalars(
            select(T).where(T.status == "serving", T.counter_id == desk.id).order_by(T.last_called_at.desc()).limit(1)
        ).first()
        if t is None:
            raise StateError(f"Quầy số {desk.number} chưa có số nào đang phục vụ để {action}.")
        return desk, t

    @staticmethod
    def _end_stint(t: m.Ticket, now: datetime) -> None:
        start = t.last_called_at or t.called_at
        if start is not None:
            t.service_seconds = (t.service_seconds or 0) + max(0, int((now - start).total_seconds()))

    def _finish(self, session: Session, t: m.Ticket, desk: m.Counter, now: datetime, *, auto: bool) -> TicketInfo:
        self._end_stint(t, now)
        t.status = "finished"
        t.finished_at = now
        return self._emit(session, "ticket_finished", t, desk, now, service_seconds=t.service_seconds, auto=auto)

    def _finish_serving(self, session: Session, desk: m.Counter, now: datetime, *, auto: bool) -> str | None:
        serving = session.scalars(select(T).where(T.status == "serving", T.counter_id == desk.id).order_by(T.id))
        codes = [self._finish(session, t, desk, now, auto=auto).code for t in serving.all()]
        return codes[-1] if codes else None

    def _served_anywhere(self, session: Session, service_id: int) -> bool:
        q = (
            select(m.Counter.id)
            .join(m.CounterService, m.CounterService.counter_id == m.Counter.id)
            .where(m.CounterService.service_id == service_id, m.Counter.point_id == self._point(session))
            .where(m.Counter.active)
            .limit(1)
        )
        return session.scalar(q) is not None

    def _emit(
        self, session: Session, kind: str, t: m.Ticket, desk: m.Counter | None, now: datetime, **extra: object
    ) -> TicketInfo:
        session.flush()
        info = self._info(session, t)
        payload = info.payload(self._waiting(session, t.service_id, t.business_date)) | extra
        self._append(session, kind, payload, at=now, ticket_id=t.id, counter_id=desk.id if desk else None)
        return info

    # ------------------------------------------------------------ desks

    def open_counter(self, counter: int) -> CounterInfo:
        return self._change_state(counter, "open")

    def pause_counter(self, counter: int) -> CounterInfo:
        """A break: the desk calls nobody until opened again; the citizen at the desk can still be finished."""
        return self._change_state(counter, "paused")

    def close_counter(self, counter: int) -> CounterInfo:
        """End of the desk's day: finishes the ticket it serves; refused while a ticket it parked is out."""
        return self._change_state(counter, "closed")

    def _change_state(self, number: int, state: str) -> CounterInfo:
        self._roll_over()
        with transaction(self._sessions) as session:
            now, today = self._now()
            desk = self._counter(session, number, lock=True)
            if state == "closed":
                parked = session.scalars(
                    select(T.code).where(T.status == "parked", T.counter_id == desk.id, T.business_date == today)
                ).all()
                if parked:
                    raise StateError(
                        f"Quầy số {desk.number} còn số {', '.join(parked)} đang tạm chờ bổ sung giấy tờ; "
                        "hãy gọi lại, chuyển hoặc huỷ trước khi đóng quầy."
                    )
                self._finish_serving(session, desk, now, auto=True)
            if desk.state != state:
                self._set_state(session, desk, state, now)
            return self._counter_info(session, desk)

    def _set_state(self, session: Session, desk: m.Counter, state: str, now: datetime) -> None:
        desk.state = state
        session.flush()
        payload = {
            "counter": desk.number,
            "counter_name": desk.name,
            "state": state,
            "services": self._counter_prefixes(session, desk.id),
        }
        self._append(session, f"counter_{'opened' if state == 'open' else state}", payload, at=now, counter_id=desk.id)

    # ------------------------------------------------------------ day rollover

    def _roll_over(self) -> None:
        """Close what earlier business days left open; runs once per process and day (cheap when nothing is left)."""
        now, today = self._now()
        if self._rolled_to == today:
            return
        with transaction(self._sessions) as session:
            closed = core.roll_over(session.connection(), today)
            if closed:
                events.append(session, "day_rolled_over", core.roll_over_payload(today, closed), at=now)
        self._rolled_to = today
