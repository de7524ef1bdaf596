"""The role picker: what `kiosk run` shows when no role is given. Large buttons, one per screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.ui.roles import available_roles, open_role


class RolePicker(QWidget):
    def __init__(self, services: Services, **options: Any) -> None:
        super().__init__()
        self._services = services
        self._options = options
        self._opened: list[QWidget] = []
        self.setWindowTitle(self.tr("Ki-ốt hỗ trợ số – chọn màn hình"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(20)
        try:
            point = services.catalogue.point(services.config.point_code)
            office = point.name
        except Exception:  # noqa: BLE001 - the picker still opens without an office row
            office = self.tr("Ki-ốt hỗ trợ số")
        title = QLabel(office)
        title.setObjectName("office")
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 34pt; font-weight: bold;")
        layout.addWidget(title)
        hint = QLabel(self.tr("Chọn màn hình cần mở trên máy này:"))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        self.buttons: dict[str, QPushButton] = {}
        roles = available_roles()
        for role in roles:
            button = QPushButton(f"{role.title}\n{role.description}")
            button.setMinimumHeight(120)
            button.clicked.connect(lambda _=False, key=role.key: self.open(key))
            layout.addWidget(button)
            self.buttons[role.key] = button
        if not roles:
            empty = QLabel(self.tr("Chưa có màn hình nào trong bản cài đặt này."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(empty)
        layout.addStretch(1)

    def open(self, key: str) -> QWidget | None:
        window = open_role(key, self._services, **self._options)
        if window is not None:
            self._opened.append(window)
            window.show()
        return window
