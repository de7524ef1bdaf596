"""The window a supervisor leaves on the kiosk's screen when it stops restarting a crashing screen.

Without it a kiosk PC would show the bare desktop and nobody in the hall would know why. Large text, one
button; the person reads it to the administrator on the phone.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget


def show_crash_notice(message: str) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle(QApplication.translate("CrashNotice", "Ki-ốt tạm dừng"))
    layout = QVBoxLayout(window)
    layout.setContentsMargins(48, 48, 48, 48)
    layout.setSpacing(32)
    title = QLabel(QApplication.translate("CrashNotice", "Ki-ốt đang tạm dừng"))
    title.setStyleSheet("font-size: 40px; font-weight: bold;")
    text = QLabel(message)
    text.setWordWrap(True)
    text.setStyleSheet("font-size: 26px;")
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    close = QPushButton(QApplication.translate("CrashNotice", "Đóng"))
    close.setMinimumHeight(72)
    close.setStyleSheet("font-size: 26px;")
    close.clicked.connect(window.close)
    layout.addWidget(title)
    layout.addWidget(text, 1)
    layout.addWidget(close)
    window.resize(900, 520)
    window.show()
    app.exec()
