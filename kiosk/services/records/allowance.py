"""The team's duty allowance: rate × duty days, held under a yearly cap per member and per team.

Đà Nẵng's Resolution 36/2024/NQ-HĐND pays at most 50,000 đ per person per day and 3,000,000 đ per team per year;
other provinces set their own figures, so the rate and both caps are settings (0 = no cap).

The caps are yearly, payments monthly: months are computed in order from January, each month paying what is
left under the caps after the months before it. A year is the sum of its months, so the year's list and the
twelve monthly lists always agree. When a month's claims exceed what is left of the team's cap, what is left is
shared in proportion to the claims (whole đồng, the odd đồng going to the largest fractions).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from kiosk.db import tables as t
from kiosk.services.access.roles import ROLES


def money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đ"


@dataclass(frozen=True)
class Rates:
    per_day: int
    cap_team_year: int  # 0 = none
    cap_member_year: int  # 0 = none

    @classmethod
    def from_settings(cls, values: dict[str, Any]) -> Rates:
        return cls(
            int(values["duty.allowance_per_day_vnd"]),
            int(values["duty.cap_team_year_vnd"]),
            int(values["duty.cap_member_year_vnd"]),
        )


@dataclass(frozen=True)
class AllowanceLine:
    staff_id: int
    name: str
    role: str
    days: int
    amount: int  # days × rate
    paid: int  # after the caps
    reason: str  # why paid < amount, in Vietnamese; "" when paid in full

    def to_json(self) -> dict[str, Any]:
        return {
            "staff_id": self.staff_id,
            "name": self.name,
            "role": self.role,
            "role_name": ROLES.get(self.role, self.role),
            "days": self.days,
            "amount": self.amount,
            "paid": self.paid,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Allowance:
    year: int
    month: int | None  # None: the whole year
    rates: Rates
    lines: tuple[AllowanceLine, ...]
    team_paid_before: int  # paid to the team earlier in the year (0 for a year)

    @property
    def label(self) -> str:
        return f"Tháng {self.month:02d}/{self.year}" if self.month else f"Năm {self.year}"

    @property
    def days(self) -> int:
        return sum(line.days for line in self.lines)

    @property
    def amount(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def paid(self) -> int:
        return sum(line.paid for line in self.lines)

    @property
    def team_paid_to_date(self) -> int:
        return self.team_paid_before + self.paid

    @property
    def team_left(self) -> int | None:
        if not self.rates.cap_team_year:
            return None
        return max(0, self.rates.cap_team_year - self.team_paid_to_date)

    def to_json(self) -> dict[str, Any]:
        r = self.rates
        return {
            "year": self.year,
            "month": self.month,
            "label": self.label,
            "rate_per_day": r.per_day,
            "cap_team_year": r.cap_team_year or None,
            "cap_member_year": r.cap_member_year or None,
            "days": self.days,
            "amount": self.amount,
            "paid": self.paid,
            "team_paid_before": self.team_paid_before,
            "team_paid_to_date": self.team_paid_to_date,
            "team_left": self.team_left,
            "members": [line.to_json() for line in self.lines],
        }


def _duty_days(conn: Connection, year: int) -> dict[int, dict[int, int]]:
    """month → staff id → distinct duty days (two points on one day are one day)."""
    duty = t.duty_days.c
    rows = conn.execute(
        select(duty.staff_id, duty.business_date)
        .where(duty.business_date.between(date(year, 1, 1), date(year, 12, 31)))
        .distinct()
    )
    out: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for staff_id, day in rows:
        out[day.month][staff_id] += 1
    return out


def _share(budget: int, claims: dict[int, int]) -> dict[int, int]:
    """`budget` shared in proportion to `claims`, whole đồng, largest fractions first for the odd đồng."""
    total = sum(claims.values())
    if total <= budget:
        return dict(claims)
    exact = {k: v * budget / total for k, v in claims.items()}
    out = {k: int(x) for k, x in exact.items()}
    left = budget - sum(out.values())
    for k in sorted(exact, key=lambda k: (out[k] - exact[k], k))[:left]:
        out[k] += 1
    return out


def _month(
    days: dict[int, int], rates: Rates, member_before: dict[int, int], team_before: int
) -> tuple[dict[int, int], dict[int, int], dict[int, str]]:
    """(amount, paid, reason) per member for one month, given what was paid earlier in the year."""
    amount = {sid: n * rates.per_day for sid, n in days.items()}
    after_member: dict[int, int] = {}
    reason: dict[int, str] = {}
    for sid, value in amount.items():
        if rates.cap_member_year:
            left = max(0, rates.cap_member_year - member_before.get(sid, 0))
            if value > left:
                reason[sid] = f"Chạm mức tối đa mỗi người {money(rates.cap_member_year)}/năm"
                value = left
        after_member[sid] = value
    paid = after_member
    if rates.cap_team_year:
        left = max(0, rates.cap_team_year - team_before)
        if sum(after_member.values()) > left:
            paid = _share(left, after_member)
            cap = money(rates.cap_team_year)
            for sid in paid:
                if paid[sid] < after_member[sid]:
                    why = (
                        f"Tổ đã chi hết mức tối đa {cap}/năm"
                        if left == 0
                        else f"Tổ chạm mức tối đa {cap}/năm; phần còn lại chia theo số ngày"
                    )
                    reason[sid] = f"{reason[sid]}; {why}" if sid in reason else why
    return amount, paid, reason


def _reason_text(reasons: dict[str, list[int]], *, yearly: bool) -> str:
    """'Tháng 10, 11: …' in a year's list (one line per reason, not per month); the reason alone in a month's."""
    if not yearly:
        return "; ".join(reasons)
    return "; ".join(f"Tháng {', '.join(f'{m:02d}' for m in months)}: {why}" for why, months in reasons.items())


def compute(conn: Connection, year: int, month: int | None, rates: Rates) -> Allowance:
    """The allowance for one month (the caps counting the months before it) or for a whole year; Core on the
    caller's connection (the tally reads it without the ORM)."""
    by_month = _duty_days(conn, year)
    last = month or 12
    member_paid: dict[int, int] = defaultdict(int)
    team_paid = 0
    total_days: dict[int, int] = defaultdict(int)
    total_amount: dict[int, int] = defaultdict(int)
    total_paid: dict[int, int] = defaultdict(int)
    reasons: dict[int, dict[str, list[int]]] = defaultdict(dict)  # member → reason → the months it applied to
    team_before = 0
    for mo in range(1, last + 1):
        days = dict(by_month.get(mo, {}))
        amount, paid, reason = _month(days, rates, member_paid, team_paid)
        if month is None or mo == month:
            if mo == month:
                team_before = team_paid
            for sid in days:
                total_days[sid] += days[sid]
                total_amount[sid] += amount[sid]
                total_paid[sid] += paid[sid]
                if sid in reason:
                    reasons[sid].setdefault(reason[sid], []).append(mo)
        for sid, value in paid.items():
            member_paid[sid] += value
            team_paid += value
    people = t.staff.c
    named = select(people.id, people.name, people.role).where(people.id.in_(list(total_days)))
    staff = {s.id: s for s in conn.execute(named)}
    lines = [
        AllowanceLine(
            staff_id=sid,
            name=staff[sid].name if sid in staff else "?",
            role=staff[sid].role if sid in staff else "",
            days=total_days[sid],
            amount=total_amount[sid],
            paid=total_paid[sid],
            reason=_reason_text(reasons[sid], yearly=month is None),
        )
        for sid in total_days
        if total_days[sid]
    ]
    lines.sort(key=lambda line: (line.name, line.staff_id))
    return Allowance(year, month, rates, tuple(lines), team_before)
