"""Run the Alembic migrations shipped inside the package (no alembic.ini needed on the target machine).

Alembic (with Mako and its script loading) costs more at start-up than the whole queue, so the common case, a
database already at this release's head, is told with one query and the file names of the versions folder;
Alembic is imported only when the two differ.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError

from kiosk.db.engine import redact_url
from kiosk.db.failures import classify
from kiosk.errors import DatabaseUnavailable, KioskError

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_VERSION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def shipped_revisions() -> list[str]:
    """The revisions this release ships, oldest first, read from the file names (tests/test_layout.py checks the
    history is one numbered line, each file named after its revision, so the highest number is the head)."""
    names = (_VERSION_FILE.match(p.name) for p in (MIGRATIONS_DIR / "versions").iterdir())
    return sorted(match.group(1) for match in names if match)


def shipped_head() -> str:
    return shipped_revisions()[-1]


def stored_revision(engine: Engine) -> str | None:
    """The database's revision in one query; None when there is no version table or it cannot be read here
    (the caller then asks Alembic, which tells the cases apart)."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except DBAPIError:
        return None
    return rows[0] if len(rows) == 1 else None


def alembic_config(engine: Engine) -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision(engine: Engine) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except DBAPIError as exc:
        raise classify(
            exc,
            engine,
            f"Không mở được cơ sở dữ liệu {redact_url(str(engine.url))}. "
            "Xin kiểm tra đường dẫn, quyền ghi hoặc máy chủ.",
        ) from exc


def renumber_legacy(engine: Engine) -> str | None:
    """Restamp a database written before the migrations were renumbered (release 0.1: 0001 → 0005 → 0002).

    The chain is now 0001 → 0002 (staff favourites, was 0005) → 0003 (queue engine, was 0002). The old "0002"
    and the new "0002" are told apart by the queue engine's tickets.service_seconds column, which only the
    queue-engine step adds; "0005" without that column can only be the old numbering. Only the stamp changes:
    the schema already holds those steps. Returns the new stamp, or None when nothing had to change.
    """
    current = current_revision(engine)
    if current not in ("0002", "0005"):
        return None
    columns = {c["name"] for c in inspect(engine).get_columns("tickets")}
    if "service_seconds" in columns and current == "0002":
        stamp = "0003"
    elif "service_seconds" not in columns and current == "0005":
        stamp = "0002"
    else:
        return None
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE alembic_version SET version_num = :new WHERE version_num = :old"),
            {"new": stamp, "old": current},
        )
    return stamp


def is_current(engine: Engine) -> bool:
    """The schema is at this release's head (the start-up fast path: no lock, no upgrade, no Alembic)."""
    stored = stored_revision(engine)
    if stored is not None:
        return stored == shipped_head()
    return current_revision(engine) == head_revision(engine)


def check_not_newer(engine: Engine) -> None:
    """A database written by a newer release must not be touched by an older one."""
    stored = stored_revision(engine)
    if stored is not None and stored in shipped_revisions() and stored not in ("0002", "0005"):
        return  # a revision this release knows, and not one renumber_legacy might restamp
    from alembic.script import ScriptDirectory

    renumber_legacy(engine)
    current = current_revision(engine)
    if current is None:
        return
    script = ScriptDirectory.from_config(alembic_config(engine))
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise KioskError(
            f"Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của chương trình (phiên bản dữ liệu {current}). "
            "Xin cài phiên bản chương trình mới nhất; dữ liệu không bị thay đổi."
        )


def backup_sqlite(engine: Engine, current: str) -> Path | None:
    """Copy a SQLite database aside before changing its schema: an interrupted upgrade can always be undone."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    source = Path(database)
    folder = source.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    # Named like every backup (services/backup): kiosk-<UTC time>-<why>, so `kiosk backup list` shows it.
    target = (
        folder / f"kiosk-{datetime.now(UTC):%Y%m%d-%H%M%S}-before-upgrade-{current}-to-{head_revision(engine)}.sqlite3"
    )
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    return target


def upgrade(engine: Engine, revision: str = "head") -> str:
    """Bring the schema to `revision` in place; nothing already stored is lost."""
    check_not_newer(engine)
    current = current_revision(engine)
    if current is not None and current != head_revision(engine):
        try:
            backup_sqlite(engine, current)
        except (OSError, sqlite3.Error) as exc:
            raise KioskError(
                "Không sao lưu được cơ sở dữ liệu trước khi nâng cấp (ổ đĩa đầy hoặc không được ghi?); "
                "chưa thay đổi gì.",
                detail=str(exc),
            ) from exc
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), revision)
    except OperationalError as exc:
        raise DatabaseUnavailable(
            f"Không nâng cấp được cơ sở dữ liệu {redact_url(str(engine.url))}: {exc.orig}", detail=str(exc)
        ) from exc
    return current_revision(engine) or ""


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)
