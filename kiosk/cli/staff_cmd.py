"""kiosk staff list|add|edit|deactivate|reactivate|reset-pin — the staff lifecycle (services/admin/staff.py).

PINs are never arguments (they would stay in the shell history): the new account's PIN comes from KIOSK_PIN, a
line on stdin, or is typed twice without echo. Making, promoting, reactivating, stopping or re-PINning an
administrator needs an existing administrator's PIN (KIOSK_ADMIN_PIN, or typed without echo), checked with the
same lockout as the screens, except while no administrator exists yet (the first run).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from kiosk.app import Services
from kiosk.cli.args import STAFF_ID
from kiosk.cli.common import print_json, services_from
from kiosk.errors import AuthError, InputError
from kiosk.services.access.auth import ROLES, check_pin_format
from kiosk.services.admin.staff import StaffRow


def register(sub: argparse._SubParsersAction) -> None:
    staff = sub.add_parser("staff", help="tài khoản cán bộ và thành viên Tổ CNSCĐ")
    ssub = staff.add_subparsers(dest="staff_command", metavar="LỆNH", required=True)
    lst = ssub.add_parser("list", help="danh sách tài khoản")
    lst.add_argument("--all", action="store_true", help="cả tài khoản đã ngừng")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)
    add = ssub.add_parser("add", help="thêm tài khoản (mã PIN nhập không hiện)")
    add.add_argument("name", help="họ tên")
    add.add_argument("--role", required=True, choices=sorted(ROLES))
    edit = ssub.add_parser("edit", help="đổi họ tên hoặc vai trò")
    edit.add_argument("id", type=STAFF_ID, help="mã tài khoản (xem kiosk staff list)")
    edit.add_argument("--name", help="họ tên mới")
    edit.add_argument("--role", choices=sorted(ROLES), help="vai trò mới")
    add.set_defaults(handler=_add)
    edit.set_defaults(handler=_edit)
    for name, text, handler in (
        ("deactivate", "ngừng tài khoản (giữ lịch sử, không đăng nhập được nữa)", _deactivate),
        ("reactivate", "mở lại tài khoản đã ngừng", _reactivate),
        ("reset-pin", "đặt mã PIN mới (cho người quên mã)", _reset_pin),
    ):
        p = ssub.add_parser(name, help=text)
        p.add_argument("id", type=STAFF_ID, help="mã tài khoản (xem kiosk staff list --all)")
        p.set_defaults(handler=handler)
    for p in (add, edit, *[ssub.choices[n] for n in ("deactivate", "reactivate", "reset-pin")]):
        p.add_argument("--admin", type=STAFF_ID, help="mã tài khoản quản trị xác nhận (khi có nhiều quản trị viên)")
    ssub.choices["reset-pin"].add_argument(
        "--pc-admin",
        action="store_true",
        help="không quản trị viên nào nhớ mã PIN: đặt lại bằng quyền quản trị của máy (Run as administrator / sudo)",
    )


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


def _authorise(services: Services, args: argparse.Namespace) -> int | None:
    """The administrator vouching for this change (their PIN checked), or None while there is no administrator."""
    admins = services.auth.list_staff(role="admin")
    if not admins:
        return None
    if args.admin is not None:
        admin_id = args.admin
    elif len(admins) == 1:
        admin_id = admins[0].id
    else:
        listed = ", ".join(f"{a.id} ({a.name})" for a in admins)
        raise InputError(f"Có nhiều quản trị viên; chọn người xác nhận bằng --admin MÃ: {listed}.")
    pin = os.environ.get("KIOSK_ADMIN_PIN")
    if not pin:
        if not sys.stdin.isatty():
            raise AuthError("Việc này cần mã PIN của một quản trị viên: đặt KIOSK_ADMIN_PIN hoặc chạy lệnh để gõ.")
        pin = getpass.getpass("Mã PIN của quản trị viên xác nhận: ")
    return services.auth.login(admin_id, pin, role="admin").id


def _done(row: StaffRow, what: str) -> int:
    print(f"{what}: {row.name} ({row.role_name}), mã số {row.id}.")
    return 0


def _add(args: argparse.Namespace) -> int:
    pin = check_pin_format(_read_pin())
    services = services_from(args)
    by = _authorise(services, args) if args.role == "admin" else None
    return _done(services.admin.staff.add(by, args.name, args.role, pin), "Đã thêm")


def _edit(args: argparse.Namespace) -> int:
    if args.name is None and args.role is None:
        raise InputError("Cần --name hoặc --role để sửa.")
    services = services_from(args)
    current = services.admin.staff.get(args.id)
    touches_admin = args.role is not None and "admin" in (args.role, current.role) and args.role != current.role
    by = _authorise(services, args) if touches_admin else None
    return _done(services.admin.staff.edit(by, args.id, name=args.name, role=args.role), "Đã sửa")


def _deactivate(args: argparse.Namespace) -> int:
    services = services_from(args)
    by = _authorise(services, args) if services.admin.staff.get(args.id).role == "admin" else None
    row = services.admin.staff.deactivate(by, args.id)
    return _done(row, "Đã ngừng (lịch sử vẫn giữ, không đăng nhập được nữa)")


def _reactivate(args: argparse.Namespace) -> int:
    services = services_from(args)
    by = _authorise(services, args) if services.admin.staff.get(args.id).role == "admin" else None
    return _done(services.admin.staff.reactivate(by, args.id), "Đã mở lại")


def _reset_pin(args: argparse.Namespace) -> int:
    if args.pc_admin:
        return _recover_pin(args)
    pin = check_pin_format(_read_pin())
    services = services_from(args)
    by = _authorise(services, args) if services.admin.staff.get(args.id).role == "admin" else None
    return _done(services.admin.staff.reset_pin(by, args.id, pin), "Đã đặt mã PIN mới")


def _recover_pin(args: argparse.Namespace) -> int:
    from kiosk.deploy.pc_admin import account_name, is_pc_admin

    if not is_pc_admin():
        raise AuthError(
            "Chỉ tài khoản quản trị của máy mới đặt lại mã PIN theo cách này: trên Windows mở cửa sổ lệnh bằng "
            "'Run as administrator', trên Linux chạy bằng sudo, rồi chạy lại lệnh."
        )
    pin = check_pin_format(_read_pin())
    services = services_from(args)
    row = services.admin.staff.recover_pin(args.id, pin, account_name())
    return _done(row, "Đã đặt mã PIN mới bằng quyền quản trị của máy (ghi vào nhật ký)")


def _list(args: argparse.Namespace) -> int:
    services = services_from(args)
    staff = services.admin.staff.list(include_inactive=args.all)
    if args.json:
        print_json([{"id": s.id, "name": s.name, "role": s.role, "active": s.active} for s in staff])
    else:
        for s in staff:
            print(f"{s.id:>4}  {s.name}  ({s.role_name}){'' if s.active else '  – đã ngừng'}")
    return 0
