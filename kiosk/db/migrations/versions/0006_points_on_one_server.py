"""Many points on one server: events carry their point; the tally's tables indexed by point first.

Additive: a nullable column and four indexes. Events written before this revision keep no point (every screen
reads them, as before); the next ones carry it.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batch mode: SQLite adds a column with a foreign key only by rebuilding the table (Alembic does it).
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("point_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_events_point_id_points"), "points", ["point_id"], ["id"])
        batch_op.create_index("ix_events_point_id", ["point_id", "id"], unique=False)
    op.create_index("ix_tickets_point_day", "tickets", ["point_id", "business_date"], unique=False)
    op.create_index("ix_ratings_point_day", "ratings", ["point_id", "business_date"], unique=False)
    op.create_index("ix_assist_records_point_day", "assist_records", ["point_id", "business_date"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_assist_records_point_day", table_name="assist_records")
    op.drop_index("ix_ratings_point_day", table_name="ratings")
    op.drop_index("ix_tickets_point_day", table_name="tickets")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_point_id")
        batch_op.drop_constraint(batch_op.f("fk_events_point_id_points"), type_="foreignkey")
        batch_op.drop_column("point_id")
