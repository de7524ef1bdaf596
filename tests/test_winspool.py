"""Windows spooler status read as the desk must see it: the flag tables and the job follow-up, without Windows."""

from __future__ import annotations

import sys

import pytest

from kiosk.services.printing import winspool
from kiosk.services.printing.winspool import SpoolJob, follow_job, job_state_from_flags, printer_status_from_flags


def test_printer_flags_become_vietnamese_problems() -> None:
    assert printer_status_from_flags(0).problem is None
    assert printer_status_from_flags(0x400).problem is None  # printing
    assert "hết giấy" in (printer_status_from_flags(0x10).problem or "")
    assert "chưa bật" in (printer_status_from_flags(0x80).problem or "")
    assert "kẹt giấy" in (printer_status_from_flags(0x8).problem or "")
    assert "nắp" in (printer_status_from_flags(0x400000).problem or "")
    assert "tạm dừng" in (printer_status_from_flags(0x1).problem or "")


def test_job_flags() -> None:
    assert job_state_from_flags(0x80) == ("completed", None)
    assert job_state_from_flags(0x1000 | 0x10) == ("completed", None)
    assert job_state_from_flags(0x100)[0] == "canceled"
    assert job_state_from_flags(0x40) == ("stopped", "máy in hết giấy")
    assert job_state_from_flags(0x8) == ("pending", None)  # spooling


class Spooler:
    """A scripted spooler: each poll returns the next listing."""

    def __init__(self, listings: list[list[SpoolJob] | None], status: int = 0) -> None:
        self.listings = listings
        self.status = status
        self.now = 0.0

    def jobs(self, _name: str) -> list[SpoolJob] | None:
        return self.listings.pop(0) if len(self.listings) > 1 else self.listings[0]

    def follow(self, wait_s: float = 5.0):
        def pause(seconds: float) -> None:
            self.now += seconds

        return follow_job(
            "XP-80C",
            "kiosk-abc",
            wait_s,
            1.0,
            list_jobs=self.jobs,
            status_of=lambda _n: printer_status_from_flags(self.status),
            monotonic=lambda: self.now,
            pause=pause,
        )


def test_job_that_leaves_the_queue_cleanly_is_sent_not_printed() -> None:
    spooler = Spooler([[SpoolJob(7, "kiosk-abc Phiếu", 0x8)], [SpoolJob(7, "kiosk-abc Phiếu", 0x10)], []])
    assert spooler.follow() == (7, "sent", None)


def test_job_reported_printed_is_confirmed() -> None:
    spooler = Spooler([[SpoolJob(3, "other", 0x10), SpoolJob(7, "kiosk-abc", 0x80)]])
    assert spooler.follow() == (7, "completed", None)


def test_paper_out_on_the_printer_stops_the_wait_with_the_reason() -> None:
    spooler = Spooler([[SpoolJob(7, "kiosk-abc", 0x10)]], status=0x10)
    job_id, state, problem = spooler.follow()
    assert (job_id, state) == (7, "stopped") and "hết giấy" in (problem or "")


def test_job_still_queued_when_the_wait_ends_stays_unconfirmed() -> None:
    spooler = Spooler([[SpoolJob(7, "kiosk-abc", 0x8)]])
    assert spooler.follow(wait_s=3) == (7, "pending", None)


@pytest.mark.skipif(sys.platform == "win32", reason="the real spooler answers on Windows")
def test_no_spooler_off_windows() -> None:
    assert winspool.available() is False and winspool.jobs("x") is None and winspool.printer_status("x") is None
