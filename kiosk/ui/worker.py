"""Run database, PDF and printer work off the UI thread; deliver the result or a readable error on the UI thread.

    run_task(self, lambda: services.queue.issue("A"), on_done=self.show_ticket, on_error=self.show_error)

`on_error` receives a KioskError (a Vietnamese sentence); unexpected exceptions become a generic sentence and
are logged. Tests replace the pool with `run_inline(True)` so work runs synchronously.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kiosk.errors import KioskError

log = logging.getLogger(__name__)
_INLINE = False
_pool: QThreadPool | None = None
_alive: set[_Relay] = set()


def run_inline(enabled: bool) -> None:
    global _INLINE
    _INLINE = enabled


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        # One writer at a time suits SQLite; the UI thread stays free either way.
        _pool.setMaxThreadCount(2)
    return _pool


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
            self._relay.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - shown as one sentence, logged in full
            log.exception("background task failed")
            self._relay.failed.emit(KioskError("Đã có lỗi khi xử lý; xin thử lại hoặc báo cán bộ.", detail=str(exc)))
        else:
            self._relay.done.emit(result)


def run_task(
    parent: QObject | None,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[KioskError], None] | None = None,
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
        pool().start(task)
