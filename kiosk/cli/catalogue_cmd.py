"""kiosk catalogue check|import [--dir DIR] [--update]"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.common import services_from
from kiosk.paths import CATALOGUE_DIR, GUIDES_DIR
from kiosk.services.catalogue.service import load_catalogue


def register(sub: argparse._SubParsersAction) -> None:
    cat = sub.add_parser("catalogue", help="danh mục thủ tục, ứng dụng, quầy, thôn")
    csub = cat.add_subparsers(dest="catalogue_command", metavar="LỆNH", required=True)
    for name, help_text, handler in (
        ("check", "kiểm tra các tệp danh mục, không ghi gì", _check),
        ("import", "nạp danh mục (thêm mục mới theo mã; không trùng lặp)", _import),
    ):
        p = csub.add_parser(name, help=help_text)
        p.add_argument("--dir", type=Path, default=CATALOGUE_DIR, help="thư mục chứa các tệp *.yaml")
        p.add_argument("--guides", type=Path, default=GUIDES_DIR, help="thư mục tờ hướng dẫn *.yaml")
        if name == "import":
            p.add_argument("--update", action="store_true", help="ghi đè cả các mục đã có bằng giá trị trong tệp")
        p.set_defaults(handler=handler)


def _check(args: argparse.Namespace) -> int:
    cat = load_catalogue(args.dir, args.guides)
    counts = ", ".join(f"{k}: {len(v)}" for k, v in cat.sections.items() if v)
    print(f"Danh mục hợp lệ ({counts}, guides: {len(cat.guides)}).")
    return 0


def _import(args: argparse.Namespace) -> int:
    services = services_from(args)
    report = services.catalogue.import_shipped(args.dir, args.guides, update=args.update)
    added = ", ".join(f"{k}: {v}" for k, v in report.added.items()) or "không có mục mới"
    print(f"Đã nạp danh mục. Thêm mới: {added}.")
    if report.updated:
        print("Cập nhật: " + ", ".join(f"{k}: {v}" for k, v in report.updated.items()) + ".")
    return 0
