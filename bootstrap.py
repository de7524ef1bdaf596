#!/usr/bin/env python3
"""Set up a fresh machine and run the kiosk or its test suite. Standard library only.

    python3 bootstrap.py run  [kiosk run options]     install what is missing, then open the application
    python3 bootstrap.py test [pytest options]        install what is missing, then lint and run every test
    python3 bootstrap.py bundle [--smoke]             build the frozen program into dist/kiosk/ (PyInstaller);
                                                      --smoke then runs installer/smoke.py on it

On Debian/Ubuntu it installs the system packages the program and the tests need (apt-get, as root or with sudo).
On every system it creates .venv beside this file and installs the project into it (again only when
pyproject.toml changed). Windows: `py bootstrap.py run` / `py bootstrap.py test` / `py bootstrap.py bundle`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"

# Qt's xcb platform plugin and audio/voice on Linux.
RUNTIME_DEBS = [
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libegl1",
    "libgl1",
    "libdbus-1-3",
    "libfontconfig1",
    # Taken from the system by the Linux bundle as well (installer/linux_slim.py): printing and sound clients.
    "libcups2",
    "libpulse0",
    "espeak-ng",
    # ipptool: tells whether a CUPS job really completed (paper out), not just left the queue.
    "cups-ipp-utils",
]
# What the tests use for real: a PostgreSQL server, PDF and QR tools, a virtual screen, a CUPS test printer.
TEST_DEBS = [
    "postgresql",
    "poppler-utils",
    "zbar-tools",
    "xvfb",
    "xdotool",
    "imagemagick",
    "cups",
    "cups-client",
    "cups-filters",
    "sox",
    "libreoffice-calc-nogui",  # prints the tally XLSX in the tests (page count against our PDF)
    # The LAN pages are tested in a real browser (kiosk/services/web, tests/test_web_browser.py).
    "chromium",
    "chromium-driver",
]


def say(message: str) -> None:
    print(f"[bootstrap] {message}", flush=True)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def missing_debs(packages: list[str]) -> list[str]:
    missing = []
    for pkg in packages:
        result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True, text=True, check=False)
        if "install ok installed" not in result.stdout:
            missing.append(pkg)
    return missing


def install_debs(packages: list[str]) -> None:
    if not sys.platform.startswith("linux") or shutil.which("apt-get") is None or shutil.which("dpkg-query") is None:
        return
    missing = missing_debs(packages)
    if not missing:
        return
    prefix: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        if shutil.which("sudo") is None:
            say("missing system packages and no sudo: please install " + " ".join(missing))
            return
        prefix = ["sudo"]
    say("installing system packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        [*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], check=True, env=env
    )


def ensure_venv(extras: str) -> Path:
    python = venv_python()
    if not python.exists():
        say(f"creating virtual environment in {VENV}")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    stamp = VENV / f".installed-{extras or 'base'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != digest:
        say("installing the project and its Python dependencies (first time only, a few minutes)")
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
        target = f".[{extras}]" if extras else "."
        subprocess.run([str(python), "-m", "pip", "install", "-q", "-e", target], check=True, cwd=ROOT)
        stamp.write_text(digest)
    return python


def build_bundle(smoke: bool) -> int:
    """dist/kiosk/: kiosk (Linux) or kiosk.exe + kiosk-cli.exe (Windows), with everything it needs."""
    python = ensure_venv("test,bundle")
    dist, work = ROOT / "dist", ROOT / "build" / "pyinstaller"
    target = dist / "kiosk"
    if target.exists():
        shutil.rmtree(target)
    say("building the bundle with PyInstaller (about a minute)")
    built = subprocess.call(
        [
            str(python),
            "-m",
            "PyInstaller",
            str(ROOT / "installer" / "kiosk.spec"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
        ],
        cwd=ROOT,
    )
    if built != 0:
        say("PyInstaller failed (above)")
        return built
    size = sum(f.stat().st_size for f in target.rglob("*") if f.is_file() and not f.is_symlink())
    say(f"bundle ready: {target} ({size / 1e6:.0f} MB)")
    if not smoke:
        return 0
    return subprocess.call([str(python), str(ROOT / "installer" / "smoke.py"), str(target)], cwd=ROOT)


def main(argv: list[str]) -> int:
    if argv and argv[0] == "bundle":
        if sys.version_info < (3, 11):  # noqa: UP036 - a person may start it with an old python3
            say("Python 3.11 or newer is needed")
            return 2
        # gcc assembles the slimmed ICU data library of the Linux bundle (installer/linux_slim.py).
        install_debs(RUNTIME_DEBS + ["gcc"])
        return build_bundle(smoke="--smoke" in argv[1:])
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    action, rest = argv[0], argv[1:]
    if sys.version_info < (3, 11):  # noqa: UP036 - a person may start it with an old python3
        say("Python 3.11 or newer is needed")
        return 2
    if action == "run":
        install_debs(RUNTIME_DEBS)
        python = ensure_venv("")
        return subprocess.call([str(python), "-m", "kiosk", "run", *rest], cwd=ROOT)
    install_debs(RUNTIME_DEBS + TEST_DEBS)
    python = ensure_venv("test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    # The lint and the layout check both: a file that drifts from the common format shows up in every later diff.
    for check in (["check", "."], ["format", "--check", "."]):
        lint = subprocess.call([str(python), "-m", "ruff", *check], cwd=ROOT, env=env)
        if lint != 0:
            say(f"ruff {check[0]} found problems (above)")
            return lint
    return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
