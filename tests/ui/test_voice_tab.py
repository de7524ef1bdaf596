"""The admin screen's "Giọng đọc" tab: the clip list with states, import of a folder, cutting the silence of a
take, hearing a whole call, the voice settings, and a PC without a microphone (work runs inline)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.app import Services
from kiosk.services.voice import pcm
from kiosk.services.voice.pcm import RATE, Sound
from kiosk.ui import worker
from kiosk.ui.adapters import microphone
from kiosk.ui.admin.voice_tab import VoiceTab
from tests.test_voice_clips import tone, write


@pytest.fixture
def inline() -> Iterator[None]:
    worker.run_inline(True)
    yield
    worker.run_inline(False)


@pytest.fixture
def no_microphone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(microphone, "available", lambda: False)


def _tab(qtbot, services: Services) -> VoiceTab:
    tab = VoiceTab(services)
    qtbot.addWidget(tab)
    return tab


def test_without_a_microphone_the_tab_says_so_and_still_imports(
    qtbot, services: Services, inline: None, no_microphone: None, tmp_path: Path
) -> None:
    tab = _tab(qtbot, services)
    needed = [s for s in tab.states if not s.spec.optional]
    assert tab.table.rowCount() == len(tab.states) == len(needed) + 1
    assert tab.summary.text().startswith(f"Đã ghi 0/{len(needed)} đoạn.")
    assert tab.table.item(0, 0).text() == "mo-dau.wav" and tab.table.item(0, 2).text() == "Chưa có"
    assert tab.words.text() == "Xin mời công dân có số thứ tự"
    assert not tab.record_button.isEnabled() and "không có micrô" in tab.mic_note.text()
    assert not tab.play_button.isEnabled()  # nothing recorded yet: nothing to hear

    folder = tmp_path / "recorded"
    folder.mkdir()
    for i, state in enumerate(needed):
        write(folder / f"{state.spec.name}.wav", tone(0.2 + 0.01 * i, 300 + 10 * i))
    tab.import_from(folder)
    assert tab.status.text() == f"Đã nhập {len(needed)} đoạn."
    assert tab.summary.text() == f"Đã đủ {len(needed)} đoạn: các lượt gọi đọc bằng giọng ghi âm của xã."
    assert tab.table.item(0, 2).text() == "Đã có (0,2 giây)"
    assert tab.table.item(len(needed), 2).text() == "Dùng chuông có sẵn"
    assert tab.play_button.isEnabled() and tab.trim_button.isEnabled()

    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    assert tab.last_preview.source == "clips"
    assert tab.status.text().startswith("Nghe thử bằng: giọng ghi âm của xã (")

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.table.item(0, 2).text() == "Chưa có"
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    assert tab.last_preview.source == "espeak"  # one clip missing: the whole call is the synthetic voice


def test_a_take_keeps_its_silence_until_it_is_cut(qtbot, services: Services, inline: None) -> None:
    clips = services.announce.clips
    quiet = bytes(2 * RATE // 2)  # half a second before and after
    clips.save("so-5", Sound.from_frames(RATE, quiet + tone(0.4) + quiet), trim=False)
    tab = _tab(qtbot, services)
    row = next(i for i, s in enumerate(tab.states) if s.spec.name == "so-5")
    tab.table.selectRow(row)
    assert tab.words.text() == "năm" and tab.clip_state.text() == "Đã ghi: 1,4 giây"
    qtbot.mouseClick(tab.trim_button, Qt.MouseButton.LeftButton)
    assert re.fullmatch(r"Đã cắt khoảng lặng của so-5: 1,40 giây → 0,4\d giây\.", tab.status.text())
    assert pcm.read_wav(clips.path("so-5")).seconds == pytest.approx(0.4 + 2 * pcm.TRIM_MARGIN_S, abs=0.01)
    assert tab.clip_state.text() == "Đã ghi: 0,5 giây"


def test_the_voice_settings_are_shown_and_saved(qtbot, services: Services, inline: None) -> None:
    services.settings.set("voice.speaker", "Loa hội trường")
    tab = _tab(qtbot, services)
    assert tab.order.currentData() == "clips,tts,espeak" and tab.speaker.text() == "Loa hội trường"
    tab.order.setCurrentIndex(tab.order.findData("clips,espeak"))
    tab.espeak_voice.setCurrentIndex(tab.espeak_voice.findData("vi-vn-x-central"))
    tab.espeak_rate.setValue(120)
    tab.speaker.setText("")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.status.text() == "Đã lưu cài đặt giọng đọc."
    got = {k: services.settings.get(k) for k in ("voice.order", "voice.espeak_voice", "voice.espeak_rate")}
    assert got == {"voice.order": "clips,espeak", "voice.espeak_voice": "vi-vn-x-central", "voice.espeak_rate": 120}
    assert services.settings.get("voice.speaker") == ""


def test_a_bad_preview_code_gets_a_sentence(qtbot, services: Services, inline: None) -> None:
    tab = _tab(qtbot, services)
    tab.preview_code.setText("Z9")
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    assert "Không có lĩnh vực xếp hàng 'Z'" in tab.status.text()


def test_recording_when_the_microphone_cannot_open_says_so(qtbot, services: Services, inline: None) -> None:
    tab = _tab(qtbot, services)
    tab.has_microphone = True  # as if one were listed, but the device cannot be opened here
    tab.table.selectRow(0)
    tab._show_selected()
    if microphone.available():
        pytest.skip("this machine has a microphone")
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    assert not tab.recorder.recording
    assert tab.status.text() == "Máy này không có micrô."


def test_the_admin_window_has_the_voice_tab_and_the_screenshot_exists(qtbot, services: Services, inline: None) -> None:
    from kiosk.ui.admin.window import AdminWindow
    from kiosk.ui.screens import available_screens

    admin = services.auth.add_staff("Chủ tịch xã", "admin", "2468")
    window = AdminWindow(services)
    qtbot.addWidget(window)
    window.unlock(admin)
    names = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Giọng đọc" in names
    assert "admin-voice" in available_screens()
    assert (Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "admin-voice.png").is_file()
