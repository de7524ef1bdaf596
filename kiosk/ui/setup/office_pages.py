"""The commune, its villages and where this machine stands: the wizard's first three questions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.services.setup.schema import village_code
from kiosk.ui.setup.base import ErrorLine, Page, button, label, line_edit


class CommunePage(Page):
    slug = "commune"
    title = "Xã của mình"
    question = "Tên viết đúng như trên con dấu: in trên phiếu số thứ tự, tờ hướng dẫn và báo cáo lãnh đạo ký."
    keys = ("commune",)
    try_out = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.province = line_edit("province", "Ví dụ: Tỉnh Tuyên Quang")
        self.seal_name = line_edit("seal_name", "Ví dụ: UBND xã Minh Quang")
        self.centre_name = line_edit("centre_name", "Ví dụ: Trung tâm Phục vụ hành chính công xã Minh Quang")
        self.field("commune.province", "Tỉnh", self.province)
        self.field("commune.seal_name", "Tên cơ quan trên con dấu", self.seal_name)
        self.field("commune.centre_name", "Tên chính thức của bộ phận một cửa", self.centre_name)
        self.body.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(label("Chỉ muốn xem thử chương trình?", "question"), 1)
        self.try_button = button("Dùng thử với dữ liệu mẫu", secondary=True, name="try-out")
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
    title = "Các thôn của xã"
    question = "Dùng khi ghi lượt hỗ trợ (người dân ở thôn nào) và cho điểm hỗ trợ tại nhà văn hóa thôn."
    keys = ("commune.villages",)

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout()
        self.name = line_edit("village-name", "Ví dụ: Thôn Đông")
        self.name.returnPressed.connect(self._add)
        self.add_button = button("Thêm thôn", name="add-village")
        self.add_button.clicked.connect(self._add)
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        self.body.addLayout(row)
        self.error = ErrorLine("error-commune.villages")
        self.body.addWidget(self.error)
        self.error_line("commune.villages", "Thôn", self.error, self.name)
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
            remove = button("Bỏ", secondary=True, name=f"remove-village-{i}")
            remove.clicked.connect(lambda _=False, i=i: self._remove(i))
            layout.addWidget(remove)
            self.rows.addWidget(line)

    def collect(self, data: dict[str, Any]) -> None:
        data.setdefault("commune", {})["villages"] = list(self.names)

    def summary(self) -> list[str]:
        if not self.names:
            return ["Chưa có thôn"]
        return [f"{len(self.names)} thôn: " + ", ".join(n.strip() for n in self.names)]


POINTS = (
    ("commune_desk", "Bộ phận một cửa của xã", "Lấy số, gọi số ở các quầy, màn hình phòng chờ"),
    ("village_point", "Điểm hỗ trợ tại nhà văn hóa thôn", "Máy đặt ở một thôn, mang số liệu về xã"),
    ("mobile_team", "Tổ hỗ trợ lưu động", "Máy xách tay đi theo tổ đến các thôn"),
)


class PointPage(Page):
    slug = "point"
    title = "Máy này đặt ở đâu?"
    question = "Chọn một. Mỗi nơi có mã riêng (không dấu), dùng khi mang số liệu từ thôn về xã."
    keys = ("point",)

    def __init__(self, default_code: str = "XA") -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        self.choices: dict[str, QPushButton] = {}
        for kind, name, hint in POINTS:
            choice = QPushButton(f"{name}\n{hint}")
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
        self.error_line("point.kind", "Nơi đặt máy", self.kind_error)
        self.village_caption = label("Thôn của điểm này")
        self.village = QComboBox()
        self.village.setObjectName("point-village")
        self.body.addWidget(self.village_caption)
        self.body.addWidget(self.village)
        self.village_error = ErrorLine("error-point.village")
        self.body.addWidget(self.village_error)
        self.error_line("point.village", "Thôn của điểm này", self.village_error)
        self.code = line_edit("point-code", "XA")
        self.code.setText(default_code)
        self.field("point.code", "Mã điểm", self.code)
        # The machine's own point comes from its kiosk.toml (or KIOSK_POINT), not from the database: say so when
        # the answer differs, or this machine would issue tickets for another point.
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
        self.code_note.setText(
            ""
            if not code or code == self.machine_code
            else f"Máy này đang dùng mã điểm {self.machine_code}: để máy phát số cho điểm {code}, ghi "
            f'point_code = "{code}" vào tệp kiosk.toml của máy rồi mở lại chương trình.'
        )
        self.code_note.setVisible(bool(self.code_note.text()))

    def collect(self, data: dict[str, Any]) -> None:
        data["point"] = {
            "kind": self.kind(),
            "code": self.code.text(),
            "village": self.village.currentText() if self.kind() == "village_point" else "",
        }

    def summary(self) -> list[str]:
        name = next(n for k, n, _ in POINTS if k == self.kind())
        where = f", {self.village.currentText()}" if self.kind() == "village_point" else ""
        return [f"Máy này: {name}{where} (mã {self.code.text().strip().upper()})"]
