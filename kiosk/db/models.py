"""Data model v1, the ORM side: one class per table of kiosk/db/tables.py, with typed attributes and relationships.

The columns, their defaults, indexes and constraints are declared once, in tables.py (Core), and each class maps
onto its table (`__table__`, SQLAlchemy's "declarative with imperative table"): a command that needs no mapped
class imports neither this module nor `sqlalchemy.orm`. The attributes below only type the mapped columns; a new
column goes into tables.py (and an Alembic migration) and its attribute here.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from kiosk.db import tables as t


class Base(DeclarativeBase):
    # The one MetaData of the schema: Alembic's target, and the tables the Core statements use.
    metadata: MetaData = t.metadata


# ---------------------------------------------------------------- places and people


class Village(Base):
    __table__ = t.villages
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    code: Mapped[str]
    name: Mapped[str]
    sort_order: Mapped[int]
    active: Mapped[bool]


class Point(Base):
    """A place where help is given: the commune desk, a village cultural house, a mobile team."""

    __table__ = t.points
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    code: Mapped[str]
    kind: Mapped[str]
    name: Mapped[str]
    short_name: Mapped[str | None]
    commune_name: Mapped[str | None]
    address: Mapped[str | None]
    village_id: Mapped[int | None]
    active: Mapped[bool]

    counters: Mapped[list[Counter]] = relationship(back_populates="point", order_by="Counter.number")


class Staff(Base):
    __table__ = t.staff
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    name: Mapped[str]
    role: Mapped[str]
    pin_hash: Mapped[str | None]
    failed_pins: Mapped[int]
    locked_until: Mapped[datetime | None]
    village_id: Mapped[int | None]
    phone_masked: Mapped[str | None]
    active: Mapped[bool]
    created_at: Mapped[datetime]


# ---------------------------------------------------------------- queue


class QueueService(Base):
    """A service area with its own ticket letter (A Tư pháp – Hộ tịch, B Chứng thực, ...)."""

    __table__ = t.queue_services
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    prefix: Mapped[str]
    name: Mapped[str]
    description: Mapped[str | None]
    icon: Mapped[str | None]
    default_service_min: Mapped[int]
    sort_order: Mapped[int]
    active: Mapped[bool]


class Counter(Base):
    __table__ = t.counters
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    point_id: Mapped[int]
    number: Mapped[int]
    name: Mapped[str]
    state: Mapped[str]
    consecutive_priority_calls: Mapped[int]
    active: Mapped[bool]

    point: Mapped[Point] = relationship(back_populates="counters")
    services: Mapped[list[QueueService]] = relationship(secondary="counter_services", order_by="QueueService.prefix")


class CounterService(Base):
    __table__ = t.counter_services
    counter_id: Mapped[int]
    service_id: Mapped[int]


class TicketNumber(Base):
    """Last number handed out per point, service and business day; bumped by an upsert in the ticket's
    transaction. Per point: on a server shared by several points each one starts at A001 every morning."""

    __table__ = t.ticket_numbers
    point_id: Mapped[int]
    service_id: Mapped[int]
    business_date: Mapped[date]
    last_number: Mapped[int]


class Ticket(Base):
    __table__ = t.tickets
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    point_id: Mapped[int]
    service_id: Mapped[int]
    number: Mapped[int]
    code: Mapped[str]
    business_date: Mapped[date]
    priority_group: Mapped[str | None]
    status: Mapped[str]
    issued_at: Mapped[datetime]
    queued_at: Mapped[datetime]
    called_at: Mapped[datetime | None]
    last_called_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    service_seconds: Mapped[int | None]
    counter_id: Mapped[int | None]
    target_counter_id: Mapped[int | None]
    served_by_id: Mapped[int | None]
    call_count: Mapped[int]
    returned_after_skip: Mapped[bool]
    front_of_queue: Mapped[bool]
    transferred_from_service_id: Mapped[int | None]

    service: Mapped[QueueService] = relationship(foreign_keys=[t.tickets.c.service_id])
    counter: Mapped[Counter | None] = relationship(foreign_keys=[t.tickets.c.counter_id])


class Event(Base):
    """Append-only change feed: screens in other processes and machines poll 'events after id N'."""

    __table__ = t.events
    id: Mapped[int]
    created_at: Mapped[datetime]
    kind: Mapped[str]
    ticket_id: Mapped[int | None]
    counter_id: Mapped[int | None]
    point_id: Mapped[int | None]
    payload: Mapped[dict[str, Any]]


class Rating(Base):
    __table__ = t.ratings
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    ticket_id: Mapped[int | None]
    point_id: Mapped[int]
    business_date: Mapped[date]
    created_at: Mapped[datetime]
    level: Mapped[str]


# ---------------------------------------------------------------- catalogue


class Term(Base):
    """Small enumerations from the catalogue: priority groups, satisfaction scale, reasons, portals, channels..."""

    __table__ = t.terms
    id: Mapped[int]
    kind: Mapped[str]
    code: Mapped[str]
    name: Mapped[str]
    sort_order: Mapped[int]
    extra: Mapped[dict[str, Any]]
    active: Mapped[bool]


class Procedure(Base):
    __table__ = t.procedures
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    code: Mapped[str]
    name: Mapped[str]
    field: Mapped[str | None]
    agency: Mapped[str | None]
    online_level: Mapped[str]
    submit_via: Mapped[str | None]
    queue_prefix: Mapped[str | None]
    alt_codes: Mapped[list[str]]
    fee: Mapped[str | None]
    note: Mapped[str | None]
    source: Mapped[str | None]
    search_key: Mapped[str]
    local: Mapped[bool]
    active: Mapped[bool]


class App(Base):
    """An installable app or web service a citizen is helped with (VNeID, VssID, eTax Mobile, ...)."""

    __table__ = t.apps
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    code: Mapped[str]
    name: Mapped[str]
    publisher: Mapped[str | None]
    android_url: Mapped[str | None]
    ios_url: Mapped[str | None]
    web_url: Mapped[str | None]
    on_handout: Mapped[bool]
    sort_order: Mapped[int]
    active: Mapped[bool]


class AppTask(Base):
    """Something counted when done with a citizen: 'VNeID level 2 activated and logged in', 'QR to receive money'."""

    __table__ = t.app_tasks
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    code: Mapped[str]
    name: Mapped[str]
    app_id: Mapped[int | None]
    count_rule: Mapped[str | None]
    search_key: Mapped[str]
    sort_order: Mapped[int]
    active: Mapped[bool]


class GuidanceTopic(Base):
    """A digital-skill topic (the five basic skills of Official letter 3240 plus local ones)."""

    __table__ = t.guidance_topics
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    code: Mapped[str]
    name: Mapped[str]
    official: Mapped[bool]
    search_key: Mapped[str]
    sort_order: Mapped[int]
    active: Mapped[bool]


class Guide(Base):
    """A step-by-step instruction sheet; the content is the editable YAML document, stored as JSON."""

    __table__ = t.guides
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    slug: Mapped[str]
    title: Mapped[str]
    summary: Mapped[str | None]
    version_date: Mapped[date | None]
    content: Mapped[dict[str, Any]]
    sort_order: Mapped[int]
    active: Mapped[bool]


# ---------------------------------------------------------------- assisted submissions


class AssistRecord(Base):
    """One citizen helped at one visit, with or without a ticket."""

    __table__ = t.assist_records
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    point_id: Mapped[int]
    business_date: Mapped[date]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    ticket_id: Mapped[int | None]
    village_id: Mapped[int | None]
    age_band: Mapped[str | None]
    citizen_name: Mapped[str | None]
    citizen_phone: Mapped[str | None]
    consent_id: Mapped[int | None]
    follow_up_on: Mapped[date | None]
    follow_up_reason: Mapped[str | None]
    follow_up_done_at: Mapped[datetime | None]
    note: Mapped[str | None]
    created_by_id: Mapped[int | None]
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str | None]
    origin: Mapped[str | None]

    items: Mapped[list[AssistItem]] = relationship(back_populates="record", cascade="all, delete-orphan")
    helpers: Mapped[list[Staff]] = relationship(secondary="assist_helpers")


class AssistHelper(Base):
    __table__ = t.assist_helpers
    record_id: Mapped[int]
    staff_id: Mapped[int]


class AssistItem(Base):
    """What was helped: a procedure (with channel and outcome), an app task, or a skill topic."""

    __table__ = t.assist_items
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    record_id: Mapped[int]
    kind: Mapped[str]
    procedure_id: Mapped[int | None]
    app_task_id: Mapped[int | None]
    topic_id: Mapped[int | None]
    portal: Mapped[str | None]
    online_level: Mapped[str | None]
    channel: Mapped[str | None]
    outcome: Mapped[str | None]
    dossier_code: Mapped[str | None]
    reason_code: Mapped[str | None]
    fee_paid_online: Mapped[bool]
    vneid_login: Mapped[bool]

    record: Mapped[AssistRecord] = relationship(back_populates="items")


class StaffFavourite(Base):
    """A catalogue item a staff member pins to the top of the record form's search (by code: codes travel)."""

    __table__ = t.staff_favourites
    staff_id: Mapped[int]
    kind: Mapped[str]
    code: Mapped[str]
    created_at: Mapped[datetime]


