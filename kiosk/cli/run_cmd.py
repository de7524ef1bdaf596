"""kiosk run [--role kiosk|desk|display|admin|all] [--counter N] [--windowed]"""

from __future__ import annotations

import argparse

ROLES = ("kiosk", "desk", "display", "admin", "all", "picker")


def register(sub: argparse._SubParsersAction) -> None:
    run = sub.add_parser("run", help="mở chương trình (màn hình theo vai trò)")
    run.add_argument("--role", choices=ROLES, default="picker", help="màn hình cần mở (mặc định: chọn vai trò)")
    run.add_argument("--counter", type=int, help="số quầy (màn hình quầy)")
    run.add_argument("--windowed", action="store_true", help="mở trong cửa sổ thay vì toàn màn hình")
    run.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from kiosk.cli.common import services_from

    services = services_from(args)
    # Qt is imported only here, so every other command works on a machine without a display.
    from kiosk.ui.app import run_gui

    return run_gui(services, role=args.role, counter=args.counter, windowed=args.windowed)
