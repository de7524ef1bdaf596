"""Register the shipped Noto Sans with reportlab once, so every PDF embeds a font with all Vietnamese letters."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk.paths import FONT_DIR

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"


@cache
def register_fonts() -> tuple[str, str]:
    """Returns (regular, bold) font names; Paragraph <b> maps to the bold face."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "NotoSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    return REGULAR, BOLD
