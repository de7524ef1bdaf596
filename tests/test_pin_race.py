"""PINs cannot be guessed in parallel: 8 processes at once get at most 5 wrong PINs checked, on SQLite and
PostgreSQL; PINs are ASCII digits only."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.pin_probes import pin_race
from kiosk.errors import InputError
from kiosk.services.access.auth import check_pin_format


@pytest.mark.slow
def test_eight_processes_guessing_at_once_get_five_checks(db_url: str, tmp_path: Path) -> None:
    tried, survived, beyond_five = pin_race(tmp_path, db_url)
    assert tried == 24 and survived == tried and beyond_five == 0


@pytest.mark.parametrize("pin", ["١٢٣٤", "１２３４", "12a4", "123", "123456789", "12 34"])
def test_only_ascii_digits_make_a_pin(pin: str) -> None:
    with pytest.raises(InputError, match="chữ số 0–9"):
        check_pin_format(pin)


def test_a_plain_pin_is_fine() -> None:
    assert check_pin_format(" 2468 ") == "2468"
