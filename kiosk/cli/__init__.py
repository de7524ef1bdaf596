"""`kiosk` command line: parse, call a service, print. Errors are one Vietnamese sentence, never a traceback.

Start-up is the point of the shape below. The parser knows every command from the COMMANDS table (name, help
line, loader) without importing a command module; only the chosen command's module is imported and asked to
register its arguments. `kiosk --help` lists the table and imports no command at all.

To add a command: write kiosk/cli/<x>_cmd.py with `register(sub)` (its `sub.add_parser(name, help=...)` uses the
same help line as the table), add a three-line loader below (`def _x(): from kiosk.cli import x_cmd; return
x_cmd`, a static import so PyInstaller and the layout test see it) and one `Command("x", "help", _x)` line in
COMMANDS. A module that registers several top-level commands gets one table line per command, same loader.
tests/test_cli_registry.py checks that every module registers exactly its table lines, with the same help.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

from kiosk.errors import KioskError


class Command(NamedTuple):
    name: str
    help: str
    load: Callable[[], ModuleType]  # imports the module that registers `name`; called only when it is chosen


# One loader per command module. The import sits in a function so it runs only for the chosen command.
def _run() -> ModuleType:
    from kiosk.cli import run_cmd

    return run_cmd


def _setup() -> ModuleType:
    from kiosk.cli import setup_cmd

    return setup_cmd


def _db() -> ModuleType:
    from kiosk.cli import db_cmd

    return db_cmd


def _backup() -> ModuleType:
    from kiosk.cli import backup_cmd

    return backup_cmd


def _demo() -> ModuleType:
    from kiosk.cli import demo_cmd

    return demo_cmd


def _staff() -> ModuleType:
    from kiosk.cli import staff_cmd

    return staff_cmd


def _catalogue() -> ModuleType:
    from kiosk.cli import catalogue_cmd

    return catalogue_cmd


def _screenshot() -> ModuleType:
    from kiosk.cli import screenshot_cmd

    return screenshot_cmd


def _sync() -> ModuleType:
    from kiosk.cli import sync_cmd

    return sync_cmd


def _settings() -> ModuleType:
    from kiosk.cli import settings_cmd

    return settings_cmd


def _print() -> ModuleType:
    from kiosk.cli import print_cmd

    return print_cmd


def _privacy() -> ModuleType:
    from kiosk.cli import privacy_cmd

    return privacy_cmd


def _tally() -> ModuleType:
    from kiosk.cli import tally_cmd

    return tally_cmd


def _queue() -> ModuleType:
    from kiosk.cli import queue_cmd

    return queue_cmd


def _announce() -> ModuleType:
    from kiosk.cli import announce_cmd

    return announce_cmd


def _voice() -> ModuleType:
    from kiosk.cli import voice_cmd

    return voice_cmd


def _campaign() -> ModuleType:
    from kiosk.cli import campaign_cmd

    return campaign_cmd


def _duty() -> ModuleType:
    from kiosk.cli import duty_cmd

    return duty_cmd


def _serve() -> ModuleType:
    from kiosk.cli import serve_cmd

    return serve_cmd


def _autostart() -> ModuleType:
    from kiosk.cli import autostart_cmd

    return autostart_cmd


def _supervise() -> ModuleType:
    from kiosk.cli import supervise_cmd

    return supervise_cmd


def _info() -> ModuleType:
    from kiosk.cli import info_cmd

    return info_cmd


# In the order `kiosk --help` lists them.
COMMANDS: tuple[Command, ...] = (
    Command("run", "mở chương trình (màn hình theo vai trò)", _run),
    Command("setup", "cài đặt xã, điểm, quầy, giờ làm việc… từ một tệp (như trang cài đặt lần đầu)", _setup),
    Command("db", "cơ sở dữ liệu: nâng cấp, xem phiên bản", _db),
    Command("backup", "sao lưu và khôi phục cơ sở dữ liệu", _backup),
    Command("demo", "tạo dữ liệu mẫu (thay số liệu cũ, giữ danh mục)", _demo),
    Command("staff", "tài khoản cán bộ và thành viên Tổ CNSCĐ", _staff),
    Command("catalogue", "danh mục thủ tục, ứng dụng, quầy, thôn", _catalogue),
    Command("screenshot", "chụp một màn hình ra tệp PNG (không cần màn hình thật)", _screenshot),
    Command("sync", "chuyển số liệu từ điểm thôn (không có mạng) về xã", _sync),
    Command("settings", "cài đặt của điểm: giờ làm việc, máy in, câu mời, đường dây nóng…", _settings),
    Command("print", "in phiếu số thứ tự, tờ mã QR, tờ hướng dẫn; xem và in lại lệnh in", _print),
    Command("privacy", "dữ liệu cá nhân: xoá họ tên, số điện thoại hết hạn lưu", _privacy),
    Command("tally", "tổng hợp số liệu theo ngày, tháng hoặc khoảng ngày", _tally),
    Command("campaign", "đợt cao điểm: khai báo, bật, tắt, xem", _campaign),
    Command("duty", "ngày trực và kinh phí hỗ trợ tổ công nghệ số", _duty),
    Command("ticket", "số thứ tự: phát, xem, huỷ, xếp lại, đánh giá", _queue),
    Command("queue", "hàng chờ và quầy: gọi số, gọi lại, bỏ qua, chuyển, trạng thái", _queue),
    Command("announce", "câu mời của một lượt gọi số; --wav: ghi ra tệp âm thanh", _announce),
    Command("voice", "giọng đọc ghi âm của xã: danh sách đoạn cần ghi, nhập tệp, tình trạng", _voice),
    Command("autostart", "tự mở màn hình khi đăng nhập máy (và tự mở lại khi dừng đột ngột)", _autostart),
    Command("supervise", "chạy một màn hình và tự mở lại nếu nó dừng đột ngột", _supervise),
    Command("info", "phiên bản, thư mục cài đặt, thư mục dữ liệu, cơ sở dữ liệu", _info),
    Command("serve", "trang web trong mạng nội bộ: điện thoại theo dõi số, bảng gọi số cho TV", _serve),
)

log = logging.getLogger("kiosk")

_GLOBAL_WITH_VALUE = ("--db",)  # top-level options that take a value: their value is not the command's name


def chosen_command(argv: Sequence[str]) -> str | None:
    """The command named on the line (`kiosk --db URL queue status` → "queue"), before argparse runs."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--":
            continue
        elif arg in _GLOBAL_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


