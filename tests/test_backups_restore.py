"""Backups for real: taken from a live database, verified, kept by day and month, put back on request."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.app import build_services
from kiosk.cli import main
from kiosk.config import Config
from kiosk.errors import InputError
from kiosk.services.backup.service import verify_file
from kiosk.services.setup.service import SetupService
from tests.helpers import office
from tests.helpers.queue_worker import ShiftedClock


class MovableClock(ShiftedClock):
    def __init__(self) -> None:
        super().__init__()
        self.offset = timedelta()

    def now(self):  # noqa: ANN201
        return super().now() + self.offset


def _services(folder: Path, clock: ShiftedClock | None = None):
    url = "sqlite:///" + (folder / "kiosk.sqlite3").as_posix()
    config = Config(data_dir=folder, config_file=folder / "k.toml", db_url=url, log_dir=folder / "logs")
    services = build_services(config, clock=clock or ShiftedClock())
    if not SetupService(services.sessions, services.clock, services.settings, services.auth).is_done():
        office.set_up(services)  # a new database has no office until it is set up
    return services


def test_backup_of_a_live_database_is_verified_and_restores(tmp_path: Path) -> None:
    services = _services(tmp_path)
    for _ in range(3):
        services.queue.issue("A")
    reader = sqlite3.connect(tmp_path / "kiosk.sqlite3")
    reader.execute("BEGIN")  # another screen mid-read: the online backup still takes a consistent copy
    result = services.backups.create("manual")
    reader.rollback()
    reader.close()
    assert result.verification.ok and result.verification.counts["tickets"] == 3
    assert not list(result.backup.path.parent.glob("*-wal"))  # one self-contained file
    services.queue.issue("A")
    before, check = services.backups.restore(result.backup.path)
    assert check.ok and before is not None and before.verification.counts["tickets"] == 4
    assert services.queue.issue("A").code == "A004"  # back to three tickets, numbering goes on from there
    services.close()


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    services = _services(tmp_path)
    services.queue.issue("A")
    fake = tmp_path / "not-a-backup.sqlite3"
    fake.write_text("xin chào", encoding="utf-8")
    assert verify_file(fake).problems == ["không phải tệp cơ sở dữ liệu SQLite"]
    with pytest.raises(InputError, match="Dữ liệu hiện tại giữ nguyên"):
        services.backups.restore(fake)
    other = sqlite3.connect(tmp_path / "other.sqlite3")
    other.execute("CREATE TABLE t (x)")
    other.close()
    assert "không phải cơ sở dữ liệu của ki-ốt" in verify_file(tmp_path / "other.sqlite3").problems
    assert services.queue.issue("A").code == "A002"
    services.close()


def test_kept_by_day_and_month_and_never_past_the_retention(tmp_path: Path) -> None:
    clock = MovableClock()
    services = _services(tmp_path, clock)
    services.settings.set("backup.keep_daily", 3)
    services.settings.set("backup.keep_monthly", 2)
    services.settings.set("privacy.retention_days", 60)
    for day in range(0, 120, 5):
        clock.offset = timedelta(days=day)
        services.backups.create("daily")
    kept = sorted(b.taken_at for b in services.backups.list())
    newest = kept[-1]
    assert all(newest - taken <= timedelta(days=60) for taken in kept)  # the purge really forgets
    assert len(kept) <= 3 + 2
    assert newest.date() == (ShiftedClock().now() + timedelta(days=115)).date()
    services.close()


def test_a_missing_usb_stick_is_a_note_not_a_failure(tmp_path: Path) -> None:
    services = _services(tmp_path)
    services.settings.set("backup.second_folder", str(tmp_path / "usb-not-plugged"))
    result = services.backups.create("manual")
    assert result.verification.ok and result.copied_to is None
    assert any("chưa cắm USB" in note for note in result.notes)
    (tmp_path / "usb").mkdir()
    services.settings.set("backup.second_folder", str(tmp_path / "usb"))
    assert services.backups.create("manual").copied_to is not None
    services.close()


def test_restore_over_a_deleted_database_from_the_command_line(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    _services(tmp_path).close()  # created and set up, as the commune did on its first day
    assert main(["ticket", "issue", "A"]) == 0
    assert main(["backup", "create"]) == 0
    backup = sorted((tmp_path / "backups").glob("kiosk-*-manual.sqlite3"))[-1]
    for path in tmp_path.glob("kiosk.sqlite3*"):
        if not path.name.endswith(".id"):
            path.unlink()
    capsys.readouterr()
    assert main(["ticket", "issue", "A"]) == 4
    assert "kiosk backup restore" in capsys.readouterr().err
    assert main(["backup", "restore", str(backup), "--yes"]) == 0
    assert main(["ticket", "issue", "A", "--json"]) == 0
    assert '"A002"' in capsys.readouterr().out
