"""The fast start: a screen paints its real window from the snapshot it left, before the database stack is
imported, then binds to the services; a tap made in between is honoured; a new database opens the wizard at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from kiosk.app import Services
from kiosk.cli.run_cmd import fast_snapshot, new_database
from kiosk.clock import to_local
from kiosk.config import Config
from kiosk.services.screen_snapshot import Snapshot, database_key, read_snapshot, snapshot_path, write_snapshot
from kiosk.ui import worker
from kiosk.ui.app import make_application
from kiosk.ui.citizen.home_data import home_from_snapshot
from kiosk.ui.citizen.tile import ICONS_LATER
from kiosk.ui.citizen.window import KioskWindow
from kiosk.ui.display.board_data import board_from_snapshot
from kiosk.ui.display.window import DisplayWindow
from kiosk.ui.fast_start import FastStart
from kiosk.ui.fresh_start import FreshStart
from tests.ui.citizen_helpers import open_kiosk, tickets
from tests.ui.setup_helpers import go_to, is_set_up, tap

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


def _snapshot_of(services: Services, role: str, qtbot: QtBot) -> Snapshot:
    config = services.config
    key = database_key(config.db_url, config.point_code)
    qtbot.waitUntil(lambda: read_snapshot(config.data_dir, role, key) is not None, timeout=5000)
    snapshot = read_snapshot(config.data_dir, role, key)
    assert snapshot is not None
    return snapshot


def test_the_kiosk_paints_its_snapshot_then_binds_and_honours_the_first_tap(qtbot: QtBot, services: Services) -> None:
    live = open_kiosk(qtbot, services)
    names = {prefix: tile.title for prefix, tile in live.home.tiles.items()}
    snapshot = _snapshot_of(services, "kiosk", qtbot)
    assert snapshot.language == "vi"
    live.hide()

    preview = home_from_snapshot(snapshot.body, to_local(services.clock.now()))
    assert preview is not None
    window = KioskWindow(None, locked=False, preview=preview)
    qtbot.addWidget(window)
    assert window.property(ICONS_LATER), "the first frame paints the words; the icons follow it"
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert not window.bound
    qtbot.waitUntil(lambda: not window.property(ICONS_LATER), timeout=3000)
    assert {prefix: tile.title for prefix, tile in window.home.tiles.items()} == names
    assert window.top.title.text() == live.top.title.text() != ""
    assert all(tile.badge is None for tile in window.home.tiles.values()), "no count from another hour"

    tap(qtbot, window.home.tiles["A"])
    assert window.home.tiles["A"].active, "the tap is seen: its tile stays lit"
    assert tickets(services) == []
    with qtbot.waitSignal(window.ticket_shown, timeout=5000) as shown:
        window.bind(services)
    assert shown.args[0].code.startswith("A")
    assert len(tickets(services)) == 1, "one tap, one ticket"
    assert window.home.tiles["A"].badge is not None


def test_the_hall_display_paints_its_snapshot_board_of_today_and_only_the_names_of_another_day(
    qtbot: QtBot, services: Services
) -> None:
    make_application()
    services.queue.issue("A", enforce_hours=False)
    services.queue.issue("B", enforce_hours=False)
    services.queue.call_next(1)
    live = DisplayWindow(services, windowed=True)
    qtbot.addWidget(live)
    live.resize(1366, 768)
    live.show()
    qtbot.waitUntil(lambda: live.hero.code.text() == "A001", timeout=5000)
    snapshot = _snapshot_of(services, "display", qtbot)
    live.stop()
    today = live.day
    assert today is not None

    board = board_from_snapshot(snapshot.body, today)
    assert board is not None
    window = DisplayWindow(None, preview=board, windowed=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert not window.bound
    assert window.office.text() == live.office.text() != ""
    assert list(window.desks.rows) == list(live.desks.rows)
    assert window.hero.code.text() == "A001" and window.desks.rows[1].serving.text() == "A001"
    assert window.waiting.count_text("B") == live.waiting.count_text("B") == "1"
    assert window.time.text() != "", "the clock runs before the services"

    other_day = board_from_snapshot(snapshot.body, today + timedelta(days=1))
    assert other_day is not None
    stale = DisplayWindow(None, preview=other_day, windowed=True, start=False)
    qtbot.addWidget(stale)
    assert list(stale.desks.rows) == list(live.desks.rows), "the desks' names hold from day to day"
    assert stale.hero.code.text() == "" and stale.desks.rows[1].serving.text() == "—"
    assert stale.waiting.count_text("B") == "", "yesterday's count is not shown"

    window.bind(services)
    qtbot.waitUntil(lambda: window.feed is not None and window.feed.last_id is not None, timeout=5000)
    assert window.bound and window.waiting.count_text("B") == "1"
    window.stop()
    assert worker.wait_for_tasks(15_000)


@pytest.mark.parametrize("role", ["kiosk", "display"])
def test_the_window_of_a_fast_start_imports_no_database_stack(tmp_path: Path, role: str) -> None:
    body = {
        "kiosk": {
            "office_name": "Trung tâm Phục vụ hành chính công xã Tân Phú",
            "office_short": "TTPVHCC xã Tân Phú",
            "tiles": [["A", "Tư pháp – Hộ tịch", "Khai sinh", "family"]],
            "groups": [["nguoi_cao_tuoi", "Người cao tuổi", "elderly"]],
            "issuing_open": True,
            "hours_text": "Thứ Hai–Thứ Sáu 07:30–11:30",
            "next_open": None,
            "large_text": False,
        },
        "display": {
            "business_date": "2026-11-24",
            "office": "TTPVHCC xã Tân Phú",
            "desks": [[1, "Quầy 1", "open", "A001", "A", "Tư pháp"]],
            "services": [["A", "Tư pháp – Hộ tịch", 3]],
            "recent": [["A001", 1, "Tư pháp"]],
            "notices": ["Giờ làm việc: 07:30–11:30."],
        },
    }[role]
    write_snapshot(tmp_path, role, "k", language="vi", set_up=True, body=body)
    code = (
        "import json, sys\n"
        "from kiosk.services.screen_snapshot import read_snapshot\n"
        "from kiosk.ui.fast_start import preview_window\n"
        "from kiosk.ui.app import make_application, show_full_screen\n"
        "app = make_application(language='vi')\n"
        f"snapshot = read_snapshot(__import__('pathlib').Path({str(tmp_path)!r}), {role!r}, 'k')\n"
        f"window = preview_window({role!r}, snapshot, False)\n"  # locked and full screen, as `kiosk run --role`
        "show_full_screen(window); app.processEvents(); window.grab()\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'psycopg')"
        " or m in ('kiosk.app', 'kiosk.db.models'))\n"
        "from PySide6 import QtCore\n"
        "print(json.dumps({'heavy': heavy, 'title': window.windowTitle(), 'qt': 'Qt' in vars(QtCore),"
        " 'svg': 'PySide6.QtSvg' in sys.modules}))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["heavy"] == [], f"imported before the first paint: {result['heavy']}"
    # The first touch of PySide6's `Qt` namespace builds its 94 enum classes (~45 ms): both screens paint without it
    # (kiosk/ui/lean_qt.py). The kiosk's icons, and QtSvg with them, follow its first frame.
    assert not result["qt"], f"the {role}'s first frame built PySide6's Qt namespace"
    assert not result["svg"], "QtSvg imported before the first paint"


def _config(data: Path, url: str | None = None) -> Config:
    return Config(data_dir=data, config_file=data / "kiosk.toml", db_url=url or f"sqlite:///{data.as_posix()}/k.db")


def test_the_start_is_chosen_from_the_files_alone(tmp_path: Path) -> None:
    config = _config(tmp_path)
    key = database_key(config.db_url, config.point_code)
    assert new_database(config), "no file, no identity, no backup: certainly never set up"
    assert fast_snapshot(config, "kiosk") is None
    (tmp_path / "k.db").write_bytes(b"SQLite format 3\x00")
    assert not new_database(config)
    assert fast_snapshot(config, "kiosk") is None, "no snapshot yet: the ordinary start"
    write_snapshot(tmp_path, "kiosk", key, language="vi", set_up=False, body={})
    assert fast_snapshot(config, "kiosk") is None, "not set up when it was written: the ordinary start decides"
    write_snapshot(tmp_path, "kiosk", key, language="vi", set_up=True, body={})
    assert fast_snapshot(config, "kiosk") is not None and fast_snapshot(config, None) is not None
    assert fast_snapshot(config, "desk") is None and fast_snapshot(config, "display") is None
    (tmp_path / "k.db").unlink()
    assert fast_snapshot(config, "kiosk") is None, "a lost database is said at once by the ordinary start"
    (tmp_path / "k.db.id").write_text("x", encoding="utf-8")
    assert not new_database(config), "this folder had a database: never silently made anew"
    (tmp_path / "k.db.id").unlink()
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / "kiosk-20261124-070000-daily.sqlite3").write_bytes(b"x")
    assert not new_database(config)
    assert not new_database(_config(tmp_path, "postgresql+psycopg://u@server/kiosk"))


def test_a_snapshot_that_no_longer_holds_gives_way_to_the_wizard(qtbot: QtBot, fresh_services: Services) -> None:
    app = make_application()
    data = fresh_services.config.data_dir
    key = database_key(fresh_services.config.db_url, fresh_services.config.point_code)
    write_snapshot(data, "kiosk", key, language="vi", set_up=True, body={})  # a neutral home
    snapshot = read_snapshot(data, "kiosk", key)
    assert snapshot is not None
    run = FastStart(
        app, snapshot, "kiosk", counter=None, windowed=True, build=lambda: fresh_services, start_web=lambda s, r: None
    )
    preview = run.show()  # not handed to qtbot: the flow deletes it once it gives way
    qtbot.waitUntil(lambda: run.first_run is not None and run.first_run.wizard.isVisible(), timeout=10_000)
    assert run.first_run is not None
    qtbot.addWidget(run.first_run.wizard)
    assert run.windows == []
    assert not shiboken6.isValid(preview) or not preview.isVisible(), "the snapshot's window gave way"
    run.services = None  # the fixture closes its services itself
    run.first_run.close()


def test_a_new_database_opens_the_wizard_first_and_binds_it_when_made(qtbot: QtBot, fresh_services: Services) -> None:
    app = make_application()
    built: list[bool] = []

    def build() -> Services:
        built.append(True)
        return fresh_services

    worker.run_inline(True)
    try:
        run = FreshStart(
            app, fresh_services.config, "kiosk", counter=None, windowed=True, build=build, start_web=lambda s, r: None
        )
        wizard = run.first_run.wizard
        qtbot.addWidget(wizard)
        assert not wizard.bound and built == []
        run.show()
        qtbot.waitUntil(lambda: run.services is not None, timeout=10_000)
        assert built == [True] and wizard.bound and wizard.isVisible()
        assert wizard.counters.counter_rows, "the services' letters came with the database"
        go_to(qtbot, wizard, "summary")
        with qtbot.waitSignal(wizard.completed, timeout=10_000):
            tap(qtbot, wizard.next)
        for window in run.first_run.windows:
            qtbot.addWidget(window)
        assert is_set_up(fresh_services)
        assert [type(w).__name__ for w in run.first_run.windows] == ["KioskWindow"]
    finally:
        worker.run_inline(False)
    run.services = None  # the fixture closes its services itself
    run.finish()


def test_the_snapshot_file_is_whole_json(qtbot: QtBot, services: Services) -> None:
    open_kiosk(qtbot, services)
    _snapshot_of(services, "kiosk", qtbot)
    path = snapshot_path(services.config.data_dir, "kiosk")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["set_up"] is is_set_up(services), "the snapshot says what the database says"
    assert all(isinstance(tile, list) and len(tile) == 4 for tile in document["body"]["tiles"])


def test_the_hall_clock_wakes_once_a_minute_just_after_it_turns(qtbot: QtBot) -> None:
    from datetime import datetime

    from kiosk.ui.display.window import CLOCK_LATE_MS, ms_to_next_minute

    assert ms_to_next_minute(datetime(2026, 11, 24, 9, 41, 59, 990_000)) == 10 + CLOCK_LATE_MS
    assert ms_to_next_minute(datetime(2026, 11, 24, 9, 41, 0, 0)) == 60_000 + CLOCK_LATE_MS
    make_application()
    window = DisplayWindow(None, windowed=True)
    qtbot.addWidget(window)
    assert window._clock.isActive() and window._clock.isSingleShot()
    assert 0 < window._clock.remainingTime() <= 60_000 + CLOCK_LATE_MS, "not every second: the time shows minutes"
    window.stop()
    assert not window._clock.isActive()
