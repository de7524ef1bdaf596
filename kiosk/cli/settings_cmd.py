"""kiosk settings list [--json] | kiosk settings set KEY VALUE | kiosk settings reset KEY"""

from __future__ import annotations

import argparse
import json

from kiosk.cli.common import print_json, services_from
from kiosk.services.settings import SETTINGS


def register(sub: argparse._SubParsersAction) -> None:
    st = sub.add_parser("settings", help="cài đặt của điểm: giờ làm việc, máy in, câu mời, đường dây nóng…")
    ssub = st.add_subparsers(dest="settings_command", metavar="LỆNH", required=True)
    lst = ssub.add_parser("list", help="mọi cài đặt và giá trị hiện tại")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)
    put = ssub.add_parser("set", help="đổi một cài đặt (giá trị dạng bảng/danh sách viết theo JSON)")
    put.add_argument("key", choices=sorted(SETTINGS), metavar="KHOÁ")
    put.add_argument("value", metavar="GIÁ_TRỊ")
    put.set_defaults(handler=_set)


def _list(args: argparse.Namespace) -> int:
    values = services_from(args).settings.all()
    if args.json:
        print_json(values)
        return 0
    for key, spec in SETTINGS.items():
        shown = json.dumps(values[key], ensure_ascii=False) if not isinstance(values[key], str) else values[key]
        allowed = f" (cho phép {spec.limits()})" if spec.limits() else ""
        print(f"{key} = {shown}\n    {spec.description}{allowed}")
    return 0


def _set(args: argparse.Namespace) -> int:
    # The one check (settings.validate) runs inside set(): the same limits as every screen and every reader.
    spec = SETTINGS[args.key]
    services = services_from(args)
    services.settings.set(args.key, args.value)
    print(f"Đã lưu: {spec.description} = {services.settings.get(args.key)}")
    return 0
