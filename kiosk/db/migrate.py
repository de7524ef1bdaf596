"""Run the Alembic migrations shipped inside the package (no alembic.ini needed on the target machine)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from kiosk.db.engine import redact_url
from kiosk.errors import DatabaseUnavailable, KioskError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision(engine: Engine) -> str:
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except OperationalError as exc:
        raise DatabaseUnavailable(
            f"Không mở được cơ sở dữ liệu {redact_url(str(engine.url))}. "
            "Xin kiểm tra đường dẫn, quyền ghi hoặc máy chủ.",
            detail=str(exc.orig),
        ) from exc


def check_not_newer(engine: Engine) -> None:
    """A database written by a newer release must not be touched by an older one."""
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


def upgrade(engine: Engine, revision: str = "head") -> str:
    """Bring the schema to `revision` in place; nothing already stored is lost."""
    check_not_newer(engine)
    try:
        command.upgrade(alembic_config(engine), revision)
    except OperationalError as exc:
        raise DatabaseUnavailable(
            f"Không nâng cấp được cơ sở dữ liệu {redact_url(str(engine.url))}: {exc.orig}", detail=str(exc)
        ) from exc
    return current_revision(engine) or ""


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)
