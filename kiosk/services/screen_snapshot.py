"""What a screen last showed, kept in a small file of the data folder so the next start can paint before the database.

A screen with live data writes its plain content (names, tiles, desks: never a citizen's details) to
`<data folder>/screen-<role>.json`, together with the screens' language and that the commune was set up. The next
`kiosk run` of that role reads it before importing the database stack, paints the window from it, and replaces it
with live data within the first second. The file is a hint, never a source of truth: a missing, corrupt or old
file, or one written for another database or point, reads as None and the start takes the ordinary path.

Standard library only (json, os): importing this module must cost nothing next to the first paint.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

try:  # CPython's own SHA-256: hashlib would load OpenSSL first (~4 ms of a fast start, which reads the key)
    from _sha256 import sha256
except ImportError:  # another Python, or one that names it otherwise
    from hashlib import sha256

if TYPE_CHECKING:
    from kiosk.app import Services

log = logging.getLogger(__name__)

VERSION = 1
# Older than this, the names may well have changed (a new service, a renamed office): the window opens neutral.
MAX_AGE = timedelta(days=30)


# A NamedTuple, not a dataclass: a fast start builds it before its first paint, and each dataclass costs about a
# millisecond to define (the code it generates is compiled), a NamedTuple a quarter of that.
class Snapshot(NamedTuple):
    language: str
    set_up: bool
    written: datetime  # UTC
    body: dict[str, Any]  # the role's own content; its screen checks the shape it reads


def snapshot_path(data_dir: Path, role: str) -> Path:
    return data_dir / f"screen-{role}.json"


def database_key(db_url: str, point_code: str) -> str:
    """Which database and point a snapshot belongs to, without keeping a PostgreSQL password in the file."""
    return sha256(f"{db_url}\n{point_code}".encode()).hexdigest()[:24]


def write_snapshot(data_dir: Path, role: str, key: str, *, language: str, set_up: bool, body: dict[str, Any]) -> None:
    """Replace the role's snapshot atomically (a crash mid-write leaves the old file or none, never half a file).

    OSError is the caller's to log: a screen never stops because its hint could not be saved."""
    path = snapshot_path(data_dir, role)
    document = {
        "version": VERSION,
        "key": key,
        "written": datetime.now(UTC).isoformat(),
        "language": language,
        "set_up": set_up,
        "body": body,
    }
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temp.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def read_snapshot(data_dir: Path, role: str, key: str, *, now: datetime | None = None) -> Snapshot | None:
    """The role's snapshot for this database and point, or None when there is none usable. Never raises."""
    try:
        document = json.loads(snapshot_path(data_dir, role).read_text(encoding="utf-8"))
        if not isinstance(document, dict) or document.get("version") != VERSION or document.get("key") != key:
            return None
        written = datetime.fromisoformat(document["written"])
        language, set_up, body = document["language"], document["set_up"], document["body"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if written.tzinfo is None or not isinstance(language, str) or not isinstance(body, dict):
        return None
    age = (now or datetime.now(UTC)) - written
    if not timedelta(0) <= age <= MAX_AGE:
        return None
    return Snapshot(language=language, set_up=set_up is True, written=written, body=body)


def save_for(services: Services, role: str, body: dict[str, Any]) -> None:
    """Write `role`'s snapshot for the database and point `services` serve, with the language and set-up state
    read now (worker thread: two small reads). A disk that refuses is logged; the screen carries on."""
    from kiosk.services.setup.service import SetupService

    config = services.config
    set_up = SetupService(services.sessions, services.clock, services.settings, services.auth).is_done()
    try:
        write_snapshot(
            config.data_dir,
            role,
            database_key(config.db_url, config.point_code),
            language=str(services.settings.get("ui.language")),
            set_up=set_up,
            body=body,
        )
    except OSError as exc:
        log.warning("screen snapshot for %s not written: %s", role, exc)
