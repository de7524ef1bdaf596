"""The admin screen's "Phiên bản" tab: what an IT person asks for on the phone (kiosk/deploy/about.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.deploy.about import installation_facts


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
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr(label), text)
            self.values[label] = value
        layout.addLayout(form)
        layout.addStretch(1)
