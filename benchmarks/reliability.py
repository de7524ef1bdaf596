"""The reliability figures in one table: `python -m benchmarks reliability`.

Each row is one kind of trouble a commune PC meets, tried for real (processes killed, files deleted and damaged,
a writer frozen mid-transaction, a disk that fills up, crafted bundles, PINs guessed from many processes at once,
notes that smuggle in an ID number or a password): how many times it was tried, how many ended the way they must
(a clear sentence, nothing half-written, the program usable again), and how much was lost.
"""

from __future__ import annotations

import copy
import gzip
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from benchmarks import db_probes

ROOT = Path(__file__).resolve().parent.parent
Outcome = tuple[int, int, int]


def _config(folder: Path, url: str | None):  # noqa: ANN202
    from kiosk.config import Config

    folder.mkdir(parents=True, exist_ok=True)
    url = url or "sqlite:///" + (folder / "kiosk.sqlite3").as_posix()
    return Config(data_dir=folder, config_file=folder / "k.toml", db_url=url, log_dir=folder / "logs")


def sigkill_during_issue(work: Path, kills: int = 12, url: str | None = None) -> Outcome:
    """Kill a process issuing tickets at random moments: every ticket in the database is whole, numbers have no
    duplicates, and the next process goes on from the last stored number."""
    from kiosk.app import build_services
    from tests.helpers.queue_worker import ShiftedClock

    folder = work / "sigkill"
    config = _config(folder, url)
    first = build_services(config, clock=ShiftedClock())
    db_probes._set_up_services(first)
    first.close()
    survived = 0
    for i in range(kills):
        ready = folder / f"ready-{i}"
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.queue_worker", "issue", "--db", config.db_url, "--count", "100000",
             "--ready", str(ready)],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while not ready.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.01)
        time.sleep(0.05 + (i % 5) * 0.03)  # a different moment in the loop each time: what is being measured
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        services = build_services(config, clock=ShiftedClock(), prepare=False)

        with services.engine.connect() as conn:
            rows = conn.execute(text("SELECT code, COUNT(*) FROM tickets GROUP BY point_id, business_date, code")).all()
            last = conn.execute(text("SELECT MAX(number) FROM tickets")).scalar() or 0
        whole = all(count == 1 for _, count in rows)
        next_code = services.queue.issue("A").code
        services.close()
        survived += int(whole and next_code == f"A{last + 1:03d}")
    return kills, survived, 0


def sigkill_during_record(work: Path, kills: int = 8, url: str | None = None) -> Outcome:
    """Kill a desk process saving records at random moments: every record it reported saved is in the
    database, and no record was left without its items or its helper (one transaction each)."""
    from kiosk.app import build_services
    from tests.helpers.queue_worker import ShiftedClock

    folder = work / "sigkill-record"
    config = _config(folder, url)
    first = build_services(config, clock=ShiftedClock())
    db_probes._set_up_services(first)
    first.close()
    survived = lost = 0
    for i in range(kills):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.queue_worker", "record", "--db", config.db_url, "--count", "100000"],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        assert proc.stdout is not None
        reported = [proc.stdout.readline().strip() for _ in range(3 + (i % 4) * 4)]  # kill after a varying count
        proc.send_signal(signal.SIGKILL)
        reported += [line.strip() for line in proc.stdout.read().splitlines()]  # what it printed before dying
        proc.wait()
        services = build_services(config, clock=ShiftedClock(), prepare=False)
        with services.engine.connect() as conn:
            stored = {str(u).replace("-", "") for u in conn.execute(text("SELECT uuid FROM assist_records")).scalars()}
            hollow = conn.execute(text(
                "SELECT COUNT(*) FROM assist_records r WHERE NOT EXISTS "
                "(SELECT 1 FROM assist_items i WHERE i.record_id = r.id) "
                "OR NOT EXISTS (SELECT 1 FROM assist_helpers h WHERE h.record_id = r.id)"
            )).scalar()  # fmt: skip
        services.close()
        missing = [u for u in reported if u and u.replace("-", "") not in stored]
        lost += len(missing)
        survived += int(not missing and hollow == 0)
    return kills, survived, lost


def crafted_bundles(work: Path) -> Outcome:
    """Every crafted village bundle of tests/test_sync_security.py, signed with the right key (so what is tested
    is the validation, not the signature): refused, and nothing written."""
    from sqlalchemy import func, select

    from kiosk.app import build_services
    from kiosk.config import Config
    from kiosk.db import models as m
    from kiosk.errors import InputError
    from kiosk.services.demo import DemoGenerator
    from kiosk.services.sync import signing
    from kiosk.services.sync.service import SyncService
    from tests.helpers.queue_worker import ShiftedClock
    from tests.test_sync_security import CRAFTED

    def services_at(name: str):  # noqa: ANN202
        folder = work / name
        url = "sqlite:///" + (folder / "kiosk.sqlite3").as_posix()
        return build_services(
            Config(data_dir=folder, config_file=folder / "k.toml", db_url=url, log_dir=folder / "logs"),
            clock=ShiftedClock(),
        )

    commune, village = services_at("commune"), services_at("village")
    DemoGenerator(village.sessions, village.clock).generate(5, seed=4)
    code = SyncService(commune.sessions, commune.clock, "XA").pair_point("TH-DONG")
    SyncService(village.sessions, village.clock, "TH-DONG").accept_pairing(code)
    real = work / "real.gz"
    SyncService(village.sessions, village.clock, "TH-DONG").export_bundle(real)
    original = json.loads(gzip.decompress(real.read_bytes()))
    key = signing.key_from_code(code)
    sync = SyncService(commune.sessions, commune.clock, "XA")

    def count() -> int:
        with commune.sessions() as s:
            return sum(s.scalar(select(func.count()).select_from(t)) or 0 for t in (m.AssistRecord, m.GroupSession))

    before = count()
    survived = lost = 0
    for craft in CRAFTED.values():
        bundle = copy.deepcopy(original)
        craft(bundle)
        bundle["signature"] = signing.sign(bundle, key)
        path = work / "crafted.gz"
        path.write_bytes(gzip.compress(json.dumps(bundle, ensure_ascii=False).encode()))
        try:
            sync.import_bundle(path)
        except InputError:
            survived += int(count() == before)
        else:
            lost += 1  # bad data went in
    for tamper in ("unsigned", "tampered", "other key"):
        bundle = copy.deepcopy(original)
        if tamper == "unsigned":
            bundle.pop("signature")
        elif tamper == "tampered":
            bundle["records"][0]["note"] = "sửa giữa đường"
        else:
            bundle["signature"] = signing.sign(bundle, signing.new_key())
        path = work / "tampered.gz"
        path.write_bytes(gzip.compress(json.dumps(bundle, ensure_ascii=False).encode()))
        try:
            sync.import_bundle(path)
        except InputError:
            survived += int(count() == before)
        else:
            lost += 1
    commune.close()
    village.close()
    return len(CRAFTED) + 3, survived, lost


