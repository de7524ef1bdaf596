"""Play a WAV file through the PC's default loudspeaker with QAudioSink: raw PCM, no media backend.

Every sound the kiosk plays is a WAV it wrote itself (the chime, joined clips, espeak-ng's speech: 16-bit PCM),
so it needs no decoder. QAudioSink talks to the system's audio (PulseAudio/PipeWire on Linux, WASAPI on Windows)
from Qt Multimedia itself; QMediaPlayer would need the FFmpeg backend, 21 MB of the bundle
(installer/README.md, "Size"), which the bundle therefore leaves out.
"""

from __future__ import annotations

import logging
import wave
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, Signal
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from kiosk.errors import KioskError
from kiosk.services.voice import pcm

log = logging.getLogger(__name__)


def _read(path: Path) -> tuple[int, int, bytes]:
    """(rate, channels, 16-bit little-endian frames) of a WAV file; other sample widths are converted."""
    with wave.open(str(path), "rb") as wav:
        if wav.getsampwidth() == 2:
            return wav.getframerate(), wav.getnchannels(), wav.readframes(wav.getnframes())
    sound = pcm.read_wav(path)
    return sound.rate, 1, sound.frames()


def _fit(path: Path, device_format: QAudioFormat) -> tuple[int, int, bytes]:
    """The sound of `path` in the device's preferred rate and channel count (for a device that refuses ours)."""
    sound = pcm.read_wav(path)  # mono 16-bit
    target = device_format.sampleRate() or sound.rate
    if target != sound.rate:
        sound = pcm.resample(sound, target)
    mono = sound.frames()
    wanted = max(1, device_format.channelCount())
    if wanted == 1:
        return target, 1, mono
    # The one channel into every channel the device wants, sample by sample (2 bytes each).
    return target, wanted, b"".join(mono[i : i + 2] * wanted for i in range(0, len(mono), 2))


class WavPlayer(QObject):
    """One sound at a time: play(path, volume) → finished, or failed(reason) when no device takes it."""

    finished = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink: QAudioSink | None = None
        self._buffer: QBuffer | None = None

    def play(self, path: Path, volume: float = 1.0) -> None:
        """Start playing `path` at `volume` (0..1, linear). Stops whatever was playing."""
        self.stop()
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            self.failed.emit(  # Shown in the voice tab ("Không phát được: …"), in the screens' language.
                QCoreApplication.translate("WavPlayer", "không có loa nào (thiết bị phát âm thanh) trên máy này")
            )
            return
        try:
            rate, channels, frames = _read(path)
        except (OSError, wave.Error, EOFError, KioskError) as exc:
            self.failed.emit(
                QCoreApplication.translate("WavPlayer", "không đọc được tệp âm thanh {name}: {reason}").format(
                    name=path.name, reason=exc
                )
            )
            return
        fmt = QAudioFormat()
        fmt.setSampleRate(rate)
        fmt.setChannelCount(channels)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            rate, channels, frames = _fit(path, device.preferredFormat())
            fmt.setSampleRate(rate)
            fmt.setChannelCount(channels)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(frames))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink = QAudioSink(device, fmt, self)
        self._sink.setVolume(volume)
        self._sink.stateChanged.connect(self._state_changed)
        self._sink.start(self._buffer)

    def stop(self) -> None:
        sink, self._sink = self._sink, None
        if sink is not None:
            sink.stateChanged.disconnect(self._state_changed)
            sink.stop()
            sink.deleteLater()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def _state_changed(self, state: QtAudio.State) -> None:
        sink = self._sink
        if sink is None:
            return
        if state == QtAudio.State.IdleState:  # the buffer ran out: the sound has been played whole
            self.stop()
            self.finished.emit()
        elif state == QtAudio.State.StoppedState and sink.error() != QtAudio.Error.NoError:
            reason = QCoreApplication.translate("WavPlayer", "loa báo lỗi ({error})").format(error=sink.error().name)
            log.warning("sound: %s", reason)
            self.stop()
            self.failed.emit(reason)
