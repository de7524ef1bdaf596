"""Data model v1. Every schema change goes through an Alembic migration in db/migrations/versions/.

Conventions: integer keys for joins, a UUID on every record that may travel between databases, timestamps in UTC
(`UTCDateTime`), and a `business_date` (Asia/Ho_Chi_Minh) wherever numbering or tallies group by day.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kiosk.db.types import Base, code_str, intpk, name_str, travel_uuid

# ---------------------------------------------------------------- places and people


class Village(Base):
    __tablename__ = "villages"
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    code: Mapped[code_str] = mapped_column(unique=True)
    name: Mapped[name_str]
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Point(Base):
    """A place where help is given: the commune desk, a village cultural house, a mobile team."""

    __tablename__ = "points"
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    code: Mapped[code_str] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # commune_desk | village_point | mobile_team
    # Official names change by decree (Decree 118/2025 renamed the desk): configurable, never hard-coded.
    name: Mapped[name_str]
    short_name: Mapped[str | None] = mapped_column(String(120))
    commune_name: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"))
    active: Mapped[bool] = mapped_column(default=True)

    counters: Mapped[list[Counter]] = relationship(back_populates="point", order_by="Counter.number")


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    name: Mapped[name_str]
    role: Mapped[str] = mapped_column(String(20))  # officer | team_member | admin
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    failed_pins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"))
    phone_masked: Mapped[str | None] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]


# ---------------------------------------------------------------- queue


class QueueService(Base):
    """A service area with its own ticket letter (A Tư pháp – Hộ tịch, B Chứng thực, ...)."""

    __tablename__ = "queue_services"
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    prefix: Mapped[str] = mapped_column(String(2), unique=True)
    name: Mapped[name_str]
    description: Mapped[str | None] = mapped_column(String(300))
    icon: Mapped[str | None] = mapped_column(String(64))
    default_service_min: Mapped[int] = mapped_column(default=10)
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Counter(Base):
    __tablename__ = "counters"
    __table_args__ = (UniqueConstraint("point_id", "number"),)
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    point_id: Mapped[int] = mapped_column(ForeignKey("points.id"))
    number: Mapped[int]
    name: Mapped[name_str]
    state: Mapped[str] = mapped_column(String(10), default="closed")  # open | paused | closed
    consecutive_priority_calls: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)

    point: Mapped[Point] = relationship(back_populates="counters")
    services: Mapped[list[QueueService]] = relationship(secondary="counter_services", order_by="QueueService.prefix")


class CounterService(Base):
    __tablename__ = "counter_services"
    counter_id: Mapped[int] = mapped_column(ForeignKey("counters.id", ondelete="CASCADE"), primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("queue_services.id", ondelete="CASCADE"), primary_key=True)


class TicketNumber(Base):
    """Last number handed out per point, service and business day; bumped by an upsert in the ticket's
    transaction. Per point: on a server shared by several points each one starts at A001 every morning."""

    __tablename__ = "ticket_numbers"
    point_id: Mapped[int] = mapped_column(ForeignKey("points.id"), primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("queue_services.id"), primary_key=True)
    business_date: Mapped[date] = mapped_column(primary_key=True)
    last_number: Mapped[int] = mapped_column(default=0)


class Ticket(Base):
    __tablename__ = "tickets"
    # The code (prefix + number) is unique per point and day (each point has its own A001, migration 0007). Not
    # (service, number): a transfer moves A001 into service B, where B001 may already exist; the code keeps the
    # letter it was issued with. Its index, point first, also serves one commune's tally on a district server
    # (0006's index on (point_id, business_date) alone became redundant and was dropped).
    __table_args__ = (
        UniqueConstraint("point_id", "business_date", "code"),
        Index("ix_tickets_status_day", "status", "business_date"),
    )
    id: Mapped[intpk]
    # The QR on a ticket carries this opaque id and nothing else.
    uuid: Mapped[travel_uuid]
    point_id: Mapped[int] = mapped_column(ForeignKey("points.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("queue_services.id"))
    number: Mapped[int]
    code: Mapped[str] = mapped_column(String(10))
    business_date: Mapped[date] = mapped_column(index=True)
    priority_group: Mapped[str | None] = mapped_column(String(40))
    # waiting | serving | parked | skipped | finished | cancelled | no_show
    status: Mapped[str] = mapped_column(String(12), default="waiting")
    issued_at: Mapped[datetime]
    # Transfers and returns keep the citizen's place: ordering uses queued_at, not issued_at.
    queued_at: Mapped[datetime]
    called_at: Mapped[datetime | None]
    # Start of the current stint at a desk (call, call back after parking, call after a transfer); a recall
    # (announcing again) does not move it.
    last_called_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    # Seconds spent at desks in the current service (stints added up across parking); the wait estimate's input.
    service_seconds: Mapped[int | None]
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"))
    target_counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"))
    served_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    call_count: Mapped[int] = mapped_column(default=0)
    returned_after_skip: Mapped[bool] = mapped_column(default=False)
    front_of_queue: Mapped[bool] = mapped_column(default=False)
    transferred_from_service_id: Mapped[int | None] = mapped_column(ForeignKey("queue_services.id"))

    service: Mapped[QueueService] = relationship(foreign_keys=[service_id])
    counter: Mapped[Counter | None] = relationship(foreign_keys=[counter_id])


class Event(Base):
    """Append-only change feed: screens in other processes and machines poll 'events after id N'."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_point_id", "point_id", "id"),)
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    created_at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(40))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"))
    # The point whose queue changed; None for what concerns every point (the day rollover). Screens read their
    # own point's events only, so on a server shared by several points each hall hears its own calls.
    point_id: Mapped[int | None] = mapped_column(ForeignKey("points.id"))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Rating(Base):
    __tablename__ = "ratings"
    __table_args__ = (Index("ix_ratings_point_day", "point_id", "business_date"),)
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), unique=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("points.id"))
    business_date: Mapped[date] = mapped_column(index=True)
    created_at: Mapped[datetime]
    level: Mapped[str] = mapped_column(String(20))  # rat_hai_long | hai_long | binh_thuong | khong_hai_long


