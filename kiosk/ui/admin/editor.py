"""What the admin screen's list-and-form tabs share: a touch-friendly look, a table that fills from plain rows, a
sentence after each action, and service calls off the UI thread with the unlocking administrator as `by`.

A tab shows a list on the left and the selected row's form on the right; "Thêm mới" empties the form, "Lưu"
adds or saves. The services do every check (the same as the CLI's); the tab only shows their sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.ui.theme import ACCENT, MUTED
from kiosk.ui.widgets.notice import Notice
from kiosk.ui.worker import run_task

STYLE = f"""
QWidget {{ font-size: 15pt; }}
QPushButton {{ min-height: 52px; padding: 0 18px; }}
QLineEdit, QComboBox, QSpinBox, QDateEdit, QPlainTextEdit {{ min-height: 44px; }}
QCheckBox::indicator {{ width: 30px; height: 30px; }}
QTableWidget {{ font-size: 14pt; }}
QTableWidget::item {{ padding: 6px; }}
QHeaderView::section {{ font-weight: bold; padding: 6px; }}
QLabel[heading="true"] {{ font-size: 18pt; font-weight: bold; color: {ACCENT}; }}
QLabel[hint="true"] {{ color: {MUTED}; font-size: 13pt; }}
QGroupBox::title {{ color: {ACCENT}; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: white; font-weight: bold; }}
QPushButton[tab="true"] {{ background: #dfe6ee; color: {ACCENT}; border-radius: 8px; }}
QPushButton[tab="true"]:checked {{ background: {ACCENT}; color: white; font-weight: bold; }}
"""


class AdminTab(QWidget):
    """Base of the admin tabs: `services`, `by` (the administrator who unlocked), `notice` and `call()`."""

    def __init__(self, services: Services, by: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.by = by
        self.notice = Notice()
        self.setStyleSheet(STYLE)

    def call(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        ok: str | None = None,
    ) -> None:
        """Run `fn` off the UI thread; show `ok` (or the service's sentence on failure) in the notice."""

        def done(result: Any) -> None:
            if ok:
                self.notice.ok(ok)
            if on_done is not None:
                on_done(result)

        run_task(self, fn, done, self.failed)

    def failed(self, error: KioskError) -> None:
        self.notice.error(error.message)


def make_table(headers: Sequence[str], stretch: int | None = None) -> QTableWidget:
    """`stretch`: the column of long text that takes the room left (else the last one does)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(48)  # a finger's height per row
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)


def button(text: str, slot: Callable[[], None], *, primary: bool = False) -> QPushButton:
    b = QPushButton(text)
    b.setProperty("primary", primary)
    b.clicked.connect(lambda _=False: slot())
    return b


def row_of(*widgets: QWidget) -> QHBoxLayout:
    line = QHBoxLayout()
    for w in widgets:
        line.addWidget(w)
    line.addStretch(1)
    return line


class OptionalDate(QWidget):
    """A date that may be left open ("không giới hạn"): a tick box and a calendar field."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.enabled.isChecked() else None

    def set_value(self, day: date | None, default: date | None = None) -> None:
        self.enabled.setChecked(day is not None)
        self.edit.setDate(QDate(day or default or date.today()))


def date_edit(day: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDate(QDate(day or date.today()))
    return edit


def show_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "—"
