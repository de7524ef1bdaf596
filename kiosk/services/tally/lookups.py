"""Names for the codes and ids the figures are grouped by, read once per tally from the small catalogue tables."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.db import models as m
from kiosk.text import fold

# Shipped satisfaction codes that count as satisfied when a commune's terms carry no `satisfied` flag at all.
DEFAULT_SATISFIED = frozenset({"rat_hai_long", "hai_long"})
TERM_KINDS = ("satisfaction", "not_submitted_reason", "portal", "channel", "online_level", "age_band")


@dataclass
class Lookups:
    points: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → (code, name)
    services: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → (prefix, name)
    counters: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → ("XA-1", name)
    villages: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → (code, name), in sort order
    staff: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → (name, role)
    app_tasks: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → (code, name), in sort order
    topics: dict[int, tuple[str, str, bool]] = field(default_factory=dict)  # id → (code, name, official)
    procedures: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → (code, name), only those seen
    terms: dict[str, dict[str, str]] = field(default_factory=dict)  # kind → code → name, in sort order
    satisfied: frozenset[str] = DEFAULT_SATISFIED

    @classmethod
    def load(cls, session: Session) -> Lookups:
        lk = cls()
        lk.points = {r.id: (r.code, r.name) for r in session.execute(select(m.Point.id, m.Point.code, m.Point.name))}
        lk.services = {
            r.id: (r.prefix, r.name)
            for r in session.execute(
                select(m.QueueService.id, m.QueueService.prefix, m.QueueService.name).order_by(
                    m.QueueService.sort_order, m.QueueService.prefix
                )
            )
        }
        lk.counters = {
            r.id: (f"{lk.points.get(r.point_id, ('?', ''))[0]}-{r.number}", r.name)
            for r in session.execute(
                select(m.Counter.id, m.Counter.point_id, m.Counter.number, m.Counter.name).order_by(
                    m.Counter.point_id, m.Counter.number
                )
            )
        }
        lk.villages = {
            r.id: (r.code, r.name)
            for r in session.execute(
                select(m.Village.id, m.Village.code, m.Village.name).order_by(m.Village.sort_order, m.Village.name)
            )
        }
        staff = session.execute(select(m.Staff.id, m.Staff.name, m.Staff.role)).all()
        # Vietnamese order: 'Đỗ' sorts with D, not after Z as raw code points would put it.
        lk.staff = {r.id: (r.name, r.role) for r in sorted(staff, key=lambda r: (fold(r.name), r.id))}
        lk.app_tasks = {
            r.id: (r.code, r.name)
            for r in session.execute(
                select(m.AppTask.id, m.AppTask.code, m.AppTask.name).order_by(m.AppTask.sort_order, m.AppTask.code)
            )
        }
        lk.topics = {
            r.id: (r.code, r.name, r.official)
            for r in session.execute(
                select(
                    m.GuidanceTopic.id, m.GuidanceTopic.code, m.GuidanceTopic.name, m.GuidanceTopic.official
                ).order_by(m.GuidanceTopic.sort_order, m.GuidanceTopic.code)
            )
        }
        satisfied: set[str] = set()
        flagged = False
        terms_q = select(m.Term.kind, m.Term.code, m.Term.name, m.Term.extra).where(m.Term.kind.in_(TERM_KINDS))
        for r in session.execute(terms_q.order_by(m.Term.kind, m.Term.sort_order, m.Term.code)):
            lk.terms.setdefault(r.kind, {})[r.code] = r.name
            if r.kind == "satisfaction" and isinstance(r.extra, dict) and "satisfied" in r.extra:
                flagged = True
                if r.extra["satisfied"]:
                    satisfied.add(r.code)
        if flagged:
            lk.satisfied = frozenset(satisfied)
        return lk

    def load_procedures(self, session: Session, ids: Iterable[int | None]) -> None:
        wanted = {i for i in ids if i is not None and i not in self.procedures}
        if wanted:
            q = select(m.Procedure.id, m.Procedure.code, m.Procedure.name).where(m.Procedure.id.in_(sorted(wanted)))
            self.procedures.update({r.id: (r.code, r.name) for r in session.execute(q)})

    def term(self, kind: str, code: str | None) -> str:
        if code is None:
            return "Không rõ"
        return self.terms.get(kind, {}).get(code, code)
