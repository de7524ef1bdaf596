"""Issue and call N tickets on the configured database (KIOSK_DATA_DIR / KIOSK_DB_URL), printing the count after
each thousand: the load of benchmarks/screens_bench.py, run with the timed tree's own code on PYTHONPATH.

    python benchmarks/load_tickets.py 10000
"""

from __future__ import annotations

import sys


def main(tickets: int) -> int:
    from kiosk.app import build_services
    from kiosk.config import load_config

    services = build_services(load_config(), prepare=False)
    try:
        desk_of: dict[str, int] = {}
        for counter in services.queue.counters():
            services.queue.open_counter(counter.number)
            for prefix in counter.services:
                desk_of.setdefault(prefix, counter.number)
        prefixes = sorted(desk_of)
        for i in range(1, tickets + 1):
            prefix = prefixes[i % len(prefixes)]
            services.queue.issue(prefix, enforce_hours=False)
            services.queue.call_next(desk_of[prefix])
            if i % 1000 == 0 or i == tickets:
                print(i, flush=True)
    finally:
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1])))
