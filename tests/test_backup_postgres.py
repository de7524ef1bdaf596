"""PostgreSQL backups with the real client tools: pg_dump -Fc, then pg_restore puts the server back."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.clock import LOCAL_TZ, FixedClock
from tests.conftest import prepared_services

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not shutil.which("pg_dump") or not shutil.which("pg_restore"), reason="no pg_dump/pg_restore"),
]


def test_dump_and_restore_round_trip(pg_url: str, tmp_path: Path, from_template: Callable[[str], str]) -> None:
    clock = FixedClock(datetime(2026, 11, 24, 9, 0, tzinfo=LOCAL_TZ))
    svc = prepared_services(from_template(pg_url), tmp_path, clock)
    try:
        svc.queue.issue("A", enforce_hours=False)
        made = svc.backups.create("manual")
        assert made.verification.ok, made.verification.problems
        assert made.backup.path.suffix == ".dump" and made.backup.size > 0
        svc.queue.issue("A", enforce_hours=False)
        svc.engine.dispose()  # pg_restore --clean drops tables: no pooled connection of ours may hold them
        _, check = svc.backups.restore(made.backup.path)
        assert check.ok, check.problems
        assert svc.queue.issue("A", enforce_hours=False).code == "A002"
    finally:
        svc.close()