class GroupSession(Base):
    __table__ = t.group_sessions
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    point_id: Mapped[int]
    village_id: Mapped[int | None]
    topic_id: Mapped[int | None]
    title: Mapped[str | None]
    business_date: Mapped[date]
    attendance: Mapped[int]
    leaflets: Mapped[int]
    led_by_id: Mapped[int | None]
    note: Mapped[str | None]
    created_at: Mapped[datetime]
    voided_at: Mapped[datetime | None]


class DutyDay(Base):
    __table__ = t.duty_days
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    staff_id: Mapped[int]
    point_id: Mapped[int]
    business_date: Mapped[date]
    checked_in_at: Mapped[datetime]
    checked_out_at: Mapped[datetime | None]
    note: Mapped[str | None]


class OfficialIndicator(Base):
    """A figure computed by the national portal, typed in by hand with its source: shown apart from local figures."""

    __table__ = t.official_indicators
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    code: Mapped[str]
    name: Mapped[str]
    period_from: Mapped[date]
    period_to: Mapped[date]
    value: Mapped[str]
    source: Mapped[str]
    source_date: Mapped[date]
    entered_by_id: Mapped[int | None]
    created_at: Mapped[datetime]


# ---------------------------------------------------------------- printing, privacy, audit, settings


class PrintJob(Base):
    __table__ = t.print_jobs
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    kind: Mapped[str]
    reference: Mapped[str | None]
    title: Mapped[str]
    target: Mapped[str]
    printer_name: Mapped[str | None]
    status: Mapped[str]
    attempts: Mapped[int]
    error: Mapped[str | None]
    pdf: Mapped[bytes]
    paper_confirmed: Mapped[bool | None]
    ticket_id: Mapped[int | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    printed_at: Mapped[datetime | None]


class Consent(Base):
    __table__ = t.consents
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    purpose: Mapped[str]
    wording: Mapped[str]
    given_at: Mapped[datetime]
    withdrawn_at: Mapped[datetime | None]
    recorded_by_id: Mapped[int | None]
    purge_after: Mapped[date]


class AuditEntry(Base):
    __table__ = t.audit_log
    id: Mapped[int]
    uuid: Mapped[uuid.UUID]
    at: Mapped[datetime]
    staff_id: Mapped[int | None]
    action: Mapped[str]
    target: Mapped[str | None]
    detail: Mapped[dict[str, Any]]


class Setting(Base):
    __table__ = t.settings
    key: Mapped[str]
    value: Mapped[Any]
    updated_at: Mapped[datetime]


class SyncPairing(Base):
    """A village point paired with its commune: the shared key that signs the point's bundles.

    At the commune one row per village point (`side` "point"); at a village point one row naming the commune
    (`side` "commune"). The key never leaves either machine again after the pairing code was typed.
    """

    __table__ = t.sync_pairings
    id: Mapped[int]
    point_code: Mapped[str]
    side: Mapped[str]
    key_hex: Mapped[str]
    paired_at: Mapped[datetime]


class SyncImport(Base):
    """Bundles already imported from village points, so importing one twice changes nothing."""

    __table__ = t.sync_imports
    id: Mapped[int]
    bundle_uuid: Mapped[uuid.UUID]
    origin: Mapped[str]
    imported_at: Mapped[datetime]
    counts: Mapped[dict[str, Any]]


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

    __table__ = t.campaigns
    id: Mapped[int]
    code: Mapped[str]
    name: Mapped[str]
    date_from: Mapped[date]
    date_to: Mapped[date]
    topics: Mapped[list[dict[str, Any]]]
    enabled: Mapped[bool]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