class _VersionAction(argparse.Action):
    """--version reads the installed metadata only when asked (importlib.metadata scans every installed package)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest=dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        from kiosk import __version__

        print(f"kiosk {__version__}")  # on stdout, as argparse's own version action
        parser.exit()


def build_parser(argv: Sequence[str] | None = None, *, load_all: bool = False) -> argparse.ArgumentParser:
    """The parser for `argv`: the chosen command's module registers its arguments, the others are listed by name.

    `load_all` registers every module (tests and the manual page generator); `kiosk` itself never needs it.
    """
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Ki-ốt hỗ trợ số của xã: lấy số, quầy, phát tờ hướng dẫn, tổng hợp số liệu.",
    )
    parser.add_argument("--version", action=_VersionAction, help="in phiên bản rồi thoát")
    parser.add_argument("--db", metavar="URL", help="địa chỉ cơ sở dữ liệu (mặc định: KIOSK_DB_URL hoặc SQLite)")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")
    chosen = chosen_command(sys.argv[1:] if argv is None else argv)
    loaded: set[Callable[[], ModuleType]] = set()
    for command in COMMANDS:
        if (load_all or command.name == chosen) and command.load not in loaded:
            loaded.add(command.load)
            command.load().register(sub)  # may register sibling commands of the same module too
    if load_all or chosen not in sub.choices:
        # Listed by `kiosk --help` and by the error for an unknown command; a command that was found parses without
        # them: argparse builds a whole parser for each, some 20 ms in all, which every start (a screen's) waits for.
        for command in COMMANDS:
            if command.name not in sub.choices:
                sub.add_parser(command.name, help=command.help)  # its module is not imported
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
    """Run one command. With `argv` None the process was started for it (`kiosk …`, `python -m kiosk …`)."""
    import gc

    # Importing SQLAlchemy and a command's modules makes hundreds of thousands of objects that live as long as the
    # process; the cyclic collector's passes over them cost an everyday command about a fifth of its CPU time
    # (kiosk tally: 0.73 s → 0.60 s). Off while they are made, then set aside with gc.freeze() for a process
    # started for this command. Called in-process (tests), the collector is left as it was found: freezing there
    # would keep whatever garbage the caller had made so far.
    collecting = gc.isenabled()
    gc.disable()
    try:
        _configure_stdio()
        process_start = argv is None
        argv = sys.argv[1:] if argv is None else list(argv)
        parser = build_parser(argv)
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # --help, --version, or a usage error argparse already explained (exit 2)
            return exc.code if isinstance(exc.code, int) else 2
        if process_start:
            gc.freeze()
    finally:
        if collecting:
            gc.enable()
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    try:
        from kiosk.config import load_config
        from kiosk.logs import configure_logging

        # Read once: a command that needs it takes it from args.config (`kiosk run` does, before its first paint).
        args.config = load_config(db_url=getattr(args, "db", None))
        configure_logging(args.config.log_dir)
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
