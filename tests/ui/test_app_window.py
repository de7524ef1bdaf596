from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.app import Services
from kiosk.ui.app import build_window, make_application
from kiosk.ui.picker import RolePicker
from kiosk.ui.roles import available_roles


def test_run_opens_a_window_with_the_office_name(qtbot: QtBot, services: Services) -> None:
    make_application()
    window = build_window(services, role="picker")
    qtbot.addWidget(window)
    window.show()
    if isinstance(window, RolePicker):
        office = window.findChild(object, "office")
        assert office is not None and "xã Tân Phú" in office.text()
        assert set(window.buttons) == {r.key for r in available_roles()}
        for button in window.buttons.values():
            assert button.height() >= 90  # a finger, not a mouse pointer


def test_fonts_render_vietnamese(qtbot: QtBot) -> None:
    from PySide6.QtGui import QFontMetrics

    app = make_application()
    metrics = QFontMetrics(app.font())
    assert app.font().family() == "Noto Sans"
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "ẢẤẦẨẪẬẮẰẲẴẶẺẼỀỂỄỆỈỊỎỐỒỔỖỘỚỜỞỠỢỦỨỪỬỮỰỲỶỸỴđĐ")


def test_role_all_opens_every_screen(qtbot: QtBot, services: Services) -> None:
    from kiosk.ui.app import open_all_roles

    make_application()
    windows = open_all_roles(services, counter=1, windowed=True)
    for w in windows:
        qtbot.addWidget(w)
    names = {type(w).__module__.split(".")[2] for w in windows}
    assert names == {"citizen", "display", "desk"}
    assert all(w.isVisible() for w in windows)
