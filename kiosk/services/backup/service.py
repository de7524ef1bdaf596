"""Backups that exist, are checked, and can be put back: SQLite's online backup API, or pg_dump on a server.

A backup is taken while the kiosk runs (sqlite3.Connection.backup copies a live WAL database consistently),
each day at the first start or command of the day, before a schema upgrade and before a restore; each copy is
verified after writing (PRAGMA integrity_check, and the main tables' row counts against the source). They are
kept as the last `backup.keep_daily` days and the last `backup.keep_monthly` months, in the data folder's
backups/ and, when `backup.second_folder` is set (a USB stick), there too; a missing stick is reported, not a
failure. Backups older than the retention period for citizens' names and phones are deleted, so that purge
really forgets. A restore first backs up the current state, then puts the chosen copy in place and checks it.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from kiosk.clock import Clock, to_local
from kiosk.db.identity import PREFIX, SQLITE_HEADER, backups_folder, name_facts
from kiosk.errors import DiskFull, InputError, KioskError, os_reason
from kiosk.services.backup import clips as clip_copies
from kiosk.services.settings import SettingsService

log = logging.getLogger(__name__)

# Tables whose row counts must match between the live database and its copy.
COUNTED_TABLES = ("tickets", "assist_records", "staff", "ratings", "print_jobs", "settings")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int

    def as_dict(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "taken_at": to_local(self.taken_at).isoformat(timespec="seconds"),
            "reason": self.reason,
            "size": self.size,
        }


@dataclass
class Verification:
    path: Path
    ok: bool
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class BackupResult:
    backup: BackupInfo
    verification: Verification
    copied_to: Path | None = None
    notes: list[str] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)


def _counts(connection: sqlite3.Connection) -> dict[str, int]:
    names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in COUNTED_TABLES
            if table in names}  # fmt: skip


def verify_file(path: Path, expected: dict[str, int] | None = None) -> Verification:
    """Is `path` a whole kiosk database? integrity_check, the kiosk's tables, and (if given) the row counts."""
    result = Verification(path, ok=False)
    try:
        with open(path, "rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                result.problems.append("không phải tệp cơ sở dữ liệu SQLite")
                return result
    except OSError as exc:
        result.problems.append(f"không đọc được tệp ({os_reason(exc)})")
        return result
    try:
        connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            check = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if check != ["ok"]:
                result.problems.append("tệp bị hỏng: " + "; ".join(check[:3]))
                return result
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"alembic_version", "tickets", "settings"} <= tables:
                result.problems.append("không phải cơ sở dữ liệu của ki-ốt")
                return result
            result.counts = _counts(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        result.problems.append(f"tệp bị hỏng ({exc})")
        return result
    if expected is not None:
        for table, count in expected.items():
            if result.counts.get(table) != count:
                result.problems.append(f"bảng {table}: {result.counts.get(table)} dòng, bản gốc có {count}")
    result.ok = not result.problems
    return result


def _copy_database(source: Path, target: Path) -> None:
    reader = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)  # page by page into the live file: other connections see the result
        finally:
            writer.close()
    finally:
        reader.close()


def restore_damaged(database: Path, backup: Path) -> tuple[Path | None, Verification]:
    """Restore over a database that is missing or damaged: the damaged file is kept aside, never deleted."""
    chosen = verify_file(backup)
    if not chosen.ok:
        raise InputError(f"Không khôi phục từ {backup}: {'; '.join(chosen.problems)}.")
    aside = None
    if database.exists():
        aside = database.with_name(f"{database.stem}.damaged-{datetime.now():%Y%m%d-%H%M%S}{database.suffix}")
        database.rename(aside)
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    _copy_database(backup, database)
    return aside, verify_file(database, chosen.counts)


