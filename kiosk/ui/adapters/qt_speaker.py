"""The hall's voice on Qt: the Speaker of kiosk/services/voice/service.py.

Each call is said whole by the first voice of its order (setting `voice.order`, kiosk/services/voice/chain.py)
that can say it:
1. clips: the commune's recorded clips, when every clip of that call is there (joined off the UI thread);
2. tts: QtTextToSpeech with a Vietnamese voice: engine "winrt" then "sapi" on Windows (the OneCore voice
   "Microsoft An" is reachable through winrt), "speechd" (speech-dispatcher) on Linux;
3. espeak: the bundled espeak-ng library (espeakng-loader), voice and rate from the settings, off the UI thread;
4. the chime alone (the screen still shows the call).
Chime and WAV files (all written by the kiosk: 16-bit PCM) play through QAudioSink (wav_player.py: no media
backend, so the bundle carries no FFmpeg). Every step
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

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtMultimedia import QtAudio
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from kiosk.errors import KioskError
from kiosk.services.voice import pcm
from kiosk.services.voice.audio import wav_seconds, write_chime
from kiosk.services.voice.chain import make_call
from kiosk.services.voice.clips import ClipStore
from kiosk.services.voice.espeak_lib import available as espeak_available
from kiosk.services.voice.service import Announcement
from kiosk.ui.adapters.wav_player import WavPlayer
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
        clips: ClipStore | None = None,
        engines: Sequence[str] | None = None,
        locale: QLocale = VIETNAMESE,
        espeak: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clips = clips
        self._engines = tuple(preferred_engines() if engines is None else engines)
        self._locale = locale
        self._espeak_wanted = espeak
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._dir = Path()
        self._files = itertools.count(1)
        self.prepared = False
        self.name = "chưa chọn giọng đọc"
        self.last_source: str | None = None  # which voice said the last call: clips | tts | espeak | chime
        self._tts: QTextToSpeech | None = None
        self._tts_name = ""
        self._espeak = False
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
        self._player: WavPlayer | None = None

    # ------------------------------------------------------------ choosing

    def prepare(self) -> str:
        """Find the voices this PC has (once); returns the description that is logged."""
        if self.prepared:
            return self.name
        self.prepared = True
        self._tmp = tempfile.TemporaryDirectory(prefix="kiosk-sound-")
        self._dir = Path(self._tmp.name)
        self._chime = write_chime(self._dir / "chime.wav")
        self._player = WavPlayer(self)
        self._player.finished.connect(self._finish_step)
        self._player.failed.connect(self._play_failed)
        self._find_tts()
        self._espeak = bool(self._espeak_wanted) and espeak_available()
        voices = []
        if self._clips is not None:
            voices.append(f"giọng ghi âm ({self._clips.folder})")
        if self._tts is not None:
            voices.append(self._tts_name)
        if self._espeak:
            voices.append("espeak-ng đi kèm")
        self.name = " → ".join([*voices, "chuông"]) if voices else "chỉ chuông và màn hình (không có giọng tiếng Việt)"
        log.info("voice: speaking with %s", self.name)
        return self.name

    def _find_tts(self) -> None:
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
            self._tts_name = f"QtTextToSpeech {engine}: {voice.name()} ({voice.locale().name()})"
            return

    # ------------------------------------------------------------ Speaker

    def speak(self, announcement: Announcement, done: Callable[[], None]) -> None:
        self.prepare()
        self._job += 1
        job = self._job
        if not announcement.voice:
            self._chime_alone(announcement, job, done)
            return
        self._try(announcement, list(announcement.order), job, done)

    def _try(self, a: Announcement, sources: list[str], job: int, done: Callable[[], None]) -> None:
        """Say the call with the first of `sources` that can; each voice that cannot hands the whole call on."""
        if job != self._job:
            return
        source = sources.pop(0) if sources else "chime"
        if source == "tts" and self._tts is not None:
            self._tts_call(a, job, done)
        elif (source == "clips" and self._clips is not None) or (source == "espeak" and self._espeak):
            self._wav_call(a, source, sources, job, done)
        elif source == "chime":
            self._chime_alone(a, job, done)
        else:
            self._try(a, sources, job, done)

    def _chime_alone(self, a: Announcement, job: int, done: Callable[[], None]) -> None:
        self.last_source = "chime"
        self._play(self._chime, a.volume, "chime", lambda: done() if job == self._job else None)

    def _tts_call(self, a: Announcement, job: int, done: Callable[[], None]) -> None:
        self.last_source = "tts"
        steps: list[Step] = [lambda nxt: self._play(self._chime, a.volume, "chime", nxt)]
        steps.append(lambda nxt: self._pause(CHIME_PAUSE_MS, nxt))
        for n in range(a.repeat):
            if n:
                steps.append(lambda nxt: self._pause(REPEAT_PAUSE_MS, nxt))
            steps.append(lambda nxt: self._say(a, nxt))

        def run(index: int) -> None:
            if job != self._job:
                return
            if index == len(steps):
                done()
                return
            steps[index](lambda: run(index + 1))

        run(0)

    def _wav_call(self, a: Announcement, source: str, rest: list[str], job: int, done: Callable[[], None]) -> None:
        """The whole call (chime included) made into a WAV off the UI thread, then played; None from the maker
        means this voice cannot say this call (a clip is missing), and the next voice gets it whole."""
        path = self._dir / f"call-{next(self._files)}.wav"
        clips = self._clips
        self.trace.append(f"{source}:{a.code}")

        def make() -> Path | None:
            made = make_call(
                (source,), code=a.code, counter=a.counter, spoken=a.spoken, repeat=a.repeat, store=clips,
                espeak=a.espeak, skip=(),
            )  # fmt: skip
            if made.source != source:
                return None
            pcm.write_wav(path, made.sound)
            return path

        def play(made: Path | None) -> None:
            if job != self._job:
                return
            if made is None:
                self._try(a, rest, job, done)
                return
            self.last_source = source
            self._play(made, a.volume, f"wav:{a.code}", lambda: (made.unlink(missing_ok=True), done()))

        def failed(error: KioskError) -> None:
            log.warning("voice: %s failed (%s); the next voice says this call", source, error.detail or error.message)
            if job == self._job:
                self._try(a, rest, job, done)

        # Joining clips or synthesising takes tens of milliseconds: off the UI thread, so the clock keeps moving.
        run_task(self, make, play, failed, lane="device")

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
        if path is None or not path.exists() or self._player is None:
            then()
            return
        self.trace.append(f"play:{label}")
        scale = QtAudio.VolumeScale
        # The setting is how loud it sounds; the device wants a linear factor.
        linear = QtAudio.convertVolume(volume / 100, scale.LogarithmicVolumeScale, scale.LinearVolumeScale)
        self._wait(wav_seconds(path) + 3, then)
        self._player.play(path, linear)

    def _play_failed(self, reason: str) -> None:
        log.warning("voice: playback failed: %s", reason)
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
