"""One copy per screen, restart after a crash with a limit, autostart with this installation's real program."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.deploy import autostart, instance, supervisor
from kiosk.errors import AlreadyRunning

HOLD_LOCK = """
import sys
from pathlib import Path
from kiosk.deploy import instance
lock = instance.acquire(Path(sys.argv[1]), sys.argv[2])
print("ready", flush=True)
sys.stdin.readline()
"""


def _hold(data_dir: Path, role: str) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data_dir), role], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    return holder


def test_second_copy_of_a_screen_says_so_and_exits(tmp_path: Path) -> None:
    holder = _hold(tmp_path, "kiosk")
    try:
        env = dict(os.environ, KIOSK_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
        env.pop("KIOSK_DB_URL", None)
        second = subprocess.run(
            [sys.executable, "-m", "kiosk", "run", "--role", "kiosk"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert second.returncode == AlreadyRunning.exit_code
        assert "đang chạy" in second.stderr and str(holder.pid) in second.stderr
        assert "Traceback" not in second.stderr
        # Nothing was opened: the second copy stopped before the database.
        assert not (tmp_path / "kiosk.sqlite3").exists()
        # Another screen on the same PC is not a second copy.
        instance.acquire(tmp_path, "display").release()
    finally:
        holder.kill()
        holder.wait()


def test_a_killed_copy_leaves_no_stale_lock(tmp_path: Path) -> None:
    holder = _hold(tmp_path, "desk-lock")
    with pytest.raises(AlreadyRunning):
        instance.acquire(tmp_path, "desk-lock")
    holder.kill()  # SIGKILL on Linux, TerminateProcess on Windows: no clean-up runs
    holder.wait()
    instance.acquire(tmp_path, "desk-lock").release()


def test_two_desks_on_one_pc_are_two_screens(tmp_path: Path) -> None:
    first = instance.acquire(tmp_path, "desk", 1)
    second = instance.acquire(tmp_path, "desk", 2)
    with pytest.raises(AlreadyRunning, match="quầy số 1"):
        instance.acquire(tmp_path, "desk", 1)
    first.release()
    second.release()


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _spawner(codes: list[int], clock: FakeClock | None = None, step: float = 1.0):
    runs: list[list[str]] = []

    def spawn(command):
        runs.append(list(command))
        if clock is not None:
            clock.now += step
        return codes.pop(0)

    return spawn, runs


def test_supervisor_restarts_after_a_crash_and_stops_after_a_clean_exit() -> None:
    spawn, runs = _spawner([1, 0])
    outcome = supervisor.supervise(["kiosk"], spawn=spawn, wait=lambda _s: None)
    assert (outcome.exit_code, outcome.crashes, outcome.gave_up) == (0, [1], False)
    assert len(runs) == 2


def test_supervisor_gives_up_after_three_crashes_in_five_minutes() -> None:
    clock = FakeClock()
    spawn, runs = _spawner([1, 134, -11, 0], clock)
    outcome = supervisor.supervise(["kiosk"], spawn=spawn, wait=lambda _s: None, monotonic=clock)
    assert outcome.gave_up and outcome.crashes == [1, 134, -11] and len(runs) == 3
    assert "3 lần trong 5 phút" in outcome.message


def test_crashes_spread_over_hours_never_exhaust_the_supervisor() -> None:
    clock = FakeClock()
    spawn, runs = _spawner([1, 1, 1, 1, 1, 0], clock, step=200.0)
    outcome = supervisor.supervise(["kiosk"], spawn=spawn, wait=lambda _s: None, monotonic=clock)
    assert not outcome.gave_up and len(runs) == 6


def test_another_copy_running_is_not_a_crash() -> None:
    spawn, runs = _spawner([AlreadyRunning.exit_code])
    outcome = supervisor.supervise(["kiosk"], spawn=spawn, wait=lambda _s: None)
    assert outcome.exit_code == 0 and not outcome.crashes and len(runs) == 1


def test_supervisor_with_a_real_crashing_process(tmp_path: Path) -> None:
    counter = tmp_path / "runs"
    crash = f"open({str(counter)!r}, 'a').write('x'); raise SystemExit(3)"
    outcome = supervisor.supervise([sys.executable, "-c", crash], pause_s=0)
    assert outcome.gave_up and counter.read_text() == "xxx"


def _run_line(argv: list[str], extra: list[str]) -> subprocess.CompletedProcess[str]:
    """Run a written Exec line's program with other arguments: proves the path in it is a real program."""
    cut = argv.index("run") if "run" in argv else argv.index("supervise")
    return subprocess.run([*argv[:cut], *extra], capture_output=True, text=True, timeout=120)


def test_autostart_writes_entries_that_start_this_installation(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "KIOSK_DATA_DIR": str(tmp_path / "data"), "PATH": os.environ["PATH"]}
    report = autostart.install_linux("kiosk", env=env, use_systemctl=False)
    desktop, unit = autostart.linux_paths(env)
    assert set(report.written) == {desktop, unit}
    entry = desktop.read_text(encoding="utf-8")
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))[5:]
    argv = shlex.split(exec_line)
    assert argv[0] == "env" and f"KIOSK_DATA_DIR={tmp_path / 'data'}" in argv
    assert argv[-3:] == ["supervise", "--role", "kiosk"]
    program = [part for part in argv[1:] if "=" not in part]
    assert Path(program[0]).is_file() and "/.local/bin/" not in program[0]
    assert _run_line(program, ["--version"]).stdout.startswith("kiosk ")

    text = unit.read_text(encoding="utf-8")
    for line in ("Restart=on-failure", "StartLimitBurst=3", "StartLimitIntervalSec=300", "RestartPreventExitStatus=6"):
        assert line in text
    assert f"Environment=KIOSK_DATA_DIR={tmp_path / 'data'}" in text
    exec_start = shlex.split(next(line for line in text.splitlines() if line.startswith("ExecStart="))[10:])
    assert exec_start[-3:] == ["run", "--role", "kiosk"]
    assert _run_line(exec_start, ["--version"]).returncode == 0

    removed = autostart.remove_linux(env=env, use_systemctl=False)
    assert set(removed.removed) == {desktop, unit} and not desktop.exists() and not unit.exists()


def test_the_bundle_starts_screens_from_its_windowed_program(tmp_path: Path) -> None:
    (tmp_path / "kiosk.exe").write_bytes(b"")
    cli = tmp_path / "kiosk-cli.exe"
    cli.write_bytes(b"")
    assert autostart.program_command(windowed=True, executable=str(cli), frozen=True) == [str(tmp_path / "kiosk.exe")]
    assert autostart.program_command(windowed=False, executable=str(cli), frozen=True) == [str(cli)]
    linux = tmp_path / "kiosk"
    assert autostart.program_command(windowed=True, executable=str(linux), frozen=True) == [str(linux)]


def test_windows_task_runs_the_supervisor_at_logon() -> None:
    command = autostart.windows_task_command("kiosk", None, "kiosk-user")
    assert command[:2] == ["schtasks", "/Create"] and "ONLOGON" in command
    assert command[command.index("/RU") + 1] == "kiosk-user"
    action = command[command.index("/TR") + 1]
    assert action.endswith("supervise --role kiosk")


def test_unknown_screen_is_refused_with_a_sentence() -> None:
    with pytest.raises(Exception, match="Không có màn hình"):
        autostart.screen_args("cashier")
