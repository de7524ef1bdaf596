"""The desk's look: an officer's working screen, denser than the citizen kiosk but still touch-sized."""

from __future__ import annotations

from kiosk.ui.theme import ACCENT, ACCENT_INK, INK, MUTED, PAPER

DESK_POINT_SIZE = 12
# px: about 12 mm at 96 dpi. The desk is keyboard-first and must fit 1366x768; the login and PIN pad are larger.
TOUCH_MIN = 46

DESK_STYLE = f"""
QWidget {{ font-size: {DESK_POINT_SIZE}pt; }}
QPushButton {{
    background: {ACCENT}; color: {ACCENT_INK}; border: 2px solid {ACCENT}; border-radius: 8px;
    padding: 6px 14px; min-height: {TOUCH_MIN - 16}px;
}}
QPushButton:focus {{ border: 3px solid #f2b705; }}
QPushButton[choice="true"] {{ background: {PAPER}; color: {INK}; border: 2px solid {MUTED}; padding: 6px 8px; }}
QPushButton[choice="true"]:checked {{ background: {ACCENT}; color: {ACCENT_INK}; border: 2px solid {ACCENT}; }}
QPushButton[choice="true"]:focus {{ border: 3px solid #f2b705; }}
QPushButton[secondary="true"] {{ background: {PAPER}; color: {ACCENT}; border: 2px solid {ACCENT}; }}
QPushButton[primary="true"] {{ min-height: {TOUCH_MIN + 8}px; font-weight: bold; }}
QPushButton[big="true"] {{ min-height: 90px; font-size: {DESK_POINT_SIZE + 4}pt; }}
QPushButton[pad="true"] {{ min-height: 70px; font-size: {DESK_POINT_SIZE + 6}pt; }}
QPushButton:disabled, QPushButton[secondary="true"]:disabled {{
    background: #e6ebf0; color: #5b6b7b; border: 2px solid #c9d3dd;
}}
QLineEdit, QComboBox, QDateEdit, QSpinBox {{
    min-height: {TOUCH_MIN - 12}px; padding: 2px 8px; border: 2px solid {MUTED}; border-radius: 6px;
}}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus {{ border: 3px solid {ACCENT}; }}
QCheckBox {{ min-height: {TOUCH_MIN - 12}px; spacing: 10px; }}
QCheckBox::indicator {{ width: 26px; height: 26px; }}
QListWidget, QTableWidget {{ border: 2px solid {MUTED}; border-radius: 6px; }}
QListWidget::item {{ min-height: 36px; padding: 2px 6px; }}
QListWidget::item:selected, QTableWidget::item:selected {{ background: {ACCENT}; color: {ACCENT_INK}; }}
QTabBar::tab {{ min-height: 34px; padding: 4px 18px; border: 2px solid {MUTED}; border-bottom: none;
    border-top-left-radius: 8px; border-top-right-radius: 8px; margin-right: 4px; }}
QTabBar::tab:selected {{ background: {ACCENT}; color: {ACCENT_INK}; border-color: {ACCENT}; }}
QLabel[heading="true"] {{ font-size: {DESK_POINT_SIZE + 2}pt; font-weight: bold; color: {ACCENT}; }}
QLabel[hint="true"] {{ color: {MUTED}; font-size: {DESK_POINT_SIZE - 2}pt; }}
QGroupBox {{ font-weight: bold; border: 2px solid #c9d3dd; border-radius: 8px; margin-top: 14px; padding: 8px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {ACCENT}; }}
"""

# The queue panel and its dialogs: every button a finger can hit (≥ 60 px with padding and border), labels on
# two lines (action and key) in narrow columns.
QUEUE_BUTTON_MIN = 60
QUEUE_STYLE = f"""
QPushButton[queue="true"] {{ min-height: {QUEUE_BUTTON_MIN - 10}px; padding: 4px 6px; }}
QTabBar::tab {{ padding: 4px 8px; }}
"""
