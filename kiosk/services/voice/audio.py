"""Sound for the announcements without Qt: the chime (made here with the stdlib), espeak-ng's Vietnamese voice
through a subprocess, and WAV files of a whole call (chime, then the sentence `repeat` times).

Everything is 16-bit mono PCM at espeak-ng's rate (22 050 Hz), so parts join without resampling; any player
(QMediaPlayer, a browser, `aplay`, Windows Media Player) plays the result.
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import subprocess
import sys
import tempfile
import wave
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kiosk.errors import KioskError

log = logging.getLogger(__name__)

RATE = 22_050
SAMPLE_WIDTH = 2
CHIME_GAP_S = 0.35  # after the chime, before the first sentence
REPEAT_GAP_S = 0.8  # between two readings of the sentence
ESPEAK_SPEED = 140  # words per minute; espeak's default 175 is hurried for a hall with an echo
ESPEAK_TIMEOUT_S = 30


class SpeechError(KioskError):
    """espeak-ng is missing or failed; `message` says what to do in Vietnamese."""


ESPEAK_MISSING = (
    "Chưa cài espeak-ng nên chưa tạo được giọng đọc tiếng Việt. Trên Linux: sudo apt install espeak-ng; "
    "trên Windows: cài eSpeak NG (bản .msi từ trang github.com/espeak-ng) rồi thử lại."
)


# ---------------------------------------------------------------- raw audio


def silence(seconds: float, rate: int = RATE) -> bytes:
    return bytes(SAMPLE_WIDTH * int(rate * seconds))


def chime_frames(rate: int = RATE) -> bytes:
    """A two-note 'ding-dong' (E5 then C5, soft bell harmonics, decaying): clear over a noisy hall, not alarming."""
    notes = ((659.25, 0.0), (523.25, 0.42))
    length = 1.3
    total = int(rate * length)
    samples = [0.0] * total
    for freq, start in notes:
        first = int(rate * start)
        for i in range(first, total):
            t = (i - first) / rate
            envelope = math.exp(-3.2 * t) * min(1.0, t / 0.004)  # 4 ms attack: no click
            value = math.sin(2 * math.pi * freq * t) + 0.35 * math.sin(4 * math.pi * freq * t)
            samples[i] += 0.16 * math.sin(6 * math.pi * freq * t) * envelope + value * envelope
    peak = max(abs(s) for s in samples) or 1.0
    scale = 0.7 * 32767 / peak
    pcm = array("h", (int(s * scale) for s in samples))
    if sys.byteorder == "big":
        pcm.byteswap()
    return pcm.tobytes()


@lru_cache(maxsize=4)
def _chime_cached(rate: int) -> bytes:
    return chime_frames(rate)


def write_wav(path: Path, frames: bytes, rate: int = RATE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(SAMPLE_WIDTH)
        out.setframerate(rate)
        out.writeframes(frames)
    return path


def write_chime(path: Path, rate: int = RATE) -> Path:
    return write_wav(path, _chime_cached(rate), rate)


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / float(wav.getframerate())


# ---------------------------------------------------------------- espeak-ng


@dataclass(frozen=True)
class EspeakNg:
    """The espeak-ng program with a Vietnamese voice ("vi" is Northern; "vi-vn-x-south" and "vi-vn-x-central" exist)."""

    exe: str
    voice: str = "vi"
    speed: int = ESPEAK_SPEED

    @property
    def name(self) -> str:
        return f"espeak-ng ({self.voice})"

    @classmethod
    def find(cls, voice: str = "vi") -> EspeakNg | None:
        """espeak-ng on the PATH or in its Windows install folder, if it has the Vietnamese voice."""
        exe = find_espeak()
        if exe is None:
            return None
        if not _has_voice(exe, voice):
            log.warning("espeak-ng at %s has no '%s' voice", exe, voice)
            return None
        return cls(exe, voice)

    @classmethod
    def require(cls, voice: str = "vi") -> EspeakNg:
        found = cls.find(voice)
        if found is None:
            raise SpeechError(ESPEAK_MISSING)
        return found

    def synthesize(self, text: str) -> tuple[int, bytes]:
        """The text spoken, as (sample rate, 16-bit mono frames). Blocks for a few hundred milliseconds."""
        with tempfile.TemporaryDirectory(prefix="kiosk-espeak-") as tmp:
            out = Path(tmp) / "speech.wav"
            # Text through stdin as UTF-8 (-b 1): Windows command lines mangle Vietnamese in argv.
            cmd = [self.exe, "-v", self.voice, "-s", str(self.speed), "-b", "1", "-w", str(out), "--stdin"]
            try:
                done = subprocess.run(
                    cmd, input=text.encode("utf-8"), capture_output=True, timeout=ESPEAK_TIMEOUT_S, **_no_window()
                )
            except (OSError, subprocess.TimeoutExpired) as exc:
                raise SpeechError("espeak-ng không chạy được; xin kiểm tra bản cài đặt.", detail=str(exc)) from exc
            if done.returncode != 0 or not out.exists():
                detail = done.stderr.decode("utf-8", "replace").strip()
                raise SpeechError("espeak-ng không tạo được giọng đọc cho câu này.", detail=detail)
            with wave.open(str(out), "rb") as wav:
                if wav.getnchannels() != 1 or wav.getsampwidth() != SAMPLE_WIDTH:
                    raise SpeechError("espeak-ng trả về âm thanh không đúng định dạng.")
                return wav.getframerate(), wav.readframes(wav.getnframes())


def find_espeak() -> str | None:
    for name in ("espeak-ng", "espeak-ng.exe"):
        found = shutil.which(name)
        if found:
            return found
    if sys.platform == "win32":
        for base in (os.environ.get("ProgramFiles"), os.environ.get("ProgramFiles(x86)")):
            candidate = Path(base or "C:/Program Files") / "eSpeak NG" / "espeak-ng.exe"
            if candidate.exists():
                return str(candidate)
    return None


@lru_cache(maxsize=8)
def _has_voice(exe: str, voice: str) -> bool:
    try:
        done = subprocess.run(
            [exe, f"--voices={voice.split('-')[0]}"], capture_output=True, timeout=10, text=True, **_no_window()
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return any(line.split()[1:2] == [voice] for line in done.stdout.splitlines()[1:] if line.split())


def _no_window() -> dict[str, int]:
    # A console window flashing over the hall display on every call would be worse than no voice.
    return {"creationflags": getattr(subprocess, "CREATE_NO_WINDOW", 0)} if sys.platform == "win32" else {}


# ---------------------------------------------------------------- a whole call


def call_frames(spoken: str, repeat: int, espeak: EspeakNg) -> tuple[int, bytes]:
    """Chime, pause, then the sentence `repeat` times with a pause between: one call as the hall hears it."""
    rate, speech = espeak.synthesize(spoken)
    parts = [_chime_cached(rate), silence(CHIME_GAP_S, rate)]
    for n in range(max(1, repeat)):
        if n:
            parts.append(silence(REPEAT_GAP_S, rate))
        parts.append(speech)
    parts.append(silence(0.2, rate))
    return rate, b"".join(parts)


def write_call_wav(path: Path, spoken: str, repeat: int, espeak: EspeakNg) -> float:
    """Write the call to `path`; returns its length in seconds."""
    rate, frames = call_frames(spoken, repeat, espeak)
    write_wav(path, frames, rate)
    return len(frames) / SAMPLE_WIDTH / rate
