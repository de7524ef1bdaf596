"""Inputs at the edge: huge integers, NUL and control characters, bidi overrides and ANSI escapes get a
Vietnamese sentence (exit 2 on the command line), never a crash, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest

from kiosk.app import Services
from kiosk.cli import main
from kiosk.errors import InputError
from tests.assist_helpers import add_staff, khai_sinh, visit

HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    "argv",
    [
        ["queue", "call", "--counter", HUGE],
        ["queue", "pause", "--counter", "99999999999"],
        ["queue", "events", "--after", HUGE],
        ["queue", "events", "--limit", "-1"],
        ["print", "jobs", "--limit", HUGE],
        ["print", "retry", HUGE],
        ["print", "reprint", "0"],
        ["announce", "A001", "--counter", "١"],
        ["demo", "--days", HUGE],
        ["run", "--counter", "１２"],
    ],
)
def test_huge_or_foreign_numbers_get_a_sentence(argv: list[str], capsys) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "phải" in err and "Traceback" not in err


@pytest.mark.parametrize("bad", ["Lan\x00", "Lan\x1b[31m", "An\u202eadmin", "An\u2066x", "Lan\x07"])
def test_names_with_control_or_direction_tricks_are_refused(any_services: Services, bad: str) -> None:
    with pytest.raises(InputError, match="Họ tên có ký tự"):
        any_services.auth.add_staff(bad, "officer", "2468")


def test_nul_in_every_free_text_of_a_record_is_a_sentence(any_services: Services) -> None:
    me = add_staff(any_services, "Lan")
    for field in ("note", "follow_up_reason"):
        with pytest.raises(InputError, match="ký tự điều khiển"):
            any_services.assists.record(visit(me, khai_sinh(), **{field: "ghi\x00chú"}), me)
    record = any_services.assists.record(visit(me, khai_sinh(), note="dòng một\ndòng hai"), me)
    with pytest.raises(InputError, match="ký tự điều khiển"):
        any_services.assists.void(record.id, "nhầm\x00", me)


def test_a_5000_character_name_gets_the_limit(any_services: Services) -> None:
    with pytest.raises(InputError, match="tối đa 200"):
        any_services.auth.add_staff("A" * 5000, "officer", "2468")


def test_a_line_break_in_a_one_line_field_is_a_space(any_services: Services) -> None:
    assert any_services.auth.add_staff("Nguyễn\nThị Lan", "officer", "2468").name == "Nguyễn Thị Lan"
