"""Whether anything was committed since a screen last looked, without a query: what lets an idle screen sleep.

A hall display or a kiosk used to ask the database for new events several times a second all day. Now it asks
this first, and queries only when the answer is yes (or, as a fallback, every FALLBACK_S seconds):
- SQLite: `PRAGMA data_version` on a connection of its own changes whenever another connection commits (every
  process and every pooled connection of this one are "other"); reading it touches no table and takes no lock.
- PostgreSQL: every transaction that appends events also sends `NOTIFY kiosk_events` (delivered at commit);
  a thread waits for it on a LISTEN connection, blocked in the socket, using no CPU. The connection is one of the
  process's two (db/engine.py: pool of 2), held while the screen runs. If it breaks, the watch says "changed"
  and reconnects with a pause, so the screen falls back to polling and never misses an event.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

log = logging.getLogger(__name__)

CHANNEL = "kiosk_events"
FALLBACK_S = 5.0  # without a sign of change, look anyway this often (a lost notification costs at most this)
RECONNECT_S = 5.0


class ChangeWatch:
    """One per process: a generation number that moves whenever something may have been committed.

    Each screen takes its own `follower()`, so several screens of one process (role "all") each see every change.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._generation = 0
        self._sqlite: sqlite3.Connection | None = None
        self._version: int | None = None
        self._identity: tuple[int, int] | None = None
        self._listening = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if engine.dialect.name == "postgresql":
            self._thread = threading.Thread(target=self._listen, name="kiosk-listen", daemon=True)
            self._thread.start()

    @property
    def mode(self) -> str:
        return "listen" if self._thread is not None else "data_version"

    def follower(self, *, now: Callable[[], float] = time.monotonic) -> ChangeFollower:
        return ChangeFollower(self, now)

    def generation(self) -> int:
        if self._thread is not None:
            with self._lock:
                if not self._listening:
                    self._generation += 1  # not listening (yet, or the connection broke): every look is a change
                return self._generation
        return self._sqlite_generation()

    def _bump(self) -> None:
        with self._lock:
            self._generation += 1

    def _sqlite_generation(self) -> int:
        with self._lock:
            try:
                database = self._engine.url.database
                if not database or database == ":memory:":
                    self._generation += 1  # one connection per process: nothing to compare with
                    return self._generation
                path = Path(database)
                # A file moved, deleted or replaced under the screen: the watch's own connection would still read
                # the old one, so every look is a change until the file is back (the screen's polls then fail
                # and show "mất kết nối", as before).
                identity = (path.stat().st_ino, path.stat().st_dev)
                if self._sqlite is not None and identity != self._identity:
                    self._close_sqlite()
                if self._sqlite is None:
                    self._sqlite = sqlite3.connect(path, check_same_thread=False)
                    self._identity = identity
                version = int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])
            except (sqlite3.Error, OSError) as exc:
                log.debug("data_version unreadable (%s): polling", exc)
                self._close_sqlite()
                self._generation += 1
                return self._generation
            if version != self._version:
                self._version = version
                self._generation += 1
            return self._generation

    def _close_sqlite(self) -> None:
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None
            self._version = None

    def _listen(self) -> None:
        while not self._stop.is_set():
            raw: Any = None
            try:
                raw = self._engine.raw_connection()
                conn = raw.driver_connection
                conn.autocommit = True
                conn.execute(f"LISTEN {CHANNEL}")
                with self._lock:
                    self._listening = True
                    self._generation += 1  # anything committed while not listening is read once now
                while not self._stop.is_set():
                    # A second's timeout only to notice close(); waiting in the socket uses no CPU.
                    for _ in conn.notifies(timeout=1.0):
                        self._bump()
            except Exception as exc:  # noqa: BLE001 - a broken connection: poll, reconnect after a pause
                with self._lock:
                    self._listening = False
                if not self._stop.is_set():
                    log.info("LISTEN %s lost (%s); polling until it is back", CHANNEL, exc)
                    self._stop.wait(RECONNECT_S)
            finally:
                if raw is not None:
                    try:
                        raw.invalidate()  # never hand a LISTENing autocommit connection back to the pool
                    except Exception:  # noqa: BLE001
                        pass

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)
        with self._lock:
            self._close_sqlite()


class ChangeFollower:
    """One screen's view of the watch: `changed()` is True when the generation moved since this screen last
    looked, or when it has not looked for FALLBACK_S seconds (the slow poll that covers a lost notification)."""

    def __init__(self, watch: ChangeWatch, now: Callable[[], float]) -> None:
        self._watch = watch
        self._now = now
        self._seen: int | None = None
        self._last = now()

    def changed(self) -> bool:
        generation = self._watch.generation()
        now = self._now()
        if generation != self._seen or now - self._last >= FALLBACK_S:
            self._seen = generation
            self._last = now
            return True
        return False


def notify(connection: Any) -> None:
    """Inside an events-writing transaction on PostgreSQL: wake every screen at commit (none if it rolls back)."""
    connection.exec_driver_sql(f"NOTIFY {CHANNEL}")
