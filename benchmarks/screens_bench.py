"""The screens at rest and under a day's load (issue 16): idle CPU over 60 s and RSS after 10,000 tickets.

    python -m benchmarks screens                           # this tree, SQLite
    python -m benchmarks screens --compare /tmp/perf-main  # also another checkout, in the same sitting
    python -m benchmarks screens --idle 60 --tickets 10000

For each tree, `kiosk run --role display` and `kiosk run --role kiosk` run side by side on one SQLite database
(a private Xvfb, or Qt's offscreen platform when there is none). Idle: their CPU time (utime + stime from /proc)
over --idle seconds, after they settled, as a share of one core; target ≤ 1 %. Load: this process issues and calls
--tickets tickets (services A–H, one desk each) while the screens follow; their RSS after the first 1,000 and at the
end; target: growth ≤ 10 MB. Linux only (/proc).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.startup_bench import Display, prepare_tree, tree_env

ROOT = Path(__file__).resolve().parents[1]
TICK = os.sysconf("SC_CLK_TCK")
LOADER = Path(__file__).with_name("load_tickets.py")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime, stime


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start_screen(role: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--role", role],
        env=env,
        cwd=env["KIOSK_DATA_DIR"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def load(env: dict[str, str], tickets: int, procs: dict[str, subprocess.Popen[bytes]]) -> dict[str, float]:
    """Issue and call `tickets` tickets with the tree's own code; the screens' RSS once the first 1,000 are in."""
    first: dict[str, float] = {}
    with subprocess.Popen(
        [sys.executable, str(LOADER), str(tickets)], env=env, cwd=env["KIOSK_DATA_DIR"], stdout=subprocess.PIPE
    ) as loader:
        assert loader.stdout is not None
        for line in loader.stdout:
            if int(line) >= min(1000, tickets) and not first:
                first = {role: rss_mb(p.pid) for role, p in procs.items()}
    if loader.returncode != 0:
        raise SystemExit(f"the load failed ({loader.returncode})")
    return first


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--compare", type=Path, action="append", default=[])
    parser.add_argument("--idle", type=float, default=60.0, help="seconds of idle measured")
    parser.add_argument("--settle", type=float, default=15.0, help="seconds after start before measuring")
    parser.add_argument("--tickets", type=int, default=10_000)
    parser.add_argument("--offscreen", action="store_true")
    args = parser.parse_args(argv)

    trees = [(p.name or str(p), p.resolve()) for p in args.compare] + [("this tree", ROOT)]
    display = Display(args.offscreen)
    work = Path(tempfile.mkdtemp(prefix="kiosk-screens-"))
    results: dict[str, dict[str, str]] = {}
    try:
        print(f"display: {display.name}; idle {args.idle:.0f} s after {args.settle:.0f} s; {args.tickets} tickets")
        for name, tree in trees:
            data = work / name.replace("/", "_")
            env = tree_env(tree, data, display)
            prepare_tree(tree, data, env)
            procs = {role: start_screen(role, env) for role in ("display", "kiosk")}
            try:
                time.sleep(args.settle)  # a benchmark's wait: the screens start, paint, and settle
                for role, proc in procs.items():
                    if proc.poll() is not None:
                        raise SystemExit(f"{name}: kiosk run --role {role} exited ({proc.returncode})")
                before = {role: cpu_seconds(p.pid) for role, p in procs.items()}
                time.sleep(args.idle)  # the idle window measured
                after = {role: cpu_seconds(p.pid) for role, p in procs.items()}
                row = {}
                for role in procs:
                    row[f"{role} idle CPU"] = f"{100 * (after[role] - before[role]) / args.idle:5.2f} %"
                started = time.perf_counter()
                rss_first = load(env, args.tickets, procs)
                time.sleep(3)  # let the screens read the last events
                for role, p in procs.items():
                    end = rss_mb(p.pid)
                    row[f"{role} RSS"] = (
                        f"{rss_first[role]:6.1f} → {end:6.1f} MB ({end - rss_first[role]:+.1f})"
                        if role in rss_first
                        else f"{end:6.1f} MB"
                    )
                row["load"] = f"{args.tickets} tickets issued and called in {time.perf_counter() - started:.0f} s"
                results[name] = row
            finally:
                for p in procs.values():
                    p.terminate()
                    try:
                        p.wait(timeout=10)
                    except subprocess.TimeoutExpired:
                        p.kill()
                        p.wait()
        print()
        keys = list(next(iter(results.values())))
        for key in keys:
            print(f"{key:18s} " + " | ".join(f"{n}: {results[n][key]}" for n, _ in trees))
        print("\nTargets: idle CPU ≤ 1 % each; RSS growth from 1,000 to the last ticket ≤ 10 MB.")
    finally:
        display.close()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
