"""The schema, once, as Core tables: every table, column, default, index and constraint of the data model.

The ORM classes in models.py map onto these tables (`__table__ = tables.tickets`) and add only attributes and
relationships. Everyday commands (`kiosk queue status`, `ticket issue`, `tally`) and the setup gate read and write
through these tables alone: importing this module costs a few milliseconds, while `sqlalchemy.orm` and declaring
the 29 mapped classes cost about 0.3 s of every start. Every schema change still goes through an Alembic
migration in db/migrations/versions/ (tests/test_migrations.py compares this metadata with the chain).

Conventions: integer keys for joins, a UUID on every record that may travel between databases, timestamps in UTC
(`UTCDateTime`), and a `business_date` (Asia/Ho_Chi_Minh) wherever numbering or tallies group by day. Python-side
defaults (uuid, 0, False, {}) live on the columns, so a Core insert and an ORM insert fill the same values.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)

from kiosk.db.types import NAMING_CONVENTION, UTCDateTime

metadata = MetaData(naming_convention=NAMING_CONVENTION)

# ---------------------------------------------------------------- column shapes used by many tables


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True, autoincrement=True)


def _uuid() -> Column[uuid.UUID]:
    # Records that travel between databases (village point → commune) are matched by this, never by the integer key.
    return Column("uuid", Uuid, nullable=False, unique=True, default=uuid.uuid4)


def _code(name: str = "code", **kw: Any) -> Column[str]:
    return Column(name, String(64), nullable=False, **kw)


def _name(name: str = "name") -> Column[str]:
    return Column(name, String(300), nullable=False)


def _text(name: str, length: int) -> Column[str]:
    """An optional text of at most `length` characters."""
    return Column(name, String(length), nullable=True)


def _count(name: str, default: int = 0) -> Column[int]:
    return Column(name, Integer, nullable=False, default=default)


def _flag(name: str, default: bool) -> Column[bool]:
    return Column(name, Boolean, nullable=False, default=default)


def _when(name: str, *, required: bool = True, **kw: Any) -> Column[Any]:
    return Column(name, UTCDateTime, nullable=not required, **kw)


def _day(name: str = "business_date", *, required: bool = True, **kw: Any) -> Column[Any]:
    return Column(name, Date, nullable=not required, **kw)


def _ref(name: str, target: str, *, required: bool = False, **kw: Any) -> Column[int]:
    """A foreign key to `target` ("table.column"); optional unless `required` or part of the primary key."""
    ondelete = kw.pop("ondelete", None)
    required = required or kw.get("primary_key", False)
    return Column(name, Integer, ForeignKey(target, ondelete=ondelete), nullable=not required, **kw)


def _json(name: str, default: Any = dict) -> Column[Any]:
    return Column(name, JSON, nullable=False, default=default)


# ---------------------------------------------------------------- places and people

villages = Table(
    "villages",
    metadata,
    _id(),
    _uuid(),
    _code(unique=True),
    _name(),
    _count("sort_order"),
    _flag("active", True),
)

# A place where help is given: the commune desk, a village cultural house, a mobile team.
points = Table(
    "points",
    metadata,
    _id(),
    _uuid(),
    _code(unique=True),
    Column("kind", String(20), nullable=False),  # commune_desk | village_point | mobile_team
    # Official names change by decree (Decree 118/2025 renamed the desk): configurable, never hard-coded.
    _name(),
    _text("short_name", 120),
    _text("commune_name", 200),
    _text("address", 300),
    _ref("village_id", "villages.id"),
    _flag("active", True),
)

staff = Table(
    "staff",
    metadata,
    _id(),
    _uuid(),
    _name(),
    Column("role", String(20), nullable=False),  # officer | team_member | admin
    _text("pin_hash", 200),
    _count("failed_pins"),
    _when("locked_until", required=False),
    _ref("village_id", "villages.id"),
    _text("phone_masked", 20),
    _flag("active", True),
    _when("created_at"),
)

# ---------------------------------------------------------------- queue

# A service area with its own ticket letter (A Tư pháp – Hộ tịch, B Chứng thực, ...).
queue_services = Table(
    "queue_services",
    metadata,
    _id(),
    _uuid(),
    Column("prefix", String(2), nullable=False, unique=True),
    _name(),
    _text("description", 300),
    _text("icon", 64),
    _count("default_service_min", 10),
    _count("sort_order"),
    _flag("active", True),
)

counters = Table(
    "counters",
    metadata,
    _id(),
    _uuid(),
    _ref("point_id", "points.id", required=True),
    Column("number", Integer, nullable=False),
    _name(),
    Column("state", String(10), nullable=False, default="closed"),  # open | paused | closed
    _count("consecutive_priority_calls"),
    _flag("active", True),
    UniqueConstraint("point_id", "number"),
)

counter_services = Table(
    "counter_services",
    metadata,
    _ref("counter_id", "counters.id", ondelete="CASCADE", primary_key=True),
    _ref("service_id", "queue_services.id", ondelete="CASCADE", primary_key=True),
)

# Last number handed out per point, service and business day; bumped by an upsert in the ticket's transaction.
# Per point: on a server shared by several points each one starts at A001 every morning.
ticket_numbers = Table(
    "ticket_numbers",
    metadata,
    _ref("point_id", "points.id", primary_key=True),
    _ref("service_id", "queue_services.id", primary_key=True),
    _day(primary_key=True),
    _count("last_number"),
)

tickets = Table(
    "tickets",
    metadata,
    _id(),
    # The QR on a ticket carries this opaque id and nothing else.
    _uuid(),
    _ref("point_id", "points.id", required=True),
    _ref("service_id", "queue_services.id", required=True),
    Column("number", Integer, nullable=False),
    Column("code", String(10), nullable=False),
    _day(index=True),
    _text("priority_group", 40),
    # waiting | serving | parked | skipped | finished | cancelled | no_show
    Column("status", String(12), nullable=False, default="waiting"),
    _when("issued_at"),
    # Transfers and returns keep the citizen's place: ordering uses queued_at, not issued_at.
    _when("queued_at"),
    _when("called_at", required=False),
    # Start of the current stint at a desk (call, call back after parking, call after a transfer); a recall
    # (announcing again) does not move it.
    _when("last_called_at", required=False),
    _when("finished_at", required=False),
    # Seconds spent at desks in the current service (stints added up across parking); the wait estimate's input.
    Column("service_seconds", Integer, nullable=True),
    _ref("counter_id", "counters.id"),
    _ref("target_counter_id", "counters.id"),
    _ref("served_by_id", "staff.id"),
    _count("call_count"),
    _flag("returned_after_skip", False),
    _flag("front_of_queue", False),
    _ref("transferred_from_service_id", "queue_services.id"),
    # The code (prefix + number) is unique per point and day (each point has its own A001, migration 0007). Not
    # (service, number): a transfer moves A001 into service B, where B001 may already exist; the code keeps the
    # letter it was issued with. Its index, point first, also serves one commune's tally on a district server
    # (0006's index on (point_id, business_date) alone became redundant and was dropped).
    UniqueConstraint("point_id", "business_date", "code"),
    Index("ix_tickets_status_day", "status", "business_date"),
)

# Append-only change feed: screens in other processes and machines poll 'events after id N'.
events = Table(
    "events",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    _when("created_at"),
    Column("kind", String(40), nullable=False),
    _ref("ticket_id", "tickets.id"),
    _ref("counter_id", "counters.id"),
    # The point whose queue changed; None for what concerns every point (the day rollover). Screens read their
    # own point's events only, so on a server shared by several points each hall hears its own calls.
    _ref("point_id", "points.id"),
    _json("payload"),
    Index("ix_events_point_id", "point_id", "id"),
)

ratings = Table(
    "ratings",
    metadata,
    _id(),
    _uuid(),
    _ref("ticket_id", "tickets.id", unique=True),
    _ref("point_id", "points.id", required=True),
    _day(index=True),
    _when("created_at"),
    Column("level", String(20), nullable=False),  # rat_hai_long | hai_long | binh_thuong | khong_hai_long
    Index("ix_ratings_point_day", "point_id", "business_date"),
)

# ---------------------------------------------------------------- catalogue

# Small enumerations from the catalogue: priority groups, satisfaction scale, reasons, portals, channels...
terms = Table(
    "terms",
    metadata,
    _id(),
    Column("kind", String(40), nullable=False),
    _code(),
    _name(),
    _count("sort_order"),
    _json("extra"),
    _flag("active", True),
    UniqueConstraint("kind", "code"),
)

procedures = Table(
    "procedures",
    metadata,
    _id(),
    _uuid(),
    _code(unique=True),
    Column("name", String(500), nullable=False),
    _text("field", 200),
    _text("agency", 200),
    Column("online_level", String(20), nullable=False, default="unknown"),
    _text("submit_via", 40),
    _text("queue_prefix", 2),
    _json("alt_codes", list),
    _text("fee", 300),
    Column("note", Text, nullable=True),
    _text("source", 20),
    Column("search_key", String(1000), nullable=False, default=""),
    _flag("local", False),
    _flag("active", True),
)

# An installable app or web service a citizen is helped with (VNeID, VssID, eTax Mobile, ...).
apps = Table(
    "apps",
    metadata,
    _id(),
    _uuid(),
    _code(unique=True),
    _name(),
    _text("publisher", 200),
    _text("android_url", 500),
    _text("ios_url", 500),
    _text("web_url", 500),
    _flag("on_handout", False),
    _count("sort_order"),
    _flag("active", True),
)

# Something counted when done with a citizen: 'VNeID level 2 activated and logged in', 'QR to receive money'.
app_tasks = Table(
    "app_tasks",
    metadata,
    _id(),
    _uuid(),
    _code(unique=True),
    _name(),
    _ref("app_id", "apps.id"),
    _text("count_rule", 300),
    Column("search_key", String(1000), nullable=False, default=""),
    _count("sort_order"),
    _flag("active", True),
)

# A digital-skill topic (the five basic skills of Official letter 3240 plus local ones).
guidance_topics = Table(
    "guidance_topics",
    metadata,
    _id(),
    _uuid(),
    _code(unique=True),
    _name(),
    _flag("official", False),
    Column("search_key", String(1000), nullable=False, default=""),
    _count("sort_order"),
    _flag("active", True),
)

# A step-by-step instruction sheet; the content is the editable YAML document, stored as JSON.
guides = Table(
    "guides",
    metadata,
    _id(),
    _uuid(),
    _code("slug", unique=True),
    _name("title"),
    _text("summary", 500),
    _day("version_date", required=False),
    _json("content"),
    _count("sort_order"),
    _flag("active", True),
)

# ---------------------------------------------------------------- assisted submissions

# One citizen helped at one visit, with or without a ticket.
assist_records = Table(
    "assist_records",
    metadata,
    _id(),
    _uuid(),
    _ref("point_id", "points.id", required=True),
    _day(index=True),
    _when("created_at"),
    _when("updated_at"),
    _ref("ticket_id", "tickets.id"),
    _ref("village_id", "villages.id"),
    _text("age_band", 10),  # under_18 | 18_59 | 60_plus
    # Name and phone only with a consent row; purged after the retention period.
    _text("citizen_name", 200),
    _text("citizen_phone", 20),
    _ref("consent_id", "consents.id"),
    _day("follow_up_on", required=False),
    _text("follow_up_reason", 300),
    _when("follow_up_done_at", required=False),
    _text("note", 1000),
    _ref("created_by_id", "staff.id"),
    _when("voided_at", required=False),
    _text("void_reason", 300),
    _text("origin", 64),  # point code of the database it was first written in
    Index("ix_assist_records_point_day", "point_id", "business_date"),
)

assist_helpers = Table(
    "assist_helpers",
    metadata,
    _ref("record_id", "assist_records.id", ondelete="CASCADE", primary_key=True),
    _ref("staff_id", "staff.id", primary_key=True),
)

# What was helped: a procedure (with channel and outcome), an app task, or a skill topic.
assist_items = Table(
    "assist_items",
    metadata,
    _id(),
    _uuid(),
    _ref("record_id", "assist_records.id", required=True, ondelete="CASCADE", index=True),
    Column("kind", String(12), nullable=False),  # procedure | app_task | topic
    _ref("procedure_id", "procedures.id"),
    _ref("app_task_id", "app_tasks.id"),
    _ref("topic_id", "guidance_topics.id"),
    _text("portal", 40),
    _text("online_level", 20),
    _text("channel", 12),  # online | in_person | postal
    _text("outcome", 20),  # submitted | not_submitted | done | not_done
    _text("dossier_code", 64),
    _text("reason_code", 40),
    _flag("fee_paid_online", False),
    _flag("vneid_login", False),
)

# A catalogue item a staff member pins to the top of the record form's search (by code: codes travel).
staff_favourites = Table(
    "staff_favourites",
    metadata,
    _ref("staff_id", "staff.id", ondelete="CASCADE", primary_key=True),
    Column("kind", String(12), primary_key=True),  # procedure | app_task | topic
    _code(primary_key=True),
    _when("created_at"),
)

group_sessions = Table(
    "group_sessions",
    metadata,
    _id(),
    _uuid(),
    _ref("point_id", "points.id", required=True),
    _ref("village_id", "villages.id"),
    _ref("topic_id", "guidance_topics.id"),
    _text("title", 300),
    _day(index=True),
    _count("attendance"),
    _count("leaflets"),
    _ref("led_by_id", "staff.id"),
    _text("note", 1000),
    _when("created_at"),
    _when("voided_at", required=False),
)

duty_days = Table(
    "duty_days",
    metadata,
    _id(),
    _uuid(),
    _ref("staff_id", "staff.id", required=True),
    _ref("point_id", "points.id", required=True),
    _day(index=True),
    _when("checked_in_at"),
    _when("checked_out_at", required=False),
    _text("note", 300),
    UniqueConstraint("staff_id", "business_date", "point_id"),
)

# A figure computed by the national portal, typed in by hand with its source: shown apart from local figures.
official_indicators = Table(
    "official_indicators",
    metadata,
    _id(),
    _uuid(),
    _code(),
    _name(),
    _day("period_from"),
    _day("period_to"),
    Column("value", String(64), nullable=False),
    Column("source", String(300), nullable=False),
    _day("source_date"),
    _ref("entered_by_id", "staff.id"),
    _when("created_at"),
)

# ---------------------------------------------------------------- printing, privacy, audit, settings

print_jobs = Table(
    "print_jobs",
    metadata,
    _id(),
    _uuid(),
    Column("kind", String(20), nullable=False),  # ticket | handout | guide | report
    _text("reference", 200),
    Column("title", String(300), nullable=False),
    Column("target", String(10), nullable=False),  # ticket | sheet (which configured printer)
    _text("printer_name", 200),
    Column("status", String(10), nullable=False, default="queued"),  # queued | printing | printed | failed
    _count("attempts"),
    _text("error", 500),
    Column("pdf", LargeBinary, nullable=False),
    Column("paper_confirmed", Boolean, nullable=True),
    _ref("ticket_id", "tickets.id"),
    _when("created_at"),
    _when("updated_at"),
    _when("printed_at", required=False),
    Index("ix_print_jobs_status", "status"),
)

consents = Table(
    "consents",
    metadata,
    _id(),
    _uuid(),
    Column("purpose", String(40), nullable=False),  # follow_up_reminder | ...
    Column("wording", String(500), nullable=False),
    _when("given_at"),
    _when("withdrawn_at", required=False),
    _ref("recorded_by_id", "staff.id"),
    _day("purge_after"),
)

audit_log = Table(
    "audit_log",
    metadata,
    _id(),
    _uuid(),
    _when("at", index=True),
    _ref("staff_id", "staff.id"),
    Column("action", String(40), nullable=False),
    _text("target", 200),
    _json("detail"),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", JSON, nullable=False),
    _when("updated_at"),
)

# A village point paired with its commune: the shared key that signs the point's bundles. At the commune one row
# per village point (`side` "point"); at a village point one row naming the commune (`side` "commune"). The key
# never leaves either machine again after the pairing code was typed.
sync_pairings = Table(
    "sync_pairings",
    metadata,
    _id(),
    Column("point_code", String(20), nullable=False, unique=True),
    Column("side", String(10), nullable=False),  # point | commune
    Column("key_hex", String(64), nullable=False),
    _when("paired_at"),
)

# Bundles already imported from village points, so importing one twice changes nothing.
sync_imports = Table(
    "sync_imports",
    metadata,
    _id(),
    Column("bundle_uuid", Uuid, nullable=False, unique=True),
    Column("origin", String(64), nullable=False),
    _when("imported_at"),
    _json("counts"),
)

# A province's campaign period (e.g. 10 peak days) with fixed topics, reported on separately. `topics` is a list
# of {code, name, guidance_topics: [...], app_tasks: [...], procedures: "online"|"all"|""}: what a record or a
# group session must touch to count under the topic.
campaigns = Table(
    "campaigns",
    metadata,
    _id(),
    _code(unique=True),
    Column("name", String(300), nullable=False),
    _day("date_from"),
    _day("date_to"),
    _json("topics", list),
    _flag("enabled", False),
    _when("created_at"),
    _when("updated_at"),
)
