"""kiosk autostart install [--role kiosk] [--counter N] [--user NAME] | remove | show

Start a screen at logon with this installation's real program; a crashed screen comes back by itself
(kiosk/deploy/autostart.py says how on Linux and on Windows).
"""

from __future__ import annotations

import argparse
import sys

from kiosk.cli.args import COUNTER
from kiosk.deploy import autostart


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("autostart", help="tự mở màn hình khi đăng nhập máy (và tự mở lại khi dừng đột ngột)")
    actions = parser.add_subparsers(dest="action", metavar="VIỆC", required=True)
    install = actions.add_parser("install", help="bật tự khởi động")
    install.add_argument("--role", choices=autostart.ROLES, default="kiosk", help="màn hình (mặc định: kiosk)")
    install.add_argument("--counter", type=COUNTER, help="số quầy (màn hình quầy)")
    install.add_argument("--user", help="Windows: tài khoản sẽ đăng nhập để chạy ki-ốt (mặc định: tài khoản này)")
    install.add_argument("--no-systemctl", action="store_true", help="Linux: chỉ ghi tệp, không gọi systemctl")
    install.set_defaults(handler=_install)
    remove = actions.add_parser("remove", help="tắt tự khởi động")
    remove.add_argument("--no-systemctl", action="store_true", help="Linux: chỉ xoá tệp, không gọi systemctl")
    remove.set_defaults(handler=_remove)
    show = actions.add_parser("show", help="in lệnh sẽ được chạy khi đăng nhập")
    show.add_argument("--role", choices=autostart.ROLES, default="kiosk")
    show.set_defaults(handler=_show)


def _print(report: autostart.AutostartReport) -> None:
    for path in report.written:
        print(f"Đã ghi {path}")
    for path in report.removed:
        print(f"Đã xoá {path}")
    for note in report.notes:
        print(note)


def _install(args: argparse.Namespace) -> int:
    if args.counter is not None and not 1 <= args.counter <= 99:
        from kiosk.errors import InputError

        raise InputError("Số quầy phải từ 1 đến 99.")
    if sys.platform == "win32":
        report = autostart.install_windows(args.role, args.counter, args.user)
    else:
        report = autostart.install_linux(args.role, args.counter, use_systemctl=not args.no_systemctl)
    _print(report)
    print(f"Từ lần đăng nhập sau, màn hình '{args.role}' tự mở; dừng đột ngột thì tự mở lại (tối đa 3 lần/5 phút).")
    return 0


def _remove(args: argparse.Namespace) -> int:
    report = (
        autostart.remove_windows()
        if sys.platform == "win32"
        else autostart.remove_linux(use_systemctl=not args.no_systemctl)
    )
    _print(report)
    if not (report.removed or report.notes):
        print("Chưa bật tự khởi động; không có gì để xoá.")
    return 0


def _show(args: argparse.Namespace) -> int:
    program = autostart.program_command(windowed=True)
    print(" ".join([*program, "supervise", *autostart.screen_args(args.role)]))
    return 0
