"""Shared fixtures: empty and prepared SQLite and PostgreSQL databases, a movable clock, wired services.

`sqlite_url`, `pg_url` and `db_url` name empty databases (tests/test_migrations.py builds them the real way).
`services` and `any_services` fill theirs from one template per session (tests/helpers/template.py)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.app import Services, build_services  # noqa: E402
from kiosk.clock import LOCAL_TZ, Clock, FixedClock  # noqa: E402
from kiosk.config import Config  # noqa: E402
from kiosk.config import sqlite_url as make_sqlite_url  # noqa: E402
from tests.helpers import template  # noqa: E402
from tests.helpers.pgserver import PgServer  # noqa: E402

_db_names = itertools.count(1)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user's data or config directory."""
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "kiosk.toml"))
    monkeypatch.delenv("KIOSK_DB_URL", raising=False)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = PgServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file with the shipped catalogue, built once; copy it, never open it."""
    return template.build_sqlite(tmp_path_factory.mktemp("template-sqlite"))


@pytest.fixture(scope="session")
def fresh_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Like sqlite_template but nobody has set it up yet: what a new install has before the first-run wizard."""
    return template.build_sqlite(tmp_path_factory.mktemp("template-fresh"), set_up=False)


@pytest.fixture
def fresh_services(tmp_path: Path, clock: FixedClock, fresh_sqlite_template: Path) -> Iterator[Services]:
    """Services on a copy of fresh_sqlite_template, in the test's data folder (so a try-out lands there too)."""
    url = template.copy_sqlite(fresh_sqlite_template, tmp_path / "data" / "kiosk.sqlite3")
    svc = prepared_services(url, tmp_path, clock)
    yield svc
    svc.close()


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The name of a migrated PostgreSQL database with the shipped catalogue, built once; clone it."""
    return template.build_postgres(pg_server, tmp_path_factory.mktemp("template-pg"))


@pytest.fixture
def from_template(request: pytest.FixtureRequest, sqlite_template: Path) -> Callable[[str], str]:
    """`from_template(url)` makes the new, empty database at `url` a copy of the template and returns `url`.

    For a `kiosk` subprocess, pass the URL its KIOSK_DB_URL (or KIOSK_DATA_DIR) points at."""

    def fill(url: str) -> str:
        if url.startswith("sqlite"):
            template.fill(url, sqlite_template=sqlite_template, pg_server=None, pg_template=None)
        else:
            server = request.getfixturevalue("pg_server")
            tmpl = request.getfixturevalue("pg_template")
            template.fill(url, sqlite_template=None, pg_server=server, pg_template=tmpl)
        return url

    return fill


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    return pg_server.create_database(f"kiosk_test_{os.getpid()}_{next(_db_names)}")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return make_sqlite_url(tmp_path / "kiosk.sqlite3")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Runs the test once on SQLite and once on the throwaway PostgreSQL server."""
    if request.param == "sqlite":
        return make_sqlite_url(tmp_path / "kiosk.sqlite3")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def clock() -> FixedClock:
    """Tuesday 24 November 2026, 09:00 in Vietnam: inside opening hours."""
    return FixedClock(datetime(2026, 11, 24, 9, 0, tzinfo=LOCAL_TZ))


def make_config(url: str, tmp_path: Path) -> Config:
    return Config(
        data_dir=tmp_path / "data", config_file=tmp_path / "kiosk.toml", db_url=url, log_dir=tmp_path / "logs"
    )


def prepared_services(url: str, tmp_path: Path, clock: Clock) -> Services:
    """Services on a copy of the template: `prepare=False` skips the migration and the catalogue import, which
    the template has had already (everything else build_services does still runs, the newer-schema check too)."""
    return build_services(make_config(url, tmp_path), clock=clock, prepare=False)


@pytest.fixture
def services(
    sqlite_url: str, tmp_path: Path, clock: FixedClock, from_template: Callable[[str], str]
) -> Iterator[Services]:
    """Services on a migrated SQLite file with the shipped catalogue."""
    svc = prepared_services(from_template(sqlite_url), tmp_path, clock)
    yield svc
    svc.close()


@pytest.fixture
def any_services(
    db_url: str, tmp_path: Path, clock: FixedClock, from_template: Callable[[str], str]
) -> Iterator[Services]:
    """Services on SQLite and on PostgreSQL (the test runs twice)."""
    svc = prepared_services(from_template(db_url), tmp_path, clock)
    yield svc
    svc.close()
