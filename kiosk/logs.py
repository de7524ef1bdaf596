"""Logging to a rotating file in the data folder: what an administrator sends when something went wrong.

Every process logs from its first line, a screen's start-up included: kiosk.log is opened by logging's own
FileHandler, which `logging` already holds. The rotation (kiosk.log → kiosk.log.1 … .5 at 2 MB, as
logging.handlers.RotatingFileHandler does it) imports logging.handlers only when a file is due: that module brings
pickle, queue and socket, milliseconds before every screen's first paint for a file that rotates once in weeks.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

MAX_BYTES = 2_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RotatingLog(logging.FileHandler):
    """A FileHandler that rotates as logging.handlers.RotatingFileHandler(max_bytes, backups) would."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._due(record):
                self._rotate()
        except Exception:  # noqa: BLE001 - as RotatingFileHandler: a failed rotation is said, the record still written
            self.handleError(record)
        super().emit(record)

    def _due(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            return False
        # The screens of one PC share the file: its end, not this handle's position, is its size.
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(self.format(record)) + 1 >= self.max_bytes

    def _rotate(self) -> None:
        import logging.handlers

        rotating = logging.handlers.RotatingFileHandler(
            self.baseFilename, maxBytes=self.max_bytes, backupCount=self.backups, encoding="utf-8", delay=True
        )
        self.stream.close()
        self.stream = None  # type: ignore[assignment]
        rotating.doRollover()  # kiosk.log.4 → .5, … kiosk.log → .1: its own renames, the same as it always did
        rotating.close()
        self.stream = self._open()


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    root = logging.getLogger()
    if any(getattr(h, "_kiosk", False) for h in root.handlers):
        return None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingLog(log_dir / "kiosk.log")
    except OSError:
        return None  # a read-only folder must not stop the program; errors still reach the screen
    handler._kiosk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return log_dir / "kiosk.log"


def write_crash_log(log_dir: Path, text: str) -> Path:
    """A new file per crash: three processes crashing in the same second leave three files, none overwritten."""
    import secrets  # only when crashing: with hmac and hashlib it costs every start milliseconds
    from datetime import datetime

    log_dir.mkdir(parents=True, exist_ok=True)
    name = f"crash-{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}-{secrets.token_hex(3)}.log"
    path = log_dir / name
    with open(path, "x", encoding="utf-8") as handle:  # "x": never overwrite, even on a name collision
        handle.write(text)
    return path
