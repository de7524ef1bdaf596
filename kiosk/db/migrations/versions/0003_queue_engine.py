"""Queue engine: ticket codes unique per day (transfers keep their code), served seconds per ticket.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("service_seconds", sa.Integer(), nullable=True))
        batch_op.drop_constraint("uq_tickets_business_date_service_id_number", type_="unique")
        batch_op.create_unique_constraint(batch_op.f("uq_tickets_business_date_code"), ["business_date", "code"])


def downgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_tickets_business_date_code"), type_="unique")
        batch_op.create_unique_constraint(
            "uq_tickets_business_date_service_id_number", ["business_date", "service_id", "number"]
        )
        batch_op.drop_column("service_seconds")
