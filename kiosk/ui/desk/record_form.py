"""The record form: one citizen helped, keyboard-first (F2 search, Enter, Alt+1/2/3 age, Ctrl+Enter save).

Works on its own (walk-ins, door-to-door visits) or with a ticket: the queue panel, when present, calls
`set_ticket(code)`. After saving, the point, village and helpers stay for the next citizen.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.services.access.auth import StaffInfo
from kiosk.services.records.types import FormDefaults, ItemChoice, RecordInput, RecordView
from kiosk.ui.desk.controls import ChoiceRow, ToggleGrid
from kiosk.ui.desk.items import ItemEditor, ItemPicker
from kiosk.ui.desk.lookups import Lookups
from kiosk.ui.widgets.notice import Notice
from kiosk.ui.worker import run_task

# Short button labels; the catalogue's long names ("Từ 60 tuổi trở lên") do not fit three across.
AGE_SHORT = {
    "under_18": QT_TRANSLATE_NOOP("RecordForm", "Dưới 18"),
    "18_59": QT_TRANSLATE_NOOP("RecordForm", "18–59"),
    "60_plus": QT_TRANSLATE_NOOP("RecordForm", "Từ 60"),
}


def age_label(code: str | None) -> str:
    return QCoreApplication.translate("RecordForm", AGE_SHORT[code]) if code in AGE_SHORT else ""


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _ColumnScroll(QScrollArea):
    """Scrolls up and down only, so it asks for its content's width: beside the queue panel the search column
    gives way instead of the person column being cut off on the right."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        inner = self.widget()
        if inner is None:
            return super().minimumSizeHint()
        width = inner.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, super().minimumSizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's width changed (fonts, style, helpers): ask the layout again
        return super().eventFilter(watched, event)