def privacy_probes(_work: Path) -> Outcome:
    """The notes of tests/test_privacy_filter.py: secrets refused, ordinary notes kept (a refused ordinary note
    counts as a failure to survive; a secret let through as lost)."""
    from kiosk.errors import InputError
    from kiosk.services.access.privacy import check_no_secrets
    from tests.test_privacy_filter import PASSED, REFUSED

    survived = lost = 0
    for note in REFUSED:
        try:
            check_no_secrets(note, "ghi chú")
            lost += 1
        except InputError:
            survived += 1
    for note in PASSED:
        try:
            check_no_secrets(note, "ghi chú")
            survived += 1
        except InputError:
            pass
    return len(REFUSED) + len(PASSED), survived, lost


def pin_guessing(work: Path) -> Outcome:
    """8 processes guessing one account's PIN at once: at most 5 guesses are checked before the lock."""
    from benchmarks.pin_probes import pin_race

    return pin_race(work)


Probe = Callable[[Path], Outcome | None]

ROWS: list[tuple[str, Probe]] = [
    ("SIGKILL during ticket issue", sigkill_during_issue),
    ("SIGKILL during record saving", sigkill_during_record),
    ("SQLite file deleted between commands", db_probes.deleted_file),
    ("damaged database files (6 kinds)", db_probes.corrupt_files),
    ("first start, 8 processes on a new database", db_probes.first_start_race),
    ("writer frozen mid-transaction", db_probes.stuck_lock),
    ("full disk (a 4 MB tmpfs)", db_probes.full_disk_tmpfs),
    ("full disk (SQLite max_page_count)", db_probes.full_disk),
    ("crafted and tampered village bundles", crafted_bundles),
    ("PIN guessed from 8 processes at once", pin_guessing),
    ("privacy probes (secrets refused, notes kept)", privacy_probes),
]


def postgres_rows(server: object) -> list[tuple[str, Probe]]:
    """The cases that differ on an office's PostgreSQL server, each on a new empty database of `server`."""
    from benchmarks.pin_probes import pin_race

    counter = iter(range(1000))

    def fresh() -> str:
        return server.create_database(f"reliability_{next(counter)}")  # type: ignore[attr-defined]

    return [
        ("PostgreSQL: SIGKILL during ticket issue", lambda w: sigkill_during_issue(w, url=fresh())),
        ("PostgreSQL: SIGKILL during record saving", lambda w: sigkill_during_record(w, url=fresh())),
        ("PostgreSQL: first start, 8 processes", lambda w: db_probes.first_start_race(w, url=fresh())),
        ("PostgreSQL: desk PC frozen holding a lock", lambda w: db_probes.stuck_lock_postgres(w, fresh())),
        ("PostgreSQL: PIN guessed from 8 processes", lambda w: pin_race(w, fresh())),
    ]


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows = list(ROWS)
    server = None
    from tests.helpers.pgserver import PgServer, find_pg_bin

    if "--no-postgres" not in argv and find_pg_bin() is not None:
        server = PgServer().start()
        rows += postgres_rows(server)
    print(f"{'case':<48} {'tried':>6} {'survived':>9} {'lost':>5} {'time':>7}")
    worst = 0
    try:
        for title, probe in rows:
            with tempfile.TemporaryDirectory(prefix="kiosk-reliability-") as tmp:
                started = time.perf_counter()
                outcome = probe(Path(tmp))
                took = time.perf_counter() - started
            if outcome is None:
                print(f"{title:<48} {'-':>6} {'-':>9} {'-':>5} {took:>6.1f}s  (cannot mount a tmpfs here: not root)")
                continue
            tried, survived, lost = outcome
            flag = "" if (survived == tried and lost == 0) else "  <-- not held"
            if tried == 0:
                flag = "  (not measured on this build)"
            elif flag:
                worst = 1
            print(f"{title:<48} {tried:>6} {survived:>9} {lost:>5} {took:>6.1f}s{flag}", flush=True)
    finally:
        if server is not None:
            server.stop()
    if server is None:
        print("PostgreSQL rows skipped: no PostgreSQL server binaries (python3 bootstrap.py test installs them)")
    return worst


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
