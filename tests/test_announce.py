"""The words of a call (shown and spoken), the call queue, the chime, the bundled espeak-ng's WAV, `kiosk announce`."""

from __future__ import annotations

import wave
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.app import Services
from kiosk.cli import main
from kiosk.config import sqlite_url
from kiosk.services.voice import audio as announce_audio
from kiosk.services.voice import espeak_lib
from kiosk.services.voice.audio import RATE, chime_frames, wav_seconds, write_chime
from kiosk.services.voice.espeak_lib import BundledEspeak
from kiosk.services.voice.pcm import Sound
from kiosk.services.voice.service import (
    DEFAULT_TEMPLATE,
    Announcement,
    CallQueue,
    VoiceSettings,
    compose,
    from_event,
    template_ok,
)
from kiosk.services.voice.words import number_words, speakable, spoken_code

# ---------------------------------------------------------------- spoken forms


@pytest.mark.parametrize(
    ("code", "spoken"),
    [
        ("A001", "A, không, không, một"),
        ("A012", "A, không, một, hai"),
        ("B120", "Bê, một, hai, không"),
        ("C305", "Xê, ba, không, năm"),
        ("G010", "Giê, không, một, không"),
        ("H999", "Hát, chín, chín, chín"),
        ("D1000", "Dê, một, không, không, không"),
        ("e004", "E, không, không, bốn"),
        ("L7", "E lờ, bảy"),
    ],
)
def test_codes_are_read_sign_by_sign(code: str, spoken: str) -> None:
    assert spoken_code(code) == spoken


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "không"),
        (1, "một"),
        (2, "hai"),
        (10, "mười"),
        (11, "mười một"),
        (15, "mười lăm"),
        (20, "hai mươi"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (25, "hai mươi lăm"),
        (100, "một trăm"),
        (105, "một trăm lẻ năm"),
        (110, "một trăm mười"),
        (1005, "một nghìn không trăm lẻ năm"),
        (2024, "hai nghìn không trăm hai mươi tư"),
    ],
)
def test_counter_numbers_are_said_as_numbers(n: int, words: str) -> None:
    assert number_words(n) == words


def test_service_names_are_made_speakable() -> None:
    assert speakable("Tư pháp – Hộ tịch") == "Tư pháp, Hộ tịch"
    assert speakable("Hỗ trợ DVC trực tuyến & kỹ năng số") == "Hỗ trợ dịch vụ công trực tuyến và kỹ năng số"
    assert speakable("Cư trú (Công an xã)") == "Cư trú, Công an xã"


def test_the_sentence_shown_and_the_sentence_spoken() -> None:
    a = compose("A012", 2, "Tư pháp – Hộ tịch")
    assert a.text == "Xin mời công dân có số thứ tự A012, đến quầy số 2, Tư pháp – Hộ tịch."
    assert a.spoken == "Xin mời công dân có số thứ tự A, không, một, hai, đến quầy số hai, Tư pháp, Hộ tịch."
    assert (a.repeat, a.voice, a.volume) == (2, True, 80)
    b = compose("b120", 10, "Chứng thực")
    assert b.text == "Xin mời công dân có số thứ tự B120, đến quầy số 10, Chứng thực."
    assert b.spoken == "Xin mời công dân có số thứ tự Bê, một, hai, không, đến quầy số mười, Chứng thực."


def test_wording_comes_from_the_settings_and_a_broken_template_falls_back() -> None:
    voice = VoiceSettings.from_values(
        {"announce.template": "Mời số {code} đến quầy {counter}.", "announce.repeat": 9, "announce.volume": 140}
    )
    assert (voice.repeat, voice.volume) == (5, 100)
    a = compose("A001", 1, "Tư pháp – Hộ tịch", voice)
    assert (a.text, a.spoken) == ("Mời số A001 đến quầy 1.", "Mời số A, không, không, một đến quầy một.")
    for broken in ("Mời số {ma}", "Mời số {code:>9}", "Mời số {code", "{code.__class__}"):
        assert not template_ok(broken)
        assert VoiceSettings.from_values({"announce.template": broken}).template == DEFAULT_TEMPLATE
    quiet = VoiceSettings.from_values({"announce.enabled": False, "announce.volume": 0})
    assert compose("A001", 1, "x", quiet).voice is False and not compose("A001", 1, "x", quiet).audible


