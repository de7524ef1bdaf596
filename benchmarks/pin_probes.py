"""PIN guessing from many processes at once: how many wrong PINs are checked before the account locks.

8 OS processes, started together by a barrier file, each try 3 wrong PINs on the same account. The failure
count and the lock live in one write transaction with the check (SELECT … FOR UPDATE on PostgreSQL, BEGIN
IMMEDIATE on SQLite), so however the processes interleave, at most 5 PINs are compared before the lock.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parent.parent
PROCESSES = 8
GUESSES_EACH = 3
Outcome = tuple[int, int, int]

_GUESSER = """
import json, sys, time
from pathlib import Path
from kiosk.app import build_services
from kiosk.config import Config
from kiosk.errors import AuthError, KioskError
url, folder, go, staff_id = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
config = Config(data_dir=folder, config_file=folder / "k.toml", db_url=url, log_dir=folder / "logs")
services = build_services(config, prepare=False)
(folder / f"ready-{sys.argv[5]}").touch()
while not go.exists():
    time.sleep(0.001)
answers = []
for pin in ("1111", "2222", "3333"):
    try:
        services.auth.login(staff_id, pin)
        answers.append("accepted")
    except AuthError as exc:
        answers.append("locked" if "tạm khoá" in exc.message and "còn" not in exc.message else "wrong")
    except KioskError as exc:
        answers.append("busy: " + exc.message)
print(json.dumps(answers))
"""


def pin_race(work: Path, url: str | None = None) -> Outcome:
    """(guesses tried, 1 if at most 5 were checked and none accepted, PINs checked beyond the fifth)."""
    from kiosk.app import build_services
    from kiosk.config import Config
    from kiosk.db import models as m

    work.mkdir(parents=True, exist_ok=True)
    url = url or "sqlite:///" + (work / "kiosk.sqlite3").as_posix()
    config = Config(data_dir=work, config_file=work / "k.toml", db_url=url, log_dir=work / "logs")
    services = build_services(config)
    staff = services.auth.add_staff("Quản trị viên", "admin", "9753")
    go = work / "go"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _GUESSER, url, str(work), str(go), str(staff.id), str(i)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for i in range(PROCESSES)
    ]
    deadline = time.monotonic() + 120
    while not all((work / f"ready-{i}").exists() for i in range(PROCESSES)):
        if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
            raise RuntimeError("guessers did not start: " + "; ".join(p.communicate()[1][-300:] for p in procs))
        time.sleep(0.005)
    go.touch()
    answers: list[str] = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        if proc.returncode != 0:
            raise RuntimeError(err[-500:])
        answers += json.loads(out.strip().splitlines()[-1])
    with services.sessions() as session:
        checked = (
            session.scalar(
                select(func.count())
                .select_from(m.AuditEntry)
                .where(m.AuditEntry.action.in_(("login_failed", "login_locked")), m.AuditEntry.staff_id == staff.id)
            )
            or 0
        )
    services.close()
    held = checked <= 5 and "accepted" not in answers
    return len(answers), int(held) * len(answers), max(0, checked - 5)
