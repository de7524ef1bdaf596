"""The CLI as a person (or a script) meets it: real processes, Vietnamese sentences, exit codes, no tracebacks."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest


def kiosk(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> subprocess.CompletedProcess:
    full_env = dict(os.environ, PYTHONUTF8="1", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, env=full_env, input=input, timeout=120
    )


def test_help_lists_commands() -> None:
    result = kiosk("--help")
    assert result.returncode == 0
    for command in ("run", "db", "demo", "staff", "catalogue", "screenshot"):
        assert command in result.stdout


def test_a_command_named_parses_without_the_others_and_an_unknown_one_lists_them() -> None:
    from kiosk.cli import build_parser

    def commands(argv: list[str]) -> set[str]:
        (sub,) = [a for a in build_parser(argv)._actions if isinstance(a, argparse._SubParsersAction)]
        return set(sub.choices)

    # A parser per command costs every start ~20 ms (a screen's too): `kiosk run` builds only its own.
    assert commands(["run", "--role", "kiosk"]) == {"run"}
    assert {"run", "queue", "db", "demo"} <= commands(["--help"])
    unknown = kiosk("qeue", "status")
    assert unknown.returncode == 2 and "'queue'" in unknown.stderr, unknown.stderr


# The first two tests run the real `kiosk db upgrade` on a new file; the others start from a copy of the template.


def test_db_upgrade_then_current(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'k.sqlite3').as_posix()}"
    up = kiosk("db", "upgrade", env={"KIOSK_DB_URL": url})
    assert up.returncode == 0, up.stderr
    current = kiosk("db", "current", "--json", env={"KIOSK_DB_URL": url})
    data = json.loads(current.stdout)
    assert data["current"] == data["head"] and data["up_to_date"] is True


def test_default_database_lives_in_the_data_dir(tmp_path: Path) -> None:
    result = kiosk("db", "upgrade", env={"KIOSK_DATA_DIR": str(tmp_path / "dữ liệu")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "dữ liệu" / "kiosk.sqlite3").is_file()


def test_demo_and_staff(tmp_path: Path, from_template: Callable[[str], str]) -> None:
    env = {"KIOSK_DB_URL": from_template(f"sqlite:///{(tmp_path / 'k.sqlite3').as_posix()}")}
    demo = kiosk("demo", "--days", "3", "--seed", "5", "--json", env=env)
    assert demo.returncode == 0, demo.stderr
    assert json.loads(demo.stdout)["days"] == 3
    added = kiosk("staff", "add", "Vũ Thị Thu", "--role", "team_member", env=env, input="8642\n")
    assert added.returncode == 0, added.stderr
    listed = json.loads(kiosk("staff", "list", "--json", env=env).stdout)
    assert "Vũ Thị Thu" in [s["name"] for s in listed]
    bad_pin = kiosk("staff", "add", "Ai Đó", "--role", "officer", env=env, input="12\n")
    assert bad_pin.returncode == 2 and "4 đến 8 chữ số" in bad_pin.stderr


@pytest.mark.parametrize(
    "env, words",
    [
        ({"KIOSK_DB_URL": "postgresql+psycopg://kiosk:secret@127.0.0.1:1/kiosk"}, "Không kết nối được"),
        ({"KIOSK_DB_URL": "mysql://x/y"}, "không hợp lệ"),
        ({"KIOSK_DATA_DIR": "/etc/hostname/kiosk"}, "Không ghi được vào thư mục dữ liệu"),
        ({"KIOSK_DB_URL": "sqlite:////etc/hostname/kiosk.sqlite3"}, "Không mở được tệp cơ sở dữ liệu"),
    ],
)
def test_bad_environment_gives_one_vietnamese_sentence(env: dict[str, str], words: str) -> None:
    result = kiosk("db", "upgrade", env=env)
    assert result.returncode != 0
    assert words in result.stderr
    assert "Traceback" not in result.stderr and "secret" not in result.stderr


def test_newer_database_is_refused(tmp_path: Path, from_template: Callable[[str], str]) -> None:
    import sqlite3

    db = tmp_path / "k.sqlite3"
    env = {"KIOSK_DB_URL": from_template(f"sqlite:///{db.as_posix()}")}
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    result = kiosk("demo", "--days", "1", env=env)
    assert result.returncode == 1 and "phiên bản mới hơn" in result.stderr and "Traceback" not in result.stderr


def test_malformed_catalogue_via_cli(tmp_path: Path) -> None:
    folder = tmp_path / "cat"
    folder.mkdir()
    (folder / "queue.yaml").write_text("queue_services:\n- prefix: a1\n  name: Sai\n", encoding="utf-8")
    result = kiosk("catalogue", "check", "--dir", str(folder), "--guides", str(tmp_path / "none"))
    assert result.returncode == 2
    assert "queue.yaml, dòng 2" in result.stderr and "prefix" in result.stderr


def test_settings_set_and_list(tmp_path: Path, from_template: Callable[[str], str]) -> None:
    env = {"KIOSK_DB_URL": from_template(f"sqlite:///{(tmp_path / 'k.sqlite3').as_posix()}")}
    assert kiosk("settings", "set", "office.hotline", "0203 3888 999", env=env).returncode == 0
    hours = '{"mon-fri": ["07:00-11:00"]}'
    assert kiosk("settings", "set", "queue.opening_hours", hours, env=env).returncode == 0
    values = json.loads(kiosk("settings", "list", "--json", env=env).stdout)
    assert values["office.hotline"] == "0203 3888 999"
    assert values["queue.opening_hours"] == {"mon-fri": ["07:00-11:00"]}
    wrong_hours = kiosk("settings", "set", "queue.opening_hours", '{"mon-fri": ["7h-11h"]}', env=env)
    assert wrong_hours.returncode == 2 and "Giờ làm việc" in wrong_hours.stderr
    bad = kiosk("settings", "set", "kiosk.idle_reset_s", "lâu", env=env)
    assert bad.returncode == 2 and "không hợp lệ" in bad.stderr


def test_output_cut_short_by_a_pipe_is_not_an_error(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    from_template: Callable[[str], str],
) -> None:
    """`kiosk queue status --json | head -1`: the reader leaves early; no crash sentence, exit 0."""
    from kiosk.cli import main

    monkeypatch.setenv("KIOSK_DB_URL", from_template(f"sqlite:///{(tmp_path / 'k.sqlite3').as_posix()}"))
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody reads any more: the first write raises BrokenPipeError
    with capsys.disabled():
        stream = open(write_end, "w", buffering=1, encoding="utf-8")  # noqa: SIM115 - closed below
        monkeypatch.setattr(sys, "stdout", stream)
        assert main(["settings", "list"]) == 0
        monkeypatch.undo()
    stream.close()
