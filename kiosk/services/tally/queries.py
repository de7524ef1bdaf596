"""Every statement the tally runs, built once per (dialect, with or without a point filter) and then reused.

A day's tally runs about thirty small aggregate queries; building SQLAlchemy statements afresh each time cost
more than running them. These are Core statements with bind parameters :start, :end (business dates, both
included) and :point (a point id), so SQLAlchemy also reuses their compiled form.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import (
    BigInteger,
    CompoundSelect,
    Connection,
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
    tuple_,
    type_coerce,
    union_all,
)

from kiosk.clock import LOCAL_TZ
from kiosk.db import tables
from kiosk.services.tally.ahead import Ahead
from kiosk.services.tally.calc import count_if, minutes_between

T = tables.tickets
RT = tables.ratings
R = tables.assist_records
I = tables.assist_items  # noqa: E741 - the usual alias for items
H = tables.assist_helpers
G = tables.group_sessions
D = tables.duty_days

START = bindparam("start", type_=Date)
END = bindparam("end", type_=Date)
POINT = bindparam("point", type_=Integer)
SENIOR_BAND = "60_plus"
# Vietnam has kept UTC+7 without daylight saving since 1975: the offset read from tzdata for any later date is the
# offset of every stored timestamp.
_OFFSET_SECONDS = int((datetime(2000, 1, 1, tzinfo=LOCAL_TZ).utcoffset() or timedelta(0)).total_seconds())


def _between(table: Any, with_point: bool, *more: Any) -> list[Any]:
    where = [table.c.business_date >= START, table.c.business_date <= END, *more]
    if with_point:
        where.append(table.c.point_id == POINT)
    return where


def _records(with_point: bool) -> list[Any]:
    return _between(R, with_point, R.c.voided_at.is_(None))


# ---------------------------------------------------------------- tickets


# What each row of `ticket_figures` holds (first column), as for the desk records below.
(TICKET_COUNTS, DAY_STATUS, HOURS, DURATIONS, UNSURE, MOMENTS) = range(6)  # fmt: skip
# Columns every branch fills, in this order after `src`.
_TICKET_COLUMNS = {
    **dict.fromkeys(("i1", "i2", "i3", "i4"), Integer),
    "d": Date,
    **dict.fromkeys(("s1", "s2"), String),
    **dict.fromkeys(("f", "f2"), Float),
    "n": Integer,
}
TICKET_SHAPES = {
    TICKET_COUNTS: (1, 2, 3, 4, 6, 10),  # point, service, counter, staff who served, status, n
    DAY_STATUS: (5, 6, 10),  # day, status, n
    HOURS: (1, 10),  # local hour of issue, n
    DURATIONS: (2, 3, 6, 7),  # service, counter, waits, service times (texts, see _rounded)
    UNSURE: (2, 3, 8, 9),  # service, counter, wait and service minutes to be rounded in Python (or NULL)
    MOMENTS: (5, 6, 7),  # day, moments of issue, moments of leaving the line (texts)
}
# A duration's ten-thousandths of a minute within this of a half are rounded in Python (see _rounded).
_NEAR_HALF = 1e-6
SEPARATOR = ","


def _rounded(dialect: str, minutes: Any) -> tuple[Any, Any]:
    """A duration as the figures use it, round(minutes, 4) and never below 0, in ten-thousandths of a minute as a
    text (Python divides by 10,000: the double nearest that decimal, which is what round() returns); and when SQL
    cannot be sure of the rounding, the condition that says so.

    Python's round(x, 4) is the double nearest to x's exact value rounded half-even to four decimals. With
    y = x * 10000 in double arithmetic (off from the exact product by half a unit in the last place, under 1e-7
    below 1e9), floor(y + 0.5) is that rounding wherever y is not within 1e-6 of a half: those few (and any
    duration of 70 days or more) come back as the minutes themselves, and Python rounds them. So the figures stay
    byte-identical to rounding every duration in Python, which cost about 40 ms of a district's month (42,000
    durations); a cast to numeric would not be, as PostgreSQL casts a double to numeric at 15 digits."""
    # Constants written into the statement, not sent as parameters: these run twice for each of 22,000 tickets.
    y = minutes * literal_column("10000.0", Float)
    half = literal_column("0.5", Float)
    if dialect == "postgresql":
        whole = cast(func.floor(y + half), BigInteger)
        fraction = y - func.floor(y)
    else:  # CAST truncates toward 0 on SQLite: floor for y ≥ 0.5, the only values it is used for
        whole = cast(y + half, Integer)
        fraction = y - cast(y, Integer)
    # Below 0.5 the value is clamped to 0 whichever way it rounds; a negative y flagged here is rounded in Python and
    # clamped there just the same.
    unsure = or_(
        y >= literal_column("1e9", Float), func.abs(fraction - half) <= literal_column(repr(_NEAR_HALF), Float)
    )
    text = case(
        (unsure, None),
        (y < half, literal_column("'0'", String)),  # rounds to 0 or below: clamped, as clock skew can make a wait < 0
        else_=cast(whole, String),
    )
    return text, unsure


def _microseconds(moment: Any) -> Any:
    """A timestamp as whole microseconds since 1970 (PostgreSQL), exactly: date_part's epoch double is within
    1.2e-7 s of the stored microseconds (up to 2038; 2.4e-7 up to 2106) and the product by 10^6 within half a unit
    more, so the cast (which rounds to nearest) gives the stored value. Python reads whole numbers in a text about
    twice as fast as it reads doubles written in full (the district month's 43,000 moments: 20 ms)."""
    return cast(func.date_part("epoch", moment) * literal_column("1000000", Integer), BigInteger)


@cache
def ticket_figures(dialect: str, with_point: bool) -> CompoundSelect:
    """Every figure of the period's tickets in one statement: counts per (point, service, counter, staff who
    served, status), per (day, status) and per local hour of issue; per (service, counter) the waiting and service
    minutes of the tickets called, each group's as one text (see _rounded); per day the moments tickets joined
    the waiting line (issued) and left it (called or, never called, cancelled), as texts of sort keys: whole
    microseconds since 1970 on PostgreSQL (see _microseconds), the stored text on SQLite (UTC, fixed width: text
    order is time order).

    A row per ticket (22,000 for the district's month) cost more to ship and to count in Python than the rest of
    the tally together. Counts are exact in SQL; means, medians and percentiles are computed in Python from the
    grouped durations, so they are the same on both databases, and so is each day's longest queue: a window over
    the month's 43,000 moments in SQL took 90 ms, the sweep in Python over the grouped texts a tenth of that."""

    pg = dialect == "postgresql"

    def key(column: Any) -> Any:
        return _microseconds(column) if pg else type_coerce(column, String)

    extra = []
    if not pg:  # the local hour of issue, from 'YYYY-MM-DD HH:MM:SS…' in UTC; on PostgreSQL, from the moment's key
        stored = type_coerce(T.c.issued_at, String)
        minutes = cast(func.substr(stored, 12, 2), Integer) * 60 + cast(func.substr(stored, 15, 2), Integer)
        extra.append((((minutes + _OFFSET_SECONDS // 60) // 60) % 24).label("hour"))
    wait = minutes_between(dialect, T.c.issued_at, T.c.called_at)  # NULL when never called
    served = case((T.c.status == "finished", minutes_between(dialect, T.c.called_at, T.c.finished_at)), else_=None)
    # The tickets' values once (a common table expression read by every branch is materialised by both databases);
    # the texts and the roundings are made from these columns: written out for each use, PostgreSQL computed each
    # ticket's durations a dozen times (200 ms of the district's month).
    tk = (
        select(
            T.c.business_date.label("day"),
            T.c.status,
            T.c.point_id,
            T.c.service_id,
            T.c.counter_id,
            T.c.served_by_id,
            *extra,
            (T.c.called_at.is_not(None)).label("called"),
            wait.label("wait"),
            served.label("served"),
            key(T.c.issued_at).label("joined"),
            key(func.coalesce(T.c.called_at, T.c.finished_at)).label("left"),
        )
        .where(*_between(T, with_point))
        .cte("tk")
    )
    if pg:  # whole microseconds since 1970, after which // is floor: the exact local hour
        hour = ((tk.c.joined + _OFFSET_SECONDS * 1_000_000) // 3_600_000_000) % 24
        joined, left = cast(tk.c.joined, String), cast(tk.c.left, String)
    else:
        hour, joined, left = tk.c.hour, tk.c.joined, tk.c.left
    wait_text, wait_unsure = _rounded(dialect, tk.c.wait)
    served_text, served_unsure = _rounded(dialect, tk.c.served)
    count = func.count()
    counted = (tk.c.point_id, tk.c.service_id, tk.c.counter_id, tk.c.served_by_id, tk.c.status)
    pair = (tk.c.service_id, tk.c.counter_id)

    def texts(value: Any) -> Any:
        return func.aggregate_strings(value, SEPARATOR)

    def shaped(src: int, **cols: Any) -> list[Any]:
        return _shaped(src, _TICKET_COLUMNS, **cols)

    return union_all(
        select(*shaped(TICKET_COUNTS, i1=counted[0], i2=counted[1], i3=counted[2], i4=counted[3], s1=counted[4],
                       n=count)).group_by(*counted),
        select(*shaped(DAY_STATUS, d=tk.c.day, s1=tk.c.status, n=count)).group_by(tk.c.day, tk.c.status),
        select(*shaped(HOURS, i1=hour, n=count)).group_by(hour),
        # Never called: it neither waited its turn out nor was served.
        select(*shaped(DURATIONS, i2=pair[0], i3=pair[1], s1=texts(wait_text), s2=texts(served_text)))
        .where(tk.c.called)
        .group_by(*pair),
        select(*shaped(UNSURE, i2=pair[0], i3=pair[1], f=case((wait_unsure, tk.c.wait)),
                       f2=case((served_unsure, tk.c.served))))
        .where(tk.c.called, or_(wait_unsure, served_unsure)),
        select(*shaped(MOMENTS, d=tk.c.day, s1=texts(joined), s2=texts(left))).group_by(tk.c.day),
    )  # fmt: skip


# What each row of `rating_groups` holds: (src, point or NULL, day or NULL, level, n).
RATINGS_BY_LEVEL, RATINGS_BY_POINT, RATINGS_BY_DAY = range(3)


@cache
def rating_groups(dialect: str, with_point: bool) -> Select[Any] | CompoundSelect:
    """Ratings per level, per (point, level) and per (day, level). Grouped by point, day and level at once, the
    district's month came back as 3,000 rows for Python to add into three tables; as three groupings, 250."""
    level, point, day = RT.c.level, RT.c.point_id, RT.c.business_date
    n = func.count().label("n")
    where = _between(RT, with_point)
    if dialect == "postgresql":  # one pass over the ratings; grouping() tells the sets apart (bit 1: left out)
        src = case(
            {0b11: RATINGS_BY_LEVEL, 0b01: RATINGS_BY_POINT, 0b10: RATINGS_BY_DAY}, value=func.grouping(point, day)
        )
        sets = func.grouping_sets(tuple_(level), tuple_(point, level), tuple_(day, level))
        return select(_src_of(src), point, day, level, n).where(*where).group_by(sets)
    no_point, no_day = cast(null(), Integer).label("point_id"), cast(null(), Date).label("business_date")
    return union_all(
        select(_src(RATINGS_BY_LEVEL), no_point, no_day, level, n).where(*where).group_by(level),
        select(_src(RATINGS_BY_POINT), point, no_day, level, n).where(*where).group_by(point, level),
        select(_src(RATINGS_BY_DAY), no_point, day, level, n).where(*where).group_by(day, level),
    )


def _src(src: int) -> Any:
    """A UNION branch's first column, saying which grouping its rows belong to."""
    return literal_column(str(src), Integer).label("src")


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


def _shaped(src: int, columns: dict[str, Any], **cols: Any) -> list[Any]:
    """The branch's columns in `columns` order; a NULL is typed, as PostgreSQL matches a UNION's types by position."""
    out = [_src(src)]
    for name, kind in columns.items():
        value = cols.get(name)
        out.append((cast(null(), kind) if value is None else value).label(name))
    return out


def _shaped_desk(src: int, **cols: Any) -> list[Any]:
    return _shaped(src, _COLUMNS, **cols)


@cache
def desk_records(dialect: str, with_point: bool) -> CompoundSelect:
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
        select(*_shaped_desk(src, **{col: key}, s1=band, n=count)).group_by(key, band)
        for src, col, key in (
            (PEOPLE_VILLAGE, "i2", rec.c.village_id),
            (PEOPLE_POINT, "i1", rec.c.point_id),
            (PEOPLE_DAY, "d", rec.c.business_date),
        )
    ]
    proc = it.c.kind == "procedure"
    proc_keys = (it.c.procedure_id, it.c.channel, it.c.outcome, it.c.online_level, it.c.portal, it.c.reason_code)
    items = [
        select(*_shaped_desk(src, **{col: key}, s1=it.c.channel, s2=it.c.outcome, n=count))
        .where(proc)
        .group_by(key, it.c.channel, it.c.outcome)
        for src, col, key in (
            (PROC_VILLAGE, "i2", it.c.village_id),
            (PROC_POINT, "i1", it.c.point_id),
            (PROC_DAY, "d", it.c.business_date),
        )
    ]
    people = [select(*_shaped_desk(PEOPLE, s1=band, n=count)).group_by(band), *people]
    procedures = [
        select(
            *_shaped_desk(
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
    ]
    if dialect == "postgresql":
        people, procedures = _grouping_sets(rec, it)
    return union_all(
        *people,
        *procedures,
        select(
            *_shaped_desk(
                APP_TASKS, i2=it.c.village_id, i3=it.c.app_task_id, s2=it.c.outcome, s5=it.c.reason_code, n=count
            )
        )
        .where(it.c.kind == "app_task")
        .group_by(*task_keys),
        select(*_shaped_desk(TOPICS_WHOLE, n=distinct_records)).where(*topic_done),
        select(*_shaped_desk(TOPICS, i3=it.c.topic_id, n=distinct_records)).where(*topic_done).group_by(it.c.topic_id),
        select(
            *_shaped_desk(MEMBER_HELPED, i1=helped.c.staff_id, n=count, n2=count_if(helped.c.age_band == SENIOR_BAND))
        ).group_by(helped.c.staff_id),
        select(
            *_shaped_desk(
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


def _grouping_sets(rec: Any, it: Any) -> tuple[list[Any], list[Any]]:
    """PostgreSQL: the people's four groupings, and the procedure items' four, each as one GROUP BY GROUPING SETS.
    One pass over the rows instead of four (half the time of these eight branches on the district's month); the
    rows are the same as desk_records' branches give on SQLite, told apart by grouping(), whose bit is 1 for each
    key the row's set leaves out."""
    count = func.count()
    band = rec.c.age_band
    left_out = func.grouping(rec.c.village_id, rec.c.point_id, rec.c.business_date)
    src = case({0b111: PEOPLE, 0b011: PEOPLE_VILLAGE, 0b101: PEOPLE_POINT, 0b110: PEOPLE_DAY}, value=left_out)
    people = select(
        _src_of(src),
        *_shaped_desk(0, i1=rec.c.point_id, i2=rec.c.village_id, d=rec.c.business_date, s1=band, n=count)[1:],
    ).group_by(
        func.grouping_sets(
            tuple_(band),
            tuple_(rec.c.village_id, band),
            tuple_(rec.c.point_id, band),
            tuple_(rec.c.business_date, band),
        )
    )
    channel, outcome = it.c.channel, it.c.outcome
    left_out = func.grouping(it.c.procedure_id, it.c.village_id, it.c.point_id, it.c.business_date)
    src = case({0b0111: PROCEDURES, 0b1011: PROC_VILLAGE, 0b1101: PROC_POINT, 0b1110: PROC_DAY}, value=left_out)
    columns = _shaped_desk(
        0,
        i1=it.c.point_id,
        i2=it.c.village_id,
        i3=it.c.procedure_id,
        d=it.c.business_date,
        s1=channel,
        s2=outcome,
        s3=it.c.online_level,
        s4=it.c.portal,
        s5=it.c.reason_code,
        n=count,
        n2=count_if(it.c.fee_paid_online),
        n3=count_if(it.c.vneid_login),
    )[1:]
    procedures = (
        select(_src_of(src), *columns)
        .where(it.c.kind == "procedure")
        .group_by(
            func.grouping_sets(
                tuple_(it.c.procedure_id, channel, outcome, it.c.online_level, it.c.portal, it.c.reason_code),
                tuple_(it.c.village_id, channel, outcome),
                tuple_(it.c.point_id, channel, outcome),
                tuple_(it.c.business_date, channel, outcome),
            )
        )
    )
    return [people], [procedures]


def _src_of(expression: Any) -> Any:
    return type_coerce(expression, Integer).label("src")


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


def _tune(conn: Connection) -> None:
    """PostgreSQL: settings for the tally's read-only transaction on `conn` (SET LOCAL)."""
    # The default random_page_cost (4, for spinning disks) makes PostgreSQL scan all assist_items and hash
    # them to join a month's records (25–40 ms per query on five years of data); priced for an SSD or a
    # cached table it walks ix_assist_items_record_id instead (3 ms). Parallel workers cost more to start
    # (about 12 ms) than they save on a month's few thousand rows. The whole district's year groups and
    # sorts hundreds of thousands of rows: at the default 4 MB work_mem its sorts spill to disk. For this
    # read-only transaction only, and in one round trip (set_config(..., true) is SET LOCAL). A double
    # sent as text must read back as the same double (the durations Python rounds): at extra_float_digits
    # 3 every server version writes enough digits, whatever the server's own setting. A district's year
    # costs more than jit_above_cost, and compiling its expressions took longer than running them.
    conn.exec_driver_sql(
        "SELECT set_config('random_page_cost', '1.1', true),"
        " set_config('max_parallel_workers_per_gather', '0', true),"
        " set_config('work_mem', '32MB', true),"
        " set_config('extra_float_digits', '3', true),"
        " set_config('jit', 'off', true)"
    )


class Runner:
    """Runs the cached statements for one period and point on the caller's connection (Core, no ORM)."""

    def __init__(self, conn: Connection, start: date, end: date, point_id: int | None) -> None:
        self._conn = conn
        self.dialect = self._conn.dialect.name
        if self.dialect == "postgresql":
            _tune(self._conn)
        self.with_point = point_id is not None
        self.start, self.end = start, end
        self._params: dict[str, Any] = {"start": start, "end": end}
        if point_id is not None:
            self._params["point"] = point_id
        self._ahead: dict[Any, Ahead] = {}

    def start_ahead(self, statement: Select[Any] | CompoundSelect) -> None:
        """On PostgreSQL, for the whole district or more than a month, `statement` starts now on a second
        connection when one is free (see ahead.py); calling the runner with it later gives its rows. A commune's
        day or month is too short to gain from it."""
        if self.dialect == "postgresql" and (not self.with_point or (self.end - self.start).days > 31):
            self._ahead[statement] = Ahead(self._conn, statement, self._params, _tune)

    def __call__(self, statement: Select[Any] | CompoundSelect) -> Sequence[Row[Any]]:
        ahead = self._ahead.pop(statement, None)
        rows = ahead.rows() if ahead is not None else None
        if rows is not None:
            return rows
        # Every row at once: a month of the district returns tens of thousands of rows, and fetching them one by
        # one through the result object cost more than the loops that add them up.
        return self._conn.execute(statement, self._params).all()

    def plain(self, statement: Select[Any], params: dict[str, Any] | None = None) -> Result[Any]:
        """A statement with parameters of its own (catalogue look-ups)."""
        return self._conn.execute(statement, params or {})
