"""Hand-over from offline village points to the commune: export a bundle file, import it once, lose nothing.

A village point runs its own SQLite database. It is paired with its commune once (signing.py); its team exports
a signed bundle (a gzip'd JSON file on a USB stick or sent over Zalo); the commune checks the signature and every
field (validate.py) and imports it in one transaction, all or nothing. Records travel by UUID, so importing the
same bundle twice, or two bundles that overlap, adds nothing twice. A record edited or voided after an earlier
hand-over travels again and the newer version wins. Citizens' names and phone numbers never leave the point:
follow-ups happen where the citizen lives.
"""

from __future__ import annotations

import gzip
import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock, business_date
from kiosk.db import models as m
from kiosk.db.engine import transaction
from kiosk.errors import InputError, file_error
from kiosk.services.sync import signing
from kiosk.services.sync.validate import Codes, validate_bundle

FORMAT = "kiosk-sync-bundle"
VERSION = 1


@dataclass
class SyncReport:
    bundle_uuid: str
    origin: str
    already_imported: bool = False
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    why_skipped: dict[str, str] = field(default_factory=dict)

    def bump(self, what: str, kind: str, why: str | None = None) -> None:
        target = {"added": self.added, "updated": self.updated, "skipped": self.skipped}[kind]
        target[what] = target.get(what, 0) + 1
        if why:
            self.why_skipped.setdefault(what, why)


