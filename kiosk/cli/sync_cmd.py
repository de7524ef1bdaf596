"""kiosk sync export --out FILE [--since DATE] | kiosk sync import FILE"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from kiosk.cli.common import print_json, services_from
from kiosk.errors import InputError
from kiosk.services.sync import SyncService


def register(sub: argparse._SubParsersAction) -> None:
    sync = sub.add_parser("sync", help="chuyển số liệu từ điểm thôn (không có mạng) về xã")
    ssub = sync.add_subparsers(dest="sync_command", metavar="LỆNH", required=True)
    exp = ssub.add_parser("export", help="ghi số liệu của máy này ra một tệp để mang về xã")
    exp.add_argument("--out", type=Path, required=True, help="tệp cần ghi, ví dụ E:/thon-dong-2026-11.kiosk.gz")
    exp.add_argument("--since", help="chỉ các ngày từ YYYY-MM-DD")
    exp.set_defaults(handler=_export)
    imp = ssub.add_parser("import", help="nhập tệp số liệu của điểm thôn (nhập lại lần nữa không bị trùng)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=_import)


def _service(args: argparse.Namespace) -> SyncService:
    return services_from(args).sync


def _export(args: argparse.Namespace) -> int:
    since = None
    if args.since:
        try:
            since = date.fromisoformat(args.since)
        except ValueError:
            raise InputError(f"Ngày '{args.since}' không đúng dạng YYYY-MM-DD.") from None
    counts = _service(args).export_bundle(args.out, since)
    print(
        f"Đã ghi {args.out}: {counts['records']} lượt hỗ trợ, {counts['group_sessions']} buổi sinh hoạt, "
        f"{counts['duty_days']} ngày trực."
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    report = _service(args).import_bundle(args.file)
    if args.json:
        print_json(report.__dict__)
    elif report.already_imported:
        print(f"Tệp này (của {report.origin}) đã được nhập trước đây; không có gì thay đổi.")
    else:
        added = ", ".join(f"{k}: {v}" for k, v in report.added.items()) or "không có"
        updated = ", ".join(f"{k}: {v}" for k, v in report.updated.items()) or "không có"
        print(f"Đã nhập số liệu của {report.origin}. Thêm mới: {added}. Cập nhật: {updated}.")
    return 0
