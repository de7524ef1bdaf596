"""The Qt speaker: the engine chosen (and logged), chime then sentence × repeat, one call after another.

Runs without a sound card: QMediaPlayer still plays the chime and WAV files in real time, and Qt's "mock"
text-to-speech engine stands in for a system voice (it has English voices only, which also shows the fallback).
"""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QLocale

from kiosk.services.voice.audio import EspeakNg
from kiosk.services.voice.service import Announcement, CallQueue, compose
from kiosk.ui.adapters.qt_speaker import QtSpeaker, preferred_engines
from kiosk.ui.app import make_application


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
    assert any("voice: speaking with QtTextToSpeech mock" in r.getMessage() for r in caplog.records)
    queue = _play_all(qtbot, speaker, _short("A1", repeat=2), _short("B2"))
    assert queue.spoken == 2
    assert list(speaker.trace) == ["play:chime", "say:A1", "say:A1", "play:chime", "say:B2"]


def test_voice_off_leaves_the_chime_and_volume_zero_leaves_silence(qtbot, app) -> None:
    speaker = QtSpeaker(engines=("mock",), locale=QLocale("en_GB"))
    queue = _play_all(qtbot, speaker, _short("A1", voice=False), _short("B2", volume=0))
    assert list(speaker.trace) == ["play:chime"] and queue.spoken == 1


@pytest.mark.skipif(EspeakNg.find() is None, reason="espeak-ng with the 'vi' voice is not installed")
def test_without_a_vietnamese_system_voice_espeak_ng_speaks(qtbot, app) -> None:
    speaker = QtSpeaker(engines=("mock",))  # the mock engine has no Vietnamese voice
    assert speaker.prepare() == "espeak-ng (vi) qua QtMultimedia" and speaker.mode == "espeak"
    queue = _play_all(qtbot, speaker, _short("A1"), _short("B2"))
    assert list(speaker.trace) == ["espeak:A1", "play:wav:A1", "espeak:B2", "play:wav:B2"]
    assert queue.spoken == 2
    assert not list(speaker._dir.glob("call-*.wav"))  # played files are removed


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
