"""Tally benchmark: five years of demo data, then one day, one month, a year and everything, on SQLite or PostgreSQL.

    python benchmarks/tally_bench.py                  # SQLite in a temporary file
    python benchmarks/tally_bench.py --pg             # a throwaway PostgreSQL server (tests/helpers/pgserver.py)
    python benchmarks/tally_bench.py --db URL         # an existing database; reused as it is if it holds tickets
    python benchmarks/tally_bench.py --profile        # also the slowest statements of a month

Five years of `kiosk demo` give about 76,000 tickets and 24,000 desk records; the issue sizes the load at about
200,000 tickets and 100,000 records, so by default the operational rows are copied (tickets ×3, records ×4)
after the demo is generated. Targets: one day ≤ 50 ms, one month ≤ 300 ms (SQLite). Prints figures; not a test.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# KIOSK_TREE (set by scale_bench's callers too) names the checkout whose code is timed: inserting ROOT here
# unconditionally put this checkout back in front, so `KIOSK_TREE=/work/main python -m benchmarks scale` timed
# this checkout's kiosk, not main's.
sys.path.insert(0, os.environ.get("KIOSK_TREE") or str(ROOT))

from sqlalchemy import Engine, event, func, select, text  # noqa: E402

from kiosk.app import Services, build_services  # noqa: E402
from kiosk.clock import LOCAL_TZ, FixedClock  # noqa: E402
from kiosk.config import Config, sqlite_url  # noqa: E402
from kiosk.db import models as m  # noqa: E402
from kiosk.services.demo import DemoGenerator  # noqa: E402
from kiosk.services.tally import Period  # noqa: E402

MOMENT = datetime(2026, 11, 24, 18, 0, tzinfo=LOCAL_TZ)
DAY_TARGET_MS, MONTH_TARGET_MS = 50.0, 300.0


def _config(url: str, folder: Path) -> Config:
    return Config(data_dir=folder, config_file=folder / "kiosk.toml", db_url=url, log_dir=folder / "logs")


def _count(services: Services, model: Any) -> int:
    with services.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _copy_rows(engine: Engine, table: str, copies: int, overrides: dict[str, str], key: str = "id") -> None:
    """INSERT … SELECT the original rows `copies` more times, with new keys and uuids (SQL, so it takes seconds)."""
    columns = [c.name for c in m.Base.metadata.tables[table].columns]
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # The copies point at rows that exist (their own point, ticket, record): checking every foreign key of
            # 1.4 M rows one trigger call at a time took most of the build. Superuser only; a benchmark server is.
            conn.execute(text("SET LOCAL session_replication_role = replica"))
        top = conn.execute(text(f"SELECT max({key}) FROM {table}")).scalar() or 0
        for k in range(1, copies + 1):
            exprs = [overrides.get(c, c).format(k=k) for c in columns]
            select_sql = f"SELECT {', '.join(exprs)} FROM {table} WHERE {key} <= :top"
            conn.execute(text(f"INSERT INTO {table} ({', '.join(columns)}) {select_sql}"), {"top": top})


def scale(services: Services, ticket_copies: int, record_copies: int) -> None:
    engine = services.engine
    pg = engine.dialect.name == "postgresql"
    new_uuid = "gen_random_uuid()" if pg else "lower(hex(randomblob(16)))"
    with engine.connect() as conn:
        t_off = conn.execute(text("SELECT max(id) FROM tickets")).scalar() or 0
        r_off = conn.execute(text("SELECT max(id) FROM assist_records")).scalar() or 0
        i_off = conn.execute(text("SELECT max(id) FROM assist_items")).scalar() or 0
        g_off = conn.execute(text("SELECT max(id) FROM ratings")).scalar() or 0
    # Copies keep their day, time and point; numbers move up by 1000 per copy, and the code (unique per point and
    # day) takes a copy suffix ("A012" → "A012-2"): copying it unchanged would break UNIQUE(point_id,
    # business_date, code) on the first copy.
    _copy_rows(
        engine,
        "tickets",
        ticket_copies,
        {
            "id": f"id + {{k}} * {t_off}",
            "uuid": new_uuid,
            "number": "number + {k} * 1000",
            "code": "code || '-{k}'",
        },
    )
    _copy_rows(
        engine,
        "ratings",
        ticket_copies,
        {"id": f"id + {{k}} * {g_off}", "uuid": new_uuid, "ticket_id": f"ticket_id + {{k}} * {t_off}"},
    )
    _copy_rows(engine, "assist_records", record_copies, {"id": f"id + {{k}} * {r_off}", "uuid": new_uuid})
    _copy_rows(
        engine,
        "assist_items",
        record_copies,
        {"id": f"id + {{k}} * {i_off}", "uuid": new_uuid, "record_id": f"record_id + {{k}} * {r_off}"},
    )
    _copy_rows(engine, "assist_helpers", record_copies, {"record_id": f"record_id + {{k}} * {r_off}"}, key="record_id")
    if pg:
        with engine.begin() as conn:  # explicit ids left the sequences behind; a later insert must not collide
            for table in ("tickets", "ratings", "assist_records", "assist_items"):
                conn.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
                )


def analyze(services: Services) -> None:
    with services.engine.begin() as conn:
        conn.execute(text("ANALYZE"))


@contextmanager
def statement_timer(engine: Engine) -> Iterator[dict[str, list[float]]]:
    times: dict[str, list[float]] = defaultdict(list)

    def before(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        conn.info.setdefault("t0", []).append(time.perf_counter())

    def after(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        times[" ".join(statement.split())[:150]].append(time.perf_counter() - conn.info["t0"].pop())

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    try:
        yield times
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "after_cursor_execute", after)


def timed(fn: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def summary(label: str, samples: list[float], target: float | None = None) -> str:
    """Median, 90th percentile and worst run; the target is judged on the median, because one slow run on a
    shared machine says more about the machine than about the query."""
    ordered = sorted(samples)
    med, worst = statistics.median(ordered), ordered[-1]
    p90 = ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]
    mark = "" if target is None else ("  ✓" if med <= target else f"  ✗ (mục tiêu ≤ {target:.0f} ms)")
    return (
        f"  {label:<28} trung vị {med:7.1f} ms   P90 {p90:7.1f} ms   lớn nhất {worst:7.1f} ms   ({len(samples)} lần)"
        f"{mark}"
    )


def run(services: Services, runs: int, profile: bool) -> None:
    tally = services.tally
    with services.sessions() as s:
        first = s.scalar(select(func.min(m.Ticket.business_date)))
        last = s.scalar(select(func.max(m.Ticket.business_date)))
    assert first and last, "no tickets"
    rng = random.Random(7)
    span = (last - first).days
    days = [first + timedelta(days=rng.randint(0, span)) for _ in range(runs)]
    months = sorted({(d.year, d.month) for d in (first + timedelta(days=rng.randint(0, span)) for _ in range(60))})
    months = months[:: max(1, len(months) // 12)][:12]
    cold = timed(lambda: tally.day(last))
    print(f"  lần đầu (một ngày, chưa có bộ nhớ đệm câu lệnh): {cold:.1f} ms")
    print(summary("một ngày, tất cả các điểm", [timed(lambda d=d: tally.day(d)) for d in days], DAY_TARGET_MS))
    print(summary("một ngày, điểm XA", [timed(lambda d=d: tally.day(d, "XA")) for d in days], DAY_TARGET_MS))
    month_times = [timed(lambda ym=ym: tally.month(ym)) for ym in months]
    print(summary("một tháng, tất cả các điểm", month_times, MONTH_TARGET_MS))
    print(summary("một tháng, điểm XA", [timed(lambda ym=ym: tally.month(ym, "XA")) for ym in months], MONTH_TARGET_MS))
    year = Period.between(last - timedelta(days=364), last)
    print(summary("một năm", [timed(lambda: tally.compute(year)) for _ in range(2)]))
    whole = Period.between(first, last)
    print(summary(f"toàn bộ {span + 1} ngày", [timed(lambda: tally.compute(whole))]))
    sample = services.tally.month(months[-1])
    print(
        "  kiểm tra: tháng {} có {} số, {} lượt hỗ trợ, tỷ lệ trực tuyến {}".format(
            sample.period.label, sample.data["queue"]["issued"], sample.data["assist"]["helped"],
            sample.data["assist"]["online_rate_parts"],
        )
    )  # fmt: skip
    for kind, fmt in (("xlsx", "xlsx"), ("pdf", "pdf")):
        print(f"  xuất {kind} một tháng: {timed(lambda fmt=fmt: tally.render(sample, fmt)):.0f} ms")
    if profile:
        with statement_timer(services.engine) as times:
            for ym in months:
                tally.month(ym)
        print("  câu lệnh chậm nhất (một tháng, trung bình):")
        ranked = sorted(times.items(), key=lambda kv: -statistics.mean(kv[1]))[:8]
        for statement, samples in ranked:
            print(f"    {statistics.mean(samples) * 1000:7.2f} ms  {statement}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", help="database URL (reused as it is if it already holds tickets)")
    where.add_argument("--pg", action="store_true", help="start a throwaway PostgreSQL server")
    parser.add_argument("--days", type=int, default=1826)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ticket-copies", type=int, default=2, help="extra copies of tickets and ratings (default 2)")
    parser.add_argument("--record-copies", type=int, default=3, help="extra copies of desk records (default 3)")
    parser.add_argument("--runs", type=int, default=30, help="random days to time")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--keep", action="store_true", help="with --pg: leave the server running and print its URL")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    server = None
    if args.pg:
        from tests.helpers.pgserver import PgServer

        server = PgServer().start()
        url = server.create_database("kiosk_bench")
    else:
        url = args.db or sqlite_url(folder / "bench.sqlite3")
    try:
        services = build_services(_config(url, folder), clock=FixedClock(MOMENT))
        print(f"Cơ sở dữ liệu: {services.engine.dialect.name} {services.engine.dialect.server_version_info or ''}")
        if not _count(services, m.Ticket):
            t = timed(lambda: DemoGenerator(services.sessions, services.clock).generate(args.days, args.seed))
            print(f"  dữ liệu mẫu {args.days} ngày: {_count(services, m.Ticket):,} số, "
                  f"{_count(services, m.AssistRecord):,} lượt hỗ trợ ({t / 1000:.0f} s)")  # fmt: skip
            if args.ticket_copies or args.record_copies:
                t = timed(lambda: scale(services, args.ticket_copies, args.record_copies))
                factors = f"số ×{args.ticket_copies + 1}, lượt hỗ trợ ×{args.record_copies + 1}"
                print(f"  nhân bản: {factors} ({t / 1000:.0f} s)")
            analyze(services)
        print(
            f"  đang có: {_count(services, m.Ticket):,} số, {_count(services, m.AssistRecord):,} lượt hỗ trợ, "
            f"{_count(services, m.AssistItem):,} nội dung, {_count(services, m.Rating):,} đánh giá"
        )
        run(services, args.runs, args.profile)
        services.close()
    finally:
        if server is not None and args.keep:
            print(f"  máy chủ vẫn chạy: {url}\n  dừng: {server.bin}/pg_ctl -D {server.dir}/data stop")
        elif server is not None:
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)  # the temporary SQLite file of a default run goes with it
    return 0


if __name__ == "__main__":
    sys.exit(main())
