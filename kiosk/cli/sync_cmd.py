"""kiosk sync pair --point CODE | pair --code CODE | pairs | unpair --point CODE | export --out FILE | import FILE"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from kiosk.cli.common import print_json, services_from
from kiosk.errors import InputError
from kiosk.services.sync.service import SyncService


def register(sub: argparse._SubParsersAction) -> None:
    sync = sub.add_parser("sync", help="chuyển số liệu từ điểm thôn (không có mạng) về xã")
    ssub = sync.add_subparsers(dest="sync_command", metavar="LỆNH", required=True)
    exp = ssub.add_parser("export", help="ghi số liệu của máy này ra một tệp để mang về xã")
    exp.add_argument("--out", type=Path, required=True, help="tệp cần ghi, ví dụ E:/thon-dong-2026-11.kiosk.gz")
    exp.add_argument("--since", help="chỉ các ngày từ YYYY-MM-DD")
    exp.set_defaults(handler=_export)
    pair = ssub.add_parser("pair", help="ghép nối điểm thôn với xã một lần (để tệp chuyển dữ liệu được ký)")
    who = pair.add_mutually_exclusive_group(required=True)
    who.add_argument("--point", help="ở máy của xã: mã điểm thôn cần ghép, ví dụ TH-DONG (in ra mã ghép nối)")
    who.add_argument("--code", help="ở máy của điểm thôn: mã ghép nối hiện trên máy của xã")
    pair.add_argument("--qr", type=Path, help="ở máy của xã: lưu thêm mã ghép nối thành ảnh QR (PNG)")
    pair.set_defaults(handler=_pair)
    pairs = ssub.add_parser("pairs", help="các điểm đã ghép nối (không in lại khoá)")
    pairs.set_defaults(handler=_pairs)
    unpair = ssub.add_parser("unpair", help="bỏ ghép nối một điểm: tệp của điểm đó không được nhập nữa")
    unpair.add_argument("--point", required=True)
    unpair.set_defaults(handler=_unpair)
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
        added = ", ".join(f"{NAMES.get(k, k)} {v}" for k, v in report.added.items()) or "không có"
        updated = ", ".join(f"{NAMES.get(k, k)} {v}" for k, v in report.updated.items()) or "không có"
        print(f"Đã nhập số liệu của {report.origin}. Thêm mới: {added}. Cập nhật: {updated}.")
        for kind, count in report.skipped.items():
            print(f"Bỏ qua {count} {NAMES.get(kind, kind)}: {report.why_skipped.get(kind, 'không có gì mới')}.")
    return 0


NAMES = {"records": "lượt hỗ trợ", "group_sessions": "buổi sinh hoạt", "duty_days": "ngày trực", "staff": "người"}


def _pair(args: argparse.Namespace) -> int:
    sync = _service(args)
    if args.code:
        sync.accept_pairing(args.code)
        print("Đã ghép nối với xã. Từ nay tệp chuyển dữ liệu của điểm này được ký: kiosk sync export --out TỆP.")
        return 0
    code = sync.pair_point(args.point)
    print(f"Mã ghép nối cho điểm {args.point.upper()}:\n\n    {code}\n")
    print(f"Ở máy của điểm {args.point.upper()} gõ: kiosk sync pair --code {code}")
    print("Mã này chỉ hiện một lần; ghép lại sẽ tạo mã mới và tệp ký bằng mã cũ không được nhập nữa.")
    if args.qr:
        import qrcode

        try:
            qrcode.make(code).save(args.qr)
        except OSError as exc:
            from kiosk.errors import file_error

            raise file_error(args.qr, exc) from exc
        print(f"Đã lưu mã QR: {args.qr}")
    return 0


def _pairs(args: argparse.Namespace) -> int:
    found = _service(args).pairings()
    if not found:
        print("Chưa ghép nối điểm nào.")
    for pairing in found:
        side = "điểm thôn" if pairing.side == "point" else "xã (máy này là điểm thôn)"
        print(f"{pairing.point_code:<12} {side}, ghép lúc {pairing.paired_at:%d/%m/%Y %H:%M}")
    return 0


def _unpair(args: argparse.Namespace) -> int:
    done = _service(args).unpair(args.point)
    print(f"Đã bỏ ghép nối {args.point.upper()}." if done else f"{args.point.upper()} chưa được ghép nối.")
    return 0
