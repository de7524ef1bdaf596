"""Today's status and issuing a ticket, on Core tables alone (kiosk/db/tables.py and sql.py's statements).

What `kiosk queue status` and `kiosk ticket issue` run through `QueueCore`, without importing `sqlalchemy.orm`
or declaring the mapped classes (about 0.3 s of every start). QueueService (the ORM commands) delegates to the
same functions on its session's connection, so the screens and the commands issue and read the queue one way.
The functions take the caller's connection and transaction; writing the event is the caller's (an ORM session
defers it to its commit, QueueCore writes it last, feed.py).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine

from kiosk.clock import Clock, business_date, to_local
from kiosk.db.engine import read_connection, write_connection
from kiosk.errors import InputError, NotFoundError, StateError
from kiosk.services import feed
from kiosk.services.queue import sql
from kiosk.services.queue.rules import (
    describe_hours,
    estimate_wait,
    issuing_open,
    parse_hours,
    service_minutes,
    ticket_code,
)
from kiosk.services.queue.views import CounterInfo, QueueItem, QueueStatus, TicketInfo
from kiosk.services.settings import read_settings

ISSUE_SETTINGS = ("queue.enforce_opening_hours", "queue.opening_hours", "queue.estimate_window")


def point_id(conn: Connection, code: str) -> int:
    found = conn.execute(sql.POINT_ID, {"code": code}).scalar()
    if found is None:
        raise NotFoundError(
            f"Không có nơi làm việc mã '{code}' trong danh mục; "
            "hãy nạp danh mục (kiosk catalogue import) hoặc sửa mã nơi làm việc trong cấu hình."
        )
    return int(found)


def no_such_service(conn: Connection, prefix: str) -> NotFoundError:
    """The sentence for a service letter that is not (or no longer) offered, naming those that are."""
    known = list(conn.execute(sql.SERVICE_PREFIXES).scalars())
    return NotFoundError(
        f"Không có lĩnh vực xếp hàng '{prefix}'. Các lĩnh vực hiện có: {', '.join(known) or 'chưa có'}."
    )


def priority_names(conn: Connection) -> dict[str, str]:
    return {code: name for code, name in conn.execute(sql.PRIORITY_NAMES)}


def priority_name(conn: Connection, group: str) -> str:
    names = priority_names(conn)
    if group not in names:
        listed = "; ".join(f"{code} ({name})" for code, name in names.items())
        raise InputError(f"Không có nhóm ưu tiên '{group}'. Các nhóm ưu tiên: {listed or 'chưa có'}.")
    return names[group]


def pace(conn: Connection, point: int, service_id: int, default_min: float, day: date, window: int) -> float:
    """Typical minutes per citizen of the service at the point today (the median of the last `window` served):
    another commune's desks on the same server work at their own pace."""
    params = {"day": day, "point_id": point, "service_id": service_id, "window": max(1, int(window))}
    samples = []
    for seconds, called, last_called, finished in conn.execute(sql.RECENT_SERVICE_TIMES, params):
        if seconds is not None:
            samples.append(float(seconds))
        elif (last_called or called) is not None:  # rows written before service_seconds existed (demo data)
            samples.append((finished - (last_called or called)).total_seconds())
    return service_minutes(samples, default_min)


def counters(conn: Connection, point: int, today: date) -> list[CounterInfo]:
    """The point's desks with their services, the ticket each serves and those it parked (three queries)."""
    desks = conn.execute(sql.DESKS, {"point_id": point}).all()
    prefixes: dict[int, list[str]] = defaultdict(list)
    for counter_id, prefix in conn.execute(sql.DESK_SERVICES):
        prefixes[counter_id].append(prefix)
    held: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for counter_id, status, code in conn.execute(sql.HELD_AT_DESKS, {"day": today, "point_id": point}):
        held[counter_id][status].append(code)
    return [
        CounterInfo(
            number=d.number,
            name=d.name,
            state=d.state,
            services=tuple(prefixes[d.id]),
            serving=(held[d.id]["serving"] or [None])[-1],
            parked=tuple(held[d.id]["parked"]),
            priority_streak=d.consecutive_priority_calls,
        )
        for d in desks
    ]


def status(conn: Connection, point: int, today: date) -> QueueStatus:
    """Waiting (per service, in calling order), serving per desk, parked and skipped tickets, desks."""
    rows = conn.execute(sql.OPEN_TICKETS, {"day": today, "point_id": point}).all()
    names = priority_names(conn) if any(r[2] for r in rows) else {}
    desks = counters(conn, point, today)
    items: dict[str, list[QueueItem]] = defaultdict(list)
    by_service: dict[str, int] = defaultdict(int)
    for code, state, group, issued, queued, front, last_called, prefix, sname, number, target_no in rows:
        item = QueueItem(
            code=code,
            service=prefix,
            service_name=sname,
            priority=group,
            priority_name=names.get(group) if group else None,
            status=state,
            issued_at=issued,
            queued_at=queued,
            front_of_queue=front,
            counter=number if state != "waiting" else None,
            target_counter=target_no,
            last_called_at=last_called,
        )
        items[state].append(item)
        if state == "waiting":
            by_service[prefix] += 1
    return QueueStatus(
        business_date=today,
        waiting=items["waiting"],
        serving=sorted(items["serving"], key=lambda t: t.counter or 0),
        parked=items["parked"],
        skipped=items["skipped"],
        counters=desks,
        waiting_by_service=dict(by_service),
    )


