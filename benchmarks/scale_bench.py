"""District scale (issue 16): many communes on one PostgreSQL server, and one commune's years on SQLite.

    python -m benchmarks scale                       # 20 points × 5 years on PostgreSQL, 1 point × 5 years on SQLite
    python -m benchmarks scale --points 5 --years 1  # a shorter run
    python -m benchmarks scale --pg-only --keep      # leave the PostgreSQL server (and its big database) running
    python -m benchmarks scale --db URL              # reuse a database an earlier --keep built

The demo generator writes `--years` of one busy commune (point XA); the rows are then copied in SQL to
`--points - 1` more points (P02, P03, …), each its own commune: tickets (new ids and uuids; the same codes, as each
point numbers its own tickets from A001 every day) with their day's last numbers, ratings, desk records with their
items and helpers, group sessions and duty days (INSERT … SELECT with foreign-key triggers off: 102 s for 1.4 M
tickets on the shared 2-core test machine, 294 s with them on). Then: one commune's day, month and year, the whole
district's month, and ticket issue p99 at one point on that database against a new, empty one with the same office
(with --db, made on the same server and dropped), the two issuing in turn.
`KIOSK_TREE=DIR python benchmarks/scale_bench.py …` runs the same measures on another checkout's code.
Targets: commune day ≤ 20 ms, month ≤ 100 ms, year ≤ 1 s; district month ≤ 300 ms; issue p99 ≤ 2× empty.
The machine is shared: build the big database once (--keep, then --db) and keep runs short.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import uuid
from datetime import datetime, time, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# KIOSK_TREE=/path/to/another/checkout times that checkout's code (e.g. main, for the figures before a change).
sys.path.insert(0, os.environ.get("KIOSK_TREE") or str(ROOT))

from sqlalchemy import create_engine, func, make_url, select, text  # noqa: E402

from benchmarks.tally_bench import MOMENT, _config, _copy_rows, _count, analyze, timed  # noqa: E402
from kiosk.app import Services, build_services  # noqa: E402
from kiosk.clock import LOCAL_TZ, FixedClock  # noqa: E402
from kiosk.config import sqlite_url  # noqa: E402
from kiosk.db import models as m  # noqa: E402
from kiosk.services.demo import DemoGenerator  # noqa: E402
from kiosk.services.sample import import_demo_office  # noqa: E402
from kiosk.services.tally import Period  # noqa: E402

TARGETS = {"day": 20.0, "month": 100.0, "year": 1000.0, "district month": 300.0}


def add_points(services: Services, points: int) -> int:
    """Points P02…Pn after the demo's; returns the id the first new one got minus 2 (so P{k+1} = base + k)."""
    with services.engine.begin() as conn:
        top = conn.execute(text("SELECT max(id) FROM points")).scalar() or 0
        for k in range(1, points):
            conn.execute(
                m.Point.__table__.insert().values(
                    id=top + k,
                    uuid=uuid.uuid4(),
                    code=f"P{k + 1:02d}",
                    kind="commune_desk",
                    name=f"Trung tâm Phục vụ hành chính công xã số {k + 1}",
                    active=True,
                )
            )
    return top