# ---------------------------------------------------------------- catalogue


class Term(Base):
    """Small enumerations from the catalogue: priority groups, satisfaction scale, reasons, portals, channels..."""

    __tablename__ = "terms"
    __table_args__ = (UniqueConstraint("kind", "code"),)
    id: Mapped[intpk]
    kind: Mapped[str] = mapped_column(String(40))
    code: Mapped[code_str]
    name: Mapped[name_str]
    sort_order: Mapped[int] = mapped_column(default=0)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    active: Mapped[bool] = mapped_column(default=True)


class Procedure(Base):
    __tablename__ = "procedures"
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    code: Mapped[code_str] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(500))
    field: Mapped[str | None] = mapped_column(String(200))
    agency: Mapped[str | None] = mapped_column(String(200))
    online_level: Mapped[str] = mapped_column(String(20), default="unknown")
    submit_via: Mapped[str | None] = mapped_column(String(40))
    queue_prefix: Mapped[str | None] = mapped_column(String(2))
    alt_codes: Mapped[list[str]] = mapped_column(JSON, default=list)
    fee: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(20))
    search_key: Mapped[str] = mapped_column(String(1000), default="")
    local: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class App(Base):
    """An installable app or web service a citizen is helped with (VNeID, VssID, eTax Mobile, ...)."""

    __tablename__ = "apps"
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    code: Mapped[code_str] = mapped_column(unique=True)
    name: Mapped[name_str]
    publisher: Mapped[str | None] = mapped_column(String(200))
    android_url: Mapped[str | None] = mapped_column(String(500))
    ios_url: Mapped[str | None] = mapped_column(String(500))
    web_url: Mapped[str | None] = mapped_column(String(500))
    on_handout: Mapped[bool] = mapped_column(default=False)
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class AppTask(Base):
    """Something counted when done with a citizen: 'VNeID level 2 activated and logged in', 'QR to receive money'."""

    __tablename__ = "app_tasks"
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    code: Mapped[code_str] = mapped_column(unique=True)
    name: Mapped[name_str]
    app_id: Mapped[int | None] = mapped_column(ForeignKey("apps.id"))
    count_rule: Mapped[str | None] = mapped_column(String(300))
    search_key: Mapped[str] = mapped_column(String(1000), default="")
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class GuidanceTopic(Base):
    """A digital-skill topic (the five basic skills of Official letter 3240 plus local ones)."""

    __tablename__ = "guidance_topics"
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    code: Mapped[code_str] = mapped_column(unique=True)
    name: Mapped[name_str]
    official: Mapped[bool] = mapped_column(default=False)
    search_key: Mapped[str] = mapped_column(String(1000), default="")
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Guide(Base):
    """A step-by-step instruction sheet; the content is the editable YAML document, stored as JSON."""

    __tablename__ = "guides"
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    slug: Mapped[code_str] = mapped_column(unique=True)
    title: Mapped[name_str]
    summary: Mapped[str | None] = mapped_column(String(500))
    version_date: Mapped[date | None]
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