class BackupService:
    def __init__(self, engine: Engine, clock: Clock, settings: SettingsService, data_dir: Path) -> None:
        self._data_dir = data_dir
        self._engine = engine
        self._clock = clock
        self._settings = settings

    # ------------------------------------------------------------ where

    @property
    def database(self) -> Path | None:
        if self._engine.dialect.name != "sqlite":
            return None
        name = self._engine.url.database
        return Path(name) if name and name != ":memory:" else None

    @property
    def folder(self) -> Path:
        if self.database is not None:
            return backups_folder(self.database)
        return self._data_dir / "backups"  # a server's dumps land on the PC that asked for them

    def second_folder(self) -> Path | None:
        value = str(self._settings.get("backup.second_folder") or "").strip()
        return Path(value) if value else None

    # ------------------------------------------------------------ what exists

    def list(self) -> list[BackupInfo]:
        folder = self.folder
        if not folder.is_dir():
            return []
        found = []
        for path in folder.iterdir():
            if path.suffix not in (".sqlite3", ".dump") or not path.is_file() or path.name.startswith("."):
                continue
            info = path.stat()
            found.append(BackupInfo(path, *name_facts(path, info.st_mtime), info.st_size))
        return sorted(found, key=lambda b: b.taken_at, reverse=True)

    def latest(self) -> BackupInfo | None:
        backups = self.list()
        return backups[0] if backups else None

    # ------------------------------------------------------------ taking one

    def create(self, reason: str = "manual") -> BackupResult:
        if self.database is None:
            return self._pg_dump(reason)
        now = self._clock.now()
        folder = self.folder
        target = folder / f"{PREFIX}{now:%Y%m%d-%H%M%S}-{reason}.sqlite3"
        for n in range(2, 100):  # two backups in one second (a fixed test clock, two taps) never overwrite
            if not target.exists():
                break
            target = folder / f"{PREFIX}{now:%Y%m%d-%H%M%S}-{reason}-{n}.sqlite3"
        partial = target.with_suffix(".partial")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            source = sqlite3.connect(self.database)
            try:
                copy = sqlite3.connect(partial)
                try:
                    source.backup(copy)
                    # A backup is one self-contained file: no -wal/-shm beside it when it is read or copied.
                    copy.execute("PRAGMA journal_mode=DELETE")
                finally:
                    copy.close()
                expected = _counts(source)
            finally:
                source.close()
            partial.replace(target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            if "No space" in str(exc) or getattr(exc, "errno", None) == 28:
                raise DiskFull(f"Ổ đĩa đầy: không sao lưu được vào {folder}.") from exc
            raise KioskError(f"Không sao lưu được vào {folder} ({os_reason(exc)}).") from exc
        except sqlite3.DatabaseError as exc:
            partial.unlink(missing_ok=True)
            if "full" in str(exc):
                raise DiskFull(f"Ổ đĩa đầy: không sao lưu được vào {folder}.") from exc
            raise KioskError(f"Không sao lưu được cơ sở dữ liệu ({exc}).") from exc
        verification = verify_file(target, expected)
        info = target.stat()
        result = BackupResult(
            BackupInfo(target, datetime.fromtimestamp(info.st_mtime), reason, info.st_size), verification
        )
        if not verification.ok:
            log.error("backup %s failed verification: %s", target, verification.problems)
            return result
        result.copied_to, note = self._copy_to_second_folder(target)
        if note:
            result.notes.append(note)
        result.notes += self._copy_clips()
        result.removed = self.prune()
        log.info("backup %s (%s) verified: %s", target, reason, verification.counts)
        return result

    def ensure_daily(self) -> BackupResult | None:
        """The day's backup, if none was taken today (called at start-up; cheap when there is one)."""
        latest = self.latest()
        if latest is not None and to_local(latest.taken_at).date() >= to_local(self._clock.now()).date():
            return None
        if self.database is None or not self.database.is_file():
            return None
        try:
            return self.create("daily")
        except KioskError as exc:
            log.error("daily backup failed: %s", exc)  # the kiosk keeps working; the admin tab shows the gap
            return None

    @property
    def clips_folder(self) -> Path:
        """The live recorded voice clips (kiosk/services/voice/clips.py)."""
        return self._data_dir / clip_copies.FOLDER

    def _copy_clips(self) -> list[str]:
        """Mirror the voice clips beside the backups and on the second folder when it is there."""
        notes = []
        targets = [self.folder / clip_copies.FOLDER]
        second = self.second_folder()
        if second is not None and second.is_dir():
            targets.append(second / clip_copies.FOLDER)
        for target in targets:
            _, note = clip_copies.mirror(self.clips_folder, target)
            if note:
                notes.append(note)
        return notes

    def _copy_to_second_folder(self, source: Path) -> tuple[Path | None, str | None]:
        second = self.second_folder()
        if second is None:
            return None, None
        if not second.is_dir():
            return None, f"Không thấy thư mục sao lưu thứ hai {second} (chưa cắm USB?); bản sao chỉ nằm trên máy này."
        try:
            target = second / source.name
            shutil.copy2(source, target)
        except OSError as exc:
            return None, f"Không chép được bản sao lưu sang {second} ({os_reason(exc)})."
        return target, None

    # ------------------------------------------------------------ keeping

    def prune(self) -> list[Path]:
        """Keep the newest backup of each of the last N days and M months; nothing older than the retention."""
        keep_daily = int(self._settings.get("backup.keep_daily"))
        keep_monthly = int(self._settings.get("backup.keep_monthly"))
        retention = int(self._settings.get("privacy.retention_days"))
        now = self._clock.now()
        today = to_local(now).date()
        backups = self.list()
        keep: set[Path] = set()
        days: dict[date, Path] = {}
        months: dict[tuple[int, int], Path] = {}
        for backup in backups:  # newest first
            day = to_local(backup.taken_at).date()
            days.setdefault(day, backup.path)
            months.setdefault((day.year, day.month), backup.path)
        keep |= {path for day, path in days.items() if (today - day).days < keep_daily}
        # Everything of the last day stays (the copy before this morning's upgrade, the manual one at noon).
        keep |= {b.path for b in backups if now - b.taken_at < timedelta(days=1)}
        recent_months = sorted(months, reverse=True)[:keep_monthly]
        keep |= {months[key] for key in recent_months}
        if backups:
            keep.add(backups[0].path)  # never delete the newest
        removed = []
        oldest_allowed = today - timedelta(days=retention)
        for backup in backups:
            too_old = to_local(backup.taken_at).date() < oldest_allowed and backup.path != backups[0].path
            if backup.path in keep and not too_old:
                continue
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError as exc:
                log.warning("could not delete old backup %s: %s", backup.path, exc)
        return removed

    # ------------------------------------------------------------ putting one back

    def restore(self, path: Path) -> tuple[BackupResult | None, Verification]:
        """Back up the current state, then replace the database with `path`; returns both checks."""
        if self.database is None:
            return None, self._pg_restore(path)
        chosen = verify_file(path)
        if not chosen.ok:
            raise InputError(f"Không khôi phục từ {path}: {'; '.join(chosen.problems)}. Dữ liệu hiện tại giữ nguyên.")
        before = self.create("before-restore") if self.database.is_file() and self.database.stat().st_size else None
        clip_copies.mirror(path.parent / clip_copies.FOLDER, self.clips_folder, overwrite=False)
        try:
            _copy_database(path, self.database)
        except (OSError, sqlite3.Error) as exc:
            raise KioskError(
                f"Khôi phục không xong ({exc}); bản trước khi khôi phục: {before and before.backup.path}."
            ) from exc
        return before, verify_file(self.database, chosen.counts)

    # ------------------------------------------------------------ PostgreSQL

    def _pg_args(self) -> tuple[list[str], dict[str, str]]:
        url = self._engine.url
        env = {"PGPASSWORD": url.password or ""} if url.password else {}
        # A socket directory or port may sit in the query string (postgresql+psycopg://u@/db?host=/run/pg&port=5433).
        host = url.host or url.query.get("host") or "localhost"
        port = url.port or url.query.get("port") or 5432
        args = ["-h", str(host), "-p", str(port), "-U", url.username or "postgres"]
        return args, env

    def _pg_dump(self, reason: str) -> BackupResult:
        program = shutil.which("pg_dump")
        if program is None:
            raise KioskError(
                "Máy này chưa có pg_dump (gói postgresql-client) nên chưa sao lưu được máy chủ PostgreSQL; "
                "xem README, mục sao lưu máy chủ."
            )
        import os

        folder = self.folder
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{PREFIX}{self._clock.now():%Y%m%d-%H%M%S}-{reason}.dump"
        args, env = self._pg_args()
        done = subprocess.run(
            [program, "-Fc", "-f", str(target), *args, self._engine.url.database or ""],
            capture_output=True, text=True, env={**os.environ, **env}, timeout=3600, check=False,
        )  # fmt: skip
        ok = done.returncode == 0 and target.is_file() and target.stat().st_size > 0
        verification = Verification(target, ok, [] if ok else [done.stderr.strip()[:300]])
        info = target.stat() if target.exists() else None
        backup = BackupInfo(target, self._clock.now(), reason, info.st_size if info else 0)
        return BackupResult(backup, verification, notes=self._copy_clips() if ok else [])

    def _pg_restore(self, path: Path) -> Verification:
        program = shutil.which("pg_restore")
        if program is None:
            raise KioskError("Máy này chưa có pg_restore (gói postgresql-client); chưa khôi phục được.")
        import os

        args, env = self._pg_args()
        done = subprocess.run(
            [program, "--clean", "--if-exists", "-d", self._engine.url.database or "", *args, str(path)],
            capture_output=True, text=True, env={**os.environ, **env}, timeout=3600, check=False,
        )  # fmt: skip
        return Verification(path, done.returncode == 0, [] if done.returncode == 0 else [done.stderr.strip()[:300]])
