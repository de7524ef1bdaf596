"""A separate OS process that uses the queue engine, for concurrency tests and the benchmark.

    python -m tests.helpers.queue_worker issue  --db URL --count N [--services A,B] [--ready FILE] [--go FILE]
    python -m tests.helpers.queue_worker call   --db URL --counter N [--pause S] [--ready FILE] [--go FILE]
    python -m tests.helpers.queue_worker follow --db URL --stop FILE [--ready FILE]
    python -m tests.helpers.queue_worker hang-in-issue --db URL --marker FILE

Prints one JSON document on stdout. `--ready FILE`: created once the worker is connected and warmed up, so the
parent knows when to give the start signal; `--go FILE`: wait until FILE exists, so every process starts at once.
The clock is Tuesday 2026-11-24 09:00 in Vietnam plus the real time elapsed, so arrival order is real.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.app import Services, build_services
from kiosk.clock import LOCAL_TZ
from kiosk.config import Config

START = datetime(2026, 11, 24, 9, 0, tzinfo=LOCAL_TZ)


class ShiftedClock:
    """Real time, moved to a fixed business morning."""

    def __init__(self, start: datetime = START) -> None:
        self._start = start
        self._t0 = time.monotonic()

    def now(self) -> datetime:
        return (self._start + timedelta(seconds=time.monotonic() - self._t0)).astimezone(LOCAL_TZ)


def connect(url: str, tmp: Path) -> Services:
    config = Config(data_dir=tmp, config_file=tmp / "kiosk.toml", db_url=url, log_dir=tmp / "logs")
    return build_services(config, clock=ShiftedClock(), prepare=False)


def _wait_for(path: str | None) -> None:
    if not path:
        return
    deadline = time.monotonic() + 60
    while not Path(path).exists():
        if time.monotonic() > deadline:
            raise SystemExit("start signal never came")
        time.sleep(0.002)


def issue(services: Services, count: int, prefixes: list[str]) -> dict[str, Any]:
    codes: list[str] = []
    latencies: list[float] = []
    errors: list[str] = []
    for i in range(count):
        started = time.perf_counter()
        try:
            codes.append(services.queue.issue(prefixes[i % len(prefixes)]).code)
        except Exception as exc:  # noqa: BLE001 - the test counts every error, whatever its kind
            errors.append(f"{type(exc).__name__}: {exc}")
        latencies.append(time.perf_counter() - started)
    return {"codes": codes, "latencies": latencies, "errors": errors}


def call(services: Services, counter: int, pause: float) -> dict[str, Any]:
    """Call until nobody waits; `pause` between calls, as a desk would (SQLite's busy wait is not fair:
    a process that never lets go of the write lock can starve the other one)."""
    codes: list[str] = []
    errors: list[str] = []
    while True:
        try:
            result = services.queue.call_next(counter)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{type(exc).__name__}: {exc}")
            continue
        if result.ticket is None:
            break
        codes.append(result.ticket.code)
        time.sleep(pause)
    return {"codes": codes, "errors": errors}


def follow(services: Services, stop: str) -> dict[str, Any]:
    """Poll the feed like a hall display until told to stop, then drain it."""
    seen: list[int] = []
    last = 0
    stopping = False
    while True:
        batch = services.events.since(last, 500)
        seen.extend(e.id for e in batch)
        if batch:
            last = batch[-1].id
        elif stopping:
            break
        stopping = stopping or Path(stop).exists()
        time.sleep(0.005)
    return {"ids": seen}


def record(services: Services, count: int) -> dict[str, Any]:
    """Save `count` assisted-submission records, printing each one's UUID once its transaction committed: a
    parent that kills this process knows which records must be in the database, whole."""
    from tests.assist_helpers import add_staff, visit

    helper = add_staff(services, f"Người thử {os.getpid()}")
    saved = 0
    for _ in range(count):
        view = services.assists.record(visit(helper, note="hẹn 2 ngày"), helper)
        print(view.uuid, flush=True)
        saved += 1
    return {"saved": saved}


def hang_in_issue(services: Services, marker: str) -> None:
    """Issue one ticket but stop inside its transaction: number drawn, ticket and event written, no commit."""
    from kiosk.services import events

    real_write = events._write_rows

    def write_then_hang(*args: Any, **kwargs: Any) -> None:
        real_write(*args, **kwargs)
        Path(marker).write_text("inside", encoding="utf-8")
        time.sleep(600)

    events._write_rows = write_then_hang  # type: ignore[assignment]
    services.queue.issue("A", enforce_hours=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["issue", "call", "follow", "record", "hang-in-issue"])
    parser.add_argument("--db", required=True)
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--services", default="A")
    parser.add_argument("--counter", type=int, default=1)
    parser.add_argument("--pause", type=float, default=0.003)
    parser.add_argument("--ready")
    parser.add_argument("--go")
    parser.add_argument("--stop")
    parser.add_argument("--marker")
    args = parser.parse_args(argv)
    # One data folder for every worker, as the roles of one PC share theirs; only a start-up probe is written there.
    return _run(args, connect(args.db, Path(tempfile.gettempdir()) / "kiosk-queue-workers"))


def _run(args: argparse.Namespace, services: Services) -> int:
    try:
        if args.mode == "hang-in-issue":
            hang_in_issue(services, args.marker)
            return 0
        services.queue.counters()  # connect and warm up before the start signal
        if args.ready:
            Path(args.ready).touch()
        _wait_for(args.go)
        if args.mode == "issue":
            out = issue(services, args.count, args.services.split(","))
        elif args.mode == "record":
            out = record(services, args.count)
        elif args.mode == "call":
            out = call(services, args.counter, args.pause)
        else:
            out = follow(services, args.stop)
    finally:
        services.close()
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
