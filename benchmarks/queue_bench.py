"""Queue engine figures: issue latency and throughput on SQLite and PostgreSQL, one process and eight.

    python -m benchmarks.queue_bench [--single 1000] [--procs 8] [--per-proc 500] [--no-postgres]

Prints a table; checks numbering (no duplicate, no gap, no error) after every multi-process run and exits 1 if it
finds one. PostgreSQL: a throwaway server from tests/helpers/pgserver.py (Debian's postgresql package).
Targets on the 2-core office PC: SQLite issue p50 ≤ 5 ms, p99 ≤ 30 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from kiosk.app import Services, build_services
from kiosk.config import Config, sqlite_url
from kiosk.db import models as m
from kiosk.services.sample import import_demo_office
from tests.helpers.queue_worker import ShiftedClock

ROOT = Path(__file__).resolve().parent.parent


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def _services(url: str, tmp: Path) -> Services:
    # One folder per database: a folder remembers its database (and its backups), a second one reads as the first
    # gone.
    tmp.mkdir(parents=True, exist_ok=True)
    config = Config(data_dir=tmp, config_file=tmp / "kiosk.toml", db_url=url, log_dir=tmp / "logs")
    services = build_services(config, clock=ShiftedClock())
    # The point XA and its desks: a new database has them only once set up (the shipped catalogue has no office).
    import_demo_office(services.sessions)
    return services


def _timed(fn: Callable[[], object], count: int) -> tuple[list[float], float]:
    latencies = []
    started = time.perf_counter()
    for _ in range(count):
        t0 = time.perf_counter()
        fn()
        latencies.append(time.perf_counter() - t0)
    return latencies, time.perf_counter() - started


def _row(label: str, latencies: list[float], wall: float, count: int, note: str = "") -> str:
    p50 = statistics.median(latencies) * 1000
    p99 = _percentile(latencies, 99) * 1000
    return f"{label:<34} {p50:>8.2f} {p99:>8.2f} {count / wall:>10.0f}  {note}"


def single(url: str, tmp: Path, count: int) -> list[str]:
    services = _services(url, tmp)
    try:
        queue = services.queue
        for _ in range(20):  # warm-up: connections, statement caches
            queue.issue("B", enforce_hours=False)
        prefixes = iter(["A", "C"] * count)
        lat, wall = _timed(lambda: queue.issue(next(prefixes), enforce_hours=False), count)
        rows = [_row("issue, 1 process", lat, wall, count)]
        lat, wall = _timed(lambda: queue.call_next(1), count // 2)
        rows.append(_row("call_next (finishes the last), 1 proc", lat, wall, count // 2))
        lat, wall = _timed(queue.status, 100)
        rows.append(_row(f"status() with {count // 2} waiting", lat, wall, 100))
        last = services.events.latest_id()
        lat, wall = _timed(lambda: services.events.since(last - 50, 50), 200)
        rows.append(_row("events.since (50 rows)", lat, wall, 200))
        return rows
    finally:
        services.close()


def multi(url: str, tmp: Path, procs: int, per_proc: int) -> tuple[list[str], bool]:
    services = _services(url, tmp)
    go = tmp / f"go-{time.monotonic_ns()}"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "tests.helpers.queue_worker", "issue", "--db", url, "--go", str(go)]
    workers = [
        subprocess.Popen(
            [*cmd, "--count", str(per_proc), "--services", "A,B"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(procs)
    ]
    time.sleep(3.0)  # let every process start and connect before the signal
    started = time.perf_counter()
    go.touch()
    results = []
    for w in workers:
        out, err = w.communicate(timeout=600)
        results.append(json.loads(out) if w.returncode == 0 else {"codes": [], "latencies": [], "errors": [err]})
    wall = time.perf_counter() - started
    try:
        with services.sessions() as s:
            rows = s.execute(select(m.Ticket.code, m.Ticket.number)).all()
    finally:
        services.close()
    errors = [e for r in results for e in r["errors"]]
    codes = [c for r in results for c in r["codes"]]
    numbers: dict[str, list[int]] = defaultdict(list)
    for code, number in rows:
        numbers[code[0]].append(number)
    duplicates = len(codes) - len(set(codes))
    gaps = sum(len(set(range(1, max(v) + 1)) - set(v)) for v in numbers.values() if v)
    ok = not errors and not duplicates and not gaps and len(rows) == procs * per_proc
    note = f"tickets {len(rows)}, duplicates {duplicates}, gaps {gaps}, errors {len(errors)}"
    if errors:
        note += f" (first: {errors[0][:120]})"
    lat = [x for r in results for x in r["latencies"]]
    return [_row(f"issue, {procs} processes × {per_proc}", lat, wall, len(codes), note)], ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--single", type=int, default=1000, help="tickets issued by one process")
    parser.add_argument("--procs", type=int, default=8)
    parser.add_argument("--per-proc", type=int, default=500)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args(argv)
    import sqlite3

    print(f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPU")
    print(f"{'':<34} {'p50 ms':>8} {'p99 ms':>8} {'per sec':>10}")
    all_ok = True
    with tempfile.TemporaryDirectory(prefix="queue-bench-") as tmp_name:
        tmp = Path(tmp_name)
        print("SQLite (WAL, file on local disk)")
        for line in single(sqlite_url(tmp / "single" / "kiosk.sqlite3"), tmp / "single", args.single):
            print("  " + line)
        lines, ok = multi(sqlite_url(tmp / "multi" / "kiosk.sqlite3"), tmp / "multi", args.procs, args.per_proc)
        all_ok &= ok
        for line in lines:
            print("  " + line)
        if not args.no_postgres:
            from tests.helpers.pgserver import PgServer

            server = PgServer().start()
            try:
                print("PostgreSQL (throwaway local server, unix socket, fsync off)")
                for line in single(server.create_database("bench_single"), tmp / "pg-single", args.single):
                    print("  " + line)
                lines, ok = multi(server.create_database("bench_multi"), tmp / "pg-multi", args.procs, args.per_proc)
                all_ok &= ok
                for line in lines:
                    print("  " + line)
            finally:
                server.stop()
    print("numbering check:", "OK (no duplicate, no gap, no error)" if all_ok else "FAILED")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
