"""kiosk campaign list [--json] | show CODE | add --file F.yaml [--replace] | enable CODE | disable CODE

Campaign periods (a province's peak days with fixed topics): records and group sessions in the period are
counted by topic; enabled campaigns appear in every tally that overlaps them, `kiosk tally --campaign CODE` gives
one on its own. `show` prints a campaign in the form `add --file` reads, a starting point for a new one.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from kiosk.cli.common import print_json, services_from
from kiosk.errors import InputError, file_error
from kiosk.services.tally.campaigns import PROCEDURES, CampaignInfo

MAX_FILE = 200_000  # bytes: a campaign is a page of YAML


def register(sub: argparse._SubParsersAction) -> None:
    campaign = sub.add_parser(
        "campaign",
        help="đợt cao điểm: khai báo, bật, tắt, xem",
        description="Đợt cao điểm (ví dụ 10 ngày cao điểm) với các chủ đề cố định: lượt hỗ trợ và buổi sinh hoạt "
        "trong đợt được đếm theo chủ đề. Đợt đang bật có mục riêng trong mọi báo cáo trùng thời gian; "
        "kiosk tally --campaign MÃ cho riêng một đợt.",
    )
    csub = campaign.add_subparsers(dest="campaign_command", metavar="LỆNH", required=True)
    lst = csub.add_parser("list", help="các đợt đã khai báo")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)
    show = csub.add_parser("show", help="một đợt, dạng YAML như tệp khai báo")
    show.add_argument("code", metavar="MÃ")
    show.set_defaults(handler=_show)
    add = csub.add_parser(
        "add",
        help="khai báo một đợt từ tệp YAML (code, name, from, to, topics)",
        description="Tệp YAML: code, name, from, to (2024-10-01), topics: danh sách {code, name, guidance_topics: "
        "[mã chủ đề], app_tasks: [mã tác vụ], procedures: online|all}. Đợt mới ở trạng thái tắt.",
    )
    add.add_argument("--file", type=Path, required=True, metavar="TỆP")
    add.add_argument("--replace", action="store_true", help="thay đợt cùng mã đã có")
    add.set_defaults(handler=_add)
    for name, enabled, text in (("enable", True, "bật"), ("disable", False, "tắt")):
        cmd = csub.add_parser(name, help=f"{text} một đợt (đợt bật có trong mọi báo cáo trùng thời gian)")
        cmd.add_argument("code", metavar="MÃ")
        cmd.set_defaults(handler=_switch, enabled=enabled)


def _line(c: CampaignInfo) -> str:
    state = "bật" if c.enabled else "tắt"
    return f"{c.code}  {c.date_from:%d/%m/%Y}–{c.date_to:%d/%m/%Y}  [{state}]  {c.name} ({len(c.topics)} chủ đề)"


def _list(args: argparse.Namespace) -> int:
    services = services_from(args)
    try:
        rows = services.tally.campaigns.all()
    finally:
        services.close()
    if args.json:
        print_json([c.to_json() for c in rows])
    elif not rows:
        print("Chưa có đợt cao điểm nào; khai báo bằng: kiosk campaign add --file TỆP.yaml")
    else:
        for c in rows:
            print(_line(c))
    return 0


def _show(args: argparse.Namespace) -> int:
    services = services_from(args)
    try:
        info = services.tally.campaigns.get(args.code)
    finally:
        services.close()
    data = info.to_json()
    data.pop("enabled")
    print(f"# {_line(info)}")
    print(f"# procedures: {', '.join(f'{k or chr(39) * 2} = {v}' for k, v in PROCEDURES.items())}")
    print(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), end="")
    return 0


def _add(args: argparse.Namespace) -> int:
    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        raise file_error(args.file, exc) from exc
    if len(raw) > MAX_FILE:
        raise InputError(f"Tệp {args.file} quá lớn cho một đợt (tối đa {MAX_FILE // 1000} KB).")
    try:
        spec = yaml.safe_load(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (dòng {where.line + 1})" if where is not None else ""
        raise InputError(f"Tệp {args.file} không phải YAML hợp lệ{line}.") from None
    services = services_from(args)
    try:
        info = services.tally.campaigns.define(spec, replace=args.replace)
    finally:
        services.close()
    print(f"Đã khai báo đợt {_line(info)}. Bật bằng: kiosk campaign enable {info.code}")
    return 0


def _switch(args: argparse.Namespace) -> int:
    services = services_from(args)
    try:
        info = services.tally.campaigns.set_enabled(args.code, args.enabled)
    finally:
        services.close()
    print(f"Đã {'bật' if info.enabled else 'tắt'} đợt {_line(info)}.")
    return 0
