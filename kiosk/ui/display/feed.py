"""Keeps the hall display in step with every other process and machine, and notices when the database is gone.

Every 300 ms it asks services.changes whether anything was committed (PostgreSQL: a NOTIFY arrived; SQLite:
PRAGMA data_version moved; no query either way) and only then reads the events after the last one seen (one
cheap query, off the UI thread); a call reaches the screen within that poll. Without any change it still reads
every few seconds (db/changes.py FALLBACK_S). After a batch of events, and every 30 s, it reads a fresh board
(desks, waiting counts, notices). A poll that fails twice in a row means "mất kết nối": the screen keeps what it
shows, polls once a second, and recovers by itself with a fresh board when the database answers again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.services.display import Board
from kiosk.services.events import MAX_LIMIT, EventInfo
from kiosk.ui.worker import run_task

log = logging.getLogger(__name__)


class BoardFeed(QObject):
    board_ready = Signal(object)  # Board
    events_ready = Signal(list)  # list[EventInfo], oldest first
    connection_changed = Signal(bool)  # False: the database does not answer

    POLL_MS = 300
    OUTAGE_POLL_MS = 1000
    REFRESH_MS = 30_000
    FAILURES_BEFORE_OFFLINE = 2
    BATCH = 200

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._changes = services.changes.follower()
        self.last_id: int | None = None  # None until the first board: nothing is replayed from before the start
        self.online = True
        self._failures = 0
        self._polling = False
        self._loading = False
        self._reload = False
        self._board_from: int | None = None
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(self.POLL_MS)
        self._poll_timer.timeout.connect(self.poll)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(self.REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self.refresh()
        self._poll_timer.start()
        self._refresh_timer.start()

    def stop(self) -> None:
        self._poll_timer.stop()
        self._refresh_timer.stop()

    # ------------------------------------------------------------ board

    def refresh(self) -> None:
        if self._loading:
            self._reload = True  # once the board in flight is back
            return
        self._loading = True
        self._reload = False
        self._board_from = self.last_id
        run_task(self, self._services.display.board, self._got_board, self._board_failed)

    def _got_board(self, board: Board) -> None:
        self._loading = False
        started_from = self._board_from
        if self.last_id is None or (started_from is not None and board.last_event_id < started_from):
            # First board, or the feed went backwards (a database restored from a backup): start over from here.
            self.last_id = board.last_event_id
            self.board_ready.emit(board)
        elif board.last_event_id < self.last_id:
            # Calls newer than this board are already on screen; a board from before them would undo them.
            self._reload = True
        else:
            self.board_ready.emit(board)
        self._succeeded()
        if self._reload:
            self.refresh()

    def _board_failed(self, error: KioskError) -> None:
        self._loading = False
        self._failed(error)

    # ------------------------------------------------------------ events

    def poll(self) -> None:
        if self.last_id is None:
            if not self._loading:
                self.refresh()  # no board yet (the database was away at start): keep trying
            return
        if self._polling:
            return
        if self.online and not self._failures and not self._changes.changed():
            return  # nothing committed anywhere since the last look: no query (an idle hall costs ~no CPU)
        self._polling = True
        after = self.last_id
        run_task(
            self,
            lambda: self._services.events.since(after, self.BATCH),
            lambda events: self._got_events(after, events),
            self._poll_failed,
        )

    def _got_events(self, after: int, events: list[EventInfo]) -> None:
        self._polling = False
        self._succeeded()
        if after != self.last_id:
            return  # the feed was restarted meanwhile
        if not events:
            return
        self.last_id = events[-1].id
        self.events_ready.emit(events)
        self.refresh()
        if len(events) >= min(self.BATCH, MAX_LIMIT):
            self.poll()

    def _poll_failed(self, error: KioskError) -> None:
        self._polling = False
        self._failed(error)

    # ------------------------------------------------------------ connection

    def _failed(self, error: KioskError) -> None:
        self._failures += 1
        if self.online and self._failures >= self.FAILURES_BEFORE_OFFLINE:
            self.online = False
            log.warning("display: database unreachable: %s (%s)", error.message, error.detail)
            self._poll_timer.setInterval(self.OUTAGE_POLL_MS)
            self.connection_changed.emit(False)

    def _succeeded(self) -> None:
        self._failures = 0
        if not self.online:
            self.online = True
            log.info("display: database reachable again")
            self._poll_timer.setInterval(self.POLL_MS)
            self.connection_changed.emit(True)
            self.refresh()