def test_from_event_reads_the_documented_payload_keys() -> None:
    payload = {"code": "C007", "counter": 3, "service_name": "Cư trú (Công an xã)", "counter_name": "Quầy 3"}
    called = from_event("ticket_called", payload)
    assert called is not None and called.text.startswith("Xin mời công dân có số thứ tự C007, đến quầy số 3")
    assert called.recall is False
    recalled = from_event("ticket_recalled", payload)
    assert recalled is not None and recalled.recall is True and recalled.spoken == called.spoken
    assert from_event("ticket_issued", payload) is None
    assert from_event("ticket_called", payload | {"counter": None}) is None


# ---------------------------------------------------------------- the call queue


class ManualSpeaker:
    """Speaks only when the test says the call is over: shows what is said when, and in which order."""

    name = "manual"

    def __init__(self) -> None:
        self.started: list[str] = []
        self.pending: list[Callable[[], None]] = []
        self.stopped = 0

    def prepare(self) -> str:
        return self.name

    def speak(self, announcement: Announcement, done: Callable[[], None]) -> None:
        self.started.append(announcement.code)
        self.pending.append(done)

    def stop(self) -> None:
        self.stopped += 1

    def finish(self) -> None:
        self.pending.pop(0)()


def test_calls_are_spoken_one_at_a_time_in_order() -> None:
    speaker = ManualSpeaker()
    q = CallQueue(speaker)
    for code, counter in (("A001", 1), ("B001", 2), ("C001", 3)):
        assert q.push(compose(code, counter, "x"))
    assert speaker.started == ["A001"]  # two desks calling at once: the second waits
    assert q.push(compose("B001", 2, "x")) is False  # a recall of a call still waiting is not queued twice
    speaker.finish()
    assert speaker.started == ["A001", "B001"]
    speaker.finish()
    speaker.finish()
    assert speaker.started == ["A001", "B001", "C001"] and q.current is None and q.spoken == 3
    assert q.push(compose("A001", 1, "x"))  # a recall after the call was read is read again
    assert speaker.started[-1] == "A001"


def test_a_stopped_call_and_a_late_done_do_not_skip_the_next_one() -> None:
    speaker = ManualSpeaker()
    q = CallQueue(speaker)
    q.push(compose("A001", 1, "x"))
    first_done = speaker.pending[0]
    q.stop()
    assert speaker.stopped == 1 and q.current is None
    q.push(compose("A002", 1, "x"))
    first_done()  # the stopped call reports late: ignored
    assert q.current is not None and q.current.code == "A002"


def test_a_burst_keeps_the_newest_calls_and_silent_calls_are_skipped() -> None:
    speaker = ManualSpeaker()
    q = CallQueue(speaker, max_pending=2)
    for n in range(1, 6):
        q.push(compose(f"A{n:03d}", 1, "x"))
    assert [a.code for a in q.pending] == ["A004", "A005"]
    silent = compose("B001", 1, "x", VoiceSettings(volume=0))
    q.stop()
    q.push(silent)
    assert q.current is None and speaker.started == ["A001"]


def test_a_speaker_that_raises_does_not_silence_the_queue() -> None:
    class Broken(ManualSpeaker):
        def speak(self, announcement: Announcement, done: Callable[[], None]) -> None:
            if announcement.code == "A001":
                raise RuntimeError("device gone")
            super().speak(announcement, done)

    speaker = Broken()
    q = CallQueue(speaker)
    q.push(compose("A001", 1, "x"))
    q.push(compose("A002", 1, "x"))
    assert speaker.started == ["A002"]


# ---------------------------------------------------------------- sound files


def test_the_chime_is_a_short_clean_wav(tmp_path: Path) -> None:
    path = write_chime(tmp_path / "chime.wav")
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, RATE)
        frames = wav.readframes(wav.getnframes())
    assert 1.0 <= wav_seconds(path) <= 1.6
    samples = memoryview(frames).cast("h")
    assert max(abs(s) for s in samples) > 15000  # audible
    assert max(abs(s) for s in samples) < 32767  # not clipped
    assert abs(samples[0]) < 200 and abs(samples[-1]) < 500  # no click at either end
    assert chime_frames(RATE) == frames


