"""One process at a time creates, upgrades and seeds a database: the first start of an office is safe.

Display, desk and kiosk PCs switched on together against a new PostgreSQL database would otherwise each run
the migrations (alembic_version created twice) and each seed the shipped catalogue (uq_terms_kind_code), and
half of them would die. PostgreSQL: a session advisory lock, taken with a bounded wait. SQLite: an OS file
lock beside the database file (fcntl / msvcrt), released by the system if the holder dies. The others wait,
then find the work done and go on.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from sqlalchemy import Engine, text

from kiosk.errors import DatabaseUnavailable, KioskError, os_reason

SETUP_LOCK_KEY = 7_245_031_118  # any constant of our own: the advisory-lock namespace is the database's
WAIT_S = 180.0  # a first start migrates and imports the catalogue: seconds on a slow PC, never minutes
POLL_S = 0.05


@contextmanager
def setup_lock(engine: Engine, wait_s: float = WAIT_S) -> Iterator[None]:
    if engine.dialect.name == "postgresql":
        with _pg_lock(engine, wait_s):
            yield
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    with _file_lock(Path(database).with_name(Path(database).name + ".setup-lock"), wait_s):
        yield


def _busy(wait_s: float) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        f"Một máy khác đang chuẩn bị cơ sở dữ liệu đã hơn {round(wait_s)} giây; xin chờ máy đó xong rồi mở lại."
    )


@contextmanager
def _pg_lock(engine: Engine, wait_s: float) -> Iterator[None]:
    deadline = time.monotonic() + wait_s
    with engine.connect() as conn:
        while not conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": SETUP_LOCK_KEY}).scalar():
            conn.rollback()
            if time.monotonic() > deadline:
                raise _busy(wait_s)
            time.sleep(POLL_S)
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": SETUP_LOCK_KEY})
            conn.commit()


@contextmanager
def _file_lock(path: Path, wait_s: float) -> Iterator[None]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise KioskError(f"Không tạo được tệp khoá {path} ({os_reason(exc)}).") from exc
    try:
        deadline = time.monotonic() + wait_s
        while not _try_lock(handle):
            if time.monotonic() > deadline:
                raise _busy(wait_s)
            time.sleep(POLL_S)
        try:
            yield
        finally:
            _unlock(handle)
    finally:
        handle.close()


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[str]) -> None:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
