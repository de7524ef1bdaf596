"""The ticket's paper: a form the driver offers, so no driver turns the 80 mm roll into Letter."""

from __future__ import annotations

from kiosk.services.printing.pages import Form, choose_roll_form

LETTER = Form("Letter", 215.9, 279.4)
A4 = Form("A4", 210, 297)
XP80 = [LETTER, A4, Form("80mm x 297mm", 80, 297), Form("80mm x 200mm", 80, 200), Form("58mm x 297mm", 58, 297)]


def test_shortest_driver_form_of_the_roll_width_that_holds_the_ticket() -> None:
    choice = choose_roll_form(80, 150, XP80, supports_custom=True)
    assert choice is not None and choice.form == Form("80mm x 200mm", 80, 200)


def test_form_named_in_the_setting_wins_whatever_its_size() -> None:
    choice = choose_roll_form(80, 150, XP80, supports_custom=True, preferred=" 80MM X 297MM ")
    assert choice is not None and choice.form is not None and choice.form.name == "80mm x 297mm"


def test_printable_width_forms_within_tolerance_count_as_the_roll() -> None:
    offered = [LETTER, Form("Roll Paper 79.5 x 3276 mm", 79.5, 3276)]
    choice = choose_roll_form(80, 180, offered, supports_custom=False)
    assert choice is not None and choice.form is not None and choice.form.name.startswith("Roll Paper")


def test_custom_size_when_no_form_is_tall_enough_and_the_driver_takes_custom_sizes() -> None:
    choice = choose_roll_form(80, 400, XP80, supports_custom=True)
    assert choice is not None and choice.form is None


def test_tallest_form_of_the_width_when_nothing_else_fits() -> None:
    choice = choose_roll_form(80, 400, XP80, supports_custom=False)
    assert choice is not None and choice.form == Form("80mm x 297mm", 80, 297) and "scaled" in choice.reason


def test_a_driver_with_no_roll_form_and_no_custom_size_keeps_its_default() -> None:
    assert choose_roll_form(80, 150, [LETTER, A4], supports_custom=False) is None


def test_sheets_are_not_rolls() -> None:
    assert choose_roll_form(210, 297, XP80, supports_custom=True) is None
