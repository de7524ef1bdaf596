"""kiosk voice clips [--json] | import DIR | status [--json]

The commune's recorded voice: `clips` lists the clip names and the words each must say (record them, save each as
`<name>.wav`), `import` brings a folder of such files into the data folder (converted to mono 16-bit 22 050 Hz,
trimmed, one loudness; a file that cannot be converted is refused with its reason), `status` says which are
missing. With every clip present, calls are spoken in the commune's voice (setting `voice.order`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.cli.common import print_json, services_from


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("voice", help="giọng đọc ghi âm của xã: danh sách đoạn cần ghi, nhập tệp, tình trạng")
    actions = parser.add_subparsers(dest="voice_command", metavar="VIỆC", required=True)
    clips = actions.add_parser("clips", help="tên từng đoạn và lời phải đọc")
    clips.add_argument("--json", action="store_true")
    clips.set_defaults(handler=_clips)
    imp = actions.add_parser("import", help="nhập các tệp <tên>.wav trong một thư mục")
    imp.add_argument("folder", type=Path, metavar="THƯ_MỤC")
    imp.set_defaults(handler=_import)
    status = actions.add_parser("status", help="đoạn nào đã có, đoạn nào còn thiếu")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_status)


def _clips(args: argparse.Namespace) -> int:
    services = services_from(args)
    try:
        specs = services.announce.clip_specs()
    finally:
        services.close()
    if args.json:
        print_json([{"name": s.name, "file": f"{s.name}.wav", "words": s.words, "group": s.group,
                     "optional": s.optional} for s in specs])  # fmt: skip
        return 0
    print(f"{len(specs)} đoạn; ghi mỗi đoạn thành tệp <tên>.wav rồi chạy: kiosk voice import THƯ_MỤC")
    for s in specs:
        print(f"{s.name + '.wav':<20} {s.words}")
    return 0


def _import(args: argparse.Namespace) -> int:
    services = services_from(args)
    try:
        from kiosk.services.voice.clips import import_folder

        imported, problems = import_folder(services.announce.clips, args.folder, services.announce.clip_specs())
        states = services.announce.clip_states()
    finally:
        services.close()
    for problem in problems:
        print(problem, file=sys.stderr)
    missing = [s.spec.name for s in states if not s.present and not s.spec.optional]
    print(f"Đã nhập {len(imported)} đoạn vào {services.announce.clips.folder}.")
    if missing:
        print(f"Còn thiếu {len(missing)} đoạn: {', '.join(missing)}.")
    else:
        print("Đã đủ mọi đoạn: các lượt gọi sẽ đọc bằng giọng ghi âm của xã.")
    return 2 if problems and not imported else 0


def _status(args: argparse.Namespace) -> int:
    services = services_from(args)
    try:
        states = services.announce.clip_states()
        folder = services.announce.clips.folder
    finally:
        services.close()
    missing = [s for s in states if not s.present and not s.spec.optional]
    if args.json:
        print_json({
            "folder": str(folder),
            "complete": not missing,
            "clips": [{"name": s.spec.name, "words": s.spec.words, "present": s.present, "optional": s.spec.optional,
                       "seconds": round(s.seconds, 2)} for s in states],
        })  # fmt: skip
        return 0
    have = sum(1 for s in states if s.present)
    print(f"Thư mục: {folder}")
    print(f"Đã có {have}/{len(states)} đoạn.")
    for s in states:
        if not s.present:
            label = "chưa có" if s.spec.optional else "thiếu"  # the chime's words already say it is optional
            print(f"  {label} {s.spec.name + '.wav':<20} {s.spec.words}")
    print("Đã đủ: lượt gọi đọc bằng giọng ghi âm của xã." if not missing else
          "Chưa đủ: lượt gọi đọc bằng giọng tổng hợp cho đến khi ghi đủ.")  # fmt: skip
    return 0
