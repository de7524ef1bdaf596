"""The office the test databases are set up with: the sample commune's names, so tests keep reading xã Tân Phú,
but entered the way a commune does (SetupService.apply, as the wizard and `kiosk setup --file`)."""

from __future__ import annotations

from kiosk.app import Services
from kiosk.services.sample import import_demo_office
from kiosk.services.setup.schema import CounterAnswer, OfficeSetup
from kiosk.services.setup.service import SetupService

ADMIN_NAME = "Quản trị viên xã"
ADMIN_PIN = "2580"


def office() -> OfficeSetup:
    return OfficeSetup(
        province="Tỉnh Tuyên Quang",
        seal_name="UBND xã Tân Phú",
        centre_name="Trung tâm Phục vụ hành chính công xã Tân Phú",
        address="Trụ sở UBND xã Tân Phú",
        villages=["Thôn Đông", "Thôn Tây", "Thôn Trung", "Thôn Bắc Sơn", "Thôn Nam Hà", "Thôn Phú Mỹ"],
        counters=[
            CounterAnswer(1, "Quầy 1 – Tư pháp, Chứng thực", ["A", "B", "G"]),
            CounterAnswer(2, "Quầy 2 – Tư pháp, Văn hóa – Xã hội", ["A", "D", "F"]),
            CounterAnswer(3, "Quầy 3 – Công an xã", ["C"]),
            CounterAnswer(4, "Quầy 4 – Đất đai, Hộ kinh doanh", ["E", "G"]),
            CounterAnswer(5, "Quầy 5 – Tổ công nghệ số cộng đồng", ["H"]),
        ],
        hours={
            **{day: ["07:30-11:30", "13:30-17:00"] for day in ("mon", "tue", "wed", "thu", "fri")},
            "sat": ["07:30-11:30"],
            "sun": [],
        },
        admin_name=ADMIN_NAME,
    )


def set_up(services: Services) -> None:
    """The shipped catalogue plus the sample commune's other points (TH-DONG, LUU-DONG) that many tests use,
    then the office's answers: the database counts as set up."""
    import_demo_office(services.sessions)
    SetupService(services.sessions, services.clock, services.settings, services.auth).apply(
        office(), ADMIN_PIN, how="test"
    )
