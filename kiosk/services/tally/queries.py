"""Every statement the tally runs, built once per (dialect, with or without a point filter) and then reused.

A day's tally runs about thirty small aggregate queries; building SQLAlchemy statements afresh each time cost
more than running them. These are Core statements with bind parameters :start, :end (business dates, both
included) and :point (a point id), so SQLAlchemy also reuses their compiled form.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import (
    CompoundSelect,
    Date,
    Integer,
    Result,
    Row,
    Select,
    String,
    bindparam,
    case,
    cast,
    func,
    literal_column,
    null,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from kiosk.db import models as m
from kiosk.services.tally.calc import count_if, epoch_seconds, minutes_between

T = m.Ticket.__table__
RT = m.Rating.__table__
R = m.AssistRecord.__table__
I = m.AssistItem.__table__  # noqa: E741 - the usual alias for items
H = m.AssistHelper.__table__
G = m.GroupSession.__table__
D = m.DutyDay.__table__

START = bindparam("start", type_=Date)
END = bindparam("end", type_=Date)
POINT = bindparam("point", type_=Integer)
SENIOR_BAND = "60_plus"


def _between(table: Any, with_point: bool, *more: Any) -> list[Any]:
    where = [table.c.business_date >= START, table.c.business_date <= END, *more]
    if with_point:
        where.append(table.c.point_id == POINT)
    return where


def _records(with_point: bool) -> list[Any]:
    return _between(R, with_point, R.c.voided_at.is_(None))


# ---------------------------------------------------------------- tickets


@cache
def ticket_moments(dialect: str, with_point: bool) -> Select[Any]:
    """Each ticket's day, status, service and counter, the moments it joined and left the waiting line (issued,
    then called or, never called, cancelled), its waiting and service minutes (NULL when never called or not
    finished), then its point and the staff member who served it. Moments come as sort keys that cost little to
    fetch: epoch seconds on PostgreSQL (a double tells microseconds apart at today's dates), the stored text on
    SQLite (UTC, fixed width: text order is time order). Python counts from these rows the tickets per point,
    service, counter, staff and status, per day, per hour of arrival, each day's longest queue and the durations'
    medians: as a window query, sorting the district's month of queue events took about as long as every other
    figure together, and the durations and the grouped counts in statements of their own read the month's 22,000
    tickets twice more (about 120 ms of a district month)."""

    def key(column: Any) -> Any:
        if dialect == "postgresql":
            return epoch_seconds(column)
        return type_coerce(column, String)

    dropped = case((T.c.called_at.is_(None), T.c.finished_at), else_=None)
    wait = minutes_between(dialect, T.c.issued_at, T.c.called_at)  # NULL when never called
    served = case((T.c.status == "finished", minutes_between(dialect, T.c.called_at, T.c.finished_at)), else_=None)
    return select(
        T.c.business_date,
        T.c.status,
        key(T.c.issued_at),
        key(T.c.called_at),
        key(dropped),
        T.c.service_id,
        T.c.counter_id,
        wait,
        served,
        T.c.point_id,
        T.c.served_by_id,
    ).where(*_between(T, with_point))


@cache
def rating_groups(with_point: bool) -> Select[Any]:
    keys = (RT.c.point_id, RT.c.business_date, RT.c.level)
    return select(*keys, func.count().label("n")).where(*_between(RT, with_point)).group_by(*keys)


# ---------------------------------------------------------------- desk records

# What each row of `desk_records` holds: its first column says which grouping it belongs to. People and procedure
# items come once per breakdown (village, point, day) and once for the totals, not grouped by all of those keys at
# once: the district's month gave 4,000 rows of each, every one adding into five counters in Python.
(PEOPLE, PEOPLE_VILLAGE, PEOPLE_POINT, PEOPLE_DAY, PROCEDURES, PROC_VILLAGE, PROC_POINT, PROC_DAY, APP_TASKS,
 TOPICS_WHOLE, TOPICS, MEMBER_HELPED, MEMBER_ITEMS) = range(13)  # fmt: skip
# The columns every branch fills (NULL where it has nothing to say), in this order after `src`.
_COLUMNS = {
    **dict.fromkeys(("i1", "i2", "i3"), Integer),
    "d": Date,
    **dict.fromkeys(("s1", "s2", "s3", "s4", "s5"), String),
    **dict.fromkeys(("n", "n2", "n3"), Integer),
}
# Per grouping, the positions of its values in a row (src is 0), in the order the figures unpack them.
SHAPES = {
    PEOPLE: (5, 10),  # age band, n
    PEOPLE_VILLAGE: (2, 5, 10),  # village, age band, n
    PEOPLE_POINT: (1, 5, 10),  # point, age band, n
    PEOPLE_DAY: (4, 5, 10),  # day, age band, n
    PROCEDURES: (3, 5, 6, 7, 8, 9, 10, 11, 12),  # procedure, channel, outcome, online level, portal, reason, n,
    # fees paid online, VNeID logins
    PROC_VILLAGE: (2, 5, 6, 10),  # village, channel, outcome, n
    PROC_POINT: (1, 5, 6, 10),  # point, channel, outcome, n
    PROC_DAY: (4, 5, 6, 10),  # day, channel, outcome, n
    APP_TASKS: (2, 3, 6, 9, 10),  # village, app task, outcome, reason, n
    TOPICS_WHOLE: (10,),  # people guided on at least one skill
    TOPICS: (3, 10),  # topic, people
    MEMBER_HELPED: (1, 10, 11),  # staff, n, seniors
    MEMBER_ITEMS: (1, 5, 6, 7, 3, 10),  # staff, kind, channel, outcome, app task, n
}


def _shaped(src: int, **cols: Any) -> list[Any]:
    """The branch's columns in `_COLUMNS` order; a NULL is typed, as PostgreSQL matches a UNION's types by position."""
    out = [literal_column(str(src), Integer).label("src")]
    for name, kind in _COLUMNS.items():
        value = cols.get(name)
        out.append((cast(null(), kind) if value is None else value).label(name))
    return out


@cache
def desk_records(with_point: bool) -> CompoundSelect:
    """Every grouping of the period's non-voided desk records, their items and their helpers, in one statement.

    Six statements each found the month's records and walked the items index for each of them again (about 30 ms
    apiece for the district's month on PostgreSQL, six round trips for a commune's day). Here the records, their
    items and their helpers are read once, as common table expressions that both PostgreSQL and SQLite materialise
    when more than one branch reads them, and each branch groups those rows as its own statement did."""
    rec = (
        select(R.c.id, R.c.point_id, R.c.village_id, R.c.business_date, R.c.age_band)
        .where(*_records(with_point))
        .cte("rec")
    )
    it = (
        select(
            rec.c.id.label("record_id"),
            rec.c.point_id,
            rec.c.village_id,
            rec.c.business_date,
            I.c.kind,
            I.c.procedure_id,
            I.c.app_task_id,
            I.c.topic_id,
            I.c.channel,
            I.c.outcome,
            I.c.online_level,
            I.c.portal,
            I.c.reason_code,
            I.c.fee_paid_online,
            I.c.vneid_login,
        )
        .select_from(I.join(rec, rec.c.id == I.c.record_id))
        .cte("it")
    )
    helped = (
        select(H.c.staff_id, H.c.record_id, rec.c.age_band)
        .select_from(H.join(rec, rec.c.id == H.c.record_id))
        .cte("helped")
    )
    count = func.count()
    task_keys = (it.c.village_id, it.c.app_task_id, it.c.outcome, it.c.reason_code)
    topic_done = [it.c.kind == "topic", or_(it.c.outcome.is_(None), it.c.outcome == "done")]
    distinct_records = func.count(func.distinct(it.c.record_id))
    helped_items = helped.join(it, it.c.record_id == helped.c.record_id)
    member_keys = (helped.c.staff_id, it.c.kind, it.c.channel, it.c.outcome, it.c.app_task_id)
    band = rec.c.age_band
    people = [
        select(*_shaped(src, **{col: key}, s1=band, n=count)).group_by(key, band)
        for src, col, key in (
            (PEOPLE_VILLAGE, "i2", rec.c.village_id),
            (PEOPLE_POINT, "i1", rec.c.point_id),
            (PEOPLE_DAY, "d", rec.c.business_date),
        )
    ]
    proc = it.c.kind == "procedure"
    proc_keys = (it.c.procedure_id, it.c.channel, it.c.outcome, it.c.online_level, it.c.portal, it.c.reason_code)
    items = [
        select(*_shaped(src, **{col: key}, s1=it.c.channel, s2=it.c.outcome, n=count))
        .where(proc)
        .group_by(key, it.c.channel, it.c.outcome)
        for src, col, key in (
            (PROC_VILLAGE, "i2", it.c.village_id),
            (PROC_POINT, "i1", it.c.point_id),
            (PROC_DAY, "d", it.c.business_date),
        )
    ]
    return union_all(
        select(*_shaped(PEOPLE, s1=band, n=count)).group_by(band),
        *people,
        select(
            *_shaped(
                PROCEDURES,
                i3=it.c.procedure_id,
                s1=it.c.channel,
                s2=it.c.outcome,
                s3=it.c.online_level,
                s4=it.c.portal,
                s5=it.c.reason_code,
                n=count,
                n2=count_if(it.c.fee_paid_online),
                n3=count_if(it.c.vneid_login),
            )
        )
        .where(proc)
        .group_by(*proc_keys),
        *items,
        select(
            *_shaped(APP_TASKS, i2=it.c.village_id, i3=it.c.app_task_id, s2=it.c.outcome, s5=it.c.reason_code, n=count)
        )
        .where(it.c.kind == "app_task")
        .group_by(*task_keys),
        select(*_shaped(TOPICS_WHOLE, n=distinct_records)).where(*topic_done),
        select(*_shaped(TOPICS, i3=it.c.topic_id, n=distinct_records)).where(*topic_done).group_by(it.c.topic_id),
        select(
            *_shaped(MEMBER_HELPED, i1=helped.c.staff_id, n=count, n2=count_if(helped.c.age_band == SENIOR_BAND))
        ).group_by(helped.c.staff_id),
        select(
            *_shaped(
                MEMBER_ITEMS,
                i1=helped.c.staff_id,
                i3=it.c.app_task_id,
                s1=it.c.kind,
                s2=it.c.channel,
                s3=it.c.outcome,
                n=count,
            )
        )
        .select_from(helped_items)
        .where(it.c.kind.in_(("procedure", "app_task")))
        .group_by(*member_keys),
    )


@cache
def group_sessions(with_point: bool) -> Select[Any]:
    keys = (G.c.village_id, G.c.topic_id, G.c.led_by_id)
    return (
        select(
            *keys,
            func.count().label("n"),
            func.coalesce(func.sum(G.c.attendance), 0).label("attendance"),
            func.coalesce(func.sum(G.c.leaflets), 0).label("leaflets"),
        )
        .where(*_between(G, with_point, G.c.voided_at.is_(None)))
        .group_by(*keys)
    )


@cache
def duty_days(with_point: bool) -> Select[Any]:
    # A member on duty at two points on one day was on duty one day.
    return (
        select(D.c.staff_id, func.count(func.distinct(D.c.business_date)).label("days"))
        .where(*_between(D, with_point))
        .group_by(D.c.staff_id)
    )


class Runner:
    """Runs the cached statements for one period and point on the session's connection (Core, no ORM rows)."""

    def __init__(self, session: Session, start: date, end: date, point_id: int | None) -> None:
        self._conn = session.connection()
        self.dialect = self._conn.dialect.name
        if self.dialect == "postgresql":
            # The default random_page_cost (4, for spinning disks) makes PostgreSQL scan all assist_items and hash
            # them to join a month's records (25–40 ms per query on five years of data); priced for an SSD or a
            # cached table it walks ix_assist_items_record_id instead (3 ms). Parallel workers cost more to start
            # (about 12 ms) than they save on a month's few thousand rows. The whole district's year groups and
            # sorts hundreds of thousands of rows: at the default 4 MB work_mem its sorts spill to disk. For this
            # read-only transaction only, and in one round trip (set_config(..., true) is SET LOCAL).
            self._conn.exec_driver_sql(
                "SELECT set_config('random_page_cost', '1.1', true),"
                " set_config('max_parallel_workers_per_gather', '0', true),"
                " set_config('work_mem', '32MB', true)"
            )
        self.with_point = point_id is not None
        self.start, self.end = start, end
        self._params: dict[str, Any] = {"start": start, "end": end}
        if point_id is not None:
            self._params["point"] = point_id

    def __call__(self, statement: Select[Any] | CompoundSelect) -> Sequence[Row[Any]]:
        # Every row at once: a month of the district returns tens of thousands of rows, and fetching them one by
        # one through the result object cost more than the loops that add them up.
        return self._conn.execute(statement, self._params).all()

    def plain(self, statement: Select[Any], params: dict[str, Any] | None = None) -> Result[Any]:
        """A statement with parameters of its own (catalogue look-ups)."""
        return self._conn.execute(statement, params or {})
