"""One of the tally's statements run ahead, on a second connection, while the first connection runs the others.

On PostgreSQL the whole district's month spends most of its time on the server, in two statements of about
100 ms each (the tickets' figures and the desk records' groupings). Run one after the other on one connection,
they leave the server's other cores and the Python process idle; run side by side, the tally waits for the longer
one only. A process has at most two connections (db/engine.py), and other threads may hold them: the second
connection is taken only when the pool has one free and no other tally of this process runs ahead; otherwise the
statement runs in turn on the tally's own connection, as before. Consistency is what it was: on PostgreSQL's
default READ COMMITTED each of the tally's statements already reads its own snapshot.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Row
from sqlalchemy.pool import QueuePool

# One tally per process runs ahead at a time: two tallies each holding one connection and waiting for a second
# would wait for each other until the pool's timeout.
_one_at_a_time = threading.Lock()


def _free_connection(conn: Connection) -> bool:
    pool = conn.engine.pool
    return not isinstance(pool, QueuePool) or pool.checkedout() < pool.size()


class Ahead:
    """`statement` started on a second connection (prepared by `tune`, as the tally's own); `rows()` waits for it.

    When no second connection can be had, `rows()` gives None and the caller runs the statement itself."""

    def __init__(
        self, conn: Connection, statement: Any, params: dict[str, Any], tune: Callable[[Connection], None]
    ) -> None:
        self._rows: Sequence[Row[Any]] | None = None
        self._error: BaseException | None = None
        self.started = _free_connection(conn) and _one_at_a_time.acquire(blocking=False)
        if not self.started:
            return
        self._thread = threading.Thread(
            target=self._run, args=(conn, statement, params, tune), name="tally-ahead", daemon=True
        )
        try:
            self._thread.start()
        except RuntimeError:  # no thread to be had (the interpreter shutting down): the statement runs in turn
            _one_at_a_time.release()
            self.started = False

    def _run(
        self, conn: Connection, statement: Any, params: dict[str, Any], tune: Callable[[Connection], None]
    ) -> None:
        try:
            try:
                second = conn.engine.connect()
            except Exception:  # taken meanwhile, or the server refuses a connection more: the tally's own will do
                return
            with second:
                tune(second)
                self._rows = second.execute(statement, params).all()
                second.rollback()  # it only read
        except BaseException as exc:  # handed to the tally's thread, which says it as any database error
            self._error = exc
        finally:
            _one_at_a_time.release()

    def rows(self) -> Sequence[Row[Any]] | None:
        if not self.started:
            return None
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._rows
