"""Run work once a window has painted for the first time: whatever a screen needs only later (the printer and
sound adapters, their libraries) waits until the person in front of it already sees the window."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        self._started = time.perf_counter()
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            log.info("first paint %.0f ms after the window was shown", (time.perf_counter() - self._started) * 1000)
            # After this paint has been handled and flushed, not inside it.
            QTimer.singleShot(0, self._then)
        return False


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call `then` on the UI thread right after `window` (not yet shown) has painted the first time."""
    _FirstPaint(window, then)
