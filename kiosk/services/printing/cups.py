"""Ask CUPS what happened to a print job and why a printer is stopped (Linux, no Qt).

Qt hands a job to CUPS and says nothing more; this module finds the job again by its name and follows its state
with `ipptool` (IPP Get-Jobs / Get-Job-Attributes / Get-Printer-Attributes). Where CUPS or ipptool is missing
(Windows, a trimmed install) every function answers None: the job is then recorded as sent, paper unconfirmed.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

TERMINAL = {"completed", "canceled", "aborted"}
_TIMEOUT_S = 10

_GET_JOBS = """{
 OPERATION Get-Jobs
 GROUP operation-attributes-tag
 ATTR charset attributes-charset utf-8
 ATTR naturalLanguage attributes-natural-language en
 ATTR uri printer-uri $uri
 ATTR name requesting-user-name $user
 ATTR keyword which-jobs all
 ATTR keyword requested-attributes job-id,job-state,job-name
 DISPLAY job-id
 DISPLAY job-state
 DISPLAY job-name
}
"""
_GET_PRINTER = """{
 OPERATION Get-Printer-Attributes
 GROUP operation-attributes-tag
 ATTR charset attributes-charset utf-8
 ATTR naturalLanguage attributes-natural-language en
 ATTR uri printer-uri $uri
 ATTR keyword requested-attributes printer-state,printer-state-reasons,printer-is-accepting-jobs,printer-state-message
 DISPLAY printer-state
 DISPLAY printer-is-accepting-jobs
 DISPLAY printer-state-reasons
 DISPLAY printer-state-message
}
"""
_CANCEL = """{
 OPERATION Cancel-Job
 GROUP operation-attributes-tag
 ATTR charset attributes-charset utf-8
 ATTR naturalLanguage attributes-natural-language en
 ATTR uri printer-uri $uri
 ATTR integer job-id $job_id
 ATTR name requesting-user-name $user
}
"""

# printer-state-reasons (RFC 8011 §5.4.12) → what to tell the officer at the desk.
REASONS = {
    "media-empty": "máy in hết giấy",
    "media-needed": "máy in hết giấy",
    "media-jam": "máy in bị kẹt giấy",
    "door-open": "nắp máy in đang mở",
    "cover-open": "nắp máy in đang mở",
    "offline": "máy in chưa bật hoặc chưa cắm cáp",
    "shutdown": "máy in đã tắt",
    "connecting-to-device": "không kết nối được với máy in (chưa bật hoặc chưa cắm cáp)",
    "toner-empty": "máy in hết mực",
    "marker-supply-empty": "máy in hết mực",
    "paused": "hàng đợi in đang tạm dừng",
}


@dataclass(frozen=True)
class PrinterStatus:
    state: str  # idle | processing | stopped
    accepting: bool
    reasons: tuple[str, ...]
    message: str

    @property
    def problem(self) -> str | None:
        """A Vietnamese phrase when the printer cannot print now, else None."""
        known = [
            REASONS[r.removesuffix("-error").removesuffix("-warning")]
            for r in self.reasons
            if r.removesuffix("-error").removesuffix("-warning") in REASONS
        ]
        if self.state != "stopped" and self.accepting and not any(r.endswith("-error") for r in self.reasons):
            return None
        words = ", ".join(dict.fromkeys(known)) or "máy in đang dừng hoặc báo lỗi"
        return f"{words} ({self.message})" if self.message else words


def available() -> bool:
    return shutil.which("ipptool") is not None and shutil.which("lpstat") is not None


def server() -> str | None:
    """Where libcups (and so Qt) sends jobs: a host:port or a domain socket path, from `lpstat -H`."""
    try:
        out = subprocess.run(["lpstat", "-H"], capture_output=True, text=True, timeout=_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    value = out.stdout.strip()
    return value or None


def printer_uri(name: str) -> str | None:
    host = server()
    if host is None:
        return None
    if host.startswith("/"):
        host = quote(host, safe="")  # ipp://%2Frun%2Fcups%2Fcups.sock/... reaches a domain socket
    return f"ipp://{host}/printers/{quote(name)}"


def _ipptool(name: str, test: str, **values: str) -> list[dict[str, str]] | None:
    if not available():
        return None
    uri = printer_uri(name)
    if uri is None:
        return None
    with tempfile.TemporaryDirectory(prefix="kiosk-ipp-") as tmp:
        path = Path(tmp) / "request.test"
        path.write_text(test, encoding="utf-8")
        args = ["ipptool", "-c"]
        for key, value in values.items():
            args += ["-d", f"{key}={value}"]
        try:
            out = subprocess.run(
                [*args, uri, str(path)], capture_output=True, text=True, timeout=_TIMEOUT_S, check=False
            )
        except (OSError, subprocess.SubprocessError):
            return None
    if out.returncode != 0:
        return None
    return list(csv.DictReader(io.StringIO(out.stdout)))


def printer_status(name: str) -> PrinterStatus | None:
    rows = _ipptool(name, _GET_PRINTER)
    if not rows:
        return None
    row = rows[0]
    reasons = tuple(r for r in (row.get("printer-state-reasons") or "").split(",") if r and r != "none")
    return PrinterStatus(
        state=row.get("printer-state") or "",
        accepting=(row.get("printer-is-accepting-jobs") or "").lower() == "true",
        reasons=reasons,
        message=(row.get("printer-state-message") or "").strip(),
    )


def jobs(printer: str) -> list[tuple[int, str, str]] | None:
    """(job id, state, name) of every job CUPS still remembers for `printer`; None when CUPS cannot be asked."""
    rows = _ipptool(printer, _GET_JOBS)
    if rows is None:
        return None
    return [
        (int(r["job-id"]), r.get("job-state") or "", r.get("job-name") or "")
        for r in rows
        if (r.get("job-id") or "").isdigit()
    ]


def find_job(printer: str, job_name: str) -> tuple[int, str] | None:
    """(job id, state) of the newest job on `printer` whose name contains `job_name`."""
    found = [(job_id, state) for job_id, state, name in jobs(printer) or [] if job_name in name]
    return max(found) if found else None


def cancel_job(printer: str, job_id: int) -> None:
    _ipptool(printer, _CANCEL, job_id=str(job_id))


def follow_job(printer: str, job_name: str, wait_s: float, poll_s: float = 0.3) -> tuple[int, str] | None:
    """Wait until the named job reaches a terminal state, or the printer is found stopped, or time runs out.

    Returns (job id, last state); None when CUPS cannot be asked or never saw the job.
    """
    deadline = time.monotonic() + wait_s
    job: tuple[int, str] | None = None
    while True:
        listed = jobs(printer)
        if listed is None:
            # No ipptool: nothing to wait for. Otherwise a busy cupsd can miss one answer: ask again in time.
            if shutil.which("ipptool") is None or time.monotonic() >= deadline:
                return job
            time.sleep(poll_s)
            continue
        if job is not None:
            # Once a job completes CUPS may forget its name (history without attributes): follow it by id.
            mine = [(job_id, state) for job_id, state, _ in listed if job_id == job[0]]
        else:
            mine = [(job_id, state) for job_id, state, name in listed if job_name in name]
        job = max(mine) if mine else job
        if job is not None and job[1] in TERMINAL:
            return job
        if job is not None:
            # Out of paper or unplugged mid-job: CUPS keeps the job pending/processing and flags the printer.
            status = printer_status(printer)
            if status is not None and status.problem:
                return job
        if time.monotonic() >= deadline:
            return job
        time.sleep(poll_s)
