"""The hall's voice on Qt: the Speaker of kiosk/services/announce.py.

Chosen once, when the display starts (and logged):
1. QtTextToSpeech with a Vietnamese voice: engine "winrt" then "sapi" on Windows (the OneCore voice
   "Microsoft An" is reachable through winrt), "speechd" (speech-dispatcher) on Linux;
2. else espeak-ng's Vietnamese voice: each call is made into a WAV off the UI thread and played;
3. else the chime alone (the screen still shows the call).
Chime and WAV files play through QMediaPlayer (FFmpeg backend: any sample rate, any output device). Every step
has a watchdog, so a stuck device or engine can delay the next call by seconds, never stop the voice for good.
"""

from __future__ import annotations

import itertools
import logging
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTimer, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QtAudio
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from kiosk.errors import KioskError
from kiosk.services.voice.audio import EspeakNg, wav_seconds, write_call_wav, write_chime
from kiosk.services.voice.service import Announcement
from kiosk.ui.worker import run_task

log = logging.getLogger(__name__)

VIETNAMESE = QLocale("vi_VN")
REPEAT_PAUSE_MS = 700
CHIME_PAUSE_MS = 250
Step = Callable[[Callable[[], None]], None]


def preferred_engines() -> tuple[str, ...]:
    if sys.platform == "win32":
        return ("winrt", "sapi")
    if sys.platform.startswith("linux"):
        return ("speechd",)
    return ()


def find_voice(tts: QTextToSpeech, locale: QLocale) -> QVoice | None:
    """A voice for the locale's language, one for its country first (vi_VN)."""
    voices = [v for v in tts.allVoices(None) if v.locale().language() == locale.language()]
    voices.sort(key=lambda v: v.locale().territory() != locale.territory())
    return voices[0] if voices else None


