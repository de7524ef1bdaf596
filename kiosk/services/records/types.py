"""Plain data for the desk record form: what the screen sends (inputs) and what it shows (views)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from uuid import UUID

ITEM_KINDS = {"procedure": "Thủ tục", "app_task": "Ứng dụng", "topic": "Kỹ năng số"}
CHANNELS = ("online", "in_person", "postal")
ONLINE_LEVELS = ("toan_trinh", "mot_phan")
PROCEDURE_OUTCOMES = ("submitted", "not_submitted")
TASK_OUTCOMES = ("done", "not_done")
AGE_BANDS = ("under_18", "18_59", "60_plus")
MAX_ITEMS = 20
NOTE_MAX = 1000
REASON_MAX = 300


@dataclass
class ItemInput:
    """One thing helped with. Procedures carry channel and outcome; app tasks done/not done; topics just count."""

    kind: str
    code: str
    channel: str | None = None
    portal: str | None = None
    online_level: str | None = None
    outcome: str | None = None
    dossier_code: str | None = None
    reason_code: str | None = None
    fee_paid_online: bool = False
    vneid_login: bool = False


@dataclass
class RecordInput:
    """One citizen helped at one visit. Personal fields only with `consent`; on update, `keep_personal` leaves them."""

    items: list[ItemInput]
    helper_ids: list[int]
    age_band: str | None = None
    village_code: str | None = None
    point_code: str | None = None
    ticket_code: str | None = None
    business_date: date | None = None
    citizen_name: str | None = None
    citizen_phone: str | None = None
    consent: bool = False
    consent_purpose: str = "follow_up_reminder"
    keep_personal: bool = False
    follow_up_on: date | None = None
    follow_up_reason: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class ItemView:
    kind: str
    code: str
    name: str
    channel: str | None
    portal: str | None
    online_level: str | None
    outcome: str | None
    dossier_code: str | None
    reason_code: str | None
    reason_name: str | None
    fee_paid_online: bool
    vneid_login: bool

    def to_input(self) -> ItemInput:
        return ItemInput(
            kind=self.kind,
            code=self.code,
            channel=self.channel,
            portal=self.portal,
            online_level=self.online_level,
            outcome=self.outcome,
            dossier_code=self.dossier_code,
            reason_code=self.reason_code,
            fee_paid_online=self.fee_paid_online,
            vneid_login=self.vneid_login,
        )


@dataclass(frozen=True)
class RecordView:
    id: int
    uuid: UUID
    business_date: date
    created_at: datetime
    point_code: str
    point_name: str
    ticket_code: str | None
    village_code: str | None
    village_name: str | None
    age_band: str | None
    name_masked: str
    phone_masked: str
    has_personal: bool
    purge_after: date | None
    helpers: tuple[tuple[int, str], ...]
    items: tuple[ItemView, ...]
    follow_up_on: date | None
    follow_up_reason: str | None
    follow_up_done: bool
    note: str | None
    created_by_id: int | None
    voided: bool
    void_reason: str | None

    @property
    def helper_names(self) -> str:
        return ", ".join(name for _, name in self.helpers)

    @property
    def summary(self) -> str:
        return "; ".join(i.name for i in self.items)

    def to_input(self) -> RecordInput:
        """What the form needs to edit this record; name and phone stay as stored unless retyped."""
        return RecordInput(
            items=[i.to_input() for i in self.items],
            helper_ids=[sid for sid, _ in self.helpers],
            age_band=self.age_band,
            village_code=self.village_code,
            point_code=self.point_code,
            ticket_code=self.ticket_code,
            business_date=self.business_date,
            keep_personal=True,
            follow_up_on=self.follow_up_on,
            follow_up_reason=self.follow_up_reason,
            note=self.note,
        )


@dataclass(frozen=True)
class FollowUpView:
    record_id: int
    due: date
    status: str  # overdue | today | upcoming
    days_late: int
    reason: str | None
    summary: str
    village_name: str | None
    name_masked: str
    phone_masked: str
    has_phone: bool
    helper_names: str
    business_date: date


@dataclass(frozen=True)
class ItemChoice:
    """A search hit in the record form's item picker."""

    kind: str
    code: str
    name: str
    detail: str = ""
    favourite: bool = False
    recent: bool = False
    default_portal: str | None = None
    default_level: str | None = None


@dataclass(frozen=True)
class FormDefaults:
    """What the form starts with: the last village and helpers this staff member recorded, and the point."""

    point_code: str
    village_code: str | None
    helper_ids: list[int] = field(default_factory=list)
