"""The citizen screen's look, in two sets: normal, and large text with high contrast (the toggle on every screen).

Read from a metre by someone who may not see well: no text below 24 pt, touch targets of at least 15 mm (90 px),
every text colour at least 4.5:1 against its background (the pairs are checked in tests/test_citizen_model.py).
"""

from __future__ import annotations

from typing import NamedTuple

from kiosk.ui.theme import ACCENT, FONT_FAMILY, INK, MUTED, OK, PAPER, PRIORITY, WARN

MIN_PT = 24
MIN_TOUCH_PX = 90


# NamedTuples, not dataclasses: a fast start builds these before its first paint, and each dataclass costs
# about a millisecond to define (the code it generates is compiled), a NamedTuple a quarter of that.
class Swatch(NamedTuple):
    """Colours of one kind of tile: at rest and while a finger is on it."""

    bg: str
    ink: str
    border: str
    down_bg: str
    down_ink: str


class Look(NamedTuple):
    name: str
    bg: str
    ink: str
    muted: str
    heading: str
    service: Swatch
    priority: Swatch
    second: Swatch
    plain: Swatch
    warn_bg: str
    warn_ink: str
    ok_bg: str
    ok_ink: str
    body_pt: int
    title_pt: int
    number_pt: int
    touch_px: int
    family: str = FONT_FAMILY

    def swatch(self, kind: str) -> Swatch:
        return {"service": self.service, "priority": self.priority, "second": self.second}.get(kind, self.plain)

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, text colour, background) for every text the screen draws: the contrast test walks these."""
        pairs = [("body", self.ink, self.bg), ("muted", self.muted, self.bg), ("heading", self.heading, self.bg)]
        pairs.append(("priority heading", self.priority.border, self.bg))
        for kind in ("service", "priority", "second", "plain"):
            s = self.swatch(kind)
            pairs += [(kind, s.ink, s.bg), (f"{kind} pressed", s.down_ink, s.down_bg)]
        pairs += [("warning", self.warn_ink, self.warn_bg), ("ok", self.ok_ink, self.ok_bg)]
        return pairs


NORMAL = Look(
    name="normal",
    bg=PAPER,
    ink=INK,
    muted=MUTED,
    heading=ACCENT,
    service=Swatch(ACCENT, "#ffffff", ACCENT, "#052f57", "#ffffff"),
    priority=Swatch(PRIORITY, "#ffffff", PRIORITY, "#5a0f0f", "#ffffff"),
    second=Swatch(OK, "#ffffff", OK, "#0a3d1a", "#ffffff"),
    plain=Swatch(PAPER, ACCENT, ACCENT, "#d6e4f2", "#052f57"),
    warn_bg="#fff3d6",
    warn_ink=WARN,
    ok_bg="#e3f3e8",
    ok_ink=OK,
    body_pt=MIN_PT,
    title_pt=28,
    number_pt=150,
    touch_px=MIN_TOUCH_PX,
)

# Yellow and white on black: the pairing low-vision guidance recommends; about 19:1 and 21:1.
LARGE = Look(
    name="large",
    bg="#000000",
    ink="#ffffff",
    muted="#e6e6e6",
    heading="#ffd400",
    service=Swatch("#000000", "#ffffff", "#ffffff", "#ffffff", "#000000"),
    priority=Swatch("#ffd400", "#000000", "#ffd400", "#ffffff", "#000000"),
    second=Swatch("#000000", "#ffd400", "#ffd400", "#ffd400", "#000000"),
    plain=Swatch("#000000", "#ffffff", "#ffffff", "#ffffff", "#000000"),
    warn_bg="#000000",
    warn_ink="#ffd400",
    ok_bg="#000000",
    ok_ink="#ffffff",
    body_pt=28,
    title_pt=32,
    number_pt=150,
    touch_px=100,
)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of '#rrggbb'."""
    r, g, b = (int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def stylesheet(look: Look) -> str:
    """Qt style for the plain widgets (labels, frames); the tiles paint themselves from the same Look."""
    return f"""
    QWidget#citizen, QWidget#citizen QWidget {{
        background: {look.bg}; color: {look.ink}; font-family: "{look.family}"; font-size: {look.body_pt}pt;
    }}
    #citizen QLabel[role="title"] {{ font-size: {look.title_pt}pt; font-weight: bold; color: {look.heading}; }}
    #citizen QLabel[role="office"] {{ font-size: {look.body_pt}pt; font-weight: bold; color: {look.heading}; }}
    #citizen QLabel[role="band"] {{ font-size: {look.title_pt}pt; font-weight: bold; color: {look.priority.border}; }}
    #citizen QLabel[role="muted"] {{ color: {look.muted}; }}
    #citizen QLabel[role="strong"] {{ font-weight: bold; }}
    #citizen QLabel[role="warn"], #citizen QFrame[role="warn"] {{
        background: {look.warn_bg}; color: {look.warn_ink}; font-weight: bold;
        border: 4px solid {look.warn_ink}; border-radius: 12px; padding: 10px 16px;
    }}
    #citizen QLabel[role="ok"] {{
        background: {look.ok_bg}; color: {look.ok_ink}; font-weight: bold;
        border: 3px solid {look.ok_ink}; border-radius: 12px; padding: 10px 16px;
    }}
    #citizen QLabel[role="priority"] {{
        background: {look.priority.bg}; color: {look.priority.ink}; font-weight: bold;
        border-radius: 12px; padding: 6px 16px;
    }}
    #citizen QLineEdit[role="field"] {{
        border: 4px solid {look.heading}; border-radius: 12px; padding: 8px 16px;
        font-size: {look.title_pt + 8}pt; font-weight: bold; min-height: {look.touch_px - 20}px;
    }}
    #citizen QFrame[role="band"] {{ border: 4px solid {look.priority.border}; border-radius: 16px; }}
    #citizen QScrollArea {{ border: none; }}
    """
