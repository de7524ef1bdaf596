"""Start a screen when the PC's user logs on, with the real program of this installation.

Linux: an XDG autostart entry (~/.config/autostart/) that runs the supervisor, and a systemd user unit
(~/.config/systemd/user/) with Restart=on-failure and a start limit, for desktops that activate
graphical-session.target. Both may start the screen at logon: the second finds the first holding the screen's
lock (kiosk/deploy/instance.py) and exits quietly.
Windows: a scheduled task "at logon" of the chosen account that runs the supervisor (schtasks.exe ships with
every Windows). The Inno Setup installer calls `kiosk-cli.exe autostart install` for it.
Paths are those of the running program, never a guessed ~/.local/bin/kiosk: the venv's python (`-m kiosk`) or
the frozen bundle's own executable.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from kiosk.errors import InputError, KioskError, file_error

UNIT_NAME = "commune-kiosk.service"
DESKTOP_NAME = "commune-kiosk.desktop"
TASK_NAME = "CommuneKiosk"
ROLES = ("kiosk", "desk", "display", "admin", "all")


def program_command(windowed: bool = False, executable: str | None = None, frozen: bool | None = None) -> list[str]:
    """The command that starts this installation's `kiosk`, as an argv list."""
    executable = executable or sys.executable
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    exe = Path(executable)
    if frozen:
        if windowed and exe.name.lower() == "kiosk-cli.exe" and (exe.parent / "kiosk.exe").is_file():
            # The installer runs the console program; the screens start from the windowed one (no console).
            return [str(exe.parent / "kiosk.exe")]
        return [str(exe)]
    if windowed and os.name == "nt" and (exe.parent / "pythonw.exe").is_file():
        return [str(exe.parent / "pythonw.exe"), "-m", "kiosk"]
    return [str(exe), "-m", "kiosk"]


def screen_args(role: str, counter: int | None = None) -> list[str]:
    if role not in ROLES:
        raise InputError(f"Không có màn hình '{role}'. Chọn một trong: {', '.join(ROLES)}.")
    args = ["--role", role]
    if counter is not None:
        args += ["--counter", str(counter)]
    return args


def _exec_line(argv: list[str]) -> str:
    # Desktop entries and systemd both split on spaces with shell-like quoting.
    return " ".join(shlex.quote(part) for part in argv)


def desktop_entry(argv: list[str], role: str) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name=Ki-ốt hỗ trợ số của xã ({role})\n"
        "Comment=Tự mở màn hình khi đăng nhập; tự mở lại nếu màn hình dừng đột ngột\n"
        f"Exec={_exec_line(argv)}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        "X-GNOME-Autostart-Delay=3\n"
    )


def systemd_unit(argv: list[str], role: str, env: dict[str, str]) -> str:
    environment = "".join(f"Environment={shlex.quote(f'{key}={value}')}\n" for key, value in sorted(env.items()))
    return (
        "[Unit]\n"
        f"Description=Ki-ốt hỗ trợ số của xã: màn hình {role}\n"
        "PartOf=graphical-session.target\n"
        "After=graphical-session.target\n"
        # Three failures in five minutes and systemd stops trying (the journal says why): a screen that keeps
        # crashing must not flash on and off in front of citizens.
        "StartLimitIntervalSec=300\n"
        "StartLimitBurst=3\n"
        "\n"
        "[Service]\n"
        f"ExecStart={_exec_line(argv)}\n"
        f"{environment}"
        "Restart=on-failure\n"
        "RestartSec=3\n"
        # Exit 6: the same screen already runs (started by the desktop entry): not a failure to restart.
        "SuccessExitStatus=6\n"
        "RestartPreventExitStatus=6\n"
        "\n"
        "[Install]\n"
        "WantedBy=graphical-session.target\n"
    )


@dataclass
class AutostartReport:
    written: list[Path]
    removed: list[Path]
    notes: list[str]


def _config_home(env: dict[str, str]) -> Path:
    return Path(env.get("XDG_CONFIG_HOME") or Path(env.get("HOME", str(Path.home()))) / ".config")


