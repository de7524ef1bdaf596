"""The admin screen's "Giọng đọc" tab: the commune records its own voice for the hall, clip by clip.

Left, every clip a call needs (kiosk/services/voice/clips.py) with its state; right, the chosen clip's words in
large type, "Ghi âm"/"Dừng" with a level meter, "Nghe lại", "Cắt khoảng lặng", "Xoá"; below, import a folder of
WAV files, hear a whole call as the hall will, and the voice settings (order, espeak-ng voice and rate, which
display speaks). Every file and database step runs on the worker; the microphone and the player are Qt's.
A PC without a microphone says so and still imports, previews and sets.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.services.voice import pcm
from kiosk.services.voice.chain import SOURCE_NAMES, CallSound
from kiosk.services.voice.clips import ClipState, import_folder
from kiosk.services.voice.espeak_lib import RATE_HI, RATE_LO, VOICE_NAMES, VOICES
from kiosk.ui.adapters import microphone
from kiosk.ui.adapters.wav_player import WavPlayer
from kiosk.ui.names import core_name
from kiosk.ui.worker import run_task

ORDERS = (
    ("clips,tts,espeak", QT_TRANSLATE_NOOP("VoiceTab", "Giọng ghi âm → giọng Việt của Windows → giọng tổng hợp")),
    ("clips,espeak", QT_TRANSLATE_NOOP("VoiceTab", "Giọng ghi âm → giọng tổng hợp")),
    ("tts,espeak", QT_TRANSLATE_NOOP("VoiceTab", "Giọng Việt của Windows → giọng tổng hợp")),
    ("espeak", QT_TRANSLATE_NOOP("VoiceTab", "Chỉ giọng tổng hợp espeak-ng")),
    ("chime", QT_TRANSLATE_NOOP("VoiceTab", "Chỉ tiếng chuông")),
)
SETTING_KEYS = ("voice.order", "voice.espeak_voice", "voice.espeak_rate", "voice.speaker")


class VoiceTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None, *, by: int | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._by = by  # the administrator who unlocked the screen: settings changed here are audited with them
        self._announce = services.announce
        self.states: list[ClipState] = []
        self._tmp = tempfile.TemporaryDirectory(prefix="kiosk-voice-tab-")
        self._player: WavPlayer | None = None
        self.recorder = microphone.Recorder(self)
        self.recorder.level.connect(self._show_level)
        self.recorder.failed.connect(self._say)
        self.recorder.finished.connect(self.toggle_record)
        self.has_microphone = microphone.available()

        layout = QVBoxLayout(self)
        self.summary = QLabel("")
        self.summary.setProperty("heading", True)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        body = QHBoxLayout()
        layout.addLayout(body, 1)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Tệp"), self.tr("Lời cần đọc"), self.tr("Tình trạng")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda *_: self._show_selected())
        body.addWidget(self.table, 3)
        body.addWidget(self._build_clip_panel(), 2)
        layout.addLayout(self._build_bottom())
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.refresh()
        self.load_settings()

    # ------------------------------------------------------------ building

    def _button(self, text: str, slot) -> QPushButton:  # noqa: ANN001 - a bound method
        button = QPushButton(text)
        button.setMinimumHeight(56)
        button.clicked.connect(slot)
        return button

    def _build_clip_panel(self) -> QGroupBox:
        box = QGroupBox(self.tr("Đoạn đang chọn"))
        panel = QVBoxLayout(box)
        self.words = QLabel("")
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words.setStyleSheet("font-size: 30px; font-weight: bold; padding: 12px;")
        panel.addWidget(self.words)
        self.clip_state = QLabel("")
        self.clip_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        panel.addWidget(self.clip_state)
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setMinimumHeight(28)
        panel.addWidget(self.meter)
        grid = QGridLayout()
        self.record_button = self._button(self.tr("Ghi âm"), self.toggle_record)
        self.play_button = self._button(self.tr("Nghe lại"), self.play_selected)
        self.trim_button = self._button(self.tr("Cắt khoảng lặng"), self.trim_selected)
        self.remove_button = self._button(self.tr("Xoá đoạn này"), self.remove_selected)
        grid.addWidget(self.record_button, 0, 0)
        grid.addWidget(self.play_button, 0, 1)
        grid.addWidget(self.trim_button, 1, 0)
        grid.addWidget(self.remove_button, 1, 1)
        panel.addLayout(grid)
        panel.addStretch(1)
        return box

    def _build_bottom(self) -> QHBoxLayout:
        row = QHBoxLayout()
        actions = QGroupBox(self.tr("Nhập và nghe thử"))
        box = QVBoxLayout(actions)
        self.mic_note = QLabel("")
        self.mic_note.setWordWrap(True)
        if not self.has_microphone:
            self.mic_note.setText(
                self.tr("Máy này không có micrô: ghi ở máy khác hoặc điện thoại, đặt tên tệp như cột Tệp, rồi nhập.")
            )
            box.addWidget(self.mic_note)
        self.import_button = self._button(self.tr("Nhập thư mục…"), self.choose_folder)
        box.addWidget(self.import_button)
        call = QHBoxLayout()
        self.preview_code = QLineEdit("A012")
        self.preview_code.setMaxLength(8)
        self.preview_counter = QSpinBox()
        self.preview_counter.setRange(1, 999)
        self.preview_counter.setValue(2)
        self.preview_counter.setMinimumHeight(48)
        self.preview_button = self._button(self.tr("Nghe thử lượt gọi"), self.preview_call)
        call.addWidget(QLabel(self.tr("Số")))
        call.addWidget(self.preview_code)
        call.addWidget(QLabel(self.tr("quầy")))
        call.addWidget(self.preview_counter)
        call.addWidget(self.preview_button)
        box.addLayout(call)
        row.addWidget(actions, 1)

        settings = QGroupBox(self.tr("Cài đặt giọng đọc"))
        form = QFormLayout(settings)
        self.order = QComboBox()
        for value, label in ORDERS:
            self.order.addItem(self.tr(label), value)
        self.espeak_voice = QComboBox()
        for voice in VOICES:
            self.espeak_voice.addItem(f"{voice} ({core_name(VOICE_NAMES[voice])})", voice)
        self.espeak_rate = QSpinBox()
        self.espeak_rate.setRange(RATE_LO, RATE_HI)
        self.espeak_rate.setSuffix(self.tr(" từ/phút"))
        self.speaker = QLineEdit()
        self.speaker.setPlaceholderText(self.tr("mọi màn hình"))
        self.speaker.setMaxLength(100)
        for widget in (self.order, self.espeak_voice, self.espeak_rate, self.speaker):
            widget.setMinimumHeight(48)
        form.addRow(self.tr("Thứ tự giọng"), self.order)
        form.addRow(self.tr("Giọng tổng hợp"), self.espeak_voice)
        form.addRow(self.tr("Tốc độ đọc"), self.espeak_rate)
        form.addRow(self.tr("Màn hình đọc số"), self.speaker)
        self.save_button = self._button(self.tr("Lưu cài đặt"), self.save_settings)
        form.addRow(self.save_button)
        row.addWidget(settings, 1)
        return row

    # ------------------------------------------------------------ clips list

    def refresh(self) -> None:
        run_task(self, self._announce.clip_states, self._show_states, self._error)

    def _show_states(self, states: list[ClipState]) -> None:
        selected = self.selected_name()
        self.states = states
        self.table.setRowCount(len(states))
        for i, state in enumerate(states):
            if state.present:
                text = self.tr("Đã có ({s} giây)").replace("{s}", f"{state.seconds:.1f}".replace(".", ","))
            elif state.spec.optional:
                text = self.tr("Dùng chuông có sẵn")
            else:
                text = self.tr("Chưa có")
            for col, value in enumerate((f"{state.spec.name}.wav", state.spec.words, text)):
                self.table.setItem(i, col, QTableWidgetItem(value))
            if selected == state.spec.name:
                self.table.selectRow(i)
        needed = [s for s in states if not s.spec.optional]
        have = sum(1 for s in needed if s.present)
        if have == len(needed):
            summary = self.tr("Đã đủ {n} đoạn: các lượt gọi đọc bằng giọng ghi âm của xã.").replace(
                "{n}", str(len(needed))
            )
        else:
            summary = (
                self.tr(
                    "Đã ghi {have}/{n} đoạn. Khi đủ, các lượt gọi sẽ đọc bằng giọng của xã; trước đó dùng giọng "
                    "tổng hợp."
                )  # fmt: skip
                .replace("{have}", str(have))
                .replace("{n}", str(len(needed)))
            )
        self.summary.setText(summary)
        if self.table.currentRow() < 0 and states:
            first_missing = next((i for i, s in enumerate(states) if not s.present), 0)
            self.table.selectRow(first_missing)
        self._show_selected()

    def selected(self) -> ClipState | None:
        row = self.table.currentRow()
        return self.states[row] if 0 <= row < len(self.states) else None

    def selected_name(self) -> str | None:
        state = self.selected()
        return state.spec.name if state else None

    def _show_selected(self) -> None:
        state = self.selected()
        self.words.setText(state.spec.words if state else "")
        if state is None:
            self.clip_state.setText("")
        elif state.present:
            seconds = f"{state.seconds:.1f}".replace(".", ",")
            self.clip_state.setText(self.tr("Đã ghi: {s} giây").replace("{s}", seconds))
        else:
            self.clip_state.setText(self.tr("Chưa ghi"))
        recording = self.recorder.recording
        self.record_button.setEnabled(self.has_microphone and state is not None)
        self.record_button.setText(
            self.tr("Dừng") if recording else (self.tr("Ghi lại") if state and state.present else self.tr("Ghi âm"))
        )
        for button in (self.play_button, self.trim_button, self.remove_button):
            button.setEnabled(bool(state and state.present) and not recording)

    # ------------------------------------------------------------ recording

    def toggle_record(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        if not self.recorder.recording:
            if self.recorder.start():
                self._say(self.tr('Đang ghi… đọc rõ: "{w}", rồi bấm Dừng.').replace("{w}", self.words.text()))
            self._show_selected()
            return
        take = self.recorder.stop()
        self._show_selected()
        if take is None:
            self._say(self.tr("Không nhận được tiếng nào từ micrô; xin thử lại."))
            return
        clips = self._announce.clips
        # Kept whole: the person hears the take, then cuts the silence at both ends with one tap.
        run_task(self, lambda: clips.save(name, take, trim=False), lambda _: self._saved(name), self._error)

    def _saved(self, name: str) -> None:
        self._say(self.tr("Đã lưu đoạn {name}. Bấm 'Nghe lại' để kiểm tra, 'Cắt khoảng lặng' để bỏ im lặng hai đầu.")
                  .replace("{name}", name))  # fmt: skip
        self.refresh()

    def _show_level(self, level: float) -> None:
        self.meter.setValue(round(level * 100))

    # ------------------------------------------------------------ one clip

    def play_selected(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.play(self._announce.clips.path(name))

    def trim_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        clips = self._announce.clips
        run_task(self, lambda: clips.trim(name), lambda lengths: self._trimmed(name, lengths), self._error)

    def _trimmed(self, name: str, lengths: tuple[float, float]) -> None:
        before, after = (f"{x:.2f}".replace(".", ",") for x in lengths)
        self._say(self.tr("Đã cắt khoảng lặng của {name}: {a} giây → {b} giây.")
                  .replace("{name}", name).replace("{a}", before).replace("{b}", after))  # fmt: skip
        self.refresh()

    def remove_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        clips = self._announce.clips
        run_task(self, lambda: clips.remove(name), lambda _: self.refresh(), self._error)

    # ------------------------------------------------------------ folder, preview

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục có các tệp WAV"))
        if folder:
            self.import_from(Path(folder))

    def import_from(self, folder: Path) -> None:
        announce = self._announce

        def run() -> tuple[list[str], list[str]]:
            return import_folder(announce.clips, folder, announce.clip_specs())

        run_task(self, run, self._imported, self._error)

    def _imported(self, outcome: tuple[list[str], list[str]]) -> None:
        imported, problems = outcome
        done = self.tr("Đã nhập {n} đoạn.").replace("{n}", str(len(imported)))
        self._say(" ".join([done, *problems]))
        self.refresh()

    def preview_call(self) -> None:
        announce = self._announce
        code, counter = self.preview_code.text(), self.preview_counter.value()
        target = Path(self._tmp.name) / "preview.wav"

        def make() -> CallSound:
            made = announce.call_sound(announce.for_code(code, counter))
            pcm.write_wav(target, made.sound)
            return made

        self._say(self.tr("Đang chuẩn bị lượt gọi…"))
        run_task(self, make, lambda made: self._previewed(made, target), self._error)

    def _previewed(self, made: CallSound, path: Path) -> None:
        self.last_preview = made
        self._say(self.tr("Nghe thử bằng: {v} ({s} giây).")
                  .replace("{v}", SOURCE_NAMES[made.source])
                  .replace("{s}", f"{made.sound.seconds:.1f}".replace(".", ",")))  # fmt: skip
        self.play(path)

    def play(self, path: Path) -> None:
        if self._player is None:
            self._player = WavPlayer(self)
            self._player.failed.connect(self._play_failed)
        self._player.play(path)

    def _play_failed(self, reason: str) -> None:
        # Keep what was about to play (which voice, how long) and say why nothing was heard.
        self._say(self.status.text() + " " + self.tr("Không phát được: {r}.").replace("{r}", reason))

    # ------------------------------------------------------------ settings

    def load_settings(self) -> None:
        settings = self._services.settings
        run_task(self, lambda: {k: settings.get(k) for k in SETTING_KEYS}, self._show_settings, self._error)

    def _show_settings(self, values: dict[str, object]) -> None:
        order = self.order.findData(str(values["voice.order"]).replace(" ", ""))
        if order < 0:  # an order set on the command line that no preset matches: shown as it is
            self.order.addItem(str(values["voice.order"]), str(values["voice.order"]))
            order = self.order.count() - 1
        self.order.setCurrentIndex(order)
        self.espeak_voice.setCurrentIndex(max(0, self.espeak_voice.findData(values["voice.espeak_voice"])))
        self.espeak_rate.setValue(int(values["voice.espeak_rate"]))  # type: ignore[call-overload]
        self.speaker.setText(str(values["voice.speaker"] or ""))

    def save_settings(self) -> None:
        settings = self._services.settings
        values = {
            "voice.order": self.order.currentData(),
            "voice.espeak_voice": self.espeak_voice.currentData(),
            "voice.espeak_rate": self.espeak_rate.value(),
            "voice.speaker": self.speaker.text().strip(),
        }

        by = self._by

        def save() -> None:
            for key, value in values.items():
                settings.set(key, value, by=by)

        run_task(self, save, lambda _: self._say(self.tr("Đã lưu cài đặt giọng đọc.")), self._error)

    # ------------------------------------------------------------ messages

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _error(self, error: KioskError) -> None:
        self._say(error.message)
