"""One speaker per hall: two hall displays on one PostgreSQL database, the setting voice.speaker names the one that
reads calls out; the other shows every call and says in its corner that it does not speak. Each call is spoken
once: checked with two displays in this process (their own engines and speakers) and with two `kiosk run --role
display` processes, whose logs say which display read which call out."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.app import build_services
from kiosk.ui.display.window import DisplayWindow
from tests.conftest import make_config
from tests.ui.test_display import ROOT, _cli, _speaker, open_display  # noqa: F401 - open_display is a fixture

pytestmark = pytest.mark.postgres


def test_two_displays_in_one_hall_speak_each_call_once(qtbot, open_display, pg_url: str, tmp_path: Path, from_template):  # noqa: F811
    url = from_template(pg_url)
    door = build_services(replace(make_config(url, tmp_path / "door"), display_name="Cửa chính"), prepare=False)
    corner = build_services(replace(make_config(url, tmp_path / "corner"), display_name="Góc phòng"), prepare=False)
    try:
        door.settings.set("voice.speaker", "cửa chính")  # typed without capitals: still that display
        heard_door, heard_corner = _speaker(door), _speaker(corner)
        w_door: DisplayWindow = open_display(door)
        w_corner: DisplayWindow = open_display(corner)
        assert w_door.speaks and not w_corner.speaks
        assert not w_door.mute.isVisible()
        assert (
            w_corner.mute.isVisible() and w_corner.mute.text() == "Màn hình này không đọc số (màn hình đọc: cửa chính)"
        )

        for _ in range(2):
            _cli(qtbot, url, "ticket", "issue", "A", "--json")
        _cli(qtbot, url, "queue", "call", "--counter", "1", "--json")
        _cli(qtbot, url, "queue", "call", "--counter", "2", "--json")
        for window in (w_door, w_corner):  # both show both calls …
            qtbot.waitUntil(lambda w=window: [c.code for c in w.calls[:2]] == ["A002", "A001"], timeout=3000)
        # … one reads them out, once each.
        qtbot.waitUntil(lambda: len(heard_door.said) == 2, timeout=3000)
        assert [(a.code, a.counter) for a in heard_door.said] == [("A001", 1), ("A002", 2)]
        assert heard_corner.said == []

        # "Every display" (the setting emptied): both speak, as before this setting existed.
        door.settings.set("voice.speaker", "")
        _cli(qtbot, url, "ticket", "issue", "A", "--json")
        qtbot.waitUntil(lambda: not w_corner.mute.isVisible(), timeout=15_000)  # the board is re-read
        _cli(qtbot, url, "queue", "call", "--counter", "1", "--json")  # finishes A001, calls A003
        qtbot.waitUntil(lambda: len(heard_door.said) == 3 and len(heard_corner.said) == 1, timeout=3000)
    finally:
        door.close()
        corner.close()


def _display_process(url: str, data: Path, name: str) -> subprocess.Popen:
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        KIOSK_DB_URL=url,
        KIOSK_DATA_DIR=str(data),
        KIOSK_DISPLAY_NAME=name,
        QT_QPA_PLATFORM="offscreen",
    )
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--role", "display", "--windowed"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _log(data: Path) -> str:
    path = data / "logs" / "kiosk.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_two_display_processes_read_each_call_once(qtbot, pg_url: str, tmp_path: Path, from_template) -> None:
    url = from_template(pg_url)
    setup = build_services(make_config(url, tmp_path / "setup"), prepare=False)
    try:
        setup.settings.set("voice.speaker", "Loa hội trường")
    finally:
        setup.close()
    one, two = tmp_path / "one", tmp_path / "two"
    procs = [_display_process(url, one, "Loa hội trường"), _display_process(url, two, "Màn hình phụ")]
    try:
        for data, speaks in ((one, "yes"), (two, "no")):
            qtbot.waitUntil(lambda d=data, s=speaks: f"ready; reads calls out: {s}" in _log(d), timeout=60_000)
        for _ in range(3):
            _cli(qtbot, url, "ticket", "issue", "B", "--json")
        for _ in range(3):  # desk 1 finishes its citizen and calls the next one
            _cli(qtbot, url, "queue", "call", "--counter", "1", "--json")
        codes = [("B001", 1), ("B002", 1), ("B003", 1)]
        for data in (one, two):
            qtbot.waitUntil(lambda d=data: all(f"call {c} → counter {n}" in _log(d) for c, n in codes), timeout=10_000)
        for code, counter in codes:
            spoken = [_log(d).count(f"call {code} → counter {counter} read out here") for d in (one, two)]
            assert spoken == [1, 0], (code, spoken)
            assert f"call {code} → counter {counter} shown, not read out: display 'Loa hội trường' speaks" in _log(two)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
