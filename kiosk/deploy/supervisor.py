"""Bring a crashed screen back by itself, but not forever: after 3 crashes in 5 minutes it stays down.

`kiosk supervise --role kiosk` starts `kiosk run --role kiosk` as a child and waits. A clean exit (an
administrator closed the kiosk with the PIN) ends the supervisor too; another copy already running (exit 6) is
not a crash either. Any other exit is a crash: logged, and the screen restarted after a short pause. A screen
that keeps crashing would otherwise flash on and off in front of citizens, so after `limit` crashes within
`window_s` seconds the supervisor gives up and says why (the log, and a message the caller shows).
This is the restart-on-failure of Windows PCs (started at logon by a scheduled task); on Linux systemd's
Restart=on-failure with StartLimitBurst does the same job, and the desktop autostart entry runs this.
"""

from __future__ import annotations

import logging
import subprocess
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from kiosk.errors import AlreadyRunning

log = logging.getLogger(__name__)

CRASH_LIMIT = 3
CRASH_WINDOW_S = 300.0
RESTART_PAUSE_S = 3.0


@dataclass
class CrashWindow:
    """The crashes of the last `window_s` seconds; `full` once `limit` of them fall inside it."""

    limit: int = CRASH_LIMIT
    window_s: float = CRASH_WINDOW_S
    times: deque[float] = field(default_factory=deque)

    def record(self, now: float) -> bool:
        self.times.append(now)
        while self.times and now - self.times[0] > self.window_s:
            self.times.popleft()
        return len(self.times) >= self.limit


@dataclass
class Outcome:
    exit_code: int
    crashes: list[int]
    gave_up: bool
    message: str


def supervise(
    command: Sequence[str],
    *,
    window: CrashWindow | None = None,
    pause_s: float = RESTART_PAUSE_S,
    monotonic: Callable[[], float] = time.monotonic,
    wait: Callable[[float], None] = time.sleep,
    spawn: Callable[[Sequence[str]], int] | None = None,
) -> Outcome:
    window = window or CrashWindow()
    spawn = spawn or _spawn
    crashes: list[int] = []
    while True:
        code = spawn(command)
        if code == 0:
            return Outcome(0, crashes, False, "")
        if code == AlreadyRunning.exit_code:
            return Outcome(0, crashes, False, "Màn hình này đã đang chạy trên máy; không mở thêm bản thứ hai.")
        crashes.append(code)
        log.error("the screen exited with code %s (crash %d); command: %s", code, len(crashes), " ".join(command))
        if window.record(monotonic()):
            minutes = round(window.window_s / 60)
            message = (
                f"Màn hình đã dừng đột ngột {len(window.times)} lần trong {minutes} phút nên không tự mở lại nữa. "
                "Xin xem tệp nhật ký (thư mục logs trong thư mục dữ liệu) và báo người quản trị; "
                "khởi động lại máy hoặc mở lại chương trình sau khi đã khắc phục."
            )
            log.error("giving up after %d crashes in %d minutes", len(window.times), minutes)
            return Outcome(code, crashes, True, message)
        # A pause between restarts, not a synchronisation: a printer or a database that just vanished gets
        # a moment to come back before the next try.
        wait(pause_s)


def _spawn(command: Sequence[str]) -> int:
    try:
        return subprocess.call(list(command))
    except OSError as exc:
        log.error("could not start %s: %s", command[0], exc)
        return 127
