"""The commune's recorded voice clips travel with the backups: a mirror of the data folder's clips/ beside the
database copies (and on the USB stick), updated at every backup, and put back by a restore.

Clips change rarely and are small (29 clips, about 1 MB), so one current mirror is kept, not one per backup;
a clip removed on purpose stays in the mirror until the next backup, which is what a restore after a mistake
wants.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from kiosk.errors import os_reason

log = logging.getLogger(__name__)

FOLDER = "clips"


def mirror(source: Path, target: Path, *, overwrite: bool = True) -> tuple[int, str | None]:
    """Copy every .wav of `source` into `target` (new or changed ones; with `overwrite` off, only those `target`
    lacks). Returns (files copied, a sentence when it failed)."""
    if not source.is_dir():
        return 0, None
    copied = 0
    try:
        target.mkdir(parents=True, exist_ok=True)
        for path in sorted(source.glob("*.wav")):
            there = target / path.name
            if there.exists() and (not overwrite or _same(path, there)):
                continue
            partial = there.with_name(there.name + ".partial")
            shutil.copy2(path, partial)
            partial.replace(there)
            copied += 1
    except OSError as exc:
        log.warning("voice clips not copied from %s to %s: %s", source, target, exc)
        return copied, f"Không chép được các đoạn ghi âm giọng đọc sang {target} ({os_reason(exc)})."
    return copied, None


def _same(a: Path, b: Path) -> bool:
    sa, sb = a.stat(), b.stat()
    return sa.st_size == sb.st_size and int(sa.st_mtime) == int(sb.st_mtime)
