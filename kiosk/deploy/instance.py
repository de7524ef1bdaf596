"""One copy of each screen per PC: a second `kiosk run --role kiosk` says so and exits.

Two copies of the citizen screen would both drive the ticket printer and both speak on the hall's loudspeaker.
The guard is an operating-system lock on a file in the data folder (fcntl on Linux, msvcrt on Windows): the
system releases it when the process ends, however it ends, so a crash or a power cut never leaves a stale lock.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from kiosk.errors import AlreadyRunning, KioskError, os_reason

SCREEN_NAMES = {
    "kiosk": "màn hình lấy số của công dân",
    "desk": "màn hình quầy",
    "display": "màn hình phòng chờ",
    "admin": "màn hình quản trị",
    "all": "chương trình (mọi màn hình)",
    "picker": "chương trình (chọn màn hình)",
}


def lock_name(role: str | None, counter: int | None = None) -> str:
    role = role or "kiosk"
    # Two desks on one PC (two counters served from one machine) are two screens; two of the same are not.
    return f"{role}-{counter}" if role == "desk" and counter is not None else role


class InstanceLock:
    """Held for the life of the process; `release()` is for tests and for a clean shutdown."""

    def __init__(self, path: Path, handle: IO[str]) -> None:
        self.path = path
        self._handle: IO[str] | None = handle

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None


def acquire(data_dir: Path, role: str | None, counter: int | None = None) -> InstanceLock:
    name = lock_name(role, counter)
    folder = data_dir / "locks"
    path = folder / f"{name}.lock"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held open for the life of the process
    except OSError as exc:
        raise KioskError(
            f"Không tạo được tệp khoá {path} ({os_reason(exc)}). Xin kiểm tra quyền ghi vào thư mục dữ liệu."
        ) from exc
    if not _try_lock(handle):
        handle.seek(0)
        holder = handle.read().strip()
        handle.close()
        what = SCREEN_NAMES.get(role or "kiosk", "màn hình này")
        if role == "desk" and counter is not None:
            what = f"{what} số {counter}"
        pid = f" (tiến trình số {holder})" if holder.isdigit() else ""
        raise AlreadyRunning(
            f"Trên máy này {what} đang chạy{pid}; không mở thêm bản thứ hai để hai bản không tranh nhau máy in "
            "và loa. Hãy dùng cửa sổ đang mở, hoặc đóng nó trước."
        )
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    return InstanceLock(path, handle)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            # Lock one byte far past the end: the pid written at the start stays readable by the second copy.
            handle.seek(1 << 20)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            handle.seek(0)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[str]) -> None:
        try:
            handle.seek(1 << 20)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
