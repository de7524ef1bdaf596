"""kiosk setup --example | --file office.toml | --status

The first-run wizard's answers as a file: an IT person rolling out twenty communes writes one file per commune
and applies it without questions; the same checks as the wizard, errors naming the key and the line.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from kiosk.config import Config, remember_point
from kiosk.errors import InputError, file_error


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "setup", help="cài đặt xã, điểm, quầy, giờ làm việc… từ một tệp (như trang cài đặt lần đầu)"
    )
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--example", action="store_true", help="in một tệp mẫu có chú thích, mọi câu hỏi của trang cài đặt"
    )
    group.add_argument("--file", type=Path, metavar="office.toml", help="áp dụng tệp cài đặt, không hỏi gì thêm")
    group.add_argument("--status", action="store_true", help="đã cài đặt chưa")
    parser.set_defaults(handler=_setup)


def _admin_pin() -> str | None:
    from_env = os.environ.get("KIOSK_ADMIN_PIN")
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass("Mã PIN của quản trị viên (4–8 chữ số): ")
    second = getpass.getpass("Gõ lại mã PIN: ")
    if first != second:
        raise InputError("Hai lần gõ mã PIN không giống nhau; chưa cài đặt gì.")
    return first


def _setup(args: argparse.Namespace) -> int:
    if args.example:
        from kiosk.services.setup.example import EXAMPLE

        sys.stdout.write(EXAMPLE)
        return 0
    from kiosk.cli.common import services_from
    from kiosk.services.setup.service import SetupService

    services = services_from(args)
    setup_service = SetupService(services.sessions, services.clock, services.settings, services.auth)
    if args.status:
        print("Đã cài đặt." if setup_service.is_done() else "Chưa cài đặt: kiosk setup --file office.toml")
        return 0
    from kiosk.services.setup.schema import parse

    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        raise file_error(args.file, exc, reading=True) from exc
    if len(raw) > 1_000_000:
        raise InputError(f"Tệp {args.file} lớn quá 1 MB; đây không phải tệp cài đặt.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"Tệp {args.file} không phải văn bản UTF-8; xin lưu lại với mã UTF-8.") from exc
    setup = parse(text, known_services=setup_service.known_services())
    pin = None if setup_service.has_admin(setup.admin_name) else _admin_pin()
    if setup_service.is_done():
        from kiosk.services.backup.before import before

        before(services.backups, "setup")  # changing a set-up office: keep an undo first
    report = setup_service.apply(setup, pin, how="file")
    print(
        f"Đã cài đặt {setup.centre_name} ({setup.seal_name}): điểm {report.point_code}, {report.counters} quầy, "
        f"{report.villages} thôn" + (", quản trị viên mới." if report.admin_added else ".")
    )
    _follow_point(services.config, report.point_code)
    return 0


def _follow_point(config: Config, code: str) -> None:
    """This PC serves the point its setup describes (a village point, a mobile team), unless its configuration
    names one explicitly."""
    if code == config.point_code:
        return
    if config.point_explicit:
        where = "KIOSK_POINT hoặc point_code trong kiosk.toml"
        print(f"Lưu ý: máy này vẫn phát số cho điểm {config.point_code} ({where}).")
        return
    remember_point(config, code)
    print(f"Từ nay máy này phát số cho điểm {code}.")
