"""Typed errors that carry one Vietnamese sentence for the person in front of the screen.

Services raise these; the UI shows `message`, the CLI prints it and exits with `exit_code`.
"""

from __future__ import annotations

import errno
from pathlib import Path


class KioskError(Exception):
    """Base error: `message` is a complete Vietnamese sentence fit to show to a citizen or officer."""

    exit_code = 1

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class InputError(KioskError):
    """Bad input from a person or a command line: unknown code, text too long, malformed value."""

    exit_code = 2


class NotFoundError(InputError):
    """Something named by code or number does not exist."""


class StateError(KioskError):
    """The action does not fit the current state (calling on a paused counter, rating twice...)."""

    exit_code = 3


class AlreadyRunning(StateError):
    """The same screen already runs on this PC; a supervisor must not count this as a crash."""

    exit_code = 6


class DatabaseUnavailable(KioskError):
    """The database cannot be reached or opened."""

    exit_code = 4


class DatabaseCorrupt(DatabaseUnavailable):
    """The database file is damaged: said as such, with the backup to restore, never rebuilt silently."""


class DatabaseMissing(DatabaseUnavailable):
    """A database this data folder had is gone: no new empty one is made unless a person asks."""


class DatabaseBusy(DatabaseUnavailable):
    """Another machine holds the write lock longer than an interactive wait allows; try again."""


class DiskFull(DatabaseUnavailable):
    """The disk holding the data is full: nothing was written."""


class CatalogueError(InputError):
    """A catalogue file is malformed: the message names the file, the line and the field."""


class AuthError(KioskError):
    """Wrong PIN, locked account, missing permission."""

    exit_code = 5


# The reasons a commune PC actually meets, said in Vietnamese: exc.strerror is English (or the Windows code page).
_OS_REASONS = {
    errno.EACCES: "không có quyền ghi, hoặc tệp đang mở trong chương trình khác",
    errno.EPERM: "không có quyền ghi",
    errno.EROFS: "ổ đĩa chỉ cho phép đọc",
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EDQUOT: "đã hết dung lượng được phép dùng trên ổ đĩa",
    errno.ENOTDIR: "đường dẫn đi qua một tệp, không phải thư mục",
    errno.ENOENT: "không tìm thấy đường dẫn",
    errno.EISDIR: "đó là một thư mục, không phải tệp",
    errno.EEXIST: "đã có một tệp trùng tên ở chỗ cần tạo thư mục",
    errno.ENAMETOOLONG: "tên tệp hoặc đường dẫn quá dài",
    errno.EBUSY: "tệp đang được chương trình khác dùng",
    errno.EIO: "lỗi đọc ghi ổ đĩa (ổ USB bị rút ra hoặc hỏng?)",
    errno.EINVAL: "tên tệp có ký tự không được phép",
}
_HINTS = {
    errno.ENOSPC: " Xin giải phóng dung lượng hoặc chọn ổ đĩa khác.",
    errno.EDQUOT: " Xin giải phóng dung lượng hoặc chọn ổ đĩa khác.",
    errno.EACCES: " Xin đóng tệp nếu đang mở, hoặc chọn thư mục khác.",
    errno.EPERM: " Xin chọn thư mục khác.",
    errno.EROFS: " Xin chọn ổ đĩa khác.",
}


def os_reason(exc: OSError) -> str:
    """The operating system's reason for `exc` as a short Vietnamese phrase."""
    known = _OS_REASONS.get(exc.errno or 0)
    if known is None and getattr(exc, "winerror", None) == 32:  # ERROR_SHARING_VIOLATION: open in Excel
        known = _OS_REASONS[errno.EBUSY]
    return known or "lỗi hệ điều hành" + (f" số {exc.errno}" if exc.errno else "")


def file_error(path: Path | str, exc: OSError, *, reading: bool = False) -> InputError:
    """One Vietnamese sentence for a file that could not be read or written; the English text goes to the log.

    An InputError (exit 2): the person chose the path, and another path or a freed disk fixes it.
    """
    verb = "đọc" if reading else "ghi"
    hint = "" if reading else _HINTS.get(exc.errno or 0, "")
    return InputError(f"Không {verb} được tệp {path} ({os_reason(exc)}).{hint}", detail=str(exc))
