"""Personal data at the desk: consent log, phone checks, masking, reveal-with-audit and the retention purge.

Name and phone are kept only with a consent row for one purpose (Law 91/2025 on personal data protection: specific,
informed, verifiable consent; withdrawal means deletion). The purge runs when the desk opens and from
`kiosk privacy purge`; both remove name and phone once `purge_after` has passed or the consent was withdrawn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock, business_date
from kiosk.db import models as m
from kiosk.db.engine import transaction
from kiosk.errors import InputError, NotFoundError, StateError
from kiosk.services.access.audit import add_audit, require_staff
from kiosk.services.settings import SettingsService
from kiosk.text import digits_only, fold, mask_name, mask_phone, nfc

PURPOSES = {"follow_up_reminder": "nhắc hẹn quay lại hoặc gọi lại khi cần bổ sung hồ sơ"}
CONSENT_WORDING = (
    "Người dân đồng ý cho lưu họ tên và số điện thoại đến hết ngày {until} chỉ để {purpose}; "
    "có thể yêu cầu xoá bất cứ lúc nào."
)

# A 12-digit number is a CCCD, 9 digits an old CMND, however it is written: "001 234 567 890", "0012.3456.7890",
# "001-234-567-890". Digit groups joined by one space, dot or dash are read together (dates use "/", times ":",
# so 02/12/2026 and 10:30 stay apart) and count when they are even groups of 3 or 4: a dossier code such as
# H12.34-241202-0001 does not.
_DIGIT_RUN = re.compile(r"(?<![\d.\-])\d(?:[ .\-]?\d)+(?![\d])")
_PHONE_IN_TEXT = re.compile(r"(?<!\d)(\+?84|0)\d{9,10}(?!\d)")
# A secret written down: a keyword (folded: no accents, no case), then either an explicit "is" (":", "=", "là",
# "của bà là") and anything, or straight away a token with a digit or a symbol. "quên mật khẩu", "hướng dẫn
# đổi mật khẩu VNeID", "chưa có mã OTP vì sóng yếu" name the thing without writing it, and pass.
_SECRET_WORD = r"(?:mat ?khau|password|passwd|pass|pwd|mk|ma pin|ma otp|otp|ma xac thuc|ma xac nhan)"
_FILLER = r"(?:\s+(?:cua|ba|ong|anh|chi|em|co|chu|bac|moi|cu|dang nhap|vneid|vssid|etax|app|tai khoan))*"
_SECRET = re.compile(rf"\b{_SECRET_WORD}{_FILLER}\s*(?:(?::|=|\bla\b)\s*\S+|\s+\S*[\d@#$%^&*!?]\S*)")


def normalise_phone(value: str | None) -> str | None:
    """'0912 345 678', '+84 912.345.678' → '0912345678'. Vietnamese numbers: 10 digits (landlines 11)."""
    if value is None or not value.strip():
        return None
    text = nfc(value).strip()
    if re.search(r"[^\d\s.+\-()]", text):
        raise InputError(f"Số điện thoại '{text}' chỉ được có chữ số.")
    digits = digits_only(text)
    if digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    if not digits.startswith("0") or len(digits) not in (10, 11):
        raise InputError(f"Số điện thoại '{text}' không hợp lệ; nhập 10 chữ số, ví dụ 0912345678.")
    return digits


def _looks_like_id(run: str) -> bool:
    """9 or 12 digits, written whole or in even groups of 3 or 4 (how people copy a CCCD off the card)."""
    groups = re.split(r"[ .\-]", run)
    total = sum(len(g) for g in groups)
    if total not in (9, 12):
        return False
    return len(groups) == 1 or (len({len(g) for g in groups}) == 1 and len(groups[0]) in (3, 4))


def check_no_secrets(text: str | None, field_name: str) -> None:
    """Free text must not smuggle in what the form refuses to store: ID numbers, phones, passwords, OTPs."""
    if not text:
        return
    for run in _DIGIT_RUN.finditer(text):
        if _looks_like_id(run.group()):
            raise InputError(f"{field_name.capitalize()} có dãy số giống số CCCD/CMND; không ghi số giấy tờ tùy thân.")
    if _PHONE_IN_TEXT.search(text.replace(" ", "").replace(".", "")):
        raise InputError(
            f"{field_name.capitalize()} có số điện thoại; số điện thoại chỉ ghi ở ô riêng, khi người dân đồng ý."
        )
    if _SECRET.search(fold(text)):
        raise InputError(
            f"{field_name.capitalize()} có mật khẩu hoặc mã OTP; không bao giờ ghi lại những thông tin này."
        )


def new_consent(
    session: Session, *, now: datetime, retention_days: int, purpose: str, staff_id: int | None
) -> m.Consent:
    """A consent row for one purpose, with the wording shown at the desk and the day the data goes."""
    if purpose not in PURPOSES:
        raise InputError(f"Mục đích lưu thông tin '{purpose}' không có trong danh sách.")
    until = business_date(now) + timedelta(days=retention_days)
    row = m.Consent(
        purpose=purpose,
        wording=CONSENT_WORDING.format(until=until.strftime("%d/%m/%Y"), purpose=PURPOSES[purpose]),
        given_at=now,
        recorded_by_id=staff_id,
        purge_after=until,
    )
    session.add(row)
    session.flush()
    return row


def consent_wording(retention_days: int, today: date, purpose: str = "follow_up_reminder") -> str:
    until = today + timedelta(days=retention_days)
    return CONSENT_WORDING.format(until=until.strftime("%d/%m/%Y"), purpose=PURPOSES[purpose])


@dataclass(frozen=True)
class Contact:
    name: str | None
    phone: str | None

    @property
    def masked(self) -> str:
        return " – ".join(p for p in (mask_name(self.name), mask_phone(self.phone)) if p)


@dataclass
class PurgeReport:
    records: int = 0
    consents: int = 0
    record_ids: list[int] = field(default_factory=list)


def _purge_rows(rows: list[m.AssistRecord]) -> list[int]:
    done = []
    for row in rows:
        if row.citizen_name is not None or row.citizen_phone is not None:
            row.citizen_name = None
            row.citizen_phone = None
            done.append(row.id)
    return done


class PrivacyService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, settings: SettingsService) -> None:
        self._sessions = sessions
        self._clock = clock
        self._settings = settings

    def retention_days(self) -> int:
        return max(1, int(self._settings.get("privacy.retention_days")))

    def wording(self, purpose: str = "follow_up_reminder") -> str:
        return consent_wording(self.retention_days(), business_date(self._clock.now()), purpose)

    def purge_expired(self, by_staff: int | None = None) -> PurgeReport:
        """Remove name and phone whose consent ran out (the day after purge_after), was withdrawn, or never was."""
        now = self._clock.now()
        today = business_date(now)
        report = PurgeReport()
        with transaction(self._sessions) as session:
            expired = select(m.Consent.id).where(
                or_(m.Consent.purge_after < today, m.Consent.withdrawn_at.is_not(None))
            )
            q = select(m.AssistRecord).where(
                or_(m.AssistRecord.citizen_name.is_not(None), m.AssistRecord.citizen_phone.is_not(None)),
                or_(m.AssistRecord.consent_id.is_(None), m.AssistRecord.consent_id.in_(expired)),
            )
            rows = list(session.scalars(q))
            report.record_ids = _purge_rows(rows)
            report.records = len(report.record_ids)
            report.consents = len({r.consent_id for r in rows if r.consent_id is not None})
            if report.records:
                add_audit(
                    session,
                    now,
                    by_staff,
                    "personal_data_purged",
                    "assist_records",
                    {"reason": "retention", "records": report.record_ids, "on": today.isoformat()},
                )
        return report

    def withdraw(self, record_id: int, by_staff: int) -> None:
        """The citizen takes consent back: name and phone go now, the consent row keeps when and by whom."""
        now = self._clock.now()
        with transaction(self._sessions) as session:
            require_staff(session, by_staff)
            record = session.get(m.AssistRecord, record_id)
            if record is None:
                raise NotFoundError("Không tìm thấy bản ghi hỗ trợ này.")
            consent = session.get(m.Consent, record.consent_id) if record.consent_id else None
            live = consent is not None and consent.withdrawn_at is None
            if not live and record.citizen_name is None and record.citizen_phone is None:
                raise StateError("Bản ghi này không lưu họ tên hay số điện thoại.")
            ids: list[int] = []
            if consent is not None:
                if consent.withdrawn_at is None:
                    consent.withdrawn_at = now
                linked = session.scalars(select(m.AssistRecord).where(m.AssistRecord.consent_id == record.consent_id))
                ids = _purge_rows(list(linked))
            ids += _purge_rows([record])
            add_audit(
                session,
                now,
                by_staff,
                "consent_withdrawn",
                f"assist_record:{record_id}",
                {"consent": record.consent_id, "records": sorted(set(ids))},
            )

    def reveal(self, record_id: int, by_staff: int) -> Contact:
        """Clear name and phone, for the one who makes the reminder call; every view leaves an audit row."""
        now = self._clock.now()
        with transaction(self._sessions) as session:
            require_staff(session, by_staff)
            record = session.get(m.AssistRecord, record_id)
            if record is None:
                raise NotFoundError("Không tìm thấy bản ghi hỗ trợ này.")
            if record.citizen_name is None and record.citizen_phone is None:
                raise StateError("Bản ghi này không còn họ tên hay số điện thoại (đã xoá hoặc chưa từng lưu).")
            add_audit(session, now, by_staff, "personal_data_viewed", f"assist_record:{record_id}", {})
            return Contact(record.citizen_name, record.citizen_phone)
