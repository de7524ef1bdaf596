"""Apply the office's answers to the database: names, this point, counters, villages, hours, printers, voice,
channels, retention and the first administrator. The same for the wizard and for `kiosk setup --file`.

Re-running it is safe: villages, points and counters are matched by code and number and updated in place, an
administrator of the same name is not added twice. "Setup done" is written last, so an interrupted setup is
simply run again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock
from kiosk.db import models as m
from kiosk.db.engine import read_transaction, transaction
from kiosk.errors import InputError
from kiosk.services.access.auth import AuthService, check_pin_format, hash_pin
from kiosk.services.settings import SettingsService, validate
from kiosk.services.setup.schema import OfficeSetup, SetupError, check_admin_pin, village_code
from kiosk.services.setup.state import DONE_KEY, is_set_up
from kiosk.text import clean


@dataclass(frozen=True)
class SetupReport:
    point_code: str
    counters: int
    villages: int
    admin_added: bool


def _hours_setting(hours: dict[str, list[str]]) -> dict[str, list[str]]:
    # The opening-hours setting takes day keys; a day without hours is simply absent (closed).
    return {day: ranges for day, ranges in hours.items() if ranges}


def _setting_values(setup: OfficeSetup) -> dict[str, object]:
    return {
        "queue.opening_hours": _hours_setting(setup.hours) or {"mon-fri": ["07:30-11:30"]},
        "print.ticket_printer": setup.ticket_printer,
        "print.sheet_printer": setup.sheet_printer,
        "announce.enabled": setup.voice_enabled,
        "announce.volume": setup.voice_volume,
        "office.website": setup.website,
        "office.zalo_oa": setup.zalo_oa,
        "office.hotline": setup.hotline,
        "privacy.retention_days": setup.retention_days,
    }


class SetupService:
    def __init__(
        self, sessions: sessionmaker[Session], clock: Clock, settings: SettingsService, auth: AuthService
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._settings = settings
        self._auth = auth

    def is_done(self) -> bool:
        with read_transaction(self._sessions) as session:
            return is_set_up(session.connection())

    def known_services(self) -> set[str]:
        with read_transaction(self._sessions) as session:
            return set(session.scalars(select(m.QueueService.prefix).where(m.QueueService.active)))

    def apply(self, setup: OfficeSetup, admin_pin: str | None, *, how: str) -> SetupReport:
        known = self.known_services()
        for counter in setup.counters:
            missing = [p for p in counter.services if p not in known]
            if missing:
                raise InputError(f"Quầy {counter.number}: không có lĩnh vực {', '.join(missing)}.")
        admin_exists = self._admin_named(setup.admin_name)
        if not admin_exists:
            if not admin_pin:
                raise InputError("Cần mã PIN cho quản trị viên đầu tiên (gõ hai lần, hoặc đặt KIOSK_ADMIN_PIN).")
            try:
                check_admin_pin(admin_pin)
            except SetupError as exc:
                raise InputError(f"Mã PIN của quản trị viên: {exc.reason}") from None
            check_pin_format(admin_pin)
        # Everything that could still be refused is checked before the first write, so a refusal leaves the
        # database as it was: the settings' own limits, the administrator's name, the PIN's hash (slow, scrypt).
        values = _setting_values(setup)
        for key, value in values.items():
            validate(key, value)
        pin_hash = None
        if not admin_exists:
            clean(setup.admin_name, field="họ tên", max_len=200, required=True, name=True)
            pin_hash = hash_pin((admin_pin or "").strip())
        with transaction(self._sessions) as session:
            villages = self._villages(session, setup)
            point = session.scalar(select(m.Point).where(m.Point.code == setup.point_code))
            if point is None:
                point = m.Point(code=setup.point_code, kind=setup.point_kind, name=setup.centre_name)
                session.add(point)
            point.kind = setup.point_kind
            point.commune_name = setup.seal_name
            point.address = setup.address or None
            point.active = True
            if setup.point_kind == "commune_desk":
                point.name, point.short_name = setup.centre_name, setup.centre_name[:120]
            elif setup.point_kind == "village_point":
                village = villages[village_code(setup.point_village)]
                point.village_id = village.id
                point.name = f"Điểm hỗ trợ chuyển đổi số {setup.point_village}"[:200]
                point.short_name = f"Nhà văn hóa {setup.point_village}"[:120]
            else:
                point.name = f"Tổ hỗ trợ lưu động – {setup.seal_name}"[:200]
                point.short_name = "Tổ lưu động"
            # Every other point of the shipped example carries the commune's real name from now on.
            for other in session.scalars(select(m.Point).where(m.Point.code != setup.point_code)):
                other.commune_name = setup.seal_name
            session.flush()
            self._counters(session, point, setup)
        for key, value in values.items():
            self._settings.set(key, value)
        if not admin_exists:
            self._auth.add_staff(setup.admin_name, "admin", (admin_pin or "").strip(), pin_hash=pin_hash)
        self.mark_done(how, setup.province)
        return SetupReport(setup.point_code, len(setup.counters), len(setup.villages), not admin_exists)

    def mark_done(self, how: str, province: str) -> None:
        """Written last by apply; the try-out database (sample data, its own file) is marked done by its fill."""
        now = self._clock.now()
        with transaction(self._sessions) as session:
            row = session.get(m.Setting, DONE_KEY)
            value = {"at": now.isoformat(timespec="seconds"), "how": how, "province": province}
            if row is None:
                session.add(m.Setting(key=DONE_KEY, value=value, updated_at=now))
            else:
                row.value, row.updated_at = value, now

    def service_names(self) -> list[tuple[str, str]]:
        """(letter, name) of each active queue service, in the catalogue's order: the counters page's choices."""
        with read_transaction(self._sessions) as session:
            rows = session.execute(
                select(m.QueueService.prefix, m.QueueService.name)
                .where(m.QueueService.active)
                .order_by(m.QueueService.sort_order)
            ).all()
        return [(prefix, name) for prefix, name in rows]

    # ------------------------------------------------------------ steps

    def has_admin(self, name: str) -> bool:
        return self._admin_named(name)

    def _admin_named(self, name: str) -> bool:
        with read_transaction(self._sessions) as session:
            found = session.scalar(
                select(m.Staff.id).where(m.Staff.name == name, m.Staff.role == "admin", m.Staff.active)
            )
            return found is not None

    def _villages(self, session: Session, setup: OfficeSetup) -> dict[str, m.Village]:
        rows = {v.code: v for v in session.scalars(select(m.Village))}
        wanted = {village_code(name): name for name in setup.villages}
        for order, (code, name) in enumerate(wanted.items()):
            row = rows.get(code)
            if row is None:
                row = m.Village(code=code, name=name, sort_order=order)
                session.add(row)
                rows[code] = row
            row.name, row.sort_order, row.active = name, order, True
        for code, row in rows.items():
            if code not in wanted:
                row.active = False  # kept: old records point at it
        session.flush()
        return rows

    def _counters(self, session: Session, point: m.Point, setup: OfficeSetup) -> None:
        services = {s.prefix: s for s in session.scalars(select(m.QueueService))}
        existing = {c.number: c for c in session.scalars(select(m.Counter).where(m.Counter.point_id == point.id))}
        wanted = {c.number for c in setup.counters}
        for answer in setup.counters:
            counter = existing.get(answer.number)
            if counter is None:
                counter = m.Counter(point_id=point.id, number=answer.number, name=answer.name)
                session.add(counter)
            counter.name, counter.active = answer.name, True
            counter.services = [services[p] for p in answer.services]
        for number, counter in existing.items():
            if number not in wanted:
                counter.active = False
