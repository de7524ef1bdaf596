"""What keeps `kiosk demo` from replacing real work: it remembers what it wrote, and a database holding any ticket,
record, group session or duty day it did not write is refused unless the person says --force (then a checked
backup is taken first). Demo accounts (PIN 1234) are never created in a database that has been set up.

The memory is an internal settings row (like setup.completed): per table, how many rows the demo left and the
highest id. A row added later, or a table that never had demo rows, shows as a difference.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.db import models as m
from kiosk.services.setup.service import DONE_KEY  # written when the office's answers are applied

KEY = "demo.created"  # internal: not a person's setting
GUARDED = {
    "tickets": (m.Ticket, "số thứ tự"),
    "records": (m.AssistRecord, "lượt hỗ trợ"),
    "group_sessions": (m.GroupSession, "buổi sinh hoạt"),
    "duty_days": (m.DutyDay, "ngày trực"),
}


def _state(session: Session) -> dict[str, list[int]]:
    out = {}
    for name, (model, _words) in GUARDED.items():
        count, top = session.execute(select(func.count(), func.coalesce(func.max(model.id), 0))).one()
        out[name] = [int(count), int(top)]
    return out


def remember(session: Session, now: Any) -> None:
    """Called at the end of the demo's transaction: every guarded row is the demo's."""
    row = session.get(m.Setting, KEY)
    value = _state(session)
    if row is None:
        session.add(m.Setting(key=KEY, value=value, updated_at=now))
    else:
        row.value, row.updated_at = value, now


def foreign_rows(session: Session) -> dict[str, int]:
    """Rows the demo did not write, per table (only tables with some)."""
    row = session.get(m.Setting, KEY)
    made: dict[str, Any] = dict(row.value) if row is not None and isinstance(row.value, dict) else {}
    out = {}
    for name, (count, top) in _state(session).items():
        demo_count, demo_top = (made.get(name) or [0, 0])[:2]
        if count == 0 or (count == demo_count and top == demo_top):
            continue
        out[name] = count if not made.get(name) else max(count - demo_count, 1)
    return out


def describe(foreign: dict[str, int]) -> str:
    return ", ".join(f"{n} {GUARDED[name][1]}" for name, n in foreign.items())


def is_set_up(session: Session) -> bool:
    """Set up by a commune (the wizard or `kiosk setup`); a sample database marks itself done to open without the
    wizard ("how": "sample"), and keeps its demo accounts."""
    row = session.get(m.Setting, DONE_KEY)
    return row is not None and (row.value or {}).get("how") != "sample"
