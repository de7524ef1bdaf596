"""The first start of an office: many processes on a brand-new database at once, and none of them fails.

Display, desk and kiosk PCs switched on together used to each run the migrations and each seed the shipped
catalogue: on PostgreSQL 18 of 24 issue calls failed. Real OS processes here, started by one signal file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROCESSES = 8

FIRST_START = """
import json, sys, time
from pathlib import Path
from kiosk.app import build_services
from kiosk.config import Config
from tests.helpers.queue_worker import ShiftedClock

url, folder, go, set_up = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
folder.mkdir(parents=True, exist_ok=True)
(folder / "ready").touch()
while not go.exists():
    time.sleep(0.002)
try:
    config = Config(data_dir=folder, config_file=folder / "k.toml", db_url=url, log_dir=folder / "logs")
    services = build_services(config, clock=ShiftedClock(), prepare=True)
    (folder / "prepared").touch()
    # A real install issues nothing before the commune is set up: the test sets it up once, then all issue.
    while not set_up.exists():
        time.sleep(0.002)
    print(json.dumps({"code": services.queue.issue("A").code}))
except Exception as exc:
    (folder / "prepared").touch()
    print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
"""


def _start_together(url: str, tmp_path: Path) -> list[dict[str, str]]:
    go, set_up = tmp_path / "go", tmp_path / "set-up"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", FIRST_START, url, str(tmp_path / f"p{i}"), str(go), str(set_up)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(PROCESSES)
    ]
    deadline = time.monotonic() + 120
    while not all((tmp_path / f"p{i}" / "ready").exists() for i in range(PROCESSES)):
        assert time.monotonic() < deadline, "the processes did not get ready"
        assert all(p.poll() is None for p in procs), [p.communicate() for p in procs if p.poll() is not None]
        time.sleep(0.01)
    go.touch()
    while not all((tmp_path / f"p{i}" / "prepared").exists() for i in range(PROCESSES)):
        assert time.monotonic() < deadline, "the processes did not prepare the database"
        assert all(p.poll() is None for p in procs), [p.communicate() for p in procs if p.poll() is not None]
        time.sleep(0.01)
    _set_up_office(url, tmp_path / "setup")
    set_up.touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def _set_up_office(url: str, folder: Path) -> None:
    from kiosk.app import build_services
    from kiosk.clock import SystemClock
    from kiosk.config import Config
    from tests.helpers import office

    config = Config(data_dir=folder, config_file=folder / "k.toml", db_url=url, log_dir=folder / "logs")
    services = build_services(config, clock=SystemClock(), prepare=False)
    try:
        office.set_up(services)
    finally:
        services.close()


@pytest.mark.slow
def test_eight_processes_on_a_new_database_all_get_a_ticket(db_url: str, tmp_path: Path) -> None:
    results = _start_together(db_url, tmp_path)
    errors = [r["error"] for r in results if "error" in r]
    assert errors == []
    codes = sorted(r["code"] for r in results)
    assert codes == [f"A{n:03d}" for n in range(1, PROCESSES + 1)]  # one catalogue, one numbering, no gap
