"""Machine-level configuration: where the database is and which point this machine belongs to.

Read from the machine's `kiosk.toml` (platform site config folder: C:\\ProgramData\\commune-kiosk on Windows, written
by the installer so every Windows account uses the same data folder; /etc/xdg/commune-kiosk on Linux), then the
account's own `kiosk.toml` (platform user config folder), then KIOSK_* environment variables; later ones win.
KIOSK_CONFIG names the one file to read instead of both.
Office-level settings (names, opening hours, wording) live in the database, see services/settings.py.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.errors import KioskError, os_reason

APP_NAME = "commune-kiosk"


def host_name() -> str:
    """The PC's name, as socket.gethostname() (and platform.node()) give it. Where the os module has uname, its
    node name is that same system call's answer, without importing socket: milliseconds of every start."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return str(uname().nodename)
    import socket  # Windows

    return socket.gethostname()


@dataclass(frozen=True)
class Config:
    data_dir: Path
    config_file: Path
    db_url: str
    point_code: str = "XA"
    log_dir: Path = field(default=Path("."))
    # True when KIOSK_POINT or kiosk.toml names the point: then setup does not change which point this PC serves.
    point_explicit: bool = False
    # Which hall display this is, for the setting voice.speaker (one speaking display per hall); the PC's name
    # unless kiosk.toml's display_name or KIOSK_DISPLAY_NAME says otherwise.
    display_name: str = field(default_factory=host_name)

    @property
    def is_sqlite(self) -> bool:
        return self.db_url.startswith("sqlite")


# platformdirs and tomllib are imported where used, each costs milliseconds per start: a command run with
# KIOSK_DATA_DIR and KIOSK_CONFIG naming no file needs neither.
def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_config_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "kiosk.toml"


def machine_config_file() -> Path:
    import platformdirs

    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "kiosk.toml"


def _read_toml(path: Path) -> dict[str, object]:
    if not path.is_file():
        return {}
    import tomllib

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise KioskError(f"Tệp cấu hình {path} bị lỗi ({exc}); xin sửa hoặc xoá tệp này.") from exc
    except OSError as exc:
        raise KioskError(f"Không đọc được tệp cấu hình {path} ({os_reason(exc)}).") from exc


POINT_FILE = "point_code.txt"  # which point this PC serves, as its setup chose (a village point, a mobile team)


def remembered_point(data_dir: Path) -> str | None:
    try:
        code = (data_dir / POINT_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return code if code and len(code) <= 40 and code.isprintable() else None


def remember_point(config: Config, code: str) -> Config:
    """After setup: this PC serves `code` from now on (the data folder is the PC's own, also with PostgreSQL).
    Written atomically; a config that names its point explicitly is left as it is."""
    if config.point_explicit or code == config.point_code:
        return config
    from dataclasses import replace

    config.data_dir.mkdir(parents=True, exist_ok=True)
    partial = config.data_dir / (POINT_FILE + ".partial")
    try:
        partial.write_text(code + "\n", encoding="utf-8")
        partial.replace(config.data_dir / POINT_FILE)
    except OSError as exc:
        raise KioskError(f"Không ghi được mã điểm vào thư mục dữ liệu {config.data_dir} ({os_reason(exc)}).") from exc
    return replace(config, point_code=code)


def sqlite_url(path: Path) -> str:
    return "sqlite:///" + path.resolve().as_posix()


def load_config(db_url: str | None = None, env: dict[str, str] | None = None) -> Config:
    env = dict(os.environ if env is None else env)
    if env.get("KIOSK_CONFIG"):
        config_file = Path(env["KIOSK_CONFIG"])
        values = _read_toml(config_file)
    else:
        config_file = default_config_file()
        values = {**_read_toml(machine_config_file()), **_read_toml(config_file)}
    data_dir = Path(str(env.get("KIOSK_DATA_DIR") or values.get("data_dir") or default_data_dir()))
    url = db_url or env.get("KIOSK_DB_URL") or values.get("db_url") or sqlite_url(data_dir / "kiosk.sqlite3")
    explicit = env.get("KIOSK_POINT") or values.get("point_code")
    point = explicit or remembered_point(data_dir) or "XA"
    return Config(
        data_dir=data_dir,
        config_file=config_file,
        db_url=str(url),
        point_code=str(point),
        point_explicit=bool(explicit),
        log_dir=data_dir / "logs",
        display_name=str(env.get("KIOSK_DISPLAY_NAME") or values.get("display_name") or host_name()),
    )


def ensure_data_dir(config: Config) -> None:
    """Create the data directory; a read-only or full disk becomes one clear sentence."""
    try:
        config.data_dir.mkdir(parents=True, exist_ok=True)
        probe = config.data_dir / f".write-test-{os.getpid()}"  # per process: the roles may start together
        probe.write_text("ok", encoding="utf-8")
        probe.unlink(missing_ok=True)
    except OSError as exc:
        raise KioskError(
            f"Không ghi được vào thư mục dữ liệu {config.data_dir} ({os_reason(exc)}). "
            "Xin kiểm tra quyền ghi hoặc dung lượng ổ đĩa, hoặc đặt KIOSK_DATA_DIR sang thư mục khác."
        ) from exc
