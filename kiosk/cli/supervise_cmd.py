"""kiosk supervise [--role kiosk] [--counter N]: run a screen and restart it after a crash (3 times in 5 minutes).

What the autostart entries run (kiosk/deploy/supervisor.py). When it gives up, it logs why and shows it in a
window on the screen, where the person in front of the kiosk can read it.
"""

from __future__ import annotations

import argparse
import logging
import sys

from kiosk.cli.args import COUNTER
from kiosk.deploy import autostart, supervisor

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("supervise", help="chạy một màn hình và tự mở lại nếu nó dừng đột ngột")
    parser.add_argument("--role", choices=autostart.ROLES, default="kiosk")
    parser.add_argument("--counter", type=COUNTER)
    parser.add_argument("--windowed", action="store_true")
    parser.add_argument("--no-notice", action="store_true", help="khi thôi mở lại: chỉ ghi nhật ký, không hiện cửa sổ")
    parser.set_defaults(handler=_supervise)


def _supervise(args: argparse.Namespace) -> int:
    database = ["--db", args.db] if getattr(args, "db", None) else []
    command = [
        *autostart.program_command(windowed=True),
        *database,
        "run",
        *autostart.screen_args(args.role, args.counter),
        *(["--windowed"] if args.windowed else []),
    ]
    outcome = supervisor.supervise(command)
    if outcome.message:
        print(outcome.message, file=sys.stderr)
    if outcome.gave_up and not args.no_notice:
        # Qt only here: the supervisor itself is a plain process that never opens a window unless it must.
        from kiosk.ui.widgets.crash_notice import show_crash_notice

        show_crash_notice(outcome.message)
    return outcome.exit_code
