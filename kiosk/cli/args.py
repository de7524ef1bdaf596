"""argparse types for integer options: a range check with a Vietnamese sentence before any database sees it.

SQLite integers stop at 2**63-1 (OverflowError) and PostgreSQL INTEGER at 2**31-1 (DataError); the bound here
is the meaning of the option (a counter number, a day count), far inside both.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable

INT4_MAX = 2**31 - 1
_ASCII_INT = re.compile(r"-?[0-9]{1,12}")


def parse_bounded(text: str, lo: int, hi: int, what: str) -> int:
    """ASCII digits only (int() takes '١٢' and '１２'), within lo..hi; else a ValueError with the sentence."""
    text = text.strip()
    if not _ASCII_INT.fullmatch(text):
        raise ValueError(f"{what} phải là số nguyên từ {lo} đến {hi} (bạn nhập “{text[:20]}”).")
    value = int(text)
    if not lo <= value <= hi:
        raise ValueError(f"{what} phải từ {lo} đến {hi} (bạn nhập {value}).")
    return value


def bounded_int(lo: int, hi: int, what: str) -> Callable[[str], int]:
    """type= for add_argument: `--counter` gets bounded_int(1, 999, "Số quầy")."""

    def parse(text: str) -> int:
        try:
            return parse_bounded(text, lo, hi, what)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    parse.__name__ = what  # argparse names the type in its own message when it has to
    return parse


COUNTER = bounded_int(1, 999, "Số quầy")
RECORD_ID = bounded_int(1, INT4_MAX, "Mã số")
STAFF_ID = bounded_int(1, INT4_MAX, "Mã tài khoản")
EVENT_AFTER = bounded_int(0, INT4_MAX, "Số thứ tự sự kiện")
LIMIT = bounded_int(1, 10_000, "Số dòng")
DAYS = bounded_int(1, 3660, "Số ngày")
SEED = bounded_int(0, INT4_MAX, "Hạt giống")
MINUTES = bounded_int(1, 24 * 60, "Số phút")
YEAR = bounded_int(2000, 2100, "Năm")
