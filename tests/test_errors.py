"""file_error: every failed read or write becomes one Vietnamese sentence, never the operating system's English."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.errors import InputError, file_error


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "ổ đĩa đã đầy"),
        (errno.EACCES, "không có quyền ghi"),
        (errno.EROFS, "chỉ cho phép đọc"),
        (errno.ENOENT, "không tìm thấy"),
    ],
)
def test_the_reason_is_vietnamese_and_the_english_goes_to_the_detail(code: int, words: str) -> None:
    exc = OSError(code, "English strerror")
    error = file_error(Path("/x/bao-cao.pdf"), exc)
    assert isinstance(error, InputError) and error.exit_code == 2
    assert words in error.message and "/x/bao-cao.pdf" in error.message
    assert "English" not in error.message and "English" in (error.detail or "")


def test_an_unknown_errno_still_gives_a_sentence() -> None:
    error = file_error("a.txt", OSError(9999, "weird"), reading=True)
    assert error.message.startswith("Không đọc được tệp a.txt (") and "weird" not in error.message


def test_cli_writing_under_a_file_says_so_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, sqlite_url: str, from_template
) -> None:
    monkeypatch.setenv("KIOSK_DB_URL", from_template(sqlite_url))  # a set-up office: reports are allowed
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    code = main(["tally", "--date", "2026-11-24", "--format", "csv", "--out", str(blocker / "t.csv")])
    err = capsys.readouterr().err
    assert code == 2
    assert "Không ghi được tệp" in err and "trùng tên" in err
