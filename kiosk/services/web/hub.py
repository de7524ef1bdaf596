"""One reader of the change feed for every connected phone and board (`events.since` a few times a second).

After each batch of events (and every half minute, so a ticket expires at midnight) the hub reads every followed
ticket in one transaction (`queue.follow`) and the hall board once, renders each phone's fragment, and wakes the
streams; each stream sends its phone the new fragment only when it changed. 200 phones cost one read per change,
not 200, and the database never sees a query per phone per second.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from anyio import to_thread

from kiosk.errors import KioskError
from kiosk.services.queue.follow import Followed
from kiosk.services.web.board import board_fragment
from kiosk.services.web.phone import PhoneState

if TYPE_CHECKING:
    from kiosk.app import Services

log = logging.getLogger(__name__)


class Hub:
    def __init__(
        self,
        services: Services,
        render: Callable[[Followed], PhoneState],
        *,
        poll_s: float = 0.25,
        refresh_s: float = 30.0,
        reload: Callable[[], None] | None = None,
    ) -> None:
        self._services = services
        self._render = render
        self._reload = reload  # catalogue names (office, rating scale), re-read at each periodic refresh
        self.poll_s = poll_s
        self.refresh_s = refresh_s
        self._watched: Counter[uuid.UUID] = Counter()
        self._boards = 0
        self.states: dict[uuid.UUID, PhoneState] = {}
        self.board_html: str | None = None
        self.refreshes_started = 0
        self.states_from = 0  # the refresh `states` and `board_html` come from: a stream trusts only later ones
        self.version = 0
        self._changed = asyncio.Event()
        self._closing = asyncio.Event()
        self._dirty = False
        self._task: asyncio.Task | None = None
        self._services_followed: set[str] = set()  # queue services of the followed tickets, at the last refresh

    # ------------------------------------------------------------ life

    def start(self) -> None:
        if self._task is None:
            self._changed = asyncio.Event()
            self._closing = asyncio.Event()
            self._task = asyncio.get_running_loop().create_task(self._run(), name="kiosk-web-hub")

    async def stop(self) -> None:
        self.close()
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    def close(self) -> None:
        """Ends every stream (the server is stopping); safe to call more than once."""
        self._closing.set()
        self._wake()

    @property
    def closing(self) -> bool:
        return self._closing.is_set()

    # ------------------------------------------------------------ followers

    @contextmanager
    def watching(self, key: uuid.UUID | None) -> Iterator[None]:
        """A stream follows ticket `key` (None: the hall board) while inside."""
        if key is None:
            self._boards += 1
        else:
            self._watched[key] += 1
        try:
            yield
        finally:
            if key is None:
                self._boards -= 1
            else:
                self._watched[key] -= 1
                if self._watched[key] <= 0:
                    del self._watched[key]
                    self.states.pop(key, None)

    @property
    def followers(self) -> int:
        return sum(self._watched.values()) + self._boards

    def poke(self) -> None:
        """Something changed that writes no event (a rating): refresh at the next poll."""
        self._dirty = True

    async def wait(self, version: int, timeout: float) -> int:
        """The version after `version`, or `version` again after `timeout` seconds (time for a keep-alive)."""
        if self.version == version and not self.closing:
            changed = self._changed
            try:
                await asyncio.wait_for(changed.wait(), timeout)
            except TimeoutError:
                pass
        return self.version

    def _wake(self) -> None:
        self.version += 1
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    # ------------------------------------------------------------ the loop

    async def _run(self) -> None:
        last_id: int | None = None
        next_refresh = 0.0
        while not self.closing:
            try:
                if last_id is None:
                    last_id = await to_thread.run_sync(self._services.events.latest_id)
                    self._dirty = True
                events = await to_thread.run_sync(self._services.events.since, last_id, 1000)
                if events:
                    last_id = events[-1].id
                now = time.monotonic()
                periodic = now >= next_refresh
                if periodic and self._reload is not None:
                    await to_thread.run_sync(self._reload)
                if (self._dirty or periodic or self._matters(events)) and (self._watched or self._boards):
                    self._dirty = False
                    next_refresh = now + self.refresh_s
                    await self._refresh()
                elif periodic:
                    next_refresh = now + self.refresh_s
            except KioskError as exc:  # the database is away: phones keep the last state, we try again
                log.warning("web hub: %s", exc.message)
                await self._sleep(max(self.poll_s, 2.0))
                continue
            except Exception:  # noqa: BLE001 - one bad read must not stop every phone's updates
                log.exception("web hub: refresh failed")
                await self._sleep(max(self.poll_s, 2.0))
                continue
            await self._sleep(self.poll_s)

    def _matters(self, events: list) -> bool:
        """Could these events change a followed page? The board shows every queue and desk: any event does. A
        phone shows its own ticket, its queue and the desks' pace: events of other services leave it alone."""
        if not events:
            return False
        if self._boards:
            return True
        keys = {str(k) for k in self._watched}
        for e in events:
            if not e.kind.startswith("ticket_"):
                return True  # a desk opened or paused (the wait changes), a new day (tickets expire)
            p = e.payload or {}
            if p.get("ticket_uuid") in keys or {p.get("service"), p.get("from_service")} & self._services_followed:
                return True
        return False

    async def _sleep(self, seconds: float) -> None:
        try:
            await asyncio.wait_for(self._closing.wait(), seconds)
        except TimeoutError:
            pass

    async def _refresh(self) -> None:
        self.refreshes_started += 1
        number = self.refreshes_started
        keys = list(self._watched)
        if keys:
            followed = await to_thread.run_sync(self._services.queue.follow, keys)
            self.states = {key: self._render(f) for key, f in followed.items()}
            self._services_followed = {f.ticket.service for f in followed.values()}
        if self._boards:
            board = await to_thread.run_sync(self._services.display.board)
            self.board_html = board_fragment(board)
        self.states_from = number
        self._wake()
