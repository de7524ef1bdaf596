"""kiosk db upgrade | kiosk db current"""

from __future__ import annotations

import argparse

from kiosk.cli.common import print_json
from kiosk.config import ensure_data_dir, load_config
from kiosk.db import migrate
from kiosk.db.engine import check_connection, make_engine, redact_url


def register(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help="cơ sở dữ liệu: nâng cấp, xem phiên bản")
    dsub = db.add_subparsers(dest="db_command", metavar="LỆNH", required=True)
    up = dsub.add_parser("upgrade", help="tạo hoặc nâng cấp cơ sở dữ liệu lên phiên bản mới nhất")
    up.set_defaults(handler=_upgrade)
    cur = dsub.add_parser("current", help="phiên bản dữ liệu hiện tại")
    cur.add_argument("--json", action="store_true")
    cur.set_defaults(handler=_current)


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    config = load_config(db_url=args.db)
    if config.is_sqlite:
        ensure_data_dir(config)
    engine = make_engine(config.db_url)
    check_connection(engine)
    return engine


def _upgrade(args: argparse.Namespace) -> int:
    engine = _engine(args)
    revision = migrate.upgrade(engine)
    print(f"Cơ sở dữ liệu {redact_url(str(engine.url))} đã ở phiên bản mới nhất: {revision}.")
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
