"""`before(backups, "demo")`: the one call others make ahead of rewriting data (demo, restore, a setup change).

A copy that fails its check stops the caller: nothing is replaced without an undo. A PostgreSQL office whose
machine lacks pg_dump is logged and goes on (the server's own backup covers it; README says how).
"""

from __future__ import annotations

import logging
import shutil

from kiosk.errors import KioskError
from kiosk.services.backup.service import BackupResult, BackupService

log = logging.getLogger(__name__)


def before(backups: BackupService, reason: str) -> BackupResult | None:
    database = backups.database
    if database is None:
        if shutil.which("pg_dump") is None:
            log.warning("no pg_dump on this machine: no backup before %s", reason)
            return None
    elif not database.is_file() or database.stat().st_size == 0:
        return None  # nothing stored yet, nothing to keep
    result = backups.create(f"before-{reason}")
    if not result.verification.ok:
        raise KioskError(
            f"Bản sao lưu trước khi {_WHAT.get(reason, reason)} không qua kiểm tra "
            f"({'; '.join(result.verification.problems)}); chưa thay đổi dữ liệu."
        )
    return result


_WHAT = {"demo": "tạo dữ liệu mẫu", "setup": "đổi cài đặt", "upgrade": "nâng cấp"}
