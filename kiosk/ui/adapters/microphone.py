"""Recording one clip with the PC's microphone (QtMultimedia QAudioSource into memory), with a level for the meter.

The device's own format is taken as it is (16-bit, 32-bit or float, mono or stereo, any rate) and turned into
16-bit mono here; kiosk/services/voice/clips.py converts the rate and normalises when the take is saved. A PC
without a microphone is normal (many hall PCs): `available()` says so before anything is opened.
"""

from __future__ import annotations

import logging
import math
import struct
from array import array

from PySide6.QtCore import QIODevice, QObject, Signal
from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSource, QMediaDevices

from kiosk.services.voice.pcm import Sound

log = logging.getLogger(__name__)

MAX_SECONDS = 15  # a clip is a few words; a forgotten "Dừng" must not fill the memory


def available() -> bool:
    return bool(QMediaDevices.audioInputs())


def _to_mono16(data: bytes, fmt: QAudioFormat) -> array:
    channels = max(1, fmt.channelCount())
    sample = fmt.sampleFormat()
    if sample == QAudioFormat.SampleFormat.Int16:
        values = array("h", data[: len(data) // 2 * 2])
        wide = list(values)
    elif sample == QAudioFormat.SampleFormat.Int32:
        wide = [v >> 16 for v in array("i", data[: len(data) // 4 * 4])]
    elif sample == QAudioFormat.SampleFormat.Float:
        count = len(data) // 4
        wide = [int(max(-1.0, min(1.0, v)) * 32767) for v in struct.unpack(f"<{count}f", data[: count * 4])]
    else:  # UInt8
        wide = [(b - 128) << 8 for b in data]
    if channels == 1:
        return array("h", wide)
    return array("h", (sum(wide[i : i + channels]) // channels for i in range(0, len(wide) - channels + 1, channels)))


class Recorder(QObject):
    """start() → level(float 0..1) while recording → stop() returns the take as a Sound (None: nothing usable)."""

    level = Signal(float)
    failed = Signal(str)
    finished = Signal()  # the take reached MAX_SECONDS and stopped by itself

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._format = QAudioFormat()
        self._samples = array("h")

    @property
    def recording(self) -> bool:
        return self._source is not None

    def start(self) -> bool:
        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            self.failed.emit(self.tr("Máy này không có micrô."))
            return False
        fmt = device.preferredFormat()
        self._format = fmt
        self._samples = array("h")
        self._source = QAudioSource(device, fmt, self)
        self._io = self._source.start()
        if self._io is None or self._source.error() != QAudio.Error.NoError:
            log.warning("microphone did not start: %s", self._source.error())
            self._source.deleteLater()
            self._source = None
            self.failed.emit(self.tr("Không mở được micrô; xin kiểm tra micrô đã cắm và được phép dùng."))
            return False
        self._io.readyRead.connect(self._read)
        return True

    def _read(self) -> None:
        if self._io is None:
            return
        data = bytes(self._io.readAll().data())
        if not data:
            return
        chunk = _to_mono16(data, self._format)
        self._samples.extend(chunk)
        if chunk:
            rms = math.sqrt(sum(v * v for v in chunk) / len(chunk)) / 32768
            # A meter in decibels reads like a sound meter: −60 dB empty, 0 dB full.
            self.level.emit(max(0.0, min(1.0, 1 + 20 * math.log10(max(rms, 1e-6)) / 60)))
        if len(self._samples) > MAX_SECONDS * max(1, self._format.sampleRate()):
            self.finished.emit()

    def stop(self) -> Sound | None:
        if self._source is None:
            return None
        self._read()
        self._source.stop()
        self._source.deleteLater()
        self._source = None
        self._io = None
        self.level.emit(0.0)
        rate = self._format.sampleRate()
        return Sound(rate, self._samples) if self._samples and rate > 0 else None
