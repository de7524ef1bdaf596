"""Queue figures: tickets issued, served and missed, waiting and service times, the longest queue, arrivals per hour.

Counts are GROUP BY queries in the database. Waiting and service times (computed and rounded by the database in
minutes) are fetched for the period, grouped, so that means, medians and 90th percentiles come out the same on
SQLite and PostgreSQL; so are the moments tickets joined and left the line, for each day's longest queue.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from itertools import count, repeat
from operator import itemgetter, sub, truediv
from typing import Any

from kiosk.clock import to_local
from kiosk.services.tally import queries as q
from kiosk.services.tally.calc import duration_stats, wait_distribution
from kiosk.services.tally.lookups import Lookups

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
NO_SHOW = ("no_show", "skipped")
OPEN = ("waiting", "parked", "serving")
Durations = dict[tuple[Any, Any], tuple[list[float], list[float]]]


def _empty_counts() -> dict[str, int]:
    return {"issued": 0, "served": 0, "no_show": 0, "cancelled": 0, "open": 0}


def _bump(counts: dict[str, int], status: str, n: int) -> None:
    counts["issued"] += n
    if status == "finished":
        counts["served"] += n
    elif status in NO_SHOW:
        counts["no_show"] += n
    elif status == "cancelled":
        counts["cancelled"] += n
    elif status in OPEN:
        counts["open"] += n


def _as_date(value: Any) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


class QueueFigures:
    """Computes the "queue" section plus the per-point, per-day and per-member ticket counts other sections use."""

    def __init__(self, run: q.Runner, lk: Lookups) -> None:
        self._run = run
        self._lk = lk
        self.served_by: dict[int, int] = defaultdict(int)  # staff id → tickets finished
        self.by_point: dict[int, dict[str, int]] = defaultdict(_empty_counts)
        self.by_day: dict[date, dict[str, Any]] = {}

    def compute(self) -> dict[str, Any]:
        total = _empty_counts()
        by_service: dict[int, dict[str, Any]] = defaultdict(_empty_counts)
        by_counter: dict[int, dict[str, Any]] = defaultdict(_empty_counts)
        rows = self._rows()
        for point_id, service_id, counter_id, served_by_id, status, n in rows[q.TICKET_COUNTS]:
            _bump(total, status, n)
            _bump(by_service[service_id], status, n)
            _bump(self.by_point[point_id], status, n)
            if counter_id is not None:
                _bump(by_counter[counter_id], status, n)
            if status == "finished" and served_by_id is not None:
                self.served_by[served_by_id] += n
        waits, services, waits_by = _durations(rows)
        waits.sort()  # once, for the distribution and the medians (each sorts again, now in one pass)
        longest, longest_at = self._days(rows)
        hours = dict(rows[q.HOURS])

        def _section(counts: dict[str, Any], key: tuple[str, int]) -> dict[str, Any]:
            key_waits, key_services = waits_by.get(key, ([], []))
            return counts | {"wait_min": duration_stats(key_waits), "service_min": duration_stats(key_services)}

        service_out = {}
        for sid, (prefix, name) in self._lk.services.items():
            if sid in by_service:
                service_out[prefix] = {"name": name} | _section(by_service[sid], ("service", sid))
        counter_out = {}
        for cid, (key, name) in self._lk.counters.items():
            if cid in by_counter:
                counter_out[key] = {"name": name} | _section(by_counter[cid], ("counter", cid))
        return total | {
            "wait_min": duration_stats(waits),
            "service_min": duration_stats(services),
            "wait_distribution": wait_distribution(waits),
            "longest_queue": longest,
            "longest_queue_at": longest_at,
            "by_service": service_out,
            "by_counter": counter_out,
            # Every hour from the first arrival to the last, zeros included, so a chart shows the lunch gap.
            "by_hour": {f"{h:02d}": hours.get(h, 0) for h in range(min(hours), max(hours) + 1)} if hours else {},
        }

    def _rows(self) -> dict[int, list[Any]]:
        """The rows of `q.ticket_figures`, by kind, each as the values that kind's figures unpack."""
        by_src: dict[int, list[Any]] = {src: [] for src in q.TICKET_SHAPES}
        for row in self._run(q.ticket_figures(self._run.dialect, self._run.with_point)):
            by_src[row[0]].append(row)
        return {src: list(map(itemgetter(*shape), by_src[src])) for src, shape in q.TICKET_SHAPES.items()}

    def _days(self, rows: dict[int, list[Any]]) -> tuple[int, str | None]:
        """Tickets per day and status, and each day's longest queue; returns the period's longest queue and when."""
        for day, status, n in rows[q.DAY_STATUS]:
            counts = self.by_day.setdefault(_as_date(day), _empty_counts() | {"longest_queue": 0})
            _bump(counts, status, n)
        # Each day's moments of joining the line, and of leaving it (called, or cancelled before a call).
        keys = _whole_numbers if self._run.dialect == "postgresql" else _texts
        longest, longest_at = 0, None
        for day, joined, left in rows[q.MOMENTS]:
            waiting, key = _peak((keys(joined), keys(left)))
            at = _EPOCH + timedelta(microseconds=key) if isinstance(key, int) else datetime.fromisoformat(key)
            if at.tzinfo is None:
                at = at.replace(tzinfo=UTC)
            self.by_day[_as_date(day)]["longest_queue"] = waiting
            if waiting > longest or (waiting == longest and waiting and longest_at is not None and at < longest_at):
                longest, longest_at = waiting, at
        when = to_local(longest_at).isoformat(timespec="minutes") if longest_at is not None else None
        return longest, when


