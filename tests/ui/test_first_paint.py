"""The printer and sound adapters are plugged in after the window's first paint, not before it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.app import Services
from kiosk.ui.app import attach_devices, make_application
from kiosk.ui.first_paint import after_first_paint


def test_work_waits_for_the_first_paint(qtbot) -> None:
    make_application()
    label = QLabel("Ki-ốt")
    qtbot.addWidget(label)
    calls: list[bool] = []
    after_first_paint(label, lambda: calls.append(label.isVisible()))
    qtbot.wait(50)  # the event loop runs, nothing is painted yet: nothing is called (this can fail)
    assert calls == []
    label.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=3000)
    label.update()
    qtbot.wait(50)
    assert calls == [True], "called once, not on every paint"


@pytest.mark.qt_log_ignore(".*")  # the real sound stack names the audio servers this test machine lacks
def test_devices_attach_after_paint_and_the_display_voice_follows(qtbot, services: Services) -> None:
    app = make_application()
    services.announce.prepare()  # what the hall display does when it opens, before the sound is plugged in
    assert not services.printing.has_backend
    attach_devices(services, app)
    assert services.printing.has_backend
    speaker = services.announce.speaker
    assert type(speaker).__name__ == "QtSpeaker"
    assert speaker.prepared, "the voice the display asked for is prepared when the sound is plugged in"


@pytest.mark.qt_log_ignore(".*")
def test_attaching_the_devices_drops_the_sources_pyside_read(qtbot, services: Services) -> None:
    # PySide6 reads the source of each module imported after it into linecache, which keeps it: on a hall display
    # 14 MB. Once the devices are attached the cache is emptied (a traceback reads the files again).
    import linecache

    import kiosk.ui.app as ui_app

    app = make_application()
    linecache.getlines(ui_app.__file__)
    assert ui_app.__file__ in linecache.cache
    attach_devices(services, app)
    assert ui_app.__file__ not in linecache.cache
    assert linecache.getlines(ui_app.__file__), "the source is still there to be read when needed"
