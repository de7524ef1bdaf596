"""The queue under real concurrency: separate OS processes on a SQLite file and on PostgreSQL, and SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.app import Services
from kiosk.db import models as m
from tests.conftest import prepared_services
from tests.helpers.queue_worker import ShiftedClock

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


@pytest.fixture
def prepared(db_url: str, tmp_path: Path, from_template: Callable[[str], str]) -> Iterator[Services]:
    """A migrated database with the catalogue (a copy of the session's template), shared by the worker processes."""
    svc = prepared_services(from_template(db_url), tmp_path, ShiftedClock())
    yield svc
    svc.close()


def _spawn(mode: str, url: str, *args: str, ready: Path | None = None) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "tests.helpers.queue_worker", mode, "--db", url, *args]
    if ready is not None:
        cmd += ["--ready", str(ready)]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_ready(workers: list[tuple[subprocess.Popen[str], Path]], timeout: float = 60) -> None:
    """Wait until every worker has connected and created its ready file; a worker that dies first fails the test."""
    deadline = time.monotonic() + timeout
    for proc, ready in workers:
        while not ready.exists():
            if proc.poll() is not None:
                _, err = proc.communicate()
                raise AssertionError(f"a worker ended before it was ready (exit {proc.returncode}): {err}")
            assert time.monotonic() < deadline, f"a worker was not ready within {timeout:.0f} s"
            time.sleep(0.01)


def _result(proc: subprocess.Popen[str]) -> dict:
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err
    return json.loads(out)


def _numbers(services: Services) -> dict[str, list[int]]:
    with services.sessions() as s:
        rows = s.execute(select(m.Ticket.code, m.Ticket.number)).all()
    by_service: dict[str, list[int]] = defaultdict(list)
    for code, number in rows:
        by_service[code[0]].append(number)
    return {k: sorted(v) for k, v in by_service.items()}


def _last_numbers(services: Services) -> dict[str, int]:
    with services.sessions() as s:
        q = select(m.QueueService.prefix, m.TicketNumber.last_number).join(
            m.QueueService, m.QueueService.id == m.TicketNumber.service_id
        )
        return dict(s.execute(q).all())


def test_processes_issue_without_gaps_and_a_poller_sees_every_event(
    prepared: Services, db_url: str, tmp_path: Path
) -> None:
    go, stop = tmp_path / "go", tmp_path / "stop"
    ready = [tmp_path / f"ready-{n}" for n in range(5)]
    workers = [
        _spawn("issue", db_url, "--count", "40", "--services", "A,B", "--go", str(go), ready=ready[n]) for n in range(4)
    ]
    poller = _spawn("follow", db_url, "--stop", str(stop), ready=ready[4])
    _wait_ready([*zip(workers, ready[:4], strict=True), (poller, ready[4])])
    go.touch()
    results = [_result(w) for w in workers]
    stop.touch()
    seen = _result(poller)["ids"]

    assert [r["errors"] for r in results] == [[]] * 4
    codes = [c for r in results for c in r["codes"]]
    assert len(codes) == len(set(codes)) == 160
    assert _numbers(prepared) == {"A": list(range(1, 81)), "B": list(range(1, 81))}
    assert _last_numbers(prepared) == {"A": 80, "B": 80}
    with prepared.sessions() as s:
        all_ids = list(s.scalars(select(m.Event.id).order_by(m.Event.id)))
        issued = s.scalar(select(func.count()).select_from(m.Event).where(m.Event.kind == "ticket_issued"))
    assert issued == 160
    # The poller followed "events after id N" while the writers ran and missed none, saw none twice.
    assert seen == all_ids


def test_two_desks_calling_at_once_never_get_the_same_ticket(prepared: Services, db_url: str, tmp_path: Path) -> None:
    issued = {prepared.queue.issue("A", enforce_hours=False).code for _ in range(60)}
    go = tmp_path / "go"
    ready = [tmp_path / f"ready-{n}" for n in (1, 2)]
    # Desks 1 and 2 both serve A.
    desks = [_spawn("call", db_url, "--counter", str(n), "--go", str(go), ready=ready[n - 1]) for n in (1, 2)]
    _wait_ready(list(zip(desks, ready, strict=True)))
    go.touch()
    first, second = (_result(d) for d in desks)
    assert first["errors"] == second["errors"] == []
    assert not set(first["codes"]) & set(second["codes"])
    assert set(first["codes"]) | set(second["codes"]) == issued
    assert first["codes"] and second["codes"]  # both desks really competed
    with prepared.sessions() as s:
        calls = s.execute(select(m.Ticket.code, m.Ticket.call_count)).all()
        called_events = s.execute(
            select(m.Event.ticket_id, func.count()).where(m.Event.kind == "ticket_called").group_by(m.Event.ticket_id)
        ).all()
    assert {count for _, count in calls} == {1}
    assert len(called_events) == 60 and {n for _, n in called_events} == {1}


def test_sigkill_inside_the_issue_transaction_leaves_no_trace(prepared: Services, db_url: str, tmp_path: Path) -> None:
    prepared.queue.issue("A", enforce_hours=False)
    marker = tmp_path / "inside"
    proc = _spawn("hang-in-issue", db_url, "--marker", str(marker))
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline
        time.sleep(0.01)
    # The worker has drawn A002, written its ticket and its event, and not committed.
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert _numbers(prepared) == {"A": [1]}
    assert _last_numbers(prepared) == {"A": 1}
    assert prepared.queue.issue("A", enforce_hours=False).code == "A002"


def test_sigkill_at_random_moments_keeps_whole_tickets(prepared: Services, db_url: str, tmp_path: Path) -> None:
    for delay in (0.0, 0.013, 0.031, 0.047):
        before = len(_numbers(prepared).get("A", []))
        proc = _spawn("issue", db_url, "--count", "100000", "--services", "A")
        deadline = time.monotonic() + 60
        while len(_numbers(prepared).get("A", [])) < before + 5:  # it is issuing in a loop now
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    numbers = _numbers(prepared).get("A", [])
    assert len(numbers) >= 20
    assert numbers == list(range(1, len(numbers) + 1))
    assert _last_numbers(prepared).get("A", 0) == len(numbers)
    with prepared.sessions() as s:
        issued = s.scalar(select(func.count()).select_from(m.Event).where(m.Event.kind == "ticket_issued"))
    assert issued == len(numbers)
    assert prepared.queue.issue("A", enforce_hours=False).number == len(numbers) + 1
