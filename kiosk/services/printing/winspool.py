"""Ask the Windows print spooler what happened to a job and why a printer is stopped (no Qt, ctypes only).

The counterpart of cups.py for Windows: QPrinter hands the job to the spooler and says nothing more. Here the
printer's status (PRINTER_INFO_2.Status: offline, paper out, jam, door open, paused, error) and the job's
(JOB_INFO_1.Status: printed, deleted, error, paper out, blocked) are read with winspool.drv's GetPrinterW and
EnumJobsW, which the driver fills in where it reports anything; many USB thermal drivers report little, so a
job that leaves the queue without an error is recorded as sent, paper unconfirmed, never as "đã in".
The flag tables and the mapping are plain functions, tested on every system; the calls exist on Windows only.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.services.printing.cups import PrinterStatus

# PRINTER_STATUS_* (winspool.h) → the IPP printer-state-reasons keywords cups.REASONS words in Vietnamese.
PRINTER_FLAGS = {
    0x00000001: "paused",
    0x00000002: "other-error",
    0x00000008: "media-jam-error",
    0x00000010: "media-empty-error",
    0x00000040: "media-needed-error",
    0x00000080: "offline-error",
    0x00000800: "output-area-full-error",
    0x00001000: "offline-error",  # NOT_AVAILABLE
    0x00040000: "toner-empty-error",
    0x00100000: "other-error",  # USER_INTERVENTION
    0x00400000: "door-open-error",
}
JOB_PRINTED, JOB_COMPLETE, JOB_DELETING, JOB_DELETED = 0x80, 0x1000, 0x4, 0x100
JOB_PROBLEMS = {
    0x00000002: "lệnh in bị lỗi",
    0x00000020: "máy in chưa bật hoặc chưa cắm cáp",
    0x00000040: "máy in hết giấy",
    0x00000200: "lệnh in bị chặn trong hàng đợi",
    0x00000400: "máy in cần người xử lý",
}


def printer_status_from_flags(status: int, message: str = "") -> PrinterStatus:
    reasons = tuple(dict.fromkeys(reason for flag, reason in PRINTER_FLAGS.items() if status & flag))
    stopped = any(reason.endswith("-error") for reason in reasons) or bool(status & 0x1)
    return PrinterStatus(
        state="stopped" if stopped else ("processing" if status & 0x400 else "idle"),
        accepting=not stopped,
        reasons=reasons,
        message=message,
    )


def job_state_from_flags(status: int) -> tuple[str, str | None]:
    """(IPP-like job state, Vietnamese problem or None) for a JOB_INFO_1.Status value."""
    if status & (JOB_PRINTED | JOB_COMPLETE):
        return "completed", None
    if status & (JOB_DELETING | JOB_DELETED):
        return "canceled", None
    problems = [text for flag, text in JOB_PROBLEMS.items() if status & flag]
    if problems:
        return "stopped", ", ".join(dict.fromkeys(problems))
    return ("processing" if status & 0x10 else "pending"), None


@dataclass(frozen=True)
class SpoolJob:
    job_id: int
    document: str
    status: int


def available() -> bool:
    return sys.platform == "win32"


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only (.github/workflows/windows.yml)
    import ctypes
    from ctypes import wintypes

    _winspool = ctypes.WinDLL("winspool.drv", use_last_error=True)

    class _PrinterInfo2(ctypes.Structure):
        _fields_ = [  # noqa: RUF012 - ctypes' own declaration style
            *(
                (name, wintypes.LPWSTR)
                for name in (
                    "pServerName",
                    "pPrinterName",
                    "pShareName",
                    "pPortName",
                    "pDriverName",
                    "pComment",
                    "pLocation",
                )
            ),
            ("pDevMode", ctypes.c_void_p),
            *((name, wintypes.LPWSTR) for name in ("pSepFile", "pPrintProcessor", "pDatatype", "pParameters")),
            ("pSecurityDescriptor", ctypes.c_void_p),
            *(
                (name, wintypes.DWORD)
                for name in (
                    "Attributes",
                    "Priority",
                    "DefaultPriority",
                    "StartTime",
                    "UntilTime",
                    "Status",
                    "cJobs",
                    "AveragePPM",
                )
            ),
        ]

    class _JobInfo1(ctypes.Structure):
        _fields_ = [  # noqa: RUF012
            ("JobId", wintypes.DWORD),
            *(
                (name, wintypes.LPWSTR)
                for name in (
                    "pPrinterName",
                    "pMachineName",
                    "pUserName",
                    "pDocument",
                    "pDatatype",
                    "pStatus",
                )
            ),
            *((name, wintypes.DWORD) for name in ("Status", "Priority", "Position", "TotalPages", "PagesPrinted")),
            ("Submitted", wintypes.WORD * 8),
        ]

    def _open(name: str) -> wintypes.HANDLE | None:
        handle = wintypes.HANDLE()
        if not _winspool.OpenPrinterW(name, ctypes.byref(handle), None):
            return None
        return handle

    def _query(name: str, call: Callable[[wintypes.HANDLE], object]) -> object:
        handle = _open(name)
        if handle is None:
            return None
        try:
            return call(handle)
        finally:
            _winspool.ClosePrinter(handle)

    def _printer_info(handle: wintypes.HANDLE) -> tuple[int, str] | None:
        needed = wintypes.DWORD()
        _winspool.GetPrinterW(handle, 2, None, 0, ctypes.byref(needed))
        if not needed.value:
            return None
        buffer = ctypes.create_string_buffer(needed.value)
        if not _winspool.GetPrinterW(handle, 2, buffer, needed, ctypes.byref(needed)):
            return None
        info = ctypes.cast(buffer, ctypes.POINTER(_PrinterInfo2)).contents
        return int(info.Status), info.pComment or ""

    def _jobs(handle: wintypes.HANDLE) -> list[SpoolJob] | None:
        needed, count = wintypes.DWORD(), wintypes.DWORD()
        _winspool.EnumJobsW(handle, 0, 256, 1, None, 0, ctypes.byref(needed), ctypes.byref(count))
        if not needed.value:
            return []
        buffer = ctypes.create_string_buffer(needed.value)
        if not _winspool.EnumJobsW(handle, 0, 256, 1, buffer, needed, ctypes.byref(needed), ctypes.byref(count)):
            return None
        array = ctypes.cast(buffer, ctypes.POINTER(_JobInfo1 * count.value)).contents
        return [SpoolJob(int(job.JobId), job.pDocument or "", int(job.Status)) for job in array]

    def printer_status(name: str) -> PrinterStatus | None:
        found = _query(name, _printer_info)
        if not isinstance(found, tuple):
            return None
        status, _comment = found
        return printer_status_from_flags(status)

    def jobs(name: str) -> list[SpoolJob] | None:
        found = _query(name, _jobs)
        return found if isinstance(found, list) else None

    def cancel_job(name: str, job_id: int) -> None:
        job_control_delete = 5
        _query(name, lambda handle: _winspool.SetJobW(handle, job_id, 0, None, job_control_delete))

else:

    def printer_status(name: str) -> PrinterStatus | None:
        return None

    def jobs(name: str) -> list[SpoolJob] | None:
        return None

    def cancel_job(name: str, job_id: int) -> None:
        return None


def follow_job(
    printer: str,
    job_name: str,
    wait_s: float,
    poll_s: float = 0.3,
    *,
    list_jobs: Callable[[str], list[SpoolJob] | None] = lambda name: jobs(name),
    status_of: Callable[[str], PrinterStatus | None] = lambda name: printer_status(name),
    monotonic: Callable[[], float] = time.monotonic,
    pause: Callable[[float], None] = time.sleep,
) -> tuple[int, str, str | None] | None:
    """(job id, state, problem) once the job is printed, deleted, stopped with a problem or the wait ends.

    A job that leaves the queue without an error ends as "sent": the spooler handed it to the printer, and most
    drivers say no more. None when the spooler cannot be asked or never listed the job.
    """
    deadline = monotonic() + wait_s
    seen: SpoolJob | None = None
    while True:
        listed = list_jobs(printer)
        if listed is None:
            return (seen.job_id, "sent", None) if seen else None
        mine = [
            job for job in listed if (seen and job.job_id == seen.job_id) or (not seen and job_name in job.document)
        ]
        if seen is not None and not mine:
            return seen.job_id, "sent", None
        if mine:
            seen = max(mine, key=lambda job: job.job_id)
            state, problem = job_state_from_flags(seen.status)
            if state in ("completed", "canceled") or problem:
                return seen.job_id, state, problem
            status = status_of(printer)
            if status is not None and status.problem:
                return seen.job_id, "stopped", status.problem
        if monotonic() >= deadline:
            return (seen.job_id, job_state_from_flags(seen.status)[0], None) if seen else None
        pause(poll_s)
