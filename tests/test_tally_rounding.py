"""The tally's durations rounded in SQL come out as Python's round(minutes, 4) would round them, and each day's
longest queue as the plain sweep over its moments finds it, on SQLite and PostgreSQL.

The statement rounds most durations itself and leaves to Python the few it cannot be sure of (within a millionth
of a half, or of 70 days and more). The tickets here are made to land on those cases: exact halves in binary
(1.875 s is 0.03125 minute, which round() takes down to 0.0312 and floor(y + 0.5) would take up), a half of the
last place (0.003 s), waits below zero (a desk PC's clock behind the kiosk's), and 70 days.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from datetime import timedelta
from operator import itemgetter
from typing import Any

import pytest
from sqlalchemy import func, select, update

from kiosk.app import Services
from kiosk.db import models as m
from kiosk.services.demo import DemoGenerator
from kiosk.services.tally import queries as q
from kiosk.services.tally.calc import minutes_between
from kiosk.services.tally.queue_figures import _durations, _minutes, _peak

# Seconds between issue and call, and between call and finish, set on the demo's tickets one pair each.
AWKWARD = [1.875, 0.003, 0.0, -5.0, -0.001875, 600.0, 37.5, 70 * 86400.0, 1.875 + 60, 0.000001, 59.999999, 112.5]


@pytest.fixture
def awkward(any_services: Services) -> Services:
    DemoGenerator(any_services.sessions, any_services.clock).generate(3, seed=5)
    rng = random.Random(11)
    with any_services.sessions.begin() as s:
        tickets = list(s.scalars(select(m.Ticket).where(m.Ticket.called_at.is_not(None)).order_by(m.Ticket.id)))
        assert len(tickets) > len(AWKWARD) * 3
        for i, t in enumerate(tickets):
            # The awkward ones first, then microseconds at random, some of them exact thousandths.
            wait = AWKWARD[i] if i < len(AWKWARD) else rng.choice((rng.uniform(0, 3600), rng.randint(0, 3600) / 1000))
            served = AWKWARD[-1 - i] if i < len(AWKWARD) else rng.uniform(0, 1800)
            called = t.issued_at + timedelta(seconds=wait)
            finished = called + timedelta(seconds=served) if t.status == "finished" else t.finished_at
            s.execute(update(m.Ticket).where(m.Ticket.id == t.id).values(called_at=called, finished_at=finished))
    return any_services


def test_durations_are_rounded_as_python_rounds_them(awkward: Services) -> None:
    with awkward.sessions() as s:
        first, last = s.execute(select(func.min(m.Ticket.business_date), func.max(m.Ticket.business_date))).one()
        run = q.Runner(s.connection(), first, last, None)
        dialect = run.dialect
        by_src: dict[int, list[Any]] = {src: [] for src in q.TICKET_SHAPES}
        for row in run(q.ticket_figures(dialect, False)):
            by_src[row[0]].append(row)
        rows = {src: list(map(itemgetter(*shape), by_src[src])) for src, shape in q.TICKET_SHAPES.items()}
        t = m.Ticket.__table__.c
        raw = s.execute(
            select(
                t.service_id,
                t.counter_id,
                minutes_between(dialect, t.issued_at, t.called_at),
                minutes_between(dialect, t.called_at, t.finished_at),
                t.status,
            ).where(t.called_at.is_not(None))
        ).all()
    # Some durations went the unsure way, or the test would not test it.
    assert rows[q.UNSURE], "no duration was left to Python"
    waits, services, by = _durations(rows)
    expected_waits = _minutes([r[2] for r in raw])
    expected_services = _minutes([r[3] for r in raw if r[4] == "finished"])
    assert sorted(waits) == sorted(expected_waits)
    assert sorted(services) == sorted(expected_services)
    assert 0.0312 in waits or 0.0312 in services  # 1.875 s: half-even on the exact binary half, not up
    assert 0.0 in waits and min(waits) == 0.0  # below zero is clamped
    for service_id in {r[0] for r in raw}:
        mine = [r for r in raw if r[0] == service_id]
        assert sorted(by["service", service_id][0]) == sorted(_minutes([r[2] for r in mine]))
    for counter_id in {r[1] for r in raw if r[1] is not None}:
        mine = [r for r in raw if r[1] == counter_id]
        assert sorted(by["counter", counter_id][0]) == sorted(_minutes([r[2] for r in mine]))


def _sweep(joined: list[float], left: list[float]) -> tuple[int, float]:
    """The plain sweep the tally used to run: each issue in time order, departures at the same instant first."""
    joined, left = sorted(joined), sorted(left)
    best, best_at = -1, joined[0]
    for n, at in enumerate(joined, start=1):
        waiting = n - bisect_right(left, at)
        if waiting > best:
            best, best_at = waiting, at
    return best, best_at


@pytest.mark.parametrize("seed", range(40))
def test_the_longest_queue_is_the_sweeps(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(1, 60)
    # Whole minutes, so that many moments fall on the same instant; some calls before their issue (clock skew).
    joined = [float(rng.randint(0, 120)) for _ in range(n)]
    left = [float(rng.randint(-30, 150)) for _ in range(rng.randint(0, n + 10))]
    assert _peak((list(joined), list(left))) == _sweep(joined, left)
