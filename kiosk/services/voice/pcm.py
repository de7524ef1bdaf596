"""Plain sample maths on 16-bit mono sound, with the stdlib only (wave + array; audioop left Python in 3.13).

A recorded clip goes through: read (8/16/24/32-bit PCM, mono or stereo, any common rate) → mono 16-bit → the
kiosk's rate (linear interpolation: speech has nothing above 11 kHz worth keeping) → silence trimmed at both
ends → one loudness (RMS of the voiced part, with the peak held under full scale). A call joins clips with short
cross-fades, so no click where two recordings meet.
"""

from __future__ import annotations

import math
import sys
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

from kiosk.errors import InputError, file_error

RATE = 22_050  # espeak-ng's own rate: the chime, clips and synthetic speech join without resampling
MIN_RATE, MAX_RATE = 8_000, 192_000
TARGET_RMS_DB = -20.0  # loudness of the voiced part, dBFS
PEAK_LIMIT = 0.89  # −1 dBFS
TRIM_THRESHOLD_DB = -40.0  # below this (relative to full scale), a 10 ms window counts as silence
TRIM_MARGIN_S = 0.04  # kept before the first and after the last voiced window: breath, soft consonants
CROSSFADE_S = 0.015
EDGE_FADE_S = 0.005


@dataclass(frozen=True)
class Sound:
    """16-bit mono samples at `rate`."""

    rate: int
    samples: array  # array("h")

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate if self.rate else 0.0

    def frames(self) -> bytes:
        """Little-endian bytes, as a WAV file holds them."""
        if sys.byteorder == "big":
            swapped = array("h", self.samples)
            swapped.byteswap()
            return swapped.tobytes()
        return self.samples.tobytes()

    @classmethod
    def from_frames(cls, rate: int, frames: bytes) -> Sound:
        samples = array("h")
        samples.frombytes(frames[: len(frames) // 2 * 2])
        if sys.byteorder == "big":
            samples.byteswap()
        return cls(rate, samples)


# ---------------------------------------------------------------- files


def read_wav(path: Path) -> Sound:
    """Any PCM WAV file as mono 16-bit at its own rate; InputError (one Vietnamese sentence) when it is not one."""
    name = path.name
    try:
        with wave.open(str(path), "rb") as wav:
            channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
            raw = wav.readframes(wav.getnframes())
    except (wave.Error, EOFError) as exc:
        raise InputError(
            f"Tệp {name} không phải âm thanh WAV dạng PCM đọc được ({exc}); xin ghi lại hoặc xuất lại thành WAV "
            "PCM 16-bit."
        ) from exc
    except OSError as exc:
        raise file_error(path, exc) from exc
    if width not in (1, 2, 3, 4):
        raise InputError(f"Tệp {name} có mẫu {width * 8}-bit, không chuyển được; xin xuất lại thành WAV PCM 16-bit.")
    if channels < 1 or channels > 8:
        raise InputError(f"Tệp {name} có {channels} kênh, không chuyển được; xin xuất lại thành WAV một kênh (mono).")
    if not MIN_RATE <= rate <= MAX_RATE:
        raise InputError(
            f"Tệp {name} có tần số lấy mẫu {rate} Hz, ngoài khoảng {MIN_RATE}–{MAX_RATE} Hz; xin xuất lại ở 44100 "
            "hoặc 48000 Hz."
        )
    usable = len(raw) // (width * channels) * width * channels
    if usable == 0:
        raise InputError(f"Tệp {name} không có âm thanh nào (0 giây).")
    return Sound(rate, _to_mono16(raw[:usable], width, channels))


def write_wav(path: Path, sound: Sound) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with wave.open(str(partial), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sound.rate)
        out.writeframes(sound.frames())
    partial.replace(path)  # a clip being replaced is never read half-written by the display
    return path


def _to_mono16(raw: bytes, width: int, channels: int) -> array:
    if width == 2:
        values = array("h")
        values.frombytes(raw)
        if sys.byteorder == "big":
            values.byteswap()
        wide: list[int] | array = values
    elif width == 1:  # 8-bit WAV is unsigned
        wide = [(b - 128) << 8 for b in raw]
    elif width == 3:
        wide = [int.from_bytes(raw[i + 1 : i + 3], "little", signed=True) for i in range(0, len(raw), 3)]
    else:
        ints = array("i")
        ints.frombytes(raw)
        if sys.byteorder == "big":
            ints.byteswap()
        wide = [v >> 16 for v in ints]
    if channels == 1:
        return wide if isinstance(wide, array) else array("h", wide)
    mixed = array("h", bytes(2 * (len(wide) // channels)))
    for i in range(len(mixed)):
        base = i * channels
        mixed[i] = sum(wide[base : base + channels]) // channels
    return mixed


# ---------------------------------------------------------------- conversions


def resample(sound: Sound, rate: int = RATE) -> Sound:
    """Linear interpolation to `rate`. Good enough for speech going down 44.1/48 kHz → 22.05 kHz after the
    simple low-pass of averaging neighbours (no aliasing whistle on 's' sounds)."""
    if sound.rate == rate or not sound.samples:
        return Sound(rate, array("h", sound.samples))
    src = sound.samples
    if sound.rate > rate * 1.5:
        # Average each sample with its neighbours: a crude low-pass before taking fewer samples.
        n = len(src)
        src = array("h", ((src[max(i - 1, 0)] + 2 * src[i] + src[min(i + 1, n - 1)]) // 4 for i in range(n)))
    step = sound.rate / rate
    count = int(len(src) / step)
    last = len(src) - 1
    out = array("h", bytes(2 * count))
    for i in range(count):
        pos = i * step
        j = int(pos)
        frac = pos - j
        a = src[j]
        b = src[j + 1] if j < last else a
        out[i] = int(a + (b - a) * frac)
    return Sound(rate, out)


def _window_levels(sound: Sound, window_s: float = 0.01) -> tuple[int, list[float]]:
    size = max(1, int(sound.rate * window_s))
    levels = []
    s = sound.samples
    for start in range(0, len(s), size):
        chunk = s[start : start + size]
        levels.append(math.sqrt(sum(v * v for v in chunk) / len(chunk)) / 32768.0)
    return size, levels


def trim_silence(sound: Sound, threshold_db: float = TRIM_THRESHOLD_DB, margin_s: float = TRIM_MARGIN_S) -> Sound:
    """Cut the silence before the first and after the last voiced 10 ms window (keeping a short margin).
    A clip with nothing above the threshold comes back unchanged: the caller decides it is empty."""
    size, levels = _window_levels(sound)
    limit = 10 ** (threshold_db / 20)
    voiced = [i for i, level in enumerate(levels) if level >= limit]
    if not voiced:
        return sound
    margin = int(margin_s * sound.rate)
    start = max(0, voiced[0] * size - margin)
    end = min(len(sound.samples), (voiced[-1] + 1) * size + margin)
    return Sound(sound.rate, sound.samples[start:end])


def is_silent(sound: Sound, threshold_db: float = TRIM_THRESHOLD_DB) -> bool:
    _, levels = _window_levels(sound)
    return not levels or max(levels) < 10 ** (threshold_db / 20)


def peak(sound: Sound) -> float:
    return max((abs(v) for v in sound.samples), default=0) / 32768.0


def voiced_rms(sound: Sound, threshold_db: float = TRIM_THRESHOLD_DB) -> float:
    """RMS over the voiced windows only: pauses inside a clip must not make it louder after normalising."""
    _, levels = _window_levels(sound)
    limit = 10 ** (threshold_db / 20)
    voiced = [level for level in levels if level >= limit]
    return math.sqrt(sum(v * v for v in voiced) / len(voiced)) if voiced else 0.0


def normalise(sound: Sound, target_db: float = TARGET_RMS_DB, peak_limit: float = PEAK_LIMIT) -> Sound:
    """Scale to one loudness (voiced RMS at `target_db`), never letting the peak pass `peak_limit`."""
    rms = voiced_rms(sound)
    top = peak(sound)
    if rms <= 0 or top <= 0:
        return sound
    gain = min(10 ** (target_db / 20) / rms, peak_limit / top)
    return Sound(sound.rate, array("h", (max(-32768, min(32767, int(v * gain))) for v in sound.samples)))


def fade_edges(sound: Sound, seconds: float = EDGE_FADE_S) -> Sound:
    """A few milliseconds of fade at both ends: a clip cut mid-wave would click."""
    s = array("h", sound.samples)
    n = min(len(s) // 2, int(sound.rate * seconds))
    for i in range(n):
        factor = i / n
        s[i] = int(s[i] * factor)
        s[-1 - i] = int(s[-1 - i] * factor)
    return Sound(sound.rate, s)


def prepare_clip(sound: Sound, rate: int = RATE, *, trim: bool = True) -> Sound:
    """What is stored for every clip, recorded or imported: mono 16-bit at `rate`, trimmed, one loudness."""
    converted = resample(sound, rate)
    return fade_edges(normalise(trim_silence(converted) if trim else converted))


def silence(seconds: float, rate: int = RATE) -> Sound:
    return Sound(rate, array("h", bytes(2 * int(rate * seconds))))


def join(parts: list[Sound], crossfade_s: float = CROSSFADE_S, gap_s: float = 0.0) -> Sound:
    """Clips one after the other, each overlapping the previous by a short linear cross-fade (after an optional
    gap of silence); all parts must share one rate."""
    if not parts:
        return Sound(RATE, array("h"))
    rate = parts[0].rate
    if any(p.rate != rate for p in parts):
        raise ValueError("parts have different rates")
    out = array("h", parts[0].samples)
    for part in parts[1:]:
        if gap_s > 0:
            out.extend(silence(gap_s, rate).samples)
        overlap = min(int(rate * crossfade_s), len(out), len(part.samples))
        base = len(out) - overlap
        for i in range(overlap):
            w = (i + 1) / (overlap + 1)
            value = int(out[base + i] * (1 - w) + part.samples[i] * w)
            out[base + i] = max(-32768, min(32767, value))
        out.extend(part.samples[overlap:])
    return Sound(rate, out)


def concat(parts: list[Sound]) -> Sound:
    """Plain concatenation (for silences and whole pieces that already start and end quietly)."""
    rate = parts[0].rate if parts else RATE
    out = array("h")
    for part in parts:
        out.extend(part.samples)
    return Sound(rate, out)
