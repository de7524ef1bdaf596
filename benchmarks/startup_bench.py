"""Start-up figures of issue 16, as ratios to references measured in the same run, interleaved, medians.

    python -m benchmarks startup                          # this tree only
    python -m benchmarks startup --compare /tmp/perf-main # also another checkout (e.g. main), same sitting
    python -m benchmarks startup --runs 7 --offscreen

Measured, each round once, in this order (so load on the machine falls on all alike):
- first paint: process start → the first window painted, for `kiosk run --role kiosk`, `--role display` and
  `--role kiosk` on a database that does not exist yet, against a bare PySide6 QLabel shown full screen
  (benchmarks/paint_probe.py watches every one the same way). Same Python, same display: a private Xvfb when the
  machine has one, else Qt's offscreen platform (printed).
- commands: `kiosk queue status`, `kiosk ticket issue A`, `kiosk tally --date D` against
  `python -c "import sqlalchemy"`, and `kiosk --help` against `python -c pass`; whole process, CPU time
  (user + system, which the machine's other load barely moves) and wall time.
Each tree gets its own data folder with a week of demo data, and its kiosk and hall display are opened once,
untimed, as on a PC that has started them before (a screen leaves its snapshot in the data folder, which its next
start paints from: kiosk/services/screen_snapshot.py). Both trees' modules are compiled first (this
machine sets PYTHONDONTWRITEBYTECODE, which would otherwise make every run compile the program anew).
Targets (issue 16): first paint ≤ 1.5× (fresh database ≤ 2×), commands ≤ 1.5×, --help ≤ 3×.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = Path(__file__).with_name("paint_probe.py")
DAY = "2026-11-24"


@dataclass
class Sample:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def add(self, wall: float, cpu: float) -> None:
        self.wall.append(wall)
        self.cpu.append(cpu)

    @property
    def wall_median(self) -> float:
        return statistics.median(self.wall) if self.wall else float("nan")

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu) if self.cpu else float("nan")


def _wait(proc: subprocess.Popen[bytes]) -> float:
    """Reap the child and return its CPU seconds (user + system)."""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime


def run_command(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    # cwd: `python -m kiosk` puts the working folder first on sys.path, ahead of PYTHONPATH (the tree timed).
    proc = subprocess.Popen(argv, env=env, cwd=env["KIOSK_DATA_DIR"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    cpu = _wait(proc)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {err.decode(errors='replace')[-800:]}")
    return wall, cpu


def run_paint(argv: list[str], env: dict[str, str], timeout: float = 120.0) -> tuple[float, float]:
    """Wall time from the start of the process to the probe's PAINTED line, and the CPU the process used."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, cwd=env["KIOSK_DATA_DIR"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    painted = None
    deadline = start + timeout
    for line in proc.stdout:
        if line.strip() == b"PAINTED":
            painted = time.perf_counter() - start
            break
        if time.perf_counter() > deadline:
            break
    if painted is None and proc.poll() is None:
        proc.kill()
    cpu = _wait(proc) if proc.returncode is None else 0.0
    if painted is None:
        raise SystemExit(f"{' '.join(argv)} never painted (exit {proc.returncode})")
    return painted, cpu


def _x_socket_answers(number: int) -> bool:
    """Whether an X server answers on display `number`: the abstract socket (shared by every container on this
    network namespace, so another session's Xvfb shows up here) or the file in /tmp/.X11-unix."""
    import socket

    for address in (f"\0/tmp/.X11-unix/X{number}", f"/tmp/.X11-unix/X{number}"):
        with socket.socket(socket.AF_UNIX) as sock:
            try:
                sock.connect(address)
                return True
            except OSError:
                continue
    return False


class Display:
    """A private Xvfb (a real X server, as on the kiosk PC) or Qt's offscreen platform when there is none.

    The display number is picked at random among high ones that nobody answers on: sessions sharing this machine
    run their own X servers, and Xvfb's -displayfd only looks at lock files, not at the others' abstract sockets.
    """

    def __init__(self, offscreen: bool) -> None:
        import random

        self.proc: subprocess.Popen[bytes] | None = None
        self.name = "offscreen"
        self.env: dict[str, str] = {"QT_QPA_PLATFORM": "offscreen"}
        xvfb = None if offscreen else shutil.which("Xvfb")
        if not xvfb:
            return
        for number in random.sample(range(300, 900), 20):
            if _x_socket_answers(number) or Path(f"/tmp/.X{number}-lock").exists():
                continue
            self.proc = subprocess.Popen(
                [xvfb, f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            deadline = time.monotonic() + 10
            while self.proc.poll() is None and not _x_socket_answers(number) and time.monotonic() < deadline:
                time.sleep(0.05)  # a benchmark's wait for the server to listen
            if self.proc.poll() is None and _x_socket_answers(number):
                self.name = f"Xvfb :{number} 1920x1080"
                self.env = {"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
                return
            self.close()
        raise SystemExit("Xvfb did not start; run with --offscreen")

    def close(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None


def tree_env(tree: Path, data: Path, display: Display) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KIOSK_", "QT_", "PYTHONDONTWRITEBYTECODE"))}
    env.update(display.env)
    env.update(
        PYTHONPATH=str(tree),
        PYTHONUTF8="1",
        KIOSK_DATA_DIR=str(data),
        KIOSK_CONFIG=str(data / "kiosk.toml"),
    )
    return env


def prepare_tree(tree: Path, data: Path, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "kiosk")], check=True, env=env)
    data.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "kiosk", "demo", "--days", "7", "--seed", "1"],
        check=True,
        env=env,
        cwd=data,
        stdout=subprocess.DEVNULL,
    )


WARM_UP_S = 15.0


