from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import select

from kiosk.app import Services
from kiosk.clock import to_local
from kiosk.db import models as m
from kiosk.services.demo import DemoGenerator


def _snapshot(services: Services) -> tuple:
    with services.sessions() as s:
        tickets = s.execute(
            select(m.Ticket.code, m.Ticket.business_date, m.Ticket.status, m.Ticket.issued_at, m.Ticket.uuid).order_by(
                m.Ticket.id
            )
        ).all()
        items = s.execute(select(m.AssistItem.kind, m.AssistItem.outcome, m.AssistItem.uuid).order_by(m.AssistItem.id))
        return tuple(tickets), tuple(items.all())


def test_same_seed_same_data(services: Services) -> None:
    gen = DemoGenerator(services.sessions, services.clock)
    gen.generate(14, seed=7)
    first = _snapshot(services)
    gen.generate(14, seed=7)
    assert _snapshot(services) == first
    gen.generate(14, seed=8)
    assert _snapshot(services) != first


def test_demo_looks_like_a_commune(services: Services) -> None:
    report = DemoGenerator(services.sessions, services.clock).generate(28, seed=1)
    assert report.tickets > 500 and report.records > 100 and report.ratings > 100
    with services.sessions() as s:
        tickets = s.scalars(select(m.Ticket)).all()
        assert all(t.business_date.weekday() != 6 for t in tickets)  # closed on Sundays
        hours = Counter(to_local(t.issued_at).hour for t in tickets)
        assert hours[9] > hours[15] > hours[12]  # morning peak, lunch break
        numbers: dict[tuple[date, int], list[int]] = {}
        for t in tickets:
            numbers.setdefault((t.business_date, t.service_id), []).append(t.number)
        assert all(sorted(n) == list(range(1, len(n) + 1)) for n in numbers.values())  # gap-free numbering
        assert any(t.priority_group for t in tickets)
        finished = [t for t in tickets if t.status == "finished"]
        assert all(t.issued_at <= t.called_at <= t.finished_at for t in finished)
        reasons = {i.reason_code for i in s.scalars(select(m.AssistItem)) if i.reason_code}
        assert len(reasons) >= 5
        villages = {r.village_id for r in s.scalars(select(m.AssistRecord))}
        assert len(villages) >= 5
