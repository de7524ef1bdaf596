"""kiosk demo [--days N] [--seed S] [--keep] [--force]

Refuses a database holding tickets, records, group sessions or duty days the demo did not write (real work would
be replaced) unless --force; before replacing anything it takes a checked backup and says where it is.
"""

from __future__ import annotations

import argparse

from kiosk.cli.args import DAYS, SEED
from kiosk.cli.common import print_json, services_from
from kiosk.db.engine import read_transaction
from kiosk.errors import StateError
from kiosk.services import demo_guard
from kiosk.services.backup.before import before
from kiosk.services.demo import DEMO_PIN, DemoGenerator


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="tạo dữ liệu mẫu (thay số liệu cũ, giữ danh mục)")
    demo.add_argument("--days", type=DAYS, default=30, help="số ngày dữ liệu, kết thúc hôm nay (mặc định 30)")
    demo.add_argument("--seed", type=SEED, default=1, help="hạt giống: cùng hạt giống cho cùng dữ liệu")
    demo.add_argument("--keep", action="store_true", help="không xoá số liệu đã có (báo lỗi nếu đã có)")
    demo.add_argument(
        "--force", action="store_true", help="thay cả số liệu thật bằng dữ liệu mẫu (sao lưu trước khi thay)"
    )
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    services = services_from(args)
    with read_transaction(services.sessions) as session:
        foreign = demo_guard.foreign_rows(session)
        set_up = demo_guard.is_set_up(session)
    if foreign and not args.keep and not args.force:
        raise StateError(
            f"Cơ sở dữ liệu này có số liệu thật ({demo_guard.describe(foreign)}); dữ liệu mẫu sẽ xoá chúng. "
            "Nếu chắc chắn, chạy lại với --force (một bản sao lưu được tạo trước khi thay)."
        )
    backup_path = None
    if not args.keep:
        made = before(services.backups, "demo")  # demo replaces the stored figures: keep an undo first
        backup_path = str(made.backup.path) if made is not None else None
    report = DemoGenerator(services.sessions, services.clock).generate(args.days, args.seed, replace=not args.keep)
    if args.json:
        print_json(
            {
                "days": report.days,
                "tickets": report.tickets,
                "records": report.records,
                "ratings": report.ratings,
                "group_sessions": report.group_sessions,
                "duty_days": report.duty_days,
                "backup": backup_path,
            }
        )
    else:
        if backup_path:
            print(f"Đã sao lưu dữ liệu trước khi thay vào {backup_path}.")
        accounts = (
            "Không tạo tài khoản mẫu (cơ sở dữ liệu đã cài đặt)."
            if set_up
            else f"Mã PIN của các tài khoản mẫu: {DEMO_PIN}."
        )
        print(
            f"Đã tạo dữ liệu mẫu {report.days} ngày: {report.tickets} số thứ tự, {report.records} lượt hỗ trợ, "
            f"{report.ratings} đánh giá, {report.group_sessions} buổi sinh hoạt, {report.duty_days} ngày trực. "
            f"{accounts}"
        )
    return 0
