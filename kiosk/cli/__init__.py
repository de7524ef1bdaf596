"""`kiosk` command line: parse, call a service, print. Errors are one Vietnamese sentence, never a traceback.

Each command group lives in its own module with a `register(subparsers)` function; add new groups to COMMANDS.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.cli import (
    announce_cmd,
    autostart_cmd,
    backup_cmd,
    campaign_cmd,
    catalogue_cmd,
    db_cmd,
    demo_cmd,
    duty_cmd,
    info_cmd,
    print_cmd,
    privacy_cmd,
    queue_cmd,
    run_cmd,
    screenshot_cmd,
    serve_cmd,
    settings_cmd,
    setup_cmd,
    staff_cmd,
    supervise_cmd,
    sync_cmd,
    tally_cmd,
    voice_cmd,
)
from kiosk.errors import KioskError

# In the order `kiosk --help` lists them. Explicit imports, not names: a freezer must see every command.
COMMANDS = (
    run_cmd,
    setup_cmd,
    db_cmd,
    backup_cmd,
    demo_cmd,
    staff_cmd,
    catalogue_cmd,
    screenshot_cmd,
    sync_cmd,
    settings_cmd,
    print_cmd,
    privacy_cmd,
    tally_cmd,
    campaign_cmd,
    duty_cmd,
    queue_cmd,
    announce_cmd,
    voice_cmd,
    autostart_cmd,
    supervise_cmd,
    info_cmd,
    serve_cmd,
)

log = logging.getLogger("kiosk")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Ki-ốt hỗ trợ số của xã: lấy số, quầy, phát tờ hướng dẫn, tổng hợp số liệu.",
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--db", metavar="URL", help="địa chỉ cơ sở dữ liệu (mặc định: KIOSK_DB_URL hoặc SQLite)")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")
    for command in COMMANDS:
        command.register(sub)
    return parser


def _configure_stdio() -> None:
    # Windows consoles default to a legacy code page; Vietnamese must still print.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass


def main(argv: Sequence[str] | None = None) -> int:
    _configure_stdio()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error argparse already explained (exit 2)
        return exc.code if isinstance(exc.code, int) else 2
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    try:
        from kiosk.config import load_config
        from kiosk.logs import configure_logging

        configure_logging(load_config(db_url=getattr(args, "db", None)).log_dir)
        return int(args.handler(args) or 0)
    except KioskError as exc:
        print(exc.message, file=sys.stderr)
        if exc.detail:
            log.debug("detail: %s", exc.detail)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `kiosk queue status --json | head`: the reader left early; nothing went wrong here.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:  # noqa: BLE001 - last line of defence: a person sees a sentence, the log keeps the trace
        written = _write_crash_log()
        where = f"tệp {written}" if written else "tệp nhật ký"
        print(
            f"Đã xảy ra lỗi không mong muốn; thao tác này chưa xong. Chi tiết đã được ghi vào {where} "
            "để gửi cho người quản trị.",
            file=sys.stderr,
        )
        return 1


def _write_crash_log() -> Path | None:
    from kiosk.config import load_config
    from kiosk.logs import write_crash_log

    try:
        return write_crash_log(load_config().log_dir, traceback.format_exc())
    except Exception:  # noqa: BLE001
        traceback.print_exc()
        return None


if __name__ == "__main__":
    sys.exit(main())
