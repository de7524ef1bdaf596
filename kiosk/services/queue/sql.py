"""Statements on the hot paths of the queue (issuing, counting, estimating), built once with bind parameters.

Building a SQLAlchemy expression costs more Python time than SQLite takes to run it; these are compiled once
and cached by SQLAlchemy, so issuing a ticket stays within a few milliseconds on an office PC.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, case, func, insert, or_, select, update

from kiosk.db import tables as t
from kiosk.services.queue.views import OPEN_STATUSES

# The Core tables themselves (kiosk/db/tables.py): no mapped class is needed to build or run these statements.
tickets = t.tickets
services = t.queue_services
counters = t.counters
counter_services = t.counter_services
numbers = t.ticket_numbers
terms = t.terms
settings = t.settings
events = t.events
points = t.points

POINT_ID = select(points.c.id).where(points.c.code == bindparam("code"))

# Desks of the point that are open and serve the service of the enclosing query (correlated).
OPEN_COUNTERS = (
    select(func.count())
    .select_from(counter_services.join(counters, counters.c.id == counter_services.c.counter_id))
    .where(
        counter_services.c.service_id == services.c.id,
        counters.c.point_id == bindparam("point_id"),
        counters.c.state == "open",
        counters.c.active,
    )
    .scalar_subquery()
)

SERVICE_BY_PREFIX = select(
    services.c.id,
    services.c.prefix,
    services.c.name,
    services.c.default_service_min,
    OPEN_COUNTERS.label("open_counters"),
).where(services.c.prefix == bindparam("prefix"), services.c.active)

OPEN_COUNTERS_FOR = select(
    select(func.count())
    .select_from(counter_services.join(counters, counters.c.id == counter_services.c.counter_id))
    .where(
        counter_services.c.service_id == bindparam("service_id"),
        counters.c.point_id == bindparam("point_id"),
        counters.c.state == "open",
        counters.c.active,
    )
    .scalar_subquery()
)

PRIORITY_NAME = select(terms.c.name).where(
    terms.c.kind == "priority_group", terms.c.code == bindparam("code"), terms.c.active
)

INSERT_TICKET = insert(tickets).returning(tickets.c.id)

_waiting_in_service = (
    tickets.c.business_date == bindparam("day"),
    tickets.c.point_id == bindparam("point_id"),
    tickets.c.service_id == bindparam("service_id"),
    tickets.c.status == "waiting",
)

# For a ticket just issued (the newest): everyone else waiting is ahead of a normal ticket; only priority and
# returned tickets are ahead of a priority one.
WAITING_AND_PRIORITY = select(
    func.count(),
    func.coalesce(
        func.sum(case((or_(tickets.c.priority_group.is_not(None), tickets.c.front_of_queue), 1), else_=0)), 0
    ),
).where(*_waiting_in_service, tickets.c.id != bindparam("ticket_id"))

WAITING = select(func.count()).where(*_waiting_in_service)

RECENT_SERVICE_TIMES = (
    select(tickets.c.service_seconds, tickets.c.called_at, tickets.c.last_called_at, tickets.c.finished_at)
    .where(
        tickets.c.business_date == bindparam("day"),
        tickets.c.point_id == bindparam("point_id"),
        tickets.c.service_id == bindparam("service_id"),
        tickets.c.status == "finished",
        tickets.c.finished_at.is_not(None),
    )
    .order_by(tickets.c.finished_at.desc())
    .limit(bindparam("window"))
)

INSERT_EVENT = insert(events)

# The first command of a new business day closes what earlier days left open (QueueCore / QueueService roll-over).
CLOSE_LEFT_OPEN = (
    update(tickets)
    .where(tickets.c.business_date < bindparam("today"), tickets.c.status.in_(("waiting", "parked", "skipped")))
    .values(status="no_show", front_of_queue=False)
)
FINISH_LEFT_SERVING = (
    update(tickets)
    .where(tickets.c.business_date < bindparam("today"), tickets.c.status == "serving")
    .values(status="finished", finished_at=tickets.c.last_called_at)
)

SERVICE_PREFIXES = select(services.c.prefix).where(services.c.active).order_by(services.c.sort_order)


def next_number_statement(dialect_name: str):  # noqa: ANN201 - a dialect-specific Insert
    """`INSERT … ON CONFLICT DO UPDATE SET last_number = last_number + 1 RETURNING last_number`, per point: each
    point sharing a server starts at 1 every day."""
    # Each dialect's module is imported for its own database only: the PostgreSQL one (with its asyncpg and
    # pg8000 variants) costs a SQLite kiosk tens of milliseconds at every start.
    if dialect_name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return (
        dialect_insert(numbers)
        .values(
            point_id=bindparam("point_id"),
            service_id=bindparam("service_id"),
            business_date=bindparam("day"),
            last_number=1,
        )
        .on_conflict_do_update(
            index_elements=[numbers.c.point_id, numbers.c.service_id, numbers.c.business_date],
            set_={"last_number": numbers.c.last_number + 1},
        )
        .returning(numbers.c.last_number)
    )


_NEXT_NUMBER: dict[str, Any] = {}


def next_number(dialect_name: str):  # noqa: ANN201 - a dialect-specific Insert
    """The statement for this dialect, built on first use and kept (SQLAlchemy caches its compiled form)."""
    statement = _NEXT_NUMBER.get(dialect_name)
    if statement is None:
        statement = _NEXT_NUMBER[dialect_name] = next_number_statement(dialect_name)
    return statement


# Read models (reads.py): Core on the tables, so a command that only reads the queue never configures the mappers.
PRIORITY_NAMES = (
    select(terms.c.code, terms.c.name)
    .where(terms.c.kind == "priority_group", terms.c.active)
    .order_by(terms.c.sort_order)
)

_desk = counters.alias("desk")
_target = counters.alias("target")
# Today's open tickets of the point, per service in calling order (QueueReads.status).
OPEN_TICKETS = (
    select(
        tickets.c.code,
        tickets.c.status,
        tickets.c.priority_group,
        tickets.c.issued_at,
        tickets.c.queued_at,
        tickets.c.front_of_queue,
        tickets.c.last_called_at,
        services.c.prefix,
        services.c.name,
        _desk.c.number,
        _target.c.number,
    )
    .join(services, services.c.id == tickets.c.service_id)
    .outerjoin(_desk, _desk.c.id == tickets.c.counter_id)
    .outerjoin(_target, _target.c.id == tickets.c.target_counter_id)
    .where(
        tickets.c.business_date == bindparam("day"),
        tickets.c.point_id == bindparam("point_id"),
        tickets.c.status.in_(OPEN_STATUSES),
    )
    .order_by(
        services.c.sort_order,
        tickets.c.front_of_queue.desc(),
        tickets.c.priority_group.is_(None),
        tickets.c.queued_at,
        tickets.c.id,
    )
)

DESKS = (
    select(counters.c.id, counters.c.number, counters.c.name, counters.c.state, counters.c.consecutive_priority_calls)
    .where(counters.c.point_id == bindparam("point_id"), counters.c.active)
    .order_by(counters.c.number)
)

DESK_SERVICES = (
    select(counter_services.c.counter_id, services.c.prefix)
    .join(services, services.c.id == counter_services.c.service_id)
    .order_by(services.c.prefix)
)

HELD_AT_DESKS = (
    select(tickets.c.counter_id, tickets.c.status, tickets.c.code)
    .where(
        tickets.c.business_date == bindparam("day"),
        tickets.c.point_id == bindparam("point_id"),
        tickets.c.status.in_(("serving", "parked")),
        tickets.c.counter_id.is_not(None),
    )
    .order_by(tickets.c.queued_at)
)
