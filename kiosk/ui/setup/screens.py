"""The first-run wizard's pages for `kiosk screenshot`: setup-wizard (its first page) and setup-wizard-<page>.

Drawn over a database nobody has set up (the screenshot command's sample database is a stand-in: the wizard only
reads the queue services and lists printers before «Hoàn tất», and a picture never presses it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kiosk.app import Services
from kiosk.ui.setup.wizard import SetupWizard

PAGES = (
    "commune",
    "villages",
    "point",
    "counters",
    "hours",
    "admin",
    "printers",
    "voice",
    "channels",
    "retention",
    "summary",
)
EXAMPLE = {
    "province": "Tỉnh Tuyên Quang",
    "seal_name": "UBND xã Minh Quang",
    "centre_name": "Trung tâm Phục vụ hành chính công xã Minh Quang",
}


def _wizard_at(slug: str) -> Callable[[Services], QWidget]:
    def build(services: Services) -> QWidget:
        wizard = SetupWizard(services)
        if slug == "commune":
            return wizard
        # A person's typical answers, typed into the fields, so the later pages show what they look like in use.
        for name, value in EXAMPLE.items():
            getattr(wizard.commune, name).setText(value)
        for village in ("Thôn Đông", "Thôn Tây", "Thôn Trung", "Thôn Bắc Sơn"):
            wizard.villages.name.setText(village)
            wizard.villages.add_button.click()
        wizard.admin.name.setText("Nguyễn Văn An")
        wizard.admin.pin.setText("2468")
        wizard.admin.pin_again.setText("2468")
        wizard.channels.website.setText("https://minhquang.tuyenquang.gov.vn")
        wizard.channels.hotline.setText("0207 3822 115")
        target = next(p for p in wizard.pages if p.slug == slug)
        while wizard.pages[wizard.index] is not target:
            wizard.go_next()
        if slug == "counters":
            wizard.counters.add_button.click()
            row = wizard.counters.counter_rows[-1]
            row.name.setText("Quầy 2 – Tổ công nghệ số cộng đồng")
            for letter, toggle in row.letters.items():
                toggle.setChecked(letter == "H")
            first = wizard.counters.counter_rows[0]
            first.name.setText("Quầy 1 – Tư pháp, Chứng thực")
            for letter in ("H", "C"):
                first.letters[letter].setChecked(False)
        return wizard

    return build


def _tryout(services: Services) -> QWidget:
    """The citizen screen on a sample database, as «Dùng thử với dữ liệu mẫu» opens it: the band on top, with the
    way back (here it closes the window, as the wizard's try-out does before showing the wizard again)."""
    from kiosk.ui.roles import open_role

    opened: list[QWidget] = []
    window = open_role("kiosk", services, windowed=True, leave_sample=lambda: opened[0].close())
    assert window is not None
    opened.append(window)
    return window


SCREENS: dict[str, Callable[[Services], QWidget]] = {
    ("setup-wizard" if slug == "commune" else f"setup-wizard-{slug}"): _wizard_at(slug) for slug in PAGES
} | {"setup-tryout": _tryout}
