"""The hidden gesture that leads the administrator out of the locked kiosk: five taps in the top-left corner.

Apart from the admin page (admin_exit.py): the window that counts the taps is imported before the first paint of a
fast start, and the admin page brings the database stack along (it is built once the services are there).
"""

from __future__ import annotations

import time
from collections import deque

TAPS = 5
WINDOW_S = 3.0
CORNER_PX = 120  # about 2 cm: easy for the administrator, out of a citizen's way


class CornerTaps:
    """Counts taps in the corner; True on the fifth within the time window."""

    def __init__(self, taps: int = TAPS, window_s: float = WINDOW_S) -> None:
        self._taps = taps
        self._window = window_s
        self._times: deque[float] = deque(maxlen=taps)

    def tap(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        self._times.append(now)
        if len(self._times) == self._taps and now - self._times[0] <= self._window:
            self._times.clear()
            return True
        return False

    def clear(self) -> None:
        self._times.clear()
