"""Reliability probes a benchmark calls: each returns (tried, survived, lost) from real processes and files.

survived: the case ended the way it must (a clear sentence, the right exit code, no silent new database, the
program usable again after); lost: tickets or files that vanished or were silently replaced. SQLite only: the
PostgreSQL cases take a URL (benchmarks/reliability.py starts a throwaway server as the suite does).
Full disk: a real 2 MB tmpfs where the machine allows mounting one (root on Linux); the max_page_count
simulation runs everywhere as well.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import event

Outcome = tuple[int, int, int]

# Waits for a start barrier file, then runs `kiosk ARGS`: the processes start together without any sleep.
_BARRIER_RUNNER = (
    "import os, sys, runpy\n"
    "barrier = sys.argv[1]\n"
    "while not os.path.exists(barrier):\n"
    "    os.sched_yield() if hasattr(os, 'sched_yield') else None\n"
    "sys.argv = ['kiosk', *sys.argv[2:]]\n"
    "runpy.run_module('kiosk', run_name='__main__')\n"
)


def _env(folder: Path, url: str | None = None) -> dict[str, str]:
    env = dict(os.environ, PYTHONUTF8="1", KIOSK_DATA_DIR=str(folder), KIOSK_CONFIG=str(folder / "kiosk.toml"))
    env.pop("KIOSK_DB_URL", None)
    if url:
        env["KIOSK_DB_URL"] = url
    return env


def _kiosk(folder: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, env=_env(folder), timeout=timeout
    )


def _set_up(folder: Path, url: str | None = None) -> None:
    """A new data folder is set up first (the example office), as a commune does before its first ticket."""
    from kiosk.services.setup.example import EXAMPLE

    folder.mkdir(parents=True, exist_ok=True)
    office = folder / "office.toml"
    office.write_text(EXAMPLE, encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "kiosk", "setup", "--file", str(office)],
        capture_output=True,
        text=True,
        env=_env(folder, url) | {"KIOSK_ADMIN_PIN": "2468"},
        timeout=120,
        check=True,
    )


def _set_up_services(services: object) -> None:
    from kiosk.services.setup.example import EXAMPLE
    from kiosk.services.setup.schema import parse
    from kiosk.services.setup.service import SetupService

    s = services
    setup = SetupService(s.sessions, s.clock, s.settings, s.auth)  # type: ignore[attr-defined]
    setup.apply(parse(EXAMPLE, known_services=setup.known_services()), "2468", how="probe")


def _tickets(database: Path) -> int:
    with sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT COUNT(*) FROM tickets").fetchone()[0]


def _clean(result: subprocess.CompletedProcess) -> bool:
    return "Traceback" not in result.stderr and "không bị mất" not in result.stderr


def deleted_file(work: Path) -> Outcome:
    """The SQLite file deleted between two commands: exit 4, a sentence, and no new empty database."""
    folder = work / "deleted"
    _set_up(folder)
    _kiosk(folder, "ticket", "issue", "A")
    database = folder / "kiosk.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    result = _kiosk(folder, "ticket", "issue", "A")
    survived = result.returncode == 4 and _clean(result) and not database.exists()
    return 1, int(survived), int(result.returncode == 0)


def _corruptions() -> dict[str, object]:
    def header(data: bytes) -> bytes:
        return b"XXXXXXXXXXXXXXXX" + data[16:]

    def flip(data: bytes) -> bytes:
        middle = len(data) // 2
        return data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]

    return {
        "bad-header": header,
        "truncated": lambda d: d[: len(d) // 3],
        "zeroed": lambda d: b"\0" * len(d),
        "bit-flip": flip,
        "text": lambda d: "đây là một tệp văn bản\n".encode() * 50,
        "empty": lambda d: b"",
    }


def corrupt_files(work: Path) -> Outcome:
    """Six damaged files: each named as damaged (never 'dữ liệu đã lưu không bị mất'), never silently rebuilt."""
    tried = survived = lost = 0
    for name, damage in _corruptions().items():
        folder = work / f"corrupt-{name}"
        _set_up(folder)
        _kiosk(folder, "ticket", "issue", "A")
        database = folder / "kiosk.sqlite3"
        with sqlite3.connect(database) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        damaged = damage(database.read_bytes())  # type: ignore[operator]
        database.write_bytes(damaged)
        for suffix in ("-wal", "-shm"):
            Path(str(database) + suffix).unlink(missing_ok=True)
        result = _kiosk(folder, "ticket", "issue", "A")
        tried += 1
        untouched = database.read_bytes() == damaged
        # A flipped bit in a page no query reads may go unnoticed by a ticket issue; then it must still work.
        ok_refusal = result.returncode == 4 and _clean(result) and untouched
        ok_unharmed = name == "bit-flip" and result.returncode == 0
        survived += int(ok_refusal or ok_unharmed)
        lost += int(not untouched and result.returncode == 0 and name != "bit-flip")
    return tried, survived, lost


def first_start_race(work: Path, processes: int = 8, url: str | None = None) -> Outcome:
    """`processes` × `kiosk settings list` on a data folder with no database yet, released by one barrier: each
    creates, migrates and seeds it (one at a time, db/setup_lock.py); then each issues a ticket. (Issuing straight
    away is refused until the commune is set up, so the set-up comes between the two rounds.)"""
    folder = work / "race"
    folder.mkdir(parents=True, exist_ok=True)
    barrier = folder / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _BARRIER_RUNNER, str(barrier), "settings", "list"],
            env=_env(folder, url),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(processes)
    ]
    barrier.write_text("go", encoding="utf-8")
    codes = [p.wait(timeout=300) for p in procs]
    for p in procs:
        p.communicate()
    prepared = all(c == 0 for c in codes)
    _set_up(folder, url)
    issues = [_kiosk_at(folder, url, "ticket", "issue", "A") for _ in range(processes)] if prepared else []
    ok = sum(r.returncode == 0 for r in issues)
    if url:
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        with engine.connect() as conn:
            issued = conn.execute(text("SELECT COUNT(*) FROM tickets")).scalar() or 0
        engine.dispose()
    else:
        issued = _tickets(folder / "kiosk.sqlite3") if (folder / "kiosk.sqlite3").exists() else 0
    return processes, ok, max(0, ok - issued)


def stuck_lock(work: Path) -> Outcome:
    """Another connection holds a write transaction: the issue gives up with the busy sentence, then works."""
    folder = work / "stuck"
    _set_up(folder)
    _kiosk(folder, "ticket", "issue", "A")
    database = folder / "kiosk.sqlite3"
    holder = sqlite3.connect(database, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        blocked = _kiosk(folder, "ticket", "issue", "A", timeout=60)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    after = _kiosk(folder, "ticket", "issue", "A")
    survived = blocked.returncode != 0 and "bận" in blocked.stderr and _clean(blocked) and after.returncode == 0
    return 1, int(survived), int(_tickets(database) != 2)


def stuck_lock_postgres(work: Path, url: str) -> Outcome:
    """A frozen desk PC holds the event feed's lock in an open transaction on the office's PostgreSQL: the next
    issue gives up within the bounded wait with the busy sentence, and works once the PC lets go."""
    from sqlalchemy import create_engine, text

    folder = work / "stuck-pg"
    _set_up(folder, url)
    first = _kiosk_at(folder, url, "ticket", "issue", "A")
    engine = create_engine(url)
    with engine.connect() as frozen:
        frozen.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": 0x6B696F736B})
        blocked = _kiosk_at(folder, url, "ticket", "issue", "A", timeout=60)
        frozen.rollback()
    after = _kiosk_at(folder, url, "ticket", "issue", "A")
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT COUNT(*) FROM tickets")).scalar()
    engine.dispose()
    survived = (
        first.returncode == 0 and blocked.returncode != 0 and "bận" in blocked.stderr and _clean(blocked)
        and after.returncode == 0
    )  # fmt: skip
    return 1, int(survived), int(stored != 2)


def _kiosk_at(folder: Path, url: str | None, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, env=_env(folder, url), timeout=timeout
    )


def full_disk_tmpfs(work: Path, attempts: int = 2000) -> Outcome | None:
    """Issue tickets on a database in a 4 MB tmpfs until it is full: the full-disk sentence, and every ticket
    reported issued is stored. None where this machine cannot mount one (not root, not Linux)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None
    from kiosk.app import build_services
    from kiosk.config import Config, sqlite_url
    from kiosk.errors import DiskFull, KioskError

    folder = work / "tmpfs"
    folder.mkdir(parents=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        return None
    try:
        config = Config(
            data_dir=folder, config_file=folder / "kiosk.toml", db_url=sqlite_url(folder / "kiosk.sqlite3"),
            log_dir=work / "logs",
        )  # fmt: skip
        services = build_services(config)
        _set_up_services(services)
        issued, outcome = 0, "none"
        try:
            for _ in range(attempts):
                try:
                    services.queue.issue("A", enforce_hours=False)
                    issued += 1
                except DiskFull:
                    outcome = "diskfull"
                    break
                except KioskError:
                    outcome = "other"
                    break
        finally:
            services.close()
        stored = _tickets(folder / "kiosk.sqlite3")
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
    return 1, int(outcome == "diskfull"), max(0, issued - stored)


def full_disk(work: Path, attempts: int = 400) -> Outcome:
    """Issue until the (simulated) disk is full: its own sentence, and every ticket reported is stored."""
    from kiosk.app import build_services
    from kiosk.config import Config, sqlite_url
    from kiosk.errors import DiskFull, KioskError

    folder = work / "full"
    config = Config(data_dir=folder, config_file=folder / "kiosk.toml", db_url=sqlite_url(folder / "kiosk.sqlite3"))
    services = build_services(config)
    _set_up_services(services)
    try:
        with sqlite3.connect(folder / "kiosk.sqlite3") as conn:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]

        @event.listens_for(services.engine, "connect")
        def _cap(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            dbapi_connection.execute(f"PRAGMA max_page_count={pages + 2}")

        services.engine.dispose()
        issued = 0
        outcome = "none"
        for _ in range(attempts):
            try:
                services.queue.issue("A", enforce_hours=False)
                issued += 1
            except DiskFull:
                outcome = "diskfull"
                break
            except KioskError:
                outcome = "other"
                break
        services.engine.dispose()
        stored = _tickets(folder / "kiosk.sqlite3")
    finally:
        services.close()
    return 1, int(outcome == "diskfull"), max(0, issued - stored)
