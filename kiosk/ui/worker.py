"""Run database, PDF and printer work off the UI thread; deliver the result or a readable error on the UI thread.

    run_task(self, lambda: services.queue.issue("A"), on_done=self.show_ticket, on_error=self.show_error)

`on_error` receives a KioskError (a Vietnamese sentence); unexpected exceptions become a generic sentence and
are logged. Tests replace the pool with `run_inline(True)` so work runs synchronously.

Two lanes, one thread each. "db" (the default) serialises database work, as the design asks: one writer at a
time suits SQLite, and tasks of one screen finish in the order they were started. "device" is for work that
waits on hardware: a ticket print follows the CUPS job for up to 20 s and espeak-ng takes a few hundred ms; on
the db lane that wait would hold back the next citizen's ticket, the event poll and the desk's call. Device
tasks still touch the database, but only in short transactions before and after the wait (SQLite's
busy_timeout covers the overlap).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal

from kiosk.errors import KioskError

log = logging.getLogger(__name__)
_INLINE = False
LANES = ("db", "device")
_pools: dict[str, QThreadPool] = {}
_alive: set[_Relay] = set()


def run_inline(enabled: bool) -> None:
    global _INLINE
    _INLINE = enabled


def pool(lane: str = "db") -> QThreadPool:
    if lane not in LANES:
        raise ValueError(f"unknown lane {lane!r}")
    if lane not in _pools:
        created = QThreadPool()
        # One thread per lane: database work is serialised (one writer at a time suits SQLite), and one slow
        # printer never runs beside another on the same device.
        created.setMaxThreadCount(1)
        _pools[lane] = created
    return _pools[lane]


def wait_for_tasks(timeout_ms: int = 5000) -> bool:
    """Wait until started and queued tasks have finished (before the services close); False on timeout.

    The timeout is shared by the lanes, so closing never waits much longer than asked."""
    deadline = QDeadlineTimer(timeout_ms)
    done = True
    for pool_ in _pools.values():
        done = pool_.waitForDone(max(0, deadline.remainingTime())) and done
    return done


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except KioskError as exc:
            self._deliver(self._relay.failed, exc)
        except Exception as exc:  # noqa: BLE001 - shown as one sentence, logged in full
            log.exception("background task failed")
            sentence = QCoreApplication.translate("worker", "Đã có lỗi khi xử lý; xin thử lại hoặc báo cán bộ.")
            self._deliver(self._relay.failed, KioskError(sentence, detail=str(exc)))
        else:
            self._deliver(self._relay.done, result)

    def _deliver(self, signal: Any, value: Any) -> None:
        """Hand the outcome to the UI thread, unless the screen that asked has been closed meanwhile (its relay,
        a child of that screen, went with it): then nobody is waiting for it, and the work itself is done."""
        try:
            signal.emit(value)
        except RuntimeError:
            _alive.discard(self._relay)
            log.debug("task finished after its screen closed; outcome dropped")


def run_task(
    parent: QObject | None,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[KioskError], None] | None = None,
    *,
    lane: str = "db",
) -> None:
    relay = _Relay(parent)
    _alive.add(relay)

    def finish_ok(result: Any) -> None:
        _alive.discard(relay)
        if on_done is not None:
            on_done(result)

    def finish_err(error: KioskError) -> None:
        _alive.discard(relay)
        if on_error is not None:
            on_error(error)
        else:
            log.error("unhandled task error: %s (%s)", error.message, error.detail)

    relay.done.connect(finish_ok)
    relay.failed.connect(finish_err)
    task = _Task(fn, relay)
    if _INLINE:
        task.run()
    else:
        pool(lane).start(task)