def test_bundled_espeak_makes_the_call_longer_than_the_chime() -> None:
    rate, frames = BundledEspeak().synthesize(compose("A012", 2, "Tư pháp – Hộ tịch").spoken)
    speech = Sound.from_frames(rate, frames)
    once = announce_audio.call_sound(speech, 1)
    twice = announce_audio.call_sound(speech, 2)
    chime = announce_audio.chime().seconds
    assert speech.seconds > 2.0  # a whole sentence, not a blip
    assert once.seconds == pytest.approx(
        chime + announce_audio.CHIME_GAP_S + speech.seconds + announce_audio.TAIL_S, abs=0.01
    )
    assert twice.seconds == pytest.approx(once.seconds + speech.seconds + announce_audio.REPEAT_GAP_S, abs=0.01)


# ---------------------------------------------------------------- kiosk announce


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


def test_announce_prints_the_sentence_without_a_queue(kiosk) -> None:
    code, out, _ = kiosk("announce", "A012", "--counter", "2")
    assert code == 0
    assert out == "Xin mời công dân có số thứ tự A012, đến quầy số 2, Tư pháp – Hộ tịch.\n"
    code, out, _ = kiosk("announce", "b120", "--counter", "10", "--text")
    assert out.splitlines() == [
        "Xin mời công dân có số thứ tự B120, đến quầy số 10, Chứng thực.",
        "Xin mời công dân có số thứ tự Bê, một, hai, không, đến quầy số mười, Chứng thực.",
    ]


def test_announce_takes_the_service_from_todays_ticket(kiosk) -> None:
    assert kiosk("ticket", "issue", "A")[0] == 0
    assert kiosk("queue", "call", "--counter", "1")[0] == 0
    assert kiosk("queue", "transfer", "--counter", "1", "--service", "B")[0] == 0
    code, out, _ = kiosk("announce", "a1", "--counter", "1")  # typed as said aloud
    # The ticket keeps its letter after the transfer, but it is now waiting for Chứng thực.
    assert code == 0 and out.strip() == "Xin mời công dân có số thứ tự A001, đến quầy số 1, Chứng thực."


def test_announce_refuses_bad_input_in_vietnamese(kiosk) -> None:
    code, _, err = kiosk("announce", "Z001", "--counter", "1")
    assert code == 2 and "Không có lĩnh vực xếp hàng 'Z'" in err
    code, _, err = kiosk("announce", "12", "--counter", "1")
    assert code == 2 and "không hợp lệ" in err
    code, _, err = kiosk("announce", "A001", "--counter", "0")
    assert code == 2 and "Số quầy" in err
    code, _, err = kiosk("announce", "A001", "--counter", "1", "--wav", "call.mp3")
    assert code == 2 and ".wav" in err


def test_announce_writes_a_wav(kiosk, tmp_path: Path) -> None:
    out_file = tmp_path / "out" / "call.wav"
    code, out, err = kiosk("announce", "A012", "--counter", "2", "--wav", str(out_file))
    assert code == 0, err
    assert "Đã ghi" in out and "đọc 2 lần" in out and "espeak-ng đi kèm" in out
    with wave.open(str(out_file), "rb") as wav:
        seconds = wav.getnframes() / wav.getframerate()
    assert seconds > 2 * wav_seconds(write_chime(tmp_path / "chime.wav"))


def test_announce_falls_back_to_the_chime_when_no_voice_can_speak(kiosk, tmp_path: Path, monkeypatch) -> None:
    def broken(self: BundledEspeak, text: str) -> tuple[int, bytes]:
        raise espeak_lib.SpeechError(espeak_lib.LIBRARY_MISSING)

    monkeypatch.setattr(BundledEspeak, "synthesize", broken)
    code, out, err = kiosk("announce", "A012", "--counter", "2", "--wav", str(tmp_path / "call.wav"))
    assert code == 0 and "chỉ có chuông" in out and "Traceback" not in err
    assert wav_seconds(tmp_path / "call.wav") == pytest.approx(announce_audio.chime().seconds + announce_audio.TAIL_S)


def test_announce_service_for_code_uses_the_engine(services: Services) -> None:
    services.queue.issue("C", enforce_hours=False)
    a = services.announce.for_code("C001", 3)
    assert a.service == "Cư trú (Công an xã)" and a.repeat == 2
    services.settings.set("announce.repeat", 3)
    services.settings.set("announce.template", "Mời số {code}, quầy {counter}.")
    a = services.announce.for_code("C1", 3)
    assert (a.text, a.spoken, a.repeat) == ("Mời số C001, quầy 3.", "Mời số Xê, không, không, một, quầy ba.", 3)
