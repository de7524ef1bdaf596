"""Assisted-submission records: one per citizen helped, with or without a ticket; edits and voids leave a trail.

    view = services.assists.record(RecordInput(items=[ItemInput("procedure", "1.001193", channel="online",
                                   outcome="submitted")], helper_ids=[me], age_band="60_plus"), by_staff=me)

A record is never deleted: `update` and `void` write the before/after picture to audit_log (personal data masked,
since the audit trail outlives the retention purge), and lists show voided records as such.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock, business_date
from kiosk.db import models as m
from kiosk.db.engine import transaction
from kiosk.errors import AuthError, NotFoundError, StateError
from kiosk.services.access.audit import add_audit, require_staff
from kiosk.services.access.privacy import check_no_secrets, new_consent
from kiosk.services.records import search as assist_search
from kiosk.services.records.rules import REASON_MAX, ResolvedRecord, resolve_record
from kiosk.services.records.search import ITEM_FK, MODELS
from kiosk.services.records.types import (
    FollowUpView,
    FormDefaults,
    ItemChoice,
    ItemView,
    RecordInput,
    RecordView,
)
from kiosk.services.settings import SettingsService
from kiosk.text import clean, mask_name, mask_phone

EDITORS = ("officer", "admin")  # may edit anyone's record; team members edit records they made or helped with


class _Names:
    """Small lookups shared by the views built in one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.points = {p.id: p for p in session.scalars(select(m.Point))}
        self.villages = {v.id: v for v in session.scalars(select(m.Village))}
        self.reasons = {
            t.code: t.name for t in session.scalars(select(m.Term).where(m.Term.kind == "not_submitted_reason"))
        }

    def item(self, row: m.AssistItem) -> ItemView:
        ref_id = getattr(row, ITEM_FK.get(row.kind, "topic_id"))
        ref = self.session.get(MODELS[row.kind], ref_id) if row.kind in MODELS and ref_id else None
        return ItemView(
            kind=row.kind,
            code=ref.code if ref else "?",
            name=ref.name if ref else "(mục đã xoá khỏi danh mục)",
            channel=row.channel,
            portal=row.portal,
            online_level=row.online_level,
            outcome=row.outcome,
            dossier_code=row.dossier_code,
            reason_code=row.reason_code,
            reason_name=self.reasons.get(row.reason_code or ""),
            fee_paid_online=row.fee_paid_online,
            vneid_login=row.vneid_login,
        )

    def record(self, row: m.AssistRecord) -> RecordView:
        point = self.points[row.point_id]
        village = self.villages.get(row.village_id or -1)
        ticket = self.session.get(m.Ticket, row.ticket_id) if row.ticket_id else None
        consent = self.session.get(m.Consent, row.consent_id) if row.consent_id else None
        return RecordView(
            id=row.id,
            uuid=row.uuid,
            business_date=row.business_date,
            created_at=row.created_at,
            point_code=point.code,
            point_name=point.short_name or point.name,
            ticket_code=ticket.code if ticket else None,
            village_code=village.code if village else None,
            village_name=village.name if village else None,
            age_band=row.age_band,
            name_masked=mask_name(row.citizen_name),
            phone_masked=mask_phone(row.citizen_phone),
            has_personal=row.citizen_name is not None or row.citizen_phone is not None,
            purge_after=consent.purge_after if consent and consent.withdrawn_at is None else None,
            helpers=tuple((s.id, s.name) for s in sorted(row.helpers, key=lambda s: s.name)),
            items=tuple(self.item(i) for i in sorted(row.items, key=lambda i: i.id)),
            follow_up_on=row.follow_up_on,
            follow_up_reason=row.follow_up_reason,
            follow_up_done=row.follow_up_done_at is not None,
            note=row.note,
            created_by_id=row.created_by_id,
            voided=row.voided_at is not None,
            void_reason=row.void_reason,
        )


