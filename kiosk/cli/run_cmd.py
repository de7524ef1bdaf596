"""kiosk run [--role kiosk|desk|display|admin|all|picker] [--counter N] [--windowed]

Without --role the citizen screen opens in an ordinary window (a person trying the program can close it);
--role kiosk opens it fullscreen and locked, as on the kiosk PC; --role picker shows the role picker.

The citizen screen and the hall display start fast when their screen snapshot is in the data folder (written by
the screen while it runs, kiosk/services/screen_snapshot.py): their window paints before the database stack is
imported, and binds to the services right after (kiosk/ui/fast_start.py). Without one, the ordinary start.
A SQLite database file that does not exist yet opens the first-run wizard at once and is made behind it
(kiosk/ui/fresh_start.py).
"""

from __future__ import annotations

import argparse
import gc
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli.args import COUNTER

if TYPE_CHECKING:
    from kiosk.app import Services
    from kiosk.config import Config
    from kiosk.services.screen_snapshot import Snapshot
    from kiosk.services.web.server import BackgroundWeb

ROLES = ("kiosk", "desk", "display", "admin", "all", "picker")


def register(sub: argparse._SubParsersAction) -> None:
    run = sub.add_parser("run", help="mở chương trình (màn hình theo vai trò)")
    run.add_argument(
        "--role",
        choices=ROLES,
        default=None,
        help="màn hình cần mở (mặc định: màn hình công dân trong cửa sổ; picker: chọn màn hình)",
    )
    run.add_argument("--counter", type=COUNTER, help="số quầy (màn hình quầy)")
    run.add_argument("--windowed", action="store_true", help="mở trong cửa sổ thay vì toàn màn hình")
    run.set_defaults(handler=_run)


def how_to_leave(role: str | None, windowed: bool) -> str:
    """Printed on start: the citizen screen has no close button, so whoever started it learns how to leave."""
    if role is None:
        return (
            "Màn hình công dân mở trong cửa sổ; đóng cửa sổ để thoát.\n"
            "Chế độ ki-ốt toàn màn hình, khoá: kiosk run --role kiosk. Chọn màn hình khác: kiosk run --role picker."
        )
    if role == "kiosk" and not windowed:
        return (
            "Chế độ ki-ốt toàn màn hình: công dân không thoát được (không có nút đóng; Esc, Alt+F4 không tác dụng).\n"
            "Quản trị viên thoát: chạm 5 lần vào góc trên bên trái màn hình trong 3 giây, chọn tài khoản quản trị,\n"
            "nhập mã PIN rồi bấm 'Thoát chương trình' (dữ liệu mẫu sau 'kiosk demo': Quản trị viên, PIN 1234)."
        )
    return ""


def _run(args: argparse.Namespace) -> int:
    from kiosk.config import ensure_data_dir, load_config
    from kiosk.deploy import instance

    config = getattr(args, "config", None) or load_config(db_url=getattr(args, "db", None))
    ensure_data_dir(config)
    # Before the database and Qt: a second copy says so at once and never touches the printer or the speaker.
    screen_lock = instance.acquire(config.data_dir, args.role, args.counter)
    # Off until a quick start's first paint (kiosk/ui/screen_start.py turns it on again): the cyclic garbage
    # collector's passes over the thousands of objects PySide6 makes as it loads cost that paint 10–20 ms, and the
    # start makes next to no cyclic garbage (reference counting frees the rest as always).
    gc.disable()
    try:
        if new_database(config):
            _say_how_to_leave(args)
            from kiosk.ui.fresh_start import run_fresh

            return run_fresh(
                config,
                args.role,
                counter=args.counter,
                windowed=args.windowed,
                build=lambda: _services(args),
                start_web=start_web,
            )
        snapshot = fast_snapshot(config, args.role)
        if snapshot is not None:
            _say_how_to_leave(args)
            # Qt is imported only here, so every other command works on a machine without a display.
            from kiosk.ui.fast_start import run_fast

            return run_fast(
                snapshot,
                args.role,
                counter=args.counter,
                windowed=args.windowed,
                build=lambda: _services(args),
                start_web=start_web,
            )
        gc.enable()
        return _run_ordinary(args)
    finally:
        gc.enable()
        screen_lock.release()


def _services(args: argparse.Namespace) -> Services:
    from kiosk.cli.common import services_from

    return services_from(args)


def _say_how_to_leave(args: argparse.Namespace) -> None:
    hint = how_to_leave(args.role, args.windowed)
    if hint:
        print(hint, flush=True)


def _run_ordinary(args: argparse.Namespace) -> int:
    services = _services(args)
    _say_how_to_leave(args)
    web = start_web(services, args.role)
    from kiosk.ui.app import run_gui

    try:
        return run_gui(services, role=args.role, counter=args.counter, windowed=args.windowed)
    finally:
        if web is not None:
            web.stop()


FAST_ROLES = {None: "kiosk", "kiosk": "kiosk", "display": "display"}  # `kiosk run` alone opens the citizen screen


def fast_snapshot(config: Config, role: str | None) -> Snapshot | None:
    """The screen snapshot a fast start paints from: only for a role that writes one, on a commune set up, and
    (SQLite) while the database file is there: a lost database is said at once, by the ordinary start."""
    if role not in FAST_ROLES:
        return None
    from kiosk.services.screen_snapshot import database_key, read_snapshot

    database = sqlite_file(config.db_url)
    if database is not None and not database.is_file():
        return None
    snapshot = read_snapshot(config.data_dir, FAST_ROLES[role], database_key(config.db_url, config.point_code))
    return snapshot if snapshot is not None and snapshot.set_up else None


def new_database(config: Config) -> bool:
    """A SQLite file this data folder never had: not there, no identity file beside it, no backup of it. The
    same signs as kiosk/db/identity.check_before_open's (which would refuse to recreate a lost one), read
    without importing the database stack."""
    database = sqlite_file(config.db_url)
    if database is None or database.exists():
        return False
    had_one = database.with_name(database.name + ".id").exists() or any((database.parent / "backups").glob("*.sqlite3"))
    return not had_one


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL as kiosk.config.sqlite_url writes it (without importing SQLAlchemy's URL parser)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    path = url[len(prefix) :].split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None


WEB_ROLES = ("all", "display")  # the PC that shows the hall also serves the hall board and the phones


def start_web(services: Services, role: str | None) -> BackgroundWeb | None:
    """The LAN pages in a background thread when web.enabled is on; a failure is said, the screens still open."""
    if role not in WEB_ROLES or not services.settings.get("web.enabled"):
        return None
    from kiosk.errors import KioskError
    from kiosk.services.web.server import BackgroundWeb, WebOptions

    try:
        web = BackgroundWeb(services, WebOptions.from_settings(services)).start()
    except KioskError as exc:
        print(exc.message, flush=True)
        return None
    print(f"Trang web trong mạng nội bộ: {web.url}/", flush=True)
    return web
