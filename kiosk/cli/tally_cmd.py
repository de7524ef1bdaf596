"""kiosk tally (--date D | --month M | --year Y | --from D --to D | --campaign CODE) [--point CODE] [--format F]
            [--csv-style standard|excel-vi] [--out FILE]
kiosk tally official add --code C --name N --from D --to D --value V --source S --source-date D
kiosk tally official list (--date D | --month M | --from D --to D) [--json]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.args import STAFF_ID, YEAR
from kiosk.cli.common import print_json, services_from, write_document
from kiosk.errors import InputError
from kiosk.services.settings import CSV_STYLES
from kiosk.services.tally import FORMATS, Period, parse_date

BINARY = ("xlsx", "pdf")


def register(sub: argparse._SubParsersAction) -> None:
    tally = sub.add_parser(
        "tally",
        help="tổng hợp số liệu theo ngày, tháng hoặc khoảng ngày",
        description="Số liệu hỗ trợ tại điểm cho một ngày, một tháng, một năm, một khoảng ngày hoặc một đợt cao điểm "
        "(mặc định: hôm nay).",
    )
    _period_args(tally)
    tally.add_argument("--point", metavar="MÃ", help="chỉ một nơi làm việc (mặc định: tất cả các điểm)")
    tally.add_argument("--format", choices=FORMATS, default="table", help="định dạng (mặc định: table)")
    tally.add_argument(
        "--csv-style",
        choices=CSV_STYLES,
        help="kiểu CSV: standard (dấu phẩy, số có dấu chấm) hoặc excel-vi (dấu chấm phẩy, số có dấu phẩy, ngày "
        "dd/mm/yyyy, cho Excel/LibreOffice tiếng Việt); mặc định theo cài đặt report.csv_style",
    )
    tally.add_argument(
        "--campaign", metavar="MÃ", help="số liệu của một đợt cao điểm (mặc định: trong thời gian của đợt)"
    )
    tally.add_argument("--out", type=Path, metavar="TỆP", help="ghi ra tệp (bắt buộc với xlsx và pdf)")
    tally.set_defaults(handler=_tally)
    tsub = tally.add_subparsers(dest="tally_command", metavar="LỆNH")
    official = tsub.add_parser("official", help="số liệu chính thức nhập tay (kèm nguồn và ngày)")
    osub = official.add_subparsers(dest="official_command", metavar="LỆNH", required=True)
    add = osub.add_parser("add", help="nhập một chỉ tiêu chính thức")
    add.add_argument("--code", required=True, help="mã chỉ tiêu, ví dụ ty_le_ho_so_truc_tuyen")
    add.add_argument("--name", required=True, help="tên chỉ tiêu")
    add.add_argument("--from", dest="official_from", required=True, metavar="NGÀY", help="kỳ số liệu: từ ngày")
    add.add_argument("--to", dest="official_to", required=True, metavar="NGÀY", help="kỳ số liệu: đến ngày")
    add.add_argument("--value", required=True, help="giá trị như nguồn ghi, ví dụ 79%%")
    add.add_argument("--source", required=True, help="nguồn: văn bản, trang web, báo cáo cấp trên")
    add.add_argument("--source-date", required=True, metavar="NGÀY", help="ngày của nguồn")
    add.add_argument("--staff", type=STAFF_ID, metavar="ID", help="mã tài khoản người nhập")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_official_add)
    lst = osub.add_parser("list", help="các chỉ tiêu chính thức trong một kỳ")
    _period_args(lst)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_official_list)


def _period_args(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--date", metavar="NGÀY", help="một ngày: 2026-11-24 hoặc 24/11/2026")
    group.add_argument("--month", metavar="THÁNG", help="một tháng: 2026-11 hoặc 11/2026")
    group.add_argument("--year", type=YEAR, metavar="NĂM", help="một năm: 2026")
    group.add_argument("--from", dest="date_from", metavar="NGÀY", help="từ ngày (cùng với --to)")
    parser.add_argument("--to", dest="date_to", metavar="NGÀY", help="đến ngày (cùng với --from)")


def _period(args: argparse.Namespace, today_fn: object) -> Period:
    if args.date_to and not args.date_from:
        raise InputError("--to cần đi cùng --from.")
    if args.date_from:
        if not args.date_to:
            raise InputError("--from cần đi cùng --to.")
        return Period.between(parse_date(args.date_from), parse_date(args.date_to))
    if args.month:
        return Period.parse_month(args.month)
    if getattr(args, "year", None):
        return Period.year(args.year)
    if args.date:
        return Period.day(parse_date(args.date))
    return Period.day(today_fn())  # type: ignore[operator]


def _tally(args: argparse.Namespace) -> int:
    if args.format in BINARY and args.out is None:
        raise InputError(f"Định dạng {args.format} cần --out TỆP.")
    services = services_from(args)
    try:
        if args.campaign:
            asked = any((args.date, args.month, args.year, args.date_from))
            period = _period(args, services.tally.today) if asked else None
            tally = services.tally.campaign(args.campaign, args.point, period)
        else:
            tally = services.tally.compute(_period(args, services.tally.today), args.point)
        payload = services.tally.render(tally, args.format, csv_style=args.csv_style)
        services.tally.audit_export(None, tally.period.slug, format=args.format, point=args.point, via="cli")
    finally:
        services.close()
    return write_document(payload, args.out, tally.data["labels"]["period"])


def _official_add(args: argparse.Namespace) -> int:
    services = services_from(args)
    try:
        info = services.tally.add_official(
            code=args.code,
            name=args.name,
            period_from=parse_date(args.official_from, field="ngày bắt đầu kỳ"),
            period_to=parse_date(args.official_to, field="ngày kết thúc kỳ"),
            value=args.value,
            source=args.source,
            source_date=parse_date(args.source_date, field="ngày của nguồn"),
            entered_by_id=args.staff,
        )
    finally:
        services.close()
    if args.json:
        print_json(info.to_json() | {"id": info.id})
    else:
        source = f"nguồn: {info.source}, {info.source_date:%d/%m/%Y}"
        print(f"Đã nhập số liệu chính thức {info.code} = {info.value} ({source}).")
    return 0


def _official_list(args: argparse.Namespace) -> int:
    services = services_from(args)
    try:
        period = _period(args, services.tally.today)
        rows = services.tally.officials(period)
    finally:
        services.close()
    if args.json:
        print_json([r.to_json() for r in rows])
    elif not rows:
        print(f"Chưa có số liệu chính thức nào cho kỳ {period.label.lower()}.")
    else:
        for r in rows:
            print(
                f"{r.code}  {r.name}: {r.value}  ({r.period_from:%d/%m/%Y}–{r.period_to:%d/%m/%Y}; "
                f"nguồn: {r.source}, {r.source_date:%d/%m/%Y})"
            )
    return 0
