"""The first administrator, the handout channels and how long names and phone numbers are kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton

from kiosk.ui.setup.base import ErrorLine, Page, label, line_edit


class AdminPage(Page):
    slug = "admin"
    title = "Quản trị viên đầu tiên"
    question = (
        "Người này mở được phần Quản trị (tài khoản, quầy, cài đặt). Không có mã PIN mặc định: chọn 4 đến 8 "
        "chữ số, gõ hai lần và ghi nhớ."
    )
    keys = ("admin",)

    def __init__(self) -> None:
        super().__init__()
        self.name = line_edit("admin-name", "Ví dụ: Nguyễn Văn An")
        self.pin = line_edit("admin-pin", "4 đến 8 chữ số", password=True)
        self.pin_again = line_edit("admin-pin-again", "Gõ lại mã PIN", password=True)
        self.field("admin.name", "Họ và tên", self.name)
        self.field("admin.pin", "Mã PIN", self.pin)
        self.field("admin.pin_again", "Gõ lại mã PIN", self.pin_again)
        self.body.addStretch(1)

    def collect(self, data: dict[str, Any]) -> None:
        data["admin"] = {"name": self.name.text()}

    def summary(self) -> list[str]:
        return [f"Quản trị viên: {self.name.text().strip()} (mã PIN đã gõ hai lần)"]


class ChannelsPage(Page):
    slug = "channels"
    title = "Kênh liên hệ của xã"
    question = "In trên tờ mã QR phát cho người dân. Bỏ trống nếu xã chưa có."
    keys = ("channels",)

    def __init__(self) -> None:
        super().__init__()
        self.website = line_edit("website", "https://tenxa.tinh.gov.vn")
        self.zalo_oa = line_edit("zalo_oa", "https://zalo.me/...")
        self.hotline = line_edit("hotline", "Ví dụ: 0207 3xxx xxx")
        self.field("channels.website", "Trang thông tin điện tử của xã", self.website)
        self.field("channels.zalo_oa", "Zalo OA của xã", self.zalo_oa)
        self.field("channels.hotline", "Số điện thoại hỗ trợ (đường dây nóng)", self.hotline)
        self.body.addStretch(1)

    def collect(self, data: dict[str, Any]) -> None:
        data["channels"] = {
            "website": self.website.text(),
            "zalo_oa": self.zalo_oa.text(),
            "hotline": self.hotline.text(),
        }

    def summary(self) -> list[str]:
        shown = [v.text().strip() for v in (self.website, self.zalo_oa, self.hotline) if v.text().strip()]
        return ["Kênh liên hệ: " + (" · ".join(shown) if shown else "chưa có")]


RETENTION_CHOICES = (30, 90, 180, 365)


class RetentionPage(Page):
    slug = "retention"
    title = "Giữ họ tên, số điện thoại bao lâu?"
    question = (
        "Họ tên và số điện thoại (để hẹn gọi lại) tự xoá sau số ngày này; số liệu thống kê vẫn giữ, không kèm tên."
    )
    keys = ("privacy",)

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.choices: dict[int, QPushButton] = {}
        for days in RETENTION_CHOICES:
            choice = QPushButton(f"{days} ngày")
            choice.setObjectName(f"retention-{days}")
            choice.setProperty("choice", True)
            choice.setCheckable(True)
            self.group.addButton(choice)
            self.choices[days] = choice
            row.addWidget(choice)
            choice.clicked.connect(lambda _=False, d=days: self.days.setText(str(d)))
        self.body.addLayout(row)
        self.days = line_edit("retention-days", "Số ngày khác, từ 1 đến 3650")
        self.days.textChanged.connect(self._typed)
        self.error = self.field("privacy.retention_days", "Số ngày", self.days)
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
        return [f"Họ tên, số điện thoại tự xoá sau {self.days.text().strip()} ngày"]


class SummaryPage(Page):
    slug = "summary"
    title = "Xem lại và hoàn tất"
    question = "Chưa có gì được lưu. Chạm «Hoàn tất» để lưu tất cả một lần; cần sửa thì chạm «Quay lại»."
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
