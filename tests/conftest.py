"""Shared fixtures: migrated SQLite and PostgreSQL databases, a movable clock, wired services."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.app import Services, build_services  # noqa: E402
from kiosk.clock import LOCAL_TZ, FixedClock  # noqa: E402
from kiosk.config import Config  # noqa: E402
from kiosk.config import sqlite_url as make_sqlite_url  # noqa: E402
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


@pytest.fixture
def services(sqlite_url: str, tmp_path: Path, clock: FixedClock) -> Iterator[Services]:
    """Services on a migrated SQLite file with the shipped catalogue."""
    svc = build_services(make_config(sqlite_url, tmp_path), clock=clock)
    yield svc
    svc.close()


@pytest.fixture
def any_services(db_url: str, tmp_path: Path, clock: FixedClock) -> Iterator[Services]:
    """Services on SQLite and on PostgreSQL (the test runs twice)."""
    svc = build_services(make_config(db_url, tmp_path), clock=clock)
    yield svc
    svc.close()
