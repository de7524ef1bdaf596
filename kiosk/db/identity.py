"""A data folder remembers its database, so a missing or damaged one is never silently replaced by an empty one.

The identity is a UUID stored in the database (settings row "db.identity") and in a small file beside the
SQLite file (kiosk.sqlite3.id). If the file says a database existed and the database is now gone or empty,
or backups exist but no database, start-up stops with one sentence naming the newest backup and the restore
command; only `kiosk db create --new` makes a new empty database there. A file that is not a SQLite database
at all (a text file, a zeroed header) is named as damaged before anything opens it.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, insert, select

from kiosk.clock import to_local
from kiosk.db import tables as t
from kiosk.errors import DatabaseCorrupt, DatabaseMissing

log = logging.getLogger(__name__)

KEY = "db.identity"
SQLITE_HEADER = b"SQLite format 3\x00"
PREFIX = "kiosk-"  # backups are named kiosk-<UTC YYYYmmdd-HHMMSS>-<why>.sqlite3


def identity_file(database: Path) -> Path:
    return database.with_name(database.name + ".id")


def name_facts(path: Path, mtime: float) -> tuple[datetime, str]:
    """When (UTC, from the name the clock gave it; else the file's time) and why a backup was taken."""
    parts = path.stem.split("-", 3)
    if path.stem.startswith(PREFIX) and len(parts) == 4:
        try:
            return datetime.strptime(parts[1] + parts[2], "%Y%m%d%H%M%S").replace(tzinfo=UTC), parts[3]
        except ValueError:
            pass
    return datetime.fromtimestamp(mtime, UTC), "?"


def backups_folder(database: Path) -> Path:
    return database.parent / "backups"


def latest_backup(database: Path) -> Path | None:
    folder = backups_folder(database)
    if not folder.is_dir():
        return None
    found = [path for path in folder.glob("*.sqlite3") if path.is_file() and path.stat().st_size > 0]
    # The names sort by time (kiosk-YYYYmmdd-HHMMSS-…); the file time breaks ties for other names.
    return (
        max(found, key=lambda path: (path.name.startswith("kiosk-"), path.name, path.stat().st_mtime))
        if found
        else None
    )


def restore_hint(database: Path | None) -> str:
    backup = latest_backup(database) if database is not None else None
    if backup is None:
        return "Chưa có bản sao lưu nào trong thư mục dữ liệu; xin báo người quản trị trước khi làm gì thêm."
    when = to_local(name_facts(backup, backup.stat().st_mtime)[0]).strftime("%H:%M ngày %d/%m/%Y")
    return f'Bản sao lưu gần nhất: {backup} ({when}). Khôi phục bằng lệnh: kiosk backup restore "{backup}".'


def check_before_open(database: Path) -> None:
    """Refuse to open (and so to create) a database that should be there, or a file that is not a database."""
    exists = database.is_file()
    size = database.stat().st_size if exists else 0
    if size == 0:
        had_one = identity_file(database).is_file() or latest_backup(database) is not None
        if had_one:
            state = "đã bị xoá hoặc bị thay bằng tệp rỗng" if exists else "không còn ở đó"
            raise DatabaseMissing(
                f"Cơ sở dữ liệu {database} của máy này {state}. {restore_hint(database)} "
                "Chỉ khi chắc chắn muốn bắt đầu lại với dữ liệu trống: kiosk db create --new."
            )
        return
    with open(database, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseCorrupt(f"Tệp cơ sở dữ liệu {database} bị hỏng, không đọc được. {restore_hint(database)}")


def forget(database: Path) -> None:
    """`kiosk db create --new`: a person chose to start again; the old identity no longer applies."""
    identity_file(database).unlink(missing_ok=True)


def stamp(engine: Engine, database: Path | None) -> str:
    """The database's identity, created on first use, and written beside a SQLite file."""
    # Core on the table, not an ORM query: every command passes here, and an ORM query would make the first
    # command of the process configure every mapper (tens of milliseconds) for one settings row.
    settings = t.settings
    with engine.begin() as conn:
        stored = conn.execute(select(settings.c.value).where(settings.c.key == KEY)).first()
        if stored is None:
            value = str(uuid.uuid4())
            conn.execute(insert(settings).values(key=KEY, value=value, updated_at=datetime.now(UTC)))
        else:
            value = str(stored[0])
    if database is not None:
        marker = identity_file(database)
        try:
            if not marker.is_file() or marker.read_text(encoding="utf-8").strip() != value:
                marker.write_text(value + "\n", encoding="utf-8")
        except OSError as exc:  # a read-only marker must not stop the kiosk; the next start tries again
            log.warning("could not write %s: %s", marker, exc)
    return value
