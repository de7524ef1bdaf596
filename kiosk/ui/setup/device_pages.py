"""Printers and voice: pick among this machine's printers and print a test page; hear the call sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QSlider

from kiosk.errors import KioskError
from kiosk.ui.setup.base import ErrorLine, Page, button, label
from kiosk.ui.worker import run_task

if TYPE_CHECKING:  # the wizard opens before the database stack on a new database: these come with bind()
    from kiosk.app import Services

SLIDER = """
QSlider::groove:horizontal { height: 16px; background: #c9d2db; border-radius: 8px; }
QSlider::sub-page:horizontal { background: #0a4f8f; border-radius: 8px; }
QSlider::handle:horizontal {
    background: #0a4f8f; border: 4px solid white; width: 44px; height: 44px; margin: -18px 0; border-radius: 26px;
}
"""
NO_TICKET_PRINTER = QT_TRANSLATE_NOOP("PrintersPage", "Không có máy in: chỉ hiện số trên màn hình")
NO_SHEET_PRINTER = QT_TRANSLATE_NOOP("PrintersPage", "Không có máy in: lưu tờ in thành tệp PDF")


class PrintersPage(Page):
    slug = "printers"
    title = QT_TRANSLATE_NOOP("PrintersPage", "Máy in")
    question = QT_TRANSLATE_NOOP(
        "PrintersPage",
        "Chọn máy in của máy này cho phiếu số thứ tự (khổ 80 mm) và cho tờ A4, rồi chạm «In thử».",
    )
    keys = ("printers",)

    def __init__(self, services: Services | None) -> None:
        super().__init__()
        self._services = services
        self.boxes: dict[str, QComboBox] = {}
        self.results: dict[str, ErrorLine] = {}
        self.tests: dict[str, QPushButton] = {}
        for target, caption, none in (
            ("ticket", self.tr("Máy in phiếu số thứ tự"), NO_TICKET_PRINTER),
            ("sheet", self.tr("Máy in tờ hướng dẫn, báo cáo (A4)"), NO_SHEET_PRINTER),
        ):
            self.body.addWidget(label(caption))
            row = QHBoxLayout()
            box = QComboBox()
            box.setObjectName(f"printer-{target}")
            box.addItem(self.tr(none), "")
            row.addWidget(box, 1)
            test = button(self.tr("In thử"), secondary=True, name=f"test-print-{target}")
            test.clicked.connect(lambda _=False, t=target: self._test(t))
            row.addWidget(test)
            self.body.addLayout(row)
            result = ErrorLine(f"printer-{target}-result")
            self.body.addWidget(result)
            self.boxes[target], self.results[target], self.tests[target] = box, result, test
            self.error_line(f"printers.{target}", caption, result, box)
        self.found = label("", "question")
        self.found.setObjectName("printers-found")
        self.body.addWidget(self.found)
        self.body.addStretch(1)
        self._loaded = False

    def bind(self, services: Services) -> None:
        self._services = services

    def entered(self) -> None:
        if self._loaded:
            return
        self.found.setText(self.tr("Đang tìm máy in…"))
        if self._services is None:
            return  # the wizard calls again once the database is ready (a moment after it opened)
        self._loaded = True
        run_task(self, self._services.printing.printer_names, self._show_printers, self._no_printers, lane="device")

    def _show_printers(self, names: list[str]) -> None:
        for box in self.boxes.values():
            for name in names:
                box.addItem(name, name)
        self.found.setText(
            self.tr("Tìm thấy {n} máy in trên máy này.").format(n=len(names))
            if names
            else self.tr("Không thấy máy in nào ở máy này; số thứ tự sẽ hiện trên màn hình, tờ in lưu thành tệp PDF.")
        )

    def _no_printers(self, error: KioskError) -> None:
        self.found.setText(error.message)

    def _test(self, target: str) -> None:
        if self._services is None:
            return  # a moment after the wizard opened, before the database is ready: the next touch prints
        name = str(self.boxes[target].currentData() or "")
        result = self.results[target]
        if not name:
            result.setProperty("role", "question")
            result.say(self.tr("Chưa chọn máy in nào: không có gì để in thử."))
            return
        result.setProperty("role", "question")
        result.say(self.tr("Đang in thử trên {name}…").format(name=name))
        self.tests[target].setEnabled(False)
        services = self._services
        assert services is not None

        def work() -> Any:
            from kiosk.services.documents.testpage import printer_test_page

            page = printer_test_page(target, name, services.clock.now())
            return services.printing.print_document(page, printer_name=name)

        run_task(
            self, work, lambda job: self._tested(target, job), lambda e: self._test_failed(target, e), lane="device"
        )

    def _tested(self, target: str, job: Any) -> None:
        self.tests[target].setEnabled(True)
        result = self.results[target]
        if job.status == "printed":
            result.setProperty("role", "ok")
            result.say(self.tr("Đã gửi trang in thử. Nếu trang in ra đọc rõ, máy in đã sẵn sàng."))
        else:
            result.setProperty("role", "error")
            result.say(job.error or self.tr("Chưa in được trang thử."))
        result.style().polish(result)

    def _test_failed(self, target: str, error: KioskError) -> None:
        self.tests[target].setEnabled(True)
        self.results[target].setProperty("role", "error")
        self.results[target].say(error.message)
        self.results[target].style().polish(self.results[target])

    def collect(self, data: dict[str, Any]) -> None:
        data["printers"] = {t: str(box.currentData() or "") for t, box in self.boxes.items()}

    def summary(self) -> list[str]:
        return [
            self.tr("Máy in phiếu: {name}").format(name=self.boxes["ticket"].currentText()),
            self.tr("Máy in A4: {name}").format(name=self.boxes["sheet"].currentText()),
        ]


class VoicePage(Page):
    slug = "voice"
    title = QT_TRANSLATE_NOOP("VoicePage", "Giọng đọc gọi số")
    question = QT_TRANSLATE_NOOP(
        "VoicePage",
        "Màn hình phòng chờ đọc to số được gọi. Chạm «Nghe thử» để nghe câu mời qua loa của máy này.",
    )
    keys = ("voice",)

    def __init__(self, services: Services | None) -> None:
        super().__init__()
        self._services = services
        self.enabled = QPushButton()
        self.enabled.setObjectName("voice-enabled")
        self.enabled.setProperty("choice", True)
        self.enabled.setCheckable(True)
        self.enabled.setChecked(True)
        self.enabled.toggled.connect(self._changed)
        self.body.addWidget(self.enabled)
        self.volume_caption = label("")
        self.body.addWidget(self.volume_caption)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("voice-volume")
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(5)
        self.volume.setPageStep(10)
        self.volume.setValue(80)
        self.volume.setMinimumHeight(64)
        self.volume.setStyleSheet(SLIDER)
        self.volume.valueChanged.connect(self._changed)
        row = QHBoxLayout()
        self.quieter = button("−", secondary=True, name="voice-quieter")
        self.louder = button("+", secondary=True, name="voice-louder")
        for step, widget in ((-10, self.quieter), (10, self.louder)):
            widget.setFixedWidth(80)
            widget.clicked.connect(lambda _=False, s=step: self.volume.setValue(self.volume.value() + s))
        row.addWidget(self.quieter)
        row.addWidget(self.volume, 1)
        row.addWidget(self.louder)
        self.body.addLayout(row)
        self.error = ErrorLine("error-voice")
        self.body.addWidget(self.error)
        self.error_line("voice", self.tr("Giọng đọc"), self.error)
        self.listen = button(self.tr("Nghe thử"), secondary=True, name="voice-listen")
        self.listen.clicked.connect(self._listen)
        self.body.addWidget(self.listen, 0, Qt.AlignmentFlag.AlignLeft)
        self.said = label("", "question")
        self.said.setObjectName("voice-said")
        self.body.addWidget(self.said)
        self.body.addStretch(1)
        self.first_service = "Tư pháp – Hộ tịch"
        self._changed()

    def _changed(self, *_args: object) -> None:
        self.enabled.setText(
            self.tr("Đọc số bằng giọng nói: Bật")
            if self.enabled.isChecked()
            else self.tr("Đọc số bằng giọng nói: Tắt (chỉ chuông)")
        )
        self.volume_caption.setText(self.tr("Âm lượng: {n}%").format(n=self.volume.value()))

    def bind(self, services: Services) -> None:
        self._services = services

    def _listen(self) -> None:
        from kiosk.services.voice.service import VoiceSettings

        if self._services is None:
            return  # a moment after the wizard opened: the voice is there at the next touch
        voice = VoiceSettings(enabled=self.enabled.isChecked(), volume=self.volume.value())
        call = self._services.announce.compose("A001", 1, self.first_service, voice)
        self._services.announce.say(call)
        self.said.setText(
            self.tr("Đang đọc: «{text}»").format(text=call.text)
            if voice.enabled
            else self.tr("Đang phát tiếng chuông (giọng đọc tắt).")
        )

    def collect(self, data: dict[str, Any]) -> None:
        data["voice"] = {"enabled": self.enabled.isChecked(), "volume": self.volume.value()}

    def summary(self) -> list[str]:
        if self.enabled.isChecked():
            return [self.tr("Giọng đọc: bật, âm lượng {n}%").format(n=self.volume.value())]
        return [self.tr("Giọng đọc: tắt, âm lượng {n}%").format(n=self.volume.value())]