class RecordForm(QWidget):
    saved = Signal(object)
    items_changed = Signal(int)  # how many items the form holds: the queue panel narrows while there are some

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._staff: StaffInfo | None = None
        self._lookups: Lookups | None = None
        self._editing: RecordView | None = None
        self.editors: list[ItemEditor] = []
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(12)
        outer.addWidget(self._build_items(), 5)
        # The person column scrolls rather than push the window past 768 px on a small laptop.
        person = _ColumnScroll()
        person.setWidgetResizable(True)
        person.setFrameShape(QScrollArea.Shape.NoFrame)
        person.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        person.setWidget(self._build_person())
        outer.addWidget(person, 4)
        self._person = person
        self._shortcuts()

    # ------------------------------------------------------------ layout

    def _build_items(self) -> QWidget:
        box = QGroupBox(self.tr("Việc đã hỗ trợ"))
        layout = QVBoxLayout(box)
        self.picker = ItemPicker(self._services)
        self.picker.results.setMinimumHeight(120)
        self.picker.chosen.connect(self.add_item)
        self.picker.failed.connect(lambda text: self.notice.error(text))
        layout.addWidget(self.picker, 3)
        self.items_holder = QWidget()
        self.items_layout = QVBoxLayout(self.items_holder)
        self.items_layout.setContentsMargins(0, 0, 0, 0)
        self.empty_items = QLabel(self.tr("Chưa chọn việc nào: gõ vào ô tìm ở trên rồi nhấn Enter."))
        self.empty_items.setProperty("hint", True)
        self.empty_items.setWordWrap(True)
        self.items_layout.addWidget(self.empty_items)
        self.items_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.items_holder)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        self._items_box_layout = layout
        self._items_box = box
        self._items_scroll = scroll
        return box

    def _build_person(self) -> QWidget:
        box = QGroupBox(self.tr("Người được hỗ trợ"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(6)
        top = QHBoxLayout()
        self.point = QComboBox()
        self.point.setAccessibleName(self.tr("Nơi hỗ trợ"))
        top.addWidget(self.point, 3)
        self.ticket = QLineEdit()
        self.ticket.setPlaceholderText(self.tr("Số thứ tự (nếu có)"))
        self.ticket.setAccessibleName(self.tr("Số thứ tự"))
        self.ticket.setMaxLength(260)  # a code typed, or the ticket's QR from a scanner (uuid or phone link)
        top.addWidget(self.ticket, 2)
        form.addRow(self.tr("Nơi"), top)
        self.age = ChoiceRow([(code, age_label(code)) for code in AGE_SHORT])
        form.addRow(self.tr("Độ tuổi"), self.age)
        self.village = QComboBox()
        self.village.setAccessibleName(self.tr("Thôn"))
        form.addRow(self.tr("Thôn"), self.village)
        self.helpers = ToggleGrid(columns=3)
        form.addRow(self.tr("Người hỗ trợ"), self.helpers)
        layout.addLayout(form)

        self.consent = QCheckBox(self.tr("Người dân đồng ý lưu họ tên, số điện thoại để nhắc hẹn"))
        self.consent.toggled.connect(self._sync_personal)
        layout.addWidget(self.consent)
        personal = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Họ tên"))
        self.name.setAccessibleName(self.tr("Họ tên người dân"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Số điện thoại"))
        self.phone.setAccessibleName(self.tr("Số điện thoại"))
        personal.addWidget(self.name, 3)
        personal.addWidget(self.phone, 2)
        layout.addLayout(personal)
        self.stored_personal = QCheckBox()
        self.stored_personal.setVisible(False)
        layout.addWidget(self.stored_personal)

        follow = QHBoxLayout()
        self.follow = QCheckBox(self.tr("Hẹn lại"))
        self.follow.toggled.connect(self._sync_follow)
        follow.addWidget(self.follow)
        self.follow_date = QDateEdit()
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setDisplayFormat("dd/MM/yyyy")
        self.follow_date.setAccessibleName(self.tr("Ngày hẹn"))
        follow.addWidget(self.follow_date, 2)
        self.follow_reason = QLineEdit()
        self.follow_reason.setPlaceholderText(self.tr("Lý do hẹn"))
        self.follow_reason.setAccessibleName(self.tr("Lý do hẹn"))
        follow.addWidget(self.follow_reason, 3)
        layout.addLayout(follow)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Ghi chú (không ghi số CCCD, mật khẩu, mã OTP)"))
        self.note.setAccessibleName(self.tr("Ghi chú"))
        layout.addWidget(self.note)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Lưu  (Ctrl+Enter)"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button, 3)
        self.clear_button = QPushButton(self.tr("Làm mới"))
        self.clear_button.setProperty("secondary", True)
        self.clear_button.setToolTip(self.tr("Xoá biểu mẫu, giữ nơi, thôn và người hỗ trợ (Ctrl+N)"))
        self.clear_button.clicked.connect(lambda: self.reset())
        buttons.addWidget(self.clear_button, 1)
        layout.addLayout(buttons)
        self.notice = Notice()
        layout.addWidget(self.notice)
        hint = QLabel(self.tr("F2 tìm · ↑↓ Enter chọn · Alt+1/2/3 tuổi · Ctrl+Enter lưu · Ctrl+N mới"))
        hint.setProperty("hint", True)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch(1)
        self._sync_personal()
        self._sync_follow()
        return box

    def _shortcuts(self) -> None:
        def bind(keys: str, slot: object) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        bind("F2", self.focus_search)
        bind("Ctrl+F", self.focus_search)
        bind("Ctrl+Return", self.save)
        bind("Ctrl+Enter", self.save)
        bind("Ctrl+S", self.save)
        bind("Ctrl+N", lambda: self.reset())
        bind("Ctrl+D", self.picker.toggle_favourite)
        for n, code in enumerate(AGE_SHORT, start=1):
            bind(f"Alt+{n}", lambda c=code: self.age.set_value(c))

    # ------------------------------------------------------------ state

    def start(self, staff: StaffInfo, lookups: Lookups) -> None:
        """After login: fill the lists, then the remembered village and helpers."""
        self._staff = staff
        self._lookups = lookups
        self.point.clear()
        for code, name in lookups.points:
            self.point.addItem(name, code)
        self.village.clear()
        self.village.addItem(self.tr("— Ngoài xã / không rõ —"), None)
        for code, name in lookups.villages:
            self.village.addItem(name, code)
        self.helpers.set_options(lookups.staff)
        self.consent.setToolTip(lookups.consent_wording)
        self.picker.set_staff(staff.id)
        run_task(self, lambda: self._services.assists.defaults(staff.id), self._apply_defaults, self._failed)
        self.reset()

    def _apply_defaults(self, defaults: FormDefaults) -> None:
        self.point.setCurrentIndex(max(0, self.point.findData(defaults.point_code)))
        self.village.setCurrentIndex(max(0, self.village.findData(defaults.village_code)))
        self.helpers.set_values(defaults.helper_ids)

    def reset(self, *, keep_notice: bool = False) -> None:
        """Clear what belongs to one citizen; keep point, village and helpers."""
        self._editing = None
        for editor in list(self.editors):
            self._remove(editor)
        self.ticket.clear()
        self.age.set_value(None)
        self.consent.setChecked(False)
        self.name.clear()
        self.phone.clear()
        self.stored_personal.setChecked(False)
        self.stored_personal.setVisible(False)
        self.follow.setChecked(False)
        self.follow_reason.clear()
        self.follow_date.setDate(_qdate(self._services.assists.today() + timedelta(days=3)))
        self.note.clear()
        self.save_button.setText(self.tr("Lưu  (Ctrl+Enter)"))
        self.clear_button.setText(self.tr("Làm mới"))
        if not keep_notice:
            self.notice.clear_notice()
        self.focus_search()

    def focus_search(self) -> None:
        self.picker.search.setFocus()
        self.picker.search.selectAll()

    def set_ticket(self, code: str) -> None:
        """For the queue panel: the citizen being served has this ticket."""
        self.ticket.setText(code)

    def add_item(self, choice: ItemChoice) -> ItemEditor:
        assert self._lookups is not None, "start() first"
        editor = ItemEditor(choice, self._lookups)
        editor.removed.connect(self._remove)
        self.items_layout.insertWidget(self.items_layout.count() - 1, editor)
        self.editors.append(editor)
        self._sync_items()
        target = editor.first_field()
        (target or self.picker.search).setFocus()
        return editor

    def _remove(self, editor: ItemEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)
        self.items_layout.removeWidget(editor)
        editor.deleteLater()
        self._sync_items()

    def _sync_items(self) -> None:
        """The search list gets the room while nothing is chosen; the chosen items get it afterwards."""
        self.empty_items.setVisible(not self.editors)
        self._items_box_layout.setStretch(0, 1 if self.editors else 3)
        self._items_box_layout.setStretch(1, 2 if self.editors else 1)
        self.items_changed.emit(len(self.editors))

    def wanted_width(self) -> int:
        """The width at which nothing is cut off: the widest chosen item beside the person column.

        The item list scrolls only up and down, so an item editor wider than its column would be clipped; the
        queue panel reads this to make room on a small screen.
        """
        box, inner = self._items_box, self._items_box_layout
        frame = (
            sum(m.left() + m.right() for m in (box.contentsMargins(), inner.contentsMargins()))
            + self._items_scroll.verticalScrollBar().sizeHint().width()
        )
        items = max([box.minimumSizeHint().width()] + [e.minimumSizeHint().width() + frame for e in self.editors])
        outer = self.layout()
        margins = outer.contentsMargins()
        return items + self._person.minimumSizeHint().width() + margins.left() + margins.right() + outer.spacing()

    def _sync_personal(self) -> None:
        on = self.consent.isChecked()
        self.name.setEnabled(on)
        self.phone.setEnabled(on)

    def _sync_follow(self) -> None:
        on = self.follow.isChecked()
        self.follow_date.setEnabled(on)
        self.follow_reason.setEnabled(on)

    # ------------------------------------------------------------ edit

    def edit(self, view: RecordView) -> None:
        """Load a saved record; name and phone stay as stored unless retyped or removed."""
        assert self._lookups is not None
        self.reset()
        self._editing = view
        for item in view.items:
            self.add_item(ItemChoice(item.kind, item.code, item.name)).load(item.to_input())
        self.point.setCurrentIndex(max(0, self.point.findData(view.point_code)))
        self.ticket.setText(view.ticket_code or "")
        self.age.set_value(view.age_band)
        self.village.setCurrentIndex(max(0, self.village.findData(view.village_code)))
        self.helpers.set_values([sid for sid, _ in view.helpers])
        if view.has_personal:
            stored = " – ".join(p for p in (view.name_masked, view.phone_masked) if p)
            self.stored_personal.setText(self.tr("Xoá thông tin đã lưu ({0})").replace("{0}", stored))
            self.stored_personal.setVisible(True)
        self.follow.setChecked(view.follow_up_on is not None)
        if view.follow_up_on:
            self.follow_date.setDate(_qdate(view.follow_up_on))
        self.follow_reason.setText(view.follow_up_reason or "")
        self.note.setText(view.note or "")
        self.save_button.setText(self.tr("Lưu thay đổi  (Ctrl+Enter)"))
        self.clear_button.setText(self.tr("Thôi sửa"))
        self.notice.ok(self.tr("Đang sửa lượt hỗ trợ số {0}.").replace("{0}", str(view.id)))

    # ------------------------------------------------------------ save

    def collect(self) -> RecordInput:
        typed_personal = bool(self.name.text().strip() or self.phone.text().strip())
        keep = self._editing is not None and not typed_personal and not self.stored_personal.isChecked()
        return RecordInput(
            items=[e.to_input() for e in self.editors],
            helper_ids=self.helpers.values,
            age_band=self.age.value,
            village_code=self.village.currentData(),
            point_code=self.point.currentData(),
            ticket_code=self.ticket.text() or None,
            business_date=self._editing.business_date if self._editing else None,
            citizen_name=self.name.text() if self.consent.isChecked() else None,
            citizen_phone=self.phone.text() if self.consent.isChecked() else None,
            consent=self.consent.isChecked(),
            keep_personal=keep,
            follow_up_on=_pydate(self.follow_date.date()) if self.follow.isChecked() else None,
            follow_up_reason=self.follow_reason.text() if self.follow.isChecked() else None,
            note=self.note.text() or None,
        )

    def save(self) -> None:
        if self._staff is None:
            return
        inp = self.collect()
        staff_id = self._staff.id
        editing = self._editing
        if editing is not None:
            work = lambda: self._services.assists.update(editing.id, inp, staff_id)  # noqa: E731
        else:
            work = lambda: self._services.assists.record(inp, staff_id)  # noqa: E731
        self.save_button.setEnabled(False)
        run_task(self, work, self._saved, self._failed)

    def _saved(self, view: RecordView) -> None:
        self.save_button.setEnabled(True)
        edited = self._editing is not None
        self.reset(keep_notice=True)
        text = self.tr("Đã lưu thay đổi lượt số {0}.") if edited else self.tr("Đã lưu lượt hỗ trợ số {0}: {1}.")
        self.notice.ok(text.replace("{0}", str(view.id)).replace("{1}", view.summary[:80]))
        self.picker.refresh()
        self.saved.emit(view)

    def _failed(self, error: KioskError) -> None:
        self.save_button.setEnabled(True)
        self.notice.error(error.message)
