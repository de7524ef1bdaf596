"""db/changes.py: an idle screen learns that something was committed without querying, on SQLite and PostgreSQL."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from kiosk.app import Services
from kiosk.db.changes import FALLBACK_S, ChangeWatch


def _eventually(check: Callable[[], bool], timeout: float = 5.0) -> bool:
    """True once `check()` is (a condition waited on, with a deadline)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return False


def test_a_commit_elsewhere_is_seen_and_quiet_stays_quiet(any_services: Services) -> None:
    watch = ChangeWatch(any_services.engine)
    clock = [0.0]
    follower = watch.follower(now=lambda: clock[0])
    other = watch.follower(now=lambda: clock[0])
    try:
        assert _eventually(follower.changed), "the first look is always a change"
        assert _eventually(other.changed)
        if watch.mode == "listen":
            # Settle: the listener's own start counts as one change.
            _eventually(lambda: not follower.changed(), timeout=2)
            other.changed()
        assert not follower.changed(), "nothing committed: no reason to query"
        any_services.queue.issue("A", enforce_hours=False)  # another connection of the pool commits
        assert _eventually(follower.changed), f"{watch.mode}: a commit must be seen"
        assert not follower.changed(), "seen once, then quiet again"
        assert _eventually(other.changed), "each screen of the process sees every change"
        clock[0] += FALLBACK_S
        assert follower.changed(), "the slow poll: a look every FALLBACK_S seconds even without a sign"
    finally:
        watch.close()


def test_a_moved_sqlite_file_makes_every_look_a_change(services: Services, tmp_path: Path) -> None:
    watch = ChangeWatch(services.engine)
    follower = watch.follower()
    try:
        assert follower.changed()
        assert not follower.changed()
        database = Path(services.engine.url.database or "")
        database.rename(tmp_path / "away.sqlite3")
        # The screen must then query (and fail, and say "mất kết nối") instead of trusting its own old handle.
        assert follower.changed() and follower.changed()
    finally:
        watch.close()
