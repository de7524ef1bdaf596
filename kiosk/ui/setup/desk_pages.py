"""The counters with the services each serves, and the opening hours: what decides who is called and when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.services.setup.schema import DAYS, CounterAnswer, unserved
from kiosk.ui.setup.base import ErrorLine, Page, button, label, line_edit


class CounterRow(QWidget):
    def __init__(self, index: int, number: int, name: str, letters: list[tuple[str, str]], chosen: set[str]) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(label(self.tr("Quầy số"), wrap=False))
        self.number = line_edit(f"counter-{index}-number")
        self.number.setText(str(number))
        self.number.setMaxLength(3)
        self.number.setFixedWidth(84)
        row.addWidget(self.number)
        self.name = line_edit(f"counter-{index}-name", self.tr("Quầy {n}").format(n=number))
        self.name.setText(name)
        row.addWidget(self.name, 1)
        self.letters: dict[str, QPushButton] = {}
        for prefix, service in letters:
            toggle = QPushButton(prefix)
            toggle.setObjectName(f"counter-{index}-service-{prefix}")
            toggle.setProperty("letter", True)
            toggle.setCheckable(True)
            toggle.setChecked(prefix in chosen)
            toggle.setToolTip(service)
            self.letters[prefix] = toggle
            row.addWidget(toggle)
        self.remove = button(self.tr("Bỏ"), secondary=True, name=f"remove-counter-{index}")
        row.addWidget(self.remove)
        outer.addLayout(row)
        self.error = ErrorLine(f"error-counters[{index}]")
        outer.addWidget(self.error)

    def answer(self) -> dict[str, Any]:
        text = self.number.text().strip()
        # Digits go to the core as a number; anything else as typed, so the core's sentence names the problem.
        number: Any = int(text) if text.isascii() and text.isdigit() else text
        chosen = [p for p, b in self.letters.items() if b.isChecked()]
        return {"number": number, "name": self.name.text(), "services": chosen}


class CountersPage(Page):
    slug = "counters"
    title = QT_TRANSLATE_NOOP("CountersPage", "Các quầy và lĩnh vực mỗi quầy nhận")
    question = QT_TRANSLATE_NOOP(
        "CountersPage",
        "Chạm chữ cái để bật/tắt lĩnh vực của quầy. Số của lĩnh vực không quầy nào nhận sẽ không được gọi.",
    )
    keys = ("counters",)

    def __init__(self) -> None:
        super().__init__()
        self.legend = label("", "question")
        self.body.addWidget(self.legend)
        self.rows_box = QWidget()
        self.rows = QVBoxLayout(self.rows_box)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.rows_box)
        self.add_button = button(self.tr("Thêm quầy"), secondary=True, name="add-counter")
        self.add_button.clicked.connect(self._add)
        self.body.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.list_error = ErrorLine("error-counters")
        self.body.addWidget(self.list_error)
        self.error_line("counters", self.tr("Quầy"), self.list_error)
        self.warning = label("", "warning")
        self.warning.setObjectName("unserved-warning")
        self.body.addWidget(self.warning)
        self.body.addStretch(1)
        self.letters: list[tuple[str, str]] = []
        self.counter_rows: list[CounterRow] = []

    def set_services(self, letters: list[tuple[str, str]]) -> None:
        """The queue services (letter, name) from the catalogue; starts with one counter that serves them all."""
        self.letters = letters
        self.legend.setText("  ·  ".join(f"{p} {name}" for p, name in letters))
        if not self.counter_rows:
            self._set_rows([{"number": 1, "name": self.tr("Quầy 1"), "services": [p for p, _ in letters]}])

    def _set_rows(self, answers: list[dict[str, Any]]) -> None:
        for row in self.counter_rows:
            row.setParent(None)
            row.deleteLater()
        self.counter_rows = []
        for i, answer in enumerate(answers):
            number = answer["number"] if isinstance(answer["number"], int) else i + 1
            row = CounterRow(i, number, answer["name"], self.letters, set(answer["services"]))
            if isinstance(answer["number"], str):
                row.number.setText(answer["number"])
            row.remove.clicked.connect(lambda _=False, i=i: self._remove(i))
            for toggle in row.letters.values():
                toggle.toggled.connect(self._warn)
            self.rows.addWidget(row)
            self.counter_rows.append(row)
        self._warn()

    def _answers(self) -> list[dict[str, Any]]:
        return [row.answer() for row in self.counter_rows]

    def _add(self) -> None:
        answers = self._answers()
        used = [a["number"] for a in answers if isinstance(a["number"], int)]
        number = max(used, default=0) + 1
        self._set_rows([*answers, {"number": number, "name": self.tr("Quầy {n}").format(n=number), "services": []}])
        self.counter_rows[-1].name.setFocus()

    def _remove(self, index: int) -> None:
        answers = self._answers()
        del answers[index]
        self._set_rows(answers)

    def _warn(self, *_args: object) -> None:
        counters = [CounterAnswer(0, "", a["services"]) for a in self._answers()]
        names = dict(self.letters)
        missing = unserved(counters, [p for p, _ in self.letters])
        self.warning.setText(
            ""
            if not missing
            else self.tr("Chưa quầy nào nhận ")
            + ", ".join(f"{p} – {names[p]}" for p in missing)
            + self.tr(": số của lĩnh vực này sẽ không bao giờ được gọi.")
        )
        self.warning.setVisible(bool(missing))

    def show_error(self, key: str, reason: str) -> None:
        if key.startswith("counters[") and "]" in key:
            index = int(key[len("counters[") : key.index("]")])
            if 0 <= index < len(self.counter_rows):
                row = self.counter_rows[index]
                field = key[key.index("]") + 2 :] if "]." in key else ""
                captions = {"number": self.tr("Số quầy"), "name": self.tr("Tên quầy"), "services": self.tr("Lĩnh vực")}
                caption = captions.get(field, self.tr("Quầy"))
                row.error.say(f"{caption}: {reason}")
                (row.name if field == "name" else row.number).setFocus()
                return
        super().show_error(key, reason)

    def clear_errors(self) -> None:
        super().clear_errors()
        for row in self.counter_rows:
            row.error.say("")

    def collect(self, data: dict[str, Any]) -> None:
        data["counters"] = self._answers()

    def summary(self) -> list[str]:
        lines = []
        for a in self._answers():
            name = a["name"].strip()
            own = self.tr("Quầy {n}").format(n=a["number"])
            title = name if name.startswith(own) else f"{own} – {name}"
            lines.append(f"{title}: {', '.join(a['services']) or self.tr('chưa nhận lĩnh vực nào')}")
        return lines + ([self.warning.text()] if self.warning.isVisible() else [])


DAY_NAMES = {  # translated with self.tr where shown
    "mon": QT_TRANSLATE_NOOP("HoursPage", "Thứ Hai"),
    "tue": QT_TRANSLATE_NOOP("HoursPage", "Thứ Ba"),
    "wed": QT_TRANSLATE_NOOP("HoursPage", "Thứ Tư"),
    "thu": QT_TRANSLATE_NOOP("HoursPage", "Thứ Năm"),
    "fri": QT_TRANSLATE_NOOP("HoursPage", "Thứ Sáu"),
    "sat": QT_TRANSLATE_NOOP("HoursPage", "Thứ Bảy"),
    "sun": QT_TRANSLATE_NOOP("HoursPage", "Chủ nhật"),
}
TIMES = [f"{h:02d}:{m:02d}" for h in range(6, 21) for m in (0, 15, 30, 45)]
NONE = "—"
WEEKDAY = ("07:30", "11:30", "13:30", "17:00")
DEFAULT_HOURS = {day: WEEKDAY for day in DAYS[:5]} | {"sat": ("07:30", "11:30", NONE, NONE), "sun": None}


class HoursPage(Page):
    slug = "hours"
    title = QT_TRANSLATE_NOOP("HoursPage", "Giờ làm việc")
    question = QT_TRANSLATE_NOOP(
        "HoursPage",
        "Mỗi ngày hai buổi; nghỉ trưa là khoảng giữa hai buổi. Ngoài giờ này ki-ốt không phát số.",
    )
    keys = ("hours",)

    def __init__(self) -> None:
        super().__init__()
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(0)
        grid.addWidget(label(self.tr("Buổi sáng: từ – đến"), "question", wrap=False), 0, 2, 1, 2)
        grid.addWidget(label(self.tr("Buổi chiều: từ – đến"), "question", wrap=False), 0, 4, 1, 2)
        self.open: dict[str, QPushButton] = {}
        self.times: dict[str, list[QComboBox]] = {}
        self.errors: dict[str, ErrorLine] = {}
        for i, day in enumerate(DAYS):
            r = 1 + 2 * i
            grid.addWidget(label(self.tr(DAY_NAMES[day]), wrap=False), r, 0)
            toggle = QPushButton(self.tr("Làm việc"))
            toggle.setObjectName(f"open-{day}")
            toggle.setProperty("choice", True)
            toggle.setCheckable(True)
            toggle.setMinimumWidth(170)
            toggle.setStyleSheet("padding: 0 12px;")  # seven days fit on one screen; still 64 px tall
            self.open[day] = toggle
            grid.addWidget(toggle, r, 1)
            boxes = []
            for j in range(4):
                box = QComboBox()
                box.setObjectName(f"hours-{day}-{j}")
                box.addItems(TIMES if j < 2 else [NONE, *TIMES])
                box.setMinimumWidth(150)
                boxes.append(box)
                grid.addWidget(box, r, 2 + j)
            self.times[day] = boxes
            default = DEFAULT_HOURS[day]
            toggle.setChecked(default is not None)
            for box, value in zip(boxes, default or WEEKDAY, strict=True):
                box.setCurrentText(value)
            toggle.toggled.connect(lambda on, d=day: self._open_changed(d, on))
            self._open_changed(day, toggle.isChecked())
            error = ErrorLine(f"error-hours.{day}")
            grid.addWidget(error, r + 1, 1, 1, 5)
            self.errors[day] = error
            self.error_line(f"hours.{day}", self.tr(DAY_NAMES[day]), error)
        self.body.addLayout(grid)
        self.all_error = ErrorLine("error-hours")
        self.body.addWidget(self.all_error)
        self.error_line("hours", self.tr("Giờ làm việc"), self.all_error)
        self.body.addStretch(1)

    def _open_changed(self, day: str, on: bool) -> None:
        self.open[day].setText(self.tr("Làm việc") if on else self.tr("Nghỉ"))
        for box in self.times[day]:
            box.setEnabled(on)

    def ranges(self, day: str) -> list[str]:
        if not self.open[day].isChecked():
            return []
        a, b, c, d = (box.currentText() for box in self.times[day])
        return [f"{a}-{b}"] + ([f"{c}-{d}"] if NONE not in (c, d) else [])

    def collect(self, data: dict[str, Any]) -> None:
        data["hours"] = {day: self.ranges(day) for day in DAYS}

    def summary(self) -> list[str]:
        """Days with the same hours in one line: "Thứ Hai – Thứ Sáu: 07:30-11:30, 13:30-17:00"."""
        groups: list[tuple[list[str], list[str]]] = []
        for day in DAYS:
            ranges = self.ranges(day)
            if groups and groups[-1][1] == ranges:
                groups[-1][0].append(day)
            else:
                groups.append(([day], ranges))
        lines = []
        for days, ranges in groups:
            when = self.tr(DAY_NAMES[days[0]]) + (f" – {self.tr(DAY_NAMES[days[-1]])}" if len(days) > 1 else "")
            closed = self.tr("nghỉ")  # not inside the f-string: lupdate does not look there
            lines.append(f"{when}: {', '.join(ranges) or closed}")
        return lines
