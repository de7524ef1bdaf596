"""Names for the codes and ids the figures are grouped by, read once per tally from the small catalogue tables."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, bindparam, select

from kiosk.db import models as m
from kiosk.text import fold

if TYPE_CHECKING:
    from kiosk.services.tally.queries import Runner

# Shipped satisfaction codes that count as satisfied when a commune's terms carry no `satisfied` flag at all.
DEFAULT_SATISFIED = frozenset({"rat_hai_long", "hai_long"})
TERM_KINDS = ("satisfaction", "not_submitted_reason", "portal", "channel", "online_level", "age_band")


@cache
def _statements() -> dict[str, Select[Any]]:
    p, s, c, v, st = (m.Point.__table__, m.QueueService.__table__, m.Counter.__table__, m.Village.__table__,
                      m.Staff.__table__)  # fmt: skip
    a, t, term, proc = m.AppTask.__table__, m.GuidanceTopic.__table__, m.Term.__table__, m.Procedure.__table__
    return {
        "points": select(p.c.id, p.c.code, p.c.name),
        "services": select(s.c.id, s.c.prefix, s.c.name).order_by(s.c.sort_order, s.c.prefix),
        "counters": select(c.c.id, c.c.point_id, c.c.number, c.c.name).order_by(c.c.point_id, c.c.number),
        "villages": select(v.c.id, v.c.code, v.c.name).order_by(v.c.sort_order, v.c.name),
        "staff": select(st.c.id, st.c.name, st.c.role),
        "app_tasks": select(a.c.id, a.c.code, a.c.name).order_by(a.c.sort_order, a.c.code),
        "topics": select(t.c.id, t.c.code, t.c.name, t.c.official).order_by(t.c.sort_order, t.c.code),
        "terms": select(term.c.kind, term.c.code, term.c.name, term.c.extra)
        .where(term.c.kind.in_(TERM_KINDS))
        .order_by(term.c.kind, term.c.sort_order, term.c.code),
        "procedures": select(proc.c.id, proc.c.code, proc.c.name).where(
            proc.c.id.in_(bindparam("ids", expanding=True))
        ),
    }


@dataclass
class Lookups:
    points: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → (code, name)
    services: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → (prefix, name)
    counters: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → ("XA-1", name)
    villages: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → (code, name), in sort order
    staff: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → (name, role), in Vietnamese order
    app_tasks: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → (code, name), in sort order
    topics: dict[int, tuple[str, str, bool]] = field(default_factory=dict)  # id → (code, name, official)
    procedures: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → (code, name), only those seen
    terms: dict[str, dict[str, str]] = field(default_factory=dict)  # kind → code → name, in sort order
    satisfied: frozenset[str] = DEFAULT_SATISFIED

    @classmethod
    def load(cls, run: Runner) -> Lookups:
        q = _statements()
        lk = cls()
        lk.points = {r.id: (r.code, r.name) for r in run.plain(q["points"])}
        lk.services = {r.id: (r.prefix, r.name) for r in run.plain(q["services"])}
        lk.counters = {
            r.id: (f"{lk.points.get(r.point_id, ('?', ''))[0]}-{r.number}", r.name) for r in run.plain(q["counters"])
        }
        lk.villages = {r.id: (r.code, r.name) for r in run.plain(q["villages"])}
        # Vietnamese order: 'Đỗ' sorts with D, not after Z as raw code points would put it.
        staff = sorted(run.plain(q["staff"]), key=lambda r: (fold(r.name), r.id))
        lk.staff = {r.id: (r.name, r.role) for r in staff}
        lk.app_tasks = {r.id: (r.code, r.name) for r in run.plain(q["app_tasks"])}
        lk.topics = {r.id: (r.code, r.name, bool(r.official)) for r in run.plain(q["topics"])}
        satisfied: set[str] = set()
        flagged = False
        for r in run.plain(q["terms"]):
            lk.terms.setdefault(r.kind, {})[r.code] = r.name
            if r.kind == "satisfaction" and isinstance(r.extra, dict) and "satisfied" in r.extra:
                flagged = True
                if r.extra["satisfied"]:
                    satisfied.add(r.code)
        if flagged:
            lk.satisfied = frozenset(satisfied)
        return lk

    def load_procedures(self, run: Runner, ids: Iterable[int | None]) -> None:
        wanted = sorted({i for i in ids if i is not None and i not in self.procedures})
        if wanted:
            rows = run.plain(_statements()["procedures"], {"ids": wanted})
            self.procedures.update({r.id: (r.code, r.name) for r in rows})

    def term(self, kind: str, code: str | None) -> str:
        if code is None:
            return "Không rõ"
        return self.terms.get(kind, {}).get(code, code)
