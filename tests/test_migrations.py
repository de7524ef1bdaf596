from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from kiosk.config import sqlite_url
from kiosk.db import migrate
from kiosk.db.engine import make_engine
from kiosk.db.models import Base
from kiosk.errors import KioskError


def test_upgrade_creates_every_table(db_url: str) -> None:
    engine = make_engine(db_url)
    assert migrate.current_revision(engine) is None
    revision = migrate.upgrade(engine)
    assert revision == migrate.head_revision(engine)
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    engine.dispose()


def test_models_and_migrations_agree(db_url: str) -> None:
    """Fails when a model changes without a migration (or the other way round)."""
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []
    engine.dispose()


def test_downgrade_and_upgrade_again_keeps_working(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision(engine)
    engine.dispose()


def test_upgrade_in_place_keeps_rows(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO settings (key, value, updated_at) VALUES ('x', '1', '2026-01-01 00:00:00')"))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert str(conn.execute(text("SELECT value FROM settings WHERE key='x'")).scalar_one()) == "1"
    engine.dispose()


def test_database_from_a_newer_release_is_refused_untouched(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfuture'"))
    try:
        migrate.upgrade(engine)
    except KioskError as exc:
        assert "phiên bản mới hơn" in exc.message
    else:
        raise AssertionError("a newer database must be refused")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "f00dfuture"
    engine.dispose()


def test_sqlite_is_backed_up_before_a_schema_change(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "kiosk.sqlite3"))
    script = ScriptDirectory.from_config(migrate.alembic_config(engine))
    revisions = [r.revision for r in script.walk_revisions()]  # newest first
    migrate.upgrade(engine, revisions[-1])
    migrate.upgrade(engine)
    backups = list((tmp_path / "backups").glob("*.sqlite3"))
    if len(revisions) == 1:
        assert backups == []  # already up to date: nothing to protect
    else:
        assert len(backups) == 1 and revisions[-1] in backups[0].name
        engine_backup = make_engine(sqlite_url(backups[0]))
        assert migrate.current_revision(engine_backup) == revisions[-1]
        engine_backup.dispose()
    engine.dispose()


def test_sqlite_reads_do_not_block_writers(sqlite_url: str) -> None:
    """A long read (a five-year tally) must leave the kiosk free to issue tickets meanwhile."""
    from sqlalchemy import text

    from kiosk.db.engine import make_session_factory, read_transaction, transaction

    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    sessions = make_session_factory(engine)
    writer = make_session_factory(make_engine(sqlite_url))
    with read_transaction(sessions) as reader:
        reader.execute(text("SELECT count(*) FROM tickets")).scalar_one()
        with transaction(writer) as w:  # would wait for busy_timeout and fail if the reader held the write lock
            w.execute(text("INSERT INTO settings (key, value, updated_at) VALUES ('k', '1', '2026-01-01')"))
    engine.dispose()


def _stamp(engine, revision: str) -> None:  # noqa: ANN001
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


def test_database_numbered_before_the_renumbering_upgrades_in_place(db_url: str) -> None:
    """Release 0.1 numbered the chain 0001 → 0005 → 0002; such a database must keep working and keep its rows."""
    engine = make_engine(db_url)
    migrate.upgrade(engine, "0002")  # today's 0002 = the old 0005: favourites, no queue-engine column yet
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO settings (key, value, updated_at) VALUES ('x', '1', '2026-01-01 00:00:00')"))
    _stamp(engine, "0005")
    # Up to the last step release 0.1 knew: that database never had the later steps either.
    assert migrate.upgrade(engine, "0003") == "0003"
    assert "service_seconds" in {c["name"] for c in inspect(engine).get_columns("tickets")}
    with engine.connect() as conn:
        assert str(conn.execute(text("SELECT value FROM settings WHERE key='x'")).scalar_one()) == "1"

    _stamp(engine, "0002")  # the old head: every step applied, stamped with the old number
    migrate.check_not_newer(engine)
    assert migrate.current_revision(engine) == "0003"
    assert migrate.upgrade(engine) == migrate.head_revision(engine)
    engine.dispose()


def test_ticket_numbers_per_point_upgrade_keeps_tickets_and_rebuilds_counters(db_url: str) -> None:
    """0006 → 0007 on a shared server: every ticket, event and rating stays; each point's counter continues from
    its own highest number (a transferred ticket counts for the letter it was issued with)."""
    from datetime import UTC, date, datetime

    from sqlalchemy import insert, select
    from sqlalchemy.exc import IntegrityError

    from kiosk.db import models as m

    engine = make_engine(db_url)
    migrate.upgrade(engine, "0006")
    at = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
    d0, d1 = date(2026, 11, 23), date(2026, 11, 24)
    with engine.begin() as conn:
        conn.execute(
            insert(m.Point.__table__),
            [
                {"id": 1, "code": "XA", "kind": "commune_desk", "name": "Xã"},
                {"id": 2, "code": "TH", "kind": "village_point", "name": "Thôn"},
            ],
        )
        conn.execute(
            insert(m.QueueService.__table__),
            [{"id": 1, "prefix": "A", "name": "Hộ tịch"}, {"id": 2, "prefix": "B", "name": "Chứng thực"}],
        )
        base = {"status": "finished", "issued_at": at, "queued_at": at}
        # One shared counter per service and day, as 0006 numbered them.
        rows = [
            (10, 1, 1, 1, "A001", d0, None),
            (11, 1, 1, 1, "A001", d1, None),
            (12, 2, 1, 2, "A002", d1, None),
            (13, 1, 2, 3, "A003", d1, 1),  # XA moved A003 to service B: still drawn from A's counter
            (14, 2, 2, 1, "B001", d1, None),
        ]
        conn.execute(
            insert(m.Ticket.__table__),
            [
                base
                | {"id": i, "point_id": p, "service_id": s, "number": n, "code": c, "business_date": d}
                | {"transferred_from_service_id": f}
                for i, p, s, n, c, d, f in rows
            ],
        )
        conn.execute(
            text("INSERT INTO ticket_numbers (service_id, business_date, last_number) VALUES (:s, :d, :n)"),
            [{"s": 1, "d": d0, "n": 1}, {"s": 1, "d": d1, "n": 3}, {"s": 2, "d": d1, "n": 1}],
        )
        conn.execute(
            insert(m.Event.__table__).values(
                id=1, created_at=at, kind="ticket_called", ticket_id=12, point_id=2, payload={}
            )
        )
        conn.execute(
            insert(m.Rating.__table__).values(
                ticket_id=13, point_id=1, business_date=d1, created_at=at, level="hai_long"
            )
        )

    assert migrate.upgrade(engine) == migrate.head_revision(engine)

    with engine.connect() as conn:
        numbers = set(conn.execute(text("SELECT point_id, service_id, business_date, last_number FROM ticket_numbers")))
        tickets = conn.execute(select(m.Ticket.id, m.Ticket.point_id, m.Ticket.code).order_by(m.Ticket.id)).all()
        assert conn.execute(select(m.Event.ticket_id)).scalar_one() == 12
        assert conn.execute(select(m.Rating.ticket_id)).scalar_one() == 13
    assert {(p, s, str(d), n) for p, s, d, n in numbers} == {
        (1, 1, "2026-11-23", 1),
        (1, 1, "2026-11-24", 3),
        (2, 1, "2026-11-24", 2),
        (2, 2, "2026-11-24", 1),
    }
    assert [tuple(t) for t in tickets] == [
        (10, 1, "A001"),
        (11, 1, "A001"),
        (12, 2, "A002"),
        (13, 1, "A003"),
        (14, 2, "B001"),
    ]
    uniques = {tuple(u["column_names"]) for u in inspect(engine).get_unique_constraints("tickets")}
    assert ("point_id", "business_date", "code") in uniques and ("business_date", "code") not in uniques

    # The village point may now have its own A001 that day; the commune may not have a second one.
    new = {"status": "waiting", "issued_at": at, "queued_at": at, "service_id": 1, "business_date": d1}
    with engine.begin() as conn:
        conn.execute(insert(m.Ticket.__table__).values(new | {"point_id": 2, "number": 1, "code": "A001"}))
    try:
        with engine.begin() as conn:
            conn.execute(insert(m.Ticket.__table__).values(new | {"point_id": 1, "number": 1, "code": "A001"}))
    except IntegrityError:
        pass
    else:
        raise AssertionError("a point's code must stay unique within its day")
    engine.dispose()


def test_ticket_numbers_per_point_downgrade_refuses_codes_it_cannot_keep(sqlite_url: str) -> None:
    """Back to 0006 keeps every ticket while no two points share a code that day; otherwise it changes nothing."""
    from datetime import UTC, date, datetime

    from sqlalchemy import insert

    from kiosk.db import models as m

    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    at, day = datetime(2026, 11, 24, 2, 0, tzinfo=UTC), date(2026, 11, 24)
    with engine.begin() as conn:
        conn.execute(
            insert(m.Point.__table__),
            [
                {"id": 1, "code": "XA", "kind": "commune_desk", "name": "Xã"},
                {"id": 2, "code": "TH", "kind": "x", "name": "Thôn"},
            ],
        )
        conn.execute(insert(m.QueueService.__table__).values(id=1, prefix="A", name="Hộ tịch"))
        ticket = {"service_id": 1, "business_date": day, "status": "waiting", "issued_at": at, "queued_at": at}
        conn.execute(
            insert(m.Ticket.__table__),
            [
                ticket | {"point_id": 1, "number": 1, "code": "A001"},
                ticket | {"point_id": 2, "number": 1, "code": "A001"},
            ],
        )
    try:
        migrate.downgrade(engine, "0006")
    except RuntimeError as exc:
        assert "A001" in str(exc)
    else:
        raise AssertionError("two A001 of one day cannot go back to one code per server")
    assert migrate.current_revision(engine) == migrate.head_revision(engine)

    with engine.begin() as conn:
        conn.execute(text("UPDATE tickets SET number = 2, code = 'A002' WHERE point_id = 2"))
    migrate.downgrade(engine, "0006")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM tickets")).scalar_one() == 2
        assert conn.execute(text("SELECT service_id, last_number FROM ticket_numbers")).all() == [(1, 2)]
    engine.dispose()
