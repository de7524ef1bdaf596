"""Data that survives: a missing or damaged database is said as such and never silently replaced, a file deleted
under a running process stops its writes, a stuck writer gives a bounded wait and a sentence, a full disk its own
sentence, and every crash its own log file. Real files, real second connections."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import event, text

from kiosk.app import Services, build_services
from kiosk.cli import main
from kiosk.config import Config
from kiosk.db.engine import DatabaseFileReplaced, make_engine
from kiosk.errors import DatabaseBusy, DatabaseCorrupt, DatabaseMissing, DiskFull
from kiosk.logs import write_crash_log
from tests.helpers import office
from tests.helpers.queue_worker import ShiftedClock

GENERIC = "lỗi không mong muốn"


def _config(folder: Path, url: str | None = None) -> Config:
    url = url or "sqlite:///" + (folder / "kiosk.sqlite3").as_posix()
    return Config(data_dir=folder, config_file=folder / "k.toml", db_url=url, log_dir=folder / "logs")


def _fresh(folder: Path) -> Services:
    services = build_services(_config(folder), clock=ShiftedClock())
    office.set_up(services)  # a new database has no office until it is set up
    services.queue.issue("A")
    return services


def test_a_deleted_database_is_not_silently_recreated(tmp_path: Path) -> None:
    services = _fresh(tmp_path)
    services.close()
    database = tmp_path / "kiosk.sqlite3"
    for path in tmp_path.glob("kiosk.sqlite3*"):
        if not path.name.endswith(".id"):
            path.unlink()
    with pytest.raises(DatabaseMissing) as caught:
        build_services(_config(tmp_path), clock=ShiftedClock())
    assert "kiosk backup restore" in caught.value.message and "kiosk db create --new" in caught.value.message
    assert caught.value.exit_code == 4
    assert not database.exists()  # nothing was created in its place


CORRUPTIONS = {
    "text file": lambda p: p.write_text("đây là một tệp văn bản\n" * 50, encoding="utf-8"),
    "zeroed header": lambda p: p.write_bytes(b"\x00" * 100 + p.read_bytes()[100:]),
    "bad header": lambda p: p.write_bytes(b"SQLite format 2\x00" + p.read_bytes()[16:]),
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: 4096 * 3 + 100]),
    "empty": lambda p: p.write_bytes(b""),
}


@pytest.mark.parametrize("damage", list(CORRUPTIONS))
def test_a_damaged_database_is_named_as_damaged(damage: str, tmp_path: Path, monkeypatch, capsys) -> None:
    services = _fresh(tmp_path)
    services.close()
    database = tmp_path / "kiosk.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    CORRUPTIONS[damage](database)
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    code = main(["queue", "status"])
    err = capsys.readouterr().err
    assert code == 4, err
    assert GENERIC not in err and "không bị mất" not in err
    assert ("bị hỏng" in err) or ("không còn" in err or "tệp rỗng" in err)
    assert "kiosk backup restore" in err
    assert database.stat().st_size == (0 if damage == "empty" else database.stat().st_size)  # left as it was


def test_a_file_deleted_under_a_running_process_stops_its_writes(tmp_path: Path) -> None:
    services = _fresh(tmp_path)
    for path in tmp_path.glob("kiosk.sqlite3*"):
        if not path.name.endswith(".id"):
            path.unlink()
    with pytest.raises(DatabaseFileReplaced, match="đã bị xoá hoặc bị thay"):
        services.queue.issue("A")
    services.close()


def test_a_stuck_writer_gives_a_bounded_wait_and_a_busy_sentence(tmp_path: Path) -> None:
    services = _fresh(tmp_path)
    frozen = sqlite3.connect(tmp_path / "kiosk.sqlite3", isolation_level=None)
    frozen.execute("BEGIN IMMEDIATE")  # a desk PC that froze mid-write
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as caught:
            services.queue.issue("A")
        waited = time.monotonic() - started
        assert "đang bận" in caught.value.message and "quyền ghi" not in caught.value.message
        assert waited < 15  # the bound, not a speed target: without it the kiosk waits forever
    finally:
        frozen.execute("ROLLBACK")
        frozen.close()
    assert services.queue.issue("A").code == "A002"  # usable again at once
    services.close()


@pytest.mark.postgres
def test_a_stuck_transaction_on_postgresql_gives_the_busy_sentence(pg_url: str, tmp_path: Path) -> None:
    services = build_services(_config(tmp_path, pg_url), clock=ShiftedClock())
    office.set_up(services)
    services.queue.issue("A")
    other = make_engine(pg_url)
    with other.connect() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": 0x6B696F736B})  # the event feed's lock
        with pytest.raises(DatabaseBusy):
            services.queue.issue("A")
        conn.rollback()
    other.dispose()
    assert services.queue.issue("A").code == "A002"
    services.close()


def test_a_full_disk_has_its_own_sentence(tmp_path: Path) -> None:
    services = _fresh(tmp_path)
    services.engine.dispose()

    @event.listens_for(services.engine, "connect")
    def _no_room(dbapi_connection, _record) -> None:  # noqa: ANN001 - SQLAlchemy's listener signature
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    with pytest.raises(DiskFull, match="Ổ đĩa chứa dữ liệu đã đầy"):
        for _ in range(2000):
            services.queue.issue("A")
    services.close()


def test_each_crash_gets_its_own_log(tmp_path: Path) -> None:
    paths = {write_crash_log(tmp_path, f"crash {i}") for i in range(3)}
    assert len(paths) == 3 and all(p.read_text(encoding="utf-8").startswith("crash") for p in paths)


def test_corrupt_file_found_while_reading_is_named(tmp_path: Path) -> None:
    services = _fresh(tmp_path)
    services.close()
    database = tmp_path / "kiosk.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(database.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):  # every page header after the first pages
        data[offset] = 0xFF
    database.write_bytes(bytes(data))
    try:
        services = build_services(_config(tmp_path), clock=ShiftedClock())
        services.queue.status()
    except DatabaseCorrupt as exc:
        assert "bị hỏng" in exc.message
