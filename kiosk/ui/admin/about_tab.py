"""The admin screen's "Phiên bản" tab: what an IT person asks for on the phone (kiosk/deploy/about.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, qVersion
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.deploy.about import installation_facts

# installation_facts (kiosk/deploy/about.py, no Qt) names its lines and a few fixed answers in Vietnamese; they
# are listed here so lupdate puts them in the .ts, and translated when shown. Paths and versions stay as they are.
FACT_TEXTS = (
    QT_TRANSLATE_NOOP("AboutTab", "Phiên bản"),
    QT_TRANSLATE_NOOP("AboutTab", "Bản cài"),
    QT_TRANSLATE_NOOP("AboutTab", "Chương trình"),
    QT_TRANSLATE_NOOP("AboutTab", "Thư mục cài đặt"),
    QT_TRANSLATE_NOOP("AboutTab", "Thư mục dữ liệu"),
    QT_TRANSLATE_NOOP("AboutTab", "Cơ sở dữ liệu"),
    QT_TRANSLATE_NOOP("AboutTab", "Tệp cấu hình"),
    QT_TRANSLATE_NOOP("AboutTab", "Mã điểm"),
    QT_TRANSLATE_NOOP("AboutTab", "Tự mở khi đăng nhập"),
    QT_TRANSLATE_NOOP("AboutTab", "Hệ điều hành"),
    QT_TRANSLATE_NOOP("AboutTab", "gói cài đặt (bundle)"),
    QT_TRANSLATE_NOOP("AboutTab", "mã nguồn trong môi trường Python"),
    QT_TRANSLATE_NOOP("AboutTab", "không có (dùng mặc định)"),
    QT_TRANSLATE_NOOP("AboutTab", "chưa bật (kiosk autostart install)"),
    QT_TRANSLATE_NOOP("AboutTab", "tác vụ Task Scheduler 'CommuneKiosk' (xem bằng: schtasks /Query /TN CommuneKiosk)"),
)


class AboutTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Ki-ốt hỗ trợ số của xã"))
        heading.setProperty("heading", True)
        layout.addWidget(heading)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, str] = {}
        for label, value in [*installation_facts(services.config), ("Qt", qVersion())]:
            text = QLabel(self.tr(value) if value in FACT_TEXTS else value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr(label) if label in FACT_TEXTS else label, text)
            self.values[label] = value
        layout.addLayout(form)
        layout.addStretch(1)
