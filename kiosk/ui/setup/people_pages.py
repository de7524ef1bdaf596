"""The first administrator, the handout channels and how long names and phone numbers are kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton

from kiosk.ui.setup.base import ErrorLine, Page, label, line_edit


class AdminPage(Page):
    slug = "admin"
    title = QT_TRANSLATE_NOOP("AdminPage", "Quản trị viên đầu tiên")
    question = QT_TRANSLATE_NOOP(
        "AdminPage",
        "Người này mở được phần Quản trị (tài khoản, quầy, cài đặt). Không có mã PIN mặc định: chọn 4 đến 8 chữ số, gõ hai lần và ghi nhớ.",  # noqa: E501 - one literal, as lupdate reads it
    )
    keys = ("admin",)

    def __init__(self) -> None:
        super().__init__()
        self.name = line_edit("admin-name", self.tr("Ví dụ: Nguyễn Văn An"))
        self.pin = line_edit("admin-pin", self.tr("4 đến 8 chữ số"), password=True)
        self.pin_again = line_edit("admin-pin-again", self.tr("Gõ lại mã PIN"), password=True)
        self.field("admin.name", self.tr("Họ và tên"), self.name)
        self.field("admin.pin", self.tr("Mã PIN"), self.pin)
        self.field("admin.pin_again", self.tr("Gõ lại mã PIN"), self.pin_again)
        self.body.addStretch(1)

    def collect(self, data: dict[str, Any]) -> None:
        data["admin"] = {"name": self.name.text()}

    def summary(self) -> list[str]:
        return [self.tr("Quản trị viên: {name} (mã PIN đã gõ hai lần)").format(name=self.name.text().strip())]


class ChannelsPage(Page):
    slug = "channels"
    title = QT_TRANSLATE_NOOP("ChannelsPage", "Kênh liên hệ của xã")
    question = QT_TRANSLATE_NOOP("ChannelsPage", "In trên tờ mã QR phát cho người dân. Bỏ trống nếu xã chưa có.")
    keys = ("channels",)

    def __init__(self) -> None:
        super().__init__()
        self.website = line_edit("website", "https://tenxa.tinh.gov.vn")
        self.zalo_oa = line_edit("zalo_oa", "https://zalo.me/...")
        self.hotline = line_edit("hotline", self.tr("Ví dụ: 0207 3xxx xxx"))
        self.field("channels.website", self.tr("Trang thông tin điện tử của xã"), self.website)
        self.field("channels.zalo_oa", self.tr("Zalo OA của xã"), self.zalo_oa)
        self.field("channels.hotline", self.tr("Số điện thoại hỗ trợ (đường dây nóng)"), self.hotline)
        self.body.addStretch(1)

    def collect(self, data: dict[str, Any]) -> None:
        data["channels"] = {
            "website": self.website.text(),
            "zalo_oa": self.zalo_oa.text(),
            "hotline": self.hotline.text(),
        }

    def summary(self) -> list[str]:
        shown = [v.text().strip() for v in (self.website, self.zalo_oa, self.hotline) if v.text().strip()]
        return [self.tr("Kênh liên hệ: ") + (" · ".join(shown) if shown else self.tr("chưa có"))]


RETENTION_CHOICES = (30, 90, 180, 365)


class RetentionPage(Page):
    slug = "retention"
    title = QT_TRANSLATE_NOOP("RetentionPage", "Giữ họ tên, số điện thoại bao lâu?")
    question = QT_TRANSLATE_NOOP(
        "RetentionPage",
        "Họ tên và số điện thoại (để hẹn gọi lại) tự xoá sau số ngày này; số liệu thống kê vẫn giữ, không kèm tên.",
    )
    keys = ("privacy",)

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.choices: dict[int, QPushButton] = {}
        for days in RETENTION_CHOICES:
            choice = QPushButton(self.tr("{n} ngày").format(n=days))
            choice.setObjectName(f"retention-{days}")
            choice.setProperty("choice", True)
            choice.setCheckable(True)
            self.group.addButton(choice)
            self.choices[days] = choice
            row.addWidget(choice)
            choice.clicked.connect(lambda _=False, d=days: self.days.setText(str(d)))
        self.body.addLayout(row)
        self.days = line_edit("retention-days", self.tr("Số ngày khác, từ 1 đến 3650"))
        self.days.textChanged.connect(self._typed)
        self.error = self.field("privacy.retention_days", self.tr("Số ngày"), self.days)
        self.body.addStretch(1)
        self.days.setText("90")

    def _typed(self, text: str) -> None:
        chosen = self.choices.get(int(text)) if text.isascii() and text.isdigit() else None
        self.group.setExclusive(False)
        for button in self.choices.values():
            button.setChecked(button is chosen)
        self.group.setExclusive(True)

    def collect(self, data: dict[str, Any]) -> None:
        text = self.days.text().strip()
        data["privacy"] = {"retention_days": int(text) if text.isascii() and text.isdigit() else text}

    def summary(self) -> list[str]:
        return [self.tr("Họ tên, số điện thoại tự xoá sau {n} ngày").format(n=self.days.text().strip())]


class SummaryPage(Page):
    slug = "summary"
    title = QT_TRANSLATE_NOOP("SummaryPage", "Xem lại và hoàn tất")
    question = QT_TRANSLATE_NOOP(
        "SummaryPage",
        "Chưa có gì được lưu. Chạm «Hoàn tất» để lưu tất cả một lần; cần sửa thì chạm «Quay lại».",
    )
    keys = ()

    def __init__(self) -> None:
        super().__init__()
        self.text = label("")
        self.text.setObjectName("summary-text")
        self.body.addWidget(self.text)
        self.error = ErrorLine("error-summary")
        self.body.addWidget(self.error)
        self.error_line("summary", "", self.error)
        self.body.addStretch(1)

    def show_lines(self, lines: list[str]) -> None:
        self.text.setText("\n".join(f"• {line}" for line in lines if line))

    def collect(self, data: dict[str, Any]) -> None:
        del data  # the review adds no answer of its own