class QtSpeaker(QObject):
    """Speaker for AnnounceService.attach(); lives on the UI thread."""

    def __init__(
        self,
        *,
        engines: Sequence[str] | None = None,
        locale: QLocale = VIETNAMESE,
        espeak: EspeakNg | None | bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engines = tuple(preferred_engines() if engines is None else engines)
        self._locale = locale
        self._espeak_choice = espeak
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._dir = Path()
        self._files = itertools.count(1)
        self.mode: str | None = None  # "tts" | "espeak" | "chime"
        self.name = "chưa chọn giọng đọc"
        self._tts: QTextToSpeech | None = None
        self._espeak: EspeakNg | None = None
        self._chime: Path | None = None
        self.trace: deque[str] = deque(maxlen=50)  # what was played, newest last (for the log and for tests)
        # One job at a time; callbacks of a stopped job are ignored.
        self._job = 0
        self._waiting: Callable[[], None] | None = None
        self._pausing = False
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._step_timed_out)
        # Made in prepare(): a desk or kiosk process never opens the audio device.
        self._output: QAudioOutput | None = None
        self._player: QMediaPlayer | None = None

    # ------------------------------------------------------------ choosing

    def prepare(self) -> str:
        """Pick the engine and voice (once); returns the description that is logged."""
        if self.mode is not None:
            return self.name
        self._tmp = tempfile.TemporaryDirectory(prefix="kiosk-sound-")
        self._dir = Path(self._tmp.name)
        self._chime = write_chime(self._dir / "chime.wav")
        self._output = QAudioOutput(self)
        self._player = QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._player.mediaStatusChanged.connect(self._media_status)
        self._player.errorOccurred.connect(self._media_error)
        available = QTextToSpeech.availableEngines()
        for engine in self._engines:
            if engine not in available:
                log.info("voice: engine %s is not in this Qt build (%s)", engine, ", ".join(available))
                continue
            tts = QTextToSpeech(engine, self)
            if tts.state() == QTextToSpeech.State.Error:
                log.info("voice: engine %s does not start: %s", engine, tts.errorString())
                tts.deleteLater()
                continue
            voice = find_voice(tts, self._locale)
            if voice is None:
                names = ", ".join(f"{v.name()} ({v.locale().name()})" for v in tts.allVoices(None)) or "none"
                log.info("voice: engine %s has no %s voice; it has: %s", engine, self._locale.name(), names)
                tts.deleteLater()
                continue
            tts.setLocale(voice.locale())
            tts.setVoice(voice)
            tts.stateChanged.connect(self._tts_state)
            self._tts = tts
            self.mode = "tts"
            self.name = f"QtTextToSpeech {engine}: {voice.name()} ({voice.locale().name()})"
            break
        if self.mode is None:
            espeak = self._espeak_choice
            self._espeak = EspeakNg.find() if espeak is True else (espeak or None)
            if self._espeak is not None:
                self.mode = "espeak"
                self.name = f"{self._espeak.name} qua QtMultimedia"
            else:
                self.mode = "chime"
                self.name = "chỉ chuông và màn hình (không có giọng tiếng Việt)"
        log.info("voice: speaking with %s", self.name)
        return self.name

    # ------------------------------------------------------------ Speaker

    def speak(self, announcement: Announcement, done: Callable[[], None]) -> None:
        self.prepare()
        self._job += 1
        job = self._job
        steps: list[Step] = [lambda nxt: self._play(self._chime, announcement.volume, "chime", nxt)]
        if announcement.voice and self.mode == "tts":
            steps.append(lambda nxt: self._pause(CHIME_PAUSE_MS, nxt))
            for n in range(announcement.repeat):
                if n:
                    steps.append(lambda nxt: self._pause(REPEAT_PAUSE_MS, nxt))
                steps.append(lambda nxt: self._say(announcement, nxt))
        elif announcement.voice and self.mode == "espeak":
            steps = [lambda nxt: self._espeak_call(announcement, nxt)]  # the WAV starts with the chime

        def run(index: int) -> None:
            if job != self._job:
                return
            if index == len(steps):
                done()
                return
            steps[index](lambda: run(index + 1))

        run(0)

    def stop(self) -> None:
        self._job += 1
        self._waiting = None
        self._pausing = False
        self._watchdog.stop()
        if self._player is not None:
            self._player.stop()
        if self._tts is not None:
            self._tts.stop()

    # ------------------------------------------------------------ steps

    def _wait(self, seconds: float, then: Callable[[], None], *, pause: bool = False) -> None:
        """Go on with `then` when the step ends, or after `seconds` at the latest (a pause simply runs out)."""
        job = self._job

        def finish() -> None:
            if job == self._job:
                then()

        self._waiting = finish
        self._pausing = pause
        self._watchdog.start(int(seconds * 1000))

    def _finish_step(self, *, from_timer: bool = False) -> None:
        if self._pausing and not from_timer:
            return  # a late signal of the previous step must not cut a pause short
        callback, self._waiting = self._waiting, None
        self._watchdog.stop()
        if callback is not None:
            callback()

    def _step_timed_out(self) -> None:
        if not self._pausing:
            log.warning("voice: a step took too long; going on with the next one")
            if self._player is not None:
                self._player.stop()
        self._finish_step(from_timer=True)

    def _pause(self, ms: int, then: Callable[[], None]) -> None:
        self._wait(ms / 1000, then, pause=True)

    def _play(self, path: Path | None, volume: int, label: str, then: Callable[[], None]) -> None:
        if path is None or not path.exists() or self._player is None or self._output is None:
            then()
            return
        self.trace.append(f"play:{label}")
        scale = QtAudio.VolumeScale
        # The setting is how loud it sounds; the device wants a linear factor.
        linear = QtAudio.convertVolume(volume / 100, scale.LogarithmicVolumeScale, scale.LinearVolumeScale)
        self._output.setVolume(linear)
        self._player.stop()
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._wait(wav_seconds(path) + 3, then)
        self._player.play()

    def _media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia):
            self._finish_step()

    def _media_error(self, _error: QMediaPlayer.Error, message: str) -> None:
        log.warning("voice: playback failed: %s", message)
        self._finish_step()

    def _say(self, a: Announcement, then: Callable[[], None]) -> None:
        assert self._tts is not None
        self.trace.append(f"say:{a.code}")
        self._tts.setVolume(a.volume / 100)
        self._wait(5 + 0.15 * len(a.spoken), then)
        self._tts.say(a.spoken)

    def _tts_state(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Error and self._tts is not None:
            log.warning("voice: %s failed: %s", self.name, self._tts.errorString())
        if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error) and self._waiting is not None:
            self._finish_step()

    def _espeak_call(self, a: Announcement, then: Callable[[], None]) -> None:
        espeak = self._espeak
        assert espeak is not None
        job = self._job
        path = self._dir / f"call-{next(self._files)}.wav"
        self.trace.append(f"espeak:{a.code}")

        def make() -> Path:
            write_call_wav(path, a.spoken, a.repeat, espeak)
            return path

        def play(made: Path) -> None:
            if job == self._job:
                self._play(made, a.volume, f"wav:{a.code}", lambda: (made.unlink(missing_ok=True), then()))

        def failed(error: KioskError) -> None:
            log.warning("voice: espeak-ng failed (%s); the chime alone this time", error.detail or error.message)
            if job == self._job:
                self._play(self._chime, a.volume, "chime", then)

        # espeak-ng takes a few hundred milliseconds: off the UI thread, so the clock and the ticker keep moving.
        run_task(self, make, play, failed, lane="device")
