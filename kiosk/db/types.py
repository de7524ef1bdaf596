"""Column types and aliases shared by every model."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Annotated, Any

from sqlalchemy import JSON, Date, DateTime, MetaData, String, TypeDecorator, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, mapped_column

# Stable constraint names so Alembic batch migrations on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC, always hands back an aware datetime; SQLite has no time zones of its own."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime stored: pass an aware UTC datetime from the clock")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: UTCDateTime(),
        date: Date(),
        uuid.UUID: Uuid(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


intpk = Annotated[int, mapped_column(primary_key=True, autoincrement=True)]
# Records that travel between databases (village point → commune) are matched by this, never by the integer key.
travel_uuid = Annotated[uuid.UUID, mapped_column(unique=True, default=uuid.uuid4)]
code_str = Annotated[str, mapped_column(String(64))]
name_str = Annotated[str, mapped_column(String(300))]
short_str = Annotated[str, mapped_column(String(32))]
