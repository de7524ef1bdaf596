"""The commune, its villages and where this machine stands: the wizard's first three questions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.services.setup.schema import village_code
from kiosk.ui.setup.base import ErrorLine, Page, button, label, line_edit


class CommunePage(Page):
    slug = "commune"
    title = QT_TRANSLATE_NOOP("CommunePage", "Xã của mình")
    question = QT_TRANSLATE_NOOP(
        "CommunePage",
        "Tên viết đúng như trên con dấu: in trên phiếu số thứ tự, tờ hướng dẫn và báo cáo lãnh đạo ký.",
    )
    keys = ("commune",)
    try_out = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.province = line_edit("province", self.tr("Ví dụ: Tỉnh Tuyên Quang"))
        self.seal_name = line_edit("seal_name", self.tr("Ví dụ: UBND xã Minh Quang"))
        self.centre_name = line_edit("centre_name", self.tr("Ví dụ: Trung tâm Phục vụ hành chính công xã Minh Quang"))
        self.field("commune.province", self.tr("Tỉnh"), self.province)
        self.field("commune.seal_name", self.tr("Tên cơ quan trên con dấu"), self.seal_name)
        self.field("commune.centre_name", self.tr("Tên chính thức của bộ phận một cửa"), self.centre_name)
        self.body.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(label(self.tr("Chỉ muốn xem thử chương trình?"), "question"), 1)
        self.try_button = button(self.tr("Dùng thử với dữ liệu mẫu"), secondary=True, name="try-out")
        self.try_button.clicked.connect(self.try_out.emit)
        row.addWidget(self.try_button)
        self.body.addLayout(row)
        self.try_error = ErrorLine("error-try-out")
        self.body.addWidget(self.try_error)

    def collect(self, data: dict[str, Any]) -> None:
        data.setdefault("commune", {}).update(
            province=self.province.text(), seal_name=self.seal_name.text(), centre_name=self.centre_name.text()
        )

    def summary(self) -> list[str]:
        return [f"{self.seal_name.text().strip()} ({self.province.text().strip()})", self.centre_name.text().strip()]


class VillagesPage(Page):
    slug = "villages"
    title = QT_TRANSLATE_NOOP("VillagesPage", "Các thôn của xã")
    question = QT_TRANSLATE_NOOP(
        "VillagesPage",
        "Dùng khi ghi lượt hỗ trợ (người dân ở thôn nào) và cho điểm hỗ trợ tại nhà văn hóa thôn.",
    )
    keys = ("commune.villages",)

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout()
        self.name = line_edit("village-name", self.tr("Ví dụ: Thôn Đông"))
        self.name.returnPressed.connect(self._add)
        self.add_button = button(self.tr("Thêm thôn"), name="add-village")
        self.add_button.clicked.connect(self._add)
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        self.body.addLayout(row)
        self.error = ErrorLine("error-commune.villages")
        self.body.addWidget(self.error)
        self.error_line("commune.villages", self.tr("Thôn"), self.error, self.name)
        self.list_box = QWidget()
        self.rows = QVBoxLayout(self.list_box)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.list_box)
        self.body.addStretch(1)
        self.names: list[str] = []

    def _add(self) -> None:
        text = self.name.text()
        if not text.strip():
            return
        self.names.append(text)
        self.name.clear()
        self._redraw()

    def _remove(self, index: int) -> None:
        del self.names[index]
        self._redraw()

    def _redraw(self) -> None:
        while self.rows.count():
            gone = self.rows.takeAt(0).widget()
            if gone is not None:
                gone.setParent(None)  # gone now, not at the next event loop turn
                gone.deleteLater()
        for i, name in enumerate(self.names):
            line = QWidget()
            layout = QHBoxLayout(line)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(label(f"{i + 1}. {name.strip()[:120]}", wrap=False), 1)
            remove = button(self.tr("Bỏ"), secondary=True, name=f"remove-village-{i}")
            remove.clicked.connect(lambda _=False, i=i: self._remove(i))
            layout.addWidget(remove)
            self.rows.addWidget(line)

    def collect(self, data: dict[str, Any]) -> None:
        data.setdefault("commune", {})["villages"] = list(self.names)

    def summary(self) -> list[str]:
        if not self.names:
            return [self.tr("Chưa có thôn")]
        return [self.tr("{n} thôn: {names}").format(n=len(self.names), names=", ".join(n.strip() for n in self.names))]


POINTS = (  # translated with self.tr where shown
    (
        "commune_desk",
        QT_TRANSLATE_NOOP("PointPage", "Bộ phận một cửa của xã"),
        QT_TRANSLATE_NOOP("PointPage", "Lấy số, gọi số ở các quầy, màn hình phòng chờ"),
    ),
    (
        "village_point",
        QT_TRANSLATE_NOOP("PointPage", "Điểm hỗ trợ tại nhà văn hóa thôn"),
        QT_TRANSLATE_NOOP("PointPage", "Máy đặt ở một thôn, mang số liệu về xã"),
    ),
    (
        "mobile_team",
        QT_TRANSLATE_NOOP("PointPage", "Tổ hỗ trợ lưu động"),
        QT_TRANSLATE_NOOP("PointPage", "Máy xách tay đi theo tổ đến các thôn"),
    ),
)


class PointPage(Page):
    slug = "point"
    title = QT_TRANSLATE_NOOP("PointPage", "Máy này đặt ở đâu?")
    question = QT_TRANSLATE_NOOP(
        "PointPage",
        "Chọn một. Mỗi nơi có mã riêng (không dấu), dùng khi mang số liệu từ thôn về xã.",
    )
    keys = ("point",)

    def __init__(self, default_code: str = "XA", explicit: bool = False) -> None:
        super().__init__()
        self.explicit = explicit
        self.group = QButtonGroup(self)
        self.choices: dict[str, QPushButton] = {}
        for kind, name, hint in POINTS:
            choice = QPushButton(f"{self.tr(name)}\n{self.tr(hint)}")
            choice.setObjectName(f"point-{kind}")
            choice.setProperty("choice", True)
            choice.setCheckable(True)
            choice.setMinimumHeight(96)
            self.group.addButton(choice)
            self.choices[kind] = choice
            self.body.addWidget(choice)
            choice.toggled.connect(self._kind_changed)
        self.kind_error = ErrorLine("error-point.kind")
        self.body.addWidget(self.kind_error)
        self.error_line("point.kind", self.tr("Nơi đặt máy"), self.kind_error)
        self.village_caption = label(self.tr("Thôn của điểm này"))
        self.village = QComboBox()
        self.village.setObjectName("point-village")
        self.body.addWidget(self.village_caption)
        self.body.addWidget(self.village)
        self.village_error = ErrorLine("error-point.village")
        self.body.addWidget(self.village_error)
        self.error_line("point.village", self.tr("Thôn của điểm này"), self.village_error)
        self.code = line_edit("point-code", "XA")
        self.code.setText(default_code)
        self.field("point.code", self.tr("Mã điểm"), self.code)
        # Which point this PC serves: the answer here (remembered in its data folder when setup finishes), unless
        # its kiosk.toml or KIOSK_POINT names one; then say so when the answer differs.
        self.machine_code = default_code
        self.code_note = label("", "warning")
        self.code_note.setObjectName("point-code-note")
        self.body.addWidget(self.code_note)
        self.code.textChanged.connect(self._code_changed)
        self._code_changed(self.code.text())
        self.body.addStretch(1)
        self._villages: list[str] = []
        self.village.currentIndexChanged.connect(self._kind_changed)
        self.choices["commune_desk"].setChecked(True)

    def set_villages(self, names: list[str]) -> None:
        current = self.village.currentText()
        self._villages = [n.strip() for n in names if n.strip()]
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItems(self._villages)
        if current in self._villages:
            self.village.setCurrentText(current)
        self.village.blockSignals(False)
        self._kind_changed()

    def kind(self) -> str:
        return next((k for k, b in self.choices.items() if b.isChecked()), "commune_desk")

    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind()
        at_village = kind == "village_point"
        self.village_caption.setVisible(at_village)
        self.village.setVisible(at_village)
        if kind == "village_point" and self.village.currentText():
            self.code.setText("TH-" + village_code(self.village.currentText()).upper().replace("_", "-")[:17])
        elif kind == "mobile_team":
            self.code.setText("LUU-DONG")
        elif kind == "commune_desk" and self.code.text().startswith(("TH-", "LUU-")):
            self.code.setText("XA")

    def _code_changed(self, text: str) -> None:
        code = text.strip().upper()
        if not code or code == self.machine_code:
            note = ""
        elif self.explicit:
            note = self.tr(
                "Tệp kiosk.toml của máy ghi mã điểm {machine}: để máy phát số cho điểm {code}, sửa thành point_code = "
                '"{code}" rồi mở lại chương trình.'
            ).format(machine=self.machine_code, code=code)
        else:
            note = self.tr("Khi cài đặt xong, máy này sẽ phát số cho điểm {code}.").format(code=code)
        self.code_note.setText(note)
        self.code_note.setVisible(bool(self.code_note.text()))

    def collect(self, data: dict[str, Any]) -> None:
        data["point"] = {
            "kind": self.kind(),
            "code": self.code.text(),
            "village": self.village.currentText() if self.kind() == "village_point" else "",
        }

    def summary(self) -> list[str]:
        name = self.tr(next(n for k, n, _ in POINTS if k == self.kind()))
        where = f", {self.village.currentText()}" if self.kind() == "village_point" else ""
        return [
            self.tr("Máy này: {name}{where} (mã {code})").format(
                name=name, where=where, code=self.code.text().strip().upper()
            )
        ]
