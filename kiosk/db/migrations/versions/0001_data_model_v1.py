"""data model v1

Revision ID: 0001
Revises:
Create Date: 2026-11-24 23:39:17.006012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "apps",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("publisher", sa.String(length=200), nullable=True),
        sa.Column("android_url", sa.String(length=500), nullable=True),
        sa.Column("ios_url", sa.String(length=500), nullable=True),
        sa.Column("web_url", sa.String(length=500), nullable=True),
        sa.Column("on_handout", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_apps")),
        sa.UniqueConstraint("code", name=op.f("uq_apps_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_apps_uuid")),
    )
    op.create_table(
        "guidance_topics",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("official", sa.Boolean(), nullable=False),
        sa.Column("search_key", sa.String(length=1000), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guidance_topics")),
        sa.UniqueConstraint("code", name=op.f("uq_guidance_topics_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_guidance_topics_uuid")),
    )
    op.create_table(
        "guides",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("summary", sa.String(length=500), nullable=True),
        sa.Column("version_date", sa.Date(), nullable=True),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guides")),
        sa.UniqueConstraint("slug", name=op.f("uq_guides_slug")),
        sa.UniqueConstraint("uuid", name=op.f("uq_guides_uuid")),
    )
    op.create_table(
        "procedures",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("field", sa.String(length=200), nullable=True),
        sa.Column("agency", sa.String(length=200), nullable=True),
        sa.Column("online_level", sa.String(length=20), nullable=False),
        sa.Column("submit_via", sa.String(length=40), nullable=True),
        sa.Column("queue_prefix", sa.String(length=2), nullable=True),
        sa.Column("alt_codes", sa.JSON(), nullable=False),
        sa.Column("fee", sa.String(length=300), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=True),
        sa.Column("search_key", sa.String(length=1000), nullable=False),
        sa.Column("local", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedures")),
        sa.UniqueConstraint("code", name=op.f("uq_procedures_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_procedures_uuid")),
    )
    op.create_table(
        "queue_services",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("prefix", sa.String(length=2), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=True),
        sa.Column("icon", sa.String(length=64), nullable=True),
        sa.Column("default_service_min", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_services")),
        sa.UniqueConstraint("prefix", name=op.f("uq_queue_services_prefix")),
        sa.UniqueConstraint("uuid", name=op.f("uq_queue_services_uuid")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "sync_imports",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("bundle_uuid", sa.Uuid(), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_imports")),
        sa.UniqueConstraint("bundle_uuid", name=op.f("uq_sync_imports_bundle_uuid")),
    )
    op.create_table(
        "terms",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_terms")),
        sa.UniqueConstraint("kind", "code", name=op.f("uq_terms_kind_code")),
    )
    op.create_table(
        "villages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_villages")),
        sa.UniqueConstraint("code", name=op.f("uq_villages_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_villages_uuid")),
    )
    op.create_table(
        "app_tasks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("app_id", sa.Integer(), nullable=True),
        sa.Column("count_rule", sa.String(length=300), nullable=True),
        sa.Column("search_key", sa.String(length=1000), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["app_id"], ["apps.id"], name=op.f("fk_app_tasks_app_id_apps")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_tasks")),
        sa.UniqueConstraint("code", name=op.f("uq_app_tasks_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_app_tasks_uuid")),
    )
    op.create_table(
        "points",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=120), nullable=True),
        sa.Column("commune_name", sa.String(length=200), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["village_id"], ["villages.id"], name=op.f("fk_points_village_id_villages")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points")),
        sa.UniqueConstraint("code", name=op.f("uq_points_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_points_uuid")),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=True),
        sa.Column("failed_pins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("phone_masked", sa.String(length=20), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["village_id"], ["villages.id"], name=op.f("fk_staff_village_id_villages")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("uuid", name=op.f("uq_staff_uuid")),
    )
    op.create_table(
        "ticket_numbers",
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_id"], ["queue_services.id"], name=op.f("fk_ticket_numbers_service_id_queue_services")
        ),
        sa.PrimaryKeyConstraint("service_id", "business_date", name=op.f("pk_ticket_numbers")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_audit_log_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("uuid", name=op.f("uq_audit_log_uuid")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)

    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("wording", sa.String(length=500), nullable=False),
        sa.Column("given_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("purge_after", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["staff.id"], name=op.f("fk_consents_recorded_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
        sa.UniqueConstraint("uuid", name=op.f("uq_consents_uuid")),
    )
    op.create_table(
        "counters",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("consecutive_priority_calls", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["point_id"], ["points.id"], name=op.f("fk_counters_point_id_points")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counters")),
        sa.UniqueConstraint("point_id", "number", name=op.f("uq_counters_point_id_number")),
        sa.UniqueConstraint("uuid", name=op.f("uq_counters_uuid")),
    )
    op.create_table(
        "duty_days",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(["point_id"], ["points.id"], name=op.f("fk_duty_days_point_id_points")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_duty_days_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duty_days")),
        sa.UniqueConstraint(
            "staff_id", "business_date", "point_id", name=op.f("uq_duty_days_staff_id_business_date_point_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_duty_days_uuid")),
    )
    with op.batch_alter_table("duty_days", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_duty_days_business_date"), ["business_date"], unique=False)

    op.create_table(
        "group_sessions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("topic_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=True),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("attendance", sa.Integer(), nullable=False),
        sa.Column("leaflets", sa.Integer(), nullable=False),
        sa.Column("led_by_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=1000), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["led_by_id"], ["staff.id"], name=op.f("fk_group_sessions_led_by_id_staff")),
        sa.ForeignKeyConstraint(["point_id"], ["points.id"], name=op.f("fk_group_sessions_point_id_points")),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["guidance_topics.id"], name=op.f("fk_group_sessions_topic_id_guidance_topics")
        ),
        sa.ForeignKeyConstraint(["village_id"], ["villages.id"], name=op.f("fk_group_sessions_village_id_villages")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_sessions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_group_sessions_uuid")),
    )
    with op.batch_alter_table("group_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_sessions_business_date"), ["business_date"], unique=False)

    op.create_table(
        "official_indicators",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("value", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("source_date", sa.Date(), nullable=False),
        sa.Column("entered_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["entered_by_id"], ["staff.id"], name=op.f("fk_official_indicators_entered_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_official_indicators")),
        sa.UniqueConstraint("uuid", name=op.f("uq_official_indicators_uuid")),
    )
    op.create_table(
        "counter_services",
        sa.Column("counter_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["counter_id"], ["counters.id"], name=op.f("fk_counter_services_counter_id_counters"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["queue_services.id"],
            name=op.f("fk_counter_services_service_id_queue_services"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("counter_id", "service_id", name=op.f("pk_counter_services")),
    )
    op.create_table(
        "tickets",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("priority_group", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("called_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_called_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("counter_id", sa.Integer(), nullable=True),
        sa.Column("target_counter_id", sa.Integer(), nullable=True),
        sa.Column("served_by_id", sa.Integer(), nullable=True),
        sa.Column("call_count", sa.Integer(), nullable=False),
        sa.Column("returned_after_skip", sa.Boolean(), nullable=False),
        sa.Column("front_of_queue", sa.Boolean(), nullable=False),
        sa.Column("transferred_from_service_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["counter_id"], ["counters.id"], name=op.f("fk_tickets_counter_id_counters")),
        sa.ForeignKeyConstraint(["point_id"], ["points.id"], name=op.f("fk_tickets_point_id_points")),
        sa.ForeignKeyConstraint(["served_by_id"], ["staff.id"], name=op.f("fk_tickets_served_by_id_staff")),
        sa.ForeignKeyConstraint(
            ["service_id"], ["queue_services.id"], name=op.f("fk_tickets_service_id_queue_services")
        ),
        sa.ForeignKeyConstraint(
            ["target_counter_id"], ["counters.id"], name=op.f("fk_tickets_target_counter_id_counters")
        ),
        sa.ForeignKeyConstraint(
            ["transferred_from_service_id"],
            ["queue_services.id"],
            name=op.f("fk_tickets_transferred_from_service_id_queue_services"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tickets")),
        sa.UniqueConstraint(
            "business_date", "service_id", "number", name=op.f("uq_tickets_business_date_service_id_number")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_tickets_uuid")),
    )
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tickets_business_date"), ["business_date"], unique=False)
        batch_op.create_index("ix_tickets_status_day", ["status", "business_date"], unique=False)

    op.create_table(
        "assist_records",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("age_band", sa.String(length=10), nullable=True),
        sa.Column("citizen_name", sa.String(length=200), nullable=True),
        sa.Column("citizen_phone", sa.String(length=20), nullable=True),
        sa.Column("consent_id", sa.Integer(), nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("follow_up_reason", sa.String(length=300), nullable=True),
        sa.Column("follow_up_done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.String(length=1000), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("void_reason", sa.String(length=300), nullable=True),
        sa.Column("origin", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["consent_id"], ["consents.id"], name=op.f("fk_assist_records_consent_id_consents")),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff.id"], name=op.f("fk_assist_records_created_by_id_staff")),
        sa.ForeignKeyConstraint(["point_id"], ["points.id"], name=op.f("fk_assist_records_point_id_points")),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], name=op.f("fk_assist_records_ticket_id_tickets")),
        sa.ForeignKeyConstraint(["village_id"], ["villages.id"], name=op.f("fk_assist_records_village_id_villages")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assist_records")),
        sa.UniqueConstraint("uuid", name=op.f("uq_assist_records_uuid")),
    )
    with op.batch_alter_table("assist_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assist_records_business_date"), ["business_date"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("counter_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["counter_id"], ["counters.id"], name=op.f("fk_events_counter_id_counters")),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], name=op.f("fk_events_ticket_id_tickets")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    op.create_table(
        "print_jobs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reference", sa.String(length=200), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("target", sa.String(length=10), nullable=False),
        sa.Column("printer_name", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.String(length=500), nullable=True),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("paper_confirmed", sa.Boolean(), nullable=True),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], name=op.f("fk_print_jobs_ticket_id_tickets")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_jobs")),
        sa.UniqueConstraint("uuid", name=op.f("uq_print_jobs_uuid")),
    )
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.create_index("ix_print_jobs_status", ["status"], unique=False)

    op.create_table(
        "ratings",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["point_id"], ["points.id"], name=op.f("fk_ratings_point_id_points")),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], name=op.f("fk_ratings_ticket_id_tickets")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ratings")),
        sa.UniqueConstraint("ticket_id", name=op.f("uq_ratings_ticket_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ratings_uuid")),
    )
    with op.batch_alter_table("ratings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ratings_business_date"), ["business_date"], unique=False)

    op.create_table(
        "assist_helpers",
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["assist_records.id"],
            name=op.f("fk_assist_helpers_record_id_assist_records"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_assist_helpers_staff_id_staff")),
        sa.PrimaryKeyConstraint("record_id", "staff_id", name=op.f("pk_assist_helpers")),
    )
    op.create_table(
        "assist_items",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=True),
        sa.Column("app_task_id", sa.Integer(), nullable=True),
        sa.Column("topic_id", sa.Integer(), nullable=True),
        sa.Column("portal", sa.String(length=40), nullable=True),
        sa.Column("online_level", sa.String(length=20), nullable=True),
        sa.Column("channel", sa.String(length=12), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("dossier_code", sa.String(length=64), nullable=True),
        sa.Column("reason_code", sa.String(length=40), nullable=True),
        sa.Column("fee_paid_online", sa.Boolean(), nullable=False),
        sa.Column("vneid_login", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["app_task_id"], ["app_tasks.id"], name=op.f("fk_assist_items_app_task_id_app_tasks")),
        sa.ForeignKeyConstraint(
            ["procedure_id"], ["procedures.id"], name=op.f("fk_assist_items_procedure_id_procedures")
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["assist_records.id"],
            name=op.f("fk_assist_items_record_id_assist_records"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["guidance_topics.id"], name=op.f("fk_assist_items_topic_id_guidance_topics")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assist_items")),
        sa.UniqueConstraint("uuid", name=op.f("uq_assist_items_uuid")),
    )
    with op.batch_alter_table("assist_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assist_items_record_id"), ["record_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("assist_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assist_items_record_id"))

    op.drop_table("assist_items")
    op.drop_table("assist_helpers")
    with op.batch_alter_table("ratings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ratings_business_date"))

    op.drop_table("ratings")
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_print_jobs_status")

    op.drop_table("print_jobs")
    op.drop_table("events")
    with op.batch_alter_table("assist_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assist_records_business_date"))

    op.drop_table("assist_records")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_tickets_status_day")
        batch_op.drop_index(batch_op.f("ix_tickets_business_date"))

    op.drop_table("tickets")
    op.drop_table("counter_services")
    op.drop_table("official_indicators")
    with op.batch_alter_table("group_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_sessions_business_date"))

    op.drop_table("group_sessions")
    with op.batch_alter_table("duty_days", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_duty_days_business_date"))

    op.drop_table("duty_days")
    op.drop_table("counters")
    op.drop_table("consents")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
    op.drop_table("ticket_numbers")
    op.drop_table("staff")
    op.drop_table("points")
    op.drop_table("app_tasks")
    op.drop_table("villages")
    op.drop_table("terms")
    op.drop_table("sync_imports")
    op.drop_table("settings")
    op.drop_table("queue_services")
    op.drop_table("procedures")
    op.drop_table("guides")
    op.drop_table("guidance_topics")
    op.drop_table("apps")
