"""Logging to a rotating file in the data folder: what an administrator sends when something went wrong."""

from __future__ import annotations

import logging
import logging.handlers
import os
import secrets
from datetime import datetime
from pathlib import Path


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    root = logging.getLogger()
    if any(getattr(h, "_kiosk", False) for h in root.handlers):
        return None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / "kiosk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None  # a read-only folder must not stop the program; errors still reach the screen
    handler._kiosk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return log_dir / "kiosk.log"


def write_crash_log(log_dir: Path, text: str) -> Path:
    """A new file per crash: three processes crashing in the same second leave three files, none overwritten."""
    log_dir.mkdir(parents=True, exist_ok=True)
    name = f"crash-{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}-{secrets.token_hex(3)}.log"
    path = log_dir / name
    with open(path, "x", encoding="utf-8") as handle:  # "x": never overwrite, even on a name collision
        handle.write(text)
    return path
