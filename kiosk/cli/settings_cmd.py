"""kiosk settings list [--json] | kiosk settings set KEY VALUE | kiosk settings reset KEY"""

from __future__ import annotations

import argparse
import json

from kiosk.cli.common import print_json, services_from
from kiosk.errors import InputError
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
        print(f"{key} = {shown}\n    {spec.description}")
    return 0


def _set(args: argparse.Namespace) -> int:
    spec = SETTINGS[args.key]
    value: object = args.value
    if spec.kind in (dict, list):
        try:
            value = json.loads(args.value)
        except ValueError:
            raise InputError(f"'{spec.description}' cần giá trị dạng JSON, ví dụ {json.dumps(spec.default)}.") from None
    if args.key == "queue.opening_hours":
        _check_hours(value)
    services = services_from(args)
    services.settings.set(args.key, value)
    print(f"Đã lưu: {spec.description} = {services.settings.get(args.key)}")
    return 0


def _check_hours(value: object) -> None:
    """At run time a bad entry is skipped with a warning; here the person typing it gets told at once."""
    from kiosk.services.queue.rules import parse_hours

    example = '{"mon-fri": ["07:30-11:30", "13:30-17:00"], "sat": ["07:30-11:30"]}'
    if not isinstance(value, dict) or not value:
        raise InputError(f"Giờ làm việc cần dạng {example}.")
    for key, ranges in value.items():
        if not isinstance(ranges, list) or not parse_hours({key: ranges}):
            raise InputError(f"Giờ làm việc '{key}': {ranges} không đúng dạng; ví dụ {example}.")
