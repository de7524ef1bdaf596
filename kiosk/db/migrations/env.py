"""Alembic environment: uses the engine handed over by kiosk.db.migrate (or builds one from the URL)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from kiosk.db import models
from kiosk.db.engine import make_engine

config = context.config
target_metadata = models.Base.metadata


def run_migrations_online() -> None:
    engine: Engine | None = config.attributes.get("engine")
    if engine is None:
        engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            transaction_per_migration=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
