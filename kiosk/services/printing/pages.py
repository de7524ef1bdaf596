"""Which paper size to ask the driver for: one it offers, never a size it silently turns into Letter.

An 80 mm thermal driver (XP-80C, TM-T82, and their Windows and CUPS drivers) lists its own forms, such as
"80mm x 297mm", "Roll Paper 80 x 297 mm" or "80(72.1) x 200 mm", and often no custom size; a page size that is
not among them is replaced by the driver's default, Letter on many, and the ticket comes out tiny or cut. So the
ticket's page is chosen from what the printer reports (QPrinterInfo.supportedPageSizes): the form named in the
setting print.ticket_form if the office set one; else a form as wide as the roll (±3 mm) and at least as tall
as the ticket (the shortest such); else a custom size when the driver takes them; else the tallest of that
width (the ticket scaled to fit); else the driver's own default, logged, so a person can name the right form
in the setting.
Sizes are in millimetres; no Qt here, so the choice is tested without a printer.
"""

from __future__ import annotations

from dataclasses import dataclass

WIDTH_TOLERANCE_MM = 3.0
ROLL_MAX_WIDTH_MM = 112.0  # 58, 76, 80 and 112 mm rolls; anything wider is a sheet


@dataclass(frozen=True)
class Form:
    name: str
    width_mm: float
    height_mm: float


@dataclass(frozen=True)
class PageChoice:
    form: Form | None  # None: a custom size of the content's own dimensions
    reason: str


def choose_roll_form(
    content_w_mm: float,
    content_h_mm: float,
    offered: list[Form],
    *,
    supports_custom: bool,
    preferred: str = "",
) -> PageChoice | None:
    """None: leave the page size to the driver (nothing offered fits and it takes no custom size)."""
    wanted = preferred.strip().casefold()
    if wanted:
        for form in offered:
            if form.name.strip().casefold() == wanted:
                return PageChoice(form, f"the form named in print.ticket_form ({form.name})")
    if content_w_mm > ROLL_MAX_WIDTH_MM:
        return None
    same_width = [f for f in offered if abs(f.width_mm - content_w_mm) <= WIDTH_TOLERANCE_MM]
    tall_enough = [f for f in same_width if f.height_mm >= content_h_mm - 0.5]
    if tall_enough:
        form = min(tall_enough, key=lambda f: (f.height_mm, abs(f.width_mm - content_w_mm)))
        return PageChoice(form, f"the driver's {form.name}, as wide as the roll and tall enough")
    if supports_custom:
        return PageChoice(None, "a custom size: the driver accepts them")
    if same_width:
        form = max(same_width, key=lambda f: f.height_mm)
        return PageChoice(form, f"the driver's tallest form of this width ({form.name}); a longer ticket is scaled")
    return None
