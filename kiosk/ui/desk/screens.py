"""Desk screens for `kiosk screenshot`: drawn over the demo data, logged in as the first demo officer."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.app import Services
from kiosk.services.demo import DEMO_PIN
from kiosk.ui.desk.window import DeskWindow
from kiosk.ui.screens import register_screen


def _logged_in(services: Services, name: str = "Lê Minh Tuấn") -> DeskWindow:
    window = DeskWindow(services)
    staff = next(s for s in services.auth.list_staff() if s.name == name)
    window.login.choose(staff)
    window.login.pad.field.setText(DEMO_PIN)
    window.login.pad.submitted.emit(DEMO_PIN)  # screenshots run tasks inline: logged in on return
    return window


def _desk(services: Services) -> QWidget:
    return _logged_in(services)


def _record(services: Services) -> QWidget:
    """A typical visit half-way through: a birth registration submitted online, a VNeID activation."""
    window = _logged_in(services)
    form = window.form
    procedure = next(c for c in services.assists.search_items("khai sinh") if c.code == "1.001193")
    editor = form.add_item(procedure)
    assert editor.dossier is not None and editor.vneid is not None
    editor.dossier.setText("000.00.23.H19-261124-0031")
    editor.vneid.setChecked(True)
    task = next(c for c in services.assists.search_items("vneid muc 2") if c.kind == "app_task")
    form.add_item(task)
    form.picker.search.setText("vneid")
    form.picker.refresh()
    form.age.set_value("60_plus")
    form.follow.setChecked(True)
    form.follow_reason.setText("Nhận kết quả khai sinh")
    return window


def _tab(index: int):
    def build(services: Services) -> QWidget:
        window = _logged_in(services)
        window.tabs.setCurrentIndex(index)
        return window

    return build


def _login(services: Services) -> QWidget:
    return DeskWindow(services)


register_screen("desk", _desk)
register_screen("desk-record", _record)
register_screen("desk-login", _login)
register_screen("desk-records", _tab(1))
register_screen("desk-follow-ups", _tab(2))
register_screen("desk-groups", _tab(3))
register_screen("desk-duty", _tab(4))
