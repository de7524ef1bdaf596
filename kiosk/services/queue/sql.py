"""Statements on the hot paths of the queue (issuing, counting, estimating), built once with bind parameters.

Building a SQLAlchemy expression costs more Python time than SQLite takes to run it; these are compiled once
and cached by SQLAlchemy, so issuing a ticket stays within a few milliseconds on an office PC.
"""

from __future__ import annotations

from sqlalchemy import Table, bindparam, case, func, insert, or_, select
from sqlalchemy.dialects import postgresql, sqlite

from kiosk.db import models as m

tickets: Table = m.Ticket.__table__  # type: ignore[assignment]
services: Table = m.QueueService.__table__  # type: ignore[assignment]
counters: Table = m.Counter.__table__  # type: ignore[assignment]
counter_services: Table = m.CounterService.__table__  # type: ignore[assignment]
numbers: Table = m.TicketNumber.__table__  # type: ignore[assignment]
terms: Table = m.Term.__table__  # type: ignore[assignment]
settings: Table = m.Setting.__table__  # type: ignore[assignment]
events: Table = m.Event.__table__  # type: ignore[assignment]

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


def next_number_statement(dialect_name: str):  # noqa: ANN201 - a dialect-specific Insert
    """`INSERT … ON CONFLICT DO UPDATE SET last_number = last_number + 1 RETURNING last_number`, per point: each
    point sharing a server starts at 1 every day."""
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    return (
        dialect.insert(numbers)
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


NEXT_NUMBER = {name: next_number_statement(name) for name in ("sqlite", "postgresql")}