def warm_up_screens(env: dict[str, str], data: Path) -> None:
    """Open the kiosk and the hall display once, until each has written its screen snapshot (a tree that writes
    none is given WARM_UP_S), then close them: the timed starts are those of a PC that ran its screens before."""
    for role in ("kiosk", "display"):
        proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "run", "--role", role],
            env=env,
            cwd=data,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + WARM_UP_S
        while proc.poll() is None and not (data / f"screen-{role}.json").exists() and time.monotonic() < deadline:
            time.sleep(0.1)  # a benchmark's wait for another process's file
        proc.terminate()
        proc.wait(timeout=10)


def ratio(value: float, reference: float) -> str:
    return f"{value / reference:5.2f}×" if reference > 0 else "  n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="rounds (median of these; at least 5 for the issue)")
    parser.add_argument("--compare", type=Path, action="append", default=[], help="another source tree to time")
    parser.add_argument("--offscreen", action="store_true", help="Qt's offscreen platform even if Xvfb is here")
    parser.add_argument("--no-screens", action="store_true", help="commands only (no windows)")
    args = parser.parse_args(argv)

    trees = [(p.name or str(p), p.resolve()) for p in args.compare] + [("this tree", ROOT)]
    display = Display(args.offscreen or args.no_screens)  # commands open no window: no X server to start
    work = Path(tempfile.mkdtemp(prefix="kiosk-startup-"))
    py = sys.executable
    try:
        envs = {}
        for name, tree in trees:
            envs[name] = tree_env(tree, work / name.replace("/", "_"), display)
            prepare_tree(tree, work / name.replace("/", "_"), envs[name])
        ref_env = tree_env(ROOT, work / "ref", display)
        (work / "ref").mkdir()
        print(
            f"display: {display.name}; python {sys.version.split()[0]}; {args.runs} rounds; trees: "
            + ", ".join(f"{n} ({t})" for n, t in trees),
            flush=True,
        )

        if not args.no_screens:
            # Untimed: the X server's first client, the disk cache warmed for every tree alike.
            for attempt in range(3):
                try:
                    run_paint([py, str(PROBE), "label"], ref_env, timeout=60)
                    break
                except SystemExit:
                    if attempt == 2:
                        raise
            for name, _tree in trees:
                warm_up_screens(envs[name], work / name.replace("/", "_"))
        refs = {"pass": Sample(), "import sqlalchemy": Sample(), "QLabel painted": Sample()}
        rows: dict[tuple[str, str], Sample] = {}
        commands = {
            "kiosk --help": ["--help"],
            "queue status": ["queue", "status"],
            "ticket issue A": ["ticket", "issue", "A"],
            f"tally --date {DAY}": ["tally", "--date", DAY],
        }
        screens = (
            {}
            if args.no_screens
            else {
                "run --role kiosk": ["run", "--role", "kiosk"],
                "run --role display": ["run", "--role", "display"],
                "run --role kiosk, new database": ["run", "--role", "kiosk"],
            }
        )
        for round_no in range(1, args.runs + 1):
            refs["pass"].add(*run_command([py, "-c", "pass"], ref_env))
            refs["import sqlalchemy"].add(*run_command([py, "-c", "import sqlalchemy"], ref_env))
            if screens:
                refs["QLabel painted"].add(*run_paint([py, str(PROBE), "label"], ref_env))
            for name, _tree in trees:
                env = envs[name]
                for label, cmd in commands.items():
                    rows.setdefault((name, label), Sample()).add(*run_command([py, "-m", "kiosk", *cmd], env))
                for label, cmd in screens.items():
                    run_env = env
                    fresh = None
                    if "new database" in label:
                        fresh = Path(tempfile.mkdtemp(prefix="fresh-", dir=work))
                        run_env = dict(env, KIOSK_DATA_DIR=str(fresh), KIOSK_CONFIG=str(fresh / "kiosk.toml"))
                    rows.setdefault((name, label), Sample()).add(*run_paint([py, str(PROBE), "kiosk", *cmd], run_env))
                    if fresh is not None:
                        shutil.rmtree(fresh, ignore_errors=True)
            print(f"  round {round_no}/{args.runs} done", flush=True)

        print()
        print(f"{'reference':34s} {'wall s':>8s} {'CPU s':>8s}")
        for label, sample in refs.items():
            if sample.wall:
                print(f"{label:34s} {sample.wall_median:8.3f} {sample.cpu_median:8.3f}")
        print()
        reference_of = {
            "kiosk --help": ("pass", 3.0),
            "queue status": ("import sqlalchemy", 1.5),
            "ticket issue A": ("import sqlalchemy", 1.5),
            f"tally --date {DAY}": ("import sqlalchemy", 1.5),
            "run --role kiosk": ("QLabel painted", 1.5),
            "run --role display": ("QLabel painted", 1.5),
            "run --role kiosk, new database": ("QLabel painted", 2.0),
        }
        header = f"{'measure':34s} {'vs':18s} {'target':>6s}"
        for name, _ in trees:
            header += f" | {name[:22]:>22s}: wall, CPU"
        print(header)
        for label in [*commands, *screens]:
            ref_name, target = reference_of[label]
            ref = refs[ref_name]
            line = f"{label:34s} {ref_name:18s} {target:5.1f}×"
            for name, _ in trees:
                s = rows[(name, label)]
                line += (
                    f" | {s.wall_median:6.3f}s {ratio(s.wall_median, ref.wall_median)}"
                    f" {s.cpu_median:6.3f}s {ratio(s.cpu_median, ref.cpu_median)}"
                )
            print(line)
        print("\nFirst paint is judged on wall time (what a person waits), commands on CPU (the issue's measure).")
    finally:
        display.close()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
