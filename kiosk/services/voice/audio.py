"""Sound for the announcements without Qt: the chime (made here with the stdlib) and WAV files of a whole call
(chime, then the sentence `repeat` times), whichever voice made the sentence.

Everything is 16-bit mono PCM at 22 050 Hz (espeak-ng's own rate), so parts join without resampling; any player
(QMediaPlayer, a browser, `aplay`, Windows Media Player) plays the result.
"""

from __future__ import annotations

import math
import wave
from array import array
from functools import lru_cache
from pathlib import Path

from kiosk.services.voice import pcm
from kiosk.services.voice.pcm import RATE, Sound

SAMPLE_WIDTH = 2
CHIME_GAP_S = 0.35  # after the chime, before the first sentence
REPEAT_GAP_S = 0.8  # between two readings of the sentence
TAIL_S = 0.2


def chime_sound(rate: int = RATE) -> Sound:
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
    return Sound(rate, array("h", (int(s * scale) for s in samples)))


@lru_cache(maxsize=4)
def _chime_cached(rate: int) -> Sound:
    return chime_sound(rate)


def chime(rate: int = RATE) -> Sound:
    return _chime_cached(rate)


def chime_frames(rate: int = RATE) -> bytes:
    return _chime_cached(rate).frames()


def write_wav(path: Path, frames: bytes, rate: int = RATE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(SAMPLE_WIDTH)
        out.setframerate(rate)
        out.writeframes(frames)
    return path


def write_chime(path: Path, rate: int = RATE) -> Path:
    return write_wav(path, chime_frames(rate), rate)


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / float(wav.getframerate())


def call_sound(sentence: Sound | None, repeat: int, bell: Sound | None = None) -> Sound:
    """Chime, pause, then the sentence `repeat` times with a pause between: one call as the hall hears it.
    Without a sentence, the chime alone."""
    rate = sentence.rate if sentence is not None else RATE
    bell = bell if bell is not None and bell.rate == rate else chime(rate)
    parts = [bell]
    if sentence is not None:
        parts.append(pcm.silence(CHIME_GAP_S, rate))
        for n in range(max(1, repeat)):
            if n:
                parts.append(pcm.silence(REPEAT_GAP_S, rate))
            parts.append(sentence)
    parts.append(pcm.silence(TAIL_S, rate))
    return pcm.concat(parts)
