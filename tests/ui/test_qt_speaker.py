"""The Qt speaker: the voices found (and logged), each call said whole by the first voice of its order that can,
chime then sentence × repeat, one call after another.

Runs without a sound card: QMediaPlayer still plays the chime and WAV files in real time, and Qt's "mock"
text-to-speech engine stands in for a system voice (it has English voices only, which also shows the fallback).
"""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QLocale

from kiosk.services.voice.chain import parse_order
from kiosk.services.voice.clips import ClipStore
from kiosk.services.voice.pcm import RATE, Sound
from kiosk.services.voice.service import Announcement, CallQueue, compose
from kiosk.ui.adapters.qt_speaker import QtSpeaker, preferred_engines
from kiosk.ui.app import make_application
from tests.test_voice_clips import tone


def _short(code: str, repeat: int = 1, **extra) -> Announcement:
    """A call with a short spoken text, so the test plays seconds of audio, not minutes."""
    return Announcement(code=code, counter=1, service="", text=code, spoken=f"Số {code}", repeat=repeat, **extra)


def _play_all(qtbot, speaker: QtSpeaker, *calls: Announcement) -> CallQueue:
    queue = CallQueue(speaker)
    for call in calls:
        queue.push(call)
    qtbot.waitUntil(lambda: queue.current is None and not queue.pending, timeout=30_000)
    return queue


@pytest.fixture
def app():
    return make_application()


def test_engine_order_follows_the_platform() -> None:
    expected = {"win32": ("winrt", "sapi"), "linux": ("speechd",)}
    assert preferred_engines() == expected.get("linux" if sys.platform.startswith("linux") else sys.platform, ())


def test_a_text_to_speech_voice_reads_each_call_after_the_chime(qtbot, app, caplog) -> None:
    caplog.set_level(logging.INFO)
    speaker = QtSpeaker(engines=("mock",), locale=QLocale("en_GB"))
    assert speaker.prepare().startswith("QtTextToSpeech mock: ")
    assert speaker.prepare().endswith(" → espeak-ng đi kèm → chuông")
    assert any("voice: speaking with QtTextToSpeech mock" in r.getMessage() for r in caplog.records)
    queue = _play_all(qtbot, speaker, _short("A1", repeat=2), _short("B2"))
    assert queue.spoken == 2
    assert list(speaker.trace) == ["play:chime", "say:A1", "say:A1", "play:chime", "say:B2"]
    assert speaker.last_source == "tts"


def test_voice_off_leaves_the_chime_and_volume_zero_leaves_silence(qtbot, app) -> None:
    speaker = QtSpeaker(engines=("mock",), locale=QLocale("en_GB"))
    queue = _play_all(qtbot, speaker, _short("A1", voice=False), _short("B2", volume=0))
    assert list(speaker.trace) == ["play:chime"] and queue.spoken == 1


def test_without_a_vietnamese_system_voice_the_bundled_espeak_speaks(qtbot, app) -> None:
    speaker = QtSpeaker(engines=("mock",))  # the mock engine has no Vietnamese voice
    assert speaker.prepare() == "espeak-ng đi kèm → chuông"
    queue = _play_all(qtbot, speaker, _short("A1"), _short("B2"))
    assert list(speaker.trace) == ["espeak:A1", "play:wav:A1", "espeak:B2", "play:wav:B2"]
    assert queue.spoken == 2 and speaker.last_source == "espeak"
    assert not list(speaker._dir.glob("call-*.wav"))  # played files are removed


def test_clips_speak_when_complete_and_hand_the_whole_call_on_when_not(qtbot, app, tmp_path) -> None:
    store = ClipStore(tmp_path / "clips")
    for name in ("mo-dau", "den-quay-so", "ket-thuc", "chu-a", "so-1"):
        store.save(name, Sound.from_frames(RATE, tone(0.15)))
    speaker = QtSpeaker(clips=store, engines=("mock",), locale=QLocale("en_GB"))
    assert speaker.prepare().startswith("giọng ghi âm (")
    complete = _short("A1")  # A, một, đến quầy số, một: every clip is there
    _play_all(qtbot, speaker, complete)
    assert list(speaker.trace) == ["clips:A1", "play:wav:A1"] and speaker.last_source == "clips"
    speaker.trace.clear()
    # "A2": no clip for "hai" → the whole call goes to the next voice of the order, here the system voice.
    _play_all(qtbot, speaker, Announcement(code="A2", counter=1, service="", text="A2", spoken="Số A2", repeat=1))
    assert list(speaker.trace) == ["clips:A2", "play:chime", "say:A2"] and speaker.last_source == "tts"
    speaker.trace.clear()
    # The order is the setting's: the system voice first, even with every clip there.
    _play_all(qtbot, speaker, _short("A1", order=parse_order("tts,clips")))
    assert list(speaker.trace) == ["play:chime", "say:A1"]


def test_without_any_voice_the_chime_alone(qtbot, app) -> None:
    speaker = QtSpeaker(engines=(), espeak=False)
    assert speaker.prepare() == "chỉ chuông và màn hình (không có giọng tiếng Việt)"
    _play_all(qtbot, speaker, compose("A012", 2, "Tư pháp – Hộ tịch"))
    assert list(speaker.trace) == ["play:chime"]


def test_stop_cuts_the_call_and_the_queue_goes_on(qtbot, app) -> None:
    speaker = QtSpeaker(engines=("mock",), locale=QLocale("en_GB"))
    queue = CallQueue(speaker)
    queue.push(_short("A1", repeat=3))
    qtbot.waitUntil(lambda: "say:A1" in speaker.trace, timeout=10_000)
    queue.stop()
    queue.push(_short("B2"))
    qtbot.waitUntil(lambda: queue.current is None, timeout=15_000)
    assert list(speaker.trace)[-2:] == ["play:chime", "say:B2"]
    assert list(speaker.trace).count("say:A1") == 1