def snapshot(view: RecordView) -> dict[str, Any]:
    """The record as the audit trail keeps it: codes and masks, never a clear name or phone."""
    return {
        "point": view.point_code,
        "date": view.business_date.isoformat(),
        "ticket": view.ticket_code,
        "village": view.village_code,
        "age_band": view.age_band,
        "helpers": [sid for sid, _ in view.helpers],
        "items": [
            {k: v for k, v in i.__dict__.items() if k not in ("name", "reason_name") and v not in (None, False)}
            for i in view.items
        ],
        "name": view.name_masked or None,
        "phone": view.phone_masked or None,
        "follow_up_on": view.follow_up_on.isoformat() if view.follow_up_on else None,
        "follow_up_reason": view.follow_up_reason,
        "note": view.note,
        "voided": view.voided,
    }


class AssistService:
    def __init__(
        self, sessions: sessionmaker[Session], clock: Clock, settings: SettingsService, point_code: str
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._settings = settings
        self.point_code = point_code

    def today(self) -> date:
        return business_date(self._clock.now())

    # ------------------------------------------------------------ form support

    def defaults(self, staff_id: int) -> FormDefaults:
        """The form remembers the last village and helpers this person recorded, across restarts."""
        with transaction(self._sessions) as session:
            last = session.scalar(
                select(m.AssistRecord)
                .where(m.AssistRecord.created_by_id == staff_id, m.AssistRecord.voided_at.is_(None))
                .order_by(m.AssistRecord.created_at.desc(), m.AssistRecord.id.desc())
                .limit(1)
            )
            if last is None:
                return FormDefaults(self.point_code, None, [staff_id])
            village = session.get(m.Village, last.village_id) if last.village_id else None
            helpers = [s.id for s in last.helpers if s.active]
            if staff_id not in helpers:
                helpers.insert(0, staff_id)
            return FormDefaults(self.point_code, village.code if village else None, helpers)

    def points(self) -> list[tuple[str, str]]:
        """Where a visit can be recorded: (code, short name), this machine's point first."""
        with transaction(self._sessions) as session:
            rows = session.scalars(select(m.Point).where(m.Point.active).order_by(m.Point.id))
            pairs = [(p.code, p.short_name or p.name) for p in rows]
        return sorted(pairs, key=lambda p: p[0] != self.point_code)

    def search_items(self, query: str, staff_id: int | None = None, limit: int = 12) -> list[ItemChoice]:
        with transaction(self._sessions) as session:
            return assist_search.search(session, query, staff_id, limit)

    def recent_items(self, staff_id: int, limit: int = 8) -> list[ItemChoice]:
        with transaction(self._sessions) as session:
            return assist_search.recent(session, staff_id, limit)

    def recent_procedures(self, staff_id: int, limit: int = 8) -> list[ItemChoice]:
        return [c for c in self.recent_items(staff_id, limit * 3) if c.kind == "procedure"][:limit]

    def toggle_favourite(self, staff_id: int, kind: str, code: str) -> bool:
        """Pin or unpin an item for this staff member; returns whether it is now a favourite."""
        with transaction(self._sessions) as session:
            require_staff(session, staff_id)
            return assist_search.toggle_favourite(session, staff_id, kind, code, self._clock.now())

    # ------------------------------------------------------------ records

    def _retention(self) -> int:
        # Read before opening the write transaction: a second one would wait on SQLite's write lock.
        return max(1, int(self._settings.get("privacy.retention_days")))

    def record(self, inp: RecordInput, by_staff: int) -> RecordView:
        now = self._clock.now()
        retention = self._retention()
        with transaction(self._sessions) as session:
            require_staff(session, by_staff)
            resolved = resolve_record(session, inp, today=business_date(now), default_point=self.point_code)
            row = m.AssistRecord(
                created_at=now,
                updated_at=now,
                created_by_id=by_staff,
                origin=self.point_code,
                point_id=resolved.point_id,
                business_date=resolved.business_date,
            )
            session.add(row)
            self._write(session, row, resolved, inp, by_staff, now, retention)
            session.flush()
            return _Names(session).record(row)

    def update(self, record_id: int, inp: RecordInput, by_staff: int) -> RecordView:
        now = self._clock.now()
        retention = self._retention()
        with transaction(self._sessions) as session:
            staff = require_staff(session, by_staff)
            row = self._editable(session, record_id, staff)
            names = _Names(session)
            before = snapshot(names.record(row))
            resolved = resolve_record(
                session, inp, today=business_date(now), default_point=self.point_code, stored_date=row.business_date
            )
            row.point_id = resolved.point_id
            row.business_date = resolved.business_date
            row.updated_at = now
            self._write(session, row, resolved, inp, by_staff, now, retention)
            session.flush()
            session.expire(row, ["helpers", "items"])
            view = names.record(row)
            after = snapshot(view)
            changed = sorted(k for k in after if after[k] != before[k])
            add_audit(
                session,
                now,
                by_staff,
                "assist_updated",
                f"assist_record:{row.id}",
                {"before": before, "after": after, "changed": changed},
            )
            return view

    def void(self, record_id: int, reason: str, by_staff: int) -> RecordView:
        """Mark a record as entered in error: it stays, counted nowhere, with who, when and why."""
        now = self._clock.now()
        why = clean(reason, field="lý do huỷ", max_len=REASON_MAX, required=True)
        check_no_secrets(why, "lý do huỷ")  # the same filter as every other free text
        with transaction(self._sessions) as session:
            staff = require_staff(session, by_staff)
            row = self._editable(session, record_id, staff)
            names = _Names(session)
            before = snapshot(names.record(row))
            row.voided_at = now
            row.void_reason = why
            row.updated_at = now
            add_audit(
                session, now, by_staff, "assist_voided", f"assist_record:{row.id}", {"before": before, "reason": why}
            )
            return names.record(row)

    def get(self, record_id: int) -> RecordView:
        with transaction(self._sessions) as session:
            row = session.get(m.AssistRecord, record_id)
            if row is None:
                raise NotFoundError("Không tìm thấy bản ghi hỗ trợ này.")
            return _Names(session).record(row)

    def day(
        self, day: date | None = None, point_code: str | None = None, include_voided: bool = True
    ) -> list[RecordView]:
        """Records of one business day, newest first; all points unless one is named."""
        with transaction(self._sessions) as session:
            q = select(m.AssistRecord).where(m.AssistRecord.business_date == (day or self.today()))
            if point_code:
                q = q.join(m.Point, m.Point.id == m.AssistRecord.point_id).where(m.Point.code == point_code)
            if not include_voided:
                q = q.where(m.AssistRecord.voided_at.is_(None))
            names = _Names(session)
            rows = session.scalars(q.order_by(m.AssistRecord.created_at.desc(), m.AssistRecord.id.desc()))
            return [names.record(r) for r in rows]

    def history(self, record_id: int) -> list[m.AuditEntry]:
        """Edits and voids of one record, oldest first (detail holds before/after)."""
        with transaction(self._sessions) as session:
            q = select(m.AuditEntry).where(m.AuditEntry.target == f"assist_record:{record_id}")
            return list(session.scalars(q.order_by(m.AuditEntry.at, m.AuditEntry.id)))

    # ------------------------------------------------------------ follow-ups

    def follow_ups(self, today: date | None = None, *, upcoming_days: int = 0) -> list[FollowUpView]:
        """Open follow-ups due by today (overdue first), plus those due within `upcoming_days`."""
        today = today or self.today()
        horizon = date.fromordinal(today.toordinal() + max(0, upcoming_days))
        with transaction(self._sessions) as session:
            q = (
                select(m.AssistRecord)
                .where(
                    m.AssistRecord.follow_up_on.is_not(None),
                    m.AssistRecord.follow_up_on <= horizon,
                    m.AssistRecord.follow_up_done_at.is_(None),
                    m.AssistRecord.voided_at.is_(None),
                )
                .order_by(m.AssistRecord.follow_up_on, m.AssistRecord.id)
            )
            names = _Names(session)
            out = []
            for row in session.scalars(q):
                view = names.record(row)
                due = row.follow_up_on
                assert due is not None
                status = "overdue" if due < today else ("today" if due == today else "upcoming")
                out.append(
                    FollowUpView(
                        record_id=row.id,
                        due=due,
                        status=status,
                        days_late=max(0, (today - due).days),
                        reason=row.follow_up_reason,
                        summary=view.summary,
                        village_name=view.village_name,
                        name_masked=view.name_masked,
                        phone_masked=view.phone_masked,
                        has_phone=row.citizen_phone is not None,
                        helper_names=view.helper_names,
                        business_date=row.business_date,
                    )
                )
            return out

    def mark_follow_up_done(self, record_id: int, by_staff: int) -> None:
        now = self._clock.now()
        with transaction(self._sessions) as session:
            require_staff(session, by_staff)
            row = session.get(m.AssistRecord, record_id)
            if row is None:
                raise NotFoundError("Không tìm thấy bản ghi hỗ trợ này.")
            if row.follow_up_on is None or row.voided_at is not None:
                raise StateError("Bản ghi này không có lịch hẹn lại.")
            if row.follow_up_done_at is not None:
                raise StateError("Lịch hẹn này đã được đánh dấu xong.")
            row.follow_up_done_at = now
            add_audit(session, now, by_staff, "follow_up_done", f"assist_record:{row.id}", {})

    # ------------------------------------------------------------ internals

    def _editable(self, session: Session, record_id: int, staff: m.Staff) -> m.AssistRecord:
        row = session.get(m.AssistRecord, record_id)
        if row is None:
            raise NotFoundError("Không tìm thấy bản ghi hỗ trợ này.")
        if row.voided_at is not None:
            raise StateError("Bản ghi này đã bị huỷ; không sửa được nữa.")
        if staff.role not in EDITORS and staff.id != row.created_by_id and staff.id not in {h.id for h in row.helpers}:
            raise AuthError("Chỉ người ghi, người hỗ trợ hoặc cán bộ một cửa mới sửa hay huỷ được bản ghi này.")
        return row

    def _write(
        self,
        session: Session,
        row: m.AssistRecord,
        res: ResolvedRecord,
        inp: RecordInput,
        by_staff: int,
        now: datetime,
        retention: int,
    ) -> None:
        row.ticket_id = res.ticket_id
        row.village_id = res.village_id
        row.age_band = res.age_band
        row.follow_up_reason = res.follow_up_reason
        if row.follow_up_on != res.follow_up_on:
            row.follow_up_done_at = None  # a new date is a new appointment
        row.follow_up_on = res.follow_up_on
        row.note = res.note
        row.helpers = [session.get(m.Staff, sid) for sid in res.helper_ids]  # type: ignore[misc]
        # Keep item rows (and their UUIDs, which sync relies on) by position; add or drop the rest.
        existing = sorted(row.items, key=lambda i: i.id or 0)
        for position, values in enumerate(res.items):
            if position < len(existing):
                for key, value in values.items():
                    setattr(existing[position], key, value)
            else:
                row.items.append(m.AssistItem(**values))
        for extra in existing[len(res.items) :]:
            row.items.remove(extra)
        if not inp.keep_personal:
            self._write_personal(session, row, res, inp, by_staff, now, retention)

    def _write_personal(
        self,
        session: Session,
        row: m.AssistRecord,
        res: ResolvedRecord,
        inp: RecordInput,
        by_staff: int,
        now: datetime,
        retention: int,
    ) -> None:
        had = row.citizen_name is not None or row.citizen_phone is not None
        row.citizen_name, row.citizen_phone = res.citizen_name, res.citizen_phone
        if res.citizen_name or res.citizen_phone:
            consent = session.get(m.Consent, row.consent_id) if row.consent_id else None
            if consent is None or consent.withdrawn_at is not None or consent.purpose != inp.consent_purpose:
                consent = new_consent(
                    session, now=now, retention_days=retention, purpose=inp.consent_purpose, staff_id=by_staff
                )
                row.consent_id = consent.id
        elif row.consent_id is not None:
            # Clearing name and phone on an edit is the citizen taking consent back.
            consent = session.get(m.Consent, row.consent_id)
            if consent is not None and consent.withdrawn_at is None:
                consent.withdrawn_at = now
            if had and row.id is not None:
                add_audit(
                    session,
                    now,
                    by_staff,
                    "consent_withdrawn",
                    f"assist_record:{row.id}",
                    {"consent": consent.id if consent else None},
                )
