"""Village points paired with their commune: the key that signs their bundles.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_pairings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("point_code", sa.String(20), nullable=False, unique=True),
        sa.Column("side", sa.String(10), nullable=False),
        sa.Column("key_hex", sa.String(64), nullable=False),
        sa.Column("paired_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sync_pairings")
