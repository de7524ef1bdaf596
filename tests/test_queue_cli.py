"""`kiosk ticket …` and `kiosk queue …`: the JSON keys other tools read, exit codes, Vietnamese errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.config import sqlite_url

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def kiosk(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    from_template: Callable[[str], str],
):
    monkeypatch.setenv("KIOSK_DB_URL", from_template(sqlite_url(tmp_path / "cli.sqlite3")))

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _json(result: tuple[int, str, str]) -> dict:
    code, out, err = result
    assert code == 0, err
    return json.loads(out)


def test_issue_and_call_contract(kiosk) -> None:
    first = _json(kiosk("ticket", "issue", "A", "--json"))
    assert {k: first[k] for k in ("code", "number", "service", "priority", "waiting_ahead", "estimated_wait_min")} == {
        "code": "A001",
        "number": 1,
        "service": "A",
        "priority": None,
        "waiting_ahead": 0,
        "estimated_wait_min": 0,
    }
    assert len(first["business_date"]) == 10 and first["business_date"][4] == "-"
    second = _json(kiosk("ticket", "issue", "A", "--priority", "nguoi_cao_tuoi", "--json"))
    assert (second["code"], second["priority"], second["waiting_ahead"]) == ("A002", "nguoi_cao_tuoi", 0)
    third = _json(kiosk("ticket", "issue", "A", "--json"))
    assert (third["waiting_ahead"], third["estimated_wait_min"]) == (2, 24)

    called = _json(kiosk("queue", "call", "--counter", "1", "--json"))
    assert (called["code"], called["counter"], called["service"]) == ("A002", 1, "A")
    assert called["priority"] == "nguoi_cao_tuoi"
    status = _json(kiosk("queue", "status", "--json"))
    assert [w["code"] for w in status["waiting"]] == ["A001", "A003"]
    assert set(status["waiting"][0]) >= {"code", "service", "priority", "issued_at"}
    assert [(s["code"], s["counter"]) for s in status["serving"]] == [("A002", 1)]

    assert _json(kiosk("queue", "call", "--counter", "2", "--json"))["code"] == "A001"
    assert _json(kiosk("queue", "call", "--counter", "2", "--json"))["code"] == "A003"
    nobody = _json(kiosk("queue", "call", "--counter", "2", "--json"))
    assert (nobody["code"], nobody["counter"], nobody["finished"]) == (None, 2, "A003")


def test_bad_input_exits_2_with_a_vietnamese_sentence(kiosk) -> None:
    code, out, err = kiosk("ticket", "issue", "Q", "--json")
    assert (code, out) == (2, "") and "Không có lĩnh vực xếp hàng 'Q'" in err and "Traceback" not in err
    code, out, err = kiosk("ticket", "issue", "A", "--priority", "vip")
    assert code == 2 and "nhóm ưu tiên" in err
    code, _, err = kiosk("queue", "call", "--counter", "77")
    assert code == 2 and "quầy số 77" in err


def test_desk_commands(kiosk) -> None:
    for _ in range(3):
        kiosk("ticket", "issue", "B")
    code, out, _ = kiosk("queue", "pause", "--counter", "1")
    assert code == 0 and "tạm nghỉ" in out
    code, _, err = kiosk("queue", "call", "--counter", "1")
    assert code == 3 and "Quầy số 1 đang tạm nghỉ" in err
    assert kiosk("queue", "open", "--counter", "1")[0] == 0
    code, out, _ = kiosk("queue", "call", "--counter", "1")
    assert code == 0 and "Quầy 1 mời số B001" in out
    assert "Đã đọc lại số B001" in kiosk("queue", "recall", "--counter", "1")[1]
    assert "Đã cho tạm chờ số B001" in kiosk("queue", "park", "--counter", "1")[1]
    assert "B002" in kiosk("queue", "call", "--counter", "1")[1]
    assert "Đã bỏ qua số B002" in kiosk("queue", "skip", "--counter", "1")[1]
    assert "Đã xếp số B002 lên đầu" in kiosk("ticket", "return", "B002")[1]
    resumed = _json(kiosk("queue", "call", "--counter", "1", "--code", "B001", "--json"))
    assert (resumed["code"], resumed["resumed"]) == ("B001", True)
    moved = _json(kiosk("queue", "transfer", "--counter", "1", "--service", "G", "--json"))
    assert (moved["code"], moved["service"], moved["transferred_from"]) == ("B001", "G", "B")
    assert "Đã huỷ số B003" in kiosk("ticket", "cancel", "B003")[1]
    assert "B002" in kiosk("queue", "call", "--counter", "1")[1]
    assert "Đã kết thúc số B002" in kiosk("queue", "finish", "--counter", "1")[1]
    rated = _json(kiosk("ticket", "rate", "B002", "hai_long", "--json"))
    assert rated["level_name"] == "Hài lòng"
    shown = _json(kiosk("ticket", "show", "B001", "--json"))
    assert (shown["status"], shown["service"]) == ("waiting", "G")
    desks = _json(kiosk("queue", "counters", "--json"))
    assert [d["counter"] for d in desks] == [1, 2, 3, 4, 5] and desks[0]["state"] == "open"
    assert "đã đóng" in kiosk("queue", "close", "--counter", "1")[1]
    code, out, _ = kiosk("queue", "events", "--after", "0", "--limit", "3")
    lines = [json.loads(line) for line in out.splitlines()]
    assert [e["kind"] for e in lines] == ["ticket_issued"] * 3 and lines[0]["payload"]["code"] == "B001"


def test_the_installed_entry_point_runs(tmp_path: Path, from_template: Callable[[str], str]) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), KIOSK_DB_URL=from_template(sqlite_url(tmp_path / "sub.sqlite3")))
    cmd = [sys.executable, "-m", "kiosk", "ticket", "issue", "H", "--json"]
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["code"] == "H001"