def spread(services: Services, points: int) -> None:
    """Copy XA's rows to the other points, one copy per point (INSERT … SELECT: seconds, not hours)."""
    if points < 2:
        return
    engine = services.engine
    pg = engine.dialect.name == "postgresql"
    new_uuid = "gen_random_uuid()" if pg else "lower(hex(randomblob(16)))"
    base = add_points(services, points)
    with engine.connect() as conn:
        t_off = conn.execute(text("SELECT max(id) FROM tickets")).scalar() or 0
        r_off = conn.execute(text("SELECT max(id) FROM assist_records")).scalar() or 0
        i_off = conn.execute(text("SELECT max(id) FROM assist_items")).scalar() or 0
        g_off = conn.execute(text("SELECT max(id) FROM ratings")).scalar() or 0
        s_off = conn.execute(text("SELECT max(id) FROM group_sessions")).scalar() or 0
        d_off = conn.execute(text("SELECT max(id) FROM duty_days")).scalar() or 0
    copies = points - 1
    point = f"{base} + {{k}}"
    _copy_rows(
        engine,
        "tickets",
        copies,
        {"id": f"id + {{k}} * {t_off}", "uuid": new_uuid, "point_id": point},
    )
    # Only XA (the lowest point id holding numbers) has rows so far: each copy is another point's own counters.
    _copy_rows(engine, "ticket_numbers", copies, {"point_id": point}, key="point_id")
    _copy_rows(
        engine,
        "ratings",
        copies,
        {
            "id": f"id + {{k}} * {g_off}",
            "uuid": new_uuid,
            "point_id": point,
            "ticket_id": f"ticket_id + {{k}} * {t_off}",
        },
    )
    _copy_rows(
        engine,
        "assist_records",
        copies,
        {
            "id": f"id + {{k}} * {r_off}",
            "uuid": new_uuid,
            "point_id": point,
            "ticket_id": f"ticket_id + {{k}} * {t_off}",
        },
    )
    _copy_rows(
        engine,
        "assist_items",
        copies,
        {"id": f"id + {{k}} * {i_off}", "uuid": new_uuid, "record_id": f"record_id + {{k}} * {r_off}"},
    )
    _copy_rows(engine, "assist_helpers", copies, {"record_id": f"record_id + {{k}} * {r_off}"}, key="record_id")
    # The group sessions and duty days too: without them the district's month read one point's sessions and duty
    # days against twenty points' tickets and records, and timed less than a real district asks of it.
    for table, offset in (("group_sessions", s_off), ("duty_days", d_off)):
        _copy_rows(engine, table, copies, {"id": f"id + {{k}} * {offset}", "uuid": new_uuid, "point_id": point})
    if pg:
        with engine.begin() as conn:  # explicit ids left the sequences behind; a later insert must not collide
            tables = ("points", "tickets", "ratings", "assist_records", "assist_items", "group_sessions", "duty_days")
            for table in tables:
                conn.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
                )


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples)


def p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


WARM_ISSUES = 10


def issue_times(big: Services, empty: Services, n: int) -> tuple[list[float], list[float]]:
    """Ticket issue on the big database and on the empty one, one after the other, `n` times each: the disk's and
    the server's moments (a checkpoint, a neighbour's fsync) fall on both alike, which two runs one after the other
    did not do (the same tree measured 1.1× to 3.2× that way).

    Both issue on the day after the big database's last, a morning with no ticket yet in either: what is compared
    is the size of the database, not the length of the day's queue. (Issuing on its last day, a kept database
    gathered every run's tickets there, all waiting: after a few runs a queue of thousands, counted for each
    ticket, which no commune has.) Each first issues WARM_ISSUES untimed, as a running process has; on the big
    database the first also closes what earlier days left open."""
    with big.sessions() as s:
        last = s.scalar(select(func.max(m.Ticket.business_date)))
    assert last is not None, "no tickets"
    morning = datetime.combine(last + timedelta(days=1), time(8, 0), tzinfo=LOCAL_TZ)
    for services in (big, empty):
        assert isinstance(services.clock, FixedClock)
        services.clock.set(morning)
        services.queue.open_counter(1)
        for i in range(WARM_ISSUES):
            services.queue.issue("ABCDEFGH"[i % 8], enforce_hours=False)
    times: tuple[list[float], list[float]] = ([], [])
    for i in range(n):
        prefix = "ABCDEFGH"[i % 8]
        order = (0, 1) if i % 2 == 0 else (1, 0)  # neither always goes first
        for which in order:
            queue = (big, empty)[which].queue
            times[which].append(timed(lambda p=prefix, q=queue: q.issue(p, enforce_hours=False)))
    return times


