"""Names for the codes and ids the figures are grouped by, read once per tally from the small catalogue tables."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Integer,
    Select,
    String,
    bindparam,
    case,
    cast,
    literal,
    null,
    select,
    type_coerce,
    union_all,
)

from kiosk.db import tables
from kiosk.text import fold

if TYPE_CHECKING:
    from kiosk.services.tally.queries import Runner

# Shipped satisfaction codes that count as satisfied when a commune's terms carry no `satisfied` flag at all.
DEFAULT_SATISFIED = frozenset({"rat_hai_long", "hai_long"})
TERM_KINDS = ("satisfaction", "not_submitted_reason", "portal", "channel", "online_level", "age_band")


# The catalogue tables a tally names its rows from, read in one UNION ALL: eight round trips were a third of a
# commune day's tally on a district server. Each branch fills the same columns: which table (src), id, kind (terms
# only), two texts, two integers and a text to sort on, and the JSON `extra` of terms.
POINTS, SERVICES, COUNTERS, VILLAGES, STAFF, APP_TASKS, TOPICS, TERMS = range(8)


def _branch(src: int, table: Any, **cols: Any) -> Select[Any]:
    def col(name: str, kind: Any) -> Any:
        value = cols.get(name)
        # A typed NULL: PostgreSQL matches a UNION's column types pair by pair, and NULL alone would become text.
        return (cast(null(), kind) if value is None else type_coerce(value, kind)).label(name)

    return select(
        literal(src, Integer).label("src"),
        col("id", Integer()),
        col("kind", String()),
        col("a", String()),
        col("b", String()),
        col("n1", Integer()),
        col("n2", Integer()),
        col("o", String()),
        col("extra", JSON()),
    ).select_from(table)


@cache
def _statements() -> dict[str, Any]:
    p, s, c, v, st = tables.points, tables.queue_services, tables.counters, tables.villages, tables.staff
    a, t, term, proc = tables.app_tasks, tables.guidance_topics, tables.terms, tables.procedures
    official = case((t.c.official, 1), else_=0)
    everything = union_all(
        _branch(POINTS, p, id=p.c.id, a=p.c.code, b=p.c.name),
        _branch(SERVICES, s, id=s.c.id, a=s.c.prefix, b=s.c.name, n1=s.c.sort_order, o=s.c.prefix),
        _branch(COUNTERS, c, id=c.c.id, b=c.c.name, n1=c.c.point_id, n2=c.c.number),
        _branch(VILLAGES, v, id=v.c.id, a=v.c.code, b=v.c.name, n1=v.c.sort_order, o=v.c.name),
        _branch(STAFF, st, id=st.c.id, a=st.c.name, b=st.c.role),
        _branch(APP_TASKS, a, id=a.c.id, a=a.c.code, b=a.c.name, n1=a.c.sort_order, o=a.c.code),
        _branch(TOPICS, t, id=t.c.id, a=t.c.code, b=t.c.name, n1=t.c.sort_order, n2=official, o=t.c.code),
        _branch(
            TERMS, term, kind=term.c.kind, a=term.c.code, b=term.c.name, n1=term.c.sort_order, o=term.c.code,
            extra=term.c.extra,
        ).where(term.c.kind.in_(TERM_KINDS)),
    )  # fmt: skip
    by = everything.selected_columns
    # The order each table was read in before: services, villages, app tasks and topics by (sort_order, text),
    # counters by (point, number), terms by (kind, sort_order, code). NULL columns tie within their table.
    ordered = everything.order_by(by.src, by.kind, by.n1, by.o, by.n2)
    return {
        "catalogue": ordered,
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
        lk = cls()
        rows: dict[int, list[Any]] = {src: [] for src in range(TERMS + 1)}
        for r in run.plain(_statements()["catalogue"]):
            rows[r.src].append(r)
        lk.points = {r.id: (r.a, r.b) for r in rows[POINTS]}
        lk.services = {r.id: (r.a, r.b) for r in rows[SERVICES]}
        lk.counters = {r.id: (f"{lk.points.get(r.n1, ('?', ''))[0]}-{r.n2}", r.b) for r in rows[COUNTERS]}
        lk.villages = {r.id: (r.a, r.b) for r in rows[VILLAGES]}
        # Vietnamese order: 'Đỗ' sorts with D, not after Z as raw code points would put it.
        staff = sorted(rows[STAFF], key=lambda r: (fold(r.a), r.id))
        lk.staff = {r.id: (r.a, r.b) for r in staff}
        lk.app_tasks = {r.id: (r.a, r.b) for r in rows[APP_TASKS]}
        lk.topics = {r.id: (r.a, r.b, bool(r.n2)) for r in rows[TOPICS]}
        satisfied: set[str] = set()
        flagged = False
        for r in rows[TERMS]:
            lk.terms.setdefault(r.kind, {})[r.a] = r.b
            if r.kind == "satisfaction" and isinstance(r.extra, dict) and "satisfied" in r.extra:
                flagged = True
                if r.extra["satisfied"]:
                    satisfied.add(r.a)
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
