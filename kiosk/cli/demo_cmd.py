"""kiosk demo [--days N] [--seed S]"""

from __future__ import annotations

import argparse

from kiosk.cli.args import DAYS, SEED
from kiosk.cli.common import print_json, services_from
from kiosk.services.backup.before import before
from kiosk.services.demo import DEMO_PIN, DemoGenerator


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="tạo dữ liệu mẫu (thay số liệu cũ, giữ danh mục)")
    demo.add_argument("--days", type=DAYS, default=30, help="số ngày dữ liệu, kết thúc hôm nay (mặc định 30)")
    demo.add_argument("--seed", type=SEED, default=1, help="hạt giống: cùng hạt giống cho cùng dữ liệu")
    demo.add_argument("--keep", action="store_true", help="không xoá số liệu đã có (báo lỗi nếu đã có)")
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    services = services_from(args)
    if not args.keep:
        before(services.backups, "demo")  # demo replaces the stored figures: keep an undo first
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
            }
        )
    else:
        print(
            f"Đã tạo dữ liệu mẫu {report.days} ngày: {report.tickets} số thứ tự, {report.records} lượt hỗ trợ, "
            f"{report.ratings} đánh giá, {report.group_sessions} buổi sinh hoạt, {report.duty_days} ngày trực. "
            f"Mã PIN của các tài khoản mẫu: {DEMO_PIN}."
        )
    return 0