def roll_over(conn: Connection, today: date) -> int:
    """Close what earlier business days left open (waiting, parked, skipped → no_show; still serving → finished
    when last called); the number of tickets closed as no-show."""
    closed = conn.execute(sql.CLOSE_LEFT_OPEN, {"today": today}).rowcount
    conn.execute(sql.FINISH_LEFT_SERVING, {"today": today})
    return int(closed or 0)


def roll_over_payload(today: date, closed: int) -> dict[str, Any]:
    return {"business_date": today.isoformat(), "closed": closed}


def issue(
    conn: Connection,
    point: int,
    now: datetime,
    service: str,
    group: str | None,
    *,
    enforce_hours: bool,
) -> tuple[TicketInfo, int, dict[str, Any]]:
    """A new ticket for `service` (prefix, e.g. "A") at `point`, in the caller's transaction: (the ticket, its id,
    the payload of its `ticket_issued` event, which the caller appends last)."""
    today = business_date(now)
    prefix = (service or "").strip().upper()
    svc = conn.execute(sql.SERVICE_BY_PREFIX, {"prefix": prefix, "point_id": point}).first()
    if svc is None:
        raise no_such_service(conn, service)
    group_name = None
    if group:
        group_name = conn.execute(sql.PRIORITY_NAME, {"code": group}).scalar() or priority_name(conn, group)
    conf = read_settings(conn, ISSUE_SETTINGS)
    if enforce_hours and conf["queue.enforce_opening_hours"]:
        hours = parse_hours(conf["queue.opening_hours"])
        if not issuing_open(hours, to_local(now)):
            raise StateError(f"Hiện ngoài giờ làm việc nên chưa phát số thứ tự. Giờ làm việc: {describe_hours(hours)}.")
    # Read before drawing the number: on PostgreSQL the day's counter row stays locked until commit,
    # so everything after the upsert is kept short.
    window = conf["queue.estimate_window"]
    minutes = pace(conn, point, svc.id, svc.default_service_min, today, window)
    # The day's counter and the ticket in one transaction: a number exists exactly when its ticket does.
    params = {"point_id": point, "service_id": svc.id, "day": today}
    number = conn.execute(sql.next_number(conn.dialect.name), params).scalar()
    row = {
        "uuid": uuid.uuid4(),
        "point_id": point,
        "service_id": svc.id,
        "number": number,
        "code": ticket_code(svc.prefix, number),
        "business_date": today,
        "priority_group": group,
        "status": "waiting",
        "issued_at": now,
        "queued_at": now,
        "call_count": 0,
        "returned_after_skip": False,
        "front_of_queue": False,
    }
    ticket_id = conn.execute(sql.INSERT_TICKET, row).scalar()
    params = {"day": today, "point_id": point, "service_id": svc.id, "ticket_id": ticket_id}
    others, priority_or_front = conn.execute(sql.WAITING_AND_PRIORITY, params).one()
    ahead = int(priority_or_front if group else others)
    estimate = estimate_wait(minutes, ahead, svc.open_counters)
    info = TicketInfo(
        uuid=row["uuid"],
        code=row["code"],
        number=number,
        service=svc.prefix,
        service_name=svc.name,
        business_date=today,
        priority=group,
        priority_name=group_name,
        status="waiting",
        issued_at=now,
        queued_at=now,
        called_at=None,
        finished_at=None,
        counter=None,
        counter_name=None,
        call_count=0,
        returned_after_skip=False,
        front_of_queue=False,
        transferred_from=None,
        target_counter=None,
        service_seconds=None,
        waiting_ahead=ahead,
        estimated_wait_min=estimate,
    )
    payload = info.payload(int(others) + 1) | {"waiting_ahead": ahead, "estimated_wait_min": estimate}
    return info, int(ticket_id), payload


class QueueCore:
    """The queue's status and the ticket issue on an Engine, each one short transaction: the commands' way in."""

    def __init__(self, engine: Engine, clock: Clock, *, point_code: str = "XA") -> None:
        self._engine = engine
        self._clock = clock
        self._point_code = point_code
        self._point_id: int | None = None
        self._rolled_to: date | None = None

    def _point(self, conn: Connection) -> int:
        # Points are catalogue rows that do not change while a process runs: resolve once.
        if self._point_id is None:
            self._point_id = point_id(conn, self._point_code)
        return self._point_id

    def status(self) -> QueueStatus:
        with read_connection(self._engine) as conn:
            return status(conn, self._point(conn), business_date(self._clock.now()))

    def issue(self, service: str, priority_group: str | None = None, *, enforce_hours: bool = True) -> TicketInfo:
        """As QueueService.issue: the same statements, the same event."""
        group = (priority_group or "").strip() or None
        self._roll_over()
        with write_connection(self._engine) as conn:
            now = self._clock.now()
            point = self._point(conn)
            info, ticket_id, payload = issue(conn, point, now, service, group, enforce_hours=enforce_hours)
            payload = payload | {"point": self._point_code}
            feed.write(conn, [feed.event_row("ticket_issued", payload, at=now, ticket_id=ticket_id, point_id=point)])
            return info

    def _roll_over(self) -> None:
        now = self._clock.now()
        today = business_date(now)
        if self._rolled_to == today:
            return
        with write_connection(self._engine) as conn:
            closed = roll_over(conn, today)
            if closed:
                feed.write(conn, [feed.event_row("day_rolled_over", roll_over_payload(today, closed), at=now)])
        self._rolled_to = today
