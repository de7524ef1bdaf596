"""Whether the office has been set up: one settings row, written last by SetupService.apply.

Its own small module: every gated command asks (cli/common.py) and must not import the setup service (PIN
hashing, the setup file's checks) to learn one fact. A Core query on the table, on the caller's connection: the
gate imports neither `sqlalchemy.orm` nor the mapped classes, which a command that needs none of them should not
pay for.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from kiosk.db import tables as t

DONE_KEY = "setup.completed"  # an internal settings row, like db.identity: not a person's setting

_DONE = select(t.settings.c.key).where(t.settings.c.key == DONE_KEY)


def is_set_up(conn: Connection) -> bool:
    return conn.execute(_DONE).first() is not None
