"""Queue figures: tickets issued, served and missed, waiting and service times, the longest queue, arrivals per hour.

Counts are GROUP BY queries in the database. Waiting and service times (computed by the database in minutes)
are fetched for the period so that medians and 90th percentiles come out the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, func, literal, select, union_all
from sqlalchemy.orm import Session

from kiosk.clock import to_local
from kiosk.db import models as m
from kiosk.services.tally.calc import duration_stats, local_hour, minutes_between, wait_distribution
from kiosk.services.tally.lookups import Lookups
from kiosk.services.tally.period import Period

NO_SHOW = ("no_show", "skipped")
OPEN = ("waiting", "parked", "serving")


def _where(period: Period, point_id: int | None) -> list[Any]:
    t = m.Ticket
    where = [t.business_date >= period.start, t.business_date <= period.end]
    if point_id is not None:
        where.append(t.point_id == point_id)
    return where


def _empty_counts() -> dict[str, int]:
    return {"issued": 0, "served": 0, "no_show": 0, "cancelled": 0, "open": 0}


def _bump(counts: dict[str, int], status: str, n: int) -> None:
    counts["issued"] += n
    if status == "finished":
        counts["served"] += n
    elif status in NO_SHOW:
        counts["no_show"] += n
    elif status == "cancelled":
        counts["cancelled"] += n
    elif status in OPEN:
        counts["open"] += n


class QueueFigures:
    """Computes the "queue" section plus the per-point, per-day and per-member ticket counts other sections use."""

    def __init__(self, session: Session, period: Period, point_id: int | None, lk: Lookups) -> None:
        self._s = session
        self._dialect = session.get_bind().dialect.name
        self._period = period
        self._point_id = point_id
        self._lk = lk
        self.served_by: dict[int, int] = defaultdict(int)  # staff id → tickets finished
        self.by_point: dict[int, dict[str, int]] = defaultdict(_empty_counts)
        self.by_day: dict[date, dict[str, Any]] = {}

    def compute(self) -> dict[str, Any]:
        t = m.Ticket
        where = _where(self._period, self._point_id)
        total = _empty_counts()
        by_service: dict[int, dict[str, Any]] = defaultdict(_empty_counts)
        by_counter: dict[int, dict[str, Any]] = defaultdict(_empty_counts)
        grouped = (
            select(t.point_id, t.service_id, t.counter_id, t.served_by_id, t.status, func.count().label("n"))
            .where(*where)
            .group_by(t.point_id, t.service_id, t.counter_id, t.served_by_id, t.status)
        )
        for row in self._s.execute(grouped):
            _bump(total, row.status, row.n)
            _bump(by_service[row.service_id], row.status, row.n)
            _bump(self.by_point[row.point_id], row.status, row.n)
            if row.counter_id is not None:
                _bump(by_counter[row.counter_id], row.status, row.n)
            if row.status == "finished" and row.served_by_id is not None:
                self.served_by[row.served_by_id] += row.n

        waits, services, waits_by = self._durations()
        by_hour = self._by_hour()
        longest, longest_at = self._longest_queue()
        self._days()

        def _section(counts: dict[str, Any], key: tuple[str, int]) -> dict[str, Any]:
            key_waits, key_services = waits_by.get(key, ([], []))
            return counts | {"wait_min": duration_stats(key_waits), "service_min": duration_stats(key_services)}

        service_out = {}
        for sid, (prefix, name) in self._lk.services.items():
            if sid in by_service:
                service_out[prefix] = {"name": name} | _section(by_service[sid], ("service", sid))
        counter_out = {}
        for cid, (key, name) in self._lk.counters.items():
            if cid in by_counter:
                counter_out[key] = {"name": name} | _section(by_counter[cid], ("counter", cid))
        return total | {
            "wait_min": duration_stats(waits),
            "service_min": duration_stats(services),
            "wait_distribution": wait_distribution(waits),
            "longest_queue": longest,
            "longest_queue_at": longest_at,
            "by_service": service_out,
            "by_counter": counter_out,
            "by_hour": by_hour,
        }

    def _durations(self) -> tuple[list[float], list[float], dict[tuple[str, int], tuple[list[float], list[float]]]]:
        """All waits and service times of the period, also per ("service", id) and ("counter", id)."""
        t = m.Ticket
        wait = minutes_between(self._dialect, t.issued_at, t.called_at)
        served = case((t.status == "finished", minutes_between(self._dialect, t.called_at, t.finished_at)), else_=None)
        q = select(t.service_id, t.counter_id, wait.label("wait"), served.label("served")).where(
            *_where(self._period, self._point_id), t.called_at.is_not(None)
        )
        waits: list[float] = []
        services: list[float] = []
        by: dict[tuple[str, int], tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
        for service_id, counter_id, wait_min, service_min in self._s.execute(q):
            keys = [("service", service_id)] + ([("counter", counter_id)] if counter_id is not None else [])
            # Clock skew between desk PCs can make a call look earlier than the ticket; it never waited less than 0.
            # Rounded to 1/10,000 minute: julianday arithmetic turns an exact 10 minutes into 9.9999999…
            wait_min = max(0.0, round(float(wait_min), 4))
            waits.append(wait_min)
            for key in keys:
                by[key][0].append(wait_min)
            if service_min is not None:
                service_min = max(0.0, round(float(service_min), 4))
                services.append(service_min)
                for key in keys:
                    by[key][1].append(service_min)
        return waits, services, by

    def _by_hour(self) -> dict[str, int]:
        t = m.Ticket
        hour = local_hour(self._dialect, t.issued_at).label("hour")
        q = select(hour, func.count()).where(*_where(self._period, self._point_id)).group_by(hour)
        counts = {int(h): n for h, n in self._s.execute(q) if h is not None}
        if not counts:
            return {}
        # Every hour from the first arrival to the last, zeros included, so a chart shows the lunch gap.
        return {f"{h:02d}": counts.get(h, 0) for h in range(min(counts), max(counts) + 1)}

    def _events(self) -> Any:
        """+1 when a ticket joins the queue, −1 when it is called (or cancelled before being called)."""
        t = m.Ticket
        where = _where(self._period, self._point_id)
        joins = select(t.business_date.label("d"), t.issued_at.label("at"), literal(1).label("delta")).where(*where)
        calls = select(t.business_date, t.called_at, literal(-1)).where(*where, t.called_at.is_not(None))
        drops = select(t.business_date, t.finished_at, literal(-1)).where(
            *where, t.called_at.is_(None), t.finished_at.is_not(None)
        )
        events = union_all(joins, calls, drops).subquery()
        # At equal instants the departure counts first: a call at 09:00 makes room for the ticket issued at 09:00.
        waiting = func.sum(events.c.delta).over(
            partition_by=events.c.d, order_by=(events.c.at, events.c.delta), rows=(None, 0)
        )
        return select(events.c.d, events.c.at, waiting.label("waiting")).subquery()

    def _longest_queue(self) -> tuple[int, str | None]:
        running = self._events()
        row = self._s.execute(
            select(running.c.at, running.c.waiting).order_by(running.c.waiting.desc(), running.c.at).limit(1)
        ).first()
        if row is None or not row.waiting:
            return 0, None
        at = row.at
        if isinstance(at, str):  # SQLite hands back the stored text from a UNION of raw columns
            at = datetime.fromisoformat(at)
        return int(row.waiting), to_local(at).isoformat(timespec="minutes")

    def _days(self) -> None:
        t = m.Ticket
        where = _where(self._period, self._point_id)
        q = select(t.business_date, t.status, func.count()).where(*where).group_by(t.business_date, t.status)
        for day, status, n in self._s.execute(q):
            _bump(self.by_day.setdefault(day, _empty_counts() | {"longest_queue": 0}), status, n)
        running = self._events()
        longest = select(running.c.d, func.max(running.c.waiting)).group_by(running.c.d)
        for day, most in self._s.execute(longest):
            if isinstance(day, str):
                day = date.fromisoformat(day)
            if day in self.by_day:
                self.by_day[day]["longest_queue"] = int(most or 0)