def measure(services: Services, runs: int, issues: int, empty: Services) -> list[tuple[str, float, str]]:
    tally = services.tally
    with services.sessions() as s:
        first = s.scalar(select(func.min(m.Ticket.business_date)))
        last = s.scalar(select(func.max(m.Ticket.business_date)))
    assert first and last, "no tickets"
    rng = random.Random(7)
    span = (last - first).days
    days = [first + timedelta(days=rng.randint(0, span)) for _ in range(runs)]
    months = sorted({(d.year, d.month) for d in days})[:12]
    tally.day(last, "XA")  # statement caches warm, as in a running process
    rows = [
        ("commune day", median_ms([timed(lambda d=d: tally.day(d, "XA")) for d in days]), "day"),
        ("commune month", median_ms([timed(lambda ym=ym: tally.month(ym, "XA")) for ym in months]), "month"),
        (
            "commune year",
            median_ms([timed(lambda: tally.compute(Period.between(last - timedelta(days=364), last), "XA"))]),
            "year",
        ),
    ]
    with services.sessions() as s:
        several = (s.scalar(select(func.count()).select_from(m.Point)) or 0) > 3
    if several:
        district = [timed(lambda ym=ym: tally.month(ym)) for ym in months[: max(3, len(months) // 2)]]
        rows.append(("district month", median_ms(district), "district month"))
    big, empty_issue = issue_times(services, empty, issues)
    rows.append(("issue p99 (ms)", p99(big), ""))
    rows.append(("issue p99 / empty", p99(big) / p99(empty_issue), "ratio"))
    return rows


def empty_database(url: str, folder: Path) -> Services:
    """A new database with the same office (point XA, its counters) and no tickets at all: the issue reference."""
    services = build_services(_config(url, folder), clock=FixedClock(MOMENT))
    import_demo_office(services.sessions)  # the same point XA and desks as the big database, no tickets
    return services


def sibling_database(url: str, name: str) -> str:
    """A new, empty database on the server of `url` (for the empty-database reference of a --db run)."""
    target = make_url(url).set(database=name)
    admin = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return target.render_as_string(hide_password=False)


def drop_database(url: str) -> None:
    parsed = make_url(url)
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
    admin.dispose()


def build(url: str, folder: Path, points: int, years: int, seed: int) -> Services:
    services = build_services(_config(url, folder), clock=FixedClock(MOMENT))
    if not _count(services, m.Ticket):
        t = timed(lambda: DemoGenerator(services.sessions, services.clock).generate(365 * years, seed))
        print(f"  demo, {years} year(s) at XA: {_count(services, m.Ticket):,} tickets ({t / 1000:.0f} s)", flush=True)
        t = timed(lambda: spread(services, points))
        print(f"  copied to {points - 1} more points ({t / 1000:.0f} s)", flush=True)
        analyze(services)
    print(
        f"  holds {_count(services, m.Ticket):,} tickets, {_count(services, m.AssistRecord):,} records, "
        f"{_count(services, m.Point)} points",
        flush=True,
    )
    return services


def report(title: str, rows: list[tuple[str, float, str]]) -> None:
    print(title)
    for label, value, target in rows:
        if target == "ratio":
            mark = "✓" if value <= 2.0 else "✗ (target ≤ 2×)"
            print(f"  {label:<22} {value:8.2f}×  {mark}")
            continue
        limit = TARGETS.get(target)
        mark = "" if limit is None else ("✓" if value <= limit else f"✗ (target ≤ {limit:.0f} ms)")
        print(f"  {label:<22} {value:8.1f} ms  {mark}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--points", type=int, default=20)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=15, help="random days timed")
    parser.add_argument("--issues", type=int, default=200, help="tickets issued for the p99")
    parser.add_argument("--pg-only", action="store_true")
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--db", help="a PostgreSQL database an earlier --keep built (skips building)")
    parser.add_argument("--keep", action="store_true", help="leave the PostgreSQL server running, print its URL")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="kiosk-scale-"))
    server = None
    try:
        if not args.sqlite_only:
            if args.db:
                url = args.db
                empty_url = None
            else:
                from tests.helpers.pgserver import PgServer

                server = PgServer().start()
                url = server.create_database("kiosk_scale")
                empty_url = server.create_database("kiosk_scale_empty")
            print(f"PostgreSQL, {args.points} points × {args.years} year(s)", flush=True)
            services = build(url, folder / "pg", args.points, args.years, args.seed)
            if empty_url is None:
                empty_url = sibling_database(url, f"kiosk_scale_empty_{os.getpid()}")
            try:
                empty = empty_database(empty_url, folder / "pg-empty")
                try:
                    report("PostgreSQL:", measure(services, args.runs, args.issues, empty))
                finally:
                    empty.close()
            finally:
                if args.db:
                    drop_database(empty_url)
            services.close()
        if not args.pg_only:
            print(f"SQLite, one commune × {args.years} year(s)", flush=True)
            (folder / "sq").mkdir(parents=True)
            (folder / "sq-empty").mkdir(parents=True)
            services = build(sqlite_url(folder / "sq" / "big.sqlite3"), folder / "sq", 1, args.years, args.seed)
            empty = empty_database(sqlite_url(folder / "sq-empty" / "empty.sqlite3"), folder / "sq-empty")
            try:
                report("SQLite:", measure(services, args.runs, args.issues, empty))
            finally:
                empty.close()
            services.close()
    finally:
        if server is not None and args.keep:
            print(f"  server left running: {url}\n  stop: {server.bin}/pg_ctl -D {server.dir}/data stop")
        elif server is not None:
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
