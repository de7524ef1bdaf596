"""The tally's desk-record statement run ahead on a second PostgreSQL connection (services/tally/ahead.py): the
same figures as run in turn, and in turn whenever the process's second connection is taken."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import Services
from kiosk.clock import FixedClock
from kiosk.services.demo import DemoGenerator
from kiosk.services.tally import Period
from kiosk.services.tally import ahead as ahead_mod
from tests.conftest import prepared_services

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_services(
    pg_url: str, tmp_path: Path, clock: FixedClock, from_template: Callable[[str], str]
) -> Iterator[Services]:
    svc = prepared_services(from_template(pg_url), tmp_path, clock)
    DemoGenerator(svc.sessions, svc.clock).generate(42, seed=5)
    yield svc
    svc.close()


@pytest.fixture
def ran_ahead(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For each statement started ahead: whether its rows came from the second connection."""
    seen: list[bool] = []
    rows = ahead_mod.Ahead.rows

    def spy(self: ahead_mod.Ahead) -> Any:
        got = rows(self)
        seen.append(got is not None)
        return got

    monkeypatch.setattr(ahead_mod.Ahead, "rows", spy)
    return seen


def _figures(services: Services, period: Period, point: str | None = None) -> dict[str, Any]:
    data = services.tally.compute(period, point).data
    data.pop("generated_at")
    return data


def test_the_district_reads_its_desk_records_on_a_second_connection(
    pg_services: Services, ran_ahead: list[bool]
) -> None:
    today = pg_services.tally.today()
    period = Period.month(today.year, today.month)  # the whole district's month, days to come left out
    ahead = _figures(pg_services, period)
    assert ran_ahead == [True]
    assert ahead["people"]["helped"] > 0 and ahead["queue"]["issued"] > 0

    # The pool's two connections: one held here, one for the tally itself, none left to run ahead.
    engine = pg_services.engine
    with engine.connect() as held:
        held.exec_driver_sql("SELECT 1")
        in_turn = _figures(pg_services, period)
    assert ran_ahead == [True, False]
    assert in_turn == ahead


def test_a_commune_day_runs_in_turn(pg_services: Services, ran_ahead: list[bool]) -> None:
    # Too short to gain from a second connection: nothing started ahead.
    _figures(pg_services, Period.day(pg_services.tally.today()), "XA")
    assert ran_ahead == []
