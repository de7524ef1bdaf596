"""kiosk staff add NAME --role ROLE | kiosk staff list"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from kiosk.cli.common import print_json, services_from
from kiosk.errors import InputError
from kiosk.services.access.auth import ROLES, check_pin_format


def register(sub: argparse._SubParsersAction) -> None:
    staff = sub.add_parser("staff", help="tài khoản cán bộ và thành viên Tổ CNSCĐ")
    ssub = staff.add_subparsers(dest="staff_command", metavar="LỆNH", required=True)
    add = ssub.add_parser("add", help="thêm tài khoản (mã PIN nhập không hiện)")
    add.add_argument("name", help="họ tên")
    add.add_argument("--role", required=True, choices=sorted(ROLES))
    add.set_defaults(handler=_add)
    lst = ssub.add_parser("list", help="danh sách tài khoản")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)


def _read_pin() -> str:
    # Scripts and tests may pass the PIN on stdin or in KIOSK_PIN; a person types it without echo.
    if os.environ.get("KIOSK_PIN"):
        return os.environ["KIOSK_PIN"]
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    first = getpass.getpass("Mã PIN (4–8 chữ số): ")
    check_pin_format(first)
    if getpass.getpass("Nhập lại mã PIN: ") != first:
        raise InputError("Hai lần nhập mã PIN không giống nhau.")
    return first


def _add(args: argparse.Namespace) -> int:
    pin = check_pin_format(_read_pin())
    services = services_from(args)
    info = services.auth.add_staff(args.name, args.role, pin)
    print(f"Đã thêm {info.name} ({info.role_name}), mã số {info.id}.")
    return 0


def _list(args: argparse.Namespace) -> int:
    services = services_from(args)
    staff = services.auth.list_staff()
    if args.json:
        print_json([{"id": s.id, "name": s.name, "role": s.role} for s in staff])
    else:
        for s in staff:
            print(f"{s.id:>4}  {s.name}  ({s.role_name})")
    return 0
