"""A private CUPS server for tests: its own config, spool and domain socket, one queue writing jobs to a file.

Nothing outside its temporary folder changes (no /etc/cups edits, no system cupsd); clients find it through
CUPS_SERVER. Needs root (cupsd runs filters as the lp user) and the cups, cups-client, cups-ipp-utils,
cups-filters packages. ENGINEERING.md §7 describes the system-wide variant.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

QUEUE = "kiosk-test"
PPD = Path("/usr/share/ppd/cupsfilters/Generic-PDF_Printer-PDF.ppd")
TOOLS = ("cupsd", "lpadmin", "lpstat", "ipptool", "cupsdisable", "cupsenable")


def missing() -> str | None:
    """Why a private cupsd cannot run here, or None."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "needs root to run cupsd"
    absent = [t for t in TOOLS if shutil.which(t) is None]
    if absent:
        return "missing " + ", ".join(absent)
    if not PPD.exists():
        return f"missing {PPD} (cups-filters)"
    return None


class CupsServer:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-cups-"))
        self.socket = self.root / "cups.sock"
        self.out_dir = self.root / "out"
        self.out_file = self.out_dir / "job.pdf"
        self._proc: subprocess.Popen[bytes] | None = None

    def _env(self) -> dict[str, str]:
        return dict(os.environ, CUPS_SERVER=str(self.socket))

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(args), env=self._env(), capture_output=True, text=True, check=True, timeout=30)

    def start(self) -> CupsServer:
        etc = self.root / "etc"
        for sub in ("etc", "spool", "tmp", "run", "cache", "log", "out"):
            (self.root / sub).mkdir()
        self.root.chmod(0o755)
        self.out_dir.chmod(0o777)  # the file backend writes as the lp user
        (etc / "cups-files.conf").write_text(
            "\n".join(
                [
                    f"ServerRoot {etc}",
                    f"RequestRoot {self.root / 'spool'}",
                    f"TempDir {self.root / 'tmp'}",
                    f"StateDir {self.root / 'run'}",
                    f"CacheDir {self.root / 'cache'}",
                    f"AccessLog {self.root / 'log' / 'access_log'}",
                    f"ErrorLog {self.root / 'log' / 'error_log'}",
                    f"PageLog {self.root / 'log' / 'page_log'}",
                    "FileDevice Yes",
                    "SystemGroup root",
                    "",
                ]
            )
        )
        (etc / "cupsd.conf").write_text(
            f"Listen {self.socket}\nLogLevel warn\nWebInterface No\nBrowsing No\nDefaultAuthType None\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
        )
        proc = subprocess.Popen(
            ["cupsd", "-f", "-c", str(etc / "cupsd.conf"), "-s", str(etc / "cups-files.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self._proc = proc
        deadline = time.monotonic() + 15
        while not self.socket.exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"cupsd did not start (see {self.root / 'log'})")
            time.sleep(0.1)
        self.clear_output()
        self.run("lpadmin", "-p", QUEUE, "-E", "-v", f"file://{self.out_file}", "-P", str(self._thermal_ppd()))
        return self

    def _thermal_ppd(self) -> Path:
        """The generic PDF driver with the forms of an 80 mm thermal driver added (its PPD has no roll size and
        no custom size, like many thermal drivers' PPDs have only their own forms)."""
        text = PPD.read_text(encoding="utf-8", errors="replace")
        forms = {
            "PageSize": '"@PJL SET PAPER=CUSTOM<0A>"',
            "PageRegion": '"@PJL SET PAPER=CUSTOM<0A>"',
            "ImageableArea": '"0 0 227 {h}"',
            "PaperDimension": '"227 {h}"',
        }
        for keyword, value in forms.items():
            anchor = f"*{keyword} A4/A4:"
            added = "".join(
                f"*{keyword} 80x{mm}mm/80mm x {mm}mm: {value.format(h=round(mm * 72 / 25.4))}\n" for mm in (200, 297)
            )
            text = text.replace(anchor, added + anchor, 1)
        path = self.root / "thermal.ppd"
        path.write_text(text, encoding="utf-8")
        return path

    def clear_output(self) -> None:
        """Empty the device file, keeping it: CUPS 2.4 opens a file: device without O_CREAT, so a missing file
        stops the job ("could not open the output file") instead of printing it."""
        self.out_file.parent.mkdir(parents=True, exist_ok=True)
        self.out_file.write_bytes(b"")
        self.out_file.chmod(0o666)  # the backend may run as the lp user

    def disable(self, reason: str) -> None:
        self.run("cupsdisable", "-r", reason, QUEUE)

    def enable(self) -> None:
        self.run("cupsenable", QUEUE)

    def hold_new_jobs(self, hold: bool = True) -> None:
        """Every new job waits in CUPS as pending-held (what a driver's 'hold for release' or a job nobody
        released looks like): the printer itself is idle and accepting, so nothing reports a problem."""
        self.run("lpadmin", "-p", QUEUE, "-o", f"job-hold-until-default={'indefinite' if hold else 'no-hold'}")

    def stop(self) -> None:
        if self._proc is not None:
            self._proc.send_signal(signal.SIGTERM)
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(timeout=5)
            self._proc = None
        shutil.rmtree(self.root, ignore_errors=True)