def linux_paths(env: dict[str, str] | None = None) -> tuple[Path, Path]:
    home = _config_home(dict(os.environ if env is None else env))
    return home / "autostart" / DESKTOP_NAME, home / "systemd" / "user" / UNIT_NAME


def _kiosk_env(env: dict[str, str]) -> dict[str, str]:
    # The screen started at logon must find the same data folder and database as the commands typed now.
    return {
        key: value
        for key, value in env.items()
        if key in ("KIOSK_DATA_DIR", "KIOSK_DB_URL", "KIOSK_CONFIG", "KIOSK_POINT")
    }


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise file_error(path, exc) from exc


def _systemctl(*args: str) -> str | None:
    """Run `systemctl --user ...`; None when it worked, else why not (a machine without a user session)."""
    if shutil.which("systemctl") is None:
        return "systemctl không có trên máy này"
    try:
        result = subprocess.run(["systemctl", "--user", *args], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return str(exc)
    return None if result.returncode == 0 else (result.stderr.strip() or f"exit {result.returncode}")


def install_linux(
    role: str, counter: int | None = None, env: dict[str, str] | None = None, use_systemctl: bool = True
) -> AutostartReport:
    env = dict(os.environ if env is None else env)
    program = program_command(windowed=True)
    args = screen_args(role, counter)
    desktop_path, unit_path = linux_paths(env)
    kiosk_env = _kiosk_env(env)
    env_prefix = ["env", *(f"{key}={value}" for key, value in sorted(kiosk_env.items()))] if kiosk_env else []
    _write(desktop_path, desktop_entry([*env_prefix, *program, "supervise", *args], role))
    _write(unit_path, systemd_unit([*program, "run", *args], role, kiosk_env))
    notes: list[str] = []
    if use_systemctl:
        for step in (("daemon-reload",), ("enable", UNIT_NAME)):
            problem = _systemctl(*step)
            if problem:
                notes.append(
                    f"Chưa bật được dịch vụ systemd ({problem}); màn hình vẫn tự mở khi đăng nhập nhờ mục "
                    f"tự khởi động {desktop_path.name}."
                )
                break
    return AutostartReport([desktop_path, unit_path], [], notes)


def remove_linux(env: dict[str, str] | None = None, use_systemctl: bool = True) -> AutostartReport:
    env = dict(os.environ if env is None else env)
    notes: list[str] = []
    if use_systemctl and linux_paths(env)[1].exists():
        problem = _systemctl("disable", UNIT_NAME)
        if problem:
            notes.append(f"systemctl --user disable: {problem}")
    removed = []
    for path in linux_paths(env):
        if path.exists():
            try:
                path.unlink()
            except OSError as exc:
                raise file_error(path, exc) from exc
            removed.append(path)
    if use_systemctl and removed:
        _systemctl("daemon-reload")
    return AutostartReport([], removed, notes)


def windows_task_command(role: str, counter: int | None, user: str | None) -> list[str]:
    program = program_command(windowed=True)
    action = subprocess.list2cmdline([*program, "supervise", *screen_args(role, counter)])
    command = ["schtasks", "/Create", "/F", "/TN", TASK_NAME, "/SC", "ONLOGON", "/RL", "LIMITED", "/TR", action]
    if user:
        command += ["/RU", user, "/IT"]  # /IT: only when that user is logged on, on the user's own desktop
    return command


def _schtasks(command: list[str]) -> None:
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise KioskError(f"Không chạy được schtasks ({exc}).") from exc
    if result.returncode != 0:
        raise KioskError(
            "Không tạo được tác vụ tự khởi động (schtasks: "
            f"{(result.stderr or result.stdout).strip()}). Cần chạy với quyền quản trị máy."
        )


def install_windows(role: str, counter: int | None = None, user: str | None = None) -> AutostartReport:
    _schtasks(windows_task_command(role, counter, user))
    return AutostartReport([], [], [f"Đã tạo tác vụ '{TASK_NAME}' trong Task Scheduler: mở màn hình khi đăng nhập."])


def remove_windows() -> AutostartReport:
    _schtasks(["schtasks", "/Delete", "/F", "/TN", TASK_NAME])
    return AutostartReport([], [], [f"Đã xoá tác vụ '{TASK_NAME}'."])
