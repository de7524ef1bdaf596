"""Writing the change feed on a Core connection: the event kinds, one event's row, and the write itself.

events.py explains the feed and its payloads; its `append` (for ORM sessions) defers the write to the session's
commit. The Core commands (services/queue/core.py) write here directly, as the last step of their transaction:
the PostgreSQL event lock is then taken after every row lock, as in a session, and held for the shortest time.
No ORM here: `kiosk ticket issue` writes its event without importing `sqlalchemy.orm`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, text

from kiosk.db import tables as t
from kiosk.db.changes import notify

TICKET_KINDS = (
    "ticket_issued",
    "ticket_called",
    "ticket_recalled",
    "ticket_skipped",
    "ticket_returned",
    "ticket_parked",
    "ticket_transferred",
    "ticket_finished",
    "ticket_cancelled",
)
COUNTER_KINDS = ("counter_opened", "counter_paused", "counter_closed")
OTHER_KINDS = ("day_rolled_over", "config_changed")
KINDS = TICKET_KINDS + COUNTER_KINDS + OTHER_KINDS

# Any constant works; it only has to be the same in every process that writes events.
PG_EVENT_LOCK = 0x6B696F736B  # "kiosk"
_PG_LOCK = text("SELECT pg_advisory_xact_lock(:key)")
_INSERT = insert(t.events)


def event_row(
    kind: str,
    payload: dict[str, Any],
    *,
    at: datetime,
    ticket_id: int | None = None,
    counter_id: int | None = None,
    point_id: int | None = None,
) -> dict[str, Any]:
    """The `events` row of one change (its time added to the payload); an undeclared kind is a programming error."""
    if kind not in KINDS:
        raise ValueError(f"unknown event kind {kind!r}: declare it in kiosk/services/feed.py")
    return {
        "created_at": at,
        "kind": kind,
        "ticket_id": ticket_id,
        "counter_id": counter_id,
        "point_id": point_id,
        "payload": payload | {"at": at.isoformat()},
    }


def write(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Insert the rows in the caller's transaction, in order: on PostgreSQL under the event lock, held until
    commit, so ids commit in the order they are drawn (events.py)."""
    if conn.dialect.name == "postgresql":
        conn.execute(_PG_LOCK, {"key": PG_EVENT_LOCK})
        notify(conn)  # delivered at commit: screens LISTENing wake at once (db/changes.py)
    conn.execute(_INSERT, list(rows))
