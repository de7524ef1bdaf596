"""What went wrong with the database, in one Vietnamese sentence a person can act on.

A busy database is not a missing folder, a full disk is not a lost connection, and a damaged file is named as
damaged, with the backup that can replace it. The drivers say these things in English and in codes: SQLite in
its message text, PostgreSQL in its SQLSTATE.
"""

from __future__ import annotations

import errno
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from kiosk.errors import DatabaseBusy, DatabaseCorrupt, DatabaseUnavailable, DiskFull

_CORRUPT = ("file is not a database", "database disk image is malformed", "file is encrypted", "malformed database")
_BUSY = ("database is locked", "database table is locked", "database schema is locked")
_FULL = ("database or disk is full", "no space left on device")
# PostgreSQL SQLSTATEs: disk_full, lock_not_available (lock_timeout), query_canceled (statement_timeout),
# insufficient_resources/out_of_memory are a server problem, not a person's.
_PG_FULL = {"53100"}
_PG_BUSY = {"55P03", "57014", "40P01"}

BUSY_SENTENCE = "Cơ sở dữ liệu đang bận vì một máy khác đang ghi; thao tác chưa được lưu. Xin thử lại sau giây lát."
FULL_SENTENCE = (
    "Ổ đĩa chứa dữ liệu đã đầy nên thao tác chưa được lưu. Xin xoá bớt tệp không cần trên ổ đĩa đó "
    "(hoặc báo người quản trị), rồi thử lại."
)


def corrupt_sentence(path: str | None) -> str:
    from kiosk.db.identity import restore_hint

    where = f"Tệp cơ sở dữ liệu {path}" if path else "Cơ sở dữ liệu"
    return f"{where} bị hỏng, không đọc được. {restore_hint(Path(path) if path else None)}"


def classify(exc: DBAPIError, engine: Engine | None, fallback: str) -> DatabaseUnavailable:
    """The typed error for a driver error; `fallback` is the sentence when nothing more precise is known."""
    message = str(getattr(exc, "orig", exc)).lower()
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    errno_value = getattr(getattr(exc, "orig", None), "errno", None)
    detail = str(getattr(exc, "orig", exc))
    path = engine.url.database if engine is not None and engine.dialect.name == "sqlite" else None
    if any(text in message for text in _CORRUPT):
        return DatabaseCorrupt(corrupt_sentence(path), detail=detail)
    if code in _PG_FULL or any(text in message for text in _FULL) or errno_value == errno.ENOSPC:
        return DiskFull(FULL_SENTENCE, detail=detail)
    if code in _PG_BUSY or any(text in message for text in _BUSY):
        return DatabaseBusy(BUSY_SENTENCE, detail=detail)
    return DatabaseUnavailable(fallback, detail=detail)
