"""Staff accounts, PINs (scrypt, never a fast hash), lockout after wrong PINs, and the audit trail."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock
from kiosk.db import models as m
from kiosk.db.engine import read_transaction, transaction
from kiosk.errors import AuthError, InputError, NotFoundError
from kiosk.services.access.audit import record
from kiosk.services.access.roles import ROLES
from kiosk.text import clean

MAX_WRONG_PINS = 5
LOCKOUT = timedelta(minutes=5)
# scrypt cost: ~50 ms per check on a 2-core office PC; slow enough that a stolen database gives PINs up slowly.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, dklen=32, **_SCRYPT)
    salt_b64 = base64.b64encode(salt).decode()
    digest_b64 = base64.b64encode(digest).decode()
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt_b64}${digest_b64}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt_b64), dklen=32, n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(digest, base64.b64decode(digest_b64))


def check_pin_format(pin: str) -> str:
    pin = pin.strip()
    # ASCII 0-9 only: str.isdigit() also takes Arabic-Indic and full-width digits, which no keypad types again.
    if not re.fullmatch(r"[0-9]{4,8}", pin):
        raise InputError("Mã PIN phải gồm từ 4 đến 8 chữ số 0–9.")
    return pin


@dataclass(frozen=True)
class StaffInfo:
    id: int
    name: str
    role: str
    active: bool

    @property
    def role_name(self) -> str:
        return ROLES.get(self.role, self.role)


def _info(row: m.Staff) -> StaffInfo:
    return StaffInfo(id=row.id, name=row.name, role=row.role, active=row.active)


def _roles(role: str | tuple[str, ...] | None) -> tuple[str, ...] | None:
    """None (any role), one role or several, as a tuple; an unknown role is a mistake in the caller."""
    if role is None:
        return None
    roles = (role,) if isinstance(role, str) else tuple(role)
    unknown = [r for r in roles if r not in ROLES]
    if unknown or not roles:
        raise InputError(f"Vai trò '{', '.join(unknown)}' không có; chọn một trong: {', '.join(ROLES)}.")
    return roles


def _role_sentence(roles: tuple[str, ...]) -> str:
    if roles == ("admin",):
        return "Chức năng này cần tài khoản quản trị."
    names = " hoặc ".join(f"“{ROLES[r]}”" for r in roles)
    return f"Chức năng này cần tài khoản có vai trò {names}."


class AuthService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def add_staff(self, name: str, role: str, pin: str, *, pin_hash: str | None = None) -> StaffInfo:
        if role not in ROLES:
            raise InputError(f"Vai trò '{role}' không có; chọn một trong: {', '.join(ROLES)}.")
        clean_name = clean(name, field="họ tên", max_len=200, required=True, name=True)
        hashed = pin_hash or hash_pin(check_pin_format(pin))
        with transaction(self._sessions) as session:
            row = m.Staff(name=clean_name, role=role, pin_hash=hashed, created_at=self._clock.now())
            session.add(row)
            session.flush()
            self._audit(session, row.id, "staff_added", f"staff:{row.id}", {"role": role})
            return _info(row)

    def list_staff(
        self, *, role: str | tuple[str, ...] | None = None, include_inactive: bool = False
    ) -> list[StaffInfo]:
        """Staff by name; `role` keeps only those with that role (or one of those roles), e.g. admins for a lock."""
        roles = _roles(role)
        with read_transaction(self._sessions) as session:
            q = select(m.Staff).order_by(m.Staff.name)
            if not include_inactive:
                q = q.where(m.Staff.active)
            if roles is not None:
                q = q.where(m.Staff.role.in_(roles))
            return [_info(r) for r in session.scalars(q)]

    def login(self, staff_id: int, pin: str, *, role: str | tuple[str, ...] | None = None) -> StaffInfo:
        """Check a PIN, and the role when the screen needs one; five wrong PINs lock the account for five minutes.

        The one place where a PIN and a role are checked: the screens only say which role they need.
        """
        roles = _roles(role)
        now = self._clock.now()
        with transaction(self._sessions) as session:
            # Locked for the read-modify-write of the counters: two wrong PINs typed at once on two PostgreSQL
            # clients both count (SQLite's write transactions are already serial: BEGIN IMMEDIATE).
            row = session.get(m.Staff, staff_id, with_for_update=True)
            if row is None or not row.active:
                raise NotFoundError("Không tìm thấy tài khoản này.")
            if roles is not None and row.role not in roles:
                # Refused before the PIN is checked: a PIN typed where the account cannot open anything neither
                # counts toward a lockout nor tells whether it was right.
                self._audit(session, row.id, "login_refused", f"staff:{row.id}", {"role": row.role, "needs": roles})
                failure = AuthError(_role_sentence(roles))
            elif row.locked_until and row.locked_until > now:
                minutes = max(1, round((row.locked_until - now).total_seconds() / 60))
                raise AuthError(f"Tài khoản tạm khoá do nhập sai PIN nhiều lần; thử lại sau {minutes} phút.")
            elif not row.pin_hash or not verify_pin(pin.strip(), row.pin_hash):
                row.failed_pins += 1
                left = MAX_WRONG_PINS - row.failed_pins
                if left <= 0:
                    row.locked_until = now + LOCKOUT
                    row.failed_pins = 0
                    self._audit(session, row.id, "login_locked", f"staff:{row.id}", {})
                    message = "Sai mã PIN 5 lần; tài khoản tạm khoá 5 phút."
                else:
                    self._audit(session, row.id, "login_failed", f"staff:{row.id}", {})
                    message = f"Mã PIN không đúng; còn {left} lần thử."
                failure = AuthError(message)
            else:
                row.failed_pins = 0
                row.locked_until = None
                self._audit(session, row.id, "login", f"staff:{row.id}", {})
                return _info(row)
        # Raised after the commit: the counter and the audit row of a refusal are kept.
        raise failure

    def audit(self, staff_id: int | None, action: str, target: str | None = None, **detail: Any) -> None:
        # A Core insert in a transaction of its own (nothing else pending to flush): a command that only audits
        # (a tally export) then never configures the mappers, which the ORM's first flush would.
        with transaction(self._sessions) as session:
            record(session.connection(), self._clock.now(), staff_id, action, target, detail)

    def _audit(self, session: Session, staff_id: int | None, action: str, target: str | None, detail: dict) -> None:
        session.add(m.AuditEntry(at=self._clock.now(), staff_id=staff_id, action=action, target=target, detail=detail))
