"""Every benchmark in one command: `python -m benchmarks` (add --quick for a shorter run);
`python -m benchmarks reliability` for the reliability table alone, `python -m benchmarks web` for the LAN pages,
`python -m benchmarks startup | scale | screens` for start-up, a district on one server and the screens at rest
(issue 16; `--compare DIR` times another checkout too).

Prints the figures each issue asks for; targets are printed beside them. Not part of the test suite: speed is
measured here, never asserted in unit tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    if argv and argv[0] == "reliability":
        return subprocess.call([sys.executable, "-m", "benchmarks.reliability", *argv[1:]], cwd=ROOT)
    if argv and argv[0] == "scale":
        return subprocess.call([sys.executable, "-m", "benchmarks.scale_bench", *argv[1:]], cwd=ROOT)
    if argv and argv[0] == "screens":
        return subprocess.call([sys.executable, "-m", "benchmarks.screens_bench", *argv[1:]], cwd=ROOT)
    if argv and argv[0] == "startup":
        return subprocess.call([sys.executable, "-m", "benchmarks.startup_bench", *argv[1:]], cwd=ROOT)
    if argv and argv[0] == "web":
        return subprocess.call([sys.executable, "-m", "benchmarks.web_bench", *argv[1:]], cwd=ROOT)
    quick = "--quick" in argv
    runs = [
        (
            "Queue engine (issue 4)",
            ["-m", "benchmarks.queue_bench"] + (["--single", "300", "--per-proc", "150"] if quick else []),
        ),
        ("Documents (issue 7)", ["benchmarks/handouts_bench.py"] + (["--runs", "20"] if quick else [])),
        ("Tally (issue 9), SQLite", ["-m", "benchmarks.tally_bench"] + (["--days", "365"] if quick else [])),
        ("Reliability (issue 15)", ["-m", "benchmarks.reliability"]),
        ("LAN pages, 200 phones (issue 17)", ["-m", "benchmarks.web_bench"] + (["--calls", "3"] if quick else [])),
        (
            "Tally (issue 9), PostgreSQL",
            ["-m", "benchmarks.tally_bench", "--pg"] + (["--days", "365"] if quick else []),
        ),
    ]
    worst = 0
    for title, args in runs:
        print(f"\n=== {title}", flush=True)
        worst = max(worst, subprocess.call([sys.executable, *args], cwd=ROOT))
    return worst


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
