"""Campaign periods (a province's peak days with fixed topics), and the 2024 Kon Tum example, disabled.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Kon Tum province's 10 peak days of National Digital Transformation Day 2024 and its six topics (ENGINEERING.md
# section 10). Written out here, not imported: a migration must keep meaning what it meant when it was written.
EXAMPLE_TOPICS = [
    {
        "code": "dvc_truc_tuyen",
        "name": "Sử dụng dịch vụ công trực tuyến",
        "guidance_topics": ["kn1_dvctt"],
        "app_tasks": ["dvcqg_account", "online_fee_payment"],
        "procedures": "online",
    },
    {
        "code": "thanh_toan_khong_tien_mat",
        "name": "Thanh toán không dùng tiền mặt",
        "guidance_topics": ["kn3_thanh_toan"],
        "app_tasks": ["bank_account_ekyc", "ewallet", "cashless_qr", "utility_bill_pay", "online_fee_payment"],
        "procedures": "",
    },
    {
        "code": "mua_ban_san_tmdt_viet",
        "name": "Mua, bán hàng trên sàn thương mại điện tử Việt Nam",
        "guidance_topics": ["kn2_mua_sam"],
        "app_tasks": ["ecommerce_shop"],
        "procedures": "",
    },
    {
        "code": "tu_bao_ve_tren_mang",
        "name": "Tự bảo vệ mình và gia đình trên không gian mạng",
        "guidance_topics": ["kn4_an_toan"],
        "app_tasks": ["antiscam_check"],
        "procedures": "",
    },
    {
        "code": "tim_kiem_thong_tin",
        "name": "Tìm kiếm thông tin hiệu quả trên mạng",
        "guidance_topics": ["ext_tim_kiem"],
        "app_tasks": [],
        "procedures": "",
    },
    {
        "code": "cai_dat_vneid",
        "name": "Cài đặt VNeID, kích hoạt tài khoản định danh điện tử",
        "guidance_topics": ["ext_vneid"],
        "app_tasks": ["vneid_l1_create", "vneid_l2_activate", "vneid_docs_integrate"],
        "procedures": "",
    },
]


def upgrade() -> None:
    campaigns = op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("date_from", sa.Date(), nullable=False),
        sa.Column("date_to", sa.Date(), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
        sa.UniqueConstraint("code", name=op.f("uq_campaigns_code")),
    )
    now = datetime(2026, 12, 6, tzinfo=UTC)
    if op.get_context().dialect.name == "sqlite":
        now = now.replace(tzinfo=None)  # stored naive UTC on SQLite, as UTCDateTime does
    op.bulk_insert(
        campaigns,
        [
            {
                "code": "KONTUM-10NGAY-2024",
                "name": "10 ngày cao điểm Ngày Chuyển đổi số quốc gia 2024 (Kon Tum)",
                "date_from": date(2024, 10, 1),
                "date_to": date(2024, 10, 10),
                "topics": EXAMPLE_TOPICS,
                "enabled": False,
                "created_at": now,
                "updated_at": now,
            }
        ],
    )


def downgrade() -> None:
    op.drop_table("campaigns")
