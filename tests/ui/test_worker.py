"""The background lanes: a task whose screen closed while it ran finishes quietly."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui import worker


def test_a_task_outliving_its_screen_is_dropped_without_an_error(qtbot: QtBot) -> None:
    screen = QWidget()
    started, release = threading.Event(), threading.Event()
    delivered: list[object] = []

    def work() -> str:
        started.set()
        release.wait(10)
        return "done"

    worker.run_task(screen, work, on_done=delivered.append)
    assert started.wait(10)
    screen.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(screen), timeout=5000)
    release.set()
    assert worker.wait_for_tasks(10_000)
    # pytest-qt fails the test if the worker thread's emit raised inside Qt ("Exceptions caught in Qt event loop").
    QApplication.processEvents()
    assert delivered == []
