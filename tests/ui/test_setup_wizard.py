"""The first-run wizard as a person goes through it: taps and typing, then the database is read back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.app import Services
from kiosk.db import models as m
from kiosk.services.access.auth import AuthService
from kiosk.ui import worker
from tests.helpers import pdfcheck
from tests.ui.setup_helpers import (
    SHEET_PRINTER,
    TICKET_PRINTER,
    RecordingSpeaker,
    StandInPrinters,
    choose,
    count,
    go_to,
    is_set_up,
    nothing_saved,
    open_wizard,
    page_slug,
    paste_into,
    tap,
    type_into,
    visible_errors,
)

# A combo box's list is a popup: the offscreen platform cannot raise it or give it the keyboard, and says so.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture(autouse=True)
def inline() -> Iterator[None]:
    worker.run_inline(True)
    yield
    worker.run_inline(False)


def test_a_person_sets_up_the_commune_page_by_page(qtbot: QtBot, fresh_services: Services) -> None:
    services = fresh_services
    printers = StandInPrinters(TICKET_PRINTER, SHEET_PRINTER)
    services.printing.attach(printers)
    speaker = RecordingSpeaker()
    services.announce.attach(speaker)
    wizard = open_wizard(qtbot, services)
    assert wizard.progress.text().startswith("Bước 1/11")
    assert not wizard.back.isVisible()

    # 1. The commune, typed as on the seal.
    type_into(qtbot, wizard.commune.province, "Tỉnh Tuyên Quang")
    type_into(qtbot, wizard.commune.seal_name, "UBND xã Minh Quang")
    type_into(qtbot, wizard.commune.centre_name, "Trung tâm Phục vụ hành chính công xã Minh Quang")
    tap(qtbot, wizard.next)
    assert page_slug(wizard) == "villages" and wizard.progress.text().startswith("Bước 2/11")

    # 2. Villages: one with the button, one with Enter.
    type_into(qtbot, wizard.villages.name, "Thôn Đông")
    tap(qtbot, wizard.villages.add_button)
    type_into(qtbot, wizard.villages.name, "Thôn Tây")
    qtbot.keyClick(wizard.villages.name, Qt.Key.Key_Return)
    type_into(qtbot, wizard.villages.name, "Thôn Nhầm")
    tap(qtbot, wizard.villages.add_button)
    tap(qtbot, wizard.villages.findChild(type(wizard.next), "remove-village-2"))
    assert wizard.villages.names == ["Thôn Đông", "Thôn Tây"]
    tap(qtbot, wizard.next)

    # 3. This point: the commune's one-stop desk (already chosen), code XA.
    assert wizard.point.choices["commune_desk"].isChecked() and wizard.point.code.text() == "XA"
    tap(qtbot, wizard.next)

    # 4. Counters: counter 1 keeps all but H; a second counter for the digital team serves H.
    first = wizard.counters.counter_rows[0]
    type_into(qtbot, first.name, "Quầy 1 – Tư pháp, Chứng thực")
    tap(qtbot, first.letters["H"])
    assert "H – " in wizard.counters.warning.text() and wizard.counters.warning.isVisible()
    tap(qtbot, wizard.counters.add_button)
    second = wizard.counters.counter_rows[1]
    assert second.number.text() == "2"
    type_into(qtbot, second.name, "Quầy 2 – Tổ công nghệ số cộng đồng")
    tap(qtbot, second.letters["H"])
    assert not wizard.counters.warning.isVisible()
    tap(qtbot, wizard.next)

    # 5. Hours: Saturday off; Friday afternoon ends at 16:30.
    tap(qtbot, wizard.hours.open["sat"])
    choose(qtbot, wizard.hours.times["fri"][3], "16:30")
    tap(qtbot, wizard.next)

    # 6. The first administrator: the PIN typed twice.
    type_into(qtbot, wizard.admin.name, "Nguyễn Văn An")
    type_into(qtbot, wizard.admin.pin, "2468")
    type_into(qtbot, wizard.admin.pin_again, "2468")
    tap(qtbot, wizard.next)

    # 7. Printers: pick among the system's printers and print a test page on each.
    assert page_slug(wizard) == "printers"
    choose(qtbot, wizard.printers.boxes["ticket"], TICKET_PRINTER)
    tap(qtbot, wizard.printers.tests["ticket"])
    assert "Đã gửi trang in thử" in wizard.printers.results["ticket"].text()
    [test_page] = printers.printers[TICKET_PRINTER].jobs
    assert "TRANG IN THỬ" in pdfcheck.flat_text(test_page.pdf) and TICKET_PRINTER in pdfcheck.flat_text(test_page.pdf)
    choose(qtbot, wizard.printers.boxes["sheet"], SHEET_PRINTER)
    tap(qtbot, wizard.next)

    # 8. Voice: hear the call sentence at a lower volume.
    tap(qtbot, wizard.voice.quieter)
    tap(qtbot, wizard.voice.quieter)
    assert wizard.voice.volume.value() == 60 and wizard.voice.volume_caption.text() == "Âm lượng: 60%"
    tap(qtbot, wizard.voice.listen)
    [call] = speaker.said
    assert "A001" in call.text and call.volume == wizard.voice.volume.value()
    tap(qtbot, wizard.next)

    # 9. Channels.
    type_into(qtbot, wizard.channels.website, "https://minhquang.tuyenquang.gov.vn")
    type_into(qtbot, wizard.channels.hotline, "0207 3822 115")
    tap(qtbot, wizard.next)

    # 10. Retention.
    tap(qtbot, wizard.retention.choices[180])
    tap(qtbot, wizard.next)

    # 11. Review: nothing saved yet; «Hoàn tất» saves it all.
    assert page_slug(wizard) == "summary" and wizard.next.text() == "Hoàn tất"
    review = wizard.summary.text.text()
    assert "UBND xã Minh Quang" in review and "Thôn Đông" in review and "Thứ Bảy – Chủ nhật: nghỉ" in review
    assert nothing_saved(services)
    with qtbot.waitSignal(wizard.completed, timeout=10_000):
        tap(qtbot, wizard.next)

    assert is_set_up(services)
    with services.sessions() as session:
        point = session.scalar(select(m.Point).where(m.Point.code == "XA"))
        assert point is not None and point.commune_name == "UBND xã Minh Quang"
        assert point.name == "Trung tâm Phục vụ hành chính công xã Minh Quang"
        counters = {c.number: sorted(s.prefix for s in c.services) for c in point.counters if c.active}
        villages = [v.name for v in session.scalars(select(m.Village).where(m.Village.active))]
        assert "Tân Phú" not in repr([p.commune_name for p in session.scalars(select(m.Point))])
    assert counters == {1: ["A", "B", "C", "D", "E", "F", "G"], 2: ["H"]}
    assert sorted(villages) == ["Thôn Tây", "Thôn Đông"]
    hours = services.settings.get("queue.opening_hours")
    assert "sat" not in hours and hours["fri"] == ["07:30-11:30", "13:30-16:30"]
    assert services.settings.get("print.ticket_printer") == TICKET_PRINTER
    assert services.settings.get("print.sheet_printer") == SHEET_PRINTER
    assert services.settings.get("announce.volume") == wizard.voice.volume.value()
    assert services.settings.get("office.website") == "https://minhquang.tuyenquang.gov.vn"
    assert services.settings.get("privacy.retention_days") == 180
    [admin] = services.auth.list_staff(role="admin")
    assert admin.name == "Nguyễn Văn An"
    assert AuthService(services.sessions, services.clock).login(admin.id, "2468", role="admin").name == admin.name


def test_keyboard_only_enter_goes_on_and_alt_left_goes_back(qtbot: QtBot, fresh_services: Services) -> None:
    wizard = open_wizard(qtbot, fresh_services)
    type_into(qtbot, wizard.commune.province, "Tỉnh Tuyên Quang")
    type_into(qtbot, wizard.commune.seal_name, "UBND xã Minh Quang")
    type_into(qtbot, wizard.commune.centre_name, "Bộ phận một cửa xã Minh Quang")
    qtbot.keyClick(wizard.commune.centre_name, Qt.Key.Key_Return)
    assert page_slug(wizard) == "villages"
    wizard.activateWindow()  # the keyboard goes to the active window, as when the person clicked into it
    qtbot.waitUntil(wizard.isActiveWindow, timeout=3000)
    qtbot.keyClick(wizard.villages.name, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page_slug(wizard) == "commune" and wizard.commune.seal_name.text() == "UBND xã Minh Quang"


def test_buttons_are_big_enough_for_a_finger(qtbot: QtBot, fresh_services: Services) -> None:
    wizard = open_wizard(qtbot, fresh_services)
    for widget in (wizard.next, wizard.commune.try_button):
        assert widget.height() >= 64
    assert wizard.commune.seal_name.font().pointSize() >= 20 or wizard.commune.seal_name.height() >= 52
    go_to(qtbot, wizard, "counters")
    assert wizard.back.isVisible() and wizard.back.height() >= 64
    assert all(b.height() >= 58 for b in wizard.counters.counter_rows[0].letters.values())


# ---------------------------------------------------------------- bad input, each at its field


@pytest.mark.parametrize(
    ("pasted", "words"),
    [("UBND xã " + "Minh Quang " * 500, "tối đa 200"), ("UBND xã\x07 Minh Quang", "ký tự điều khiển")],
    ids=["5000-characters", "control-character"],
)
def test_a_bad_commune_name_is_refused_at_its_field(
    qtbot: QtBot, fresh_services: Services, pasted: str, words: str
) -> None:
    wizard = open_wizard(qtbot, fresh_services)
    type_into(qtbot, wizard.commune.province, "Tỉnh Tuyên Quang")
    paste_into(qtbot, wizard.commune.seal_name, pasted)
    type_into(qtbot, wizard.commune.centre_name, "Bộ phận một cửa")
    tap(qtbot, wizard.next)
    assert page_slug(wizard) == "commune"
    error = wizard.commune.findChild(type(wizard.progress), "error-commune.seal_name")
    assert error.isVisible() and words in error.text() and error.text().startswith("Tên cơ quan trên con dấu")
    assert visible_errors(wizard) == [error.text()]
    assert nothing_saved(fresh_services)


def test_two_counters_with_the_same_number(qtbot: QtBot, fresh_services: Services) -> None:
    wizard = open_wizard(qtbot, fresh_services)
    go_to(qtbot, wizard, "counters")
    tap(qtbot, wizard.counters.add_button)
    type_into(qtbot, wizard.counters.counter_rows[1].number, "1")
    tap(qtbot, wizard.next)
    assert page_slug(wizard) == "counters"
    row = wizard.counters.counter_rows[1]
    qtbot.waitUntil(row.error.isVisible, timeout=3000)
    assert row.error.text() == "Số quầy: quầy số 1 đã có ở trên."
    assert nothing_saved(fresh_services)


def test_a_service_no_counter_serves_is_warned_at_the_counters(qtbot: QtBot, fresh_services: Services) -> None:
    wizard = open_wizard(qtbot, fresh_services)
    go_to(qtbot, wizard, "counters")
    assert not wizard.counters.warning.isVisible()
    tap(qtbot, wizard.counters.counter_rows[0].letters["D"])
    warning = wizard.counters.warning
    assert warning.isVisible()
    assert warning.text() == (
        "Chưa quầy nào nhận D – Lao động – Thương binh – Xã hội: số của lĩnh vực này sẽ không bao giờ được gọi."
    )
    tap(qtbot, wizard.next)  # a warning, not a refusal: the commune may open that service later
    assert page_slug(wizard) == "hours"


def test_hours_that_end_before_they_start(qtbot: QtBot, fresh_services: Services) -> None:
    wizard = open_wizard(qtbot, fresh_services)
    go_to(qtbot, wizard, "hours")
    choose(qtbot, wizard.hours.times["mon"][1], "07:00")
    tap(qtbot, wizard.next)
    assert page_slug(wizard) == "hours"
    error = wizard.hours.errors["mon"]
    assert error.isVisible()
    assert error.text() == "Thứ Hai: buổi 07:30-07:00 kết thúc trước khi bắt đầu; giờ kết thúc phải sau."
    assert nothing_saved(fresh_services)


@pytest.mark.parametrize(
    ("pin", "again", "key", "words"),
    [
        ("١٢٣٤", "١٢٣٤", "admin.pin", "chữ số 0–9"),  # Arabic-Indic digits: no keypad types them again
        ("２４６８", "２４６８", "admin.pin", "chữ số 0–9"),  # full-width digits
        ("246", "246", "admin.pin", "từ 4 đến 8"),
        ("2468", "2469", "admin.pin_again", "không giống nhau"),
        ("", "", "admin.pin", "chưa có mã PIN"),
    ],
    ids=["arabic-indic", "full-width", "three-digits", "mismatch", "empty"],
)
def test_a_bad_pin_is_refused_at_its_field(
    qtbot: QtBot, fresh_services: Services, pin: str, again: str, key: str, words: str
) -> None:
    wizard = open_wizard(qtbot, fresh_services)
    go_to(qtbot, wizard, "admin")
    type_into(qtbot, wizard.admin.name, "Nguyễn Văn An")
    if pin:
        type_into(qtbot, wizard.admin.pin, pin)
        type_into(qtbot, wizard.admin.pin_again, again)
    tap(qtbot, wizard.next)
    assert page_slug(wizard) == "admin"
    error = wizard.admin.findChild(type(wizard.progress), f"error-{key}")
    assert error.isVisible() and words in error.text(), visible_errors(wizard)
    assert nothing_saved(fresh_services)


def test_nothing_is_written_before_hoan_tat_and_back_keeps_the_answers(qtbot: QtBot, fresh_services: Services) -> None:
    wizard = open_wizard(qtbot, fresh_services)
    go_to(qtbot, wizard, "summary")
    assert nothing_saved(fresh_services) and count(fresh_services, m.Setting) == count(fresh_services, m.Setting)
    for _ in range(10):
        tap(qtbot, wizard.back)
    assert page_slug(wizard) == "commune" and wizard.commune.seal_name.text() == "UBND xã Minh Quang"
    assert nothing_saved(fresh_services)


def test_a_village_point_needs_its_village_and_says_how_this_machine_follows(
    qtbot: QtBot, fresh_services: Services
) -> None:
    wizard = open_wizard(qtbot, fresh_services)
    go_to(qtbot, wizard, "villages")
    type_into(qtbot, wizard.villages.name, "Thôn Bắc Sơn")
    tap(qtbot, wizard.villages.add_button)
    tap(qtbot, wizard.next)
    assert not wizard.point.code_note.isVisible()
    tap(qtbot, wizard.point.choices["village_point"])
    assert wizard.point.village.isVisible() and wizard.point.village.currentText() == "Thôn Bắc Sơn"
    assert wizard.point.code.text() == "TH-BAC-SON"
    note = wizard.point.code_note
    assert note.isVisible() and "máy này sẽ phát số cho điểm TH-BAC-SON" in note.text()
    go_to(qtbot, wizard, "summary")
    with qtbot.waitSignal(wizard.completed, timeout=10_000):
        tap(qtbot, wizard.next)
    with fresh_services.sessions() as session:
        point = session.scalar(select(m.Point).where(m.Point.code == "TH-BAC-SON"))
        assert point is not None and point.kind == "village_point"
        village = session.get(m.Village, point.village_id)
        assert village is not None and village.name == "Thôn Bắc Sơn"
