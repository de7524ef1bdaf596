"""The schema is declared once (kiosk/db/tables.py) and the ORM maps onto it: one MetaData, every table mapped,
the same Python defaults for a Core insert and an ORM insert, and the Core issue equal to the ORM one.

tests/test_migrations.py compares this metadata with the migration chain on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import insert, select

from kiosk.app import Services
from kiosk.clock import FixedClock
from kiosk.db import models as m
from kiosk.db import tables as t
from kiosk.db.engine import transaction


def test_one_metadata_and_every_table_mapped_with_typed_columns() -> None:
    assert m.Base.metadata is t.metadata
    mapped = {mapper.class_: mapper.local_table for mapper in m.Base.registry.mappers}
    assert {table.name for table in mapped.values()} == set(t.metadata.tables)
    for cls, table in mapped.items():
        assert table is t.metadata.tables[table.name], f"{cls.__name__} maps a table of its own"
        untyped = {c.key for c in table.columns} - set(cls.__annotations__)
        assert not untyped, f"{cls.__name__} has no Mapped[...] attribute for {sorted(untyped)}"


def test_core_and_orm_inserts_fill_the_same_defaults(any_services: Services) -> None:
    with any_services.engine.begin() as conn:
        conn.execute(insert(t.villages).values(code="CORE", name="Thôn Core"))
        conn.execute(insert(t.terms).values(kind="test", code="core", name="Core"))
    with transaction(any_services.sessions) as session:
        session.add(m.Village(code="ORM", name="Thôn ORM"))
        session.add(m.Term(kind="test", code="orm", name="ORM"))
    with any_services.engine.connect() as conn:
        villages = {r.code: r for r in conn.execute(select(t.villages).where(t.villages.c.code.in_(["CORE", "ORM"])))}
        terms = {r.code: r for r in conn.execute(select(t.terms).where(t.terms.c.kind == "test"))}
    core, orm = villages["CORE"], villages["ORM"]
    assert core.uuid is not None and orm.uuid is not None and core.uuid != orm.uuid
    assert (core.sort_order, core.active) == (orm.sort_order, orm.active) == (0, True)
    assert terms["core"].extra == terms["orm"].extra == {}
    assert terms["core"].active is terms["orm"].active is True


def _comparable(info: object) -> dict[str, object]:
    data = dict(vars(info))
    for key in ("uuid", "code", "number", "waiting_ahead", "estimated_wait_min"):
        data.pop(key)
    return data


def test_the_core_issue_is_the_orm_issue(any_services: Services, clock: FixedClock) -> None:
    core = any_services.queue_core.issue("A", "nguoi_cao_tuoi", enforce_hours=False)
    orm = any_services.queue.issue("A", "nguoi_cao_tuoi", enforce_hours=False)
    assert (core.code, orm.code) == ("A001", "A002")
    assert _comparable(core) == _comparable(orm)
    assert (core.waiting_ahead, orm.waiting_ahead) == (0, 1)
    issued = [e for e in any_services.events.since(0, 1000) if e.kind == "ticket_issued"]
    assert [e.payload["code"] for e in issued] == ["A001", "A002"]
    assert issued[0].payload.keys() == issued[1].payload.keys()
    assert issued[0].payload["point"] == any_services.config.point_code
    status = any_services.queue_core.status()
    assert status.as_dict() == any_services.queue.status().as_dict()
    assert [item.code for item in status.waiting] == ["A001", "A002"]


def test_the_core_issue_closes_yesterday_first(any_services: Services, clock: FixedClock) -> None:
    left = any_services.queue.issue("A", enforce_hours=False)
    clock.advance(days=1)
    fresh = any_services.queue_core.issue("A", enforce_hours=False)
    assert fresh.code == "A001", "a new day numbers from 1 again"
    with any_services.engine.connect() as conn:
        status = conn.execute(select(t.tickets.c.status).where(t.tickets.c.uuid == left.uuid)).scalar()
    assert status == "no_show"
    rolled = [e for e in any_services.events.since(0, 1000) if e.kind == "day_rolled_over"]
    assert [e.payload["closed"] for e in rolled] == [1]
    assert rolled[0].payload["business_date"] == (left.business_date + timedelta(days=1)).isoformat()
