"""A month is the sum of its days (counts), its rates come from summed parts; periods parse as people type them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import Services
from kiosk.clock import LOCAL_TZ, FixedClock
from kiosk.errors import InputError
from kiosk.services.demo import DemoGenerator
from kiosk.services.tally import Period, parse_date
from tests.conftest import prepared_services
from tests.helpers import template


def _counts(d: dict[str, Any]) -> Counter[str]:
    """The additive figures of a tally, flattened."""
    q, a, ap, s, g = d["queue"], d["assist"], d["apps"], d["satisfaction"], d["groups"]
    c: Counter[str] = Counter()
    for key in ("issued", "served", "no_show", "cancelled"):
        c[f"queue.{key}"] = q[key]
    for key in ("helped", "procedure_items", "online", "in_person", "postal", "not_submitted", "fees_paid_online"):
        c[f"assist.{key}"] = a[key]
    c["assist.vneid_logins"] = a["vneid_logins"]
    for key in ("vneid_l1_created", "vneid_l2_activated", "tasks_done"):
        c[f"apps.{key}"] = ap[key]
    for key in ("ratings", "satisfied"):
        c[f"satisfaction.{key}"] = s[key]
    for key in ("sessions", "attendance", "leaflets"):
        c[f"groups.{key}"] = g[key]
    c["people.aged_60_plus"] = d["people"]["aged_60_plus"]
    c["duty_days"] = d["duty_days"]["total"]
    for code, v in d["by_village"].items():
        for key in ("helped", "online", "in_person", "postal"):
            c[f"village.{code}.{key}"] = v[key]
    for sid, v in d["by_member"].items():
        for key in ("helped", "online", "tickets_served", "duty_days"):
            c[f"member.{sid}.{key}"] = v[key]
    for code, n in a["not_submitted_by_reason"].items():
        c[f"reason.{code}"] = n
    for hour, n in q["by_hour"].items():
        c[f"hour.{hour}"] = n
    return +c  # zeros dropped, so a day without a key compares equal


@pytest.fixture(scope="module")
def demo_month(tmp_path_factory: pytest.TempPathFactory, fresh_sqlite_template: Path) -> Iterator[Services]:
    """Sixty days of demo data (one full October), built once for the module on a database nobody set up, as
    `kiosk demo` makes sample data: with its own commune and team."""
    tmp = tmp_path_factory.mktemp("demo_month")
    clock = FixedClock(datetime(2026, 11, 24, 18, 0, tzinfo=LOCAL_TZ))
    services = prepared_services(template.copy_sqlite(fresh_sqlite_template, tmp / "demo.sqlite3"), tmp, clock)
    DemoGenerator(services.sessions, clock).generate(60, seed=3)
    yield services
    services.close()


def test_month_equals_the_sum_of_its_days(demo_month: Services) -> None:
    month = demo_month.tally.month("2026-10")
    assert month.data["queue"]["issued"] > 800  # a real month of demo data, not an empty one
    summed: Counter[str] = Counter()
    numerators = denominators = 0
    daily_rates = []
    for day in month.period.days:
        d = demo_month.tally.day(day).data
        summed.update(_counts(d))
        parts = d["assist"]["online_rate_parts"]
        numerators += parts["numerator"]
        denominators += parts["denominator"]
        if d["assist"]["online_rate"] is not None:
            daily_rates.append(d["assist"]["online_rate"])
        assert month.data["by_day"][day.isoformat()]["issued"] == d["queue"]["issued"]
        assert month.data["by_day"][day.isoformat()]["online_rate"] == d["assist"]["online_rate"]
    assert _counts(month.data) == +summed
    assert month.data["assist"]["online_rate_parts"] == {"numerator": numerators, "denominator": denominators}
    assert month.data["assist"]["online_rate"] == numerators / denominators
    assert month.data["assist"]["online_rate"] != pytest.approx(sum(daily_rates) / len(daily_rates), abs=1e-9)
    s = month.data["satisfaction"]
    assert s["rate"] == s["satisfied"] / s["ratings"]


def test_month_of_demo_looks_sane(demo_month: Services) -> None:
    d = demo_month.tally.month("2026-10").data
    assert 0 < d["assist"]["online_rate"] < 1
    assert 0.6 < d["satisfaction"]["rate"] < 1
    assert d["queue"]["wait_min"]["median"] <= d["queue"]["wait_min"]["p90"]
    assert len(d["by_village"]) >= 6 and len(d["by_member"]) >= 4
    assert sum(d["queue"]["by_hour"].values()) == d["queue"]["issued"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2026-11", (date(2026, 11, 1), date(2026, 11, 30))), ("2/2028", (date(2028, 2, 1), date(2028, 2, 29)))],
)
def test_month_parsing(text: str, expected: tuple[date, date]) -> None:
    period = Period.parse_month(text)
    assert (period.start, period.end, period.kind) == (*expected, "month")


def test_period_parsing_and_labels() -> None:
    assert parse_date("24/11/2026") == parse_date("2026-11-24") == date(2026, 11, 24)
    assert Period.day(date(2026, 11, 24)).label == "Ngày 24/11/2026"
    assert Period.parse_month("2026-11").label == "Tháng 11/2026"
    assert Period.between(date(2026, 11, 1), date(2026, 11, 24)).slug == "2026-11-01_2026-11-24"
    assert Period.between(date(2026, 11, 1), date(2026, 11, 1)).kind == "day"
    for bad in ("2026-13", "tháng 11", "2026/11/05"):
        with pytest.raises(InputError):
            Period.parse_month(bad)
    with pytest.raises(InputError, match="không hợp lệ"):
        parse_date("31/02/2026")
    with pytest.raises(InputError, match="kết thúc"):
        Period.between(date(2026, 11, 24), date(2026, 11, 1))
