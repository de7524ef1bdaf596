"""`before(backups, reason)`: demo and other rewrites keep a checked copy first, or do not start."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.services.backup import before as before_module
from kiosk.services.backup.before import before


def test_before_writes_a_checked_copy_named_for_the_reason(services: Services) -> None:
    services.queue.issue("A", enforce_hours=False)
    result = before(services.backups, "demo")
    assert result is not None and result.verification.ok
    assert "before-demo" in result.backup.path.name
    with sqlite3.connect(result.backup.path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM tickets").fetchone()[0] == 1


def test_a_copy_that_fails_its_check_stops_the_caller(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    real = before_module.BackupService.create

    def broken(self, reason="manual"):  # type: ignore[no-untyped-def]
        result = real(self, reason)
        result.verification.ok = False
        result.verification.problems.append("bảng tickets: 0 dòng, bản gốc có 1")
        return result

    monkeypatch.setattr(before_module.BackupService, "create", broken)
    with pytest.raises(KioskError, match="chưa thay đổi dữ liệu"):
        before(services.backups, "demo")


def test_demo_from_the_command_line_keeps_a_backup_first(
    tmp_path: Path, sqlite_url: str, from_template: Callable[[str], str]
) -> None:
    env = dict(os.environ, PYTHONUTF8="1", KIOSK_DB_URL=from_template(sqlite_url), KIOSK_DATA_DIR=str(tmp_path / "d"))
    run = subprocess.run(
        [sys.executable, "-m", "kiosk", "demo", "--days", "1"], capture_output=True, text=True, env=env, timeout=300
    )
    assert run.returncode == 0, run.stderr
    names = [p.name for p in (tmp_path / "backups").iterdir()]  # backups/ sits beside the SQLite file
    assert any("before-demo" in n for n in names), names
