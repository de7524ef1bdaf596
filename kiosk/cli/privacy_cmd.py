"""kiosk privacy purge [--json]: remove names and phones whose consent ran out or was withdrawn (run daily)."""

from __future__ import annotations

import argparse

from kiosk.cli.common import print_json, services_from


def register(sub: argparse._SubParsersAction) -> None:
    privacy = sub.add_parser("privacy", help="dữ liệu cá nhân: xoá họ tên, số điện thoại hết hạn lưu")
    psub = privacy.add_subparsers(dest="privacy_command", metavar="LỆNH", required=True)
    purge = psub.add_parser("purge", help="xoá họ tên, số điện thoại đã quá hạn lưu hoặc bị rút đồng ý")
    purge.add_argument("--json", action="store_true")
    purge.set_defaults(handler=_purge)


def _purge(args: argparse.Namespace) -> int:
    services = services_from(args)
    report = services.privacy.purge_expired()
    if args.json:
        print_json({"records": report.records, "consents": report.consents, "record_ids": report.record_ids})
    else:
        print(f"Đã xoá họ tên, số điện thoại trong {report.records} bản ghi.")
    return 0