@dataclass(frozen=True)
class Pairing:
    point_code: str
    side: str
    paired_at: datetime


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class SyncService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, point_code: str) -> None:
        self._sessions = sessions
        self._clock = clock
        self._point_code = point_code

    # ------------------------------------------------------------ export

    # ------------------------------------------------------------ pairing

    def pair_point(self, point_code: str) -> str:
        """At the commune: a new key for `point_code`; returns the code the village point types in."""
        code = point_code.strip().upper()
        if not code or len(code) > 20 or not all(ch.isalnum() or ch == "-" for ch in code):
            raise InputError("Mã điểm chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang, ví dụ TH-DONG.")
        if code == self._point_code:
            raise InputError(f"{code} là mã của chính máy này; ghép nối dành cho các điểm ở thôn.")
        return signing.pairing_code(self._store_key(code, "point", signing.new_key()))

    def accept_pairing(self, code: str) -> None:
        """At the village point: the code shown at the commune; this point's bundles are signed from now on."""
        self._store_key(self._point_code, "commune", signing.key_from_code(code))

    def pairings(self) -> list[Pairing]:
        with transaction(self._sessions) as session:
            rows = session.scalars(select(m.SyncPairing).order_by(m.SyncPairing.point_code))
            return [Pairing(r.point_code, r.side, r.paired_at) for r in rows]

    def unpair(self, point_code: str) -> bool:
        with transaction(self._sessions) as session:
            row = session.scalar(select(m.SyncPairing).where(m.SyncPairing.point_code == point_code.strip().upper()))
            if row is None:
                return False
            session.delete(row)
            return True

    def _store_key(self, point_code: str, side: str, key: bytes) -> bytes:
        with transaction(self._sessions) as session:
            row = session.scalar(select(m.SyncPairing).where(m.SyncPairing.point_code == point_code))
            if row is None:
                row = m.SyncPairing(point_code=point_code, side=side, key_hex=key.hex(), paired_at=self._clock.now())
                session.add(row)
            else:  # pairing again replaces the key: bundles signed with the old one are refused from now on
                row.side, row.key_hex, row.paired_at = side, key.hex(), self._clock.now()
        return key

    def _key(self, session: Session, point_code: str, side: str) -> bytes | None:
        row = session.scalar(
            select(m.SyncPairing).where(m.SyncPairing.point_code == point_code, m.SyncPairing.side == side)
        )
        return bytes.fromhex(row.key_hex) if row is not None else None

    # ------------------------------------------------------------ export

    def export_bundle(self, out: Path, since: date | None = None) -> dict[str, int]:
        """Write every record of this database (or those changed since `since`) to `out`, signed."""
        with transaction(self._sessions) as session:
            key = self._key(session, self._point_code, "commune")
            if key is None:
                raise InputError(
                    f"Điểm {self._point_code} chưa ghép nối với xã nên tệp chưa được ký. Ở máy của xã chạy "
                    f"'kiosk sync pair --point {self._point_code}', rồi ở máy này: kiosk sync pair --code MÃ."
                )
            bundle = self._collect(session, since)
        bundle["signature"] = signing.sign(bundle, key)
        data = json.dumps(bundle, ensure_ascii=False).encode("utf-8")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            tmp = out.with_suffix(out.suffix + ".part")
            tmp.write_bytes(gzip.compress(data))
            tmp.replace(out)  # a half-written bundle never carries the final name
        except OSError as exc:
            raise file_error(out, exc) from exc
        return {k: len(v) for k, v in bundle.items() if isinstance(v, list)}

    def _collect(self, session: Session, since: date | None) -> dict[str, Any]:
        staff = {s.id: s for s in session.scalars(select(m.Staff))}
        villages = {v.id: v.code for v in session.scalars(select(m.Village))}
        points = {p.id: p.code for p in session.scalars(select(m.Point))}
        procedures = {p.id: p.code for p in session.scalars(select(m.Procedure))}
        tasks = {t.id: t.code for t in session.scalars(select(m.AppTask))}
        topics = {t.id: t.code for t in session.scalars(select(m.GuidanceTopic))}
        used_staff: set[int] = set()

        def staff_ref(staff_id: int | None) -> str | None:
            if staff_id is None or staff_id not in staff:
                return None
            used_staff.add(staff_id)
            return str(staff[staff_id].uuid)

        q = select(m.AssistRecord).order_by(m.AssistRecord.id)
        if since is not None:
            q = q.where(m.AssistRecord.business_date >= since)
        records = []
        for r in session.scalars(q):
            records.append(
                {
                    "uuid": str(r.uuid),
                    "point": points.get(r.point_id),
                    "business_date": _iso(r.business_date),
                    "created_at": _iso(r.created_at),
                    "updated_at": _iso(r.updated_at),
                    "village": villages.get(r.village_id) if r.village_id else None,
                    "age_band": r.age_band,
                    "follow_up_on": _iso(r.follow_up_on),
                    "follow_up_reason": r.follow_up_reason,
                    "follow_up_done_at": _iso(r.follow_up_done_at),
                    "note": r.note,
                    "created_by": staff_ref(r.created_by_id),
                    "voided_at": _iso(r.voided_at),
                    "void_reason": r.void_reason,
                    "origin": r.origin or self._point_code,
                    "helpers": [staff_ref(h.id) for h in r.helpers],
                    "items": [
                        {
                            "uuid": str(i.uuid),
                            "kind": i.kind,
                            "procedure": procedures.get(i.procedure_id) if i.procedure_id else None,
                            "app_task": tasks.get(i.app_task_id) if i.app_task_id else None,
                            "topic": topics.get(i.topic_id) if i.topic_id else None,
                            "portal": i.portal,
                            "online_level": i.online_level,
                            "channel": i.channel,
                            "outcome": i.outcome,
                            "dossier_code": i.dossier_code,
                            "reason_code": i.reason_code,
                            "fee_paid_online": i.fee_paid_online,
                            "vneid_login": i.vneid_login,
                        }
                        for i in r.items
                    ],
                }
            )
        q_groups = select(m.GroupSession).order_by(m.GroupSession.id)
        q_duty = select(m.DutyDay).order_by(m.DutyDay.id)
        if since is not None:
            q_groups = q_groups.where(m.GroupSession.business_date >= since)
            q_duty = q_duty.where(m.DutyDay.business_date >= since)
        groups = [
            {
                "uuid": str(g.uuid),
                "point": points.get(g.point_id),
                "village": villages.get(g.village_id) if g.village_id else None,
                "topic": topics.get(g.topic_id) if g.topic_id else None,
                "title": g.title,
                "business_date": _iso(g.business_date),
                "attendance": g.attendance,
                "leaflets": g.leaflets,
                "led_by": staff_ref(g.led_by_id),
                "note": g.note,
                "created_at": _iso(g.created_at),
                "voided_at": _iso(g.voided_at),
            }
            for g in session.scalars(q_groups)
        ]
        duty = [
            {
                "uuid": str(d.uuid),
                "staff": staff_ref(d.staff_id),
                "point": points.get(d.point_id),
                "business_date": _iso(d.business_date),
                "checked_in_at": _iso(d.checked_in_at),
                "checked_out_at": _iso(d.checked_out_at),
                "note": d.note,
            }
            for d in session.scalars(q_duty)
        ]
        people = [
            {"uuid": str(staff[i].uuid), "name": staff[i].name, "role": staff[i].role} for i in sorted(used_staff)
        ]
        now = self._clock.now()
        return {
            "format": FORMAT,
            "version": VERSION,
            "bundle_uuid": str(uuid.uuid4()),
            "origin": self._point_code,
            "created_at": now.isoformat(),
            "business_date": business_date(now).isoformat(),
            "since": _iso(since),
            "staff": people,
            "records": records,
            "group_sessions": groups,
            "duty_days": duty,
        }

    # ------------------------------------------------------------ import

    def read_bundle(self, path: Path) -> dict[str, Any]:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise file_error(path.name, exc, reading=True) from exc
        try:
            bundle = json.loads(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw)
        except (OSError, EOFError, ValueError) as exc:
            raise InputError(f"Tệp {path.name} bị hỏng hoặc không phải tệp chuyển dữ liệu của ki-ốt.") from exc
        if not isinstance(bundle, dict) or bundle.get("format") != FORMAT:
            raise InputError(f"Tệp {path.name} không phải tệp chuyển dữ liệu của ki-ốt.")
        if int(bundle.get("version", 0)) > VERSION:
            raise InputError(f"Tệp {path.name} được tạo bởi phiên bản mới hơn; xin cập nhật chương trình ở xã.")
        return bundle

    def import_bundle(self, path: Path) -> SyncReport:
        bundle = self.read_bundle(path)
        with transaction(self._sessions) as session:
            validate_bundle(bundle, self._clock.now(), self._codes(session))
            origin = str(bundle["origin"])
            key = self._key(session, origin, "point")
            if key is None:
                raise InputError(
                    f"Tệp {path.name} của điểm '{origin}', điểm này chưa ghép nối với xã; chưa nhập gì. "
                    f"Ghép nối: kiosk sync pair --point {origin}."
                )
            if "signature" not in bundle:
                raise InputError(f"Tệp {path.name} không có chữ ký của điểm {origin}; chưa nhập gì.")
            if not signing.verify(bundle, key):
                raise InputError(
                    f"Chữ ký của tệp {path.name} không khớp với điểm {origin} đã ghép nối: tệp đã bị sửa, hoặc "
                    "của một điểm thuộc xã khác; chưa nhập gì."
                )
            report = SyncReport(bundle_uuid=str(bundle["bundle_uuid"]), origin=origin)
            bundle_id = uuid.UUID(report.bundle_uuid)
            if session.scalar(select(m.SyncImport).where(m.SyncImport.bundle_uuid == bundle_id)):
                report.already_imported = True
                return report
            try:
                self._apply(session, bundle, report)
            except (KeyError, TypeError, ValueError) as exc:
                raise InputError(f"Tệp {path.name} thiếu hoặc sai dữ liệu ({exc}); chưa nhập gì.") from exc
            session.add(
                m.SyncImport(
                    bundle_uuid=bundle_id,
                    origin=report.origin,
                    imported_at=self._clock.now(),
                    counts={"added": report.added, "updated": report.updated},
                )
            )
        return report

    def _codes(self, session: Session) -> Codes:
        return Codes(
            procedures=set(session.scalars(select(m.Procedure.code))),
            app_tasks=set(session.scalars(select(m.AppTask.code))),
            topics=set(session.scalars(select(m.GuidanceTopic.code))),
            villages=set(session.scalars(select(m.Village.code))),
            reasons=set(session.scalars(select(m.Term.code).where(m.Term.kind == "not_submitted_reason"))),
        )

    def _apply(self, session: Session, bundle: dict[str, Any], report: SyncReport) -> None:
        staff_ids = self._staff_map(session, bundle.get("staff", []), report)
        villages = {v.code: v.id for v in session.scalars(select(m.Village))}
        points = {p.code: p.id for p in session.scalars(select(m.Point))}
        procedures = {p.code: p.id for p in session.scalars(select(m.Procedure))}
        tasks = {t.code: t.id for t in session.scalars(select(m.AppTask))}
        topics = {t.code: t.id for t in session.scalars(select(m.GuidanceTopic))}
        fallback_point = points.get(str(bundle.get("origin"))) or next(iter(points.values()))

        for rec in bundle.get("records", []):
            rid = uuid.UUID(rec["uuid"])
            existing = session.scalar(select(m.AssistRecord).where(m.AssistRecord.uuid == rid))
            incoming_updated = _dt(rec["updated_at"])
            assert incoming_updated is not None
            values = {
                "point_id": points.get(rec.get("point") or "", fallback_point),
                "business_date": _d(rec["business_date"]),
                "created_at": _dt(rec["created_at"]),
                "updated_at": incoming_updated,
                "village_id": villages.get(rec.get("village") or ""),
                "age_band": rec.get("age_band"),
                "follow_up_on": _d(rec.get("follow_up_on")),
                "follow_up_reason": rec.get("follow_up_reason"),
                "follow_up_done_at": _dt(rec.get("follow_up_done_at")),
                "note": rec.get("note"),
                "created_by_id": staff_ids.get(rec.get("created_by") or ""),
                "voided_at": _dt(rec.get("voided_at")),
                "void_reason": rec.get("void_reason"),
                "origin": rec.get("origin") or bundle.get("origin"),
            }
            if existing is not None and existing.updated_at >= incoming_updated:
                report.bump("records", "skipped", "đã có bản mới hơn hoặc bằng ở xã")
                continue
            record = existing or m.AssistRecord(uuid=rid)
            if existing is not None:
                # Old items go first: the newer version reuses their UUIDs.
                existing.items.clear()
                session.flush()
            for key, value in values.items():
                setattr(record, key, value)
            record.helpers = [
                session.get(m.Staff, staff_ids[h]) for h in rec.get("helpers", []) if h and h in staff_ids
            ]
            record.items = [
                m.AssistItem(
                    uuid=uuid.UUID(i["uuid"]),
                    kind=i["kind"],
                    procedure_id=procedures.get(i.get("procedure") or ""),
                    app_task_id=tasks.get(i.get("app_task") or ""),
                    topic_id=topics.get(i.get("topic") or ""),
                    portal=i.get("portal"),
                    online_level=i.get("online_level"),
                    channel=i.get("channel"),
                    outcome=i.get("outcome"),
                    dossier_code=i.get("dossier_code"),
                    reason_code=i.get("reason_code"),
                    fee_paid_online=bool(i.get("fee_paid_online")),
                    vneid_login=bool(i.get("vneid_login")),
                )
                for i in rec.get("items", [])
            ]
            if existing is None:
                session.add(record)
            session.flush()
            report.bump("records", "updated" if existing else "added")

        for g in bundle.get("group_sessions", []):
            gid = uuid.UUID(g["uuid"])
            row = session.scalar(select(m.GroupSession).where(m.GroupSession.uuid == gid))
            if row is not None:
                if g.get("voided_at") and row.voided_at is None:
                    row.voided_at = _dt(g["voided_at"])
                    report.bump("group_sessions", "updated")
                else:
                    report.bump("group_sessions", "skipped", "đã nhập trước đây")
                continue
            session.add(
                m.GroupSession(
                    uuid=gid,
                    point_id=points.get(g.get("point") or "", fallback_point),
                    village_id=villages.get(g.get("village") or ""),
                    topic_id=topics.get(g.get("topic") or ""),
                    title=g.get("title"),
                    business_date=_d(g["business_date"]),
                    attendance=int(g.get("attendance") or 0),
                    leaflets=int(g.get("leaflets") or 0),
                    led_by_id=staff_ids.get(g.get("led_by") or ""),
                    note=g.get("note"),
                    created_at=_dt(g["created_at"]),
                    voided_at=_dt(g.get("voided_at")),
                )
            )
            report.bump("group_sessions", "added")

        for d in bundle.get("duty_days", []):
            did = uuid.UUID(d["uuid"])
            staff_id = staff_ids.get(d.get("staff") or "")
            point_id = points.get(d.get("point") or "", fallback_point)
            day = _d(d["business_date"])
            duplicate = session.scalar(
                select(m.DutyDay).where(
                    (m.DutyDay.uuid == did)
                    | (
                        (m.DutyDay.staff_id == staff_id)
                        & (m.DutyDay.business_date == day)
                        & (m.DutyDay.point_id == point_id)
                    )
                )
            )
            if duplicate is not None or staff_id is None:
                why = "đã có ngày trực này" if duplicate is not None else "không rõ người trực"
                report.bump("duty_days", "skipped", why)
                continue
            session.add(
                m.DutyDay(
                    uuid=did,
                    staff_id=staff_id,
                    point_id=point_id,
                    business_date=day,
                    checked_in_at=_dt(d["checked_in_at"]),
                    checked_out_at=_dt(d.get("checked_out_at")),
                    note=d.get("note"),
                )
            )
            report.bump("duty_days", "added")

    def _staff_map(self, session: Session, people: list[dict[str, Any]], report: SyncReport) -> dict[str, int]:
        """Match team members by UUID, then by name; unknown ones are added as team members without a PIN.

        A bundle never decides anyone's role: an "admin" in a crafted file becomes a team member who cannot log in.
        """
        mapping: dict[str, int] = {}
        for person in people:
            sid = uuid.UUID(person["uuid"])
            row = session.scalar(select(m.Staff).where(m.Staff.uuid == sid))
            if row is None:
                row = session.scalar(
                    select(m.Staff).where(m.Staff.name == person["name"], m.Staff.role == person["role"])
                )
            if row is None:
                row = m.Staff(
                    uuid=sid, name=person["name"], role="team_member", pin_hash=None, created_at=self._clock.now()
                )
                session.add(row)
                session.flush()
                report.bump("staff", "added")
            mapping[person["uuid"]] = row.id
        return mapping
