"""Alembic environment: uses the engine handed over by kiosk.db.migrate (or builds one from the URL)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from kiosk.db.engine import make_engine
from kiosk.db.tables import metadata

config = context.config
target_metadata = metadata  # the schema's one declaration (db/tables.py), which the ORM classes map onto


def run_migrations_online() -> None:
    engine: Engine | None = config.attributes.get("engine")
    if engine is None:
        engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Batch mode rebuilds a table (copy, drop, rename): with foreign keys enforced, dropping a table other
            # rows point at (tickets ← events, ratings) fails. The pragma only works outside a transaction, so on
            # the driver's connection before SQLAlchemy begins one; a step that rebuilds such a table runs
            # PRAGMA foreign_key_check before its commit.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                render_as_batch=sqlite,
                compare_type=True,
                transaction_per_migration=True,
            )
            with context.begin_transaction():
                context.run_migrations()
            connection.commit()
        finally:
            if sqlite:
                connection.rollback()  # nothing left open: the pragma below must not land inside a transaction
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


run_migrations_online()