# ---------------------------------------------------------------- assisted submissions


class AssistRecord(Base):
    """One citizen helped at one visit, with or without a ticket."""

    __tablename__ = "assist_records"
    __table_args__ = (Index("ix_assist_records_point_day", "point_id", "business_date"),)
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    point_id: Mapped[int] = mapped_column(ForeignKey("points.id"))
    business_date: Mapped[date] = mapped_column(index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"))
    age_band: Mapped[str | None] = mapped_column(String(10))  # under_18 | 18_59 | 60_plus
    # Name and phone only with a consent row; purged after the retention period.
    citizen_name: Mapped[str | None] = mapped_column(String(200))
    citizen_phone: Mapped[str | None] = mapped_column(String(20))
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consents.id"))
    follow_up_on: Mapped[date | None]
    follow_up_reason: Mapped[str | None] = mapped_column(String(300))
    follow_up_done_at: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(String(1000))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str | None] = mapped_column(String(300))
    origin: Mapped[str | None] = mapped_column(String(64))  # point code of the database it was first written in

    items: Mapped[list[AssistItem]] = relationship(back_populates="record", cascade="all, delete-orphan")
    helpers: Mapped[list[Staff]] = relationship(secondary="assist_helpers")


class AssistHelper(Base):
    __tablename__ = "assist_helpers"
    record_id: Mapped[int] = mapped_column(ForeignKey("assist_records.id", ondelete="CASCADE"), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)


class AssistItem(Base):
    """What was helped: a procedure (with channel and outcome), an app task, or a skill topic."""

    __tablename__ = "assist_items"
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    record_id: Mapped[int] = mapped_column(ForeignKey("assist_records.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # procedure | app_task | topic
    procedure_id: Mapped[int | None] = mapped_column(ForeignKey("procedures.id"))
    app_task_id: Mapped[int | None] = mapped_column(ForeignKey("app_tasks.id"))
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("guidance_topics.id"))
    portal: Mapped[str | None] = mapped_column(String(40))
    online_level: Mapped[str | None] = mapped_column(String(20))
    channel: Mapped[str | None] = mapped_column(String(12))  # online | in_person | postal
    outcome: Mapped[str | None] = mapped_column(String(20))  # submitted | not_submitted | done | not_done
    dossier_code: Mapped[str | None] = mapped_column(String(64))
    reason_code: Mapped[str | None] = mapped_column(String(40))
    fee_paid_online: Mapped[bool] = mapped_column(default=False)
    vneid_login: Mapped[bool] = mapped_column(default=False)

    record: Mapped[AssistRecord] = relationship(back_populates="items")


class StaffFavourite(Base):
    """A catalogue item a staff member pins to the top of the record form's search (by code: codes travel)."""

    __tablename__ = "staff_favourites"
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), primary_key=True)  # procedure | app_task | topic
    code: Mapped[code_str] = mapped_column(primary_key=True)
    created_at: Mapped[datetime]


class GroupSession(Base):
    __tablename__ = "group_sessions"
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    point_id: Mapped[int] = mapped_column(ForeignKey("points.id"))
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"))
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("guidance_topics.id"))
    title: Mapped[str | None] = mapped_column(String(300))
    business_date: Mapped[date] = mapped_column(index=True)
    attendance: Mapped[int] = mapped_column(default=0)
    leaflets: Mapped[int] = mapped_column(default=0)
    led_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str | None] = mapped_column(String(1000))
    created_at: Mapped[datetime]
    voided_at: Mapped[datetime | None]


