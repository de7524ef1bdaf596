"""Fonts, colours and sizes for screens read from a metre (kiosk) or six metres (hall display) away."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.paths import FONT_DIR

FONT_FAMILY = "Noto Sans"
# WCAG AA needs 4.5:1; these pairs are well above 7:1.
INK = "#0b1f33"
PAPER = "#ffffff"
ACCENT = "#0a4f8f"
ACCENT_INK = "#ffffff"
PRIORITY = "#8a1c1c"
MUTED = "#3d4f61"
OK = "#135f2b"
WARN = "#7a4a00"

MIN_POINT_SIZE = 24


def load_fonts() -> str:
    """Register the shipped fonts so Vietnamese renders the same on every PC, whatever it has installed."""
    family = FONT_FAMILY
    for path in sorted(FONT_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


def apply_base_style(app: QApplication, large: bool = False) -> None:
    family = load_fonts()
    base = QFont(family)
    base.setPointSize(MIN_POINT_SIZE + (6 if large else 0))
    app.setFont(base)
    app.setStyleSheet(
        f"""
        QWidget {{ color: {INK}; background: {PAPER}; }}
        QPushButton {{
            background: {ACCENT}; color: {ACCENT_INK}; border: none; border-radius: 14px;
            padding: 18px 28px; min-height: 72px;
        }}
        QPushButton:pressed {{ background: #063663; }}
        QPushButton:disabled {{ background: #9aa7b4; color: #1b2733; }}
        QPushButton:focus {{ outline: 4px solid #f2b705; }}
        """
    )
