"""kiosk db upgrade | kiosk db current | kiosk db create --new"""

from __future__ import annotations

import argparse
from datetime import datetime

from kiosk.app import build_services, sqlite_path
from kiosk.cli.common import print_json
from kiosk.config import ensure_data_dir, load_config
from kiosk.db import identity, migrate
from kiosk.db.engine import check_connection, make_engine, redact_url
from kiosk.errors import DatabaseUnavailable, InputError, StateError


def register(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help="cơ sở dữ liệu: nâng cấp, xem phiên bản")
    dsub = db.add_subparsers(dest="db_command", metavar="LỆNH", required=True)
    up = dsub.add_parser("upgrade", help="tạo hoặc nâng cấp cơ sở dữ liệu lên phiên bản mới nhất")
    up.set_defaults(handler=_upgrade)
    new = dsub.add_parser(
        "create", help="tạo cơ sở dữ liệu mới, trống, khi cơ sở dữ liệu cũ đã mất hoặc hỏng (tệp hỏng được giữ lại)"
    )
    new.add_argument("--new", action="store_true", required=True, help="xác nhận: bắt đầu lại với dữ liệu trống")
    new.set_defaults(handler=_create_new)
    cur = dsub.add_parser("current", help="phiên bản dữ liệu hiện tại")
    cur.add_argument("--json", action="store_true")
    cur.set_defaults(handler=_current)


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    config = load_config(db_url=args.db)
    if config.is_sqlite:
        ensure_data_dir(config)
    database = sqlite_path(config.db_url)
    if database is not None:
        identity.check_before_open(database)  # never create an empty file where a database used to be
    engine = make_engine(config.db_url)
    check_connection(engine)
    return engine


def _upgrade(args: argparse.Namespace) -> int:
    # The same path as every start: identity check, the first-start lock, upgrade, catalogue, identity stamp.
    services = build_services(load_config(db_url=args.db))
    revision = migrate.current_revision(services.engine)
    print(f"Cơ sở dữ liệu {redact_url(str(services.engine.url))} đã ở phiên bản mới nhất: {revision}.")
    return 0


def _create_new(args: argparse.Namespace) -> int:
    config = load_config(db_url=args.db)
    database = sqlite_path(config.db_url)
    if database is None:
        raise InputError(
            "Lệnh này chỉ dành cho cơ sở dữ liệu SQLite trên máy này; máy chủ PostgreSQL do người quản trị tạo."
        )
    try:
        identity.check_before_open(database)
        healthy = database.is_file() and database.stat().st_size > 0
    except DatabaseUnavailable:
        healthy = False
    if healthy:
        raise StateError(
            f"Cơ sở dữ liệu {database} vẫn còn và đọc được; không tạo mới để khỏi mất dữ liệu. "
            "Muốn thay bằng một bản sao lưu: kiosk backup restore TỆP."
        )
    if database.exists():
        # Keep the damaged file: someone may still recover records from it.
        aside = database.with_name(f"{database.stem}.damaged-{datetime.now():%Y%m%d-%H%M%S}{database.suffix}")
        database.rename(aside)
        for suffix in ("-wal", "-shm"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        print(f"Đã giữ tệp cũ tại {aside}.")
    identity.forget(database)
    build_services(config, allow_new_database=True)
    print(f"Đã tạo cơ sở dữ liệu mới, trống: {database}.")
    return 0


def _current(args: argparse.Namespace) -> int:
    engine = _engine(args)
    current = migrate.current_revision(engine)
    head = migrate.head_revision(engine)
    if args.json:
        print_json({"current": current, "head": head, "up_to_date": current == head})
    else:
        state = "mới nhất" if current == head else f"cần nâng cấp lên {head} (kiosk db upgrade)"
        print(f"{current or 'chưa tạo'} ({state})")
    return 0
