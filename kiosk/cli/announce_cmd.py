"""kiosk announce CODE --counter N [--text] [--wav OUT.wav]

Prints the sentence the hall display says for a call (with --text, the spoken form on a second line), or writes
the call as the hall hears it to a WAV file: chime, then the sentence `announce.repeat` times, by the first voice
of the setting `voice.order` that can say it here (the commune's recorded clips when all are there, else the
bundled espeak-ng library: no program to install), else the chime alone.
The service comes from today's ticket with that code, else from the code's letter: no queue is needed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.args import COUNTER
from kiosk.cli.common import services_from
from kiosk.errors import InputError
from kiosk.services.voice.chain import SOURCE_NAMES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("announce", help="câu mời của một lượt gọi số; --wav: ghi ra tệp âm thanh")
    p.add_argument("code", metavar="SỐ", help="số thứ tự, ví dụ A012")
    p.add_argument("--counter", type=COUNTER, required=True, metavar="N", help="số quầy")
    p.add_argument("--text", action="store_true", help="in thêm dạng đọc (từng chữ, từng số)")
    p.add_argument("--wav", type=Path, metavar="TỆP.wav", help="ghi lượt gọi (chuông + câu mời) ra tệp WAV")
    p.set_defaults(handler=_announce)


def _announce(args: argparse.Namespace) -> int:
    if args.wav is not None and args.wav.suffix.lower() != ".wav":
        raise InputError("Tệp âm thanh phải có đuôi .wav.")
    services = services_from(args)
    try:
        a = services.announce.for_code(args.code, args.counter)
        if args.wav is None:
            print(a.text)
            if args.text:
                print(a.spoken)
            return 0
        made = services.announce.write_wav(a, args.wav)
    finally:
        services.close()
    print(a.text)
    if args.text:
        print(a.spoken)
    said = f"đọc {a.repeat} lần" if made.source != "chime" else "chỉ có chuông"
    print(f"Đã ghi {args.wav} ({made.sound.seconds:.1f} giây, {said}; {SOURCE_NAMES[made.source]}).")
    return 0
