"""The staff lifecycle: add, edit (name, role), deactivate, reactivate, reset a PIN. The admin screen's "Nhân sự"
tab and `kiosk staff` both come here.

A deactivated member keeps every record, ticket and audit row that names them (nothing is deleted) and can no
longer log in (AuthService.login refuses an inactive account). `by` is the administrator who made the change,
already authenticated by the caller (the admin screen's PIN, `kiosk staff`'s admin PIN): making or promoting an
administrator needs one, except while the database has no active administrator at all (the first run). The
last active administrator can be neither deactivated nor demoted: the admin screen would be locked for good.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock
from kiosk.db import models as m
from kiosk.db.engine import read_transaction, transaction
from kiosk.errors import AuthError, InputError, NotFoundError, StateError
from kiosk.services.access.auth import ROLES, check_pin_format, hash_pin
from kiosk.services.admin.changes import record_change
from kiosk.text import clean


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    role: str
    active: bool
    created_at: datetime
    locked: bool  # too many wrong PINs just now

    @property
    def role_name(self) -> str:
        return ROLES.get(self.role, self.role)


def _row(row: m.Staff, now: datetime) -> StaffRow:
    locked = row.locked_until is not None and row.locked_until > now
    return StaffRow(row.id, row.name, row.role, row.active, row.created_at, locked)


def _role(role: str) -> str:
    if role not in ROLES:
        raise InputError(f"Vai trò '{role}' không có; chọn một trong: {', '.join(ROLES)}.")
    return role


def _name(name: str) -> str:
    value = clean(name, field="họ tên", max_len=200, required=True, name=True)
    assert value is not None
    return value


class StaffAdmin:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # ------------------------------------------------------------ reads

    def list(self, *, include_inactive: bool = True) -> list[StaffRow]:
        now = self._clock.now()
        with read_transaction(self._sessions) as session:
            q = select(m.Staff).order_by(m.Staff.active.desc(), m.Staff.name)
            if not include_inactive:
                q = q.where(m.Staff.active)
            return [_row(r, now) for r in session.scalars(q)]

    def get(self, staff_id: int) -> StaffRow:
        with read_transaction(self._sessions) as session:
            return _row(self._require(session, staff_id), self._clock.now())

    def admin_count(self) -> int:
        with read_transaction(self._sessions) as session:
            return self._admins(session)

    # ------------------------------------------------------------ changes

    def add(self, by: int | None, name: str, role: str, pin: str) -> StaffRow:
        clean_name, role = _name(name), _role(role)
        hashed = hash_pin(check_pin_format(pin))
        now = self._clock.now()
        with transaction(self._sessions) as session:
            if role == "admin":
                self._check_admin_maker(session, by)
            self._check_free_name(session, clean_name, None)
            row = m.Staff(name=clean_name, role=role, pin_hash=hashed, created_at=now)
            session.add(row)
            session.flush()
            record_change(session, now, by, "staff", "staff_added", f"staff:{row.id}", {"role": role})
            return _row(row, now)

    def edit(self, by: int | None, staff_id: int, *, name: str | None = None, role: str | None = None) -> StaffRow:
        now = self._clock.now()
        with transaction(self._sessions) as session:
            row = self._require(session, staff_id, lock=True)
            changed: dict[str, str] = {}
            if name is not None:
                clean_name = _name(name)
                if clean_name != row.name:
                    self._check_free_name(session, clean_name, row.id)
                    row.name, changed["name"] = clean_name, "đổi"  # the audit keeps that it changed, not the name
            if role is not None and _role(role) != row.role:
                if role == "admin":
                    self._check_admin_maker(session, by)
                elif row.role == "admin" and row.active:
                    self._check_not_last_admin(session, row, "đổi vai trò của")
                changed["role"] = f"{row.role}→{role}"
                row.role = role
            if changed:
                record_change(session, now, by, "staff", "staff_edited", f"staff:{row.id}", changed)
            return _row(row, now)

    def deactivate(self, by: int | None, staff_id: int) -> StaffRow:
        now = self._clock.now()
        with transaction(self._sessions) as session:
            row = self._require(session, staff_id, lock=True)
            if not row.active:
                raise StateError(f"Tài khoản {row.name} đã ngừng hoạt động từ trước.")
            if row.role == "admin":
                self._check_not_last_admin(session, row, "cho ngừng")
            row.active = False
            record_change(session, now, by, "staff", "staff_deactivated", f"staff:{row.id}", {"role": row.role})
            return _row(row, now)

    def reactivate(self, by: int | None, staff_id: int) -> StaffRow:
        now = self._clock.now()
        with transaction(self._sessions) as session:
            row = self._require(session, staff_id, lock=True)
            if row.active:
                raise StateError(f"Tài khoản {row.name} đang hoạt động.")
            if row.role == "admin":
                self._check_admin_maker(session, by)
            self._check_free_name(session, row.name, row.id)
            row.active = True
            row.failed_pins, row.locked_until = 0, None
            record_change(session, now, by, "staff", "staff_reactivated", f"staff:{row.id}", {"role": row.role})
            return _row(row, now)

    def reset_pin(self, by: int | None, staff_id: int, pin: str) -> StaffRow:
        hashed = hash_pin(check_pin_format(pin))
        now = self._clock.now()
        with transaction(self._sessions) as session:
            row = self._require(session, staff_id, lock=True)
            if row.role == "admin" and by != row.id:
                self._check_admin_maker(session, by)
            row.pin_hash = hashed
            row.failed_pins, row.locked_until = 0, None  # a locked-out member can log in with the new PIN at once
            record_change(session, now, by, "staff", "staff_pin_reset", f"staff:{row.id}", {})
            return _row(row, now)

    def recover_pin(self, staff_id: int, pin: str, pc_account: str) -> StaffRow:
        """A new PIN set by the PC's own administrator (checked by the caller: kiosk/deploy/pc_admin.py), for an
        administrator nobody can vouch for any more. Audited with the PC account's name."""
        hashed = hash_pin(check_pin_format(pin))
        now = self._clock.now()
        with transaction(self._sessions) as session:
            row = self._require(session, staff_id, lock=True)
            row.pin_hash = hashed
            row.failed_pins, row.locked_until = 0, None
            detail = {"pc_account": pc_account[:200]}
            record_change(session, now, None, "staff", "staff_pin_recovered", f"staff:{row.id}", detail)
            return _row(row, now)

    # ------------------------------------------------------------ rules

    @staticmethod
    def _require(session: Session, staff_id: int, *, lock: bool = False) -> m.Staff:
        row = session.get(m.Staff, staff_id, with_for_update=lock)
        if row is None:
            raise NotFoundError(f"Không có tài khoản mã {staff_id}.")
        return row

    @staticmethod
    def _admins(session: Session) -> int:
        q = select(func.count()).select_from(m.Staff).where(m.Staff.role == "admin", m.Staff.active)
        return int(session.scalar(q) or 0)

    def _check_admin_maker(self, session: Session, by: int | None) -> None:
        if self._admins(session) == 0:
            return  # the first administrator: nobody could vouch for them
        maker = session.get(m.Staff, by) if by is not None else None
        if maker is None or not maker.active or maker.role != "admin":
            raise AuthError("Tạo hoặc nâng một tài khoản lên quản trị cần mã PIN của một quản trị viên.")

    def _check_not_last_admin(self, session: Session, row: m.Staff, doing: str) -> None:
        # The active administrators' rows are locked while counted: two administrators stopping each other at the
        # same moment on PostgreSQL would otherwise both see "two left" and leave none (SQLite's write
        # transactions are serial already).
        q = select(m.Staff.id).where(m.Staff.role == "admin", m.Staff.active).with_for_update()
        if len(session.scalars(q).all()) <= 1:
            raise StateError(
                f"Không thể {doing} quản trị viên cuối cùng ({row.name}); hãy thêm một quản trị viên khác trước."
            )

    @staticmethod
    def _check_free_name(session: Session, name: str, staff_id: int | None) -> None:
        q = select(m.Staff.id).where(m.Staff.active, func.lower(m.Staff.name) == name.lower())
        if staff_id is not None:
            q = q.where(m.Staff.id != staff_id)
        if session.scalar(q.limit(1)) is not None:
            raise InputError(f"Đã có tài khoản đang hoạt động tên {name}; thêm chữ để phân biệt (ví dụ tên thôn).")
