"""Queue figures: tickets issued, served and missed, waiting and service times, the longest queue, arrivals per hour.

Counts are GROUP BY queries in the database. Waiting and service times (computed by the database in minutes)
are fetched for the period so that medians and 90th percentiles come out the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

from kiosk.clock import LOCAL_TZ, to_local
from kiosk.services.tally import queries as q
from kiosk.services.tally.calc import duration_stats, wait_distribution
from kiosk.services.tally.lookups import Lookups

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
        # Column by column (one transposition in C): the loops below then touch only the values they need.
        rows = self._run(q.ticket_moments(self._run.dialect, self._run.with_point))
        columns = list(zip(*rows, strict=True)) or [()] * 11
        # Tickets per (point, service, counter, staff, status), counted in C from the same rows: a GROUP BY of its
        # own read the period's tickets once more (15–30 ms of the district's month).
        keys = zip(columns[9], columns[5], columns[6], columns[10], columns[1], strict=True)
        for (point_id, service_id, counter_id, served_by_id, status), n in Counter(keys).items():
            _bump(total, status, n)
            _bump(by_service[service_id], status, n)
            _bump(self.by_point[point_id], status, n)
            if counter_id is not None:
                _bump(by_counter[counter_id], status, n)
            if status == "finished" and served_by_id is not None:
                self.served_by[served_by_id] += n
        waits, services, waits_by = self._durations(columns)
        waits.sort()  # once, for the distribution and the medians (each sorts again, now in one pass)
        longest, longest_at, by_hour = self._days(columns)

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
            "by_hour": by_hour,
        }

    @staticmethod
    def _durations(columns: list[tuple[Any, ...]]) -> tuple[list[float], list[float], Durations]:
        """All waits and service times of the period, also per ("service", id) and ("counter", id)."""
        _day, _status, _issued, called, _dropped, service_ids, counter_ids, wait_min, service_min = columns[:9]
        # Per (service, counter) pair first, then each list extends its keys' lists once: a district's month has
        # 25,000 timed tickets but a few hundred pairs.
        raw: dict[tuple[Any, Any], tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
        for was_called, pair, wait, served in zip(
            called, zip(service_ids, counter_ids, strict=True), wait_min, service_min, strict=True
        ):
            if was_called is None:  # never called: it neither waited its turn out nor was served
                continue
            pair_waits, pair_services = raw[pair]
            pair_waits.append(wait)
            if served is not None:
                pair_services.append(served)
        waits: list[float] = []
        services: list[float] = []
        by: Durations = defaultdict(lambda: ([], []))
        for (service_id, counter_id), (raw_waits, raw_services) in raw.items():
            pair_waits, pair_services = _minutes(raw_waits), _minutes(raw_services)
            waits += pair_waits
            services += pair_services
            for key in [("service", service_id)] + ([("counter", counter_id)] if counter_id is not None else []):
                by[key][0].extend(pair_waits)
                by[key][1].extend(pair_services)
        return waits, services, by

    def _days(self, columns: list[tuple[Any, ...]]) -> tuple[int, str | None, dict[str, int]]:
        """Tickets per day and status, each day's longest queue and arrivals per local hour, from the period's
        tickets; returns the period's longest queue, when it was, and the arrivals per hour."""
        days, statuses, issued, called, dropped = columns[:5]
        hour_of = _hour_of_epoch if self._run.dialect == "postgresql" else _hour_of_text
        hours: Counter[int] = Counter(map(hour_of, issued))
        per_day: dict[Any, dict[str, int]] = defaultdict(dict)
        for (day, status), n in Counter(zip(days, statuses, strict=True)).items():
            per_day[day][status] = n
        # Each day's moments of joining the line, and of leaving it (called, or cancelled before a call).
        joined: dict[Any, list[Any]] = defaultdict(list)
        left: dict[Any, list[Any]] = defaultdict(list)
        for day, at in zip(days, issued, strict=True):
            joined[day].append(at)
        for day, at_call, at_drop in zip(days, called, dropped, strict=True):
            at = at_call if at_call is not None else at_drop
            if at is not None:
                left[day].append(at)
        events_by_day = {day: (moments, left.get(day, [])) for day, moments in joined.items()}
        for day, statuses in per_day.items():
            counts = self.by_day.setdefault(_as_date(day), _empty_counts() | {"longest_queue": 0})
            for status, n in statuses.items():
                _bump(counts, status, n)
        longest, longest_at = 0, None
        for day, events in events_by_day.items():
            waiting, key = _peak(events)
            at = datetime.fromtimestamp(key, UTC) if isinstance(key, float) else datetime.fromisoformat(key)
            if at.tzinfo is None:
                at = at.replace(tzinfo=UTC)
            self.by_day[_as_date(day)]["longest_queue"] = waiting
            if waiting > longest or (waiting == longest and waiting and longest_at is not None and at < longest_at):
                longest, longest_at = waiting, at
        when = to_local(longest_at).isoformat(timespec="minutes") if longest_at is not None else None
        # Every hour from the first arrival to the last, zeros included, so a chart shows the lunch gap.
        by_hour = {f"{h:02d}": hours[h] for h in range(min(hours), max(hours) + 1)} if hours else {}
        return longest, when, by_hour


def _peak(events: tuple[list[Any], list[Any]]) -> tuple[int, Any]:
    """The most tickets waiting at once in one day (joined: moments of issue; left: moments of a call, or of a
    cancel before any call), and the first moment it happened."""
    joined, left = events
    joined.sort()
    left.sort()
    # The count only grows when a ticket joins, so the peak is right after some issue: the tickets issued so far
    # less those gone by then. At equal instants the departure counts first (bisect_right counts a call at 09:00
    # as gone when a ticket is issued at 09:00): the same count as a sweep over both kinds of moment in time order,
    # without building and sorting a tuple per moment.
    best, best_at = -1, joined[0]
    for n, at in enumerate(joined, start=1):
        waiting = n - bisect_right(left, at)
        if waiting > best:
            best, best_at = waiting, at
    return best, best_at


def _minutes(values: list[float]) -> list[float]:
    """Durations in minutes as the figures use them: rounded to 1/10,000 minute (julianday arithmetic turns an exact
    10 minutes into 9.9999999…), and never below 0 (clock skew between desk PCs can make a call look earlier than the
    ticket)."""
    return [r if (r := round(value, 4)) > 0.0 else 0.0 for value in values]


# Vietnam has kept UTC+7 without daylight saving since 1975: the offset read from tzdata for any later date is the
# offset of every stored timestamp.
_OFFSET = datetime(2000, 1, 1, tzinfo=LOCAL_TZ).utcoffset() or timedelta(0)
_OFFSET_SECONDS = int(_OFFSET.total_seconds())


def _hour_of_epoch(epoch: float) -> int:
    return int((epoch + _OFFSET_SECONDS) // 3600 % 24)


def _hour_of_text(stored: str) -> int:
    """The local hour of a UTC timestamp stored as 'YYYY-MM-DD HH:MM:SS.ffffff' (SQLite)."""
    minutes = int(stored[11:13]) * 60 + int(stored[14:16]) + _OFFSET_SECONDS // 60
    return minutes // 60 % 24
