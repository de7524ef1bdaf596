"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kiosk.app import Services, build_services
from kiosk.config import load_config
from kiosk.errors import InputError, file_error

# Commands that issue tickets, print or report: before the commune is set up they would print or count under no
# commune's name, so they refuse (the one check, here, where every command gets its services). The value names
# the subcommands gated (None: all of them, except those in _UNGATED).
GATED: dict[str, frozenset[str] | None] = {
    "ticket": None,  # issue; the others look up tickets, which a commune not set up has none of
    "queue": None,  # call and every desk action; status and counters need the point the setup creates
    "print": None,
    "tally": None,
    "duty": frozenset({"allowance"}),  # the payment list carries the commune's name and its signature block
}
# Listing the system's printers writes and prints nothing, and the IT person needs it to fill office.toml.
_UNGATED = {("print", "printers")}
NOT_SET_UP = (
    "Máy này chưa được cài đặt cho xã: hãy cài đặt trước, trên màn hình khi mở kiosk run, "
    "hoặc bằng lệnh kiosk setup --file office.toml (tệp mẫu: kiosk setup --example)."
)


def needs_setup(args: argparse.Namespace) -> bool:
    command = getattr(args, "command", None)
    if command not in GATED:
        return False
    sub = getattr(args, f"{command}_command", None)
    if (command, sub) in _UNGATED:
        return False
    wanted = GATED[command]
    return wanted is None or sub in wanted


def services_from(args: argparse.Namespace, *, prepare: bool = True) -> Services:
    services = build_services(load_config(db_url=getattr(args, "db", None)), prepare=prepare)
    if needs_setup(args):
        from kiosk.db.engine import read_connection
        from kiosk.services.setup.state import is_set_up

        with read_connection(services.engine) as conn:
            done = is_set_up(conn)
        if not done:
            services.close()
            raise InputError(NOT_SET_UP)
    return services


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def write_document(payload: bytes, out: Path | None, label: str) -> int:
    """A rendered report to `out` (its folder made; a disk or permission problem as one sentence), or to stdout
    as raw bytes when no file is named (a PDF or XLSX piped onward)."""
    if out is not None:
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(payload)
        except OSError as exc:
            raise file_error(out, exc) from exc
        print(f"Đã ghi {out} ({label}).", file=sys.stderr)
        return 0
    sys.stdout.flush()
    sys.stdout.buffer.write(payload)
    sys.stdout.buffer.flush()
    return 0
