"""kiosk screenshot SCREEN --out F.png [--size WxH] [--use-db]

By default the screen is drawn over a fresh demo database at a fixed moment (a Tuesday, 09:40 in Vietnam), so
screenshots show a busy morning and look the same every time. --use-db draws it over the configured database.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import datetime
from pathlib import Path

from kiosk.cli.args import SEED
from kiosk.clock import FixedClock
from kiosk.errors import InputError, file_error

SCREENSHOT_MOMENT = datetime.fromisoformat("2026-11-24T09:40:00+07:00")


def register(sub: argparse._SubParsersAction) -> None:
    shot = sub.add_parser("screenshot", help="chụp một màn hình ra tệp PNG (không cần màn hình thật)")
    shot.add_argument("screen", nargs="?", help="tên màn hình; bỏ trống để xem danh sách")
    shot.add_argument("--out", type=Path, help="tệp PNG")
    shot.add_argument("--size", default="1366x768", help="kích thước, ví dụ 1920x1080 (mặc định 1366x768)")
    shot.add_argument("--use-db", action="store_true", help="dùng cơ sở dữ liệu đang cấu hình thay cho dữ liệu mẫu")
    shot.add_argument("--seed", type=SEED, default=1)
    shot.set_defaults(handler=_screenshot)


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise InputError(f"Kích thước '{text}' không hợp lệ; dùng dạng 1366x768.") from None
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise InputError(f"Kích thước '{text}' ngoài khoảng cho phép.")
    return w, h


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
        if args.use_db:
            services = build_services(load_config(db_url=args.db))
        else:
            clock = FixedClock(SCREENSHOT_MOMENT)
            cached = prepared_demo(
                load_config().data_dir / "screenshot-cache",
                args.seed,
                SCREENSHOT_MOMENT.isoformat(),
                lambda path: _build_demo(path, clock, args.seed),
            )
            copy = Path(tmp) / "demo.sqlite3"
            copy_demo(cached, copy)
            services = build_services(load_config(db_url=sqlite_url(copy)), clock=clock)
        app = make_application()
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
    """A fresh demo database at `path`: migrated, catalogued, 30 days of a busy point (demo_cache keeps it)."""
    import sqlite3

    from kiosk.app import build_services
    from kiosk.config import load_config, sqlite_url
    from kiosk.services.demo import DemoGenerator
    from kiosk.services.demo_cache import DEMO_DAYS

    services = build_services(load_config(db_url=sqlite_url(path)), clock=clock, allow_new_database=True)
    try:
        DemoGenerator(services.sessions, clock).generate(DEMO_DAYS, seed)
    finally:
        services.close()
    with sqlite3.connect(path) as conn:  # everything in the main file: the cache is copied as one file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
