"""Smoke test of a built bundle: run its commands from outside the checkout and check what they produce.

    .venv/bin/python installer/smoke.py dist/kiosk
    .venv\\Scripts\\python installer\\smoke.py dist\\kiosk      (Windows)

The bundle runs with an environment stripped of the virtual environment and of PYTHONPATH, from a temporary
working folder, on a new data folder: what a commune's PC sees. Each output is checked for what a person would
look at: the ticket PDF's text (pdftotext when installed, else pypdf), the screenshot not blank, the month XLSX
opened with openpyxl, the WAV a real sound. Exit status 0 only if every step passed.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import wave
from collections.abc import Iterator
from datetime import date
from pathlib import Path


class SmokeFailure(Exception):
    pass


def bundle_program(bundle: Path) -> Path:
    # On Windows the console program runs the commands; kiosk.exe is the windowed one for the screens.
    for name in ("kiosk-cli.exe", "kiosk.exe", "kiosk"):
        candidate = bundle / name
        if candidate.is_file():
            return candidate
    raise SmokeFailure(f"no kiosk program in {bundle}")


def clean_env(data_dir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("KIOSK_", "PYTHON", "VIRTUAL_ENV"))}
    venv_bin = str(Path(sys.prefix) / ("Scripts" if os.name == "nt" else "bin"))
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p and p != venv_bin)
    env["KIOSK_DATA_DIR"] = str(data_dir)
    env["KIOSK_CONFIG"] = str(data_dir / "kiosk.toml")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONUTF8"] = "1"
    return env


def run(program: Path, args: list[str], env: dict[str, str], cwd: Path) -> str:
    started = time.perf_counter()
    result = subprocess.run(
        [str(program), *args], env=env, cwd=cwd, capture_output=True, text=True, encoding="utf-8", timeout=300
    )
    took = time.perf_counter() - started
    print(f"  $ kiosk {' '.join(args)}  ({took:.2f} s, exit {result.returncode})", flush=True)
    if result.returncode != 0:
        raise SmokeFailure(f"`kiosk {' '.join(args)}` exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def check_png(path: Path) -> str:
    from PIL import Image, ImageStat

    with Image.open(path) as image:
        grey = image.convert("L")
        spread = ImageStat.Stat(grey).stddev[0]
        colours = len(grey.getcolors(maxcolors=256 * 256) or range(257))
        size = image.size
    if spread < 5 or colours < 8:
        raise SmokeFailure(f"{path.name} looks blank (stddev {spread:.1f}, {colours} grey levels)")
    return f"{size[0]}×{size[1]}, {colours} grey levels"


def check_xlsx(path: Path, month: str) -> str:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    cells = [
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    if not cells:
        raise SmokeFailure(f"{path.name} has no cells")
    year, number = month.split("-")
    if not any(number.lstrip("0") in cell and year in cell for cell in cells):
        raise SmokeFailure(f"{path.name} does not name the month {month}")
    return f"{len(workbook.sheetnames)} sheets, {len(cells)} filled cells"


def check_wav(path: Path) -> str:
    with wave.open(str(path)) as sound:
        seconds = sound.getnframes() / sound.getframerate()
    if seconds < 1:
        raise SmokeFailure(f"{path.name} is only {seconds:.2f} s")
    return f"{seconds:.1f} s"


@contextlib.contextmanager
def read_only_view(bundle: Path, work: Path) -> Iterator[Path]:
    """The bundle as a commune PC's Program Files holds it: not writable by the account that runs it.

    A normal account: the files' write bits are taken away for the run. root ignores those, so a read-only bind
    mount is used where the machine allows it; elsewhere the run says it could not make the folder read-only.
    """
    if os.name == "nt" or not hasattr(os, "geteuid"):
        yield bundle
        return
    if os.geteuid() != 0:
        modes = {path: path.stat().st_mode for path in [bundle, *bundle.rglob("*")] if not path.is_symlink()}
        for path, mode in modes.items():
            path.chmod(mode & ~0o222)
        try:
            print("  (the bundle folder is read-only for this run)")
            yield bundle
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
        return
    view = work / "ro-bundle"
    view.mkdir()
    mounted = subprocess.run(["mount", "--bind", str(bundle), str(view)], capture_output=True).returncode == 0
    if mounted and subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], capture_output=True).returncode == 0:
        try:
            print("  (the bundle folder is mounted read-only for this run)")
            yield view
        finally:
            subprocess.run(["umount", str(view)], check=False)
        return
    if mounted:
        subprocess.run(["umount", str(view)], check=False)
    print("  (could not make the bundle folder read-only here: it runs from a writable folder)")
    yield bundle


# installer/README.md, "Size": what the Linux bundle carries and leaves out to stay under this.
LINUX_SIZE_LIMIT_MB = 150


def check_size(bundle: Path) -> None:
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    print(f"  bundle size: {size:.1f} MB", flush=True)
    if sys.platform.startswith("linux") and size > LINUX_SIZE_LIMIT_MB:
        raise SmokeFailure(
            f"the bundle is {size:.1f} MB, over {LINUX_SIZE_LIMIT_MB} MB: see installer/README.md, 'Size', and "
            "installer/bundle_prune.py for what may be left out"
        )


def check_serve(program: Path, env: dict[str, str], work: Path) -> None:
    """`kiosk serve` from the bundle answers the hall board and a Vietnamese 404 (uvicorn and Starlette load
    parts of themselves by name: a freezer that missed one fails here, not in a commune's hall)."""
    import socket
    import urllib.error
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [str(program), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env, cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )  # fmt: skip
    try:
        assert server.stdout is not None
        first = server.stdout.readline()  # printed once the port is open
        if "đang chạy" not in first:
            server.kill()
            raise SmokeFailure(f"`kiosk serve` did not start: {first!r} {server.communicate()[1][-500:]!r}")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as page:
            board = page.read().decode("utf-8")
        if page.status != 200 or "<html" not in board.lower():
            raise SmokeFailure(f"the hall board answered {page.status}: {board[:200]!r}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/v/00000000-0000-4000-8000-000000000000", timeout=30)
            raise SmokeFailure("an unknown ticket page did not answer 404")
        except urllib.error.HTTPError as missing:
            if missing.code != 404:
                raise SmokeFailure(f"an unknown ticket page answered {missing.code}") from None
        print(f"    kiosk serve: hall board {len(board)} bytes, unknown ticket 404", flush=True)
    finally:
        server.terminate()
        try:
            server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.communicate()


def smoke(bundle: Path) -> None:
    check_size(bundle)
    with tempfile.TemporaryDirectory(prefix="kiosk-smoke-") as tmp:
        work = Path(tmp)
        with read_only_view(bundle.resolve(), work) as view:
            _smoke(bundle_program(view), work)


def _smoke(program: Path, work: Path) -> None:
    data_dir = work / "data"
    env = clean_env(data_dir)
    version = run(program, ["--version"], env, work).strip()
    if not version.startswith("kiosk ") or "unknown" in version:
        raise SmokeFailure(f"--version printed {version!r}")
    run(program, ["db", "upgrade"], env, work)
    # Before the commune is set up nothing is issued (no invented commune on a ticket); then set up from a file,
    # as an IT person rolling out many communes does.
    refused = subprocess.run(
        [str(program), "ticket", "issue", "A"], env=env, cwd=work, capture_output=True, text=True, encoding="utf-8",
        timeout=120,
    )  # fmt: skip
    if refused.returncode != 2 or "kiosk setup" not in refused.stderr:
        raise SmokeFailure(f"a ticket before setup gave exit {refused.returncode}: {refused.stderr!r}")
    print("    before setup: ticket refused, naming kiosk setup")
    (work / "office.toml").write_text(run(program, ["setup", "--example"], env, work), encoding="utf-8")
    run(program, ["setup", "--file", str(work / "office.toml")], dict(env, KIOSK_ADMIN_PIN="2468"), work)
    issued = json.loads(run(program, ["ticket", "issue", "A", "--json"], env, work))
    code = issued["code"]
    run(program, ["print", "ticket", code, "--out", str(work / "t.pdf")], env, work)
    text = pdf_text(work / "t.pdf")
    if code not in text.replace(" ", ""):
        raise SmokeFailure(f"the ticket PDF does not show {code}: {text[:200]!r}")
    print(f"    ticket {code}: PDF shows the number")
    run(program, ["screenshot", "kiosk-home", "--out", str(work / "k.png")], env, work)
    print(f"    kiosk-home.png: {check_png(work / 'k.png')}")
    # The hall display and the tally (Qt Charts) load Qt modules the kiosk's home screen does not.
    for screen in ("display", "tally", "desk-queue"):
        run(program, ["screenshot", screen, "--out", str(work / f"{screen}.png")], env, work)
        print(f"    {screen}.png: {check_png(work / f'{screen}.png')}")
    month = date.today().strftime("%Y-%m")
    run(program, ["tally", "--month", month, "--format", "xlsx", "--out", str(work / "m.xlsx")], env, work)
    print(f"    m.xlsx: {check_xlsx(work / 'm.xlsx', month)}")
    said = run(program, ["announce", code, "--counter", "1", "--wav", str(work / "a.wav")], env, work)
    if "espeak-ng đi kèm" not in said:  # a chime alone is also longer than a second
        raise SmokeFailure(f"the bundled espeak-ng did not speak the call: {said.strip()}")
    print(f"    a.wav: {check_wav(work / 'a.wav')}")
    check_serve(program, env, work)
    # Bad input a commune PC meets: a data folder nobody may write to gets a sentence, not a traceback.
    if not os.access(program.parent, os.W_OK):
        blocked = dict(env, KIOSK_DATA_DIR=str(program.parent / "no-data-here"))
        result = subprocess.run(
            [str(program), "ticket", "issue", "A"],
            env=blocked,
            cwd=work,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )
        if result.returncode == 0 or "Traceback" in result.stderr or "thư mục dữ liệu" not in result.stderr:
            raise SmokeFailure(f"an unwritable data folder gave exit {result.returncode}: {result.stderr!r}")
        print(f"    unwritable data folder: {result.stderr.strip()[:90]}…")
    print(f"bundle smoke test passed: {version}", flush=True)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    try:
        smoke(Path(argv[0]))
    except (SmokeFailure, subprocess.TimeoutExpired, OSError, ValueError, KeyError) as exc:
        print(f"bundle smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
