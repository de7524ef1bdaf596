"""The commune's recorded voice: the clip list covers every word a call can say, clips made in the test (sine
tones of distinct lengths) are assembled in the right order, a missing clip sends the whole call to the
synthetic voice, bad files are refused, imports are converted, the bundled espeak-ng speaks with no espeak-ng
program on PATH, the preference order is honoured, and backups carry the clips."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import time
import wave
from array import array
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.app import Services
from kiosk.cli import main
from kiosk.config import sqlite_url
from kiosk.errors import InputError
from kiosk.services.voice import audio, pcm
from kiosk.services.voice.chain import parse_order
from kiosk.services.voice.clips import (
    CHIME,
    NUMBER_WORDS,
    PHRASE_GAP_S,
    SIGN_GAP_S,
    call_clips,
)
from kiosk.services.voice.espeak_lib import VOICES, BundledEspeak
from kiosk.services.voice.pcm import RATE, Sound
from kiosk.services.voice.words import DIGITS, number_words

ROOT = Path(__file__).resolve().parents[1]


def tone(seconds: float, freq: float = 440.0, rate: int = RATE, channels: int = 1, amplitude: float = 0.3) -> bytes:
    """A sine tone as interleaved 16-bit frames."""
    out = array("h")
    for i in range(int(seconds * rate)):
        v = int(amplitude * 32767 * math.sin(2 * math.pi * freq * i / rate))
        out.extend([v] * channels)
    if sys.byteorder == "big":
        out.byteswap()
    return out.tobytes()


def write(path: Path, frames: bytes, rate: int = RATE, channels: int = 1, width: int = 2) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(frames)
    return path


def segments(sound: Sound, min_gap_s: float = 0.03) -> list[float]:
    """Lengths (s) of the sounding stretches separated by at least `min_gap_s` of digital silence."""
    quiet_run, start, out = 0, None, []
    limit = int(min_gap_s * sound.rate)
    for i, v in enumerate(sound.samples):
        if abs(v) < 30:
            quiet_run += 1
            if start is not None and quiet_run >= limit:
                out.append((i - quiet_run + 1 - start) / sound.rate)
                start = None
        else:
            if start is None:
                start = i
            quiet_run = 0
    if start is not None:
        out.append((len(sound.samples) - quiet_run - start) / sound.rate)
    return out


@pytest.fixture
def clip_folder(services: Services, tmp_path: Path) -> tuple[Path, dict[str, float]]:
    """One sine clip per clip name, each of its own length (0.20 s, 0.23 s, …) so the order can be read back."""
    folder = tmp_path / "recorded"
    folder.mkdir()
    lengths = {}
    for i, spec in enumerate(s for s in services.announce.clip_specs() if not s.optional):
        lengths[spec.name] = round(0.20 + 0.03 * i, 2)
        write(folder / f"{spec.name}.wav", tone(lengths[spec.name], 300 + 20 * i))
    return folder, lengths


# ---------------------------------------------------------------- the list


def test_the_clip_list_covers_every_word_of_any_ticket_and_counter(services: Services) -> None:
    specs = services.announce.clip_specs()
    names = {s.name for s in specs}
    prefixes = [s.prefix for s in services.catalogue.queue_services()]
    for counter in range(1, 1000):
        for code in (f"{p}{n:03d}" for p in prefixes for n in (0, 7, 123, 999)):
            needed = {n for phrase in call_clips(code, counter) for n in phrase}
            assert needed <= names, (code, counter, needed - names)
    # Every word number_words says for a counter has a clip (digits or the number words).
    words = {w for n in range(1, 1000) for w in number_words(n).split()}
    assert words <= set(DIGITS) | set(NUMBER_WORDS)
    # 3 sentence parts + the service letters + 10 digits + 7 number words + the optional chime.
    assert len(specs) == 3 + len(set(prefixes)) + 10 + 7 + 1
    assert [s.name for s in specs if s.optional] == [CHIME]


def test_cli_lists_the_clips_and_their_words(kiosk) -> None:
    code, out, _ = kiosk("voice", "clips")
    assert code == 0
    assert "mo-dau.wav           Xin mời công dân có số thứ tự" in out
    assert "chu-b.wav            Bê (chữ B)" in out and "muoi-ngang.wav       mươi" in out
    code, out, _ = kiosk("voice", "status")
    assert "Đã có 0/" in out and "thiếu so-0.wav" in out and "Chưa đủ" in out


# ---------------------------------------------------------------- a call from clips


def test_a_call_is_the_clips_in_order(services: Services, clip_folder) -> None:
    folder, lengths = clip_folder
    from kiosk.services.voice.clips import import_folder

    imported, problems = import_folder(services.announce.clips, folder, services.announce.clip_specs())
    assert problems == [] and len(imported) == len(lengths)
    services.settings.set("announce.repeat", 1)
    a = services.announce.for_code("B120", 21)
    started = time.perf_counter()
    made = services.announce.call_sound(a)
    elapsed = time.perf_counter() - started
    assert made.source == "clips"
    assert elapsed < 1.0, elapsed  # on the 2-core test machine; a call is assembled as the chime starts

    expected = ["mo-dau", "chu-b", "so-1", "so-2", "so-0", "den-quay-so", "so-2", "muoi-ngang", "mot-sac", "ket-thuc"]
    assert [n for phrase in call_clips("B120", 21) for n in phrase] == expected
    sentence = made.sound.samples[int((audio.chime().seconds + audio.CHIME_GAP_S) * RATE) :]
    found = segments(Sound(RATE, sentence))
    # Each clip sounds for its own length (it fades in over the end of the gap before it, nothing is cut).
    want = [lengths[n] for n in expected]
    assert len(found) == len(want), (found, want)
    for got, exp, name in zip(found, want, expected, strict=True):
        assert got == pytest.approx(exp, abs=0.02), name
    # 5 gaps between signs, 4 between phrases, each shortened by the cross-fade that overlaps it.
    total = sum(lengths[n] for n in expected) + 5 * SIGN_GAP_S + 4 * PHRASE_GAP_S - 9 * pcm.CROSSFADE_S
    whole = audio.chime().seconds + audio.CHIME_GAP_S + total + audio.TAIL_S
    assert made.sound.seconds == pytest.approx(whole, abs=0.05)


def test_a_missing_clip_sends_the_whole_call_to_the_synthetic_voice(services: Services, clip_folder) -> None:
    folder, _ = clip_folder
    (folder / "so-9.wav").unlink()
    from kiosk.services.voice.clips import import_folder

    import_folder(services.announce.clips, folder, services.announce.clip_specs())
    # A call without a 9 is still the commune's voice …
    assert services.announce.call_sound(services.announce.for_code("A012", 2)).source == "clips"
    # … one with a 9 (in the code or the counter) is the synthetic voice from start to end, not a mix.
    for code, counter in (("A019", 2), ("A012", 9), ("A012", 90)):
        a = services.announce.for_code(code, counter)
        made = services.announce.call_sound(a)
        assert made.source == "espeak"
        alone = services.announce.call_sound(a, order=parse_order("espeak"))
        # espeak-ng's output varies by a few samples from one run to the next: compare lengths, not samples.
        assert made.sound.seconds == pytest.approx(alone.sound.seconds, abs=0.01)
        assert made.sound.seconds > 10  # two readings of a whole synthetic sentence, not the short tones


def test_the_order_of_preference_is_honoured(services: Services, clip_folder) -> None:
    folder, _ = clip_folder
    from kiosk.services.voice.clips import import_folder

    import_folder(services.announce.clips, folder, services.announce.clip_specs())

    def source() -> str:
        return services.announce.call_sound(services.announce.for_code("A012", 2)).source

    assert source() == "clips"  # default clips,tts,espeak
    services.settings.set("voice.order", "espeak,clips")
    assert source() == "espeak"
    services.settings.set("voice.order", "tts, clips")  # no QtTextToSpeech in the core: the next one
    assert source() == "clips"
    services.settings.set("voice.order", "chime")
    made = services.announce.call_sound(services.announce.for_code("A012", 2))
    assert made.source == "chime" and made.sound.seconds == pytest.approx(audio.chime().seconds + audio.TAIL_S)
    with pytest.raises(InputError, match="không hợp lệ"):
        services.settings.set("voice.order", "clips,robot")
    with pytest.raises(InputError, match="vi-vn-x-central"):
        services.settings.set("voice.espeak_voice", "en")


# ---------------------------------------------------------------- files in


def test_import_converts_a_stereo_44k_file(services: Services, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KIOSK_DB_URL", services.config.db_url)
    folder = tmp_path / "in"
    folder.mkdir()
    quiet = array("h", bytes(2 * 2 * 4410))  # 0.1 s of stereo silence before and after: trimmed away
    frames = quiet.tobytes() + tone(1.0, 500.0, rate=44_100, channels=2, amplitude=0.05) + quiet.tobytes()
    write(folder / "so-3.wav", frames, rate=44_100, channels=2)
    code = main(["voice", "import", str(folder)])
    assert code == 0
    stored = services.announce.clips.path("so-3")
    with wave.open(str(stored), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, RATE)
    sound = pcm.read_wav(stored)
    assert sound.seconds == pytest.approx(1.0 + 2 * pcm.TRIM_MARGIN_S, abs=0.03)  # silence trimmed, margins kept
    crossings = sum(1 for a, b in zip(sound.samples, sound.samples[1:], strict=False) if a < 0 <= b)
    assert crossings == pytest.approx(500 * sound.seconds, rel=0.1)  # still a 500 Hz tone
    loudness = 20 * math.log10(pcm.voiced_rms(sound))
    assert loudness == pytest.approx(pcm.TARGET_RMS_DB, abs=1.5)  # normalised up from −29 dBFS
    assert abs(sound.samples[0]) < 200 and abs(sound.samples[-1]) < 200  # no click at the ends


def test_bad_wav_files_are_refused_with_a_sentence(kiosk, services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "so-1.wav").write_bytes(b"RIFF\x00\x00\x00\x00WAVEnot really")
    header = bytearray(Path(write(tmp_path / "f.wav", tone(0.3))).read_bytes())
    header[20:22] = (3).to_bytes(2, "little")  # format 3: 32-bit float, which the stdlib reader cannot take
    (folder / "so-2.wav").write_bytes(bytes(header))
    write(folder / "so-4.wav", bytes(2 * RATE))  # one second of silence: no voice in it
    write(folder / "bai-hat.wav", tone(0.3))  # not a clip name
    code, out, err = kiosk("voice", "import", str(folder))
    assert code == 2 and "Traceback" not in err
    assert "Tệp so-1.wav không phải âm thanh WAV dạng PCM" in err
    assert "Tệp so-2.wav không phải âm thanh WAV dạng PCM" in err
    assert "Đoạn 'so-4' không có tiếng" in err
    assert "bai-hat.wav không trùng tên đoạn nào" in err
    assert "Đã nhập 0 đoạn" in out
    assert not any(services.announce.clips.has(n) for n in ("so-1", "so-2", "so-4"))
    code, _, err = kiosk("voice", "import", str(tmp_path / "nowhere"))
    assert code == 2 and "Không thấy thư mục" in err


def test_8_and_24_bit_files_are_converted(tmp_path: Path) -> None:
    samples = array("h", tone(0.2))
    eight = bytes((v >> 8) + 128 for v in samples)
    twenty_four = b"".join(b"\x00" + v.to_bytes(2, "little", signed=True) for v in samples)
    for width, frames in ((1, eight), (3, twenty_four)):
        sound = pcm.read_wav(write(tmp_path / f"w{width}.wav", frames, width=width))
        assert len(sound.samples) == len(samples)
        assert max(abs(a - b) for a, b in zip(sound.samples, samples, strict=True)) <= 256


# ---------------------------------------------------------------- the bundled synthetic voice


def test_bundled_espeak_speaks_every_vietnamese_voice_at_the_chosen_rate() -> None:
    text = "Xin mời công dân có số thứ tự A, không, một, hai, đến quầy số hai."
    lengths = {}
    for voice in VOICES:
        rate, frames = BundledEspeak(voice).synthesize(text)
        sound = Sound.from_frames(rate, frames)
        assert rate == RATE and not pcm.is_silent(sound) and sound.seconds > 2.5
        lengths[voice] = sound.seconds
    slow = Sound.from_frames(*BundledEspeak("vi", 90).synthesize(text)).seconds
    fast = Sound.from_frames(*BundledEspeak("vi", 220).synthesize(text)).seconds
    assert slow > 1.5 * fast
    assert len(set(lengths.values())) > 1  # three voices, not one under three names


def test_announce_wav_works_with_no_espeak_ng_program_on_path(tmp_path: Path, from_template) -> None:
    url = from_template(sqlite_url(tmp_path / "k.sqlite3"))
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    out = tmp_path / "call.wav"
    env = {k: v for k, v in os.environ.items() if k not in ("PATH",)}
    env.update(PATH=str(empty), PYTHONPATH=str(ROOT), KIOSK_DB_URL=url, KIOSK_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "announce", "A012", "--counter", "2", "--wav", str(out)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "espeak-ng đi kèm" in done.stdout
    sound = pcm.read_wav(out)
    speech = Sound(RATE, sound.samples[int((audio.chime().seconds + audio.CHIME_GAP_S) * RATE) :])
    assert speech.seconds > 5 and not pcm.is_silent(speech)
    assert 20 * math.log10(pcm.voiced_rms(speech)) > -30  # speech, not a hiss


# ---------------------------------------------------------------- backups


def test_backups_carry_the_clips_and_a_restore_puts_them_back(services: Services, clip_folder) -> None:
    folder, lengths = clip_folder
    from kiosk.services.voice.clips import import_folder

    import_folder(services.announce.clips, folder, services.announce.clip_specs())
    result = services.backups.create("manual")
    assert result.verification.ok
    mirrored = result.backup.path.parent / "clips"
    assert sorted(p.stem for p in mirrored.glob("*.wav")) == sorted(lengths)
    services.announce.clips.remove("mo-dau")
    assert not services.announce.clips.has("mo-dau")
    services.backups.restore(result.backup.path)
    assert services.announce.clips.has("mo-dau")


@pytest.fixture
def kiosk(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    from_template: Callable[[str], str],
):
    monkeypatch.setenv("KIOSK_DB_URL", from_template(sqlite_url(tmp_path / "cli.sqlite3")))

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_library_is_found_under_its_soname_in_a_frozen_bundle(tmp_path: Path, monkeypatch) -> None:
    import espeakng_loader

    from kiosk.services.voice import espeak_lib

    (tmp_path / "libespeak-ng.so.1").write_bytes(b"")  # what PyInstaller keeps of libespeak-ng.so
    monkeypatch.setattr(espeakng_loader, "get_library_path", lambda: str(tmp_path / "libespeak-ng.so"))
    assert espeak_lib._paths()[0] == tmp_path / "libespeak-ng.so.1"
