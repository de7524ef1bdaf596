"""kiosk backup create | list | verify PATH | restore PATH [--yes]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.cli.common import print_json, services_from
from kiosk.clock import to_local
from kiosk.errors import InputError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("backup", help="sao lưu và khôi phục cơ sở dữ liệu")
    actions = parser.add_subparsers(dest="backup_command", metavar="VIỆC", required=True)
    create = actions.add_parser("create", help="sao lưu ngay (và kiểm tra bản sao)")
    create.set_defaults(handler=_create)
    listing = actions.add_parser("list", help="các bản sao lưu, mới nhất trước")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)
    verify = actions.add_parser("verify", help="kiểm tra một bản sao lưu có đọc được, đủ bảng")
    verify.add_argument("path", type=Path)
    verify.set_defaults(handler=_verify)
    restore = actions.add_parser("restore", help="thay cơ sở dữ liệu bằng một bản sao lưu (sao lưu bản hiện tại trước)")
    restore.add_argument("path", type=Path)
    restore.add_argument("--yes", action="store_true", help="không hỏi lại")
    restore.set_defaults(handler=_restore)


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


def _create(args: argparse.Namespace) -> int:
    result = services_from(args).backups.create("manual")
    if not result.verification.ok:
        print(f"Bản sao {result.backup.path} không đạt: {'; '.join(result.verification.problems)}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{table} {count}" for table, count in result.verification.counts.items())
    print(f"Đã sao lưu và kiểm tra: {result.backup.path} ({_size(result.backup.size)}; {counts}).")
    if result.copied_to:
        print(f"Đã chép sang {result.copied_to}.")
    for note in result.notes:
        print(note)
    return 0


def _list(args: argparse.Namespace) -> int:
    backups = services_from(args).backups.list()
    if args.json:
        print_json([b.as_dict() for b in backups])
        return 0
    if not backups:
        print("Chưa có bản sao lưu nào. Sao lưu ngay: kiosk backup create")
    for backup in backups:
        print(f"{to_local(backup.taken_at):%d/%m/%Y %H:%M}  {_size(backup.size):>8}  {backup.reason:<15} {backup.path}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from kiosk.services.backup.service import verify_file

    result = verify_file(args.path)
    if not result.ok:
        print(f"{args.path}: không dùng được — {'; '.join(result.problems)}.", file=sys.stderr)
        return 2
    counts = ", ".join(f"{table} {count}" for table, count in result.counts.items())
    print(f"{args.path}: nguyên vẹn ({counts}).")
    return 0


def _restore(args: argparse.Namespace) -> int:
    if not args.path.is_file():
        raise InputError(f"Không thấy tệp {args.path}.")
    if not args.yes:
        if not sys.stdin.isatty():
            raise InputError("Khôi phục thay toàn bộ dữ liệu hiện tại; thêm --yes để xác nhận.")
        answer = input(f"Thay dữ liệu hiện tại bằng {args.path}? Bản hiện tại sẽ được sao lưu trước. Gõ 'có': ")
        if answer.strip().lower() not in ("có", "co", "yes"):
            print("Đã huỷ; dữ liệu giữ nguyên.")
            return 0
    from kiosk.app import build_services, sqlite_path
    from kiosk.config import load_config
    from kiosk.db import identity
    from kiosk.errors import DatabaseUnavailable
    from kiosk.services.backup.service import restore_damaged

    config = load_config(db_url=getattr(args, "db", None))
    database = sqlite_path(config.db_url)
    try:
        services = build_services(config)
    except DatabaseUnavailable:
        if database is None:
            raise
        # The database is gone or damaged (the reason to restore): put the copy in place without opening it.
        aside, check = restore_damaged(database, args.path)
        if aside is not None:
            print(f"Đã giữ tệp hỏng tại {aside}.")
        identity.forget(database)
        build_services(config, allow_new_database=True)  # upgrades an older copy, stamps the identity
        return _restored(args.path, check)
    before, check = services.backups.restore(args.path)
    if before is not None:
        print(f"Đã sao lưu bản trước khi khôi phục: {before.backup.path}.")
    return _restored(args.path, check)


def _restored(path: Path, check: object) -> int:
    if not getattr(check, "ok", False):
        print(f"Khôi phục xong nhưng kiểm tra không đạt: {'; '.join(getattr(check, 'problems', []))}.", file=sys.stderr)
        return 1
    print(f"Đã khôi phục từ {path}; cơ sở dữ liệu đọc được và đủ dữ liệu. Xin mở lại các màn hình.")
    return 0
