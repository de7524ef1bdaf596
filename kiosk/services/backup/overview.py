"""Plain rows for the admin screen's "Sao lưu" tab: each backup with its date, size and whether it checks out."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.clock import to_local
from kiosk.services.backup.service import BackupService, verify_file


@dataclass(frozen=True)
class BackupRow:
    path: str
    name: str
    taken_at: str  # local time, "2026-12-02 21:44"
    reason: str
    size_mb: float
    verified: bool | None  # None: a pg_dump file, checked by pg_restore when it is restored
    problem: str = ""


def overview(service: BackupService) -> list[BackupRow]:
    """Newest first; every SQLite backup is checked again (integrity_check), so a file damaged since is shown."""
    rows = []
    for backup in service.list():
        if backup.path.suffix == ".dump":
            verified, problem = None, ""
        else:
            check = verify_file(backup.path)
            verified, problem = check.ok, "; ".join(check.problems)
        rows.append(
            BackupRow(
                path=str(backup.path),
                name=backup.path.name,
                taken_at=f"{to_local(backup.taken_at):%Y-%m-%d %H:%M}",
                reason=backup.reason,
                size_mb=round(backup.size / 1_048_576, 2),
                verified=verified,
                problem=problem,
            )
        )
    return rows