def _texts(texts: str | None) -> list[str]:
    return texts.split(q.SEPARATOR) if texts else []


def _whole_numbers(texts: str | None) -> list[int]:
    """'12,0,…' → [12, 0, …]: the JSON reader takes whole numbers apart about twice as fast as int() one by one."""
    return json.loads(f"[{texts}]") if texts else []  # q.SEPARATOR is ",", as between a JSON array's items


def _ten_thousandths(texts: str | None) -> list[float]:
    """'123456,0,…' → [12.3456, 0.0, …]: each the double nearest to the decimal, as round(minutes, 4) gives."""
    return list(map(truediv, _whole_numbers(texts), repeat(10000.0)))


def _durations(rows: dict[int, list[Any]]) -> tuple[list[float], list[float], Durations]:
    """All waits and service times of the period, also per ("service", id) and ("counter", id)."""
    # Per (service, counter) pair first, then each list extends its keys' lists once: a district's month has
    # 25,000 timed tickets but a few hundred pairs.
    raw: dict[tuple[Any, Any], tuple[list[float], list[float]]] = {}
    for service_id, counter_id, wait_texts, service_texts in rows[q.DURATIONS]:
        raw[service_id, counter_id] = (_ten_thousandths(wait_texts), _ten_thousandths(service_texts))
    # The few durations SQL could not round for sure (see q._rounded), rounded here.
    for service_id, counter_id, wait, served in rows[q.UNSURE]:
        for which, value in ((0, wait), (1, served)):
            if value is not None:
                raw[service_id, counter_id][which].extend(_minutes([value]))
    waits: list[float] = []
    services: list[float] = []
    by: Durations = defaultdict(lambda: ([], []))
    for (service_id, counter_id), (pair_waits, pair_services) in raw.items():
        # Each pair's lists sorted once: the totals, services and counters joining them are then runs already in
        # order, which each sort before its median merges instead of sorting afresh.
        pair_waits.sort()
        pair_services.sort()
        waits += pair_waits
        services += pair_services
        for key in [("service", service_id)] + ([("counter", counter_id)] if counter_id is not None else []):
            by[key][0].extend(pair_waits)
            by[key][1].extend(pair_services)
    return waits, services, by


def _peak(events: tuple[list[Any], list[Any]]) -> tuple[int, Any]:
    """The most tickets waiting at once in one day (joined: moments of issue; left: moments of a call, or of a
    cancel before any call), and the first moment it happened."""
    joined, left = events
    joined.sort()
    left.sort()
    # The count only grows when a ticket joins, so the peak is right after some issue: the tickets issued so far
    # less those gone by then. At equal instants the departure counts first (bisect_right counts a call at 09:00
    # as gone when a ticket is issued at 09:00): the same count as a sweep over both kinds of moment in time order.
    # Each step runs in C (map over bisect_right and sub; max keeps the first of equal peaks): a loop in Python
    # over the district month's 22,000 issues cost 15–20 ms.
    waiting = list(map(sub, count(1), map(bisect_right, repeat(left), joined)))
    at = max(range(len(waiting)), key=waiting.__getitem__)
    # Below 0 only when calls look earlier than issues (clock skew between desk PCs): counted from -1 at the day's
    # first issue, as the sweep in Python did.
    return (waiting[at], joined[at]) if waiting[at] > -1 else (-1, joined[0])


def _minutes(values: list[float]) -> list[float]:
    """Durations in minutes as the figures use them: rounded to 1/10,000 minute (julianday arithmetic turns an exact
    10 minutes into 9.9999999…), and never below 0 (clock skew between desk PCs can make a call look earlier than the
    ticket)."""
    return [r if (r := round(value, 4)) > 0.0 else 0.0 for value in values]
