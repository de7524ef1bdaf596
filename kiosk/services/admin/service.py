"""The administrator's services, built together by app.build_services (one field, `services.admin`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock
from kiosk.services.admin.audit_log import AuditLog
from kiosk.services.admin.figures import OfficialFigures
from kiosk.services.admin.local_catalogue import LocalCatalogue
from kiosk.services.admin.notices import NoticeService
from kiosk.services.admin.office import OfficeAdmin
from kiosk.services.admin.staff import StaffAdmin
from kiosk.services.settings import SettingsService


@dataclass
class AdminServices:
    staff: StaffAdmin
    office: OfficeAdmin
    catalogue: LocalCatalogue
    notices: NoticeService
    audit: AuditLog
    figures: OfficialFigures


def build_admin(
    sessions: sessionmaker[Session], clock: Clock, settings: SettingsService, point_code: str
) -> AdminServices:
    return AdminServices(
        staff=StaffAdmin(sessions, clock),
        office=OfficeAdmin(sessions, clock, point_code),
        catalogue=LocalCatalogue(sessions, clock),
        notices=NoticeService(settings, clock),
        audit=AuditLog(sessions, clock),
        figures=OfficialFigures(sessions, clock),
    )
