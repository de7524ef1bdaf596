"""Whether the office has been set up: one settings row, written last by SetupService.apply.

Its own small module: every gated command asks (cli/common.py) and must not import the setup service (PIN
hashing, the setup file's checks) to learn one fact. A Core query on the table, not an ORM get: the first ORM
query of a process configures every mapper, which a command that needs none of them should not pay for.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.db import models as m
from kiosk.db.engine import read_transaction

DONE_KEY = "setup.completed"  # an internal settings row, like db.identity: not a person's setting

_settings = m.Setting.__table__
_DONE = select(_settings.c.key).where(_settings.c.key == DONE_KEY)


def is_set_up(sessions: sessionmaker[Session]) -> bool:
    with read_transaction(sessions) as session:
        return session.connection().execute(_DONE).first() is not None
