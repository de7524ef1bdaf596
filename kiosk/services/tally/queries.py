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
    Float,
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
from kiosk.services.tally.calc import count_if, minutes_between

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
def ticket_groups(with_point: bool) -> Select[Any]:
    keys = (T.c.point_id, T.c.service_id, T.c.counter_id, T.c.served_by_id, T.c.status)
    return select(*keys, func.count().label("n")).where(*_between(T, with_point)).group_by(*keys)


@cache
def ticket_moments(dialect: str, with_point: bool) -> Select[Any]:
    """Each ticket's day, status, service and counter, the moments it joined and left the waiting line (issued,
    then called or, never called, cancelled), and its waiting and service minutes (NULL when never called or not
    finished). Moments come as sort keys that cost little to fetch: epoch seconds on PostgreSQL (a double tells
    microseconds apart at today's dates), the stored text on SQLite (UTC, fixed width: text order is time order).
    Python counts from these rows the tickets per day, per hour of arrival, each day's longest queue and the
    durations' medians: as a window query, sorting the district's month of queue events took about as long as
    every other figure together, and the durations in a statement of their own sent the month's 22,000 called
    tickets a second time (about 90 ms of a district month)."""

    def key(column: Any) -> Any:
        if dialect == "postgresql":
            return cast(func.extract("epoch", column), Float)
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
    ).where(*_between(T, with_point))


@cache
def rating_groups(with_point: bool) -> Select[Any]:
    keys = (RT.c.point_id, RT.c.business_date, RT.c.level)
    return select(*keys, func.count().label("n")).where(*_between(RT, with_point)).group_by(*keys)


# ---------------------------------------------------------------- desk records


@cache
def people(with_point: bool) -> Select[Any]:
    keys = (R.c.point_id, R.c.village_id, R.c.business_date, R.c.age_band)
    return select(*keys, func.count().label("n")).where(*_records(with_point)).group_by(*keys)


@cache
def procedures(with_point: bool) -> Select[Any]:
    keys = (
        R.c.point_id,
        R.c.village_id,
        R.c.business_date,
        I.c.procedure_id,
        I.c.channel,
        I.c.outcome,
        I.c.online_level,
        I.c.portal,
        I.c.reason_code,
    )
    return (
        select(
            *keys,
            func.count().label("n"),
            count_if(I.c.fee_paid_online).label("fees"),
            count_if(I.c.vneid_login).label("vneid"),
        )
        .select_from(I.join(R, R.c.id == I.c.record_id))
        .where(*_records(with_point), I.c.kind == "procedure")
        .group_by(*keys)
    )


@cache
def app_tasks(with_point: bool) -> Select[Any]:
    keys = (R.c.village_id, I.c.app_task_id, I.c.outcome, I.c.reason_code)
    return (
        select(*keys, func.count().label("n"))
        .select_from(I.join(R, R.c.id == I.c.record_id))
        .where(*_records(with_point), I.c.kind == "app_task")
        .group_by(*keys)
    )


def _topic_where(with_point: bool) -> list[Any]:
    done = or_(I.c.outcome.is_(None), I.c.outcome == "done")
    return [*_records(with_point), I.c.kind == "topic", done]


@cache
def topic_people(with_point: bool) -> CompoundSelect:
    """Citizens guided on at least one skill (the row with whole = 1: one person guided on two topics counts once),
    then per topic: one statement, one round trip."""
    joined = I.join(R, R.c.id == I.c.record_id)
    people = func.count(func.distinct(R.c.id)).label("n")
    whole = select(literal_column("1").label("whole"), null().label("topic_id"), people)
    per_topic = select(literal_column("0"), I.c.topic_id, people).group_by(I.c.topic_id)
    return union_all(
        whole.select_from(joined).where(*_topic_where(with_point)),
        per_topic.select_from(joined).where(*_topic_where(with_point)),
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
def member_helped(with_point: bool) -> Select[Any]:
    return (
        select(H.c.staff_id, func.count().label("n"), count_if(R.c.age_band == SENIOR_BAND).label("seniors"))
        .select_from(H.join(R, R.c.id == H.c.record_id))
        .where(*_records(with_point))
        .group_by(H.c.staff_id)
    )


@cache
def member_items(with_point: bool) -> Select[Any]:
    keys = (H.c.staff_id, I.c.kind, I.c.channel, I.c.outcome, I.c.app_task_id)
    return (
        select(*keys, func.count().label("n"))
        .select_from(H.join(R, R.c.id == H.c.record_id).join(I, I.c.record_id == R.c.id))
        .where(*_records(with_point), I.c.kind.in_(("procedure", "app_task")))
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