class DutyDay(Base):
    __tablename__ = "duty_days"
    __table_args__ = (UniqueConstraint("staff_id", "business_date", "point_id"),)
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    point_id: Mapped[int] = mapped_column(ForeignKey("points.id"))
    business_date: Mapped[date] = mapped_column(index=True)
    checked_in_at: Mapped[datetime]
    checked_out_at: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(String(300))


class OfficialIndicator(Base):
    """A figure computed by the national portal, typed in by hand with its source: shown apart from local figures."""

    __tablename__ = "official_indicators"
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    code: Mapped[code_str]
    name: Mapped[name_str]
    period_from: Mapped[date]
    period_to: Mapped[date]
    value: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(300))
    source_date: Mapped[date]
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime]


# ---------------------------------------------------------------- printing, privacy, audit, settings


class PrintJob(Base):
    __tablename__ = "print_jobs"
    __table_args__ = (Index("ix_print_jobs_status", "status"),)
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    kind: Mapped[str] = mapped_column(String(20))  # ticket | handout | guide | report
    reference: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300))
    target: Mapped[str] = mapped_column(String(10))  # ticket | sheet (which configured printer)
    printer_name: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(10), default="queued")  # queued | printing | printed | failed
    attempts: Mapped[int] = mapped_column(default=0)
    error: Mapped[str | None] = mapped_column(String(500))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    paper_confirmed: Mapped[bool | None] = mapped_column(Boolean)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    printed_at: Mapped[datetime | None]


class Consent(Base):
    __tablename__ = "consents"
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    purpose: Mapped[str] = mapped_column(String(40))  # follow_up_reminder | ...
    wording: Mapped[str] = mapped_column(String(500))
    given_at: Mapped[datetime]
    withdrawn_at: Mapped[datetime | None]
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    purge_after: Mapped[date]


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[intpk]
    uuid: Mapped[travel_uuid]
    at: Mapped[datetime] = mapped_column(index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str | None] = mapped_column(String(200))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime]


class SyncPairing(Base):
    """A village point paired with its commune: the shared key that signs the point's bundles.

    At the commune one row per village point (`side` "point"); at a village point one row naming the commune
    (`side` "commune"). The key never leaves either machine again after the pairing code was typed.
    """

    __tablename__ = "sync_pairings"
    id: Mapped[intpk]
    point_code: Mapped[str] = mapped_column(String(20), unique=True)
    side: Mapped[str] = mapped_column(String(10))  # point | commune
    key_hex: Mapped[str] = mapped_column(String(64))
    paired_at: Mapped[datetime]


class SyncImport(Base):
    """Bundles already imported from village points, so importing one twice changes nothing."""

    __tablename__ = "sync_imports"
    id: Mapped[intpk]
    bundle_uuid: Mapped[uuid.UUID] = mapped_column(unique=True)
    origin: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime]
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


__all__ = [
    "App",
    "AppTask",
    "AssistHelper",
    "AssistItem",
    "AssistRecord",
    "AuditEntry",
    "Base",
    "Consent",
    "Counter",
    "CounterService",
    "DutyDay",
    "Event",
    "GroupSession",
    "Guide",
    "GuidanceTopic",
    "OfficialIndicator",
    "Point",
    "PrintJob",
    "Procedure",
    "QueueService",
    "Rating",
    "Setting",
    "Staff",
    "StaffFavourite",
    "SyncImport",
    "Term",
    "Ticket",
    "TicketNumber",
    "Village",
]


class Campaign(Base):
    """A province's campaign period (e.g. 10 peak days) with fixed topics, reported on separately.

    `topics` is a list of {code, name, guidance_topics: [...], app_tasks: [...], procedures: "online"|"all"|""}:
    what a record or a group session must touch to count under the topic.
    """

    __tablename__ = "campaigns"
    id: Mapped[intpk]
    code: Mapped[code_str] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(300))
    date_from: Mapped[date]
    date_to: Mapped[date]
    topics: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    enabled: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
