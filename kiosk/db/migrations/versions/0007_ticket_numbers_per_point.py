"""Ticket numbers per point: every point sharing a server starts at A001 each morning.

Before this revision one counter per service and day served the whole server, so on a district server commune X's
first citizen could get A037 because commune Y had issued 36 A tickets. Now ticket_numbers is keyed (point,
service, day) and a ticket's code is unique per (point, day).

ticket_numbers holds nothing that the tickets do not: it is rebuilt from them, the highest number drawn per point,
service and day. The service a number was drawn from is the one whose letter the code carries (a transferred
ticket's service_id has changed, its code has not); a code that matches no letter falls back to the ticket's
service. Numbers drawn from the old shared counter never repeat within a day, so each point's next number
(its highest + 1) collides with none of its own codes.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The letter part of a code: ticket_code() writes at least three digits after it (A001 … A999, then A1000).
# substr/length/CAST mean the same on SQLite and PostgreSQL.
_DRAWN = """
    SELECT point_id, service_id, business_date, number,
           substr(code, 1, length(code) - CASE WHEN number < 1000 THEN 3
                                               ELSE length(CAST(number AS VARCHAR(12))) END) AS prefix
    FROM tickets
"""

_REBUILD_PER_POINT = f"""
    INSERT INTO ticket_numbers (point_id, service_id, business_date, last_number)
    SELECT d.point_id, COALESCE(s.id, d.service_id), d.business_date, MAX(d.number)
    FROM ({_DRAWN}) d LEFT JOIN queue_services s ON s.prefix = d.prefix
    GROUP BY d.point_id, COALESCE(s.id, d.service_id), d.business_date
"""

_REBUILD_PER_SERVER = f"""
    INSERT INTO ticket_numbers (service_id, business_date, last_number)
    SELECT COALESCE(s.id, d.service_id), d.business_date, MAX(d.number)
    FROM ({_DRAWN}) d LEFT JOIN queue_services s ON s.prefix = d.prefix
    GROUP BY COALESCE(s.id, d.service_id), d.business_date
"""


def _numbers_table(*, per_point: bool) -> None:
    columns = [sa.Column("point_id", sa.Integer(), nullable=False)] if per_point else []
    keys = ["point_id"] if per_point else []
    foreign = (
        [sa.ForeignKeyConstraint(["point_id"], ["points.id"], name=op.f("fk_ticket_numbers_point_id_points"))]
        if per_point
        else []
    )
    op.create_table(
        "ticket_numbers",
        *columns,
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        *foreign,
        sa.ForeignKeyConstraint(
            ["service_id"], ["queue_services.id"], name=op.f("fk_ticket_numbers_service_id_queue_services")
        ),
        sa.PrimaryKeyConstraint(*keys, "service_id", "business_date", name=op.f("pk_ticket_numbers")),
    )


def upgrade() -> None:
    # Derived data: dropped and rebuilt in the new shape (no constraint name to juggle on either database).
    op.drop_table("ticket_numbers")
    _numbers_table(per_point=True)
    op.execute(_REBUILD_PER_POINT)
    # Batch mode: SQLite changes a table's unique constraint only by rebuilding the table (Alembic does it).
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_tickets_business_date_code"), type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_tickets_point_id_business_date_code"), ["point_id", "business_date", "code"]
        )
        # The new unique index starts with (point_id, business_date): 0006's index on those two only is redundant.
        batch_op.drop_index("ix_tickets_point_day")
    _check_references()


def _check_references() -> None:
    """SQLite rebuilt tickets with foreign keys off (migrations/env.py): every row pointing at it must still
    find its ticket, or the step rolls back."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    # Only the rebuilt table and its children: an old orphan elsewhere is none of this step's business.
    found = sa.inspect(bind)
    tables = [
        t for t in found.get_table_names() if any(k["referred_table"] == "tickets" for k in found.get_foreign_keys(t))
    ]
    for table in ["tickets", *tables]:
        broken = bind.exec_driver_sql(f'PRAGMA foreign_key_check("{table}")').first()
        if broken is not None:
            raise RuntimeError(f"Dữ liệu không khớp sau khi nâng cấp (bảng {broken[0]}); chưa thay đổi gì.")


def downgrade() -> None:
    # One code per server and day again: impossible once two points have both issued, say, A001 the same day.
    clash = (
        op.get_bind()
        .execute(
            sa.text("SELECT business_date, code FROM tickets GROUP BY business_date, code HAVING COUNT(*) > 1 LIMIT 1")
        )
        .first()
    )
    if clash is not None:
        raise RuntimeError(
            f"Không hạ phiên bản được: ngày {clash[0]} có nhiều nơi làm việc cùng cấp số {clash[1]}; "
            "phiên bản cũ chỉ cho một số như vậy trên cả máy chủ."
        )
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index("ix_tickets_point_day", ["point_id", "business_date"], unique=False)
        batch_op.drop_constraint(batch_op.f("uq_tickets_point_id_business_date_code"), type_="unique")
        batch_op.create_unique_constraint(batch_op.f("uq_tickets_business_date_code"), ["business_date", "code"])
    _check_references()
    op.drop_table("ticket_numbers")
    _numbers_table(per_point=False)
    op.execute(_REBUILD_PER_SERVER)
