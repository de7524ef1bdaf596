"""kiosk screenshot SCREEN --out F.png [--size WxH] [--use-db] [--language en]

By default the screen is drawn over a fresh demo database at a fixed moment (a Tuesday, 09:40 in Vietnam), so
screenshots show a busy morning and look the same every time. --use-db draws it over a copy of the configured
SQLite database, taken with SQLite's online backup into a temporary folder: the screens may issue a ticket or
write a print job while drawing, and none of that may reach the real database. Backups, printed PDFs and logs of
the screenshot go to the temporary folder too.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from kiosk.app import sqlite_path
from kiosk.cli.args import SEED
from kiosk.clock import FixedClock
from kiosk.config import Config
from kiosk.errors import InputError, file_error
from kiosk.services.settings import LANGUAGES

SCREENSHOT_MOMENT = datetime.fromisoformat("2026-11-24T09:40:00+07:00")


def register(sub: argparse._SubParsersAction) -> None:
    shot = sub.add_parser("screenshot", help="chụp một màn hình ra tệp PNG (không cần màn hình thật)")
    shot.add_argument("screen", nargs="?", help="tên màn hình; bỏ trống để xem danh sách")
    shot.add_argument("--out", type=Path, help="tệp PNG")
    shot.add_argument("--size", default="1366x768", help="kích thước, ví dụ 1920x1080 (mặc định 1366x768)")
    shot.add_argument(
        "--use-db", action="store_true", help="vẽ trên một bản sao của cơ sở dữ liệu đang cấu hình (không ghi vào nó)"
    )
    shot.add_argument("--seed", type=SEED, default=1)
    shot.add_argument(
        "--language",
        choices=sorted(LANGUAGES),
        help="ngôn ngữ màn hình (mặc định: cài đặt ui.language của cơ sở dữ liệu, tức tiếng Việt với dữ liệu mẫu)",
    )
    shot.set_defaults(handler=_screenshot)


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise InputError(f"Kích thước '{text}' không hợp lệ; dùng dạng 1366x768.") from None
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise InputError(f"Kích thước '{text}' ngoài khoảng cho phép.")
    return w, h


def _in_folder(config: Config, folder: Path) -> Config:
    return replace(config, data_dir=folder / "data", log_dir=folder / "logs")


def copy_database(config: Config, target: Path) -> None:
    """A consistent copy of the configured SQLite database (it may be in use); nothing is written to it."""
    if not config.is_sqlite:
        raise InputError("--use-db chỉ dùng được với cơ sở dữ liệu SQLite; với PostgreSQL hãy chụp trên dữ liệu mẫu.")
    source = sqlite_path(config.db_url)
    if source is None or not source.is_file():
        raise InputError(f"Không có tệp cơ sở dữ liệu {source}.")
    try:
        with closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as src:
            with closing(sqlite3.connect(target)) as dst:
                src.backup(dst)
    except sqlite3.Error as exc:
        raise InputError(f"Không sao chép được cơ sở dữ liệu {source} ({exc}).") from exc


def _screenshot(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.app import build_services
    from kiosk.config import load_config, sqlite_url
    from kiosk.services.demo_cache import copy_demo, prepared_demo
    from kiosk.ui.app import make_application
    from kiosk.ui.screens import available_screens

    screens = available_screens()
    if not args.screen:
        print("\n".join(screens))
        return 0
    if args.screen not in screens:
        raise InputError(f"Không có màn hình '{args.screen}'. Có: {', '.join(screens)}.")
    if args.out is None:
        raise InputError("Cần --out TỆP.png")
    width, height = parse_size(args.size)
    with tempfile.TemporaryDirectory(prefix="kiosk-shot-") as tmp:
        copy = Path(tmp) / "screenshot.sqlite3"
        if args.use_db:
            copy_database(load_config(db_url=args.db), copy)
            config = _in_folder(load_config(db_url=sqlite_url(copy)), Path(tmp))
            services = build_services(config)
        else:
            clock = FixedClock(SCREENSHOT_MOMENT)
            cached = prepared_demo(
                load_config().data_dir / "screenshot-cache",
                args.seed,
                SCREENSHOT_MOMENT.isoformat(),
                lambda path: _build_demo(path, clock, args.seed),
            )
            copy_demo(cached, copy)
            config = _in_folder(load_config(db_url=sqlite_url(copy)), Path(tmp))
            services = build_services(config, clock=clock)
        app = make_application(language=args.language or services.settings.get("ui.language"))
        from kiosk.ui import worker

        worker.run_inline(True)
        widget = screens[args.screen](services)
        widget.resize(width, height)
        widget.show()
        for _ in range(5):
            app.processEvents()
        try:
            args.out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise file_error(args.out, exc) from exc
        if not widget.grab().save(str(args.out)):
            raise InputError(f"Không ghi được tệp {args.out}.")
        widget.close()
        services.close()
    print(f"Đã lưu {args.out} ({width}x{height}).")
    return 0


def _build_demo(path: Path, clock: FixedClock, seed: int) -> None:
    """A fresh demo database at `path`: migrated, catalogued, 30 days of a busy point (demo_cache keeps it).

    Its backups and logs stay beside it in the cache folder, never in the data folder."""

    from kiosk.app import build_services
    from kiosk.config import load_config, sqlite_url
    from kiosk.services.demo import DemoGenerator
    from kiosk.services.demo_cache import DEMO_DAYS

    config = _in_folder(load_config(db_url=sqlite_url(path)), path.parent / ".build")
    services = build_services(config, clock=clock, allow_new_database=True)
    try:
        DemoGenerator(services.sessions, clock).generate(DEMO_DAYS, seed)
        # The demo office pays Đà Nẵng's allowance (Resolution 36/2024), so the duty tab shows it and its cap.
        services.settings.set("duty.allowance_per_day_vnd", 50_000)
        services.settings.set("duty.cap_team_year_vnd", 3_000_000)
    finally:
        services.close()
    with sqlite3.connect(path) as conn:  # everything in the main file: the cache is copied as one file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
