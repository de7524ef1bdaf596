"""kiosk duty allowance (--month M | --year Y) [--format table|pdf|xlsx|csv] [--csv-style S] [--out FILE] [--json]

The team's allowance: days on duty × the rate, held under the yearly caps per member and per team (settings
duty.allowance_per_day_vnd, duty.cap_member_year_vnd, duty.cap_team_year_vnd); the PDF is the payment list to sign.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.args import YEAR
from kiosk.cli.common import print_json, services_from, write_document
from kiosk.errors import InputError
from kiosk.services.settings import CSV_STYLES
from kiosk.services.tally import Period

FORMATS = ("table", "pdf", "xlsx", "csv")
BINARY = ("pdf", "xlsx")


def register(sub: argparse._SubParsersAction) -> None:
    duty = sub.add_parser(
        "duty",
        help="ngày trực và kinh phí hỗ trợ tổ công nghệ số",
        description="Kinh phí hỗ trợ tổ công nghệ số cộng đồng: số ngày trực nhân mức hỗ trợ, không vượt mức tối "
        "đa mỗi năm (cài đặt duty.allowance_per_day_vnd, duty.cap_member_year_vnd, duty.cap_team_year_vnd).",
    )
    dsub = duty.add_subparsers(dest="duty_command", metavar="LỆNH", required=True)
    allowance = dsub.add_parser(
        "allowance",
        help="danh sách chi hỗ trợ theo ngày trực (tháng hoặc năm), có mức tối đa theo năm",
        description="Số ngày trực, thành tiền, số được chi sau mức tối đa (và lý do) của từng thành viên.",
    )
    when = allowance.add_mutually_exclusive_group(required=True)
    when.add_argument("--month", metavar="THÁNG", help="một tháng: 2026-11 hoặc 11/2026")
    when.add_argument("--year", type=YEAR, metavar="NĂM", help="cả năm: 2026")
    allowance.add_argument("--format", choices=FORMATS, default="table", help="định dạng (mặc định: table)")
    allowance.add_argument("--csv-style", choices=CSV_STYLES, help="kiểu CSV (mặc định theo cài đặt report.csv_style)")
    allowance.add_argument("--out", type=Path, metavar="TỆP", help="ghi ra tệp (bắt buộc với pdf và xlsx)")
    allowance.add_argument("--json", action="store_true", help="số liệu dạng JSON")
    allowance.set_defaults(handler=_allowance)


def _allowance(args: argparse.Namespace) -> int:
    if args.format in BINARY and args.out is None and not args.json:
        raise InputError(f"Định dạng {args.format} cần --out TỆP.")
    if args.month:
        period = Period.parse_month(args.month)
        year, month = period.start.year, period.start.month
    else:
        year, month = args.year, None
    services = services_from(args)
    try:
        result = services.duty.allowance(year, month)
        if args.json:
            print_json(result.to_json())
            return 0
        payload = services.duty.allowance_document(result, args.format, csv_style=args.csv_style)
        services.auth.audit(None, "allowance_export", result.label, format=args.format, via="cli")
    finally:
        services.close()
    return write_document(payload, args.out, result.label)
