"""One migrated, set-up database with the shipped catalogue per test session; every test that wants one gets a copy.

Building a database from nothing (Alembic migration + catalogue import) takes about two seconds; copying a
SQLite file or cloning a PostgreSQL database (`CREATE DATABASE … TEMPLATE …`) takes milliseconds (Anki's
`getEmptyCol` does the same). A copy is exactly what `build_services(prepare=True)` leaves behind, so services
built on it with `prepare=False` behave the same. tests/test_migrations.py does not use this: it tests the real
path from an empty database, and a few CLI tests still run `kiosk db upgrade` on a new file for the same reason.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.engine import make_url

from kiosk.app import build_services
from kiosk.clock import LOCAL_TZ, FixedClock
from kiosk.config import Config, sqlite_url
from kiosk.db import migrate
from kiosk.db import models as m
from tests.helpers import office
from tests.helpers.pgserver import PgServer

PG_TEMPLATE = "kiosk_template"


def build(url: str, folder: Path, *, set_up: bool = True) -> None:
    """Migrate the empty database at `url` and import the shipped catalogue, then let go of every connection."""
    config = Config(data_dir=folder / "data", config_file=folder / "kiosk.toml", db_url=url, log_dir=folder / "logs")
    services = build_services(config, clock=FixedClock(datetime(2026, 11, 24, 9, 0, tzinfo=LOCAL_TZ)))
    try:
        assert migrate.current_revision(services.engine) == migrate.head_revision(services.engine)
        assert not services.catalogue.is_empty()
        if set_up:  # a set-up office: the commands that issue, print or report refuse otherwise
            office.set_up(services)
            # The setup announces its changes on the feed (config_changed) for screens already open; a template
            # is an office set up before it opens, so its feed starts empty, as the tests that read it expect.
            with services.sessions.begin() as session:
                session.execute(delete(m.Event))
    finally:
        # SQLite: the last connection to close checkpoints the WAL into the main file and removes it.
        # PostgreSQL: a template with an open connection cannot be cloned.
        services.close()


def build_sqlite(folder: Path, *, set_up: bool = True) -> Path:
    path = folder / "template.sqlite3"
    build(sqlite_url(path), folder, set_up=set_up)
    with sqlite3.connect(path) as conn:  # belt and braces: everything written is in the main file now
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    leftovers = [p.name for p in folder.glob("template.sqlite3-*")]
    assert not leftovers, f"the template still has side files {leftovers}: a plain file copy would lose data"
    return path


def build_postgres(server: PgServer, folder: Path) -> str:
    build(server.create_database(PG_TEMPLATE), folder)
    return PG_TEMPLATE


def copy_sqlite(template: Path, target: Path) -> str:
    """Put a copy of the template at `target` (which must not exist yet) and return its URL.

    The template is never opened again after it was built, so copying its one file is safe."""
    assert not target.exists(), f"{target} exists already: the copy would replace a test's data"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    return sqlite_url(target)


def fill(url: str, *, sqlite_template: Path | None, pg_server: PgServer | None, pg_template: str | None) -> None:
    """Make the (new, empty) database at `url` a copy of the template."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        assert sqlite_template is not None and parsed.database
        copy_sqlite(sqlite_template, Path(parsed.database))
    else:
        assert pg_server is not None and pg_template is not None and parsed.database
        pg_server.recreate_database(parsed.database, template=pg_template)
